// ServiceConfig: defaults, environment overrides, and which base URLs may carry secrets.

#include "graph/ServiceConfig.h"

#include <QtTest>

namespace {
const char* const variables[] = {"LONGLIVED_GRAPH_URL", "LONGLIVED_THREADS_URL", "LONGLIVED_INSTAGRAM_URL"};
}

class TestServiceConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaults();
    void baseUrlPerPlatform();
    void isLoopbackAddress_data();
    void isLoopbackAddress();
    void isAllowedBaseUrl_data();
    void isAllowedBaseUrl();
    void environmentOverrides();
    void emptyEnvironmentKeepsDefaults();

private:
    QHash<QByteArray, QByteArray> m_saved;
};

void TestServiceConfig::init()
{
    // The suite may run with these set (a developer's shell): start from a clean slate.
    for (const char* name : variables) {
        if (qEnvironmentVariableIsSet(name))
            m_saved.insert(name, qgetenv(name));
        qunsetenv(name);
    }
}

void TestServiceConfig::cleanup()
{
    for (const char* name : variables)
        qunsetenv(name);
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
        qputenv(it.key().constData(), it.value());
    m_saved.clear();
}

void TestServiceConfig::defaults()
{
    const ServiceConfig config;
    QCOMPARE(config.facebookBaseUrl, QUrl(QStringLiteral("https://graph.facebook.com")));
    QCOMPARE(config.threadsBaseUrl, QUrl(QStringLiteral("https://graph.threads.net")));
    QCOMPARE(config.instagramBaseUrl, QUrl(QStringLiteral("https://graph.instagram.com")));
    QCOMPARE(config.apiVersion, QStringLiteral("v25.0"));
    QVERIFY(config.idleTimeoutMs > 0);
    QVERIFY(config.deadlineMs >= config.idleTimeoutMs);
    QVERIFY(config.maxResponseBytes >= 64 * 1024); // a /me/accounts page fits
    QVERIFY(config.maxResponseBytes <= 16 * 1024 * 1024);

    const ServiceConfig fromEnv = ServiceConfig::fromEnvironment();
    QCOMPARE(fromEnv.facebookBaseUrl, config.facebookBaseUrl);
    QCOMPARE(fromEnv.threadsBaseUrl, config.threadsBaseUrl);
    QCOMPARE(fromEnv.instagramBaseUrl, config.instagramBaseUrl);
    for (Platform platform : Platforms::all())
        QVERIFY(ServiceConfig::isAllowedBaseUrl(config.baseUrl(platform)));
}

void TestServiceConfig::baseUrlPerPlatform()
{
    ServiceConfig config;
    config.facebookBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    config.threadsBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:2"));
    config.instagramBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:3"));
    QCOMPARE(config.baseUrl(Platform::Facebook).port(), 1);
    QCOMPARE(config.baseUrl(Platform::Threads).port(), 2);
    QCOMPARE(config.baseUrl(Platform::Instagram).port(), 3);
}

void TestServiceConfig::isLoopbackAddress_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::addRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::addRow("127.5.5.5") << QStringLiteral("127.5.5.5") << true;
    QTest::addRow("::1") << QStringLiteral("::1") << true;
    QTest::addRow("::ffff:127.0.0.1") << QStringLiteral("::ffff:127.0.0.1") << true;
    QTest::addRow("localhost") << QStringLiteral("localhost") << false;
    QTest::addRow("LocalHost") << QStringLiteral("LocalHost") << false;
    QTest::addRow("[::1] with brackets") << QStringLiteral("[::1]") << false; // not how QUrl::host() gives it
    QTest::addRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::addRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::addRow("192.168.1.1") << QStringLiteral("192.168.1.1") << false;
    QTest::addRow("example.com") << QStringLiteral("example.com") << false;
    QTest::addRow("localhost.example.com") << QStringLiteral("localhost.example.com") << false;
    QTest::addRow("127.0.0.1.example.com") << QStringLiteral("127.0.0.1.example.com") << false;
    QTest::addRow("empty") << QString() << false;
}

void TestServiceConfig::isLoopbackAddress()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ServiceConfig::isLoopbackAddress(host), loopback);
}

void TestServiceConfig::isAllowedBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8765") << true;
    QTest::addRow("http 127.5.5.5") << QStringLiteral("http://127.5.5.5") << true;
    QTest::addRow("http [::1]") << QStringLiteral("http://[::1]:8765/") << true;
    QTest::addRow("http [::ffff:127.0.0.1]") << QStringLiteral("http://[::ffff:127.0.0.1]:8765/") << true;
    // A name is not a loopback address: /etc/hosts, a resolver or a proxy could take it anywhere.
    QTest::addRow("http localhost") << QStringLiteral("http://localhost:8765") << false;
    QTest::addRow("HTTP LOCALHOST") << QStringLiteral("HTTP://LOCALHOST:8765") << false;
    QTest::addRow("http localhost.") << QStringLiteral("http://localhost.:8765") << false;
    QTest::addRow("http name that resolves to loopback") << QStringLiteral("http://graph.loopback.test:8765")
                                                              << false;
    QTest::addRow("https localhost") << QStringLiteral("https://localhost:8443") << true;
    QTest::addRow("http loopback with path") << QStringLiteral("http://127.0.0.1:8765/graph/") << true;
    QTest::addRow("https meta") << QStringLiteral("https://graph.facebook.com") << true;
    QTest::addRow("https anything") << QStringLiteral("https://example.com/proxy") << true;
    QTest::addRow("https 10.0.0.1") << QStringLiteral("https://10.0.0.1") << true;
    QTest::addRow("http 10.0.0.1") << QStringLiteral("http://10.0.0.1:8765") << false;
    QTest::addRow("http example.com") << QStringLiteral("http://example.com") << false;
    QTest::addRow("http meta") << QStringLiteral("http://graph.facebook.com") << false;
    QTest::addRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0:8765") << false;
    QTest::addRow("http loopback-looking name") << QStringLiteral("http://127.0.0.1.example.com") << false;
    QTest::addRow("http localhost subdomain") << QStringLiteral("http://localhost.example.com") << false;
    QTest::addRow("http userinfo trick") << QStringLiteral("http://127.0.0.1@example.com/") << false;
    QTest::addRow("ftp loopback") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::addRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::addRow("no scheme") << QStringLiteral("graph.facebook.com") << false;
    QTest::addRow("https no host") << QStringLiteral("https://") << false;
    QTest::addRow("empty") << QString() << false;
}

void TestServiceConfig::isAllowedBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(ServiceConfig::isAllowedBaseUrl(QUrl(url)), allowed);
}

void TestServiceConfig::environmentOverrides()
{
    qputenv("LONGLIVED_GRAPH_URL", "http://127.0.0.1:9001");
    qputenv("LONGLIVED_THREADS_URL", "  http://[::1]:9002/threads/ \n");
    qputenv("LONGLIVED_INSTAGRAM_URL", "https://ig.example.com");
    const ServiceConfig config = ServiceConfig::fromEnvironment();
    QCOMPARE(config.facebookBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:9001")));
    QCOMPARE(config.threadsBaseUrl, QUrl(QStringLiteral("http://[::1]:9002/threads/")));
    QCOMPARE(config.instagramBaseUrl, QUrl(QStringLiteral("https://ig.example.com")));
    QCOMPARE(config.apiVersion, QStringLiteral("v25.0")); // untouched
    for (Platform platform : Platforms::all())
        QVERIFY(ServiceConfig::isAllowedBaseUrl(config.baseUrl(platform)));

    // Only the one that is set changes.
    qunsetenv("LONGLIVED_THREADS_URL");
    qunsetenv("LONGLIVED_INSTAGRAM_URL");
    const ServiceConfig partial = ServiceConfig::fromEnvironment();
    QCOMPARE(partial.facebookBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:9001")));
    QCOMPARE(partial.threadsBaseUrl, QUrl(QStringLiteral("https://graph.threads.net")));
    QCOMPARE(partial.instagramBaseUrl, QUrl(QStringLiteral("https://graph.instagram.com")));

    // An override to plain http on another host is taken as given, and then refused at use.
    qputenv("LONGLIVED_GRAPH_URL", "http://10.0.0.1:8765");
    const ServiceConfig remote = ServiceConfig::fromEnvironment();
    QVERIFY(!ServiceConfig::isAllowedBaseUrl(remote.facebookBaseUrl));
}

void TestServiceConfig::emptyEnvironmentKeepsDefaults()
{
    qputenv("LONGLIVED_GRAPH_URL", "");
    qputenv("LONGLIVED_THREADS_URL", "   ");
    const ServiceConfig config = ServiceConfig::fromEnvironment();
    QCOMPARE(config.facebookBaseUrl, QUrl(QStringLiteral("https://graph.facebook.com")));
    QCOMPARE(config.threadsBaseUrl, QUrl(QStringLiteral("https://graph.threads.net")));
}

QTEST_GUILESS_MAIN(TestServiceConfig)
#include "TestServiceConfig.moc"
