#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

/// Reads one HTTP/1.1 response from the bytes of a connection, as they arrive, in any pieces:
/// the status line, the headers, and a body delimited by Content-Length, by chunked
/// transfer-coding or by the close of the connection. Interim 1xx answers are skipped.
///
/// Strict where leniency would hurt, following RFC 9112 where readers could disagree about
/// where an answer ends: a body larger than the cap stops the parse (the announced
/// Content-Length alone is enough), as do conflicting lengths, Transfer-Encoding together with
/// Content-Length, a coding other than chunked, a malformed status line or chunk size
/// (whitespace before it included), a field name that is not a token, a folded line, a control
/// character in a field value, and a header section over 64 KiB. Chunks in an HTTP/1.0 answer
/// are read, but the connection is not reused. Lenient where real servers are sloppy and no
/// reader could disagree: bare LF line ends, a missing reason phrase, whitespace around header
/// values and after a chunk size.
///
/// Pure: no I/O, no Qt event loop, no logging; every byte sequence ends in Complete, Failed or
/// "needs more" (tested byte by byte and fuzzed).
class HttpResponseParser
{
public:
    enum class State {
        StatusLine,
        Headers,
        Body,        ///< Content-Length bytes, or everything up to the close
        ChunkSize,
        ChunkData,
        ChunkDataEnd, ///< the CRLF after a chunk's data
        Trailers,
        Complete,
        Failed,
    };
    enum class Problem {
        None,
        Malformed,        ///< not HTTP/1.x, or framing that cannot be trusted
        TooLarge,         ///< the body (or the header section) exceeds its cap
        Truncated,        ///< the connection closed before the response was complete
    };

    static constexpr qsizetype maxHeaderBytes = 64 * 1024;

    explicit HttpResponseParser(qint64 maxBodyBytes);

    /// Consumes bytes of \a data and returns how many it used: all of them, or fewer when the
    /// response ended (or failed) within them. What is left belongs to no request of ours.
    qsizetype feed(const char* data, qsizetype size);
    qsizetype feed(const QByteArray& data) { return feed(data.constData(), data.size()); }
    /// The connection was closed: ends a body delimited by the close, otherwise the response
    /// fails as Truncated (unless already complete).
    void closed();

    State state() const { return m_state; }
    bool isComplete() const { return m_state == State::Complete; }
    bool hasFailed() const { return m_state == State::Failed; }
    Problem problem() const { return m_problem; }
    /// Whether any byte of a response arrived (a reused connection closed before any byte
    /// means the server had dropped it: the request may be sent again).
    bool hasStarted() const { return m_started; }

    int statusCode() const { return m_status; }
    int minorVersion() const { return m_minorVersion; }
    /// The first value of header \a name (case-insensitive), trimmed; empty when absent.
    QByteArray header(const QByteArray& name) const;
    const QList<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }
    const QByteArray& body() const { return m_body; }
    QByteArray takeBody() { return std::move(m_body); }
    /// After a complete response: whether the connection may carry the next request
    /// (HTTP/1.1 without "Connection: close", or HTTP/1.0 with "keep-alive"; never when the
    /// body was delimited by the close, nor after chunks in HTTP/1.0).
    bool keepAlive() const;

private:
    /// Takes the next line (without its CR LF) from m_line plus \a data; false = needs more.
    bool takeLine(const char*& data, const char* end, QByteArray& line);
    bool parseStatusLine(const QByteArray& line);
    bool parseHeaderLine(const QByteArray& line);
    /// Feeds on: marks the response started once a byte of it arrived.
    void noteStart(const char* data, const char* end);
    /// One step of the state machine: reads a line or a piece of body from \a data.
    void step(const char*& data, const char* end);
    void lineRead(const QByteArray& line);
    void statusLineRead(const QByteArray& line);
    void headerLineRead(const QByteArray& line);
    void chunkEndRead(const QByteArray& line);
    void trailerLineRead(const QByteArray& line);
    void readBody(const char*& data, const char* end);
    void readChunkData(const char*& data, const char* end);
    /// The header section ended: chooses how the body is framed.
    void headersDone();
    void interimDone();
    void startChunks(const QList<QByteArray>& codings);
    void startBody();
    bool parseChunkSize(const QByteArray& line);
    void appendBody(const char* data, qsizetype size);
    void fail(Problem problem);
    void resetForNextHead();

    qint64 m_maxBodyBytes;
    State m_state = State::StatusLine;
    Problem m_problem = Problem::None;
    bool m_started = false;
    int m_status = 0;
    int m_minorVersion = 1;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qsizetype m_headerBytes = 0;
    QByteArray m_line; ///< a partial line carried over between feeds
    QByteArray m_body;
    qint64 m_remaining = -1; ///< Body / ChunkData: bytes still to read; -1 in Body = until the close
    bool m_chunked = false;
    bool m_closeDelimited = false;
    bool m_closeAfter = false; ///< framing that is read but not trusted for a next answer
};
