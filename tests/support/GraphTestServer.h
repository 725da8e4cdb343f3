#pragma once

// GraphTestServer — a loopback, Graph-compatible HTTP/1.1 server for tests.
//
// Usage (read this first):
//
//     GraphTestServer server;
//     QVERIFY(server.start());                       // 127.0.0.1, ephemeral port, own QThread
//     ServiceConfig config;
//     config.facebookBaseUrl = config.threadsBaseUrl = config.instagramBaseUrl = server.baseUrl();
//     server.enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAlong"), 5183944));
//     server.enqueue(GraphTestServer::nestedError(400, 190, 463, QStringLiteral("Session has expired")));
//     ... run the client (a TokenService, or the CLI through QProcess::waitForFinished) ...
//     QTRY_COMPARE(server.requestCount(), 1);
//     const GraphTestServer::Request r = server.lastRequest();
//     QCOMPARE(r.path, QStringLiteral("/v25.0/oauth/access_token"));
//     QCOMPARE(r.queryValue(QStringLiteral("client_secret")), secret);   // fully decoded
//
// - The server runs in its own QThread: it keeps answering while the test thread blocks
//   (QProcess::waitForFinished, QEventLoop-less waits). Every public method is thread-safe.
// - Which answer a request gets: the next enqueue()d response (FIFO) if any; otherwise the
//   handler set with setHandler() (called IN THE SERVER THREAD: do not touch test-thread
//   objects or QTest macros from it; it may call this server's methods); otherwise the
//   default response (setDefaultResponse(); initially a 500 Graph error saying nothing was
//   scripted, so a forgotten enqueue() fails loudly).
// - Behaviours (Response::behaviour): Normal, NeverAnswer (reads the request, never answers),
//   CloseWithoutAnswer, ResetMidBody (Content-Length larger than what is sent, then close),
//   DripFeed (body one byte every dripIntervalMs). delayMs delays any of them.
//   Beware: Qt's HTTP client transparently RESENDS an idempotent GET (up to 3 times) when the
//   connection closes before any byte of an answer; for CloseWithoutAnswer use
//   setDefaultResponse() (or enqueue it several times) and expect requestCount() >= 1.
//   Under load the same can happen with ResetMidBody (Qt sees the close before the bytes):
//   make it the default response too, so a resent request is cut the same way.
// - The query is decoded as application/x-www-form-urlencoded, the way Meta's servers read it:
//   '+' becomes a space, then %XX is decoded. A secret containing '+' that the client does not
//   percent-encode therefore arrives altered here, exactly as it would at Meta.
// - Helpers (tokenResponse, nestedError, flatError, html, ...) produce Meta's real formats:
//   compact JSON with '/' escaped as "\/", non-ASCII as \uXXXX, keys in Meta's order, and
//   application/json; charset=UTF-8.
// - Response and Request are Qt metatypes: usable as QTest::addColumn<GraphTestServer::Response>.
// - Also built: the standalone `longlived-fake-graph --port N` (fake_graph_main.cpp).
// - Smoke test and examples of every behaviour: tests/unit/TestGraphTestServer.cpp.
//   Tip: moc chokes on raw string literals R"(...)" inside QCOMPARE in a file that includes its
//   own .moc ("missing ')' in macro usage"); use ordinary escaped strings there.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class GraphTestServer
{
public:
    using Header = QPair<QByteArray, QByteArray>;
    using QueryItem = QPair<QString, QString>;

    /// One request as the server received it.
    struct Request {
        int serial = 0;              ///< 1-based, in arrival order (survives clearRequests())
        int connection = 0;          ///< 1-based TCP connection number (keep-alive reuse shows here)
        QByteArray method;           ///< "GET", ...
        QString path;                ///< percent-decoded path, e.g. "/v25.0/oauth/access_token"
        QByteArray rawTarget;        ///< the request target exactly as sent (path?query)
        QByteArray rawQuery;         ///< the query exactly as sent (still percent-encoded), no '?'
        QList<QueryItem> query;      ///< fully decoded ('+' = space, %XX decoded), in order
        QList<Header> headers;       ///< as sent, names with their original case
        QByteArray body;
        QDateTime receivedAt;        ///< UTC

        /// The first decoded value of \a key; a null QString when absent.
        QString queryValue(const QString& key) const;
        QStringList queryValues(const QString& key) const;
        bool hasQueryItem(const QString& key) const;
        QStringList queryKeys() const;
        /// Case-insensitive header lookup; empty when absent.
        QByteArray header(const QByteArray& name) const;
    };

    /// One scripted answer. Modifiers return a copy, so they chain on temporaries:
    /// `server.enqueue(GraphTestServer::tokenResponse(t).delayed(200).dripFeed(50));`
    struct Response {
        enum class Behaviour {
            Normal,             ///< status line, headers, whole body
            NeverAnswer,        ///< accept and read the request, never write a byte
            CloseWithoutAnswer, ///< read the request, close the connection without a byte
            ResetMidBody,       ///< headers with the full Content-Length, part of the body, close
            DripFeed,           ///< headers at once, then the body one byte every dripIntervalMs
        };

        int status = 200;
        QByteArray reason;       ///< empty = the standard phrase for status
        QByteArray contentType = QByteArrayLiteral("application/json; charset=UTF-8"); ///< empty = no header
        QByteArray body;
        QList<Header> headers;   ///< extra headers (Retry-After, WWW-Authenticate, ...)
        Behaviour behaviour = Behaviour::Normal;
        int delayMs = 0;         ///< wait this long before answering (any behaviour)
        int dripIntervalMs = 20; ///< DripFeed: pause between two body bytes
        qint64 resetAfterBytes = -1; ///< ResetMidBody: body bytes sent before closing; -1 = half

        Response withHeader(const QByteArray& name, const QByteArray& value) const;
        Response withStatus(int status) const;
        Response withContentType(const QByteArray& contentType) const;
        Response delayed(int ms) const;
        Response dripFeed(int intervalMs = 20) const;
        Response resetMidBody(qint64 afterBytes = -1) const;

        static Response json(int status, const QByteArray& body);
        static Response neverAnswer();
        static Response closeWithoutAnswer();
    };

    using Handler = std::function<Response(const Request&)>;

    GraphTestServer();
    ~GraphTestServer(); ///< stops the thread; open connections are closed
    GraphTestServer(const GraphTestServer&) = delete;
    GraphTestServer& operator=(const GraphTestServer&) = delete;

    /// Starts listening on 127.0.0.1:\a port (0 = ephemeral) in the server thread.
    bool start(quint16 port = 0);
    /// Closes every connection and stops the thread; called by the destructor.
    void stop();
    bool isRunning() const;
    quint16 port() const;
    /// http://127.0.0.1:PORT (no trailing slash).
    QUrl baseUrl() const;

    // Scripting
    void enqueue(const Response& response);
    int pendingResponses() const;
    void setDefaultResponse(const Response& response);
    /// Called in the SERVER THREAD for every request that no enqueued response answers.
    /// Pass an empty function to remove it.
    void setHandler(Handler handler);

    // What arrived
    QList<Request> requests() const;
    Request lastRequest() const; ///< a default Request (serial 0) when none arrived
    int requestCount() const;
    void clearRequests();
    /// TCP connections accepted so far (a refused-before-sending call must leave it at 0).
    int connectionCount() const;
    /// The most requests that were at the server at one moment: received, answer not yet
    /// written (a delayed answer keeps its request in flight until it is written).
    int maxRequestsInFlight() const;

    // Meta's real formats
    /// {"access_token":…,"token_type":…,"expires_in":…}; expiresIn < 0 leaves expires_in out,
    /// an empty tokenType leaves token_type out.
    static Response tokenResponse(const QString& token, qint64 expiresIn = 5183944,
                                  const QString& tokenType = QStringLiteral("bearer"));
    /// Very old Graph answers: {"access_token":…,"token_type":…,"expires":…}.
    static Response legacyExpiresResponse(const QString& token, qint64 expires = 5183944,
                                          const QString& tokenType = QStringLiteral("bearer"));
    /// {"error":{"message","type","code","error_subcode","error_user_title","error_user_msg",
    /// "fbtrace_id"}} (subcode 0 and empty strings are left out). Adds Meta's
    /// WWW-Authenticate: OAuth "Facebook Platform" "invalid_token"|"invalid_request" "<message>"
    /// header for OAuthException, and x-fb-request-id / x-fb-trace-id = fbtraceId.
    static Response nestedError(int httpStatus, int code, int subcode, const QString& message,
                                const QString& type = QStringLiteral("OAuthException"),
                                const QString& fbtraceId = QStringLiteral("A1b2C3d4E5f"),
                                const QString& userTitle = {}, const QString& userMsg = {});
    /// Threads / Instagram flat shapes. With \a errorType:
    /// {"error_type":T,"code":code,"error_message":M}; without:
    /// {"error_message":M,"error_code":code}.
    static Response flatError(int httpStatus, int code, const QString& message, const QString& errorType = {},
                              const QString& fbtraceId = {});
    /// A proxy's HTML page (text/html); an empty body gives a generic nginx-like page.
    static Response html(int httpStatus, const QByteArray& body = {});

    /// Compact JSON string literal the way Meta writes it ("\/", \uXXXX), quotes included.
    static QByteArray jsonString(const QString& value);
    /// Standard reason phrase ("Bad Gateway").
    static QByteArray reasonPhrase(int status);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

Q_DECLARE_METATYPE(GraphTestServer::Request)
Q_DECLARE_METATYPE(GraphTestServer::Response)
