#include "BatchInputReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr qsizetype chunkBytes = 64 * 1024;

bool isBlank(const QByteArray& record)
{
    for (const char c : record) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

BatchItem problemItem(qint64 line, const char* kind, const QString& problem)
{
    BatchItem item;
    item.line = line;
    item.problemKind = QString::fromLatin1(kind);
    item.problem = problem;
    return item;
}
} // namespace

BatchInputReader::BatchInputReader(Format format, QObject* parent)
    : QObject(parent)
    , m_format(format)
{
}

BatchInputReader::~BatchInputReader()
{
    if (m_ownsFd && m_fd >= 0)
        ::close(m_fd);
}

bool BatchInputReader::open(const QString& path, QString* problem)
{
    if (path == QLatin1String("-")) {
        m_fd = STDIN_FILENO;
    } else {
        const QByteArray native = QFile::encodeName(path);
        m_fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) {
            if (problem) {
                *problem = tr("Could not read %1: %2").arg(path, QString::fromLocal8Bit(::strerror(errno)));
            }
            return false;
        }
        m_ownsFd = true;
    }
    struct stat info = {};
    if (::fstat(m_fd, &info) == 0 && S_ISREG(info.st_mode)) {
        m_regular = true;
        m_totalBytes = info.st_size;
    } else if (::fstat(m_fd, &info) == 0 && S_ISDIR(info.st_mode)) {
        if (problem)
            *problem = tr("%1 is a directory.").arg(path);
        return false;
    } else {
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        m_notifier->setEnabled(false);
        connect(m_notifier, &QSocketNotifier::activated, this, &BatchInputReader::onActivated);
    }
    return true;
}

void BatchInputReader::fail(const QString& problem)
{
    m_fatal = problem;
    m_atEnd = true;
    if (m_notifier)
        m_notifier->setEnabled(false);
}

BatchInputReader::Chunk BatchInputReader::readChunk()
{
    // Drop what was consumed before growing, so the buffer stays about one chunk + one line.
    if (m_pos > 0 && (m_pos >= chunkBytes || m_pos * 2 >= m_buffer.size())) {
        m_buffer.remove(0, m_pos);
        m_scanPos -= m_pos;
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + chunkBytes);
    const ssize_t n = ::read(m_fd, m_buffer.data() + old, size_t(chunkBytes));
    m_buffer.resize(old + qMax<qsizetype>(n, 0));
    if (n > 0) {
        m_bytesRead += n;
        if (!m_sawBom) {
            m_sawBom = true; // only the very first bytes can hold a byte-order mark
            if (m_buffer.startsWith("\xEF\xBB\xBF") && m_pos == 0) {
                m_buffer.remove(0, 3);
            }
        }
        return Chunk::Data;
    }
    if (n == 0) {
        m_eof = true;
        return Chunk::Eof;
    }
    if (errno == EINTR || errno == EAGAIN)
        return Chunk::Again;
    fail(tr("Could not read the input: %1").arg(QString::fromLocal8Bit(::strerror(errno))));
    return Chunk::Error;
}

void BatchInputReader::onActivated()
{
    m_notifier->setEnabled(false);
    readChunk();
    emit readyRead();
}

bool BatchInputReader::takeRecord(QByteArray& record, qint64& startLine, bool& tooLong)
{
    const qsizetype size = m_buffer.size();
    qsizetype end = m_format == Format::Csv ? findCsvRecordEnd() : findLineEnd();
    if (end < 0) {
        m_scanPos = size;
        if (!m_eof || m_pos >= size)
            return skipLongLine(startLine, tooLong);
        end = size; // the last line has no newline
    }
    const qsizetype from = consumeRecord(end, startLine);
    if (m_skipping) {
        m_skipping = false;
        record.clear(); // already reported
        return true;
    }
    qsizetype length = end - from;
    if (length > 0 && m_buffer.at(from + length - 1) == '\r')
        --length;
    if (length > maxLineBytes)
        tooLong = true;
    else
        record = m_buffer.mid(from, length);
    return true;
}

qsizetype BatchInputReader::findCsvRecordEnd()
{
    const char* data = m_buffer.constData();
    for (qsizetype i = m_scanPos; i < m_buffer.size(); ++i) {
        if (data[i] == '"') {
            m_inQuotes = !m_inQuotes;
        } else if (data[i] == '\n') {
            if (!m_inQuotes)
                return i;
            ++m_innerNewlines;
        }
    }
    return -1;
}

qsizetype BatchInputReader::findLineEnd() const
{
    if (m_scanPos >= m_buffer.size())
        return -1;
    const char* data = m_buffer.constData();
    const void* hit = std::memchr(data + m_scanPos, '\n', size_t(m_buffer.size() - m_scanPos));
    return hit ? static_cast<const char*>(hit) - data : -1;
}

bool BatchInputReader::skipLongLine(qint64& startLine, bool& tooLong)
{
    const qsizetype size = m_buffer.size();
    if (size - m_pos <= maxLineBytes) {
        if (m_skipping)
            m_pos = size;
        return false;
    }
    // Report the line once, then discard it as it streams by.
    const bool first = !m_skipping;
    m_skipping = true;
    m_pos = size;
    if (!first)
        return false;
    startLine = m_line + 1;
    tooLong = true;
    return true;
}

qsizetype BatchInputReader::consumeRecord(qsizetype end, qint64& startLine)
{
    startLine = m_line + 1;
    m_line += 1 + m_innerNewlines;
    m_innerNewlines = 0;
    m_inQuotes = false;
    const qsizetype from = m_pos;
    m_pos = qMin(end + 1, m_buffer.size());
    m_scanPos = m_pos;
    return from;
}

std::optional<BatchItem> BatchInputReader::next()
{
    for (;;) {
        if (m_atEnd)
            return std::nullopt;
        QByteArray record;
        qint64 line = 0;
        bool tooLong = false;
        if (takeRecord(record, line, tooLong)) {
            if (tooLong) {
                return problemItem(
                    line, "line_too_long",
                    tr("Line %1 is longer than %2 bytes; no token is that long.").arg(line).arg(maxLineBytes));
            }
            if (auto item = parse(record, line))
                return item;
            continue;
        }
        if (m_eof) {
            m_atEnd = true; // an empty CSV file (no header either) is an empty batch
            return std::nullopt;
        }
        if (m_regular) {
            if (readChunk() == Chunk::Error)
                return std::nullopt;
            continue;
        }
        m_notifier->setEnabled(true);
        return std::nullopt;
    }
}

std::optional<BatchItem> BatchInputReader::parse(const QByteArray& record, qint64 line)
{
    if (isBlank(record))
        return std::nullopt; // skipped, but its line was counted
    if (m_format == Format::JsonLines)
        return parseJson(record, line);
    if (!m_haveHeader) {
        if (!parseCsvHeader(record))
            fail(tr("The CSV header (line %1) has no \"token\" column. Name the columns in the first row: "
                    "token, platform, app_id, app_secret, id.")
                     .arg(line));
        return std::nullopt;
    }
    return parseCsv(record, line);
}

BatchItem BatchInputReader::parseJson(const QByteArray& record, qint64 line) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(record, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return problemItem(line, "bad_json",
                           tr("Line %1 is not a JSON object (one object per line, e.g. {\"token\":\"…\"}).").arg(line));
    }
    const QJsonObject object = document.object();
    BatchItem item;
    item.line = line;
    item.id = object.value(QLatin1String("id"));
    if (item.id.isUndefined())
        item.id = QJsonValue();

    // Strings only; an App ID may also be written as a number (it is all digits). A numeric
    // secret is refused rather than converted: leading zeros would be lost.
    const auto text = [&object](const char* key, bool numberAllowed, bool& wrongType) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString())
            return value.toString().trimmed();
        if (numberAllowed && value.isDouble() && value.toDouble() >= 0 && value.toDouble() < 9007199254740992.0)
            return QString::number(static_cast<qint64>(value.toDouble()));
        if (!value.isUndefined() && !value.isNull())
            wrongType = true;
        return QString();
    };
    bool wrongType = false;
    const QJsonValue token = object.value(QLatin1String("token"));
    item.token = token.isString() ? token.toString().trimmed() : QString();
    item.platform = text("platform", false, wrongType);
    item.appId = text("app_id", true, wrongType);
    item.appSecret = text("app_secret", false, wrongType);
    if (item.token.isEmpty()) {
        item.problemKind = QStringLiteral("missing_token");
        item.problem = tr("Line %1 has no \"token\" (a non-empty string).").arg(line);
    } else if (wrongType) {
        item.problemKind = QStringLiteral("invalid_input");
        item.problem = tr("Line %1: platform, app_id and app_secret must be strings.").arg(line);
    }
    return item;
}

bool BatchInputReader::parseCsvHeader(const QByteArray& record)
{
    // The delimiter is whichever of , ; or tab the header uses most (spreadsheets in many
    // locales save with ;).
    const int commas = int(record.count(','));
    const int semicolons = int(record.count(';'));
    const int tabs = int(record.count('\t'));
    m_delimiter = ',';
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = ';';
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = '\t';

    bool unterminated = false;
    const QStringList columns = splitCsv(record, &unterminated);
    for (int i = 0; i < columns.size(); ++i) {
        const QString name = columns.at(i).trimmed().toLower();
        int* column = nullptr;
        if (name == QLatin1String("token") || name == QLatin1String("access_token"))
            column = &m_colToken;
        else if (name == QLatin1String("platform"))
            column = &m_colPlatform;
        else if (name == QLatin1String("app_id"))
            column = &m_colAppId;
        else if (name == QLatin1String("app_secret"))
            column = &m_colAppSecret;
        else if (name == QLatin1String("id"))
            column = &m_colId;
        if (column && *column < 0)
            *column = i;
    }
    m_haveHeader = m_colToken >= 0;
    return m_haveHeader;
}

BatchItem BatchInputReader::parseCsv(const QByteArray& record, qint64 line) const
{
    bool unterminated = false;
    const QStringList fields = splitCsv(record, &unterminated);
    if (unterminated) {
        return problemItem(line, "bad_csv", tr("Line %1 has a quoted field that is never closed.").arg(line));
    }
    const auto field = [&fields](int column) {
        return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
    };
    BatchItem item;
    item.line = line;
    const QString id = field(m_colId);
    item.id = id.isEmpty() ? QJsonValue() : QJsonValue(id);
    item.token = field(m_colToken);
    item.platform = field(m_colPlatform);
    item.appId = field(m_colAppId);
    item.appSecret = field(m_colAppSecret);
    if (item.token.isEmpty()) {
        item.problemKind = QStringLiteral("missing_token");
        item.problem = tr("Line %1 has an empty token column.").arg(line);
    }
    return item;
}

QStringList BatchInputReader::splitCsv(const QByteArray& record, bool* unterminated) const
{
    QStringList fields;
    QByteArray field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < record.size(); ++i) {
        const char c = record.at(i);
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < record.size() && record.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"') {
            inQuotes = true;
        } else if (c == m_delimiter) {
            fields << QString::fromUtf8(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields << QString::fromUtf8(field);
    if (unterminated)
        *unterminated = inQuotes;
    return fields;
}
