#include "http/HttpResponseParser.h"

#include <algorithm>

#include <cstring>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// tchar (RFC 9110 §5.6.2): what a token, such as a field name, is made of.
bool isTokenChar(char c)
{
    if (isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

// A control character other than the tab: never part of a field value, a reason phrase or a
// chunk extension (RFC 9110 §5.5: CR and NUL there are dangerous, the others invalid).
bool isControl(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && c != '\t') || byte == 0x7f;
}

bool hasControl(const QByteArray& text, qsizetype from)
{
    return std::any_of(text.cbegin() + qMin(from, text.size()), text.cend(), isControl);
}

// "name: value": the length of the name before the colon, or -1 when the line is no field.
// The name is a token, so no whitespace before the colon and no folded line (RFC 9112 §5.1,
// §5.2: "obs-fold" is refused rather than guessed at); the value holds no control character.
qsizetype fieldNameLength(const QByteArray& line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !std::all_of(line.cbegin(), line.cbegin() + colon, isTokenChar) || hasControl(line, colon + 1))
        return -1;
    return colon;
}

bool hasField(const QList<QPair<QByteArray, QByteArray>>& headers, const char* name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

// A non-negative decimal without sign or spaces, bounded so it cannot overflow; -1 otherwise.
qint64 parseLength(const QByteArray& text)
{
    if (text.isEmpty() || text.size() > 15)
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// The elements of a list-valued header across all its fields: a sender may split a list over
// several lines ("Connection: keep-alive" then "Connection: close", RFC 9110 §5.3), so the
// first field alone can miss "close" or a coding after "chunked". Empty elements are skipped
// (§5.6.1).
QList<QByteArray> listElements(const QList<QPair<QByteArray, QByteArray>>& headers, const char* name)
{
    QList<QByteArray> elements;
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray& item : value.split(',')) {
            const QByteArray element = item.trimmed();
            if (!element.isEmpty())
                elements.append(element);
        }
    }
    return elements;
}

bool hasToken(const QList<QByteArray>& elements, const char* token)
{
    for (const QByteArray& element : elements) {
        if (element.compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Merges the comma-separated lengths of one Content-Length field into \a length (-1 = none
// yet): "Content-Length: 42, 42" and repeated equal fields are allowed; differing ones are not.
bool mergeLengths(const QByteArray& value, qint64& length)
{
    for (const QByteArray& item : value.split(',')) {
        const qint64 parsed = parseLength(item.trimmed());
        if (parsed < 0 || (length >= 0 && parsed != length))
            return false;
        length = parsed;
    }
    return true;
}

// The body's length from all Content-Length fields: -1 when there is none, false when they are
// malformed or disagree.
bool contentLength(const QList<QPair<QByteArray, QByteArray>>& headers, qint64& length)
{
    length = -1;
    return std::all_of(headers.cbegin(), headers.cend(), [&length](const auto& header) {
        return header.first.compare("Content-Length", Qt::CaseInsensitive) != 0 || mergeLengths(header.second, length);
    });
}

} // namespace

HttpResponseParser::HttpResponseParser(qint64 maxBodyBytes)
    : m_maxBodyBytes(maxBodyBytes)
{
}

QByteArray HttpResponseParser::header(const QByteArray& name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResponseParser::keepAlive() const
{
    if (m_state != State::Complete || m_closeDelimited || m_closeAfter)
        return false;
    const QList<QByteArray> connection = listElements(m_headers, "Connection");
    if (m_minorVersion == 0)
        return hasToken(connection, "keep-alive");
    return !hasToken(connection, "close");
}

void HttpResponseParser::fail(Problem problem)
{
    m_state = State::Failed;
    m_problem = problem;
    m_body.clear();
}

bool HttpResponseParser::takeLine(const char*& data, const char* end, QByteArray& line)
{
    const void* found = std::memchr(data, '\n', size_t(end - data));
    const char* newline = static_cast<const char*>(found);
    const char* stop = newline ? newline : end;
    if (m_line.size() + (stop - data) > maxHeaderBytes) {
        fail(Problem::TooLarge);
        return false;
    }
    if (!newline) {
        m_line.append(data, stop - data);
        data = end;
        return false;
    }
    if (m_line.isEmpty()) {
        line = QByteArray(data, stop - data);
    } else {
        line = m_line + QByteArray::fromRawData(data, stop - data);
        m_line.clear();
    }
    if (line.endsWith('\r'))
        line.chop(1);
    data = newline + 1;
    return true;
}

bool HttpResponseParser::parseStatusLine(const QByteArray& line)
{
    // "HTTP/1.1 200 OK"; the reason phrase may be missing or empty.
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line.at(8) != ' ')
        return false;
    const char minor = line.at(7);
    if (minor != '0' && minor != '1')
        return false;
    if (!isDigit(line.at(9)) || !isDigit(line.at(10)) || !isDigit(line.at(11)))
        return false;
    if ((line.size() > 12 && line.at(12) != ' ') || hasControl(line, 13))
        return false;
    const int status = (line.at(9) - '0') * 100 + (line.at(10) - '0') * 10 + (line.at(11) - '0');
    if (status < 100)
        return false; // statusCode() stays 0: no status was read
    m_minorVersion = minor - '0';
    m_status = status;
    return true;
}

bool HttpResponseParser::parseHeaderLine(const QByteArray& line)
{
    m_headerBytes += line.size() + 2;
    if (m_headerBytes > maxHeaderBytes) {
        fail(Problem::TooLarge);
        return false;
    }
    const qsizetype colon = fieldNameLength(line);
    if (colon < 0)
        return false;
    m_headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    return true;
}

void HttpResponseParser::resetForNextHead()
{
    m_state = State::StatusLine;
    m_status = 0;
    m_headers.clear();
    m_headerBytes = 0;
}

void HttpResponseParser::headersDone()
{
    if (m_status < 200) {
        interimDone();
        return;
    }
    if (m_status == 204 || m_status == 304) {
        m_state = State::Complete;
        return;
    }
    // Both framings in one answer: a server MUST NOT send them (RFC 9112 §6.3), so they are
    // what an answer split or smuggled by someone in between looks like. Reading it by either
    // length would let that someone choose where the next answer starts: it fails, and the
    // connection is closed (as after every failure).
    if (hasField(m_headers, "Transfer-Encoding") && hasField(m_headers, "Content-Length")) {
        fail(Problem::Malformed);
        return;
    }
    const QList<QByteArray> codings = listElements(m_headers, "Transfer-Encoding");
    if (!codings.isEmpty())
        startChunks(codings);
    else
        startBody();
}

void HttpResponseParser::interimDone()
{
    // 100 Continue, 103 Early Hints: the real answer follows. (101 would switch protocols,
    // which a GET of ours never asks for.)
    if (m_status == 101)
        fail(Problem::Malformed);
    else
        resetForNextHead();
}

void HttpResponseParser::startChunks(const QList<QByteArray>& codings)
{
    // Only "chunked" alone frames a response we can read.
    if (codings.size() > 1 || codings.first().compare("chunked", Qt::CaseInsensitive) != 0) {
        fail(Problem::Malformed);
        return;
    }
    m_chunked = true;
    // HTTP/1.0 has no transfer codings: the chunks are read, then the connection is
    // closed, since the sender may have kept part of the message back (RFC 9112 §6.1).
    m_closeAfter = m_minorVersion == 0;
    m_state = State::ChunkSize;
}

void HttpResponseParser::startBody()
{
    qint64 length = -1;
    if (!contentLength(m_headers, length)) {
        fail(Problem::Malformed);
        return;
    }
    if (length > m_maxBodyBytes) {
        fail(Problem::TooLarge);
        return;
    }
    if (length == 0) {
        m_state = State::Complete;
        return;
    }
    m_closeDelimited = length < 0;
    m_remaining = length;
    if (length > 0)
        m_body.reserve(length);
    m_state = State::Body;
}

bool HttpResponseParser::parseChunkSize(const QByteArray& line)
{
    // "1a3f", then optionally ";extension" with whitespace before it (BWS, RFC 9112 §7.1.1).
    // Nothing before the digits: a reader that skipped " 5" would frame what follows otherwise
    // than one that did not. At most 15 hex digits, so the size cannot overflow.
    qint64 size = 0;
    qsizetype digits = 0;
    while (digits < line.size() && hexValue(line.at(digits)) >= 0) {
        if (digits == 15)
            return false;
        size = size * 16 + hexValue(line.at(digits++));
    }
    qsizetype rest = digits;
    while (rest < line.size() && (line.at(rest) == ' ' || line.at(rest) == '\t'))
        ++rest;
    if (digits == 0 || (rest < line.size() && line.at(rest) != ';') || hasControl(line, rest))
        return false;
    if (size == 0) {
        m_state = State::Trailers;
        return true;
    }
    if (m_body.size() + size > m_maxBodyBytes) {
        fail(Problem::TooLarge);
        return true;
    }
    m_remaining = size;
    m_state = State::ChunkData;
    return true;
}

void HttpResponseParser::appendBody(const char* data, qsizetype size)
{
    if (m_body.size() + size > m_maxBodyBytes) {
        fail(Problem::TooLarge);
        return;
    }
    m_body.append(data, size);
}

qsizetype HttpResponseParser::feed(const char* data, qsizetype size)
{
    const char* const begin = data;
    const char* const end = data + size;
    noteStart(data, end);
    while (data < end && m_state != State::Complete && m_state != State::Failed)
        step(data, end);
    return data - begin;
}

void HttpResponseParser::noteStart(const char* data, const char* end)
{
    // Stray empty lines before a status line are not an answer: a reused connection the server
    // closed after sending only those may still be asked again.
    if (!m_started && m_state != State::Complete && m_state != State::Failed)
        m_started = m_state != State::StatusLine || std::any_of(data, end, [](char c) { return c != '\r' && c != '\n'; });
}

void HttpResponseParser::step(const char*& data, const char* end)
{
    if (m_state == State::Body) {
        readBody(data, end);
        return;
    }
    if (m_state == State::ChunkData) {
        readChunkData(data, end);
        return;
    }
    QByteArray line;
    if (takeLine(data, end, line))
        lineRead(line);
}

void HttpResponseParser::lineRead(const QByteArray& line)
{
    switch (m_state) {
    case State::StatusLine:
        statusLineRead(line);
        break;
    case State::Headers:
        headerLineRead(line);
        break;
    case State::ChunkSize:
        if (!parseChunkSize(line))
            fail(Problem::Malformed);
        break;
    case State::ChunkDataEnd:
        chunkEndRead(line);
        break;
    case State::Trailers:
        trailerLineRead(line);
        break;
    default: // the states that read no lines
        break;
    }
}

void HttpResponseParser::statusLineRead(const QByteArray& line)
{
    if (line.isEmpty() && m_status == 0 && m_headers.isEmpty())
        return; // a stray empty line before the answer (RFC 9112 §2.2): ignored
    if (!parseStatusLine(line))
        fail(Problem::Malformed);
    else
        m_state = State::Headers;
}

void HttpResponseParser::headerLineRead(const QByteArray& line)
{
    if (line.isEmpty())
        headersDone();
    else if (!parseHeaderLine(line) && m_state != State::Failed)
        fail(Problem::Malformed);
}

void HttpResponseParser::chunkEndRead(const QByteArray& line)
{
    if (!line.isEmpty())
        fail(Problem::Malformed);
    else
        m_state = State::ChunkSize;
}

void HttpResponseParser::trailerLineRead(const QByteArray& line)
{
    m_headerBytes += line.size() + 2;
    if (m_headerBytes > maxHeaderBytes)
        fail(Problem::TooLarge);
    else if (line.isEmpty())
        m_state = State::Complete;
    else if (fieldNameLength(line) < 0)
        fail(Problem::Malformed); // dropped, but held to the rules of a header line
}

void HttpResponseParser::readBody(const char*& data, const char* end)
{
    const qsizetype available = end - data;
    const qsizetype take = m_remaining < 0 ? available : qsizetype(qMin<qint64>(m_remaining, available));
    appendBody(data, take);
    data += take;
    if (m_state == State::Failed || m_remaining <= 0)
        return;
    m_remaining -= take;
    if (m_remaining == 0)
        m_state = State::Complete;
}

void HttpResponseParser::readChunkData(const char*& data, const char* end)
{
    const qsizetype take = qsizetype(qMin<qint64>(m_remaining, end - data));
    appendBody(data, take);
    data += take;
    m_remaining -= take;
    if (m_state != State::Failed && m_remaining == 0)
        m_state = State::ChunkDataEnd;
}

void HttpResponseParser::closed()
{
    if (m_state == State::Complete || m_state == State::Failed)
        return;
    if (m_state == State::Body && m_closeDelimited) {
        m_state = State::Complete;
        return;
    }
    fail(Problem::Truncated);
}
