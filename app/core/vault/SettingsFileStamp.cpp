#include "vault/SettingsFileStamp.h"

#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

SettingsFileStamp SettingsFileStamp::of(const QString& fileName)
{
    SettingsFileStamp stamp;
#if defined(Q_OS_UNIX)
    struct stat status { };
    if (::stat(QFile::encodeName(fileName).constData(), &status) != 0)
        return stamp;
    stamp.m_inode = quint64(status.st_ino);
    stamp.m_size = qint64(status.st_size);
    stamp.m_modifiedNs = qint64(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec;
    stamp.m_changedNs = qint64(status.st_ctim.tv_sec) * 1000000000 + status.st_ctim.tv_nsec;
#else
    // Elsewhere the millisecond times QSettings itself compares.
    const QFileInfo info(fileName);
    if (!info.exists())
        return stamp;
    stamp.m_size = info.size();
    stamp.m_modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
    stamp.m_changedNs = info.metadataChangeTime().toMSecsSinceEpoch() * 1000000;
#endif
    stamp.m_missing = false;
    return stamp;
}

bool SettingsFileStamp::operator==(const SettingsFileStamp& other) const
{
    return m_missing == other.m_missing && m_inode == other.m_inode && m_size == other.m_size
        && m_modifiedNs == other.m_modifiedNs && m_changedNs == other.m_changedNs;
}
