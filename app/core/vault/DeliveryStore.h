#pragma once

#include "vault/DeliveryResult.h"
#include "vault/DeliveryTarget.h"
#include "vault/ProfileFileCache.h"
#include "vault/ProfileFolder.h"
#include "vault/SettingsFileStamp.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

/// The delivery targets of every profile, with what each received last, in the profile's own
/// file (ProfileFolder, the one ProfileStore writes) under the array "deliveries"
/// (deliveries/<n>/id, kind, url, credential, field, path, format, program, arguments,
/// deliveredFingerprint, lastAttemptAt, lastDeliveredAt, lastOk, lastResult, lastMessage) and the
/// key "lastDeliveryId".
///
/// Like ProfileStore, it keeps what it parsed and parses a file again only when it changed on
/// disk; a change rewrites only the one profile's file. Targets an older version kept in the
/// settings file itself (the array "deliveries" with a "profile" key, the group "deliveryIds")
/// are moved to the profiles' files on first use, the files written before the old keys go.
///
/// No secret is written here: an n8n target's API key is in the keychain
/// (TokenVault::saveDeliveryKey()), and of the token only DeliveryTarget::fingerprint().
class DeliveryStore : public QObject {
    Q_OBJECT
public:
    /// LongLived's settings (~/.config/LongLived/LongLived.conf on Linux).
    explicit DeliveryStore(QObject* parent = nullptr);
    /// An INI file at \a iniFile (tests use the same temporary file as their ProfileStore).
    explicit DeliveryStore(const QString& iniFile, QObject* parent = nullptr);
    ~DeliveryStore() override;

    /// The targets of \a profileName, in the order they were added.
    QList<DeliveryTarget> targets(const QString& profileName) const;
    /// The profiles that have at least one target, sorted (case-insensitive).
    QStringList profileNames() const;
    std::optional<DeliveryTarget> target(const QString& profileName, const QString& targetId) const;

    /// Adds \a target to \a profileName with a new id ("<kind>-<n>", n one more than the
    /// highest of the profile) and no history. Returns it as stored; std::nullopt when
    /// validationError() is not empty or the file could not be written.
    std::optional<DeliveryTarget> add(const QString& profileName, DeliveryTarget target);
    /// Removes one target; true when it existed and the file was written. The caller deletes an
    /// n8n target's key (TokenVault::forgetDeliveryKey()).
    bool remove(const QString& profileName, const QString& targetId);
    /// Removes every target of \a profileName (when the profile is forgotten).
    bool removeProfile(const QString& profileName);

    /// Notes an attempt at \a at: on success \a tokenFingerprint becomes the target's
    /// deliveredFingerprint; on failure the fingerprint stays what was last delivered.
    bool recordResult(const QString& profileName, const QString& targetId, const DeliveryResult& result,
                      const QString& tokenFingerprint, const QDateTime& at);
    /// The targets of \a profileName that have not received the token with \a tokenFingerprint.
    QList<DeliveryTarget> pendingTargets(const QString& profileName, const QString& tokenFingerprint) const;

    /// Lets go of what was parsed from \a profileName's file (as ProfileStore::releaseParsed():
    /// a run over every profile keeps only the profiles it is working on).
    void releaseParsed(const QString& profileName);

    /// The settings file the store belongs to (where older versions kept the targets).
    QString fileName() const;
    /// The folder of per-profile files.
    QString folder() const;

signals:
    /// Targets were added, removed or their history changed through this store.
    void deliveriesChanged();

private:
    /// What one profile's file held when last read here.
    struct Cached {
        QString name; ///< the name the file holds (empty: none, or not this file's)
        QList<DeliveryTarget> targets;
        QList<int> indexes; ///< each target's index in the array (entries left out do count)
        int arraySize = 0;
        int lastId = 0;
    };
    const Cached& entry(const QString& profileName) const;
    const Cached& entryOfFile(const QString& fileName, const QString& profileName) const;
    /// Writes the targets of \a profileName whole (a handful per profile).
    bool writeTargets(const QString& profileName, const QList<DeliveryTarget>& targets, int lastId);
    QString nextId(const QString& profileName, DeliveryTarget::Kind kind) const;
    /// Moves targets an older version kept in the settings file to the profiles' files, once.
    void migrate() const;
    bool migrateLegacy() const;
    bool writeFile(const QString& profileName, const QList<DeliveryTarget>& targets, int lastId) const;

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileFolder> m_folder;
    mutable bool m_migrated = false;
    mutable ProfileFileCache<Cached> m_cache;
};
