// `longlived-cli keychain list|get|delete` as a process: the profiles the desktop app saved
// (its QSettings file, under a temporary XDG_CONFIG_HOME) and, with the REAL Secret Service of
// scripts/run-tests.sh, the token read back from the keychain and deleted. The keyring parts
// skip without a Secret Service, and fail instead when LONGLIVED_REQUIRE_KEYRING=1.

#include "CliProcess.h"
#include "KeyringTestSupport.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "TokenVault.h"
#include "VaultJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestCliKeychain : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listShowsTheDesktopAppsProfiles();
    void getOfAnUnknownProfileFails();
    void usageErrors();
    void getAndDeleteThroughTheKeychain();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("LongLived/LongLived.conf")); }
    CliProcess cli() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliKeychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliProcess TestCliKeychain::cli() const
{
    CliProcess process;
    // The CLI finds the desktop app's settings at $XDG_CONFIG_HOME/LongLived/LongLived.conf.
    process.setEnv(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path());
    return process;
}

void TestCliKeychain::listShowsTheDesktopAppsProfiles()
{
    {
        ProfileStore store(settingsFile());
        Profile threads;
        threads.name = QStringLiteral("Threads · brand");
        threads.platform = Platform::Threads;
        threads.savedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        threads.expiresAt = QDateTime(QDate(2099, 4, 30), QTime(12, 0), Qt::UTC);
        QVERIFY(store.put(threads));
        Profile page;
        page.name = QStringLiteral("a page");
        page.appId = QStringLiteral("1234567890");
        page.neverExpires = true;
        page.hasStoredSecret = true;
        QVERIFY(store.put(page));
    }
    auto r = cli().run({QStringLiteral("keychain"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray profiles = QJsonDocument::fromJson(r.out).object().value(QLatin1String("profiles")).toArray();
    QCOMPARE(profiles.size(), 2);
    const QJsonObject first = profiles.at(0).toObject(); // sorted by name, case-insensitive
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("a page"));
    QCOMPARE(first.value(QLatin1String("platform")).toString(), QStringLiteral("facebook"));
    QCOMPARE(first.value(QLatin1String("app_id")).toString(), QStringLiteral("1234567890"));
    QCOMPARE(first.value(QLatin1String("never_expires")).toBool(), true);
    QVERIFY(first.value(QLatin1String("expires_at")).isNull());
    QCOMPARE(first.value(QLatin1String("has_stored_secret")).toBool(), true);
    const QJsonObject second = profiles.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("expires_at")).toString(), QStringLiteral("2099-04-30T12:00:00Z"));
    QVERIFY(!second.contains(QLatin1String("access_token"))); // listing never reads the keychain

    r = cli().run({QStringLiteral("keychain"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outLines().size(), 2);
    QVERIFY(r.outLines().at(0).startsWith("a page\tfacebook\t1234567890\tnever expires"));
    QVERIFY(r.err.contains("2 saved tokens"));
}

void TestCliKeychain::getOfAnUnknownProfileFails()
{
    const auto r = cli().run(
        {QStringLiteral("keychain"), QStringLiteral("get"), QStringLiteral("nobody"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error = QJsonDocument::fromJson(r.out).object().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("not_found"));
    QVERIFY(r.err.startsWith("Error: "));
}

void TestCliKeychain::usageErrors()
{
    for (const QStringList& args :
         {QStringList {QStringLiteral("keychain")}, QStringList {QStringLiteral("keychain"), QStringLiteral("get")},
          QStringList {QStringLiteral("keychain"), QStringLiteral("list"), QStringLiteral("x")},
          QStringList {QStringLiteral("keychain"), QStringLiteral("steal"), QStringLiteral("x")}}) {
        const auto r = cli().run(args);
        QCOMPARE(r.exitCode, 2);
    }
}

void TestCliKeychain::getAndDeleteThroughTheKeychain()
{
    LONGLIVED_REQUIRE_SECRET_SERVICE();
    const QString name = QStringLiteral("cli test · %1").arg(QCoreApplication::applicationPid());
    const QString token = QStringLiteral("THsavedTokenFromTheDesktopApp");
    {
        ProfileStore store(settingsFile());
        TokenVault vault(&store);
        Profile profile;
        profile.name = name;
        profile.platform = Platform::Threads;
        profile.expiresAt = QDateTime::currentDateTimeUtc().addDays(50);
        VaultJob* job = vault.save(profile, token, QStringLiteral("savedSecretNeverPrinted"));
        QSignalSpy saved(job, &VaultJob::succeeded);
        QVERIFY(saved.wait(15000));
    }

    auto r = cli().run({QStringLiteral("keychain"), QStringLiteral("get"), name});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, token.toUtf8() + "\n");
    QVERIFY(r.err.contains("expires in"));

    r = cli().run({QStringLiteral("keychain"), QStringLiteral("get"), name, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QLatin1String("access_token")).toString(), token);
    QCOMPARE(json.value(QLatin1String("platform")).toString(), QStringLiteral("threads"));
    QVERIFY(!r.out.contains("savedSecretNeverPrinted"));
    QVERIFY(!r.err.contains("savedSecretNeverPrinted"));

    r = cli().run({QStringLiteral("keychain"), QStringLiteral("delete"), name});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    r = cli().run({QStringLiteral("keychain"), QStringLiteral("get"), name});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(KeyringTestSupport::longLivedItems(TokenVault::serviceName(), TokenVault::tokenKey(name)).isEmpty());
    QVERIFY(KeyringTestSupport::longLivedItems(TokenVault::serviceName(), TokenVault::secretKey(name)).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "TestCliKeychain.moc"
