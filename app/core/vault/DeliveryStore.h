#pragma once

#include "vault/DeliveryResult.h"
#include "vault/DeliveryTarget.h"
#include "vault/SettingsFileStamp.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

/// The delivery targets of every profile, with what each received last, in LongLived's
/// settings file (the one ProfileStore uses) under the group "deliveries" (an array:
/// deliveries/<n>/profile, id, kind, url, credential, field, path, format, program, arguments,
/// deliveredFingerprint, lastAttemptAt, lastDeliveredAt, lastOk, lastResult, lastMessage).
///
/// Like ProfileStore, it keeps what it parsed and parses the file again only when it changed on
/// disk; recordResult() writes only the keys of the target it notes.
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

    QString fileName() const;

signals:
    /// Targets were added, removed or their history changed through this store.
    void deliveriesChanged();

private:
    using Entry = QPair<QString, DeliveryTarget>; // profile name, target
    /// Parses the file again when it changed on disk since it was last read or written here.
    void load() const;
    const QList<Entry>& readAll() const;
    bool writeAll(const QList<Entry>& entries);
    /// Writes the file out, private to the user; false when it could not be written.
    bool commit();
    QString nextId(const QList<Entry>& entries, const QString& profileName, DeliveryTarget::Kind kind) const;

    std::unique_ptr<QSettings> m_settings;
    // What the file held when last read or written by this store.
    mutable bool m_loaded = false;
    mutable SettingsFileStamp m_stamp;
    mutable QList<Entry> m_entries;
    mutable QList<int> m_indexes; ///< each entry's index in the array (entries left out do count)
    mutable int m_arraySize = 0;
};
