// CachingProxyFactory, the one place where a proxy decision is remembered: its policy is asked
// once per origin (scheme, host, port) and sees nothing but the origin; and the two transports
// share it, as the CLI wires them — NetworkManagerTransport through the network manager's
// factory, HttpConnectionPool handed the same instance — so a batch of many requests to two
// origins through both asks the policy exactly twice. The policy itself (environment, no_proxy,
// loopback): TestEnvironmentProxyFactory; proxies on the wire: TestTransport.

#include "GraphTestServer.h"
#include "graph/ServiceConfig.h"
#include "http/CachingProxyFactory.h"
#include "http/HttpConnectionPool.h"
#include "http/NetworkManagerTransport.h"
#include "http/TransportReply.h"

#include <QHash>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QtTest>

#include <memory>
#include <vector>

namespace {

constexpr int waitMs = 10000;

// The policy under the cache: counts its queries per origin (from any thread: the network
// manager may ask from its own) and answers "direct".
struct CountingPolicy {
    QMutex mutex;
    QHash<QString, int> queries; ///< by the URL the policy was asked with
    QList<QNetworkProxyQuery::QueryType> types;

    QList<QNetworkProxy> answer(const QNetworkProxyQuery& query)
    {
        QMutexLocker lock(&mutex);
        ++queries[query.url().toString()];
        types << query.queryType();
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    }
    int count(const QString& url)
    {
        QMutexLocker lock(&mutex);
        return queries.value(url);
    }
    int total()
    {
        QMutexLocker lock(&mutex);
        int sum = 0;
        for (int n : std::as_const(queries))
            sum += n;
        return sum;
    }
};

CachingProxyFactory::Policy countedBy(const std::shared_ptr<CountingPolicy>& policy)
{
    return [policy](const QNetworkProxyQuery& query) { return policy->answer(query); };
}

// Sends \a count GETs to \a base through \a transport at once, as a batch does, and waits for
// all of them; false when one failed or did not finish.
bool sendMany(HttpTransport& transport, const QUrl& base, int count)
{
    std::vector<std::unique_ptr<TransportReply>> replies;
    int finished = 0;
    for (int i = 0; i < count; ++i) {
        // A different path and query each time: none of it may make another proxy question.
        const QUrl url = base.resolved(QUrl(QStringLiteral("/v25.0/oauth/access_token?client_secret=S%1").arg(i)));
        replies.emplace_back(transport.get(url, ServiceConfig().limits()));
        QObject::connect(replies.back().get(), &TransportReply::finished, [&finished] { ++finished; });
    }
    if (!QTest::qWaitFor([&] { return finished == count; }, waitMs))
        return false;
    for (const auto& reply : replies) {
        if (reply->error() != QNetworkReply::NoError || reply->statusCode() != 200)
            return false;
    }
    return true;
}

QString originOf(const GraphTestServer& server)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(server.port());
}

} // namespace

class TestCachingProxyFactory : public QObject {
    Q_OBJECT

private slots:
    void askedOncePerOriginWithTheOriginOnly();
    void otherQueriesAreKeptApart();
    void bothTransportsShareOneAnswerPerOrigin();
};

void TestCachingProxyFactory::askedOncePerOriginWithTheOriginOnly()
{
    auto policy = std::make_shared<CountingPolicy>();
    CachingProxyFactory factory(countedBy(policy));
    for (const char* url : {"https://graph.facebook.com/v25.0/oauth/access_token?client_secret=S3cret",
                            "https://graph.facebook.com:443/me", "HTTPS://Graph.Facebook.com/debug_token"}) {
        const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(QString::fromLatin1(url))));
        QCOMPARE(proxies.value(0).type(), QNetworkProxy::NoProxy);
    }
    QCOMPARE(policy->total(), 1);
    // The path and the query (a secret) never reach the policy, nor a PAC script behind it.
    QCOMPARE(policy->queries.keys(), QStringList {QStringLiteral("https://graph.facebook.com")});

    // Another scheme, port or host is another origin: its own question, then remembered too.
    for (const char* url : {"http://graph.facebook.com/", "https://graph.facebook.com:8443/",
                            "https://graph.threads.net/", "http://graph.facebook.com/x", "https://graph.threads.net/y"})
        factory.queryProxy(QNetworkProxyQuery(QUrl(QString::fromLatin1(url))));
    QCOMPARE(policy->total(), 4);
    QCOMPARE(policy->count(QStringLiteral("https://graph.facebook.com:8443")), 1);
}

void TestCachingProxyFactory::otherQueriesAreKeptApart()
{
    // A raw TCP question about the same host is not a URL request: it is not answered from
    // the URL's entry.
    auto policy = std::make_shared<CountingPolicy>();
    CachingProxyFactory factory(countedBy(policy));
    factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://graph.facebook.com/"))));
    factory.queryProxy(QNetworkProxyQuery(QStringLiteral("graph.facebook.com"), 443));
    factory.queryProxy(QNetworkProxyQuery(QStringLiteral("graph.facebook.com"), 443));
    QCOMPARE(policy->total(), 2);
    QCOMPARE(policy->types,
             (QList<QNetworkProxyQuery::QueryType> {QNetworkProxyQuery::UrlRequest, QNetworkProxyQuery::TcpSocket}));
}

void TestCachingProxyFactory::bothTransportsShareOneAnswerPerOrigin()
{
    GraphTestServer first;
    GraphTestServer second;
    QVERIFY(first.start());
    QVERIFY(second.start());
    for (GraphTestServer* server : {&first, &second})
        server->setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAlong")).delayed(5));

    // Wired as CliSession and the batch command wire them.
    auto policy = std::make_shared<CountingPolicy>();
    QNetworkAccessManager network;
    network.setProxyFactory(new CachingProxyFactory(countedBy(policy))); // the manager owns it
    NetworkManagerTransport manager(&network);
    HttpConnectionPool pool(network.proxyFactory());

    // The network manager asks first for one origin, the pool first for the other.
    QVERIFY(sendMany(manager, first.baseUrl(), 20));
    QCOMPARE(policy->count(originOf(first)), 1); // the manager did ask: through the cache
    QVERIFY(sendMany(pool, second.baseUrl(), 20));
    QCOMPARE(policy->count(originOf(second)), 1);
    QVERIFY(sendMany(pool, first.baseUrl(), 20));
    QVERIFY(sendMany(manager, second.baseUrl(), 20));

    QCOMPARE(first.requestCount() + second.requestCount(), 80);
    QVERIFY2(pool.connectionsOpened() > 2, "the pool opened several connections, and asked for none of them");
    QCOMPARE(policy->count(originOf(first)), 1);
    QCOMPARE(policy->count(originOf(second)), 1);
    QCOMPARE(policy->total(), 2);
}

QTEST_GUILESS_MAIN(TestCachingProxyFactory)
#include "TestCachingProxyFactory.moc"
