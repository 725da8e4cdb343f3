#include "vault/ProfileStore.h"

#include "vault/PrivateSettingsFile.h"

#include <QSettings>

#include <algorithm>

namespace {
const QString groupKey = QStringLiteral("profiles");
const QString nameKey = QStringLiteral("name");
const QString platformKey = QStringLiteral("platform");
const QString appIdKey = QStringLiteral("appId");
const QString savedAtKey = QStringLiteral("savedAt");
const QString expiresAtKey = QStringLiteral("expiresAt");
const QString neverExpiresKey = QStringLiteral("neverExpires");
const QString tokenTypeKey = QStringLiteral("tokenType");
const QString apiVersionKey = QStringLiteral("apiVersion");
const QString hasStoredSecretKey = QStringLiteral("hasStoredSecret");
const QString pendingKey = QStringLiteral("pendingSaves");
const QString obtainedAtKey = QStringLiteral("obtainedAt");
const QString renewedAtKey = QStringLiteral("renewedAt");
const QString renewalFailedAtKey = QStringLiteral("renewalFailedAt");
const QString renewalErrorKey = QStringLiteral("renewalError");
const QString pendingReplaceKey = QStringLiteral("pendingReplaces");
const QString fingerprintKey = QStringLiteral("tokenFingerprint");

// ISO 8601 text rather than QDateTime variants: readable in the file, and the same in every
// settings format.
QString dateToText(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime textToDate(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dateTime.isValid() ? dateTime.toUTC() : QDateTime();
}
} // namespace

ProfileStore::ProfileStore(QObject* parent)
    : QObject(parent)
    // Named explicitly rather than taken from the application: the window and longlived-cli
    // (whose application name differs) must read and write the same profiles.
    , m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                             QStringLiteral("LongLived"), QStringLiteral("LongLived")))
{
}

ProfileStore::ProfileStore(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

Profile ProfileStore::readProfile() const
{
    Profile profile;
    profile.name = m_settings->value(nameKey).toString();
    profile.platform = Platforms::fromId(m_settings->value(platformKey).toString()).value_or(Platform::Facebook);
    profile.appId = m_settings->value(appIdKey).toString();
    profile.savedAt = textToDate(m_settings->value(savedAtKey).toString());
    profile.expiresAt = textToDate(m_settings->value(expiresAtKey).toString());
    profile.neverExpires = m_settings->value(neverExpiresKey, false).toBool();
    profile.tokenType = m_settings->value(tokenTypeKey).toString();
    profile.tokenTypeRecorded = m_settings->contains(tokenTypeKey); // absent in older files
    profile.apiVersion = m_settings->value(apiVersionKey).toString();
    profile.hasStoredSecret = m_settings->value(hasStoredSecretKey, false).toBool();
    profile.obtainedAt = textToDate(m_settings->value(obtainedAtKey).toString());
    profile.renewedAt = textToDate(m_settings->value(renewedAtKey).toString());
    profile.renewalFailedAt = textToDate(m_settings->value(renewalFailedAtKey).toString());
    profile.renewalError = m_settings->value(renewalErrorKey).toString();
    return profile;
}

void ProfileStore::writeProfile(const Profile& profile)
{
    m_settings->setValue(nameKey, profile.name);
    m_settings->setValue(platformKey, Platforms::id(profile.platform));
    m_settings->setValue(appIdKey, profile.appId);
    m_settings->setValue(savedAtKey, dateToText(profile.savedAt));
    m_settings->setValue(expiresAtKey, dateToText(profile.expiresAt));
    m_settings->setValue(neverExpiresKey, profile.neverExpires);
    if (profile.tokenTypeRecorded) // an older profile stays "not recorded" when others are written
        m_settings->setValue(tokenTypeKey, profile.tokenType);
    m_settings->setValue(apiVersionKey, profile.apiVersion);
    m_settings->setValue(hasStoredSecretKey, profile.hasStoredSecret);
    // The renewal keys only when set: a profile that was never renewed reads as before.
    const auto setIfAny = [this](const QString& key, const QString& text) {
        if (!text.isEmpty())
            m_settings->setValue(key, text);
    };
    setIfAny(obtainedAtKey, dateToText(profile.obtainedAt));
    setIfAny(renewedAtKey, dateToText(profile.renewedAt));
    setIfAny(renewalFailedAtKey, dateToText(profile.renewalFailedAt));
    setIfAny(renewalErrorKey, profile.renewalError);
}

QList<Profile> ProfileStore::readAll() const
{
    // Another instance of the app may have changed the file since we last looked.
    m_settings->sync();
    QList<Profile> profiles;
    const int size = m_settings->beginReadArray(groupKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        Profile profile = readProfile();
        if (profile.isValid())
            profiles.append(profile);
    }
    m_settings->endArray();
    return profiles;
}

bool ProfileStore::writeAll(const QList<Profile>& profiles)
{
    // Rewritten whole: removing the group first leaves no stale entries behind a shorter array.
    m_settings->remove(groupKey);
    m_settings->beginWriteArray(groupKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        writeProfile(profiles.at(i));
    }
    m_settings->endArray();
    return commit();
}

bool ProfileStore::commit()
{
    // Before the write (QSettings keeps the mode of the file it replaces) and after it.
    PrivateSettingsFile::protect(m_settings->fileName());
    m_settings->sync();
    return m_settings->status() == QSettings::NoError && PrivateSettingsFile::protect(m_settings->fileName());
}

QList<ProfileStore::PendingReplace> ProfileStore::readPendingReplaces() const
{
    m_settings->sync();
    QList<PendingReplace> notes;
    const int size = m_settings->beginReadArray(pendingReplaceKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        PendingReplace note {readProfile(), m_settings->value(fingerprintKey).toString()};
        if (note.profile.isValid() && !note.tokenFingerprint.isEmpty())
            notes.append(note);
    }
    m_settings->endArray();
    return notes;
}

bool ProfileStore::writePendingReplaces(const QList<PendingReplace>& notes)
{
    m_settings->remove(pendingReplaceKey);
    if (!notes.isEmpty()) {
        m_settings->beginWriteArray(pendingReplaceKey, int(notes.size()));
        for (int i = 0; i < notes.size(); ++i) {
            m_settings->setArrayIndex(i);
            writeProfile(notes.at(i).profile);
            m_settings->setValue(fingerprintKey, notes.at(i).tokenFingerprint);
        }
        m_settings->endArray();
    }
    return commit();
}

bool ProfileStore::setPendingReplace(const Profile& updated, const QString& tokenFingerprint)
{
    QList<PendingReplace> notes = readPendingReplaces();
    notes.removeIf([&](const PendingReplace& note) { return note.profile.name == updated.name; });
    notes.append(PendingReplace {updated, tokenFingerprint});
    return writePendingReplaces(notes); // on disk before the keychain write starts
}

std::optional<ProfileStore::PendingReplace> ProfileStore::pendingReplace(const QString& name) const
{
    for (const PendingReplace& note : readPendingReplaces()) {
        if (note.profile.name == name)
            return note;
    }
    return std::nullopt;
}

bool ProfileStore::clearPendingReplace(const QString& name)
{
    QList<PendingReplace> notes = readPendingReplaces();
    if (notes.removeIf([&](const PendingReplace& note) { return note.profile.name == name; }) == 0)
        return true;
    return writePendingReplaces(notes);
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> profiles = readAll();
    std::stable_sort(profiles.begin(), profiles.end(), [](const Profile& a, const Profile& b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    return profiles;
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    const QList<Profile> all = readAll();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Profile& p) { return p.name == name; });
    if (it == all.cend())
        return std::nullopt;
    return *it;
}

bool ProfileStore::contains(const QString& name) const
{
    return profile(name).has_value();
}

bool ProfileStore::put(const Profile& profile)
{
    if (!profile.isValid())
        return false;
    QList<Profile> all = readAll();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Profile& p) { return p.name == profile.name; });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    const bool written = writeAll(all);
    emit profilesChanged();
    return written;
}

bool ProfileStore::remove(const QString& name)
{
    QList<Profile> all = readAll();
    const auto removed = all.removeIf([&](const Profile& p) { return p.name == name; });
    if (removed == 0)
        return false;
    const bool written = writeAll(all);
    emit profilesChanged();
    return written;
}

QStringList ProfileStore::pendingNames() const
{
    m_settings->sync();
    return m_settings->value(pendingKey).toStringList();
}

bool ProfileStore::addPending(const QString& name)
{
    QStringList names = pendingNames();
    if (names.contains(name))
        return true;
    names << name;
    m_settings->setValue(pendingKey, names);
    PrivateSettingsFile::protect(m_settings->fileName());
    m_settings->sync(); // on disk before the keychain write starts: a crash must not lose it
    return m_settings->status() == QSettings::NoError;
}

bool ProfileStore::removePending(const QString& name)
{
    QStringList names = pendingNames();
    if (names.removeAll(name) == 0)
        return true;
    if (names.isEmpty())
        m_settings->remove(pendingKey);
    else
        m_settings->setValue(pendingKey, names);
    m_settings->sync();
    emit profilesChanged();
    return m_settings->status() == QSettings::NoError;
}

QStringList ProfileStore::unfinishedNames() const
{
    QStringList names = pendingNames();
    const QList<Profile> listed = readAll();
    names.removeIf([&](const QString& name) {
        return std::any_of(listed.cbegin(), listed.cend(), [&](const Profile& p) { return p.name == name; });
    });
    return names;
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}
