// HttpConnectionPool, the batch's keep-alive HTTP/1.1 client, against real servers on
// 127.0.0.1: GraphTestServer for Meta-format answers, and a scripted server below for the
// framing and connection cases a Graph server never shows (chunked, close-delimited, a
// connection dropped while idle, bytes nobody asked for). The same transport under GraphJob's
// error mapping: TestFaultMatrix (coreService rows "pool: …"); TLS and proxies: TestTransport.

#include "GraphTestServer.h"
#include "http/HttpConnectionPool.h"
#include "http/HttpPoolReply.h"
#include "graph/ServiceConfig.h"

#include <QElapsedTimer>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <functional>
#include <memory>

using Response = GraphTestServer::Response;

namespace {

constexpr int waitMs = 10000;

// A loopback server in the test's thread whose answers are raw bytes written by a handler:
// handler(socket, connectionNumber (1-based), requestNumberOnThatConnection (1-based), request head).
class ScriptedServer : public QObject
{
public:
    using Handler = std::function<void(QTcpSocket*, int connection, int request, const QByteArray& head)>;

    explicit ScriptedServer(Handler handler)
        : m_handler(std::move(handler))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                const int connection = ++m_connections;
                auto buffer = std::make_shared<QByteArray>();
                auto requests = std::make_shared<int>(0);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, connection, buffer, requests] {
                    *buffer += socket->readAll();
                    qsizetype end;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                        const QByteArray head = buffer->left(end);
                        buffer->remove(0, end + 4);
                        m_heads.append(head);
                        m_handler(socket, connection, ++*requests, head);
                        if (socket->state() != QAbstractSocket::ConnectedState)
                            return;
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString& path = QStringLiteral("/x")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int connections() const { return m_connections; }
    const QList<QByteArray>& heads() const { return m_heads; }

private:
    QTcpServer m_server;
    Handler m_handler;
    int m_connections = 0;
    QList<QByteArray> m_heads;
};

QByteArray answer(const QByteArray& body, const QByteArray& extraHeaders = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extraHeaders + "\r\n" + body;
}

// A proxy factory with a fixed answer, counting its questions (it remembers nothing, unlike
// the CachingProxyFactory the CLI hands the pool).
class FixedProxyFactory : public QNetworkProxyFactory
{
public:
    explicit FixedProxyFactory(const QNetworkProxy& proxy)
        : m_proxy(proxy)
    {
    }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        ++queries;
        lastQuery = query.url();
        return {m_proxy};
    }
    int queries = 0;
    QUrl lastQuery;

private:
    QNetworkProxy m_proxy;
};

// Waits for \a reply to finish; false after waitMs.
bool waitFor(HttpPoolReply* reply)
{
    return QTest::qWaitFor([reply] { return reply->isFinished(); }, waitMs);
}

} // namespace

class TestHttpConnectionPool : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void answersAndHeaders();
    void neverFinishesSynchronously();
    void reusesOneConnectionForSequentialRequests();
    void parallelRequestsShareAtMostSixConnections();
    void requestTargetIsSentVerbatim();
    void chunkedAnswer();
    void connectionCloseAnswerIsNotReused();
    void http10AnswerDelimitedByClose();
    void faultyFramingRetiresTheConnection_data();
    void faultyFramingRetiresTheConnection();
    void idleConnectionDroppedByServerIsResentOnce_data();
    void idleConnectionDroppedByServerIsResentOnce();
    void freshConnectionClosedWithoutAnswerIsNotResent();
    void bytesNobodyAskedForRetireTheConnection();
    void notHttpIsAProtocolFailure();
    void truncatedBodyIsRemoteHostClosed();
    void sameOriginRedirectIsFollowed();
    void crossOriginRedirectIsRefused();
    void redirectLoopStopsAfterThree();
    void announcedLengthOverTheCapStopsAtOnce();
    void chunkedBodyOverTheCapIsCutOff();
    void idleTimeout();
    void abortFinishesSynchronouslyAndDropsTheConnection();
    void deletingARepliesCancelsIt();
    void connectionRefused();
    void unusableProxyFailsWithoutGoingDirect();
    void proxyIsAskedForANewConnectionWithTheOriginOnly();

private:
    ServiceConfig m_config;
    FixedProxyFactory m_direct{QNetworkProxy::NoProxy};
    std::unique_ptr<HttpConnectionPool> m_pool; ///< fresh for each test, asking m_direct
};

void TestHttpConnectionPool::init()
{
    m_config = ServiceConfig();
    m_config.idleTimeoutMs = 5000;
    m_direct.queries = 0;
    m_pool = std::make_unique<HttpConnectionPool>(&m_direct);
}

void TestHttpConnectionPool::cleanup()
{
    m_pool.reset();
}

void TestHttpConnectionPool::answersAndHeaders()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.enqueue(GraphTestServer::nestedError(400, 190, 463, QStringLiteral("Session has expired"))
                       .withHeader("Retry-After", "7"));
    HttpConnectionPool& pool = *m_pool;
    std::unique_ptr<HttpPoolReply> reply(
        pool.get(server.baseUrl().resolved(QUrl(QStringLiteral("/v25.0/me"))), m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->statusCode(), 400);
    QCOMPARE(reply->header("content-type"), QByteArray("application/json; charset=UTF-8"));
    QCOMPARE(reply->header("RETRY-AFTER"), QByteArray("7"));
    QVERIFY(reply->takeBody().contains("\"error_subcode\":463"));

    const GraphTestServer::Request request = server.lastRequest();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/v25.0/me"));
    QCOMPARE(request.header("Host"), "127.0.0.1:" + QByteArray::number(server.port()));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QVERIFY(request.header("User-Agent").startsWith("LongLived/"));
    // Answers come as they are: nothing to decompress, nothing to get wrong.
    QVERIFY(request.header("Accept-Encoding").isEmpty());
}

void TestHttpConnectionPool::neverFinishesSynchronously()
{
    // Even a request that cannot go anywhere reports on a later turn: callers connect after get().
    FixedProxyFactory hostless(QNetworkProxy(QNetworkProxy::HttpProxy));
    HttpConnectionPool pool(&hostless);
    std::unique_ptr<HttpPoolReply> reply(
        pool.get(QUrl(QStringLiteral("https://graph.facebook.com/me")), m_config.limits()));
    QSignalSpy finished(reply.get(), &HttpPoolReply::finished);
    QVERIFY(!reply->isFinished());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error(), QNetworkReply::ProxyNotFoundError);
}

void TestHttpConnectionPool::reusesOneConnectionForSequentialRequests()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAlong")));
    HttpConnectionPool& pool = *m_pool;
    for (int i = 0; i < 30; ++i) {
        std::unique_ptr<HttpPoolReply> reply(pool.get(server.baseUrl(), m_config.limits()));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->statusCode(), 200);
    }
    QCOMPARE(server.requestCount(), 30);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(pool.connectionsOpened(), 1);
}

void TestHttpConnectionPool::parallelRequestsShareAtMostSixConnections()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAlong")).delayed(20));
    HttpConnectionPool& pool = *m_pool;
    std::vector<std::unique_ptr<HttpPoolReply>> replies;
    for (int i = 0; i < 40; ++i)
        replies.emplace_back(pool.get(server.baseUrl(), m_config.limits()));
    for (const auto& reply : replies) {
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
    }
    QCOMPARE(server.requestCount(), 40);
    QCOMPARE(server.connectionCount(), HttpConnectionPool::maxConnectionsPerOrigin);
    QCOMPARE(pool.connectionsOpened(), HttpConnectionPool::maxConnectionsPerOrigin);
}

void TestHttpConnectionPool::requestTargetIsSentVerbatim()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAlong")));
    HttpConnectionPool& pool = *m_pool;
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/v25.0/oauth/access_token"));
    url.setQuery(QStringLiteral("client_secret=ab%2Bcd%2Fef%3D&fb_exchange_token=EAA%25x"), QUrl::StrictMode);
    std::unique_ptr<HttpPoolReply> reply(pool.get(url, m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(server.lastRequest().rawTarget,
             QByteArray("/v25.0/oauth/access_token?client_secret=ab%2Bcd%2Fef%3D&fb_exchange_token=EAA%25x"));
    QCOMPARE(server.lastRequest().queryValue(QStringLiteral("client_secret")), QStringLiteral("ab+cd/ef="));
}

void TestHttpConnectionPool::chunkedAnswer()
{
    ScriptedServer server([](QTcpSocket* socket, int, int, const QByteArray&) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "7\r\n{\"acces\r\n"
                      "1A;ext=1\r\ns_token\":\"EAAchunked\",\"exp\r\n"
                      "c\r\nires_in\":60}\r\n0\r\nX-Trailer: yes\r\n\r\n");
    });
    QVERIFY(server.start());
    HttpConnectionPool& pool = *m_pool;
    for (int i = 0; i < 2; ++i) {
        std::unique_ptr<HttpPoolReply> reply(pool.get(server.url(), m_config.limits()));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->takeBody(), QByteArray("{\"access_token\":\"EAAchunked\",\"expires_in\":60}"));
    }
    QCOMPARE(server.connections(), 1); // a chunked answer ends cleanly: the connection is reused
}

void TestHttpConnectionPool::connectionCloseAnswerIsNotReused()
{
    ScriptedServer server([](QTcpSocket* socket, int, int, const QByteArray&) {
        socket->write(answer("{}", "Connection: close\r\n"));
        socket->disconnectFromHost();
    });
    QVERIFY(server.start());
    HttpConnectionPool& pool = *m_pool;
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<HttpPoolReply> reply(pool.get(server.url(), m_config.limits()));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->takeBody(), QByteArray("{}"));
    }
    QCOMPARE(server.connections(), 3);
}

void TestHttpConnectionPool::http10AnswerDelimitedByClose()
{
    ScriptedServer server([](QTcpSocket* socket, int, int, const QByteArray&) {
        socket->write("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"access_token\":\"EAAold\"}");
        socket->disconnectFromHost();
    });
    QVERIFY(server.start());
    HttpConnectionPool& pool = *m_pool;
    std::unique_ptr<HttpPoolReply> reply(pool.get(server.url(), m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->takeBody(), QByteArray("{\"access_token\":\"EAAold\"}"));
}

void TestHttpConnectionPool::faultyFramingRetiresTheConnection_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    const QByteArray chunkedBody = "7\r\n{\"n\":1}\r\n0\r\n\r\n";
    // Both framings: one of them was added by someone in between; the answer is not trusted.
    QTest::addRow("content-length and chunked")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(chunkedBody.size()) + "\r\nTransfer-Encoding: chunked\r\n\r\n" + chunkedBody)
        << QNetworkReply::ProtocolFailure;
    // Chunked in HTTP/1.0, even with keep-alive: the answer is read, the connection closed.
    QTest::addRow("http/1.0 chunked, keep-alive")
        << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n" + chunkedBody)
        << QNetworkReply::NoError;
}

void TestHttpConnectionPool::faultyFramingRetiresTheConnection()
{
    QFETCH(QByteArray, answer);
    QFETCH(QNetworkReply::NetworkError, error);
    // The server keeps every connection open; the client must not send another request on one.
    ScriptedServer server([answer](QTcpSocket* socket, int, int, const QByteArray&) { socket->write(answer); });
    QVERIFY(server.start());
    HttpConnectionPool& pool = *m_pool;
    for (int i = 1; i <= 3; ++i) {
        std::unique_ptr<HttpPoolReply> reply(pool.get(server.url(), m_config.limits()));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->error(), error);
        QCOMPARE(reply->takeBody(), error == QNetworkReply::NoError ? QByteArray("{\"n\":1}") : QByteArray());
        QCOMPARE(server.connections(), i);
    }
    QCOMPARE(pool.connectionsOpened(), 3);
}

void TestHttpConnectionPool::idleConnectionDroppedByServerIsResentOnce_data()
{
    QTest::addColumn<QByteArray>("lastWords");
    QTest::newRow("reset") << QByteArray();
    QTest::newRow("an empty line, then closed") << QByteArray("\r\n"); // no answer either (RFC 9112 §2.2)
}

void TestHttpConnectionPool::idleConnectionDroppedByServerIsResentOnce()
{
    // The server answers one request per connection, keep-alive announced, and drops the
    // connection when the next request arrives (an idle timeout racing the request).
    QFETCH(QByteArray, lastWords);
    ScriptedServer server([lastWords](QTcpSocket* socket, int, int request, const QByteArray&) {
        if (request == 1) {
            socket->write(answer("{\"n\":1}"));
        } else if (lastWords.isEmpty()) {
            socket->abort();
        } else {
            socket->write(lastWords);
            socket->disconnectFromHost();
        }
    });
    QVERIFY(server.start());
    HttpConnectionPool& pool = *m_pool;
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<HttpPoolReply> reply(pool.get(server.url(), m_config.limits()));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
    }
    // 1 on the first connection; then each request: dropped on the old one, answered on a new one.
    QCOMPARE(server.connections(), 3);
    QCOMPARE(server.heads().size(), 5);
}

void TestHttpConnectionPool::freshConnectionClosedWithoutAnswerIsNotResent()
{
    ScriptedServer server([](QTcpSocket* socket, int, int, const QByteArray&) { socket->disconnectFromHost(); });
    QVERIFY(server.start());
    HttpConnectionPool& pool = *m_pool;
    std::unique_ptr<HttpPoolReply> reply(pool.get(server.url(), m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(server.heads().size(), 1); // a server that never answers is not asked again and again
}

void TestHttpConnectionPool::bytesNobodyAskedForRetireTheConnection()
{
    ScriptedServer server([](QTcpSocket* socket, int connection, int, const QByteArray&) {
        socket->write(answer("{\"c\":" + QByteArray::number(connection) + "}") + "HTTP/1.1 200 OK\r\n");
    });
    QVERIFY(server.start());
    HttpConnectionPool& pool = *m_pool;
    for (int i = 1; i <= 2; ++i) {
        std::unique_ptr<HttpPoolReply> reply(pool.get(server.url(), m_config.limits()));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->takeBody(), "{\"c\":" + QByteArray::number(i) + "}");
    }
    QCOMPARE(server.connections(), 2);
}

void TestHttpConnectionPool::notHttpIsAProtocolFailure()
{
    ScriptedServer server([](QTcpSocket* socket, int, int, const QByteArray&) {
        socket->write("SSH-2.0-OpenSSH_9.2\r\n\r\n");
    });
    QVERIFY(server.start());
    HttpConnectionPool& pool = *m_pool;
    std::unique_ptr<HttpPoolReply> reply(pool.get(server.url(), m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::ProtocolFailure);
    QVERIFY(reply->takeBody().isEmpty());
}

void TestHttpConnectionPool::truncatedBodyIsRemoteHostClosed()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.setDefaultResponse(GraphTestServer::tokenResponse(QString(200, QLatin1Char('t'))).resetMidBody(40));
    HttpConnectionPool& pool = *m_pool;
    std::unique_ptr<HttpPoolReply> reply(pool.get(server.baseUrl(), m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QVERIFY(reply->takeBody().isEmpty()); // half an answer is no answer
    QCOMPARE(server.requestCount(), 1);   // bytes had arrived: not sent again
}

void TestHttpConnectionPool::sameOriginRedirectIsFollowed()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.enqueue(Response::json(302, QByteArray()).withHeader("Location", "/v25.0/moved?x=1"));
    server.enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAmoved")));
    HttpConnectionPool& pool = *m_pool;
    std::unique_ptr<HttpPoolReply> reply(
        pool.get(server.baseUrl().resolved(QUrl(QStringLiteral("/v25.0/a"))), m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->statusCode(), 200);
    QCOMPARE(reply->redirectCount(), 1);
    QCOMPARE(reply->url().path(), QStringLiteral("/v25.0/moved"));
    QVERIFY(reply->takeBody().contains("EAAmoved"));
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.lastRequest().path, QStringLiteral("/v25.0/moved"));
}

void TestHttpConnectionPool::crossOriginRedirectIsRefused()
{
    GraphTestServer server;
    QVERIFY(server.start());
    GraphTestServer other;
    QVERIFY(other.start());
    other.setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAstolen")));
    const QByteArray elsewhere = other.baseUrl().toEncoded() + "/collect";
    server.enqueue(Response::json(307, QByteArray()).withHeader("Location", elsewhere));
    HttpConnectionPool& pool = *m_pool;
    std::unique_ptr<HttpPoolReply> reply(pool.get(server.baseUrl(), m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::InsecureRedirectError);
    // A probe of our own to the other server: had the pool followed the redirect, its request
    // would have reached that server first.
    std::unique_ptr<HttpPoolReply> probe(
        pool.get(QUrl(other.baseUrl().toString() + QStringLiteral("/probe")), m_config.limits()));
    QVERIFY(waitFor(probe.get()));
    QCOMPARE(other.requestCount(), 1);
    QVERIFY(other.lastRequest().path.endsWith(QLatin1String("/probe")));
}

void TestHttpConnectionPool::redirectLoopStopsAfterThree()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.setDefaultResponse(Response::json(301, QByteArray()).withHeader("Location", "/again"));
    HttpConnectionPool& pool = *m_pool;
    std::unique_ptr<HttpPoolReply> reply(pool.get(server.baseUrl(), m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::TooManyRedirectsError);
    QCOMPARE(server.requestCount(), 1 + HttpConnectionPool::maxRedirects);
}

void TestHttpConnectionPool::announcedLengthOverTheCapStopsAtOnce()
{
    ScriptedServer server([](QTcpSocket* socket, int, int, const QByteArray&) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 67108864\r\n\r\n{\"access_token\":\"");
    });
    QVERIFY(server.start());
    m_config.maxResponseBytes = 1024 * 1024;
    HttpConnectionPool& pool = *m_pool;
    std::unique_ptr<HttpPoolReply> reply(pool.get(server.url(), m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QVERIFY(reply->exceededSizeLimit());
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QVERIFY(reply->takeBody().isEmpty());
}

void TestHttpConnectionPool::chunkedBodyOverTheCapIsCutOff()
{
    // Chunks without end: the reply stops at the cap, whatever the server would still send.
    ScriptedServer server([](QTcpSocket* socket, int, int, const QByteArray&) {
        socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = "4000\r\n" + QByteArray(0x4000, 'x') + "\r\n";
        for (int i = 0; i < 64; ++i)
            socket->write(chunk);
    });
    QVERIFY(server.start());
    m_config.maxResponseBytes = 100 * 1024;
    HttpConnectionPool& pool = *m_pool;
    std::unique_ptr<HttpPoolReply> reply(pool.get(server.url(), m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QVERIFY(reply->exceededSizeLimit());
    QVERIFY(reply->takeBody().isEmpty());
}

void TestHttpConnectionPool::idleTimeout()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.enqueue(Response::neverAnswer());
    m_config.idleTimeoutMs = 300;
    HttpConnectionPool& pool = *m_pool;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<HttpPoolReply> reply(pool.get(server.baseUrl(), m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::TimeoutError);
    // Not before it (a precise timer: never early; 2 ms for rounding to whole milliseconds).
    QVERIFY2(clock.elapsed() >= 300 - 2, QByteArray::number(clock.elapsed()).constData());

    // A drip-fed answer keeps an idle timeout from firing: each byte restarts it.
    server.enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAslow")).dripFeed(60));
    std::unique_ptr<HttpPoolReply> slow(pool.get(server.baseUrl(), m_config.limits()));
    QVERIFY(waitFor(slow.get()));
    QCOMPARE(slow->error(), QNetworkReply::NoError);
}

void TestHttpConnectionPool::abortFinishesSynchronouslyAndDropsTheConnection()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAlate")).delayed(300));
    server.enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAnext")));
    HttpConnectionPool& pool = *m_pool;
    std::unique_ptr<HttpPoolReply> reply(pool.get(server.baseUrl(), m_config.limits()));
    QSignalSpy finished(reply.get(), &HttpPoolReply::finished);
    QTRY_COMPARE(server.requestCount(), 1);
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    reply->abort();
    QCOMPARE(finished.count(), 1);

    // The late answer must not be taken for the next request's.
    std::unique_ptr<HttpPoolReply> next(pool.get(server.baseUrl(), m_config.limits()));
    QVERIFY(waitFor(next.get()));
    QVERIFY(next->takeBody().contains("EAAnext"));
    QCOMPARE(server.connectionCount(), 2);
}

void TestHttpConnectionPool::deletingARepliesCancelsIt()
{
    GraphTestServer server;
    QVERIFY(server.start());
    // Slow enough that the first answers are still on their way when replies are deleted below.
    server.setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAlong")).delayed(300));
    HttpConnectionPool& pool = *m_pool;
    std::vector<std::unique_ptr<HttpPoolReply>> replies;
    for (int i = 0; i < 10; ++i)
        replies.emplace_back(pool.get(server.baseUrl(), m_config.limits()));
    QTRY_VERIFY(server.requestCount() >= 1);
    replies[0].reset(); // in flight
    replies[9].reset(); // still queued (6 connections at most)
    for (size_t i = 1; i < 9; ++i) {
        QVERIFY(waitFor(replies[i].get()));
        QCOMPARE(replies[i]->error(), QNetworkReply::NoError);
    }
    // The queue is first in, first out: a last request of our own is sent after the deleted
    // queued one would have been, so once it is answered the count is final.
    std::unique_ptr<HttpPoolReply> last(pool.get(server.baseUrl(), m_config.limits()));
    QVERIFY(waitFor(last.get()));
    QCOMPARE(server.requestCount(), 10);
}

void TestHttpConnectionPool::connectionRefused()
{
    quint16 port;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    HttpConnectionPool& pool = *m_pool;
    std::unique_ptr<HttpPoolReply> reply(
        pool.get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
}

void TestHttpConnectionPool::unusableProxyFailsWithoutGoingDirect()
{
    GraphTestServer server;
    QVERIFY(server.start());
    // EnvironmentProxyFactory's answer for a proxy variable it cannot use: a proxy without host.
    FixedProxyFactory hostless(QNetworkProxy(QNetworkProxy::HttpProxy, QString(), 0));
    HttpConnectionPool pool(&hostless);
    std::unique_ptr<HttpPoolReply> reply(pool.get(server.baseUrl(), m_config.limits()));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::ProxyNotFoundError);
    QCOMPARE(server.connectionCount(), 0);
}

void TestHttpConnectionPool::proxyIsAskedForANewConnectionWithTheOriginOnly()
{
    // The pool keeps no answer of its own (the factory is where answers are remembered: see
    // TestCachingProxyFactory); it asks when it adds a connection, and requests on a kept-alive
    // connection ask nothing.
    GraphTestServer server;
    QVERIFY(server.start());
    server.setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAlong")));
    HttpConnectionPool& pool = *m_pool;
    for (int i = 0; i < 5; ++i) {
        std::unique_ptr<HttpPoolReply> reply(
            pool.get(server.baseUrl().resolved(QUrl(QStringLiteral("/p%1").arg(i))), m_config.limits()));
        QVERIFY(waitFor(reply.get()));
    }
    QCOMPARE(m_direct.queries, 1);
    // Asked with the origin only: no path, no query (the secrets stay out of proxy lookups, PAC scripts included).
    QCOMPARE(m_direct.lastQuery, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
}

QTEST_GUILESS_MAIN(TestHttpConnectionPool)
#include "TestHttpConnectionPool.moc"
