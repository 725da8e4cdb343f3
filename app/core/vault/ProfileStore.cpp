#include "vault/ProfileStore.h"

#include "vault/PrivateSettingsFile.h"

#include <QFile>
#include <QSettings>

#include <algorithm>

namespace {
const QString legacyGroupKey = QStringLiteral("profiles");
const QString groupKey = QStringLiteral("profile");
const QString fileNameKey = QStringLiteral("name");
const QString pendingSaveKey = QStringLiteral("pendingSave");
const QString noteGroupKey = QStringLiteral("pendingReplace");
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

Profile readProfile(const QSettings& s)
{
    Profile profile;
    profile.name = s.value(nameKey).toString();
    profile.platform = Platforms::fromId(s.value(platformKey).toString()).value_or(Platform::Facebook);
    profile.appId = s.value(appIdKey).toString();
    profile.savedAt = textToDate(s.value(savedAtKey).toString());
    profile.expiresAt = textToDate(s.value(expiresAtKey).toString());
    profile.neverExpires = s.value(neverExpiresKey, false).toBool();
    profile.tokenType = s.value(tokenTypeKey).toString();
    profile.tokenTypeRecorded = s.contains(tokenTypeKey); // absent in older files
    profile.apiVersion = s.value(apiVersionKey).toString();
    profile.hasStoredSecret = s.value(hasStoredSecretKey, false).toBool();
    profile.obtainedAt = textToDate(s.value(obtainedAtKey).toString());
    profile.renewedAt = textToDate(s.value(renewedAtKey).toString());
    profile.renewalFailedAt = textToDate(s.value(renewalFailedAtKey).toString());
    profile.renewalError = s.value(renewalErrorKey).toString();
    return profile;
}

void setIfAny(QSettings& s, const QString& key, const QString& text)
{
    // The renewal keys only when set: a profile that was never renewed reads as before.
    if (text.isEmpty())
        s.remove(key);
    else
        s.setValue(key, text);
}

void writeProfile(QSettings& s, const Profile& profile)
{
    s.setValue(nameKey, profile.name);
    s.setValue(platformKey, Platforms::id(profile.platform));
    s.setValue(appIdKey, profile.appId);
    s.setValue(savedAtKey, dateToText(profile.savedAt));
    s.setValue(expiresAtKey, dateToText(profile.expiresAt));
    s.setValue(neverExpiresKey, profile.neverExpires);
    if (profile.tokenTypeRecorded) // an older profile stays "not recorded" when others are written
        s.setValue(tokenTypeKey, profile.tokenType);
    else
        s.remove(tokenTypeKey);
    s.setValue(apiVersionKey, profile.apiVersion);
    s.setValue(hasStoredSecretKey, profile.hasStoredSecret);
    setIfAny(s, obtainedAtKey, dateToText(profile.obtainedAt));
    setIfAny(s, renewedAtKey, dateToText(profile.renewedAt));
    setIfAny(s, renewalFailedAtKey, dateToText(profile.renewalFailedAt));
    setIfAny(s, renewalErrorKey, profile.renewalError);
}

void stageProfile(QSettings& s, const Profile& profile)
{
    s.beginGroup(groupKey);
    writeProfile(s, profile);
    s.endGroup();
}

void stageNote(QSettings& s, const ProfileStore::PendingReplace& note)
{
    s.beginGroup(noteGroupKey);
    writeProfile(s, note.profile);
    s.setValue(fingerprintKey, note.tokenFingerprint);
    s.endGroup();
}

std::optional<ProfileStore::PendingReplace> readNote(QSettings& s)
{
    s.beginGroup(noteGroupKey);
    const ProfileStore::PendingReplace note {readProfile(s), s.value(fingerprintKey).toString()};
    s.endGroup();
    if (note.profile.isValid() && !note.tokenFingerprint.isEmpty())
        return note;
    return std::nullopt;
}
} // namespace

ProfileStore::ProfileStore(QObject* parent)
    : QObject(parent)
    // Named explicitly rather than taken from the application: the window and longlived-cli
    // (whose application name differs) must read and write the same profiles.
    , m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("LongLived"),
                                             QStringLiteral("LongLived")))
    , m_folder(std::make_unique<ProfileFolder>(m_settings->fileName()))
{
}

ProfileStore::ProfileStore(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
    , m_folder(std::make_unique<ProfileFolder>(iniFile))
{
}

ProfileStore::~ProfileStore() = default;

const ProfileStore::Cached& ProfileStore::entryOfFile(const QString& fileName, const QString& name) const
{
    return m_cache.get(fileName, [&](QSettings& s, bool missing) {
        Cached cached;
        cached.name = missing ? QString() : m_folder->nameIn(s, name);
        if (cached.name.isEmpty())
            return cached;
        s.beginGroup(groupKey);
        const Profile profile = readProfile(s);
        s.endGroup();
        if (profile.isValid() && profile.name == cached.name)
            cached.profile = profile;
        cached.pending = s.value(pendingSaveKey, false).toBool();
        cached.note = readNote(s);
        return cached;
    });
}

const ProfileStore::Cached& ProfileStore::entry(const QString& name) const
{
    migrate();
    return entryOfFile(m_folder->fileFor(name), name);
}

QList<ProfileStore::Cached> ProfileStore::entries() const
{
    migrate();
    QList<Cached> all;
    for (const QString& fileName : m_folder->files())
        all.append(entryOfFile(fileName, QString()));
    return all;
}

template <typename Stage> bool ProfileStore::change(const QString& name, Stage stage) const
{
    const QString fileName = m_folder->fileFor(name);
    if (!m_folder->mayWrite(fileName))
        return false;
    bool written = false;
    bool empty = false;
    {
        QSettings s(fileName, QSettings::IniFormat);
        s.setValue(fileNameKey, name);
        stage(s);
        written = m_folder->write(s);
        // Only the name left: the profile, its notes and its targets are all gone.
        empty = written && s.allKeys() == QStringList {fileNameKey};
    }
    if (empty)
        m_folder->removeFile(fileName);
    m_cache.forget(fileName);
    return written;
}

void ProfileStore::migrate() const
{
    if (!m_migrated)
        m_migrated = migrateLegacy();
}

bool ProfileStore::migrateLegacy() const
{
    m_settings->sync();
    const QStringList groups = m_settings->childGroups();
    if (!groups.contains(legacyGroupKey) && !groups.contains(pendingReplaceKey) && !m_settings->contains(pendingKey))
        return true;
    QList<Profile> profiles;
    const int size = m_settings->beginReadArray(legacyGroupKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        profiles.append(readProfile(*m_settings));
    }
    m_settings->endArray();
    QList<PendingReplace> notes;
    const int noteCount = m_settings->beginReadArray(pendingReplaceKey);
    for (int i = 0; i < noteCount; ++i) {
        m_settings->setArrayIndex(i);
        const PendingReplace note {readProfile(*m_settings), m_settings->value(fingerprintKey).toString()};
        if (note.profile.isValid() && !note.tokenFingerprint.isEmpty())
            notes.append(note);
    }
    m_settings->endArray();
    const QStringList pending = m_settings->value(pendingKey).toStringList();
    // The new files first: a process killed before the old keys are removed moves them again,
    // and a file already there (written by a newer run) is not overwritten.
    bool moved = true;
    for (const Profile& profile : std::as_const(profiles)) {
        if (profile.isValid() && !entryOfFile(m_folder->fileFor(profile.name), profile.name).profile)
            moved = change(profile.name, [&](QSettings& s) { stageProfile(s, profile); }) && moved;
    }
    for (const PendingReplace& note : std::as_const(notes)) {
        if (!entryOfFile(m_folder->fileFor(note.profile.name), note.profile.name).note)
            moved = change(note.profile.name, [&](QSettings& s) { stageNote(s, note); }) && moved;
    }
    for (const QString& name : pending) {
        if (!name.isEmpty())
            moved = change(name, [](QSettings& s) { s.setValue(pendingSaveKey, true); }) && moved;
    }
    if (!moved)
        return false; // the old keys stay: the next use tries again
    m_settings->remove(legacyGroupKey);
    m_settings->remove(pendingReplaceKey);
    m_settings->remove(pendingKey);
    return PrivateSettingsFile::write(*m_settings);
}

bool ProfileStore::setPendingReplace(const Profile& updated, const QString& tokenFingerprint)
{
    migrate();
    // On disk before the keychain write starts.
    return change(updated.name, [&](QSettings& s) { stageNote(s, PendingReplace {updated, tokenFingerprint}); });
}

std::optional<ProfileStore::PendingReplace> ProfileStore::pendingReplace(const QString& name) const
{
    return entry(name).note;
}

bool ProfileStore::clearPendingReplace(const QString& name)
{
    if (!entry(name).note)
        return true;
    return change(name, [](QSettings& s) { s.remove(noteGroupKey); });
}

void ProfileStore::releaseParsed(const QString& name)
{
    if (!name.isEmpty())
        m_cache.forget(m_folder->fileFor(name));
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> profiles;
    for (const Cached& cached : entries()) {
        if (cached.profile)
            profiles.append(*cached.profile);
    }
    std::stable_sort(profiles.begin(), profiles.end(), [](const Profile& a, const Profile& b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    return profiles;
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    if (name.isEmpty())
        return std::nullopt;
    return entry(name).profile;
}

bool ProfileStore::contains(const QString& name) const
{
    return profile(name).has_value();
}

bool ProfileStore::put(const Profile& profile)
{
    if (!profile.isValid())
        return false;
    migrate();
    const bool written = change(profile.name, [&](QSettings& s) { stageProfile(s, profile); });
    emit profilesChanged();
    return written;
}

bool ProfileStore::putSettled(const Profile& profile)
{
    if (!profile.isValid())
        return false;
    migrate();
    // One write: the profile, and neither its pending-save mark nor its note any longer.
    const bool written = change(profile.name, [&](QSettings& s) {
        stageProfile(s, profile);
        s.remove(pendingSaveKey);
        s.remove(noteGroupKey);
    });
    emit profilesChanged();
    return written;
}

bool ProfileStore::remove(const QString& name)
{
    if (!contains(name))
        return false;
    const bool written = change(name, [](QSettings& s) { s.remove(groupKey); });
    emit profilesChanged();
    return written;
}

QStringList ProfileStore::pendingNames() const
{
    QStringList names;
    for (const Cached& cached : entries()) {
        if (cached.pending)
            names.append(cached.name);
    }
    return names;
}

bool ProfileStore::addPending(const QString& name)
{
    if (name.isEmpty())
        return false;
    if (entry(name).pending)
        return true;
    // On disk before the keychain write starts: a crash must not lose it.
    return change(name, [](QSettings& s) { s.setValue(pendingSaveKey, true); });
}

bool ProfileStore::removePending(const QString& name)
{
    if (!entry(name).pending)
        return true;
    const bool written = change(name, [](QSettings& s) { s.remove(pendingSaveKey); });
    emit profilesChanged();
    return written;
}

QStringList ProfileStore::unfinishedNames() const
{
    QStringList names = pendingNames();
    names.removeIf([&](const QString& name) { return contains(name); });
    return names;
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QString ProfileStore::folder() const
{
    return m_folder->path();
}
