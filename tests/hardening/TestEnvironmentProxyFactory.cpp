// EnvironmentProxyFactory: https_proxy / http_proxy / all_proxy / no_proxy as curl reads them,
// loopback never proxied, and an unusable proxy failing the request instead of going direct.
// The decision is a pure function of the URL and the variables; TestTransport proves end to
// end that longlived-cli uses it.

#include "http/EnvironmentProxyFactory.h"
#include "graph/GraphError.h"
#include "GraphTestServer.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenJob.h"
#include "graph/TokenService.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QtTest>

#include <optional>

using Variables = QHash<QString, QString>;
Q_DECLARE_METATYPE(Variables)

namespace {

EnvironmentProxyFactory::Environment environmentOf(const Variables& variables)
{
    return [variables](const char* name) { return variables.value(QString::fromLatin1(name)); };
}

// "direct", "http://host:port", "socks5://host:port", "unusable", or "system" (nullopt).
QString describe(const std::optional<QList<QNetworkProxy>>& proxies)
{
    if (!proxies)
        return QStringLiteral("system");
    if (proxies->size() != 1)
        return QStringLiteral("%1 proxies").arg(proxies->size());
    const QNetworkProxy& p = proxies->constFirst();
    switch (p.type()) {
    case QNetworkProxy::NoProxy:
        return QStringLiteral("direct");
    case QNetworkProxy::HttpProxy:
        if (p.hostName().isEmpty())
            return QStringLiteral("unusable");
        return QStringLiteral("http://%1:%2").arg(p.hostName()).arg(p.port());
    case QNetworkProxy::Socks5Proxy:
        return QStringLiteral("socks5://%1:%2").arg(p.hostName()).arg(p.port());
    default:
        return QStringLiteral("type %1").arg(int(p.type()));
    }
}

} // namespace

class TestEnvironmentProxyFactory : public QObject
{
    Q_OBJECT

private slots:
    void decision_data();
    void decision();
    void proxyCredentialsAreKept();
    void nonUrlQueriesGoDirect();
    void loopbackGoesDirectWithoutVariables();
    void unusableProxyFailsTheRequestInsteadOfGoingDirect();
};

void TestEnvironmentProxyFactory::decision_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Variables>("variables");
    QTest::addColumn<QString>("expected");

    const QString fb = QStringLiteral("https://graph.facebook.com/v25.0/oauth/access_token");
    const QString proxy = QStringLiteral("http://proxy.example:3128");
    const auto vars = [](std::initializer_list<std::pair<const char*, const char*>> list) {
        Variables v;
        for (const auto& [k, value] : list)
            v.insert(QString::fromLatin1(k), QString::fromLatin1(value));
        return v;
    };

    QTest::addRow("nothing set: the system decides") << fb << Variables() << QStringLiteral("system");
    QTest::addRow("https_proxy") << fb << vars({{"https_proxy", "http://proxy.example:3128"}}) << proxy;
    QTest::addRow("HTTPS_PROXY") << fb << vars({{"HTTPS_PROXY", "http://proxy.example:3128"}}) << proxy;
    QTest::addRow("lowercase wins")
        << fb << vars({{"https_proxy", "http://proxy.example:3128"}, {"HTTPS_PROXY", "http://other.example:1"}})
        << proxy;
    QTest::addRow("without scheme (libproxy goes direct)")
        << fb << vars({{"https_proxy", "proxy.example:3128"}}) << proxy;
    QTest::addRow("without port: 1080 as curl")
        << fb << vars({{"https_proxy", "proxy.example"}}) << QStringLiteral("http://proxy.example:1080");
    QTest::addRow("surrounding blanks") << fb << vars({{"https_proxy", "  http://proxy.example:3128\n"}}) << proxy;
    QTest::addRow("http_proxy is not for https") << fb << vars({{"http_proxy", "http://proxy.example:3128"}})
                                                 << QStringLiteral("direct");
    QTest::addRow("all_proxy as fallback") << fb << vars({{"all_proxy", "http://proxy.example:3128"}}) << proxy;
    QTest::addRow("ALL_PROXY as fallback") << fb << vars({{"ALL_PROXY", "http://proxy.example:3128"}}) << proxy;
    QTest::addRow("socks5") << fb << vars({{"https_proxy", "socks5://proxy.example:1080"}})
                            << QStringLiteral("socks5://proxy.example:1080");
    QTest::addRow("socks5h") << fb << vars({{"all_proxy", "socks5h://proxy.example:9050"}})
                             << QStringLiteral("socks5://proxy.example:9050");
    QTest::addRow("https:// proxy: unusable, never direct")
        << fb << vars({{"https_proxy", "https://proxy.example:443"}}) << QStringLiteral("unusable");
    QTest::addRow("socks4: unusable, never direct") << fb << vars({{"https_proxy", "socks4://proxy.example:1080"}})
                                                    << QStringLiteral("unusable");
    QTest::addRow("garbage: unusable, never direct") << fb << vars({{"https_proxy", "http://"}})
                                                     << QStringLiteral("unusable");

    // no_proxy, curl's rules.
    const auto withNoProxy = [&](const char* list) {
        return vars({{"https_proxy", "http://proxy.example:3128"}, {"no_proxy", list}});
    };
    QTest::addRow("no_proxy exact host") << fb << withNoProxy("graph.facebook.com") << QStringLiteral("direct");
    QTest::addRow("no_proxy parent domain (libproxy: proxied)") << fb << withNoProxy("facebook.com")
                                                                << QStringLiteral("direct");
    QTest::addRow("no_proxy .domain") << fb << withNoProxy(".facebook.com") << QStringLiteral("direct");
    QTest::addRow("no_proxy *.domain") << fb << withNoProxy("*.facebook.com") << QStringLiteral("direct");
    QTest::addRow("no_proxy * (libproxy: proxied)") << fb << withNoProxy("*") << QStringLiteral("direct");
    QTest::addRow("no_proxy in a list with blanks") << fb << withNoProxy("example.org, facebook.com ,x")
                                                    << QStringLiteral("direct");
    QTest::addRow("NO_PROXY")
        << fb << vars({{"https_proxy", "http://proxy.example:3128"}, {"NO_PROXY", "facebook.com"}})
        << QStringLiteral("direct");
    QTest::addRow("no_proxy case-insensitive") << fb << withNoProxy("FaceBook.COM") << QStringLiteral("direct");
    QTest::addRow("no_proxy is not a suffix match") << fb << withNoProxy("book.com") << proxy;
    QTest::addRow("no_proxy other domain") << fb << withNoProxy("threads.net,instagram.com") << proxy;
    QTest::addRow("no_proxy matching port") << fb << withNoProxy("graph.facebook.com:443") << QStringLiteral("direct");
    QTest::addRow("no_proxy other port") << fb << withNoProxy("graph.facebook.com:8443") << proxy;
    QTest::addRow("no_proxy alone: direct") << fb << vars({{"no_proxy", "example.org"}}) << QStringLiteral("direct");
    QTest::addRow("no_proxy IP") << QStringLiteral("https://10.1.2.3/x") << withNoProxy("10.1.2.3")
                                 << QStringLiteral("direct");
    QTest::addRow("no_proxy CIDR") << QStringLiteral("https://10.1.2.3/x") << withNoProxy("10.0.0.0/8")
                                   << QStringLiteral("direct");
    QTest::addRow("no_proxy CIDR miss") << QStringLiteral("https://11.1.2.3/x") << withNoProxy("10.0.0.0/8") << proxy;
    QTest::addRow("no_proxy IPv6") << QStringLiteral("https://[fd00::5]/x") << withNoProxy("[fd00::5]")
                                   << QStringLiteral("direct");
    QTest::addRow("no_proxy IPv6 CIDR") << QStringLiteral("https://[fd00::5]/x") << withNoProxy("fd00::/8")
                                        << QStringLiteral("direct");
    QTest::addRow("a name is not an IP") << fb << withNoProxy("157.240.0.0/16") << proxy;

    // Loopback: never through a proxy (plain http is allowed only there, and must stay local).
    const Variables all = vars({{"https_proxy", "http://proxy.example:3128"},
                                {"http_proxy", "http://proxy.example:3128"},
                                {"all_proxy", "http://proxy.example:3128"}});
    QTest::addRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8765/x") << all << QStringLiteral("direct");
    QTest::addRow("http 127.5.6.7") << QStringLiteral("http://127.5.6.7:8765/x") << all << QStringLiteral("direct");
    QTest::addRow("http localhost") << QStringLiteral("http://localhost:8765/x") << all << QStringLiteral("direct");
    QTest::addRow("http LOCALHOST.") << QStringLiteral("http://LOCALHOST.:8765/x") << all << QStringLiteral("direct");
    QTest::addRow("http [::1]") << QStringLiteral("http://[::1]:8765/x") << all << QStringLiteral("direct");
    QTest::addRow("https localhost") << QStringLiteral("https://localhost:8443/x") << all << QStringLiteral("direct");
    QTest::addRow("http to another host uses http_proxy")
        << QStringLiteral("http://example.org/x") << all << QStringLiteral("http://proxy.example:3128");
}

void TestEnvironmentProxyFactory::decision()
{
    QFETCH(QString, url);
    QFETCH(Variables, variables);
    QFETCH(QString, expected);
    const QNetworkProxyQuery query{QUrl(url)};
    QCOMPARE(describe(EnvironmentProxyFactory::fromEnvironment(query, environmentOf(variables))), expected);

    // The factory object answers the same (or the system's answer when nothing is set).
    EnvironmentProxyFactory factory(environmentOf(variables));
    const QList<QNetworkProxy> proxies = factory.queryProxy(query);
    QVERIFY(!proxies.isEmpty());
    if (expected != QLatin1String("system"))
        QCOMPARE(describe(proxies), expected);
}

void TestEnvironmentProxyFactory::proxyCredentialsAreKept()
{
    const QNetworkProxy proxy = EnvironmentProxyFactory::parseProxy(QStringLiteral("http://us%40er:p%3Ass@proxy.example:8080"));
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxy.hostName(), QStringLiteral("proxy.example"));
    QCOMPARE(proxy.port(), quint16(8080));
    QCOMPARE(proxy.user(), QStringLiteral("us@er"));
    QCOMPARE(proxy.password(), QStringLiteral("p:ss"));
}

void TestEnvironmentProxyFactory::nonUrlQueriesGoDirect()
{
    const Variables variables{{QStringLiteral("https_proxy"), QStringLiteral("http://proxy.example:3128")}};
    const QNetworkProxyQuery listen(quint16(0), QString(), QNetworkProxyQuery::TcpServer);
    QCOMPARE(describe(EnvironmentProxyFactory::fromEnvironment(listen, environmentOf(variables))),
             QStringLiteral("direct"));
}

void TestEnvironmentProxyFactory::loopbackGoesDirectWithoutVariables()
{
    // Nothing set: the desktop's settings decide, except for loopback, which is always direct.
    const auto nothing = [](const char*) { return QString(); };
    for (const char* url : {"http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]:9/x", "https://127.3.4.5/"}) {
        const QList<QNetworkProxy> proxies
            = EnvironmentProxyFactory::proxiesFor(QNetworkProxyQuery(QUrl(QString::fromLatin1(url))), nothing);
        QCOMPARE(describe(proxies), QStringLiteral("direct"));
    }
}

void TestEnvironmentProxyFactory::unusableProxyFailsTheRequestInsteadOfGoingDirect()
{
    // A real request with what parseProxy() makes of an https:// proxy (which Qt cannot
    // speak): it must fail at once, and the server it was meant for must not see it. (The
    // factory itself sends loopback direct, so its answer is injected here.)
    GraphTestServer server;
    QVERIFY(server.start());
    server.setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAwrong")));
    QNetworkAccessManager network;
    class Forced : public QNetworkProxyFactory
    {
    public:
        QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery&) override
        {
            return {EnvironmentProxyFactory::parseProxy(QStringLiteral("https://proxy.example:443"))};
        }
    };
    network.setProxyFactory(new Forced);
    ServiceConfig config;
    config.facebookBaseUrl = server.baseUrl();
    config.deadlineMs = 5000;
    TokenService service(&network, config);
    TokenRequest request;
    request.appId = QStringLiteral("1234567890");
    request.appSecret = QStringLiteral("0123456789abcdef0123456789abcdef");
    request.token = QStringLiteral("EAAshortLivedToken0123456789");
    std::optional<GraphError> error;
    bool succeeded = false;
    TokenJob* job = service.exchange(request);
    QPointer<TokenJob> guard(job);
    connect(job, &TokenJob::failed, this, [&](const GraphError& e) { error = e; });
    connect(job, &TokenJob::succeeded, this, [&] { succeeded = true; });
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 10000);
    QVERIFY(!succeeded);
    QVERIFY(error);
    QVERIFY2(error->kind() != GraphError::Kind::Timeout, qPrintable(error->kindId())); // fails at once
    QCOMPARE(server.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestEnvironmentProxyFactory)
#include "TestEnvironmentProxyFactory.moc"
