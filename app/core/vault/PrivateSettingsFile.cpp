#include "vault/PrivateSettingsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace {
constexpr QFile::Permissions ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions ownerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

bool ensureFolder(const QString& path)
{
    QDir folder(path);
    if (folder.exists())
        return true;
    QDir parent = QFileInfo(path).dir();
    if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
        return false;
    // Created with 0700 from the start (mkdir(2)'s mode), never briefly open to others.
    return parent.mkdir(QFileInfo(path).fileName(), ownerOnlyFolder) || folder.exists();
}
} // namespace

bool PrivateSettingsFile::protect(const QString& fileName)
{
    if (fileName.isEmpty())
        return false;
    const QFileInfo info(fileName);
    if (!ensureFolder(info.absolutePath()))
        return false;
    QFile file(fileName);
    if (!file.exists()) {
        // Created 0600 (open(2)'s mode): no moment where the umask's mode applies.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile) && !file.exists())
            return false;
        file.close();
    }
    // Also narrows a file an older version created with the umask's mode.
    return file.setPermissions(ownerOnlyFile);
}

bool PrivateSettingsFile::write(QSettings& settings)
{
    protect(settings.fileName());
    settings.sync();
    return settings.status() == QSettings::NoError && protect(settings.fileName());
}
