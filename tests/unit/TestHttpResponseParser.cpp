// HttpResponseParser: one HTTP/1.x response from the bytes of a connection, in any pieces.
// One table of answers (parse_data) with their exact outcome; the same table fed byte by byte
// and split at every position (splitInvariance) must give the same outcome.

#include "http/HttpResponseParser.h"

#include <QtTest>

#include <algorithm>

using State = HttpResponseParser::State;
using Problem = HttpResponseParser::Problem;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

const char* name(HttpResponseParser::State state)
{
    switch (state) {
    case State::StatusLine: return "StatusLine";
    case State::Headers: return "Headers";
    case State::Body: return "Body";
    case State::ChunkSize: return "ChunkSize";
    case State::ChunkData: return "ChunkData";
    case State::ChunkDataEnd: return "ChunkDataEnd";
    case State::Trailers: return "Trailers";
    case State::Complete: return "Complete";
    case State::Failed: return "Failed";
    }
    return "?";
}

const char* name(HttpResponseParser::Problem problem)
{
    switch (problem) {
    case Problem::None: return "None";
    case Problem::Malformed: return "Malformed";
    case Problem::TooLarge: return "TooLarge";
    case Problem::Truncated: return "Truncated";
    }
    return "?";
}

} // namespace

// Readable QCOMPARE failures (found by argument-dependent lookup from QTest).
char* toString(HttpResponseParser::State state)
{
    return qstrdup(name(state));
}

char* toString(HttpResponseParser::Problem problem)
{
    return qstrdup(name(problem));
}

namespace {

constexpr qint64 defaultCap = 1024 * 1024;

/// Everything a caller can observe once the bytes are fed (and closed() called, if asked).
struct Outcome
{
    State state = State::StatusLine;
    Problem problem = Problem::None;
    int status = 0;
    Headers headers;
    QByteArray body;
    bool keepAlive = false;
    qsizetype consumed = -1; ///< what feed() returned in total; -1 in a table row: every byte
};

Outcome complete(int status, const Headers& headers, const QByteArray& body, bool keepAlive,
                 qsizetype consumed = -1)
{
    return {State::Complete, Problem::None, status, headers, body, keepAlive, consumed};
}

/// A failed parse keeps what it read of the head, never a body.
Outcome failed(Problem problem, int status, const Headers& headers, qsizetype consumed = -1)
{
    return {State::Failed, problem, status, headers, {}, false, consumed};
}

/// Needs more bytes: every byte given is used.
Outcome pending(State state, int status, const Headers& headers, const QByteArray& body = {})
{
    return {state, Problem::None, status, headers, body, false, -1};
}

Outcome observe(const HttpResponseParser& parser, qsizetype consumed)
{
    return {parser.state(), parser.problem(), parser.statusCode(), parser.headers(), parser.body(),
            parser.keepAlive(), consumed};
}

/// Feeds \a input in the pieces that \a cuts delimit (ascending positions inside it), then
/// closed() if \a close. A feed that starts after the end must use nothing: \a fedAfterEnd.
Outcome feedPieces(const QByteArray& input, qint64 cap, bool close, const QList<qsizetype>& cuts, bool* fedAfterEnd)
{
    HttpResponseParser parser(cap);
    qsizetype consumed = 0;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= cuts.size(); ++i) {
        const qsizetype to = i < cuts.size() ? cuts.at(i) : input.size();
        const bool ended = parser.isComplete() || parser.hasFailed();
        const qsizetype used = parser.feed(input.constData() + from, to - from);
        if (ended && used != 0)
            *fedAfterEnd = true;
        consumed += used;
        from = to;
    }
    if (close)
        parser.closed();
    return observe(parser, consumed);
}

/// Empty when \a actual is \a expected; otherwise what differs. feed()'s total is compared
/// unless the parse failed (where it stops within a line depends on where the pieces end).
QByteArray difference(const Outcome& actual, const Outcome& expected, qsizetype inputSize)
{
    QByteArray why;
    if (actual.state != expected.state)
        why += QByteArray(" state ") + name(actual.state);
    if (actual.problem != expected.problem)
        why += QByteArray(" problem ") + name(actual.problem);
    if (actual.status != expected.status)
        why += QByteArray(" status ") + QByteArray::number(actual.status);
    if (actual.headers != expected.headers)
        why += QByteArray(" headers");
    if (actual.body != expected.body)
        why += QByteArray(" body ") + actual.body.left(40).toPercentEncoding();
    if (actual.keepAlive != expected.keepAlive)
        why += QByteArray(" keepAlive");
    const qsizetype consumed = expected.consumed < 0 ? inputSize : expected.consumed;
    if (expected.state != State::Failed && actual.consumed != consumed)
        why += QByteArray(" consumed ") + QByteArray::number(actual.consumed);
    return why;
}

/// Header lines ("X-Pad: aaa…\r\n") that add exactly \a bytes to the header section as the
/// parser counts it (each line with its CR LF), and what headers() then holds.
QByteArray padding(qsizetype bytes, Headers* headers)
{
    QByteArray lines;
    while (bytes > 0) {
        const qsizetype line = bytes >= 2000 ? 1000 : bytes; // the last line takes the rest
        const QByteArray value(line - int(sizeof("X-Pad: \r\n") - 1), 'a');
        lines += "X-Pad: " + value + "\r\n";
        headers->append({"X-Pad", value});
        bytes -= line;
    }
    return lines;
}

} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void splitInvariance_data();
    void splitInvariance();
    void hasStarted();
    void feedAfterTheEndUsesNothing();
    void headerLookup();
    void longLineIsBounded();
};

void TestHttpResponseParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<bool>("close"); // closed() after the bytes
    QTest::addColumn<Outcome>("expected");

    const Headers none;
    const Headers length2{{"Content-Length", "2"}};

    // --- Content-Length, no body, close-delimited, keep-alive -------------------------------
    {
        const QByteArray body = R"({"access_token":"EAAB9xQ"})";
        QTest::addRow("content-length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 26\r\n\r\n" + body)
            << defaultCap << false
            << complete(200, {{"Content-Type", "application/json"}, {"Content-Length", "26"}}, body, true);
    }
    QTest::addRow("content-length zero")
        << QByteArray("HTTP/1.1 302 Found\r\nLocation: https://example.com/\r\nContent-Length: 0\r\n\r\n")
        << defaultCap << false
        << complete(302, {{"Location", "https://example.com/"}, {"Content-Length", "0"}}, {}, true);
    QTest::addRow("204 without body") << QByteArray("HTTP/1.1 204 No Content\r\nServer: test\r\n\r\n")
                                      << defaultCap << false << complete(204, {{"Server", "test"}}, {}, true);
    QTest::addRow("304 ignores its content-length")
        << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 120\r\nETag: \"x\"\r\n\r\n") << defaultCap
        << false << complete(304, {{"Content-Length", "120"}, {"ETag", "\"x\""}}, {}, true);
    {
        const QByteArray answer = "HTTP/1.1 204 No Content\r\n\r\n";
        QTest::addRow("204 followed by more bytes")
            << QByteArray(answer + "HTTP/1.1 200 OK\r\n") << defaultCap << false
            << complete(204, none, {}, true, answer.size());
    }
    {
        const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        QTest::addRow("content-length followed by more bytes")
            << QByteArray(answer + "HTTP/1.1 200 OK\r\n") << defaultCap << false
            << complete(200, length2, "ok", true, answer.size());
    }
    QTest::addRow("close-delimited") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello, world")
                                     << defaultCap << true
                                     << complete(200, {{"Content-Type", "text/plain"}}, "hello, world", false);
    QTest::addRow("close-delimited waits for the close")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello, world") << defaultCap << false
        << pending(State::Body, 200, {{"Content-Type", "text/plain"}}, "hello, world");
    QTest::addRow("close-delimited empty") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << defaultCap << true
                                           << complete(200, none, {}, false);
    QTest::addRow("http/1.0 closes by default") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok")
                                                << defaultCap << false << complete(200, length2, "ok", false);
    QTest::addRow("http/1.0 keep-alive")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok") << defaultCap
        << false << complete(200, {{"Connection", "keep-alive"}, {"Content-Length", "2"}}, "ok", true);
    QTest::addRow("http/1.0 Keep-Alive")
        << QByteArray("HTTP/1.0 200 OK\r\nconnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok") << defaultCap
        << false << complete(200, {{"connection", "Keep-Alive"}, {"Content-Length", "2"}}, "ok", true);
    QTest::addRow("http/1.0 keep-alive in a second field")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: TE\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok")
        << defaultCap << false
        << complete(200, {{"Connection", "TE"}, {"Connection", "keep-alive"}, {"Content-Length", "2"}}, "ok", true);
    QTest::addRow("http/1.0 close-delimited despite keep-alive")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\n\r\nbody") << defaultCap << true
        << complete(200, {{"Connection", "keep-alive"}}, "body", false);
    QTest::addRow("http/1.1 connection close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok") << defaultCap << false
        << complete(200, {{"Connection", "close"}, {"Content-Length", "2"}}, "ok", false);
    QTest::addRow("http/1.1 keep-alive, close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: Keep-Alive, close\r\nContent-Length: 2\r\n\r\nok")
        << defaultCap << false
        << complete(200, {{"Connection", "Keep-Alive, close"}, {"Content-Length", "2"}}, "ok", false);
    QTest::addRow("http/1.1 CLOSE with odd spacing")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: upgrade ,CLOSE \r\nContent-Length: 2\r\n\r\nok")
        << defaultCap << false
        << complete(200, {{"Connection", "upgrade ,CLOSE"}, {"Content-Length", "2"}}, "ok", false);
    QTest::addRow("http/1.1 closed is not close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: closed\r\nContent-Length: 2\r\n\r\nok") << defaultCap << false
        << complete(200, {{"Connection", "closed"}, {"Content-Length", "2"}}, "ok", true);
    QTest::addRow("http/1.1 close in a second field")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok")
        << defaultCap << false
        << complete(200, {{"Connection", "keep-alive"}, {"Connection", "close"}, {"Content-Length", "2"}}, "ok",
                    false);

    // --- chunked ---------------------------------------------------------------------------------
    const QByteArray chunkedHead = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    const Headers chunked{{"Transfer-Encoding", "chunked"}};
    QTest::addRow("chunked") << QByteArray(chunkedHead + "5\r\nhello\r\n2\r\n, \r\n5\r\nworld\r\n0\r\n\r\n")
                             << defaultCap << false << complete(200, chunked, "hello, world", true);
    QTest::addRow("chunk extensions")
        << QByteArray(chunkedHead + "7;name=value\r\nchunked\r\n3 ; q=\"a;b\"\r\n!!!\r\n0;last\r\n\r\n")
        << defaultCap << false << complete(200, chunked, "chunked!!!", true);
    QTest::addRow("uppercase hex, leading zeros")
        << QByteArray(chunkedHead + "1A\r\nabcdefghijklmnopqrstuvwxyz\r\n00a\r\n0123456789\r\n0\r\n\r\n")
        << defaultCap << false << complete(200, chunked, "abcdefghijklmnopqrstuvwxyz0123456789", true);
    QTest::addRow("chunk size of 15 digits")
        << QByteArray(chunkedHead + QByteArray(14, '0') + "A\r\n0123456789\r\n" + QByteArray(15, '0') + "\r\n\r\n") << defaultCap
        << false << complete(200, chunked, "0123456789", true);
    QTest::addRow("trailers")
        << QByteArray(chunkedHead + "3\r\nabc\r\n0\r\nX-Checksum: 900150983cd24fb0\r\nServer-Timing: db;dur=53\r\n\r\n")
        << defaultCap << false << complete(200, chunked, "abc", true);
    // Both framings at once (a server MUST NOT send them, RFC 9112 §6.3): the sign of an answer
    // split or smuggled by someone in between, so neither is trusted.
    {
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n";
        QTest::addRow("content-length and chunked")
            << QByteArray(head + "3\r\nabc\r\n0\r\n\r\n") << defaultCap << false
            << failed(Problem::Malformed, 200, {{"Content-Length", "100"}, {"Transfer-Encoding", "chunked"}},
                      head.size());
    }
    {
        const QByteArray head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\ncontent-length: 14\r\n\r\n";
        QTest::addRow("chunked and a matching content-length")
            << QByteArray(head + "3\r\nabc\r\n0\r\n\r\n") << defaultCap << false
            << failed(Problem::Malformed, 200, {{"Transfer-Encoding", "chunked"}, {"content-length", "14"}},
                      head.size());
    }
    QTest::addRow("chunked and content-length 0")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 0\r\n\r\n") << defaultCap
        << false << failed(Problem::Malformed, 200, {{"Transfer-Encoding", "chunked"}, {"Content-Length", "0"}});
    {
        const QByteArray head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nContent-Length: 2\r\n\r\n";
        QTest::addRow("gzip and content-length")
            << QByteArray(head + "ok") << defaultCap << false
            << failed(Problem::Malformed, 200, {{"Transfer-Encoding", "gzip"}, {"Content-Length", "2"}}, head.size());
    }
    QTest::addRow("204 ignores its framing")
        << QByteArray("HTTP/1.1 204 No Content\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n")
        << defaultCap << false
        << complete(204, {{"Transfer-Encoding", "chunked"}, {"Content-Length", "5"}}, {}, true);
    // Transfer-Encoding in an HTTP/1.0 answer: read, then the connection closed (RFC 9112 §6.1:
    // the sender may have kept part of the message back, and the next answer would start there).
    QTest::addRow("http/1.0 chunked, keep-alive: closed after")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "3\r\nabc\r\n0\r\n\r\n")
        << defaultCap << false
        << complete(200, {{"Connection", "keep-alive"}, {"Transfer-Encoding", "chunked"}}, "abc", false);
    QTest::addRow("http/1.0 chunked: closed after")
        << QByteArray("HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n") << defaultCap
        << false << complete(200, chunked, "abc", false);
    {
        const QByteArray head = "HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n";
        QTest::addRow("http/1.0 chunked and content-length")
            << QByteArray(head + "abc") << defaultCap << false
            << failed(Problem::Malformed, 200, {{"Transfer-Encoding", "chunked"}, {"Content-Length", "3"}},
                      head.size());
    }
    QTest::addRow("chunked twice")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n")
        << defaultCap << false
        << failed(Problem::Malformed, 200, {{"Transfer-Encoding", "chunked"}, {"Transfer-Encoding", "chunked"}});
    QTest::addRow("Chunked in any case")
        << QByteArray("HTTP/1.1 200 OK\r\ntransfer-encoding: Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n") << defaultCap
        << false << complete(200, {{"transfer-encoding", "Chunked"}}, "abc", true);
    QTest::addRow("empty list elements ignored")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: , chunked,\r\n\r\n3\r\nabc\r\n0\r\n\r\n") << defaultCap
        << false << complete(200, {{"Transfer-Encoding", ", chunked,"}}, "abc", true);
    QTest::addRow("chunked with bare LF") << QByteArray("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n3\nabc\n0\n\n")
                                          << defaultCap << false << complete(200, chunked, "abc", true);
    QTest::addRow("chunked, connection close")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        << defaultCap << false
        << complete(200, {{"Transfer-Encoding", "chunked"}, {"Connection", "close"}}, "abc", false);
    {
        const QByteArray answer = chunkedHead + "3\r\nabc\r\n0\r\n\r\n";
        QTest::addRow("chunked followed by more bytes")
            << QByteArray(answer + "HTTP/1.1 200 OK\r\n") << defaultCap << false
            << complete(200, chunked, "abc", true, answer.size());
    }
    {
        const QByteArray head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n";
        QTest::addRow("gzip, chunked") << QByteArray(head + "3\r\nabc\r\n0\r\n\r\n") << defaultCap << false
                                       << failed(Problem::Malformed, 200, {{"Transfer-Encoding", "gzip, chunked"}},
                                                 head.size());
    }
    {
        const QByteArray head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n";
        QTest::addRow("gzip alone") << QByteArray(head + "\x1f\x8b") << defaultCap << false
                                    << failed(Problem::Malformed, 200, {{"Transfer-Encoding", "gzip"}}, head.size());
    }
    QTest::addRow("identity") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: identity\r\n\r\n") << defaultCap
                              << false << failed(Problem::Malformed, 200, {{"Transfer-Encoding", "identity"}});
    QTest::addRow("chunked, gzip") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\n")
                                   << defaultCap << false
                                   << failed(Problem::Malformed, 200, {{"Transfer-Encoding", "chunked, gzip"}});
    QTest::addRow("chunked, gzip in two fields")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n\r\n")
        << defaultCap << false
        << failed(Problem::Malformed, 200, {{"Transfer-Encoding", "chunked"}, {"Transfer-Encoding", "gzip"}});
    {
        const QByteArray bad = chunkedHead + "zz\r\n";
        QTest::addRow("chunk size not hex") << QByteArray(bad + "hello\r\n0\r\n\r\n") << defaultCap << false
                                            << failed(Problem::Malformed, 200, chunked, bad.size());
    }
    QTest::addRow("chunk size of 16 digits")
        << QByteArray(chunkedHead + QByteArray(15, '0') + "A\r\n") << defaultCap << false
        << failed(Problem::Malformed, 200, chunked);
    QTest::addRow("chunk size negative") << QByteArray(chunkedHead + "-1\r\n") << defaultCap << false
                                         << failed(Problem::Malformed, 200, chunked);
    QTest::addRow("chunk size 0x5") << QByteArray(chunkedHead + "0x5\r\n") << defaultCap << false
                                    << failed(Problem::Malformed, 200, chunked);
    QTest::addRow("chunk size empty") << QByteArray(chunkedHead + "\r\n") << defaultCap << false
                                      << failed(Problem::Malformed, 200, chunked);
    // Whitespace only between the size and an extension (BWS, RFC 9112 §7.1.1): a reader that
    // skipped it in front, or took "5 5" for 5, would see other chunks than one that did not.
    for (const char* size : {" 5", "\t5", "  5 ", " 5;x=1", "5 5", "5x", "5\t\tx", "5 =x", "\x0b" "5", "5\x0c",
                             "5;a\x01"}) {
        const QByteArray bad = chunkedHead + size + "\r\n";
        QTest::addRow("chunk size \"%s\"", QByteArray(size).toPercentEncoding().constData())
            << QByteArray(bad + "hello\r\n0\r\n\r\n") << defaultCap << false
            << failed(Problem::Malformed, 200, chunked, bad.size());
    }
    QTest::addRow("whitespace after the chunk size")
        << QByteArray(chunkedHead + "5 \r\nhello\r\n3\t;a=b\r\n, w\r\n0 \t\r\n\r\n") << defaultCap << false
        << complete(200, chunked, "hello, w", true);
    QTest::addRow("chunk size of 16 f") << QByteArray(chunkedHead + "ffffffffffffffff\r\n") << defaultCap << false
                                        << failed(Problem::Malformed, 200, chunked);
    QTest::addRow("chunk size of 15 f") << QByteArray(chunkedHead + "fffffffffffffff\r\n") << defaultCap << false
                                        << failed(Problem::TooLarge, 200, chunked);
    QTest::addRow("chunk size only an extension") << QByteArray(chunkedHead + ";x=1\r\n") << defaultCap << false
                                                  << failed(Problem::Malformed, 200, chunked);
    {
        const QByteArray bad = chunkedHead + "5\r\nhelloX\r\n";
        QTest::addRow("no CRLF after chunk data") << QByteArray(bad + "0\r\n\r\n") << defaultCap << false
                                                  << failed(Problem::Malformed, 200, chunked, bad.size());
    }
    {
        const QByteArray bad = chunkedHead + "5\r\nhello0\r\n";
        QTest::addRow("chunk data runs into the next size") << QByteArray(bad + "\r\n") << defaultCap << false
                                                            << failed(Problem::Malformed, 200, chunked, bad.size());
    }
    QTest::addRow("waits in a chunk size") << QByteArray(chunkedHead + "5") << defaultCap << false
                                           << pending(State::ChunkSize, 200, chunked);
    QTest::addRow("waits in chunk data") << QByteArray(chunkedHead + "5\r\nhel") << defaultCap << false
                                         << pending(State::ChunkData, 200, chunked, "hel");
    QTest::addRow("waits for the CRLF after a chunk") << QByteArray(chunkedHead + "5\r\nhello\r") << defaultCap
                                                      << false << pending(State::ChunkDataEnd, 200, chunked, "hello");
    QTest::addRow("waits for the next chunk") << QByteArray(chunkedHead + "5\r\nhello\r\n") << defaultCap << false
                                              << pending(State::ChunkSize, 200, chunked, "hello");
    QTest::addRow("waits in the trailers") << QByteArray(chunkedHead + "5\r\nhello\r\n0\r\nX-A: b\r\n") << defaultCap
                                           << false << pending(State::Trailers, 200, chunked, "hello");

    // --- interim answers ---------------------------------------------------------------------
    QTest::addRow("100 continue")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") << defaultCap
        << false << complete(200, length2, "ok", true);
    QTest::addRow("103 early hints")
        << QByteArray("HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n"
                      "Link: </app.js>; rel=preload\r\n\r\n"
                      "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok")
        << defaultCap << false << complete(200, {{"Content-Type", "text/plain"}, {"Content-Length", "2"}}, "ok", true);
    QTest::addRow("several interim answers")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\n"
                      "HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n")
        << defaultCap << false << complete(204, none, {}, true);
    {
        const QByteArray head = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n";
        QTest::addRow("101 switching protocols")
            << QByteArray(head + "\x81\x05hello") << defaultCap << false
            << failed(Problem::Malformed, 101, {{"Upgrade", "websocket"}, {"Connection", "Upgrade"}}, head.size());
    }
    QTest::addRow("100 continue, then the close") << QByteArray("HTTP/1.1 100 Continue\r\n\r\n") << defaultCap << true
                                                  << failed(Problem::Truncated, 0, none);
    QTest::addRow("100 continue, waiting") << QByteArray("HTTP/1.1 100 Continue\r\n\r\n") << defaultCap << false
                                           << pending(State::StatusLine, 0, none);

    // --- status line and header syntax --------------------------------------------------------
    QTest::addRow("HTTP/2") << QByteArray("HTTP/2 200\r\ncontent-length: 0\r\n\r\n") << defaultCap << false
                            << failed(Problem::Malformed, 0, none, 12);
    QTest::addRow("HTTP/1.1 20") << QByteArray("HTTP/1.1 20\r\n") << defaultCap << false
                                 << failed(Problem::Malformed, 0, none);
    QTest::addRow("HTTP/1.1 200OK") << QByteArray("HTTP/1.1 200OK\r\n") << defaultCap << false
                                    << failed(Problem::Malformed, 0, none);
    QTest::addRow("ICY 200 OK") << QByteArray("ICY 200 OK\r\n") << defaultCap << false
                                << failed(Problem::Malformed, 0, none);
    QTest::addRow("HTML instead of a status line") << QByteArray("<html><body>Bad Request</body></html>\r\n")
                                                   << defaultCap << false << failed(Problem::Malformed, 0, none);
    QTest::addRow("HTTP/1.2") << QByteArray("HTTP/1.2 200 OK\r\n") << defaultCap << false
                              << failed(Problem::Malformed, 0, none);
    QTest::addRow("HTTP/1.10") << QByteArray("HTTP/1.10 200 OK\r\n") << defaultCap << false
                               << failed(Problem::Malformed, 0, none);
    QTest::addRow("lowercase http") << QByteArray("http/1.1 200 OK\r\n") << defaultCap << false
                                    << failed(Problem::Malformed, 0, none);
    QTest::addRow("status 099") << QByteArray("HTTP/1.1 099 Odd\r\n") << defaultCap << false
                                << failed(Problem::Malformed, 0, none);
    QTest::addRow("status 2x0") << QByteArray("HTTP/1.1 2x0 OK\r\n") << defaultCap << false
                                << failed(Problem::Malformed, 0, none);
    QTest::addRow("two spaces before the status") << QByteArray("HTTP/1.1  200 OK\r\n") << defaultCap << false
                                                  << failed(Problem::Malformed, 0, none);
    QTest::addRow("binary, then the close") << QByteArrayLiteral("\x15\x03\x03\x00\x02\x02\x46") << defaultCap << true
                                            << failed(Problem::Truncated, 0, none);
    QTest::addRow("no reason phrase") << QByteArray("HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok") << defaultCap
                                      << false << complete(200, length2, "ok", true);
    QTest::addRow("empty reason phrase") << QByteArray("HTTP/1.1 200 \r\nContent-Length: 2\r\n\r\nok") << defaultCap
                                         << false << complete(200, length2, "ok", true);
    QTest::addRow("reason phrase with spaces")
        << QByteArray("HTTP/1.1 404 Not Found Here\r\nContent-Length: 2\r\n\r\nno") << defaultCap << false
        << complete(404, length2, "no", true);
    QTest::addRow("leading empty line") << QByteArray("\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                                        << defaultCap << false << complete(200, length2, "ok", true);
    QTest::addRow("leading bare LF") << QByteArray("\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") << defaultCap
                                     << false << complete(200, length2, "ok", true);
    QTest::addRow("bare LF line ends") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << defaultCap
                                       << false << complete(200, length2, "ok", true);
    QTest::addRow("mixed line ends") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\r\n\nok") << defaultCap
                                     << false << complete(200, length2, "ok", true);
    QTest::addRow("values trimmed, empty values kept")
        << QByteArray("HTTP/1.1 200 OK\r\nX-Padded:   spaced out \t\r\nX-Empty:\r\nX-Colon: a:b\r\n"
                      "Content-Length: 0\r\n\r\n")
        << defaultCap << false
        << complete(200, {{"X-Padded", "spaced out"}, {"X-Empty", ""}, {"X-Colon", "a:b"}, {"Content-Length", "0"}},
                    {}, true);
    {
        const QByteArray bad = "HTTP/1.1 200 OK\r\nServer: x\r\nNoColonHere\r\n";
        QTest::addRow("header without colon") << QByteArray(bad + "\r\n") << defaultCap << false
                                              << failed(Problem::Malformed, 200, {{"Server", "x"}}, bad.size());
    }
    {
        const QByteArray bad = "HTTP/1.1 200 OK\r\nContent Length: 2\r\n";
        QTest::addRow("header name with space") << QByteArray(bad + "\r\nok") << defaultCap << false
                                                << failed(Problem::Malformed, 200, none, bad.size());
    }
    QTest::addRow("space before the colon") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length : 2\r\n")
                                            << defaultCap << false << failed(Problem::Malformed, 200, none);
    QTest::addRow("tab in the name") << QByteArray("HTTP/1.1 200 OK\r\nX\tY: 2\r\n") << defaultCap << false
                                     << failed(Problem::Malformed, 200, none);
    QTest::addRow("empty header name") << QByteArray("HTTP/1.1 200 OK\r\n: value\r\n") << defaultCap << false
                                       << failed(Problem::Malformed, 200, none);
    // Field names are tokens (RFC 9110 §5.1): anything else is refused, not guessed at.
    for (const char* name : {"X(Y)", "X@Y", "X\"Y\"", "X/Y", "X[Y]", "X=Y", "X,Y", "X;Y", "X?Y", "X{Y}", "X\\Y",
                             "X\x7fY", "X\x01Y", "X\xc3\xa4Y", "\xff"}) {
        const QByteArray bad = "HTTP/1.1 200 OK\r\nServer: x\r\n" + QByteArray(name) + ": 2\r\n";
        QTest::addRow("header name \"%s\"", QByteArray(name).toPercentEncoding().constData())
            << QByteArray(bad + "Content-Length: 0\r\n\r\n") << defaultCap << false
            << failed(Problem::Malformed, 200, {{"Server", "x"}}, bad.size());
    }
    QTest::addRow("every tchar in a name")
        << QByteArray("HTTP/1.1 200 OK\r\n!#$%&'*+-.^_`|~09AZaz: ok\r\nContent-Length: 0\r\n\r\n") << defaultCap
        << false << complete(200, {{"!#$%&'*+-.^_`|~09AZaz", "ok"}, {"Content-Length", "0"}}, {}, true);
    // Control characters inside a line are refused rather than kept or trimmed (RFC 9110 §5.5:
    // CR and NUL are dangerous, the others are not field content); a tab and obs-text are fine.
    for (const QByteArray& value : {QByteArray("a\0b", 3), QByteArray("a\rb"), QByteArray("ab\r"),
                                    QByteArray("\x0b" "2"), QByteArray("a\x1b[31mb"), QByteArray("a\x7f")}) {
        const QByteArray bad = "HTTP/1.1 200 OK\r\nX-A: " + value + "\r\n";
        QTest::addRow("control character in \"%s\"", value.toPercentEncoding().constData())
            << QByteArray(bad + "Content-Length: 0\r\n\r\n") << defaultCap << false
            << failed(Problem::Malformed, 200, none, bad.size());
    }
    {
        const QByteArray bad = QByteArray("HTTP/1.1 200 O") + '\0' + "K\r\n";
        QTest::addRow("NUL in the reason phrase") << QByteArray(bad + "Content-Length: 0\r\n\r\n") << defaultCap
                                                  << false << failed(Problem::Malformed, 0, none, bad.size());
    }
    QTest::addRow("tab and obs-text in a value")
        << QByteArray("HTTP/1.1 200 OK\r\nX-A: caf\xc3\xa9\tbar\r\nContent-Length: 0\r\n\r\n") << defaultCap << false
        << complete(200, {{"X-A", "caf\xc3\xa9\tbar"}, {"Content-Length", "0"}}, {}, true);
    QTest::addRow("obs-fold in the first header")
        << QByteArray("HTTP/1.1 200 OK\r\n X-Long: first\r\n") << defaultCap << false
        << failed(Problem::Malformed, 200, none);
    for (const QByteArray& trailer : {QByteArray("X-A: b\r\n c"), QByteArray("X A: b"), QByteArray("HTTP/1.1 200 OK"),
                                      QByteArray("X-A: a\x01")}) {
        const QByteArray bad = chunkedHead + "3\r\nabc\r\n0\r\n" + trailer + "\r\n";
        QTest::addRow("trailer \"%s\"", trailer.toPercentEncoding().constData())
            << QByteArray(bad + "\r\n") << defaultCap << false << failed(Problem::Malformed, 200, chunked, bad.size());
    }
    QTest::addRow("obs-fold") << QByteArray("HTTP/1.1 200 OK\r\nX-Long: first\r\n  second\r\n") << defaultCap
                              << false << failed(Problem::Malformed, 200, {{"X-Long", "first"}});
    QTest::addRow("obs-fold with a tab") << QByteArray("HTTP/1.1 200 OK\r\nX-Long: first\r\n\tsecond\r\n")
                                         << defaultCap << false
                                         << failed(Problem::Malformed, 200, {{"X-Long", "first"}});

    // --- Content-Length values ---------------------------------------------------------------
    {
        const QByteArray body(42, 'x');
        QTest::addRow("content-length 42, 42") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 42, 42\r\n\r\n" + body)
                                               << defaultCap << false
                                               << complete(200, {{"Content-Length", "42, 42"}}, body, true);
    }
    QTest::addRow("content-length repeated")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\ncontent-length:2\r\n\r\nok") << defaultCap << false
        << complete(200, {{"Content-Length", "2"}, {"content-length", "2"}}, "ok", true);
    QTest::addRow("content-length 15 digits")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 000000000000002\r\n\r\nok") << defaultCap << false
        << complete(200, {{"Content-Length", "000000000000002"}}, "ok", true);
    {
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 2, 3\r\n\r\n";
        QTest::addRow("content-length 2, 3") << QByteArray(head + "ok!") << defaultCap << false
                                             << failed(Problem::Malformed, 200, {{"Content-Length", "2, 3"}},
                                                       head.size());
    }
    QTest::addRow("content-length differing fields")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n") << defaultCap << false
        << failed(Problem::Malformed, 200, {{"Content-Length", "2"}, {"Content-Length", "3"}});
    for (const char* value : {"-5", "+5", "5a", "five", "", "5 5", "5,", "0x10", "1234567890123456", "-0",
                              "18446744073709551617", "9223372036854775808", "2, -2"}) {
        QTest::addRow("content-length \"%s\"", value)
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray(value) + "\r\n\r\n") << defaultCap
            << false << failed(Problem::Malformed, 200, {{"Content-Length", value}});
    }
    QTest::addRow("waits in the status line") << QByteArray("HTTP/1.1 2") << defaultCap << false
                                              << pending(State::StatusLine, 0, none);
    QTest::addRow("waits in the headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le") << defaultCap << false
                                          << pending(State::Headers, 200, none);
    QTest::addRow("waits in the body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhel") << defaultCap
                                       << false << pending(State::Body, 200, {{"Content-Length", "5"}}, "hel");
    QTest::addRow("nothing yet") << QByteArray() << defaultCap << false << pending(State::StatusLine, 0, none);

    // --- size caps -----------------------------------------------------------------------------
    {
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n";
        QTest::addRow("content-length over the cap")
            << QByteArray(head + "hello world") << qint64(10) << false
            << failed(Problem::TooLarge, 200, {{"Content-Length", "11"}}, head.size());
    }
    QTest::addRow("content-length at the cap")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789") << qint64(10) << false
        << complete(200, {{"Content-Length", "10"}}, "0123456789", true);
    QTest::addRow("content-length 15 digits over the cap")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 999999999999999\r\n\r\n") << defaultCap << false
        << failed(Problem::TooLarge, 200, {{"Content-Length", "999999999999999"}});
    QTest::addRow("empty body, cap 0") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << qint64(0)
                                       << false << complete(200, {{"Content-Length", "0"}}, {}, true);
    {
        const QByteArray upTo = chunkedHead + "6\r\nhello \r\n5\r\n";
        QTest::addRow("chunks over the cap") << QByteArray(upTo + "world\r\n0\r\n\r\n") << qint64(10) << false
                                             << failed(Problem::TooLarge, 200, chunked, upTo.size());
    }
    QTest::addRow("chunks at the cap") << QByteArray(chunkedHead + "6\r\nhello \r\n5\r\nworld\r\n0\r\n\r\n")
                                       << qint64(11) << false << complete(200, chunked, "hello world", true);
    {
        const QByteArray upTo = chunkedHead + "b\r\n";
        QTest::addRow("one chunk over the cap") << QByteArray(upTo + "hello world\r\n0\r\n\r\n") << qint64(10) << false
                                                << failed(Problem::TooLarge, 200, chunked, upTo.size());
    }
    QTest::addRow("close-delimited over the cap") << QByteArray("HTTP/1.1 200 OK\r\n\r\nhello world") << qint64(10)
                                                  << true << failed(Problem::TooLarge, 200, none);
    QTest::addRow("close-delimited at the cap") << QByteArray("HTTP/1.1 200 OK\r\n\r\nhello world") << qint64(11)
                                                << true << complete(200, none, "hello world", false);
    {
        Headers headers;
        const QByteArray length = "Content-Length: 2\r\n";
        const QByteArray lines = padding(HttpResponseParser::maxHeaderBytes - length.size(), &headers);
        headers.append(qMakePair(QByteArray("Content-Length"), QByteArray("2")));
        QTest::addRow("header section of 64 KiB")
            << QByteArray("HTTP/1.1 200 OK\r\n" + lines + length + "\r\nok") << defaultCap << false
            << complete(200, headers, "ok", true);
    }
    {
        Headers headers;
        const QByteArray length = "Content-Length: 2\r\n";
        const QByteArray head = "HTTP/1.1 200 OK\r\n" + length;
        const QByteArray lines = padding(HttpResponseParser::maxHeaderBytes - length.size() + 1, &headers);
        headers.removeLast(); // the line past the cap
        headers.prepend(qMakePair(QByteArray("Content-Length"), QByteArray("2")));
        QTest::addRow("header section over 64 KiB") << QByteArray(head + lines + "\r\nok") << defaultCap << false
                                                    << failed(Problem::TooLarge, 200, headers,
                                                              head.size() + lines.size());
    }
    {
        Headers trailers;
        const qsizetype head = qsizetype(sizeof("Transfer-Encoding: chunked\r\n") - 1); // counted with the trailers
        const QByteArray upTo = chunkedHead + "3\r\nabc\r\n0\r\n"
            + padding(HttpResponseParser::maxHeaderBytes - head + 1, &trailers);
        QTest::addRow("trailers count toward the header cap") << QByteArray(upTo + "\r\n") << defaultCap << false
                                                              << failed(Problem::TooLarge, 200, chunked, upTo.size());
    }
    {
        const QByteArray statusLine = "HTTP/1.1 200 OK\r\n";
        QTest::addRow("header line over 64 KiB without newline")
            << QByteArray(statusLine + "X-Long: " + QByteArray(70000, 'a')) << defaultCap << false
            << failed(Problem::TooLarge, 200, none, statusLine.size());
    }
    QTest::addRow("status line over 64 KiB without newline") << QByteArray(70000, 'A') << defaultCap << false
                                                             << failed(Problem::TooLarge, 0, none, 0);

    // --- the close -----------------------------------------------------------------------------
    QTest::addRow("closed before any byte") << QByteArray() << defaultCap << true
                                            << failed(Problem::Truncated, 0, none);
    QTest::addRow("closed in the status line") << QByteArray("HTTP/1.1 20") << defaultCap << true
                                               << failed(Problem::Truncated, 0, none);
    QTest::addRow("closed in the headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/pl") << defaultCap
                                           << true << failed(Problem::Truncated, 200, none);
    QTest::addRow("closed before a content-length body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n") << defaultCap << true
        << failed(Problem::Truncated, 200, {{"Content-Length", "5"}});
    QTest::addRow("closed in a content-length body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhel") << defaultCap << true
        << failed(Problem::Truncated, 200, {{"Content-Length", "5"}});
    QTest::addRow("closed in a chunk size") << QByteArray(chunkedHead + "5") << defaultCap << true
                                            << failed(Problem::Truncated, 200, chunked);
    QTest::addRow("closed in a chunk") << QByteArray(chunkedHead + "5\r\nhel") << defaultCap << true
                                       << failed(Problem::Truncated, 200, chunked);
    QTest::addRow("closed before the last chunk") << QByteArray(chunkedHead + "5\r\nhello\r\n") << defaultCap << true
                                                  << failed(Problem::Truncated, 200, chunked);
    QTest::addRow("closed in the trailers") << QByteArray(chunkedHead + "5\r\nhello\r\n0\r\n") << defaultCap << true
                                            << failed(Problem::Truncated, 200, chunked);
    QTest::addRow("closed after a complete answer")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") << defaultCap << true
        << complete(200, length2, "ok", true);
    QTest::addRow("closed after a failure") << QByteArray("HTTP/2 200\r\n") << defaultCap << true
                                            << failed(Problem::Malformed, 0, none);
}

void TestHttpResponseParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, cap);
    QFETCH(bool, close);
    QFETCH(Outcome, expected);

    HttpResponseParser parser(cap);
    const qsizetype consumed = parser.feed(input);
    if (close)
        parser.closed();

    QCOMPARE(parser.state(), expected.state);
    QCOMPARE(parser.problem(), expected.problem);
    QCOMPARE(parser.isComplete(), expected.state == State::Complete);
    QCOMPARE(parser.hasFailed(), expected.state == State::Failed);
    QCOMPARE(parser.statusCode(), expected.status);
    QCOMPARE(parser.headers(), expected.headers);
    QCOMPARE(parser.body(), expected.body);
    QCOMPARE(parser.keepAlive(), expected.keepAlive);
    QCOMPARE(consumed, expected.consumed < 0 ? input.size() : expected.consumed);
    const bool answerBytes = std::any_of(input.cbegin(), input.cend(), [](char c) { return c != '\r' && c != '\n'; });
    QCOMPARE(parser.hasStarted(), answerBytes);
}

void TestHttpResponseParser::splitInvariance_data()
{
    parse_data();
}

void TestHttpResponseParser::splitInvariance()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, cap);
    QFETCH(bool, close);
    QFETCH(Outcome, expected);

    bool fedAfterEnd = false;
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < input.size(); ++i)
        everyByte.append(i);
    const QByteArray byByte = difference(feedPieces(input, cap, close, everyByte, &fedAfterEnd), expected, input.size());
    QVERIFY2(byByte.isEmpty(), QByteArray("one byte at a time:" + byByte).constData());
    QVERIFY(!fedAfterEnd);

    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        const QByteArray why = difference(feedPieces(input, cap, close, {cut}, &fedAfterEnd), expected, input.size());
        QVERIFY2(why.isEmpty(), QByteArray("split at " + QByteArray::number(cut) + ":" + why).constData());
        QVERIFY2(!fedAfterEnd, QByteArray("split at " + QByteArray::number(cut)).constData());
    }
}

void TestHttpResponseParser::hasStarted()
{
    {
        HttpResponseParser parser(defaultCap);
        QCOMPARE(parser.feed(QByteArray()), 0);
        QVERIFY(!parser.hasStarted());
        parser.closed();
        QCOMPARE(parser.problem(), Problem::Truncated);
        QVERIFY(!parser.hasStarted()); // a reused connection the server had dropped: send again
    }
    {
        HttpResponseParser parser(defaultCap);
        QCOMPARE(parser.feed("H", 1), 1);
        QVERIFY(parser.hasStarted());
        parser.closed();
        QCOMPARE(parser.state(), State::Failed);
        QCOMPARE(parser.problem(), Problem::Truncated);
        QVERIFY(parser.hasStarted());
    }
    {
        // Empty lines before the status line are no answer yet (the connection may be asked again)…
        HttpResponseParser parser(defaultCap);
        QCOMPARE(parser.feed("\r\n\r", 3), 3);
        QCOMPARE(parser.feed("\n", 1), 1);
        QVERIFY(!parser.hasStarted());
        parser.closed();
        QCOMPARE(parser.problem(), Problem::Truncated);
        QVERIFY(!parser.hasStarted());
    }
    {
        // …the first byte after them is.
        HttpResponseParser parser(defaultCap);
        QCOMPARE(parser.feed("\r\nH", 3), 3);
        QVERIFY(parser.hasStarted());
    }
}

void TestHttpResponseParser::feedAfterTheEndUsesNothing()
{
    HttpResponseParser done(defaultCap);
    const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    QCOMPARE(done.feed(answer), answer.size());
    QVERIFY(done.isComplete());
    QCOMPARE(done.feed(QByteArray("HTTP/1.1 200 OK\r\n")), 0);
    done.closed();
    QVERIFY(done.isComplete());
    QCOMPARE(done.body(), QByteArray("ok"));
    QCOMPARE(done.takeBody(), QByteArray("ok"));
    QVERIFY(done.body().isEmpty());

    HttpResponseParser broken(defaultCap);
    QCOMPARE(broken.feed(QByteArray("HTTP/9 200\r\n")), 12);
    QCOMPARE(broken.feed(QByteArray("HTTP/1.1 200 OK\r\n")), 0);
    broken.closed();
    QCOMPARE(broken.problem(), Problem::Malformed); // not overwritten by Truncated
}

void TestHttpResponseParser::headerLookup()
{
    HttpResponseParser parser(defaultCap);
    parser.feed(QByteArray("HTTP/1.1 200 OK\r\nX-Fb-Trace-Id:  first \r\nx-fb-trace-id: second\r\n"
                           "Content-Length: 0\r\n\r\n"));
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.header("X-FB-TRACE-ID"), QByteArray("first"));
    QCOMPARE(parser.header("x-fb-trace-id"), QByteArray("first"));
    QCOMPARE(parser.header("content-length"), QByteArray("0"));
    QCOMPARE(parser.header("X-Missing"), QByteArray());
    QCOMPARE(parser.header("X-Fb-Trace"), QByteArray()); // a prefix is not the name
    QCOMPARE(parser.headers().first().first, QByteArray("X-Fb-Trace-Id")); // names keep their case
}

void TestHttpResponseParser::longLineIsBounded()
{
    // A peer that never sends a newline: the parse fails once the line passes the header cap,
    // and uses nothing more, instead of buffering all it is sent.
    HttpResponseParser parser(defaultCap);
    const QByteArray piece(1000, 'a');
    qsizetype consumed = 0;
    int feeds = 0;
    while (!parser.hasFailed() && feeds < 1000) {
        consumed += parser.feed(piece);
        ++feeds;
    }
    QCOMPARE(parser.problem(), Problem::TooLarge);
    QCOMPARE(feeds, int(HttpResponseParser::maxHeaderBytes / piece.size()) + 1);
    QVERIFY(consumed <= HttpResponseParser::maxHeaderBytes);
    QCOMPARE(parser.feed(piece), 0);
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "TestHttpResponseParser.moc"
