#pragma once

#include "support/Clock.h"
#include "vault/Profile.h"
#include "vault/VaultError.h"
#include "vault/VaultJob.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class DeliveryStore;
class ProfileStore;
class SecretServiceReader;

namespace QKeychain {
class Job;
}

/// Keeps tokens (and, when asked, App Secrets) in the OS keychain through QtKeychain, and their
/// non-secret profiles in a ProfileStore.
///
/// Where things go (documented in the README, "Where LongLived keeps things"):
/// - keychain service serviceName() = "LongLived";
/// - the token under key "token/<profile name>", the App Secret under "secret/<profile name>";
///   on Linux (Secret Service, through libsecret) each is an item labelled "LongLived" with the
///   schema "org.qt.keychain" and the attributes server = "LongLived", user = the key,
///   type = "plaintext" — e.g. `secret-tool search --all server LongLived`;
/// - everything else in the ProfileStore (QSettings). QtKeychain's insecure fallback (plain
///   text in a settings file) is switched off for every job.
///
/// Reads go to the Secret Service directly where they can (SecretServiceReader: it holds no
/// memory per read as libsecret does), else through QtKeychain; writes and deletions always
/// through QtKeychain.
///
/// Every keychain call is asynchronous and bounded by timeoutMs() (QtKeychain has no timeout
/// of its own, and waits forever for a locked keyring's unlock prompt): when the time is up
/// the operation fails with VaultError::Timeout and that call's late answer is ignored.
/// The QtKeychain job itself is never deleted early (its backend still holds a pointer to it);
/// it deletes itself if and when it finishes.
class TokenVault : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultTimeoutMs = 10000;

    /// \a store must outlive the vault.
    explicit TokenVault(ProfileStore* store, QObject* parent = nullptr);

    /// The keychain service name: "LongLived". Fixed: other tools find the entries by it.
    static QString serviceName();
    /// "token/<profile name>"
    static QString tokenKey(const QString& profileName);
    /// "secret/<profile name>"
    static QString secretKey(const QString& profileName);

    /// "n8n-key/<profile name>/<target id>": the API key a delivery target sends.
    static QString deliveryKeyKey(const QString& profileName, const QString& targetId);

    /// A short, non-reversible fingerprint of \a token (as DeliveryTarget::fingerprint()), to tell
    /// which token is stored or was delivered without keeping the token anywhere else.
    static QString fingerprint(const QString& token);

    ProfileStore* profileStore() const { return m_store; }
    /// The delivery targets kept beside the profiles (the same settings file as the
    /// ProfileStore), made on first use unless setDeliveryStore() gave one. Share it (the window,
    /// a DeliveryRunner) rather than opening a second one on the same file.
    DeliveryStore* deliveryStore();
    /// Uses \a store (which must outlive the vault) for the delivery targets.
    void setDeliveryStore(DeliveryStore* store) { m_deliveries = store; }

    /// The limit for each keychain call, in milliseconds (default 10 s).
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int timeoutMs);
    /// The source of savedAt timestamps (tests pin it).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// Reads entries through \a reader first (which must outlive the vault) and through QtKeychain
    /// where it leaves them; nullptr: through QtKeychain only. Unless set, the vault makes one on
    /// the session bus at its first read, where QtKeychain keeps its entries in the Secret Service.
    void setSecretServiceReader(SecretServiceReader* reader);

    /// Stores \a token under \a profile's name (trimmed), then deals with the App Secret, and
    /// only after the keychain accepted it all, writes the profile (savedAt = now,
    /// hasStoredSecret) to the store. Replaces a profile of the same name.
    /// \a appSecret: a non-empty string is stored beside the token; an empty string removes a
    /// secret stored earlier under this name; std::nullopt leaves a stored secret as it is
    /// (re-saving a reopened profile whose secret was not loaded).
    /// On failure nothing is listed that is not in the keychain; a new profile's token entry is
    /// removed again if its secret could not be stored.
    VaultJob* save(const Profile& profile, const QString& token,
                   const std::optional<QString>& appSecret = std::nullopt);

    /// Reads the token of the profile named \a profileName (and its App Secret when
    /// \a includeSecret and one is stored): VaultJob::token() / appSecret() once succeeded.
    /// Fails with NotFound when there is no such profile or no such entry, with Locked when the
    /// keyring is locked. Settles a replaceToken() that was interrupted (see ProfileStore::
    /// PendingReplace): the job's profile is then the one that matches the token read.
    VaultJob* load(const QString& profileName, bool includeSecret = false);

    /// Deletes the keychain entries of \a profileName (token, secret and the API keys of its n8n
    /// delivery targets; missing ones are fine), then the profile and its delivery targets. If a
    /// deletion fails, the profile and its targets stay listed.
    VaultJob* forget(const QString& profileName);

    /// For a refresh: overwrites the existing profile's token entry in place with \a newToken —
    /// the keychain keeps the old one until the new one is stored — then updates the profile's
    /// metadata (expiresAt, neverExpires, tokenType, apiVersion, savedAt) from \a profile;
    /// obtainedAt from \a profile when it differs from the stored one (else now), renewedAt when
    /// set, and clears a noted renewal failure. The stored App Secret is left alone.
    /// Fails with NotFound when no profile has that name. A pending-replace note guards the
    /// step between the keychain write and the profile's update (load() settles it).
    VaultJob* replaceToken(const Profile& profile, const QString& newToken);

    /// Stores \a apiKey for the delivery target \a targetId of \a profileName (deliveryKeyKey()).
    /// The profile need not be saved here: delivery targets are kept apart (DeliveryStore).
    VaultJob* saveDeliveryKey(const QString& profileName, const QString& targetId, const QString& apiKey);
    /// Reads that key: VaultJob::token() once succeeded; NotFound when none is stored.
    VaultJob* loadDeliveryKey(const QString& profileName, const QString& targetId);
    /// Deletes that key; a missing one is fine.
    VaultJob* forgetDeliveryKey(const QString& profileName, const QString& targetId);

    /// Save, ReplaceToken and Forget jobs not finished yet. Each ends within a few timeoutMs()
    /// (one per keychain call), so waiting for writesInFlight() == 0 is bounded.
    int writesInFlight() const { return m_writesInFlight; }

signals:
    /// writesInFlight() dropped to 0.
    void writesFinished();

private:
    using Done = std::function<void(const VaultError& error, const QString& text)>;

    void writeEntry(VaultJob* owner, const QString& key, const QString& value, Done done);
    void readEntry(VaultJob* owner, const QString& key, Done done);
    void readThroughQtKeychain(VaultJob* owner, const QString& key, int waitMs, Done done);
    SecretServiceReader* secretServiceReader();
    void deleteEntry(VaultJob* owner, const QString& key, Done done);
    /// Runs \a job for at most \a waitMs (-1: timeoutMs()).
    void run(QKeychain::Job* job, VaultJob* owner, Done done, int waitMs = -1);
    /// Fire-and-forget cleanup after a failed save; nobody waits for it.
    void deleteEntryUnattended(const QString& key, std::function<void(bool deleted)> done);
    void trackWrite(VaultJob* job);
    /// After a new profile's save failed: forgets the pending name once nothing can be left.
    void settleNewEntry(const QString& name, const VaultError& error, bool tokenWritten);
    bool storeProfile(VaultJob* job, const Profile& profile);
    /// \a error, or Locked when it is NotFound for \a key only because the keyring is locked.
    VaultError lockedOrAsIs(const VaultError& error, const QString& key) const;
    /// After reading \a storedToken: resolves an interrupted replaceToken() of \a listed.
    Profile settleReplace(const Profile& listed, const QString& storedToken);
    /// Deletes the n8n API keys of \a targetIds one after the other, then calls \a done.
    void forgetDeliveryKeys(VaultJob* job, const QString& name, QStringList targetIds, std::function<void()> done);
    /// Forget's last step, once the keychain is clean: the profile and its delivery targets.
    void removeForgotten(VaultJob* job, const QString& name);

    ProfileStore* m_store;
    DeliveryStore* m_deliveries = nullptr;
    Clock m_clock = systemClock();
    int m_timeoutMs = defaultTimeoutMs;
    int m_writesInFlight = 0;
    SecretServiceReader* m_reader = nullptr;
    bool m_readerChosen = false;
};
