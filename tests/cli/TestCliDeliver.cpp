// `longlived-cli deliver add|list|remove|run` as a process: targets kept beside the desktop app's
// profiles (its settings file under a temporary XDG_CONFIG_HOME), n8n API keys in the REAL
// Secret Service of scripts/run-tests.sh, deliveries to the loopback N8nTestServer (method,
// path, X-N8N-API-KEY, body checked), to a file and to a command. Skips without a Secret
// Service, and fails instead when LONGLIVED_REQUIRE_KEYRING=1.

#include "StoredSettings.h"
#include "CliProcess.h"
#include "CliTestFixture.h"
#include "vault/DeliveryStore.h"
#include "KeyringTestSupport.h"
#include "N8nTestServer.h"
#include "vault/Profile.h"
#include "vault/ProfileStore.h"
#include "vault/TokenVault.h"
#include "vault/VaultJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString token = QStringLiteral("THsavedTokenToDeliver0123456789");
const QString apiKey = QStringLiteral("n8n_api_SecretKeyOfTheTest0123");
const QString credentialId = QStringLiteral("3BWxfPPkMN1s54s8");

using KeyringTestSupport::keychainValue;
using KeyringTestSupport::waitForVault;
} // namespace

class TestCliDeliver : public QObject, private CliTestFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addListRemoveN8n();
    void addFileAndExecAndRun();
    void runExplainsWhatN8nSays_data();
    void runExplainsWhatN8nSays();
    void validationErrors_data();
    void validationErrors();
    void apiKeyThatCannotBeAHeader_data();
    void apiKeyThatCannotBeAHeader();
    void userInfoIsNeverShown();

private:
    CliProcess::Result cli(const QStringList& arguments) const;
    CliProcess::Result addN8n(const QStringList& extra = {}) const;

    std::unique_ptr<N8nTestServer> m_n8n;
    QString m_profile;
};

void TestCliDeliver::initTestCase()
{
    LONGLIVED_REQUIRE_SECRET_SERVICE();
}

void TestCliDeliver::init()
{
    QVERIFY(startFixture());
    m_n8n = std::make_unique<N8nTestServer>();
    QVERIFY(m_n8n->start());
    m_n8n->setApiKey(apiKey);
    m_n8n->addCredential(credentialId, {{QStringLiteral("accessToken"), QStringLiteral("old")}});
    writeFile(QStringLiteral("n8n-key"), apiKey.toUtf8() + "\n");

    m_profile = QStringLiteral("deliver test %1").arg(QCoreApplication::applicationPid());
    ProfileStore store(settingsFile());
    TokenVault vault(&store);
    Profile profile;
    profile.name = m_profile;
    profile.platform = Platform::Threads;
    profile.expiresAt = QDateTime::currentDateTimeUtc().addDays(50);
    QVERIFY(waitForVault(vault.save(profile, token, QString())));
}

void TestCliDeliver::cleanup()
{
    {
        ProfileStore store(settingsFile());
        TokenVault vault(&store);
        QVERIFY(waitForVault(vault.forget(m_profile)));
    }
    m_n8n.reset();
    stopFixture();
}

CliProcess::Result TestCliDeliver::cli(const QStringList& arguments) const
{
    return settingsCli().run(arguments);
}

CliProcess::Result TestCliDeliver::addN8n(const QStringList& extra) const
{
    return cli(QStringList {QStringLiteral("deliver"), QStringLiteral("add"), m_profile, QStringLiteral("--n8n"),
                            m_n8n->baseUrl().toString(), QStringLiteral("--credential"), credentialId,
                            QStringLiteral("--api-key-file"), m_dir->filePath(QStringLiteral("n8n-key"))}
               + extra);
}

void TestCliDeliver::addListRemoveN8n()
{
    auto r = addN8n();
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("n8n-1\n"));
    // The key is in the keychain, and nowhere in the settings file or the output.
    QCOMPARE(keychainValue(TokenVault::deliveryKeyKey(m_profile, QStringLiteral("n8n-1"))), apiKey);
    const QByteArray settings = StoredSettings::bytes(settingsFile());
    QVERIFY(settings.contains("n8n-1"));
    QVERIFY(!settings.contains(apiKey.toUtf8()));
    QVERIFY(!r.err.contains(apiKey.toUtf8()));
    QCOMPARE(m_n8n->http().requestCount(), 0); // adding sends nothing

    r = cli({QStringLiteral("deliver"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outLines().size(), 1);
    QVERIFY2(r.out.startsWith(QByteArray(m_profile.toUtf8() + "\tn8n-1\tn8n ")), r.out.constData());
    QVERIFY(r.out.contains(credentialId.toUtf8()) && r.out.contains("not delivered yet"));

    r = cli({QStringLiteral("deliver"), QStringLiteral("list"), m_profile, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray targets = QJsonDocument::fromJson(r.out).object().value(QLatin1String("targets")).toArray();
    QCOMPARE(targets.size(), 1);
    const QJsonObject target = targets.at(0).toObject();
    QCOMPARE(target.value(QLatin1String("profile")).toString(), m_profile);
    QCOMPARE(target.value(QLatin1String("id")).toString(), QStringLiteral("n8n-1"));
    QCOMPARE(target.value(QLatin1String("kind")).toString(), QStringLiteral("n8n"));
    QCOMPARE(target.value(QLatin1String("credential")).toString(), credentialId);
    QCOMPARE(target.value(QLatin1String("field")).toString(), QStringLiteral("accessToken"));
    QVERIFY(!r.out.contains(apiKey.toUtf8()) && !r.out.contains(token.toUtf8()));

    r = cli({QStringLiteral("deliver"), QStringLiteral("run"), m_profile});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_n8n->http().requestCount(), 1);
    const GraphTestServer::Request request = m_n8n->http().lastRequest();
    QCOMPARE(request.method, QByteArray("PATCH"));
    QCOMPARE(request.path, QStringLiteral("/api/v1/credentials/") + credentialId);
    QVERIFY(request.header("X-N8N-API-KEY") == apiKey.toUtf8());
    QVERIFY(request.body
            == QByteArray("{\"data\":{\"accessToken\":\"") + token.toUtf8() + "\"},\"isPartialData\":true}");
    QVERIFY2(m_n8n->violations().isEmpty(), qPrintable(m_n8n->violations().join(QLatin1Char('\n'))));
    QVERIFY(m_n8n->credentialData(credentialId).value(QLatin1String("accessToken")).toString() == token);
    QVERIFY2(r.err.contains("n8n-1") && r.err.contains("n8n stored the token"), r.err.constData());
    QVERIFY(!r.out.contains(token.toUtf8()) && !r.err.contains(token.toUtf8()));
    r = cli({QStringLiteral("deliver"), QStringLiteral("list")});
    QVERIFY2(r.out.contains("\tdelivered "), r.out.constData());

    r = cli({QStringLiteral("deliver"), QStringLiteral("remove"), m_profile, QStringLiteral("n8n-1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(DeliveryStore(settingsFile()).targets(m_profile).isEmpty());
    QVERIFY(KeyringTestSupport::longLivedItems(TokenVault::serviceName(),
                                               TokenVault::deliveryKeyKey(m_profile, QStringLiteral("n8n-1")))
                .isEmpty());
    r = cli({QStringLiteral("deliver"), QStringLiteral("remove"), m_profile, QStringLiteral("n8n-1")});
    QCOMPARE(r.exitCode, 2);
}

void TestCliDeliver::addFileAndExecAndRun()
{
    const QString tokenFile = m_dir->filePath(QStringLiteral("out/token.env"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("out"))));
    auto r = cli({QStringLiteral("deliver"), QStringLiteral("add"), m_profile, QStringLiteral("--file"), tokenFile,
                  QStringLiteral("--format"), QStringLiteral("env:THREADS_TOKEN")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("file-1\n"));
    const QString received = m_dir->filePath(QStringLiteral("received"));
    r = cli({QStringLiteral("deliver"), QStringLiteral("add"), m_profile, QStringLiteral("--exec"),
             QStringLiteral("/bin/sh -c \"cat > '%1'; echo $LONGLIVED_PROFILE >> '%1'\"").arg(received)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("exec-2\n"));

    r = cli({QStringLiteral("deliver"), QStringLiteral("run"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outLines().size(), 2);
    for (const QByteArray& line : r.outLines()) {
        const QJsonObject outcome = QJsonDocument::fromJson(line).object();
        QCOMPARE(outcome.value(QLatin1String("profile")).toString(), m_profile);
        QCOMPARE(outcome.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(outcome.value(QLatin1String("result")).toString(), QStringLiteral("ok"));
    }
    QVERIFY(!r.out.contains(token.toUtf8()));
    QFile file(tokenFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == "THREADS_TOKEN=" + token.toUtf8() + "\n");
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QFile command(received);
    QVERIFY(command.open(QIODevice::ReadOnly));
    QVERIFY(command.readAll() == token.toUtf8() + "\n" + m_profile.toUtf8() + "\n");

    // A command that fails: reported, exit 1; the others are still served.
    r = cli({QStringLiteral("deliver"), QStringLiteral("add"), m_profile, QStringLiteral("--exec"),
             QStringLiteral("/bin/sh -c \"exit 3\"")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("deliver"), QStringLiteral("run"), m_profile});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("exec-3") && r.err.contains("3"), r.err.constData());
}

void TestCliDeliver::runExplainsWhatN8nSays_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("explained");
    QTest::newRow("401") << 401 << QStringLiteral("unauthorized") << QStringLiteral("unauthorized")
                         << QByteArray("API key");
    QTest::newRow("403") << 403 << QStringLiteral("Forbidden") << QStringLiteral("forbidden")
                         << QByteArray("credential:update");
    QTest::newRow("404") << 404 << QStringLiteral("Credential not found") << QStringLiteral("not_found")
                         << QByteArray("no credential with the id");
}

void TestCliDeliver::runExplainsWhatN8nSays()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, kind);
    QFETCH(QByteArray, explained);
    QCOMPARE(addN8n().exitCode, 0);
    m_n8n->http().enqueue(N8nTestServer::error(status, message));
    auto r = cli({QStringLiteral("deliver"), QStringLiteral("run"), m_profile});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(explained), r.err.constData());
    QVERIFY(!r.err.contains(apiKey.toUtf8()) && !r.err.contains(token.toUtf8()));

    m_n8n->http().enqueue(N8nTestServer::error(status, message));
    r = cli({QStringLiteral("deliver"), QStringLiteral("run"), m_profile, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject outcome = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(outcome.value(QLatin1String("ok")).toBool(), false);
    QCOMPARE(outcome.value(QLatin1String("result")).toString(), kind);
    QCOMPARE(outcome.value(QLatin1String("http_status")).toInt(), status);
    // The failure is remembered for the listing.
    r = cli({QStringLiteral("deliver"), QStringLiteral("list")});
    QVERIFY2(r.out.contains("\tfailed "), r.out.constData());
}

void TestCliDeliver::validationErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("explained");
    const QString name = QStringLiteral("deliver test %1").arg(QCoreApplication::applicationPid());
    const QString add = QStringLiteral("add");
    const QString deliver = QStringLiteral("deliver");
    const QString keyFile = QStringLiteral("--api-key-file=%1/n8n-key");
    QTest::newRow("no action") << QStringList {deliver} << QByteArray("needs an action");
    QTest::newRow("unknown profile") << QStringList {deliver, add, QStringLiteral("nobody"), QStringLiteral("--file"),
                                                     QStringLiteral("/tmp/x")}
                                     << QByteArray("No saved profile");
    QTest::newRow("no kind") << QStringList {deliver, add, name} << QByteArray("one of --n8n");
    QTest::newRow("two kinds") << QStringList {deliver, add, name, QStringLiteral("--file=/tmp/x"),
                                               QStringLiteral("--exec=/bin/true")}
                               << QByteArray("one of --n8n");
    QTest::newRow("http not loopback") << QStringList {deliver,
                                                       add,
                                                       name,
                                                       QStringLiteral("--n8n=http://n8n.example.com"),
                                                       QStringLiteral("--credential=abc"),
                                                       keyFile}
                                       << QByteArray("https://");
    QTest::newRow("bad credential") << QStringList {
        deliver, add, name, QStringLiteral("--n8n=https://n8n.example.com"), QStringLiteral("--credential=../x"),
        keyFile} << QByteArray("credential id");
    QTest::newRow("no credential") << QStringList {deliver, add, name, QStringLiteral("--n8n=https://n8n.example.com"),
                                                   keyFile}
                                   << QByteArray("--credential");
    QTest::newRow("no key file") << QStringList {deliver, add, name, QStringLiteral("--n8n=https://n8n.example.com"),
                                                 QStringLiteral("--credential=abc")}
                                 << QByteArray("--api-key-file");
    QTest::newRow("missing key file") << QStringList {deliver,
                                                      add,
                                                      name,
                                                      QStringLiteral("--n8n=https://n8n.example.com"),
                                                      QStringLiteral("--credential=abc"),
                                                      QStringLiteral("--api-key-file=/nonexistent/key")}
                                      << QByteArray("not a readable file");
    QTest::newRow("bad format") << QStringList {deliver, add, name, QStringLiteral("--file=/tmp/x"),
                                                QStringLiteral("--format=json")}
                                << QByteArray("format");
    QTest::newRow("field without n8n") << QStringList {deliver, add, name, QStringLiteral("--file=/tmp/x"),
                                                       QStringLiteral("--field=value")}
                                       << QByteArray("--field goes with --n8n");
    QTest::newRow("option of add on list")
        << QStringList {deliver, QStringLiteral("list"), QStringLiteral("--file=/tmp/x")}
        << QByteArray("goes with deliver add");
    QTest::newRow("remove without target")
        << QStringList {deliver, QStringLiteral("remove"), name} << QByteArray("target's id");
    QTest::newRow("unknown target") << QStringList {deliver, QStringLiteral("remove"), name, QStringLiteral("file-9")}
                                    << QByteArray("no delivery target file-9");
    QTest::newRow("run unknown profile") << QStringList {deliver, QStringLiteral("run"), QStringLiteral("nobody")}
                                         << QByteArray("No saved profile");
}

void TestCliDeliver::validationErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, explained);
    for (QString& argument : arguments)
        argument.replace(QStringLiteral("%1"), m_dir->path());
    const auto r = cli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(explained), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(DeliveryStore(settingsFile()).targets(m_profile).isEmpty());
    QCOMPARE(m_n8n->http().requestCount(), 0);
}

void TestCliDeliver::apiKeyThatCannotBeAHeader_data()
{
    QTest::addColumn<QByteArray>("keyFile");
    QTest::addColumn<QByteArray>("explained");
    const QByteArray half1 = QByteArrayLiteral("n8n_api_SecretKey");
    const QByteArray half2 = QByteArrayLiteral("OfTheTest0123");
    const QByteArray control = QByteArrayLiteral("line break or another control character");
    QTest::newRow("CR LF in the middle") << half1 + "\r\n" + half2 + "\r\n" << control;
    QTest::newRow("lone CR in the middle") << half1 + "\r" + half2 + "\n" << control;
    QTest::newRow("tab in the middle") << half1 + "\t" + half2 << control;
    QTest::newRow("escape character") << half1 + "\x1b" + half2 << control;
    QTest::newRow("non-ASCII letter") << half1 + "\xc3\xa9" + half2 << QByteArrayLiteral("HTTP header");
}

void TestCliDeliver::apiKeyThatCannotBeAHeader()
{
    QFETCH(QByteArray, keyFile);
    QFETCH(QByteArray, explained);
    const QString path = writeFile(QStringLiteral("n8n-key"), keyFile);
    QVERIFY(!path.isEmpty());
    auto r = addN8n();
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(explained) && r.err.contains(path.toUtf8()), r.err.constData());
    // The key is named, never repeated, not even in part.
    QVERIFY2(!r.err.contains("SecretKey") && !r.err.contains("OfTheTest"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // Nothing stored: no target, no key in the keychain.
    QVERIFY(DeliveryStore(settingsFile()).targets(m_profile).isEmpty());
    QVERIFY(KeyringTestSupport::longLivedItems(TokenVault::serviceName(),
                                               TokenVault::deliveryKeyKey(m_profile, QStringLiteral("n8n-1")))
                .isEmpty());
    r = cli({QStringLiteral("deliver"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QCOMPARE(m_n8n->http().requestCount(), 0);
}

void TestCliDeliver::userInfoIsNeverShown()
{
    // Refused without echoing the password.
    auto r = cli({QStringLiteral("deliver"), QStringLiteral("add"), m_profile,
                  QStringLiteral("--n8n=https://admin:hunter2pass@n8n.example.com"), QStringLiteral("--credential=abc"),
                  QStringLiteral("--api-key-file=") + m_dir->filePath(QStringLiteral("n8n-key")),
                  QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("user name or password"), r.err.constData());
    QVERIFY(!r.err.contains("hunter2pass") && !r.out.contains("hunter2pass"));
    QVERIFY(!r.err.contains("admin") && !r.out.contains("admin"));

    // A profile's file edited by hand: listed without it, and never sent.
    {
        QSettings settings(ProfileFolder(settingsFile()).fileFor(m_profile), QSettings::IniFormat);
        settings.setValue(QStringLiteral("name"), m_profile);
        settings.beginWriteArray(QStringLiteral("deliveries"), 1);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("id"), QStringLiteral("n8n-1"));
        settings.setValue(QStringLiteral("kind"), QStringLiteral("n8n"));
        settings.setValue(QStringLiteral("url"), QStringLiteral("https://admin:hunter2pass@n8n.example.com"));
        settings.setValue(QStringLiteral("credential"), QStringLiteral("abc"));
        settings.setValue(QStringLiteral("field"), QStringLiteral("accessToken"));
        settings.endArray();
    }
    for (const QStringList& args :
         {QStringList {QStringLiteral("deliver"), QStringLiteral("list")},
          QStringList {QStringLiteral("deliver"), QStringLiteral("list"), QStringLiteral("--json")},
          QStringList {QStringLiteral("deliver"), QStringLiteral("run")}}) {
        r = cli(args);
        QVERIFY2(r.out.contains("n8n.example.com") || r.err.contains("n8n"), r.out.constData());
        QVERIFY2(!r.out.contains("hunter2pass") && !r.err.contains("hunter2pass"), r.out.constData());
        QVERIFY(!r.out.contains("admin") && !r.err.contains("admin"));
    }
}

QTEST_GUILESS_MAIN(TestCliDeliver)
#include "TestCliDeliver.moc"
