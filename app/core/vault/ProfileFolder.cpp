#include "vault/ProfileFolder.h"

#include "vault/PrivateSettingsFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace {
const QString suffix = QStringLiteral(".conf");
// Well below the 255 bytes most file systems allow for a name.
constexpr int longestHexName = 200;
} // namespace

ProfileFolder::ProfileFolder(const QString& settingsFile)
{
    const QFileInfo info(settingsFile);
    const bool isDefault = info.completeBaseName() == QLatin1String("LongLived");
    m_path = info.absolutePath() + QLatin1Char('/')
        + (isDefault ? QStringLiteral("profiles") : info.completeBaseName() + QStringLiteral(".profiles"));
}

QString ProfileFolder::fileFor(const QString& name) const
{
    QString base = QString::fromLatin1(name.toUtf8().toHex());
    if (base.size() > longestHexName)
        base = QStringLiteral("h-")
            + QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    return m_path + QLatin1Char('/') + base + suffix;
}

QStringList ProfileFolder::files() const
{
    const SettingsFileStamp now = SettingsFileStamp::of(m_path);
    if (m_listed && now == m_stamp)
        return m_files;
    m_files.clear();
    const QStringList names
        = QDir(m_path).entryList({QStringLiteral("*") + suffix}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& name : names)
        m_files.append(m_path + QLatin1Char('/') + name);
    m_stamp = now;
    m_listed = true;
    return m_files;
}

QString ProfileFolder::nameIn(const QSettings& settings, const QString& expected) const
{
    const QString stored = settings.value(QStringLiteral("name")).toString();
    if (stored.isEmpty() || (!expected.isEmpty() && stored != expected) || fileFor(stored) != settings.fileName())
        return {};
    return stored;
}

bool ProfileFolder::ensureParent() const
{
    // LongLived's own folder, when this is the first thing written there: 0700 from the start,
    // as PrivateSettingsFile makes it for the settings file (an existing one keeps its mode).
    const QFileInfo parent(QFileInfo(m_path).absolutePath());
    if (parent.exists())
        return true;
    const QDir grandParent = parent.dir();
    if (!grandParent.exists() && !QDir().mkpath(grandParent.absolutePath()))
        return false;
    return grandParent.mkdir(parent.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
        || parent.exists();
}

bool ProfileFolder::isLink(const QString& fileName) const
{
    return QFileInfo(fileName).isSymLink();
}

bool ProfileFolder::mayWrite(const QString& fileName) const
{
    // A link planted in place of the folder or a file would send the write elsewhere.
    return !isLink(m_path) && !isLink(fileName) && ensureParent();
}

bool ProfileFolder::write(QSettings& settings) const
{
    if (!mayWrite(settings.fileName()))
        return false;
    const bool knownBefore = m_listed && SettingsFileStamp::of(m_path) == m_stamp;
    const bool isNew = !QFile::exists(settings.fileName());
    const bool written = PrivateSettingsFile::write(settings);
    if (knownBefore) {
        // Only this write changed the folder: the listing stays valid without reading it again.
        if (isNew && written) {
            m_files.append(settings.fileName());
            m_files.sort();
        }
        m_stamp = SettingsFileStamp::of(m_path);
    }
    return written;
}

bool ProfileFolder::removeFile(const QString& fileName) const
{
    if (isLink(m_path))
        return false;
    const bool knownBefore = m_listed && SettingsFileStamp::of(m_path) == m_stamp;
    const bool removed = QFile::remove(fileName);
    if (knownBefore) {
        m_files.removeAll(fileName);
        m_stamp = SettingsFileStamp::of(m_path);
    }
    return removed;
}
