// TokenVault against the REAL Secret Service (gnome-keyring in the private D-Bus session that
// scripts/run-tests.sh starts): save → list → load → forget, checked from outside with
// secret-tool, and the settings file checked for secrets. Skips without a Secret Service,
// fails instead when LONGLIVED_REQUIRE_KEYRING=1.

#include "vault/DeliveryStore.h"
#include "KeyringTestSupport.h"
#include "StoredSettings.h"
#include "vault/ProfileStore.h"
#include "vault/TokenVault.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

using namespace KeyringTestSupport;

namespace {
struct Outcome {
    bool finished = false;
    bool succeeded = false;
    Profile profile;
    QString token;
    QString appSecret;
    VaultError error;
};

// Collects a job's one result; shared, because a job that outlives the wait must not write
// into a dead stack frame.
std::shared_ptr<Outcome> watch(VaultJob* job)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(job, &VaultJob::succeeded, job, [outcome, job](const Profile& profile) {
        outcome->finished = outcome->succeeded = true;
        outcome->profile = profile;
        outcome->token = job->token();
        outcome->appSecret = job->appSecret();
    });
    QObject::connect(job, &VaultJob::failed, job, [outcome](const VaultError& error) {
        outcome->finished = true;
        outcome->error = error;
    });
    return outcome;
}

std::shared_ptr<Outcome> finish(VaultJob* job)
{
    auto outcome = watch(job);
    if (!QTest::qWaitFor([&] { return outcome->finished; }, 20000))
        qWarning("vault job did not finish within 20 s");
    return outcome;
}
} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<TokenVault> m_vault;
    QStringList m_names; // every profile name a test used, forgotten in cleanup()
    const QDateTime m_now = QDateTime::fromString(QStringLiteral("2026-03-01T12:00:00Z"), Qt::ISODate);

    // Unique per run, so that running this outside the sandbox can never touch a real profile.
    QString uniqueName(const QString& base)
    {
        const QString name = QStringLiteral("LongLived test %1 %2")
                                 .arg(base, QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
        m_names << name;
        return name;
    }

    Profile profileNamed(const QString& name) const
    {
        Profile p;
        p.name = name;
        p.platform = Platform::Facebook;
        p.appId = QStringLiteral("1234567890");
        p.expiresAt = m_now.addDays(60);
        p.apiVersion = QStringLiteral("v25.0");
        return p;
    }

    QByteArray settingsBytes() const { return StoredSettings::bytes(m_store->fileName()); }

private slots:
    void initTestCase()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ini"));
        QFile::remove(file);
        m_store = std::make_unique<ProfileStore>(file);
        m_vault = std::make_unique<TokenVault>(m_store.get());
        m_vault->setClock([this] { return m_now; });
    }

    void cleanup()
    {
        // Whatever a failed test left behind, with a fresh vault at the default timeout.
        TokenVault vault(m_store.get());
        for (const QString& name : std::as_const(m_names))
            finish(vault.forget(name));
        m_names.clear();
        m_vault.reset();
        m_store.reset();
    }

    void documentedNames()
    {
        QCOMPARE(TokenVault::serviceName(), QStringLiteral("LongLived"));
        QCOMPARE(TokenVault::tokenKey(QStringLiteral("Facebook · 1")), QStringLiteral("token/Facebook · 1"));
        QCOMPARE(TokenVault::secretKey(QStringLiteral("Facebook · 1")), QStringLiteral("secret/Facebook · 1"));
        QCOMPARE(TokenVault::defaultTimeoutMs, 10000);
        QCOMPARE(m_vault->timeoutMs(), 10000);
    }

    void saveListLoadForget()
    {
        const QString name = uniqueName(QStringLiteral("round trip"));
        const QString token = QStringLiteral("EAAround%1trip").arg(QUuid::createUuid().toString(QUuid::Id128));

        // save: the keychain first, then the list.
        VaultJob* save = m_vault->save(profileNamed(name), token);
        auto saved = watch(save);
        QVERIFY(!saved->finished); // always asynchronous
        QTRY_VERIFY_WITH_TIMEOUT(saved->finished, 20000);
        QVERIFY2(saved->succeeded, qPrintable(saved->error.displayText()));
        QCOMPARE(saved->profile.savedAt, m_now);
        QVERIFY(!saved->profile.hasStoredSecret);

        // list: from the settings alone, in another store (the next start of the app).
        const QList<Profile> listed = ProfileStore(m_store->fileName()).profiles();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().name, name);
        QCOMPARE(listed.first().appId, QStringLiteral("1234567890"));
        QCOMPARE(listed.first().expiresAt, m_now.addDays(60));
        QCOMPARE(listed.first().savedAt, m_now);

        // In the keychain, exactly as documented in the README.
        const QList<SecretItem> items = longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().label, QStringLiteral("LongLived"));
        QCOMPARE(items.first().schema, QStringLiteral("org.qt.keychain"));
        QCOMPARE(items.first().attributes.value(QStringLiteral("server")), QStringLiteral("LongLived"));
        QCOMPARE(items.first().attributes.value(QStringLiteral("user")), QStringLiteral("token/") + name);
        QCOMPARE(items.first().attributes.value(QStringLiteral("type")), QStringLiteral("plaintext"));
        QVERIFY(secretToolLookup({QStringLiteral("server"), QStringLiteral("LongLived"), QStringLiteral("user"),
                                  QStringLiteral("token/") + name})
                == token);
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("secret/") + name).isEmpty());
        QVERIFY(!settingsBytes().contains(token.toUtf8()));

        // load
        auto loaded = finish(m_vault->load(name));
        QVERIFY2(loaded->succeeded, qPrintable(loaded->error.displayText()));
        QVERIFY(loaded->token == token);
        QCOMPARE(loaded->profile.name, name);

        // forget: entry and profile gone.
        auto forgotten = finish(m_vault->forget(name));
        QVERIFY2(forgotten->succeeded, qPrintable(forgotten->error.displayText()));
        QCOMPARE(forgotten->profile.name, name);
        QVERIFY(m_store->profiles().isEmpty());
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name).isEmpty());

        auto again = finish(m_vault->load(name));
        QCOMPARE(again->error.kind(), VaultError::Kind::NotFound);
    }

    // Where QtKeychain does not keep its entries in the Secret Service (KDE: KWallet), every read
    // is QtKeychain's own; the same round trip, a secret beside the token, and a missing entry.
    void readsThroughQtKeychainAlone()
    {
        m_vault->setSecretServiceReader(nullptr);
        const QString name = uniqueName(QStringLiteral("QtKeychain alone"));
        const QString token = QStringLiteral("EAAalone%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString secret = QStringLiteral("aloneSecret·ü0123456789");
        Profile profile = profileNamed(name);
        auto saved = finish(m_vault->save(profile, token, secret));
        QVERIFY2(saved->succeeded, qPrintable(saved->error.displayText()));
        auto loaded = finish(m_vault->load(name, true));
        QVERIFY2(loaded->succeeded, qPrintable(loaded->error.displayText()));
        QVERIFY(loaded->token == token);
        QVERIFY(loaded->appSecret == secret);
        auto missing = finish(m_vault->loadDeliveryKey(name, QStringLiteral("no-such-target")));
        QCOMPARE(missing->error.kind(), VaultError::Kind::NotFound);
    }

    void forgetRemovesDeliveryTargetsAndTheirKeys()
    {
        const QString name = uniqueName(QStringLiteral("with targets"));
        const QString other = uniqueName(QStringLiteral("bystander"));
        const QString token = QStringLiteral("EAAtargets%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        QVERIFY(finish(m_vault->save(profileNamed(name), token))->succeeded);
        QVERIFY(finish(m_vault->save(profileNamed(other), token))->succeeded);

        // The vault's store is on the profiles' file, and a second one there sees its targets.
        DeliveryStore* deliveries = m_vault->deliveryStore();
        QCOMPARE(deliveries->fileName(), m_store->fileName());
        const auto n8n = deliveries->add(
            name, DeliveryTarget::n8n(QUrl(QStringLiteral("https://n8n.example.com")), QStringLiteral("cred1")));
        const auto file = deliveries->add(name, DeliveryTarget::file(m_dir.filePath(QStringLiteral("token.txt"))));
        const auto kept = deliveries->add(
            other, DeliveryTarget::n8n(QUrl(QStringLiteral("https://n8n.example.com")), QStringLiteral("cred2")));
        QVERIFY(n8n && file && kept);
        QVERIFY(finish(m_vault->saveDeliveryKey(name, n8n->id, QStringLiteral("n8n-key-one")))->succeeded);
        QVERIFY(finish(m_vault->saveDeliveryKey(other, kept->id, QStringLiteral("n8n-key-two")))->succeeded);
        QCOMPARE(DeliveryStore(m_store->fileName()).targets(name).size(), 2);

        auto forgotten = finish(m_vault->forget(name));
        QVERIFY2(forgotten->succeeded, qPrintable(forgotten->error.displayText()));
        QVERIFY(DeliveryStore(m_store->fileName()).targets(name).isEmpty());
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), TokenVault::deliveryKeyKey(name, n8n->id)).isEmpty());
        // Another profile's targets and key stay.
        QCOMPARE(DeliveryStore(m_store->fileName()).targets(other).size(), 1);
        QCOMPARE(longLivedItems(QStringLiteral("LongLived"), TokenVault::deliveryKeyKey(other, kept->id)).size(), 1);
        QVERIFY(finish(m_vault->forget(other))->succeeded);
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), TokenVault::deliveryKeyKey(other, kept->id)).isEmpty());
    }

    void appSecretOnlyWhenAsked()
    {
        const QString name = uniqueName(QStringLiteral("with secret"));
        const QString token = QStringLiteral("THtoken-with-secret-0123456789");
        const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef");

        auto saved = finish(m_vault->save(profileNamed(name), token, secret));
        QVERIFY2(saved->succeeded, qPrintable(saved->error.displayText()));
        QVERIFY(saved->profile.hasStoredSecret);
        QVERIFY(m_store->profile(name)->hasStoredSecret);
        const QList<SecretItem> items = longLivedItems(QStringLiteral("LongLived"), QStringLiteral("secret/") + name);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().attributes.value(QStringLiteral("user")), QStringLiteral("secret/") + name);

        auto withoutSecret = finish(m_vault->load(name));
        QVERIFY(withoutSecret->succeeded);
        QVERIFY(withoutSecret->token == token);
        QVERIFY(withoutSecret->appSecret.isEmpty()); // not read unless asked

        auto withSecret = finish(m_vault->load(name, true));
        QVERIFY(withSecret->succeeded);
        QVERIFY(withSecret->token == token);
        QVERIFY(withSecret->appSecret == secret);

        const QByteArray settings = settingsBytes();
        QVERIFY(!settings.contains(token.toUtf8()));
        QVERIFY(!settings.contains(secret.toUtf8()));

        // Saved again with no secret at hand (std::nullopt, e.g. a reopened profile): kept.
        auto kept = finish(m_vault->save(profileNamed(name), QStringLiteral("THtoken-resaved-0123456789")));
        QVERIFY(kept->succeeded);
        QVERIFY(kept->profile.hasStoredSecret);
        QVERIFY(m_store->profile(name)->hasStoredSecret);
        QVERIFY(finish(m_vault->load(name, true))->appSecret == secret);

        // Saved again with the box unchecked (an empty secret): the old secret goes too.
        auto resaved = finish(m_vault->save(profileNamed(name), token, QString()));
        QVERIFY(resaved->succeeded);
        QVERIFY(!m_store->profile(name)->hasStoredSecret);
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("secret/") + name).isEmpty());
        QCOMPARE(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name).size(), 1);

        QVERIFY(finish(m_vault->save(profileNamed(name), token, secret))->succeeded);
        QVERIFY(finish(m_vault->forget(name))->succeeded);
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("secret/") + name).isEmpty());
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name).isEmpty());
    }

    void replaceTokenForRefresh()
    {
        const QString name = uniqueName(QStringLiteral("refresh"));
        const QString secret = QStringLiteral("threads-app-secret-0123456789");
        QVERIFY(finish(m_vault->save(profileNamed(name), QStringLiteral("THold-token-0123456789"), secret))->succeeded);

        const QDateTime later = m_now.addDays(10);
        m_vault->setClock([later] { return later; });
        Profile refreshed = *m_store->profile(name);
        refreshed.expiresAt = later.addDays(60);
        auto replaced = finish(m_vault->replaceToken(refreshed, QStringLiteral("THnew-token-0123456789")));
        QVERIFY2(replaced->succeeded, qPrintable(replaced->error.displayText()));
        QCOMPARE(replaced->profile.expiresAt, later.addDays(60));
        QCOMPARE(replaced->profile.savedAt, later);
        QVERIFY(replaced->profile.hasStoredSecret); // the secret is left alone

        const Profile stored = *m_store->profile(name);
        QCOMPARE(stored, replaced->profile);
        auto loaded = finish(m_vault->load(name, true));
        QVERIFY(loaded->token == QStringLiteral("THnew-token-0123456789"));
        QVERIFY(loaded->appSecret == secret);
        // Replaced in place, not added beside the old one.
        QCOMPARE(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name).size(), 1);

        Profile unknown = profileNamed(uniqueName(QStringLiteral("never saved")));
        auto missing = finish(m_vault->replaceToken(unknown, QStringLiteral("THwhatever-0123456789")));
        QCOMPARE(missing->error.kind(), VaultError::Kind::NotFound);
        QVERIFY(!m_store->contains(unknown.name));
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + unknown.name).isEmpty());
    }

    // A process killed between the keychain write and the profile's update: the next load
    // makes the list agree with the token the keychain holds, in both directions.
    void interruptedReplaceIsSettledOnLoad()
    {
        const QString name = uniqueName(QStringLiteral("interrupted"));
        const QString oldToken = QStringLiteral("THold-interrupted-0123456789");
        const QString newToken = QStringLiteral("THnew-interrupted-0123456789");
        QVERIFY(finish(m_vault->save(profileNamed(name), oldToken))->succeeded);
        const Profile before = *m_store->profile(name);
        QVERIFY(!m_store->pendingReplace(name).has_value());

        // Killed before the keychain write: the keychain holds the old token, the note goes.
        Profile updated = before;
        updated.expiresAt = m_now.addDays(90);
        updated.renewedAt = m_now;
        QVERIFY(m_store->setPendingReplace(updated, TokenVault::fingerprint(newToken)));
        auto loaded = finish(m_vault->load(name));
        QVERIFY(loaded->succeeded);
        QVERIFY(loaded->token == oldToken);
        QCOMPARE(loaded->profile, before);
        QCOMPARE(*m_store->profile(name), before);
        QVERIFY(!m_store->pendingReplace(name).has_value());

        // Killed after it: the keychain holds the new token, the profile follows it.
        auto replaced = finish(m_vault->replaceToken(updated, newToken));
        QVERIFY(replaced->succeeded);
        QVERIFY(!m_store->pendingReplace(name).has_value()); // a finished replace leaves no note
        const Profile after = replaced->profile;
        QVERIFY(m_store->put(before));
        QVERIFY(m_store->setPendingReplace(after, TokenVault::fingerprint(newToken)));
        loaded = finish(m_vault->load(name));
        QVERIFY(loaded->token == newToken);
        QCOMPARE(loaded->profile, after);
        QCOMPARE(m_store->profile(name)->expiresAt, m_now.addDays(90));
        QCOMPARE(m_store->profile(name)->renewedAt, m_now);
        QVERIFY(!m_store->pendingReplace(name).has_value());
        QVERIFY(!settingsBytes().contains(newToken.toUtf8()));
        QVERIFY(!settingsBytes().contains(oldToken.toUtf8()));
    }

    void entryDeletedBehindOurBack()
    {
        const QString name = uniqueName(QStringLiteral("deleted elsewhere"));
        QVERIFY(finish(m_vault->save(profileNamed(name), QStringLiteral("EAAgone-0123456789")))->succeeded);
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("clear"), QStringLiteral("server"),
                                                   QStringLiteral("LongLived"), QStringLiteral("user"),
                                                   QStringLiteral("token/") + name});
        QVERIFY(tool.waitForFinished(10000));
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name).isEmpty());

        auto loaded = finish(m_vault->load(name));
        QCOMPARE(loaded->error.kind(), VaultError::Kind::NotFound);
        QVERIFY(loaded->token.isEmpty());
        // Forget still works: missing entries are what it wants anyway.
        QVERIFY(finish(m_vault->forget(name))->succeeded);
        QVERIFY(!m_store->contains(name));
    }

    void invalidInputIsRefusedAsynchronously()
    {
        const QString noToken = uniqueName(QStringLiteral("no token"));
        const std::function<VaultJob*()> starts[] = {
            [&] { return m_vault->save(profileNamed(QStringLiteral("  ")), QStringLiteral("EAAx-0123456789")); },
            [&] { return m_vault->save(profileNamed(noToken), QStringLiteral(" ")); },
            [&] { return m_vault->forget(QString()); },
        };
        for (const auto& start : starts) {
            auto outcome = watch(start());
            QVERIFY(!outcome->finished);
            QTRY_VERIFY(outcome->finished);
            QCOMPARE(outcome->error.kind(), VaultError::Kind::InvalidInput);
        }
        QVERIFY(m_store->profiles().isEmpty());
        QVERIFY(secretToolSearch({QStringLiteral("server"), QStringLiteral("LongLived"), QStringLiteral("user"),
                                  QStringLiteral("token/")})
                    .isEmpty());
    }

    // A keychain call that outlives the vault's limit fails with Timeout; when the keychain
    // answers later, that answer is ignored: the profile is not listed although the entry
    // eventually landed (forget cleans such leftovers).
    void timedOutCallsAreIgnoredWhenTheyLand()
    {
        const QString name = uniqueName(QStringLiteral("late"));
        const QString token = QStringLiteral("EAAlate-0123456789");
        m_vault->setTimeoutMs(1); // far below the ~30 ms a write takes
        QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
        auto saved = finish(m_vault->save(profileNamed(name), token));
        QCOMPARE(saved->error.kind(), VaultError::Kind::Timeout);
        QCOMPARE(saved->error.timeoutMs(), 1);

        QTRY_COMPARE_WITH_TIMEOUT(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name).size(),
                                  1, 10000);
        QVERIFY(!m_store->contains(name));
        QCOMPARE(changed.count(), 0);

        // A forget that times out keeps the profile (and says so).
        m_vault->setTimeoutMs(TokenVault::defaultTimeoutMs);
        QVERIFY(finish(m_vault->save(profileNamed(name), token))->succeeded);
        m_vault->setTimeoutMs(1);
        auto forgotten = finish(m_vault->forget(name));
        QCOMPARE(forgotten->error.kind(), VaultError::Kind::Timeout);
        QVERIFY(m_store->contains(name));

        m_vault->setTimeoutMs(TokenVault::defaultTimeoutMs);
        QVERIFY(finish(m_vault->forget(name))->succeeded);
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name).isEmpty());
    }

    // A save whose keyring answer came too late: the entry lands with no profile listing it.
    // The name was remembered before the write, so it is offered for Forget, never orphaned.
    void timedOutSaveIsOfferedForForget()
    {
        const QString name = uniqueName(QStringLiteral("unfinished"));
        const QString other = uniqueName(QStringLiteral("finished"));
        QVERIFY(finish(m_vault->save(profileNamed(other), QStringLiteral("EAAdone-0123456789")))->succeeded);
        QVERIFY(m_store->pendingNames().isEmpty()); // a finished save leaves nothing pending

        m_vault->setTimeoutMs(1);
        QSignalSpy writesFinished(m_vault.get(), &TokenVault::writesFinished);
        VaultJob* job = m_vault->save(profileNamed(name), QStringLiteral("EAAunfinished-0123456789"));
        QCOMPARE(m_vault->writesInFlight(), 1);
        QCOMPARE(m_store->pendingNames(), QStringList{name}); // on disk before the keychain is asked
        QCOMPARE(finish(job)->error.kind(), VaultError::Kind::Timeout);
        QCOMPARE(m_vault->writesInFlight(), 0);
        QCOMPARE(writesFinished.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name).size(),
                                  1, 10000);
        QVERIFY(!m_store->contains(name));
        // Another process (the window started again) finds it.
        QCOMPARE(ProfileStore(m_store->fileName()).unfinishedNames(), QStringList{name});

        m_vault->setTimeoutMs(TokenVault::defaultTimeoutMs);
        QVERIFY(finish(m_vault->forget(name))->succeeded);
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name).isEmpty());
        QVERIFY(m_store->unfinishedNames().isEmpty());
        QVERIFY(m_store->pendingNames().isEmpty());
        QVERIFY(m_store->contains(other));
    }

    // Where the pending name cannot be noted (the settings file cannot be written), the keychain
    // is not touched: no entry could be left that nothing lists.
    void unwritableSettingsLeaveTheKeychainAlone()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the settings' folder would be
        file.close();
        ProfileStore store(blocker + QStringLiteral("/LongLived.conf"));
        TokenVault vault(&store);
        const QString name = uniqueName(QStringLiteral("unwritable"));
        const auto outcome = finish(vault.save(profileNamed(name), QStringLiteral("EAAnowhere-0123456789")));
        QVERIFY(!outcome->succeeded);
        QCOMPARE(outcome->error.kind(), VaultError::Kind::Other);
        QVERIFY2(outcome->error.detail().contains(QLatin1String("could not be written")),
                 qPrintable(outcome->error.detail()));
        QCOMPARE(vault.writesInFlight(), 0);
        QVERIFY(longLivedItems(QStringLiteral("LongLived"), QStringLiteral("token/") + name).isEmpty());
    }

    // What the settings file holds after saving with a secret: profile metadata, nothing else.
    void settingsFileHoldsNoSecret()
    {
        const QString name = uniqueName(QStringLiteral("settings"));
        const QString token = QStringLiteral("EAAsettings%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString secret = QStringLiteral("secret%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        QVERIFY(finish(m_vault->save(profileNamed(name), token, secret))->succeeded);

        const QByteArray bytes = settingsBytes();
        QVERIFY(bytes.contains("hasStoredSecret=true"));
        QVERIFY(!bytes.contains(token.toUtf8()));
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains(token.right(12).toUtf8())); // not even a fragment
        QVERIFY(!bytes.contains(token.toUtf8().toBase64()));
        QVERIFY(!bytes.contains(secret.toUtf8().toBase64()));
        QSettings settings(ProfileFolder(m_store->fileName()).fileFor(name), QSettings::IniFormat);
        QCOMPARE(settings.childGroups(), QStringList {QStringLiteral("profile")});
        QCOMPARE(settings.childKeys(), QStringList {QStringLiteral("name")});
        // And QtKeychain's insecure fallback (QSettings named after the service) wrote nothing.
        QVERIFY(filesContaining(m_dir.path(), token.toUtf8()).isEmpty());
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QVERIFY(!QFile::exists(config + QStringLiteral("/LongLived.conf")));
        QVERIFY(filesContaining(config + QStringLiteral("/LongLived"), token.toUtf8()).isEmpty());
        QVERIFY(finish(m_vault->forget(name))->succeeded);
    }
};

QTEST_GUILESS_MAIN(TestTokenVault)
#include "TestTokenVault.moc"
