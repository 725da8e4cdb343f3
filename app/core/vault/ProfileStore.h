#pragma once

#include "vault/Profile.h"
#include "vault/ProfileFileCache.h"
#include "vault/ProfileFolder.h"
#include "vault/SettingsFileStamp.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

/// The non-secret half of saved tokens: one small INI file per profile (ProfileFolder), with
/// the key "name" and the group "profile" (name, platform, appId, savedAt, expiresAt,
/// neverExpires, tokenType, apiVersion, hasStoredSecret, and when set obtainedAt, renewedAt,
/// renewalFailedAt, renewalError). Reading it never touches the keychain, so the list of saved
/// tokens shows at start-up without waiting for (or unlocking) the keyring.
///
/// What it parsed stays in memory: a lookup stats the one file it needs (a listing, the folder)
/// and parses it again only when it changed on disk (another process wrote it). A change
/// rewrites only its profile's file, through QSettings, which merges it into the file as it is
/// on disk: the cost of a write does not grow with the number of profiles.
///
/// Profiles an older version kept in the settings file itself (the arrays "profiles" and
/// "pendingReplaces", the list "pendingSaves") are moved to their files on first use: the files
/// are written first, the old keys removed after.
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

    /// Names whose keychain write has started and not yet been settled (key "pendingSave" of the
    /// name's file).
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
    /// (TokenVault::fingerprint(), never the token). Kept in the group "pendingReplace" of the
    /// profile's file (the profile's keys plus tokenFingerprint) from before the keychain write until the profile is
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

    /// Lets go of what was parsed from \a name's file: a long run (renew over every profile)
    /// calls it once it is done with a profile, so that what it holds does not grow with the
    /// number of profiles. The next lookup reads the file again.
    void releaseParsed(const QString& name);

    /// The settings file the store belongs to (where older versions kept the profiles).
    QString fileName() const;
    /// The folder of per-profile files (for tests and the README's "where things are").
    QString folder() const;

signals:
    /// The list changed through this store (put or remove).
    void profilesChanged();

private:
    /// What one profile's file held when last read here.
    struct Cached {
        QString name; ///< the name the file holds (empty: none, or not this file's)
        std::optional<Profile> profile;
        bool pending = false;
        std::optional<PendingReplace> note;
    };
    /// The file of \a name as on disk, parsed again only when it changed.
    const Cached& entry(const QString& name) const;
    const Cached& entryOfFile(const QString& fileName, const QString& name) const;
    /// Every file's entry (a listing of the folder).
    QList<Cached> entries() const;
    /// Changes the file of \a name through \a stage and writes it out; false when it could not
    /// be written.
    template <typename Stage> bool change(const QString& name, Stage stage) const;
    /// Moves profiles an older version kept in the settings file to their files, once.
    void migrate() const;
    bool migrateLegacy() const;

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileFolder> m_folder;
    mutable bool m_migrated = false;
    mutable ProfileFileCache<Cached> m_cache;
};
