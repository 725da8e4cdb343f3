#include "vault/TokenVault.h"

#include "vault/DeliveryStore.h"
#include "vault/DeliveryTarget.h"
#include "vault/KeyringLockProbe.h"
#include "support/LoggingCategories.h"
#include "vault/ProfileStore.h"
#include "vault/SecretServiceMessages.h"
#include "vault/SecretServiceReader.h"

#include <QDBusConnection>
#include <QDeadlineTimer>
#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {
VaultError ignoreNotFound(const VaultError& error)
{
    // Deleting what is not there is what the caller wanted (some backends report it as an error).
    return error.kind() == VaultError::Kind::NotFound ? VaultError() : error;
}
} // namespace

TokenVault::TokenVault(ProfileStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    Q_ASSERT(store);
}

QString TokenVault::serviceName()
{
    return QStringLiteral("LongLived");
}

QString TokenVault::tokenKey(const QString& profileName)
{
    return QStringLiteral("token/") + profileName;
}

QString TokenVault::secretKey(const QString& profileName)
{
    return QStringLiteral("secret/") + profileName;
}

QString TokenVault::deliveryKeyKey(const QString& profileName, const QString& targetId)
{
    return QStringLiteral("n8n-key/") + profileName + QLatin1Char('/') + targetId;
}

QString TokenVault::fingerprint(const QString& token)
{
    // The same value DeliveryStore records for what a target received: comparable everywhere.
    return DeliveryTarget::fingerprint(token);
}

DeliveryStore* TokenVault::deliveryStore()
{
    if (m_deliveries)
        return m_deliveries;
    // The application's settings file is named through QSettings' native format (not a file on
    // every system); any other (tests) is an INI file.
    const QString defaultFile = QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("LongLived"),
                                          QStringLiteral("LongLived"))
                                    .fileName();
    m_deliveries
        = m_store->fileName() == defaultFile ? new DeliveryStore(this) : new DeliveryStore(m_store->fileName(), this);
    return m_deliveries;
}

void TokenVault::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = qMax(1, timeoutMs);
}

void TokenVault::setSecretServiceReader(SecretServiceReader* reader)
{
    m_reader = reader;
    m_readerChosen = true;
}

SecretServiceReader* TokenVault::secretServiceReader()
{
    // Made at the first read, not with the vault: connecting to the session bus is not free,
    // and the window makes its vault while it starts.
    if (!m_readerChosen) {
        m_readerChosen = true;
        if (SecretServiceReader::qtKeychainUsesSecretService(QProcessEnvironment::systemEnvironment()))
            m_reader
                = new SecretServiceReader(QDBusConnection::sessionBus(), SecretServiceMessages::serviceName(), this);
    }
    return m_reader;
}

void TokenVault::run(QKeychain::Job* job, VaultJob* owner, Done done, int waitMs)
{
    // No parent: a QtKeychain job must outlive anything that might delete it early, because
    // its backend (libsecret) calls back into it by raw pointer. It deletes itself when it
    // finishes; one that never finishes is leaked on purpose.
    job->setAutoDelete(true);
    // Off explicitly: the fallback writes the secret in plain text to ~/.config (KWallet paths).
    job->setInsecureFallback(false);

    struct Pending {
        bool settled = false;
        QMetaObject::Connection finished;
    };
    auto pending = std::make_shared<Pending>();
    auto* timer = new QTimer(owner);
    timer->setSingleShot(true);

    // The owner is the context: if the VaultJob is gone, so is this connection.
    pending->finished = connect(job, &QKeychain::Job::finished, owner, [pending, timer, done](QKeychain::Job* finished) {
        if (std::exchange(pending->settled, true))
            return;
        timer->stop();
        timer->deleteLater();
        QString text;
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished))
            text = read->textData();
        done(VaultError::fromKeychain(finished->error(), finished->errorString()), text);
    });
    const int timeoutMs = m_timeoutMs;
    const QString key = job->key();
    connect(timer, &QTimer::timeout, owner, [pending, timer, done, timeoutMs, key] {
        if (std::exchange(pending->settled, true))
            return;
        // Whatever the keychain answers later is ignored: the caller has been told it failed.
        QObject::disconnect(pending->finished);
        timer->deleteLater();
        qCWarning(lcVault) << "keychain did not answer within" << timeoutMs << "ms for" << key;
        done(VaultError::timeout(timeoutMs), QString());
    });
    timer->start(waitMs < 0 ? m_timeoutMs : waitMs);
    job->start();
}

void TokenVault::writeEntry(VaultJob* owner, const QString& key, const QString& value, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key);
    job->setTextData(value);
    run(job, owner, std::move(done));
}

void TokenVault::readEntry(VaultJob* owner, const QString& key, Done done)
{
    SecretServiceReader* reader = secretServiceReader();
    if (!reader) {
        readThroughQtKeychain(owner, key, m_timeoutMs, std::move(done));
        return;
    }
    // One limit for the whole read, whichever way it goes.
    const QDeadlineTimer deadline(m_timeoutMs);
    const int timeoutMs = m_timeoutMs;
    reader->read(
        serviceName(), key, deadline, owner,
        [this, owner, key, deadline, timeoutMs, done](SecretServiceReader::Outcome outcome, const QString& text) {
            switch (outcome) {
            case SecretServiceReader::Outcome::Read:
                done(VaultError(), text);
                return;
            case SecretServiceReader::Outcome::TimedOut:
                qCWarning(lcVault) << "keychain did not answer within" << timeoutMs << "ms for" << key;
                done(VaultError::timeout(timeoutMs), QString());
                return;
            case SecretServiceReader::Outcome::LeftToQtKeychain:
                readThroughQtKeychain(owner, key, int(qMax<qint64>(1, deadline.remainingTime())), done);
                return;
            case SecretServiceReader::Outcome::Locked:
                // QtKeychain has the keyring ask to unlock it; "not found" means it stayed locked.
                readThroughQtKeychain(owner, key, int(qMax<qint64>(1, deadline.remainingTime())),
                                      [done](const VaultError& error, const QString& text) {
                                          const bool stayedLocked = error.kind() == VaultError::Kind::NotFound;
                                          done(stayedLocked ? VaultError(VaultError::Kind::Locked) : error, text);
                                      });
                return;
            }
        });
}

void TokenVault::readThroughQtKeychain(VaultJob* owner, const QString& key, int waitMs, Done done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key);
    run(job, owner, std::move(done), waitMs);
}

void TokenVault::deleteEntry(VaultJob* owner, const QString& key, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    run(job, owner, std::move(done));
}

void TokenVault::deleteEntryUnattended(const QString& key, std::function<void(bool deleted)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        const VaultError error = ignoreNotFound(VaultError::fromKeychain(finished->error(), finished->errorString()));
        done(!error.isError());
    });
    job->start();
}

void TokenVault::trackWrite(VaultJob* job)
{
    ++m_writesInFlight;
    const auto settled = [this] {
        if (--m_writesInFlight == 0)
            emit writesFinished();
    };
    connect(job, &VaultJob::succeeded, this, settled);
    connect(job, &VaultJob::failed, this, settled);
}

void TokenVault::settleNewEntry(const QString& name, const VaultError& error, bool tokenWritten)
{
    // A timed-out write may still land: the name stays pending, and unfinishedNames() offers
    // the possible entry for Forget. A token write the keychain refused stored nothing.
    if (error.kind() == VaultError::Kind::Timeout)
        return;
    if (!tokenWritten) {
        m_store->removePending(name);
        return;
    }
    // The token is in, its secret is not: a new profile is all or nothing.
    deleteEntryUnattended(tokenKey(name), [this, name](bool deleted) {
        if (deleted)
            m_store->removePending(name);
    });
}

bool TokenVault::storeProfile(VaultJob* job, const Profile& profile)
{
    // The profile, and the notes that a save or replacement was under way, in one write.
    if (m_store->putSettled(profile))
        return true;
    job->fail(VaultError(VaultError::Kind::Other,
                         tr("The settings file %1 could not be written.").arg(m_store->fileName())));
    return false;
}

VaultJob* TokenVault::save(const Profile& requested, const QString& token, const std::optional<QString>& appSecret)
{
    Profile profile = requested;
    profile.name = profile.name.trimmed();
    const std::optional<Profile> previous = profile.name.isEmpty() ? std::nullopt : m_store->profile(profile.name);
    // Keep what is stored (nullopt) only applies to a profile that exists; a new one starts clean.
    const bool keepSecret = !appSecret && previous;
    const QString secret = appSecret.value_or(QString());
    profile.hasStoredSecret = keepSecret ? previous->hasStoredSecret : !secret.isEmpty();
    auto* job = new VaultJob(VaultJob::Operation::Save, profile, this);
    if (!profile.isValid() || token.trimmed().isEmpty()) {
        job->failLater(VaultError(VaultError::Kind::InvalidInput));
        return job;
    }
    // Remembered before the keychain is touched: an entry can never exist that neither a
    // profile nor this list knows about. Where that cannot be noted, the keychain is not touched.
    if (!previous && !m_store->addPending(profile.name)) {
        job->failLater(VaultError(VaultError::Kind::Other,
                                  tr("The settings file %1 could not be written.").arg(m_store->fileName())));
        return job;
    }
    trackWrite(job);

    writeEntry(job, tokenKey(profile.name), token, [=](const VaultError& tokenError, const QString&) {
        if (tokenError.isError()) {
            if (!previous)
                settleNewEntry(profile.name, tokenError, false);
            job->fail(tokenError); // nothing changed: a failed write leaves the old entry as it was
            return;
        }
        const auto finish = [=](const VaultError& secretError) {
            Profile stored = profile;
            stored.savedAt = m_clock();
            if (secretError.isError()) {
                if (previous) {
                    // The token entry now holds the new token: keep the metadata in step with it,
                    // and the secret flag as it was (the old secret entry is untouched).
                    stored.hasStoredSecret = previous->hasStoredSecret;
                    m_store->put(stored);
                } else {
                    // A new profile is all or nothing: do not leave an unlisted token behind.
                    settleNewEntry(profile.name, secretError, true);
                }
                job->fail(secretError);
                return;
            }
            if (!storeProfile(job, stored)) // the profile now describes this token
                return;
            job->m_profile = stored;
            job->succeed();
        };
        if (keepSecret) {
            finish(VaultError());
        } else if (!secret.isEmpty()) {
            writeEntry(job, secretKey(profile.name), secret,
                       [finish](const VaultError& error, const QString&) { finish(error); });
        } else {
            // No secret wanted: none stays in the keychain, also from an earlier save of this name.
            deleteEntry(job, secretKey(profile.name),
                        [finish](const VaultError& error, const QString&) { finish(ignoreNotFound(error)); });
        }
    });
    return job;
}

VaultJob* TokenVault::load(const QString& profileName, bool includeSecret)
{
    const QString name = profileName.trimmed();
    const std::optional<Profile> profile = m_store->profile(name);
    Profile requested;
    requested.name = name;
    auto* job = new VaultJob(VaultJob::Operation::Load, profile.value_or(requested), this);
    if (!profile) {
        job->failLater(VaultError(VaultError::Kind::NotFound));
        return job;
    }

    readEntry(job, tokenKey(name), [=](const VaultError& error, const QString& token) {
        if (error.isError() || token.isEmpty()) {
            job->fail(error.isError() ? lockedOrAsIs(error, tokenKey(name)) : VaultError(VaultError::Kind::NotFound));
            return;
        }
        job->m_token = token;
        job->m_profile = settleReplace(*profile, token);
        if (!includeSecret || !profile->hasStoredSecret) {
            job->succeed();
            return;
        }
        readEntry(job, secretKey(name), [job](const VaultError& secretError, const QString& secret) {
            const VaultError relevant = ignoreNotFound(secretError);
            if (relevant.isError()) {
                job->fail(relevant);
                return;
            }
            job->m_appSecret = secret;
            job->succeed();
        });
    });
    return job;
}

VaultError TokenVault::lockedOrAsIs(const VaultError& error, const QString& key) const
{
    // A locked collection reads like a missing entry once its unlock prompt cannot be shown.
    // The reader already told the two apart (readEntry()), without this blocking call.
    if (m_reader)
        return error;
    if (error.kind() == VaultError::Kind::NotFound && KeyringLockProbe::isLocked(serviceName(), key))
        return VaultError(VaultError::Kind::Locked);
    return error;
}

Profile TokenVault::settleReplace(const Profile& listed, const QString& storedToken)
{
    const std::optional<ProfileStore::PendingReplace> note = m_store->pendingReplace(listed.name);
    if (!note)
        return listed;
    // A replacement was interrupted: whichever token the keychain holds, the list follows it.
    Profile settled = listed;
    if (note->tokenFingerprint == fingerprint(storedToken)) {
        settled = note->profile;
        settled.hasStoredSecret = listed.hasStoredSecret;
        if (!m_store->putSettled(settled))
            return listed; // the note stays for the next try
        return settled;
    }
    m_store->clearPendingReplace(listed.name);
    return settled;
}

VaultJob* TokenVault::forget(const QString& profileName)
{
    const QString name = profileName.trimmed();
    Profile requested;
    requested.name = name;
    const std::optional<Profile> profile = m_store->profile(name);
    auto* job = new VaultJob(VaultJob::Operation::Forget, profile.value_or(requested), this);
    if (name.isEmpty()) {
        job->failLater(VaultError(VaultError::Kind::InvalidInput));
        return job;
    }
    trackWrite(job);

    // The keychain first: if it fails, the profile stays listed so the user can try again.
    // An unlisted name is still cleaned up in the keychain (leftovers of an interrupted save).
    deleteEntry(job, tokenKey(name), [=](const VaultError& tokenError, const QString&) {
        const VaultError relevant = ignoreNotFound(tokenError);
        if (relevant.isError()) {
            job->fail(relevant);
            return;
        }
        deleteEntry(job, secretKey(name), [=](const VaultError& secretError, const QString&) {
            const VaultError relevantSecret = ignoreNotFound(secretError);
            if (relevantSecret.isError()) {
                job->fail(relevantSecret);
                return;
            }
            QStringList n8nTargets;
            for (const DeliveryTarget& target : deliveryStore()->targets(name)) {
                if (target.kind == DeliveryTarget::Kind::N8n)
                    n8nTargets << target.id;
            }
            forgetDeliveryKeys(job, name, n8nTargets, [=] { removeForgotten(job, name); });
        });
    });
    return job;
}

void TokenVault::forgetDeliveryKeys(VaultJob* job, const QString& name, QStringList targetIds,
                                    std::function<void()> done)
{
    if (targetIds.isEmpty()) {
        done();
        return;
    }
    const QString targetId = targetIds.takeFirst();
    deleteEntry(job, deliveryKeyKey(name, targetId), [=](const VaultError& error, const QString&) {
        const VaultError relevant = ignoreNotFound(error);
        if (relevant.isError()) {
            job->fail(relevant); // the targets stay listed with the keys not yet deleted
            return;
        }
        forgetDeliveryKeys(job, name, targetIds, done);
    });
}

void TokenVault::removeForgotten(VaultJob* job, const QString& name)
{
    // The targets first: if the file cannot be written, the profile stays listed to try again.
    if (!deliveryStore()->removeProfile(name) || (m_store->contains(name) && !m_store->remove(name))) {
        job->fail(VaultError(VaultError::Kind::Other,
                             tr("The settings file %1 could not be written.").arg(m_store->fileName())));
        return;
    }
    m_store->removePending(name); // an unfinished save's leftovers are gone too
    m_store->clearPendingReplace(name);
    job->succeed();
}

VaultJob* TokenVault::replaceToken(const Profile& requested, const QString& newToken)
{
    Profile profile = requested;
    profile.name = profile.name.trimmed();
    const std::optional<Profile> previous = m_store->profile(profile.name);
    auto* job = new VaultJob(VaultJob::Operation::ReplaceToken, profile, this);
    if (!profile.isValid() || newToken.trimmed().isEmpty()) {
        job->failLater(VaultError(VaultError::Kind::InvalidInput));
        return job;
    }
    if (!previous) {
        job->failLater(VaultError(VaultError::Kind::NotFound));
        return job;
    }
    Profile stored = *previous;
    stored.expiresAt = profile.expiresAt;
    stored.neverExpires = profile.neverExpires;
    stored.apiVersion = profile.apiVersion;
    stored.tokenType = profile.tokenType;
    stored.tokenTypeRecorded = profile.tokenTypeRecorded;
    stored.savedAt = m_clock();
    // A replacement is a fresh token: issued now unless the caller knows better, and any
    // earlier renewal failure is over.
    const bool obtainedGiven = profile.obtainedAt.isValid() && profile.obtainedAt != previous->obtainedAt;
    stored.obtainedAt = obtainedGiven ? profile.obtainedAt : stored.savedAt;
    if (profile.renewedAt.isValid())
        stored.renewedAt = profile.renewedAt;
    stored.renewalFailedAt = QDateTime();
    stored.renewalError.clear();
    // Noted before the keychain is touched: if the process ends between the keychain write
    // and the profile's update, the next load() sees which token the keychain holds and
    // brings the list in line (settleReplace()). Where it cannot be noted, nothing is touched.
    if (!m_store->setPendingReplace(stored, fingerprint(newToken))) {
        job->failLater(VaultError(VaultError::Kind::Other,
                                  tr("The settings file %1 could not be written.").arg(m_store->fileName())));
        return job;
    }
    trackWrite(job);

    // Written over the same key: the Secret Service replaces the item only once the new secret
    // is stored, so a failure here leaves the old token in place, and the metadata follows only
    // a successful write.
    writeEntry(job, tokenKey(profile.name), newToken, [=](const VaultError& error, const QString&) {
        if (error.isError()) {
            // A write that timed out may still land: the note stays for the next load().
            if (error.kind() != VaultError::Kind::Timeout)
                m_store->clearPendingReplace(profile.name);
            job->fail(error);
            return;
        }
        if (!storeProfile(job, stored))
            return;
        job->m_profile = stored;
        job->succeed();
    });
    return job;
}

namespace {
Profile namedProfile(const QString& name)
{
    Profile profile;
    profile.name = name.trimmed();
    return profile;
}
} // namespace

VaultJob* TokenVault::saveDeliveryKey(const QString& profileName, const QString& targetId, const QString& apiKey)
{
    auto* job = new VaultJob(VaultJob::Operation::SaveDeliveryKey, namedProfile(profileName), this);
    if (job->profile().name.isEmpty() || targetId.isEmpty() || apiKey.trimmed().isEmpty()) {
        job->failLater(VaultError(VaultError::Kind::InvalidInput));
        return job;
    }
    const QString key = deliveryKeyKey(job->profile().name, targetId);
    writeEntry(job, key, apiKey, [job](const VaultError& error, const QString&) {
        error.isError() ? job->fail(error) : job->succeed();
    });
    return job;
}

VaultJob* TokenVault::loadDeliveryKey(const QString& profileName, const QString& targetId)
{
    auto* job = new VaultJob(VaultJob::Operation::LoadDeliveryKey, namedProfile(profileName), this);
    if (job->profile().name.isEmpty() || targetId.isEmpty()) {
        job->failLater(VaultError(VaultError::Kind::InvalidInput));
        return job;
    }
    readEntry(job, deliveryKeyKey(job->profile().name, targetId), [job](const VaultError& error, const QString& key) {
        if (error.isError() || key.isEmpty()) {
            job->fail(error.isError() ? error : VaultError(VaultError::Kind::NotFound));
            return;
        }
        job->m_token = key;
        job->succeed();
    });
    return job;
}

VaultJob* TokenVault::forgetDeliveryKey(const QString& profileName, const QString& targetId)
{
    auto* job = new VaultJob(VaultJob::Operation::ForgetDeliveryKey, namedProfile(profileName), this);
    if (job->profile().name.isEmpty() || targetId.isEmpty()) {
        job->failLater(VaultError(VaultError::Kind::InvalidInput));
        return job;
    }
    deleteEntry(job, deliveryKeyKey(job->profile().name, targetId), [job](const VaultError& error, const QString&) {
        const VaultError relevant = ignoreNotFound(error);
        relevant.isError() ? job->fail(relevant) : job->succeed();
    });
    return job;
}
