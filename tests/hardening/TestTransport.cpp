// Transport rules, end to end:
//  - TLS errors are fatal and explained, and nothing of the request (URL, secret) is sent;
//    no code path ignores certificate errors; a trusted certificate for another host name is
//    refused like an untrusted one, directly and through a CONNECT proxy;
//  - redirects to another origin are not followed (the other server receives nothing);
//  - a 64 MiB answer is cut off with response_too_large, in bounded memory;
//  - https_proxy / no_proxy / all_proxy are honoured by longlived-cli, loopback is never
//    proxied, and a proxy that is down fails the request instead of going direct.
// The TLS and proxy rules hold for both transports: QNetworkAccessManager (single commands,
// the GUI) and the keep-alive HttpConnectionPool of `longlived-cli batch`.
// Existing tests cover the rest: plain http only to loopback (TestServiceConfig::isAllowedBaseUrl,
// TestTokenService::plainHttpToRemoteHostRefusedBeforeSending, TestCliCommands::transportErrors,
// TestRequestContract::jobRefusesPlainHttpToAName for the job base itself),
// same-origin redirects in the core (TestTokenService::crossOriginRedirectNotFollowed).

#include "CliProcess.h"
#include "http/EnvironmentProxyFactory.h"
#include "graph/GraphError.h"
#include "GraphTestServer.h"
#include "http/HttpConnectionPool.h"
#include "graph/ServiceConfig.h"
#include "StreamingServer.h"
#include "TlsTestServer.h"
#include "graph/TokenJob.h"
#include "graph/TokenService.h"
#include "TunnelProxy.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

#include <sys/resource.h>

using Kind = GraphError::Kind;
using Response = GraphTestServer::Response;

namespace {

const QString appId = QStringLiteral("1234567890123456");
const QString appSecret = QStringLiteral("TrAnSpOrTsEcReT0123456789abcdef");
const QString shortToken = QStringLiteral("EAATrAnSpOrTsHoRt0123456789");
const QString longToken = QStringLiteral("EAATrAnSpOrTlOnG0123456789");

struct Outcome {
    std::optional<TokenResult> result;
    std::optional<GraphError> error;
    qint64 elapsedMs = 0;
};

Outcome exchange(TokenService& service, int timeoutMs = 15000)
{
    TokenRequest request;
    request.appId = appId;
    request.appSecret = appSecret;
    request.token = shortToken;
    auto outcome = std::make_shared<Outcome>();
    QElapsedTimer clock;
    clock.start();
    TokenJob* job = service.exchange(request);
    QPointer<TokenJob> guard(job);
    QObject::connect(job, &TokenJob::succeeded, job, [outcome](const TokenResult& r) { outcome->result = r; });
    QObject::connect(job, &TokenJob::failed, job, [outcome](const GraphError& e) { outcome->error = e; });
    (void)QTest::qWaitFor([&] { return guard.isNull(); }, timeoutMs);
    outcome->elapsedMs = clock.elapsed();
    return *outcome;
}

QJsonObject errorOf(const QByteArray& out)
{
    return QJsonDocument::fromJson(out).object().value(QLatin1String("error")).toObject();
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Trusts \a authority process-wide, as if it were one of the system's CAs, while it lives.
class TrustedAuthority
{
public:
    explicit TrustedAuthority(const QSslCertificate& authority)
        : m_original(QSslConfiguration::defaultConfiguration())
    {
        QSslConfiguration trusting = m_original;
        trusting.addCaCertificate(authority);
        QSslConfiguration::setDefaultConfiguration(trusting);
    }
    ~TrustedAuthority() { QSslConfiguration::setDefaultConfiguration(m_original); }
    TrustedAuthority(const TrustedAuthority&) = delete;
    TrustedAuthority& operator=(const TrustedAuthority&) = delete;

private:
    QSslConfiguration m_original;
};

// Resolves to 127.0.0.1 in a CLI process with CliProcess::useTestResolver(), without DNS or
// /etc/hosts, yet is not a loopback *literal*: the proxy rules treat it as any remote host.
const QString loopbackName = QStringLiteral("graph.loopback.test");

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void untrustedCertificateIsFatalAndNothingIsSent_data();
    void untrustedCertificateIsFatalAndNothingIsSent();
    void untrustedCertificateInTheCli();
    void untrustedCertificateInTheCliBatch();
    void noCodeIgnoresCertificateErrors();

    void crossOriginRedirectIsNotFollowed_data();
    void crossOriginRedirectIsNotFollowed();

    void hugeAnswerIsCutOffInBoundedMemory();

    void httpsProxyIsHonoured_data();
    void httpsProxyIsHonoured();
    void noProxyIsHonoured();
    void loopbackIsNeverProxied();
    void proxyDownFailsClosed();

    void trustedCertificateForAnotherHostIsRefused_data();
    void trustedCertificateForAnotherHostIsRefused();

    // Last: changes the process-wide default TLS configuration.
    void trustedCertificateWorks();

private:
    CliProcess cliFor(const QUrl& baseUrl) const;
    QStringList exchangeArgs() const;
    /// A batch reading its lines from stdin.
    QStringList batchArgs() const;

    /// One exchange with default settings but for \a base (empty: https://graph.facebook.com),
    /// through an HttpConnectionPool when \a pooled, through \a proxy (a CONNECT proxy) when given.
    Outcome exchangeThrough(const QUrl& base, bool pooled, const TunnelProxy* proxy);

    QTemporaryDir m_dir;
    TlsTestServer::Identity m_identity;
    TlsTestServer::Identity m_authority;    ///< a test CA, trusted only where a test says so
    TlsTestServer::Identity m_rightHost;    ///< by the CA, for 127.0.0.1 and graph.facebook.com
    TlsTestServer::Identity m_anotherHost;  ///< by the CA, for near misses of both
    std::unique_ptr<GraphTestServer> m_server;
};

void TestTransport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_identity = TlsTestServer::generate(m_dir.path(), loopbackName);
    QVERIFY2(m_identity.isValid(), qPrintable(m_identity.problem));
    m_authority = TlsTestServer::generateAuthority(m_dir.path());
    QVERIFY2(m_authority.isValid(), qPrintable(m_authority.problem));
    m_rightHost = TlsTestServer::generateSignedBy(m_authority, m_dir.path(), QStringLiteral("graph.facebook.com"),
                                                  QStringLiteral("DNS:graph.facebook.com,IP:127.0.0.1"));
    QVERIFY2(m_rightHost.isValid(), qPrintable(m_rightHost.problem));
    m_anotherHost = TlsTestServer::generateSignedBy(
        m_authority, m_dir.path(), QStringLiteral("other.example"),
        QStringLiteral("DNS:other.example,DNS:graph.facebook.com.other.example,DNS:*.facebook.com.other.example,"
                       "IP:127.0.0.2"));
    QVERIFY2(m_anotherHost.isValid(), qPrintable(m_anotherHost.problem));
    QFile secret(m_dir.filePath(QStringLiteral("secret")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(appSecret.toUtf8() + '\n');
    QFile token(m_dir.filePath(QStringLiteral("token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(shortToken.toUtf8() + '\n');
}

void TestTransport::init()
{
    m_server = std::make_unique<GraphTestServer>();
    QVERIFY(m_server->start());
}

void TestTransport::cleanup()
{
    m_server.reset();
}

CliProcess TestTransport::cliFor(const QUrl& baseUrl) const
{
    CliProcess cli(baseUrl);
    cli.useTestResolver(); // graph.loopback.test
    // No proxy from the developer's shell (CliProcess drops the *_proxy variables, but not no_proxy).
    for (const char* name : {"no_proxy", "NO_PROXY"})
        cli.environment().remove(QString::fromLatin1(name));
    return cli;
}

QStringList TestTransport::batchArgs() const
{
    return {QStringLiteral("batch"), QStringLiteral("--input"), QStringLiteral("-"), QStringLiteral("--app-id"), appId,
            QStringLiteral("--app-secret-file"), m_dir.filePath(QStringLiteral("secret")), QStringLiteral("--timeout"),
            QStringLiteral("10"), QStringLiteral("--no-progress")};
}

QStringList TestTransport::exchangeArgs() const
{
    return {QStringLiteral("exchange"), QStringLiteral("--json"), QStringLiteral("--app-id"), appId,
            QStringLiteral("--app-secret-file"), m_dir.filePath(QStringLiteral("secret")),
            QStringLiteral("--token-file"), m_dir.filePath(QStringLiteral("token")),
            QStringLiteral("--timeout"), QStringLiteral("10")};
}

void TestTransport::untrustedCertificateIsFatalAndNothingIsSent_data()
{
    QTest::addColumn<bool>("pooled");
    QTest::addRow("network manager") << false;
    QTest::addRow("batch connection pool") << true;
}

void TestTransport::untrustedCertificateIsFatalAndNothingIsSent()
{
    QFETCH(bool, pooled);
    TlsTestServer tls(m_identity);
    QVERIFY(tls.start());
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    HttpConnectionPool pool;
    ServiceConfig config;
    config.facebookBaseUrl = tls.baseUrl();
    config.deadlineMs = 10000;
    TokenService service(&network, config);
    if (pooled)
        service.setTransport(&pool);

    for (int attempt = 1; attempt <= 2; ++attempt) { // no "remembered exception" the second time
        const Outcome o = exchange(service);
        QVERIFY2(o.error, "the exchange did not fail");
        QCOMPARE(o.error->kind(), Kind::TlsFailure);
        QVERIFY(!o.error->isRetryable());
        QVERIFY2(o.elapsedMs < 5000, QByteArray::number(o.elapsedMs).constData()); // fails at once, no timeout
        const QString text = o.error->displayText();
        QVERIFY2(text.contains(QLatin1String("certificate")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("never ignores")), qPrintable(text));
        for (const QString& secret : {appSecret, shortToken, QString::number(tls.port()), QStringLiteral("https://")})
            QVERIFY2(!text.contains(secret), qPrintable(text));
    }
    // The client reached the server and started TLS — then refused it: not a byte of HTTP.
    QVERIFY(tls.handshakesStarted() >= 1);
    QCOMPARE(tls.handshakesCompleted(), 0);
    QVERIFY2(tls.requestLines().isEmpty(), tls.requestLines().join('\n').constData());
}

void TestTransport::untrustedCertificateInTheCli()
{
    TlsTestServer tls(m_identity);
    QVERIFY(tls.start());
    CliProcess cli = cliFor(tls.baseUrl());
    const auto r = cli.run(exchangeArgs());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(errorOf(r.out).value(QLatin1String("kind")).toString(), QStringLiteral("tls_failure"));
    QVERIFY2(r.err.contains("certificate"), r.err.constData());
    for (const QString& secret : {appSecret, shortToken})
        QVERIFY(!r.err.contains(secret.toUtf8()) && !r.out.contains(secret.toUtf8()));
    QVERIFY(tls.handshakesStarted() >= 1);
    QVERIFY2(tls.requestLines().isEmpty(), tls.requestLines().join('\n').constData());
}

void TestTransport::untrustedCertificateInTheCliBatch()
{
    TlsTestServer tls(m_identity);
    QVERIFY(tls.start());
    CliProcess cli = cliFor(tls.baseUrl());
    cli.setStdin("{\"token\":\"" + shortToken.toUtf8() + "\"}\n");
    const auto r = cli.run(batchArgs());
    QCOMPARE(r.exitCode, 1);
    const QJsonObject record = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(errorOf(r.out).value(QLatin1String("kind")).toString(), QStringLiteral("tls_failure"));
    QCOMPARE(record.value(QLatin1String("attempts")).toInt(), 1); // not retried: it would fail the same way
    for (const QString& secret : {appSecret, shortToken})
        QVERIFY(!r.err.contains(secret.toUtf8()) && !r.out.contains(secret.toUtf8()));
    QVERIFY(tls.handshakesStarted() >= 1);
    QVERIFY2(tls.requestLines().isEmpty(), tls.requestLines().join('\n').constData());
}

void TestTransport::noCodeIgnoresCertificateErrors()
{
    // No way around certificate checks may exist in the programs: no ignoreSslErrors (any
    // overload), no peer verification switched off, no keychain fallback to plain text.
    static const QRegularExpression forbidden(
        QStringLiteral("ignoreSslErrors|VerifyNone|QueryPeer|setPeerVerifyMode|setInsecureFallback\\s*\\(\\s*true"));
    int files = 0;
    QStringList hits;
    for (const char* folder : {"app", "ui", "resources"}) {
        QDirIterator it(QStringLiteral(LONGLIVED_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            const QList<QByteArray> lines = file.readAll().split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString line = QString::fromUtf8(lines.at(i));
                if (forbidden.match(line).hasMatch())
                    hits << QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(i + 1).arg(line.trimmed());
            }
        }
    }
    QVERIFY2(files > 50, "the source tree was not found");
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestTransport::crossOriginRedirectIsNotFollowed_data()
{
    QTest::addColumn<QString>("target"); // OTHER = another server's origin; SELF_BY_NAME = this server as "localhost"
    QTest::addRow("another port") << QStringLiteral("OTHER");
    QTest::addRow("same server, another host name") << QStringLiteral("SELF_BY_NAME");
}

void TestTransport::crossOriginRedirectIsNotFollowed()
{
    QFETCH(QString, target);
    GraphTestServer other;
    QVERIFY(other.start());
    other.setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAstolen")));
    QUrl location = other.baseUrl();
    if (target == QLatin1String("SELF_BY_NAME")) {
        location = m_server->baseUrl();
        location.setHost(QStringLiteral("localhost"));
    }
    location.setPath(QStringLiteral("/v25.0/oauth/access_token"));
    m_server->enqueue(Response::json(302, "{}").withHeader("Location", location.toEncoded()));
    m_server->setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAstolen")));

    CliProcess cli = cliFor(m_server->baseUrl());
    const auto r = cli.run(exchangeArgs());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.out.contains("EAAstolen"), r.out.constData());
    QCOMPARE(errorOf(r.out).value(QLatin1String("kind")).toString(), QStringLiteral("redirect_refused"));
    QVERIFY2(r.err.contains("redirected"), r.err.constData());
    QCOMPARE(other.connectionCount(), 0);
    QCOMPARE(m_server->requestCount(), 1); // the redirect was the only request
    QVERIFY(!r.err.contains(appSecret.toUtf8()));
}

void TestTransport::hugeAnswerIsCutOffInBoundedMemory()
{
    // Peak memory of the children: the largest of every child reaped so far (RUSAGE_CHILDREN),
    // which, unlike sampling /proc while it runs, cannot miss a peak just before the exit.
    const auto largestChildKb = [] {
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        return qint64(usage.ru_maxrss);
    };
    // Baseline: the same program, the same exchange, a normal answer.
    m_server->enqueue(GraphTestServer::tokenResponse(longToken));
    CliProcess cli = cliFor(m_server->baseUrl());
    const auto normal = cli.run(exchangeArgs());
    QCOMPARE(normal.exitCode, 0);
    const qint64 baselineKb = qMax(largestChildKb(), normal.peakRssKb);
    QVERIFY(baselineKb > 0);

    // 64 MiB of a token response (valid JSON all the way: only the size is wrong), made as it
    // is sent, so this test process stays small (a forked child starts with its parent's size).
    const qint64 size = 64 * 1024 * 1024;
    StreamingServer huge(size);
    QVERIFY(huge.start());
    CliProcess hugeCli = cliFor(huge.baseUrl());
    QElapsedTimer clock;
    clock.start();
    const auto r = hugeCli.run(exchangeArgs());
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(errorOf(r.out).value(QLatin1String("kind")).toString(), QStringLiteral("response_too_large"));
    QVERIFY2(r.err.contains("cut off"), r.err.constData());
    QCOMPARE(huge.requestCount(), 1); // not retried
    // The read stopped early: the cap is 1 MiB; what the kernel's socket buffers absorb is a
    // few MiB more. Reading it all would show 64 MiB here.
    const qint64 sent = huge.bytesSent();
    const qint64 peakKb = qMax(largestChildKb(), r.peakRssKb);
    qInfo("normal answer: peak %lld kB; 64 MiB answer: peak %lld kB, %lld bytes taken, %lld ms", baselineKb, peakKb,
          sent, elapsed);
    QVERIFY2(sent < 16 * 1024 * 1024, QByteArray::number(sent).constData());
    QVERIFY2(peakKb - baselineKb < 24 * 1024, QByteArray::number(peakKb - baselineKb).constData());
    QVERIFY2(elapsed < 10000, QByteArray::number(elapsed).constData());
}

void TestTransport::httpsProxyIsHonoured_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<bool>("withScheme");
    QTest::addColumn<bool>("batch"); ///< longlived-cli batch: its own HttpConnectionPool asks the same policy
    QTest::addRow("https_proxy") << QStringLiteral("https_proxy") << true << false;
    QTest::addRow("HTTPS_PROXY") << QStringLiteral("HTTPS_PROXY") << true << false;
    QTest::addRow("https_proxy without scheme") << QStringLiteral("https_proxy") << false << false;
    QTest::addRow("all_proxy") << QStringLiteral("all_proxy") << true << false;
    QTest::addRow("https_proxy, batch") << QStringLiteral("https_proxy") << true << true;
    QTest::addRow("all_proxy, batch") << QStringLiteral("all_proxy") << true << true;
}

void TestTransport::httpsProxyIsHonoured()
{
    // The default https://graph.facebook.com: through the proxy, the only thing that leaves
    // in clear is "CONNECT graph.facebook.com:443". The test proxy tunnels it to the local TLS
    // server (it never connects off this machine), whose certificate is not Meta's: the
    // client must refuse it — a proxy cannot intercept the secret — and no HTTP request
    // reaches the TLS server.
    QFETCH(QString, variable);
    QFETCH(bool, withScheme);
    QFETCH(bool, batch);
    TlsTestServer tls(m_identity);
    QVERIFY(tls.start());
    TunnelProxy proxy;
    QVERIFY(proxy.start());
    proxy.setUpstreamPort(tls.port());

    CliProcess cli = cliFor(QUrl());
    QString value = proxy.url();
    if (!withScheme)
        value.remove(QStringLiteral("http://"));
    cli.setEnv(variable, value);
    if (batch)
        cli.setStdin("{\"token\":\"" + shortToken.toUtf8() + "\"}\n");
    const auto r = cli.run(batch ? batchArgs() : exchangeArgs());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(proxy.requestLines(), QList<QByteArray>{"CONNECT graph.facebook.com:443 HTTP/1.1"});
    QCOMPARE(errorOf(r.out).value(QLatin1String("kind")).toString(), QStringLiteral("tls_failure"));
    QVERIFY(tls.handshakesStarted() >= 1);
    QVERIFY(tls.requestLines().isEmpty());
}

void TestTransport::noProxyIsHonoured()
{
    // https://graph.loopback.test:PORT is this machine, but not a loopback literal. With
    // https_proxy alone it goes through the proxy; with the name in no_proxy it goes straight
    // to the server.
    TlsTestServer tls(m_identity);
    QVERIFY(tls.start());
    QUrl base;
    base.setScheme(QStringLiteral("https"));
    base.setHost(loopbackName);
    base.setPort(tls.port());
    const auto runWith = [&](const QString& noProxy, TunnelProxy& proxy) {
        CliProcess cli = cliFor(base);
        cli.setEnv(QStringLiteral("https_proxy"), proxy.url());
        if (!noProxy.isEmpty())
            cli.setEnv(QStringLiteral("no_proxy"), noProxy);
        return cli.run(exchangeArgs());
    };
    {
        TunnelProxy proxy;
        QVERIFY(proxy.start());
        proxy.setUpstreamPort(tls.port());
        const auto r = runWith(QString(), proxy);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(proxy.requestLines(),
                 QList<QByteArray>{QByteArray("CONNECT " + loopbackName.toLatin1() + ':' + QByteArray::number(tls.port()) + " HTTP/1.1")});
    }
    for (const QString& noProxy : QStringList{loopbackName, QStringLiteral("example.org, ") + loopbackName.toUpper(), QStringLiteral("*")}) {
        TunnelProxy proxy;
        QVERIFY(proxy.start());
        const int before = tls.handshakesStarted();
        const auto r = runWith(noProxy, proxy);
        QCOMPARE(r.exitCode, 1); // the certificate is still untrusted: that is fine here
        QCOMPARE(errorOf(r.out).value(QLatin1String("kind")).toString(), QStringLiteral("tls_failure"));
        QCOMPARE(proxy.connectionCount(), 0);
        QVERIFY2(tls.handshakesStarted() > before, qPrintable(noProxy)); // it went straight there
    }
}

void TestTransport::loopbackIsNeverProxied()
{
    // Plain http is allowed to loopback only; a proxy would carry the App Secret in clear off
    // the machine. Every proxy variable set, and still the request goes straight to 127.0.0.1.
    TunnelProxy proxy;
    QVERIFY(proxy.start());
    m_server->enqueue(GraphTestServer::tokenResponse(longToken));
    CliProcess cli = cliFor(m_server->baseUrl());
    for (const char* name : {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"})
        cli.setEnv(QString::fromLatin1(name), proxy.url());
    const auto r = cli.run(exchangeArgs());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(proxy.connectionCount(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestTransport::proxyDownFailsClosed()
{
    // The configured proxy is down: the request fails; it does not go direct instead.
    TlsTestServer tls(m_identity);
    QVERIFY(tls.start());
    // This machine under a name that is not a loopback literal, so the proxy applies; going
    // direct would reach the server.
    QUrl base;
    base.setScheme(QStringLiteral("https"));
    base.setHost(loopbackName);
    base.setPort(tls.port());
    CliProcess cli = cliFor(base);
    cli.setEnv(QStringLiteral("https_proxy"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    const auto r = cli.run(exchangeArgs());
    QCOMPARE(r.exitCode, 1);
    // Qt 6.4 reports a refused CONNECT proxy as UnknownNetworkError (network_failure), a
    // refused plain-HTTP proxy as ProxyConnectionRefusedError (proxy_failure).
    const QString kind = errorOf(r.out).value(QLatin1String("kind")).toString();
    QVERIFY2(kind == QLatin1String("proxy_failure") || kind == QLatin1String("network_failure"), qPrintable(kind));
    QCOMPARE(tls.handshakesStarted(), 0);
}

Outcome TestTransport::exchangeThrough(const QUrl& base, bool pooled, const TunnelProxy* proxy)
{
    // The proxy as a user sets it, read by the factory every request of LongLived asks.
    const QString proxyUrl = proxy ? proxy->url() : QString();
    const EnvironmentProxyFactory::Environment environment = [proxyUrl](const char* name) {
        return qstrcmp(name, "https_proxy") == 0 ? proxyUrl : QString();
    };
    QNetworkAccessManager network;
    if (proxy)
        network.setProxyFactory(new EnvironmentProxyFactory(environment));
    else
        network.setProxy(QNetworkProxy::NoProxy);
    EnvironmentProxyFactory poolProxies(environment);
    HttpConnectionPool pool(&poolProxies);
    ServiceConfig config;
    if (!base.isEmpty())
        config.facebookBaseUrl = base;
    config.deadlineMs = 10000;
    TokenService service(&network, config);
    if (pooled)
        service.setTransport(&pool);
    return exchange(service);
}

void TestTransport::trustedCertificateForAnotherHostIsRefused_data()
{
    QTest::addColumn<bool>("pooled");
    QTest::addColumn<bool>("viaProxy");
    QTest::addRow("network manager, direct") << false << false;
    QTest::addRow("batch connection pool, direct") << true << false;
    QTest::addRow("network manager, CONNECT proxy") << false << true;
    QTest::addRow("batch connection pool, CONNECT proxy") << true << true;
}

void TestTransport::trustedCertificateForAnotherHostIsRefused()
{
    // A CA the client trusts signed both certificates; only the host name tells them apart.
    // Direct: https://127.0.0.1:PORT. Through the proxy: the default https://graph.facebook.com,
    // which the test proxy tunnels to the local server — a proxy (or anyone who can redirect the
    // connection) holding a trusted certificate for some other name must not get the secret.
    QFETCH(bool, pooled);
    QFETCH(bool, viaProxy);
    const TrustedAuthority trust(m_authority.certificate);
    const QByteArray connectLine = "CONNECT graph.facebook.com:443 HTTP/1.1";

    // The control: the certificate for the right name is accepted, so a refusal below is the name.
    TlsTestServer right(m_rightHost);
    QVERIFY(right.start());
    right.setResponseBody(GraphTestServer::tokenResponse(longToken).body);
    {
        TunnelProxy proxy;
        QVERIFY(proxy.start());
        proxy.setUpstreamPort(right.port());
        const Outcome o = exchangeThrough(viaProxy ? QUrl() : right.baseUrl(), pooled, viaProxy ? &proxy : nullptr);
        QVERIFY2(o.result, o.error ? qPrintable(o.error->kindId()) : "no outcome");
        QCOMPARE(o.result->accessToken, longToken);
        QCOMPARE(proxy.requestLines(), viaProxy ? QList<QByteArray>{connectLine} : QList<QByteArray>{});
    }

    TlsTestServer another(m_anotherHost);
    QVERIFY(another.start());
    TunnelProxy proxy;
    QVERIFY(proxy.start());
    proxy.setUpstreamPort(another.port());
    const Outcome o = exchangeThrough(viaProxy ? QUrl() : another.baseUrl(), pooled, viaProxy ? &proxy : nullptr);
    QVERIFY2(o.error, "the exchange did not fail");
    QCOMPARE(o.error->kind(), Kind::TlsFailure);
    QVERIFY(!o.error->isRetryable());
    const QString text = o.error->displayText();
    QVERIFY2(text.contains(QLatin1String("certificate")), qPrintable(text));
    QVERIFY2(!text.contains(appSecret) && !text.contains(shortToken), qPrintable(text));
    QCOMPARE(proxy.requestLines(), viaProxy ? QList<QByteArray>{connectLine} : QList<QByteArray>{});
    // The client reached the server and started TLS, then refused it: not a byte of HTTP.
    QVERIFY(another.handshakesStarted() >= 1);
    QCOMPARE(another.handshakesCompleted(), 0);
    QVERIFY2(another.requestLines().isEmpty(), another.requestLines().join('\n').constData());
}

void TestTransport::trustedCertificateWorks()
{
    // The control: the same server, trusted, answers — so "nothing was sent" above means the
    // client refused, not that the server was deaf.
    TlsTestServer tls(m_identity);
    QVERIFY(tls.start());
    tls.setResponseBody(GraphTestServer::tokenResponse(longToken).body);
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(m_identity.certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    for (const bool pooled : {false, true}) {
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        HttpConnectionPool pool;
        ServiceConfig config;
        config.facebookBaseUrl = tls.baseUrl();
        TokenService service(&network, config);
        if (pooled)
            service.setTransport(&pool);
        const Outcome o = exchange(service);
        if (pooled)
            QSslConfiguration::setDefaultConfiguration(original);
        QVERIFY2(o.result, o.error ? qPrintable(o.error->kindId()) : "no outcome");
        QCOMPARE(o.result->accessToken, longToken);
    }
    QCOMPARE(tls.requestLines().size(), 2);
    for (const QByteArray& line : tls.requestLines()) {
        QVERIFY(line.startsWith("GET /v25.0/oauth/access_token?"));
        QVERIFY(line.contains("client_secret="));
    }
}

QTEST_GUILESS_MAIN(TestTransport)
#include "TestTransport.moc"
