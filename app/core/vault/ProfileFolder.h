#pragma once

#include "vault/SettingsFileStamp.h"

#include <QString>
#include <QStringList>

class QSettings;

/// The folder of per-profile files next to LongLived's settings file: each saved profile's
/// record and changing state (ProfileStore) and its delivery targets with their history
/// (DeliveryStore) live in one small INI file of their own, so that writing one profile
/// rewrites only that file, however many profiles there are.
///
/// ~/.config/LongLived/LongLived.conf has its profiles in ~/.config/LongLived/profiles/; any
/// other settings file (tests) in "<its name without suffix>.profiles" beside it. A profile's
/// file is named after the hexadecimal UTF-8 of its name (collision-free, any character
/// allowed), or after its SHA-256 when that would be too long a file name; the file also holds
/// the name (key "name"), which readers check.
class ProfileFolder {
public:
    explicit ProfileFolder(const QString& settingsFile);

    QString path() const { return m_path; }
    /// The file that holds (or will hold) the profile named \a name.
    QString fileFor(const QString& name) const;
    /// The profile name \a settings (one profile's file, \a fileName) holds; empty when it holds
    /// none, another than \a expected (unless that is empty), or one its file name does not
    /// stand for (a file renamed by hand, a hash collision: left out rather than guessed at).
    QString nameIn(const QSettings& settings, const QString& expected) const;
    /// Every profile file now in the folder. The listing is kept and read again only when the
    /// folder changed on disk (another process added or replaced a file).
    QStringList files() const;

    /// Whether \a fileName may be opened for a write: neither it nor the folder is a symbolic
    /// link, and LongLived's folder exists (created 0700). Asked before the QSettings for it is
    /// made, since QSettings writes its changes out when destroyed.
    bool mayWrite(const QString& fileName) const;
    /// Writes one profile file out (atomically: a new file renamed over the old one) with mode
    /// 0600 in a folder created 0700; refuses a symbolic link in place of the file or the folder.
    bool write(QSettings& settings) const;
    /// Removes one profile file (the profile and its targets are gone).
    bool removeFile(const QString& fileName) const;

private:
    bool isLink(const QString& fileName) const;
    bool ensureParent() const;

    QString m_path;
    mutable bool m_listed = false;
    mutable SettingsFileStamp m_stamp;
    mutable QStringList m_files;
};
