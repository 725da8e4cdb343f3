#pragma once

#include <QString>

class QSettings;

/// LongLived's settings file holds no secret, but it does say which apps and profiles a user
/// has and when their tokens expire: only its owner may read it. Every QSettings file
/// LongLived writes (the window's preferences, the profiles, the CLI's keychain commands) goes
/// through protect() before its first write and after each one.
class PrivateSettingsFile
{
public:
    /// Makes \a fileName exist with mode 0600 (creating it empty if needed) and, when its folder
    /// does not exist yet, creates that folder with mode 0700 (an existing folder is the user's
    /// and keeps its mode). QSettings rewrites the file through QSaveFile, which keeps the mode
    /// of the file it replaces. False when the file could not be created or restricted.
    static bool protect(const QString& fileName);
    /// Writes \a settings' changes out (QSettings::sync(): a new file renamed over the old one),
    /// the file protected before (QSettings keeps the mode of the file it replaces) and after.
    /// False when it could not be written or restricted.
    static bool write(QSettings& settings);
};
