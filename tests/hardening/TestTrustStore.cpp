// SSL_CERT_FILE and SSL_CERT_DIR, the trust-store variables of OpenSSL-based tools: when set,
// the certificates they name replace the system's CA set in both transports (single commands
// through QNetworkAccessManager, `batch` through HttpConnectionPool). They choose *whom* to
// trust, never *whether* to verify: without them a private CA is not trusted, and a trusted
// certificate for another host name is still refused. They are read only when the first TLS
// connection is made: a command that only speaks plain http to loopback never reads them.

#include "CliProcess.h"
#include "GraphTestServer.h"
#include "TlsTestServer.h"
#include "http/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString appId = QStringLiteral("1234567890123456");
const QString appSecret = QStringLiteral("TrUsTsToReSeCrEt0123456789abcdef");
const QString shortToken = QStringLiteral("EAATrUsTsHoRt0123456789");
const QString longToken = QStringLiteral("EAATrUsTlOnG0123456789");
// Resolved to 127.0.0.1 by the preloaded test resolver; the test certificate names it.
const QString trustedName = QStringLiteral("graph.loopback.test");
// Also 127.0.0.1, but not in the certificate.
const QString otherName = QStringLiteral("other.loopback.test");
// The line TrustStore logs (category longlived.network, debug) when it reads the variables.
const QByteArray readingLine = "reading the trust store";

QString kindOf(const QByteArray& out)
{
    const QJsonObject error = QJsonDocument::fromJson(out).object().value(QLatin1String("error")).toObject();
    return error.value(QLatin1String("kind")).toString();
}

} // namespace

class TestTrustStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void trustedThroughTheVariable_data();
    void trustedThroughTheVariable();
    void notTrustedWithoutTheVariable_data();
    void notTrustedWithoutTheVariable();
    void wrongHostStillFails_data();
    void wrongHostStillFails();
    void variableWithoutCertificatesTrustsNothing();
    void replacesTheSystemSetInProcess();
    void readOnceOnTheFirstTlsConnection_data();
    void readOnceOnTheFirstTlsConnection();
    void plainHttpNeverReadsIt_data();
    void plainHttpNeverReadsIt();

private:
    QUrl baseUrl(const QString& host) const;
    CliProcess cli(const QString& host) const;
    QStringList arguments(bool batch) const;
    CliProcess::Result run(const QString& host, bool batch, const QString& variable, const QString& value);

    QTemporaryDir m_dir;
    QString m_caFolder;
    TlsTestServer::Identity m_identity;
    std::unique_ptr<TlsTestServer> m_server;
};

void TestTrustStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_identity = TlsTestServer::generate(m_dir.path(), trustedName);
    QVERIFY2(m_identity.isValid(), qPrintable(m_identity.problem));
    // A folder holding only the CA, as SSL_CERT_DIR would name (the key stays outside).
    m_caFolder = m_dir.filePath(QStringLiteral("ca"));
    QVERIFY(QDir().mkpath(m_caFolder));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("tls-test-cert.pem")), m_caFolder + QStringLiteral("/test-ca.pem")));
    QFile secret(m_dir.filePath(QStringLiteral("secret")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(appSecret.toUtf8() + '\n');
    QFile token(m_dir.filePath(QStringLiteral("token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(shortToken.toUtf8() + '\n');

    m_server = std::make_unique<TlsTestServer>(m_identity);
    QVERIFY(m_server->start());
    m_server->setResponseBody(GraphTestServer::tokenResponse(longToken).body);
}

QUrl TestTrustStore::baseUrl(const QString& host) const
{
    QUrl url = m_server->baseUrl();
    url.setHost(host);
    return url;
}

CliProcess TestTrustStore::cli(const QString& host) const
{
    CliProcess process(baseUrl(host));
    process.useTestResolver();
    for (const char* name : {"no_proxy", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR"})
        process.environment().remove(QString::fromLatin1(name));
    return process;
}

QStringList TestTrustStore::arguments(bool batch) const
{
    const QString secretFile = m_dir.filePath(QStringLiteral("secret"));
    if (batch)
        return {QStringLiteral("batch"), QStringLiteral("--input"), QStringLiteral("-"), QStringLiteral("--app-id"),
                appId, QStringLiteral("--app-secret-file"), secretFile, QStringLiteral("--timeout"),
                QStringLiteral("10"), QStringLiteral("--no-progress")};
    return {QStringLiteral("exchange"), QStringLiteral("--json"), QStringLiteral("--app-id"), appId,
            QStringLiteral("--app-secret-file"), secretFile, QStringLiteral("--token-file"),
            m_dir.filePath(QStringLiteral("token")), QStringLiteral("--timeout"), QStringLiteral("10")};
}

CliProcess::Result TestTrustStore::run(const QString& host, bool batch, const QString& variable, const QString& value)
{
    CliProcess process = cli(host);
    if (!variable.isEmpty())
        process.setEnv(variable, value);
    if (batch)
        process.setStdin("{\"token\":\"" + shortToken.toUtf8() + "\"}\n");
    return process.run(arguments(batch));
}

void TestTrustStore::trustedThroughTheVariable_data()
{
    QTest::addColumn<bool>("batch");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    const QString file = m_dir.filePath(QStringLiteral("tls-test-cert.pem"));
    const QString folders = QStringLiteral("/nonexistent-first:") + m_caFolder;
    QTest::addRow("exchange, SSL_CERT_FILE") << false << QStringLiteral("SSL_CERT_FILE") << file;
    QTest::addRow("exchange, SSL_CERT_DIR") << false << QStringLiteral("SSL_CERT_DIR") << m_caFolder;
    QTest::addRow("exchange, SSL_CERT_DIR list") << false << QStringLiteral("SSL_CERT_DIR") << folders;
    QTest::addRow("batch, SSL_CERT_FILE") << true << QStringLiteral("SSL_CERT_FILE") << file;
    QTest::addRow("batch, SSL_CERT_DIR") << true << QStringLiteral("SSL_CERT_DIR") << m_caFolder;
}

void TestTrustStore::trustedThroughTheVariable()
{
    QFETCH(bool, batch);
    QFETCH(QString, variable);
    QFETCH(QString, value);
    const auto r = run(trustedName, batch, variable, value);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray expected = "\"access_token\":\"" + longToken.toUtf8() + '"';
    QVERIFY2(r.out.contains(expected), r.out.constData());
}

void TestTrustStore::notTrustedWithoutTheVariable_data()
{
    QTest::addColumn<bool>("batch");
    QTest::addRow("exchange") << false;
    QTest::addRow("batch") << true;
}

void TestTrustStore::notTrustedWithoutTheVariable()
{
    QFETCH(bool, batch);
    const int requestsBefore = int(m_server->requestLines().size());
    const auto r = run(trustedName, batch, {}, {});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(kindOf(r.out), QStringLiteral("tls_failure"));
    QVERIFY2(r.err.contains("certificate"), r.err.constData());
    QCOMPARE(int(m_server->requestLines().size()), requestsBefore); // nothing of the request was sent
}

void TestTrustStore::wrongHostStillFails_data()
{
    notTrustedWithoutTheVariable_data();
}

void TestTrustStore::wrongHostStillFails()
{
    // The certificate is trusted, but it is not for this host name.
    QFETCH(bool, batch);
    const int requestsBefore = int(m_server->requestLines().size());
    const auto r = run(otherName, batch, QStringLiteral("SSL_CERT_FILE"), m_dir.filePath(QStringLiteral("tls-test-cert.pem")));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(kindOf(r.out), QStringLiteral("tls_failure"));
    QVERIFY2(r.err.contains("certificate"), r.err.constData());
    QCOMPARE(int(m_server->requestLines().size()), requestsBefore);
}

void TestTrustStore::variableWithoutCertificatesTrustsNothing()
{
    // A variable that names nothing usable does not fall back to the system set, and says so.
    QFile empty(m_dir.filePath(QStringLiteral("empty.pem")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const auto r = run(trustedName, false, QStringLiteral("SSL_CERT_FILE"), empty.fileName());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(kindOf(r.out), QStringLiteral("tls_failure"));
    QVERIFY2(r.err.contains("SSL_CERT_FILE") && r.err.contains("no readable PEM certificate"), r.err.constData());
}

void TestTrustStore::replacesTheSystemSetInProcess()
{
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QVERIFY(!TrustStore::apply({}, {}).replaced); // nothing set: nothing changes
    const TrustStore::Outcome outcome = TrustStore::apply(m_dir.filePath(QStringLiteral("tls-test-cert.pem")), {});
    const QList<QSslCertificate> trusted = QSslConfiguration::defaultConfiguration().caCertificates();
    QSslConfiguration::setDefaultConfiguration(original);
    QVERIFY(outcome.replaced);
    QCOMPARE(outcome.certificates, 1);
    QVERIFY(outcome.problems.isEmpty());
    QCOMPARE(trusted, QList<QSslCertificate>{m_identity.certificate}); // exactly the file's: no system CA left
}

void TestTrustStore::readOnceOnTheFirstTlsConnection_data()
{
    notTrustedWithoutTheVariable_data();
}

void TestTrustStore::readOnceOnTheFirstTlsConnection()
{
    // The positive control for plainHttpNeverReadsIt: the log line is there when TLS is spoken,
    // once per process even when the batch opens several connections.
    QFETCH(bool, batch);
    CliProcess process = cli(trustedName);
    process.setEnv(QStringLiteral("SSL_CERT_DIR"), m_caFolder);
    process.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("longlived.network.debug=true"));
    QByteArray lines;
    for (int i = 0; i < 8; ++i)
        lines += "{\"token\":\"" + shortToken.toUtf8() + "\"}\n";
    process.setStdin(lines);
    const auto r = process.run(arguments(batch));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(int(r.err.count(readingLine)), 1);
}

void TestTrustStore::plainHttpNeverReadsIt_data()
{
    notTrustedWithoutTheVariable_data();
}

void TestTrustStore::plainHttpNeverReadsIt()
{
    QFETCH(bool, batch);
    // A big folder of certificates, as the system's own can be.
    const QString bigFolder = m_dir.filePath(QStringLiteral("big"));
    QVERIFY(QDir().mkpath(bigFolder));
    for (int i = 0; i < 200; ++i) {
        const QString copy = bigFolder + QStringLiteral("/ca-%1.pem").arg(i);
        QVERIFY(QFile::exists(copy) || QFile::copy(m_dir.filePath(QStringLiteral("tls-test-cert.pem")), copy));
    }
    GraphTestServer plain;
    QVERIFY(plain.start());
    plain.setDefaultResponse(GraphTestServer::tokenResponse(longToken));
    CliProcess process(plain.baseUrl());
    process.environment().remove(QStringLiteral("SSL_CERT_FILE"));
    process.setEnv(QStringLiteral("SSL_CERT_DIR"), bigFolder);
    process.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("longlived.network.debug=true"));
    if (batch)
        process.setStdin("{\"token\":\"" + shortToken.toUtf8() + "\"}\n");
    const auto r = process.run(arguments(batch));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(longToken.toUtf8()), r.out.constData());
    QVERIFY2(r.err.contains("GET"), "the debug log is off: the check below would prove nothing");
    QVERIFY2(!r.err.contains(readingLine), r.err.constData());
}

QTEST_GUILESS_MAIN(TestTrustStore)
#include "TestTrustStore.moc"
