#pragma once

#include "vault/Profile.h"
#include "vault/SettingsFileStamp.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

/// The non-secret half of saved tokens: the list of profiles, in QSettings under the group
/// "profiles" (an array: profiles/<n>/name, platform, appId, savedAt, expiresAt, neverExpires,
/// tokenType, apiVersion, hasStoredSecret, and when set obtainedAt, renewedAt, renewalFailedAt,
/// renewalError). Reading it never touches the keychain, so the list of saved
/// tokens shows at start-up without waiting for (or unlocking) the keyring.
///
/// What it parsed stays in memory: a lookup stats the file and parses it again only when it
/// changed on disk (another process wrote it). A change writes only the keys of the entry it
/// touches, through QSettings, which merges them into the file as it is on disk.
///
/// Never give it a secret: Profile has no field for one, and TokenVault keeps the token and
/// the App Secret in the keychain only.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    /// LongLived's settings, shared by the window and longlived-cli
    /// (~/.config/LongLived/LongLived.conf on Linux).
    explicit ProfileStore(QObject* parent = nullptr);
    /// An INI file at \a iniFile (tests use a temporary file).
    explicit ProfileStore(const QString& iniFile, QObject* parent = nullptr);
    ~ProfileStore() override;

    /// Every profile, sorted by name (case-insensitive).
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString& name) const;
    bool contains(const QString& name) const;

    /// Adds \a profile, or replaces the one with the same name. Written to disk at once;
    /// false when the settings file could not be written.
    bool put(const Profile& profile);
    /// Writes \a profile (as put()) and, in the same write, drops its name from pendingNames()
    /// and its pending-replace note: the keychain now holds what the profile describes.
    bool putSettled(const Profile& profile);
    /// Removes the profile named \a name; true when it existed and the file was written.
    bool remove(const QString& name);

    /// Names whose keychain write has started and not yet been settled (key "pendingSaves").
    /// TokenVault adds a new profile's name before it writes the token and removes it once the
    /// profile is written or the keychain confirmed it holds nothing under that name. A name
    /// left here (the keyring timed out, the process ended mid-save) may have an entry that
    /// no profile lists: unfinishedNames() offers it for Forget.
    QStringList pendingNames() const;
    bool addPending(const QString& name);
    bool removePending(const QString& name);
    /// Pending names without a profile: keychain entries that may exist unlisted.
    QStringList unfinishedNames() const;

    /// A token replacement under way (TokenVault::replaceToken()): the profile as it will be
    /// once the new token is in the keychain, and the new token's fingerprint
    /// (TokenVault::fingerprint(), never the token). Kept in the array "pendingReplaces" (the
    /// profile's keys plus tokenFingerprint) from before the keychain write until the profile is
    /// updated, so that a process killed in between can be repaired on the next load: the
    /// keychain holds either the old token (the note is dropped) or the new one (the note's
    /// profile is written).
    struct PendingReplace {
        Profile profile;
        QString tokenFingerprint;
    };
    bool setPendingReplace(const Profile& updated, const QString& tokenFingerprint);
    std::optional<PendingReplace> pendingReplace(const QString& name) const;
    bool clearPendingReplace(const QString& name);

    /// The settings file behind the store (for tests and the README's "where things are").
    QString fileName() const;

signals:
    /// The list changed through this store (put or remove).
    void profilesChanged();

private:
    /// Parses the file again when it changed on disk since it was last read or written here.
    void load() const;
    /// The valid profiles, in file order.
    QList<Profile> validProfiles() const;
    bool writeAll(const QList<Profile>& profiles);
    /// Sets \a profile's keys in place (or appends it), without committing.
    void stageProfile(const Profile& profile);
    void stagePendingReplaces(const QList<PendingReplace>& notes);
    void stagePendingNames(const QStringList& names);
    /// One profile at the current array index.
    Profile readProfile() const;
    void writeProfile(const Profile& profile);
    /// Writes the file out, private to the user; false when it could not be written.
    bool commit();
    QList<PendingReplace> readPendingReplaces() const;

    std::unique_ptr<QSettings> m_settings;
    // What the file held when last read or written by this store.
    mutable bool m_loaded = false;
    mutable SettingsFileStamp m_stamp;
    mutable QList<Profile> m_profiles; ///< every array entry in file order (an invalid one too: indexes)
    mutable QList<PendingReplace> m_notes;
    mutable QStringList m_pending;
};
