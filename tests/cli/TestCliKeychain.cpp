// `longlived-cli keychain list|get|delete` as a process: the profiles the desktop app saved
// (its QSettings file, under a temporary XDG_CONFIG_HOME) and, with the REAL Secret Service of
// scripts/run-tests.sh, the token read back from the keychain and deleted. The keyring parts
// skip without a Secret Service, and fail instead when LONGLIVED_REQUIRE_KEYRING=1.

#include "StoredSettings.h"
#include "CliProcess.h"
#include "CliTestFixture.h"
#include "vault/DeliveryStore.h"
#include "GraphTestServer.h"
#include "KeyringTestSupport.h"
#include "vault/Profile.h"
#include "vault/ProfileStore.h"
#include "vault/TokenVault.h"
#include "vault/VaultJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestCliKeychain : public QObject, private CliTestFixture {
    Q_OBJECT

private slots:
    void init();
    void listShowsTheDesktopAppsProfiles();
    void getOfAnUnknownProfileFails();
    void usageErrors();
    void getAndDeleteThroughTheKeychain();
    void deleteRemovesDeliveryTargetsAndKeys();
    void exchangeSaveStoresTheWindowsProfile();
    void saveRefusesAnExistingNameBeforeAskingMeta();
    void saveReplacesWithReplace();
    void saveWithTheAppSecret();
    void refreshSave();
    void saveUsageErrors();
    void saveFailureStillPrintsTheToken();
    void cleanup();

private:
    /// A unique profile name, forgotten in cleanup().
    QString uniqueName(const QString& base);
    /// exchange --save against m_server (which must hold the answer) with \a extra arguments.
    CliProcess::Result exchangeAndSave(const QString& name, const QStringList& extra = {});
    void saveThroughTheVault(const QString& name, const QString& token, const QString& secret = {});

    QStringList m_names;
};

namespace {
const QString appId = QStringLiteral("1234567890");
const QString appSecret = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString shortToken = QStringLiteral("EAAshortLivedTokenForSaving");
const QString longToken = QStringLiteral("EAAlongLivedTokenSavedByTheCli");

using KeyringTestSupport::keychainValue;
using KeyringTestSupport::waitForVault;
} // namespace

void TestCliKeychain::init()
{
    QVERIFY(startFixture());
    writeFile(QStringLiteral("secret"), appSecret.toUtf8() + "\n");
    writeFile(QStringLiteral("token"), shortToken.toUtf8() + "\n");
}

void TestCliKeychain::cleanup()
{
    QString why;
    if (!m_names.isEmpty() && KeyringTestSupport::secretServiceReachable(&why)) {
        ProfileStore store(settingsFile());
        TokenVault vault(&store);
        for (const QString& name : std::as_const(m_names))
            waitForVault(vault.forget(name));
    }
    m_names.clear();
    stopFixture();
}

QString TestCliKeychain::uniqueName(const QString& base)
{
    const QString name = QStringLiteral("cli save %1 %2").arg(base).arg(QCoreApplication::applicationPid());
    m_names << name;
    return name;
}

CliProcess::Result TestCliKeychain::exchangeAndSave(const QString& name, const QStringList& extra)
{
    CliProcess process = settingsCli(m_server->baseUrl());
    return process.run(QStringList {QStringLiteral("exchange"), QStringLiteral("--app-id"), appId,
                                    QStringLiteral("--app-secret-file"), m_dir->filePath(QStringLiteral("secret")),
                                    QStringLiteral("--token-file"), m_dir->filePath(QStringLiteral("token")),
                                    QStringLiteral("--save"), name}
                       + extra);
}

void TestCliKeychain::saveThroughTheVault(const QString& name, const QString& token, const QString& secret)
{
    ProfileStore store(settingsFile());
    TokenVault vault(&store);
    Profile profile;
    profile.name = name;
    profile.appId = appId;
    profile.expiresAt = QDateTime::currentDateTimeUtc().addDays(20);
    QVERIFY(waitForVault(vault.save(profile, token, secret)));
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
    auto r = settingsCli().run({QStringLiteral("keychain"), QStringLiteral("list"), QStringLiteral("--json")});
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

    r = settingsCli().run({QStringLiteral("keychain"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outLines().size(), 2);
    QVERIFY(r.outLines().at(0).startsWith("a page\tfacebook\t1234567890\tnever expires"));
    QVERIFY(r.err.contains("2 saved tokens"));
}

void TestCliKeychain::getOfAnUnknownProfileFails()
{
    const auto r = settingsCli().run(
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
        const auto r = settingsCli().run(args);
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

    auto r = settingsCli().run({QStringLiteral("keychain"), QStringLiteral("get"), name});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, token.toUtf8() + "\n");
    QVERIFY(r.err.contains("expires in"));

    r = settingsCli().run({QStringLiteral("keychain"), QStringLiteral("get"), name, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QLatin1String("access_token")).toString(), token);
    QCOMPARE(json.value(QLatin1String("platform")).toString(), QStringLiteral("threads"));
    QVERIFY(!r.out.contains("savedSecretNeverPrinted"));
    QVERIFY(!r.err.contains("savedSecretNeverPrinted"));

    r = settingsCli().run({QStringLiteral("keychain"), QStringLiteral("delete"), name});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    r = settingsCli().run({QStringLiteral("keychain"), QStringLiteral("get"), name});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(KeyringTestSupport::longLivedItems(TokenVault::serviceName(), TokenVault::tokenKey(name)).isEmpty());
    QVERIFY(KeyringTestSupport::longLivedItems(TokenVault::serviceName(), TokenVault::secretKey(name)).isEmpty());
}

void TestCliKeychain::deleteRemovesDeliveryTargetsAndKeys()
{
    LONGLIVED_REQUIRE_SECRET_SERVICE();
    const QString name = uniqueName(QStringLiteral("with targets"));
    saveThroughTheVault(name, longToken);
    QString keyId;
    {
        ProfileStore store(settingsFile());
        TokenVault vault(&store);
        const auto n8n = vault.deliveryStore()->add(
            name, DeliveryTarget::n8n(QUrl(QStringLiteral("https://n8n.example.com")), QStringLiteral("cred1")));
        QVERIFY(n8n);
        QVERIFY(vault.deliveryStore()->add(name, DeliveryTarget::exec(QStringLiteral("/bin/true"))));
        QVERIFY(waitForVault(vault.saveDeliveryKey(name, n8n->id, QStringLiteral("n8nApiKeyOfTheTarget"))));
        keyId = n8n->id;
    }
    QCOMPARE(keychainValue(TokenVault::deliveryKeyKey(name, keyId)), QStringLiteral("n8nApiKeyOfTheTarget"));

    const auto r = settingsCli().run({QStringLiteral("keychain"), QStringLiteral("delete"), name});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(DeliveryStore(settingsFile()).targets(name).isEmpty());
    QVERIFY(KeyringTestSupport::longLivedItems(TokenVault::serviceName(), TokenVault::deliveryKeyKey(name, keyId))
                .isEmpty());
    QVERIFY(!ProfileStore(settingsFile()).contains(name));
}

void TestCliKeychain::exchangeSaveStoresTheWindowsProfile()
{
    LONGLIVED_REQUIRE_SECRET_SERVICE();
    const QString name = uniqueName(QStringLiteral("new"));
    m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto r = exchangeAndSave(name);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, longToken.toUtf8() + "\n"); // stdout as without --save
    QVERIFY2(r.err.contains("Saved in the keychain as"), r.err.constData());

    // The record the window's "Save to keychain" writes: Profile::fromTokenResult() of the
    // answer with the form's App ID and the API version, saved through TokenVault::save().
    const std::optional<Profile> stored = ProfileStore(settingsFile()).profile(name);
    QVERIFY(stored);
    TokenResult result;
    result.platform = Platform::Facebook;
    result.accessToken = longToken;
    result.tokenType = QStringLiteral("bearer");
    result.expiresIn = 5183944;
    result.expiresAt = stored->expiresAt; // received a moment ago: checked just below
    result.receivedAt = stored->obtainedAt; // likewise
    const QString apiVersion = m_server->lastRequest().path.section(QLatin1Char('/'), 1, 1);
    Profile expected = Profile::fromTokenResult(name, result, appId, apiVersion);
    expected.savedAt = stored->savedAt;
    QCOMPARE(*stored, expected);
    QVERIFY(qAbs(before.addSecs(5183944).secsTo(stored->expiresAt)) < 30);
    QVERIFY(qAbs(before.secsTo(stored->obtainedAt)) < 30); // renew counts Meta's 24 hours from here
    QVERIFY(qAbs(before.secsTo(stored->savedAt)) < 30);
    QVERIFY(!stored->hasStoredSecret);
    QCOMPARE(keychainValue(TokenVault::tokenKey(name)), longToken);
    QVERIFY(KeyringTestSupport::longLivedItems(TokenVault::serviceName(), TokenVault::secretKey(name)).isEmpty());
    // Found by the keychain command as any saved token.
    const auto get = settingsCli().run({QStringLiteral("keychain"), QStringLiteral("get"), name});
    QCOMPARE(get.out, longToken.toUtf8() + "\n");
}

void TestCliKeychain::saveRefusesAnExistingNameBeforeAskingMeta()
{
    LONGLIVED_REQUIRE_SECRET_SERVICE();
    const QString name = uniqueName(QStringLiteral("taken"));
    saveThroughTheVault(name, QStringLiteral("EAAtheTokenSavedBefore"));
    m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
    auto r = exchangeAndSave(name);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("exists already") && r.err.contains("--replace"), r.err.constData());
    QCOMPARE(m_server->requestCount(), 0); // nothing was sent to Meta
    QCOMPARE(keychainValue(TokenVault::tokenKey(name)), QStringLiteral("EAAtheTokenSavedBefore"));

    r = exchangeAndSave(name, {QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject error = QJsonDocument::fromJson(r.out).object().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("profile_exists"));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliKeychain::saveReplacesWithReplace()
{
    LONGLIVED_REQUIRE_SECRET_SERVICE();
    const QString name = uniqueName(QStringLiteral("replaced"));
    saveThroughTheVault(name, QStringLiteral("EAAtheTokenSavedBefore"), QStringLiteral("anOldStoredAppSecret"));
    m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
    const auto r = exchangeAndSave(name, {QStringLiteral("--replace"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QLatin1String("access_token")).toString(), longToken);
    QCOMPARE(json.value(QLatin1String("saved_profile")).toString(), name);
    QCOMPARE(keychainValue(TokenVault::tokenKey(name)), longToken);
    // As the window's unchecked "store the App Secret" box: an old secret does not stay.
    QVERIFY(KeyringTestSupport::longLivedItems(TokenVault::serviceName(), TokenVault::secretKey(name)).isEmpty());
    QVERIFY(!ProfileStore(settingsFile()).profile(name)->hasStoredSecret);
}

void TestCliKeychain::saveWithTheAppSecret()
{
    LONGLIVED_REQUIRE_SECRET_SERVICE();
    const QString name = uniqueName(QStringLiteral("secret"));
    m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
    const auto r = exchangeAndSave(name, {QStringLiteral("--save-app-secret")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("with the App Secret"));
    QVERIFY(!r.out.contains(appSecret.toUtf8()) && !r.err.contains(appSecret.toUtf8()));
    QCOMPARE(keychainValue(TokenVault::secretKey(name)), appSecret);
    QVERIFY(ProfileStore(settingsFile()).profile(name)->hasStoredSecret);
    const QByteArray bytes = StoredSettings::bytes(settingsFile());
    QVERIFY(bytes.contains("hasStoredSecret=true"));
    QVERIFY(!bytes.contains(appSecret.toUtf8()) && !bytes.contains(longToken.toUtf8()));
}

void TestCliKeychain::refreshSave()
{
    LONGLIVED_REQUIRE_SECRET_SERVICE();
    const QString name = uniqueName(QStringLiteral("refreshed"));
    writeFile(QStringLiteral("threads"), "THlongLivedTokenToRefresh\n");
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("THrefreshedAndSaved"), 5184000));
    CliProcess process = settingsCli(m_server->baseUrl());
    process.setEnv(QStringLiteral("LONGLIVED_APP_SECRET"), QStringLiteral("threadsAppSecretFromTheEnv"));
    const QStringList args {QStringLiteral("refresh"), QStringLiteral("--token-file"),
                            m_dir->filePath(QStringLiteral("threads")), QStringLiteral("--save"), name};
    auto r = process.run(args + QStringList {QStringLiteral("--save-app-secret")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("THrefreshedAndSaved\n"));
    const std::optional<Profile> stored = ProfileStore(settingsFile()).profile(name);
    QVERIFY(stored);
    QCOMPARE(stored->platform, Platform::Threads);
    QVERIFY(stored->hasStoredSecret);
    QCOMPARE(keychainValue(TokenVault::tokenKey(name)), QStringLiteral("THrefreshedAndSaved"));
    QCOMPARE(keychainValue(TokenVault::secretKey(name)), QStringLiteral("threadsAppSecretFromTheEnv"));

    // Refreshed again into the same profile: the stored App Secret stays (no secret at hand).
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("THrefreshedTwice"), 5184000));
    r = process.run(args + QStringList {QStringLiteral("--replace")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(keychainValue(TokenVault::tokenKey(name)), QStringLiteral("THrefreshedTwice"));
    QCOMPARE(keychainValue(TokenVault::secretKey(name)), QStringLiteral("threadsAppSecretFromTheEnv"));
    QVERIFY(ProfileStore(settingsFile()).profile(name)->hasStoredSecret);
}

void TestCliKeychain::saveUsageErrors()
{
    for (const QStringList& args : {
             QStringList {QStringLiteral("exchange"), QStringLiteral("--replace")},
             QStringList {QStringLiteral("refresh"), QStringLiteral("--save-app-secret")},
             QStringList {QStringLiteral("exchange"), QStringLiteral("--save="), QStringLiteral("--replace")},
             QStringList {QStringLiteral("refresh"), QStringLiteral("--app-secret-file"), QStringLiteral("x")},
         }) {
        const auto r = settingsCli().run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliKeychain::saveFailureStillPrintsTheToken()
{
    // No Secret Service on the bus the CLI sees: the keychain fails after Meta answered.
    KeyringTestSupport::PrivateBus bus;
    QString why;
    if (!bus.start(&why))
        QSKIP(qPrintable(QStringLiteral("no private D-Bus daemon: ") + why));
    const QString name = QStringLiteral("cli save without keychain");
    for (const bool json : {false, true}) {
        m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
        CliProcess process = settingsCli(m_server->baseUrl());
        process.setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address());
        QStringList args {QStringLiteral("exchange"),
                          QStringLiteral("--app-id"),
                          appId,
                          QStringLiteral("--app-secret-file"),
                          m_dir->filePath(QStringLiteral("secret")),
                          QStringLiteral("--token-file"),
                          m_dir->filePath(QStringLiteral("token")),
                          QStringLiteral("--save"),
                          name};
        if (json)
            args << QStringLiteral("--json");
        const auto r = process.run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("could not be saved in the keychain"), r.err.constData());
        if (json) {
            const QJsonObject object = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(object.value(QLatin1String("access_token")).toString(), longToken);
            QVERIFY(object.value(QLatin1String("save_error")).isObject());
        } else {
            QCOMPARE(r.out, longToken.toUtf8() + "\n");
        }
        QVERIFY(!ProfileStore(settingsFile()).contains(name));
    }
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "TestCliKeychain.moc"
