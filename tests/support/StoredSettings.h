#pragma once

// What LongLived wrote to disk for its profiles: the settings file and every per-profile file
// beside it (ProfileFolder), as one byte string a test can search for a secret.

#include "vault/ProfileFolder.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace StoredSettings {
inline QByteArray bytes(const QString& settingsFile)
{
    QStringList files {settingsFile};
    const QString folder = ProfileFolder(settingsFile).path();
    for (const QString& name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
        files.append(folder + QLatin1Char('/') + name);
    QByteArray all;
    for (const QString& name : std::as_const(files)) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}
} // namespace StoredSettings
