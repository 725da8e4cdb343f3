#pragma once

#include <QString>
#include <QtGlobal>

/// What identifies one version of a settings file on disk, cheaply (one stat(2)): its inode,
/// size and modification and change times to the nanosecond. QSettings replaces the file on
/// every write (a new inode through QSaveFile's rename), so a write by another process — the
/// window, a scheduled renew, longlived-cli — gives a different stamp, and a store that kept
/// what it parsed can tell whether it must parse the file again.
class SettingsFileStamp {
public:
    /// The stamp of \a fileName now; a missing file has its own stamp (isMissing()).
    static SettingsFileStamp of(const QString& fileName);

    bool isMissing() const { return m_missing; }
    bool operator==(const SettingsFileStamp& other) const;
    bool operator!=(const SettingsFileStamp& other) const { return !(*this == other); }

private:
    bool m_missing = true;
    quint64 m_inode = 0;
    qint64 m_size = 0;
    qint64 m_modifiedNs = 0;
    qint64 m_changedNs = 0;
};
