// The loopback test server itself: every other network test relies on what it records and
// on each scripted behaviour doing what it says.

#include "GraphTestServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

struct Fetched {
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;
};

Fetched fetch(QNetworkAccessManager& network, const QUrl& url, int transferTimeoutMs = 5000)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(transferTimeoutMs);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Fetched out;
    out.elapsedMs = clock.elapsed();
    out.error = reply->error();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        out.body = reply->readAll();
    out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    out.headers = reply->rawHeaderPairs();
    return out;
}

QUrl withPathAndQuery(const QUrl& base, const QString& path, const QByteArray& encodedQuery)
{
    QUrl url = base;
    url.setPath(path);
    url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    return url;
}

} // namespace

class TestGraphTestServer : public QObject
{
    Q_OBJECT

private slots:
    void startsOnLoopbackEphemeralPort();
    void recordsRequestAndDecodesQuery();
    void answersInOrderThenHandlerThenDefault();
    void keepsAnsweringWhileTestThreadBlocks();
    void neverAnswerKeepsClientWaiting();
    void closeWithoutAnswer();
    void resetMidBodyCutsTheBody();
    void dripFeedSendsSlowly();
    void delayDelaysTheAnswer();
    void countsTheRequestsInFlightAtOnce();
    void helpersProduceMetaFormats();
    void stopsCleanlyWithOpenConnections();
};

void TestGraphTestServer::startsOnLoopbackEphemeralPort()
{
    GraphTestServer server;
    QVERIFY(!server.isRunning());
    QVERIFY(server.start());
    QVERIFY(server.isRunning());
    QVERIFY(server.port() > 0);
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(server.baseUrl().port(), int(server.port()));
    QCOMPARE(server.baseUrl().path(), QString());

    GraphTestServer second;
    QVERIFY(second.start());
    QVERIFY(second.port() != server.port());
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(server.connectionCount(), 0);
}

void TestGraphTestServer::recordsRequestAndDecodesQuery()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAlong")));
    QNetworkAccessManager network;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    // "a+b" raw means "a b" to a form decoder; "%2B" is a real plus.
    const Fetched reply = fetch(network, withPathAndQuery(server.baseUrl(), QStringLiteral("/v25.0/oauth/access_token"),
                                                          "grant_type=fb_exchange_token&client_secret=a%2Bb%2F%3D%25&"
                                                          "raw=a+b&empty=&flag&dup=1&dup=2&utf=%C3%A9"));
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 200);
    QCOMPARE(server.requestCount(), 1);
    const GraphTestServer::Request r = server.lastRequest();
    QCOMPARE(r.serial, 1);
    QCOMPARE(r.connection, 1);
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v25.0/oauth/access_token"));
    QVERIFY(r.rawQuery.startsWith("grant_type=fb_exchange_token&client_secret=a%2Bb%2F%3D%25&raw=a+b"));
    QCOMPARE(r.queryValue(QStringLiteral("grant_type")), QStringLiteral("fb_exchange_token"));
    QCOMPARE(r.queryValue(QStringLiteral("client_secret")), QStringLiteral("a+b/=%"));
    QCOMPARE(r.queryValue(QStringLiteral("raw")), QStringLiteral("a b"));
    QCOMPARE(r.queryValue(QStringLiteral("empty")), QString(QLatin1String("")));
    QVERIFY(!r.queryValue(QStringLiteral("empty")).isNull());
    QVERIFY(r.hasQueryItem(QStringLiteral("flag")));
    QVERIFY(!r.hasQueryItem(QStringLiteral("absent")));
    QVERIFY(r.queryValue(QStringLiteral("absent")).isNull());
    QCOMPARE(r.queryValues(QStringLiteral("dup")), QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(r.queryValue(QStringLiteral("utf")), QStringLiteral("\u00e9"));
    QCOMPARE(r.queryKeys().first(), QStringLiteral("grant_type"));
    QVERIFY(r.header("host").startsWith("127.0.0.1:"));
    QCOMPARE(r.header("HOST"), r.header("Host"));
    QVERIFY(r.receivedAt >= before.addSecs(-1));
    QVERIFY(r.receivedAt <= QDateTime::currentDateTimeUtc().addSecs(1));

    server.clearRequests();
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(server.lastRequest().serial, 0);
}

void TestGraphTestServer::answersInOrderThenHandlerThenDefault()
{
    GraphTestServer server;
    QVERIFY(server.start());
    QNetworkAccessManager network;
    const QUrl url = withPathAndQuery(server.baseUrl(), QStringLiteral("/x"), "a=1");

    // Nothing scripted: a loud 500 Graph error.
    Fetched reply = fetch(network, url);
    QCOMPARE(reply.status, 500);
    QVERIFY(reply.body.contains("no response was scripted"));

    server.enqueue(GraphTestServer::Response::json(201, "{\"n\":1}"));
    server.enqueue(GraphTestServer::Response::json(202, "{\"n\":2}"));
    QCOMPARE(server.pendingResponses(), 2);
    server.setHandler([](const GraphTestServer::Request& request) {
        return GraphTestServer::Response::json(203, "{\"path\":" + GraphTestServer::jsonString(request.path) + "}");
    });
    server.setDefaultResponse(GraphTestServer::Response::json(204, {}));

    QCOMPARE(fetch(network, url).status, 201);
    QCOMPARE(fetch(network, url).status, 202);
    QCOMPARE(server.pendingResponses(), 0);
    reply = fetch(network, url);
    QCOMPARE(reply.status, 203);
    QCOMPARE(reply.body, QByteArray("{\"path\":\"\\/x\"}"));
    server.setHandler({});
    QCOMPARE(fetch(network, url).status, 204);

    // Keep-alive: the QNetworkAccessManager reused one connection for all of them.
    QCOMPARE(server.requestCount(), 5);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.requests().at(4).serial, 5);
}

void TestGraphTestServer::keepsAnsweringWhileTestThreadBlocks()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAblocking"), 60));
    // A blocking client in the test thread: no event loop runs here until the answer is read.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /t?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(socket.waitForBytesWritten(5000));
    QByteArray received;
    while (!received.contains("}") && socket.waitForReadyRead(5000))
        received += socket.readAll();
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
    QVERIFY(received.contains("\r\nContent-Type: application/json; charset=UTF-8\r\n"));
    QVERIFY(received.endsWith("{\"access_token\":\"EAAblocking\",\"token_type\":\"bearer\",\"expires_in\":60}"));
    QCOMPARE(server.lastRequest().queryValue(QStringLiteral("x")), QStringLiteral("1"));
}

void TestGraphTestServer::neverAnswerKeepsClientWaiting()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.enqueue(GraphTestServer::Response::neverAnswer());
    QNetworkAccessManager network;
    const Fetched reply = fetch(network, server.baseUrl(), 300);
    QCOMPARE(reply.error, QNetworkReply::OperationCanceledError); // the client's own idle timeout
    QVERIFY(reply.elapsedMs >= 250);
    QCOMPARE(reply.status, 0);
    QCOMPARE(server.requestCount(), 1);
}

void TestGraphTestServer::closeWithoutAnswer()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.setDefaultResponse(GraphTestServer::Response::closeWithoutAnswer());
    QNetworkAccessManager network;
    const Fetched reply = fetch(network, server.baseUrl());
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(reply.status, 0);
    QVERIFY(server.requestCount() >= 1); // Qt resends an idempotent GET on an early close
}

void TestGraphTestServer::resetMidBodyCutsTheBody()
{
    GraphTestServer server;
    QVERIFY(server.start());
    // As default, not enqueued: under load Qt may see the close before the bytes and resend
    // the GET (see the note in GraphTestServer.h); every attempt must then be cut the same way.
    server.setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAcutcutcutcut")).resetMidBody(10));
    QNetworkAccessManager network;
    const Fetched reply = fetch(network, server.baseUrl());
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(reply.body.size() <= 10);
    QVERIFY(server.requestCount() >= 1);
}

void TestGraphTestServer::dripFeedSendsSlowly()
{
    GraphTestServer server;
    QVERIFY(server.start());
    const QByteArray body = "{\"a\":1}"; // 7 bytes, 30 ms apart: at least 180 ms
    server.enqueue(GraphTestServer::Response::json(200, body).dripFeed(30));
    QNetworkAccessManager network;
    const Fetched reply = fetch(network, server.baseUrl());
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.body, body);
    QVERIFY2(reply.elapsedMs >= 170, QByteArray::number(reply.elapsedMs).constData());

    // The connection is usable again afterwards.
    server.enqueue(GraphTestServer::Response::json(200, "{}"));
    QCOMPARE(fetch(network, server.baseUrl()).body, QByteArray("{}"));
}

void TestGraphTestServer::delayDelaysTheAnswer()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.enqueue(GraphTestServer::Response::json(200, "{}").delayed(200));
    QNetworkAccessManager network;
    const Fetched reply = fetch(network, server.baseUrl());
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY2(reply.elapsedMs >= 180, QByteArray::number(reply.elapsedMs).constData());
}

void TestGraphTestServer::countsTheRequestsInFlightAtOnce()
{
    GraphTestServer server;
    QVERIFY(server.start());
    QNetworkAccessManager network;
    server.setDefaultResponse(GraphTestServer::Response::json(200, "{}"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(fetch(network, server.baseUrl()).error, QNetworkReply::NoError);
    QCOMPARE(server.maxRequestsInFlight(), 1); // one after the other

    // Three at once, each answered after 300 ms: all three are at the server together.
    server.setDefaultResponse(GraphTestServer::Response::json(200, "{}").delayed(300));
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < 3; ++i)
        replies.emplace_back(network.get(QNetworkRequest(server.baseUrl())));
    QVERIFY(QTest::qWaitFor(
        [&] { return std::all_of(replies.cbegin(), replies.cend(), [](const auto& r) { return r->isFinished(); }); },
        5000));
    QCOMPARE(server.maxRequestsInFlight(), 3);
}

void TestGraphTestServer::helpersProduceMetaFormats()
{
    using S = GraphTestServer;
    QCOMPARE(S::tokenResponse(QStringLiteral("EAAx/y"), 5183944).body,
             QByteArray("{\"access_token\":\"EAAx\\/y\",\"token_type\":\"bearer\",\"expires_in\":5183944}"));
    QCOMPARE(S::tokenResponse(QStringLiteral("EAAx"), -1).body,
             QByteArray("{\"access_token\":\"EAAx\",\"token_type\":\"bearer\"}"));
    QCOMPARE(S::tokenResponse(QStringLiteral("TH1"), 5184000, QString()).body,
             QByteArray("{\"access_token\":\"TH1\",\"expires_in\":5184000}"));
    QCOMPARE(S::legacyExpiresResponse(QStringLiteral("EAAx"), 3600).body,
             QByteArray("{\"access_token\":\"EAAx\",\"token_type\":\"bearer\",\"expires\":3600}"));
    QCOMPARE(S::tokenResponse(QStringLiteral("x")).contentType, QByteArray("application/json; charset=UTF-8"));
    QCOMPARE(S::jsonString(QStringLiteral("a\"b\\c/d\u00e9\n")), QByteArray("\"a\\\"b\\\\c\\/d\\u00e9\\n\""));

    const S::Response nested = S::nestedError(400, 190, 463, QStringLiteral("Session has expired"));
    QCOMPARE(nested.status, 400);
    QCOMPARE(nested.body, QByteArray("{\"error\":{\"message\":\"Session has expired\",\"type\":\"OAuthException\","
                                     "\"code\":190,\"error_subcode\":463,\"fbtrace_id\":\"A1b2C3d4E5f\"}}"));
    bool hasWwwAuthenticate = false;
    for (const auto& [name, value] : nested.headers) {
        if (name == "WWW-Authenticate") {
            hasWwwAuthenticate = true;
            QCOMPARE(value, QByteArray("OAuth \"Facebook Platform\" \"invalid_token\" \"Session has expired\""));
        }
    }
    QVERIFY(hasWwwAuthenticate);
    const QJsonObject user = QJsonDocument::fromJson(
                                 S::nestedError(400, 10, 0, QStringLiteral("m"), QStringLiteral("OAuthException"),
                                                QStringLiteral("T"), QStringLiteral("ut"), QStringLiteral("um"))
                                     .body)
                                 .object()
                                 .value(QLatin1String("error"))
                                 .toObject();
    QCOMPARE(user.value(QLatin1String("error_user_title")).toString(), QStringLiteral("ut"));
    QCOMPARE(user.value(QLatin1String("error_user_msg")).toString(), QStringLiteral("um"));
    QVERIFY(!user.contains(QLatin1String("error_subcode")));

    QCOMPARE(S::flatError(400, 400, QStringLiteral("Invalid"), QStringLiteral("OAuthException")).body,
             QByteArray("{\"error_type\":\"OAuthException\",\"code\":400,\"error_message\":\"Invalid\"}"));
    QCOMPARE(S::flatError(400, 1349026, QStringLiteral("No application data")).body,
             QByteArray("{\"error_message\":\"No application data\",\"error_code\":1349026}"));

    const S::Response page = S::html(502);
    QCOMPARE(page.status, 502);
    QVERIFY(page.contentType.startsWith("text/html"));
    QVERIFY(page.body.contains("502 Bad Gateway"));
}

void TestGraphTestServer::stopsCleanlyWithOpenConnections()
{
    auto server = std::make_unique<GraphTestServer>();
    QVERIFY(server->start());
    server->setDefaultResponse(GraphTestServer::Response::neverAnswer());
    QNetworkAccessManager network;
    QNetworkRequest request(server->baseUrl());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QTRY_COMPARE(server->requestCount(), 1);
    QElapsedTimer clock;
    clock.start();
    server.reset(); // must not hang on the open connection
    QVERIFY(clock.elapsed() < 2000);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->error() != QNetworkReply::NoError);
}

QTEST_GUILESS_MAIN(TestGraphTestServer)
#include "TestGraphTestServer.moc"
