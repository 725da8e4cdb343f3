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
    else
        m_settings->remove(tokenTypeKey);
    m_settings->setValue(apiVersionKey, profile.apiVersion);
    m_settings->setValue(hasStoredSecretKey, profile.hasStoredSecret);
    // The renewal keys only when set: a profile that was never renewed reads as before. Removed
    // when cleared: an entry is rewritten in place, over its earlier keys.
    const auto setIfAny = [this](const QString& key, const QString& text) {
        if (text.isEmpty())
            m_settings->remove(key);
        else
            m_settings->setValue(key, text);
    };
    setIfAny(obtainedAtKey, dateToText(profile.obtainedAt));
    setIfAny(renewedAtKey, dateToText(profile.renewedAt));
    setIfAny(renewalFailedAtKey, dateToText(profile.renewalFailedAt));
    setIfAny(renewalErrorKey, profile.renewalError);
}

void ProfileStore::load() const
{
    const SettingsFileStamp now = SettingsFileStamp::of(m_settings->fileName());
    if (m_loaded && now == m_stamp)
        return;
    // Another process (the window, a scheduled renew) changed the file since we last looked.
    m_settings->sync();
    m_profiles.clear();
    const int size = m_settings->beginReadArray(groupKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        m_profiles.append(readProfile());
    }
    m_settings->endArray();
    m_notes = readPendingReplaces();
    m_pending = m_settings->value(pendingKey).toStringList();
    m_stamp = now;
    m_loaded = true;
}

QList<Profile> ProfileStore::validProfiles() const
{
    load();
    QList<Profile> profiles;
    for (const Profile& profile : std::as_const(m_profiles)) {
        if (profile.isValid())
            profiles.append(profile);
    }
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
    const bool written = commit();
    if (written)
        m_profiles = profiles;
    return written;
}

void ProfileStore::stageProfile(const Profile& profile)
{
    // Only this entry's keys change (an existing one in place, a new one appended): the merge
    // into the file and the list kept here stay proportional to one profile, not to all.
    const auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
                                 [&](const Profile& p) { return p.isValid() && p.name == profile.name; });
    const qsizetype index = it != m_profiles.end() ? it - m_profiles.begin() : m_profiles.size();
    if (it != m_profiles.end())
        *it = profile;
    else
        m_profiles.append(profile);
    m_settings->beginWriteArray(groupKey, int(m_profiles.size()));
    m_settings->setArrayIndex(int(index));
    writeProfile(profile);
    m_settings->endArray();
}

bool ProfileStore::commit()
{
    // Written by another process since load(): QSettings merges this change into that file,
    // and the lists kept here are parsed afresh from the result.
    const bool unchanged = SettingsFileStamp::of(m_settings->fileName()) == m_stamp;
    const bool written = PrivateSettingsFile::write(*m_settings);
    m_stamp = SettingsFileStamp::of(m_settings->fileName());
    m_loaded = written && unchanged;
    return written;
}

QList<ProfileStore::PendingReplace> ProfileStore::readPendingReplaces() const
{
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

void ProfileStore::stagePendingReplaces(const QList<PendingReplace>& notes)
{
    // A handful at most (one per renewal in flight): rewritten whole.
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
    m_notes = notes;
}

void ProfileStore::stagePendingNames(const QStringList& names)
{
    if (names.isEmpty())
        m_settings->remove(pendingKey);
    else
        m_settings->setValue(pendingKey, names);
    m_pending = names;
}

bool ProfileStore::setPendingReplace(const Profile& updated, const QString& tokenFingerprint)
{
    load();
    QList<PendingReplace> notes = m_notes;
    notes.removeIf([&](const PendingReplace& note) { return note.profile.name == updated.name; });
    notes.append(PendingReplace {updated, tokenFingerprint});
    stagePendingReplaces(notes);
    return commit(); // on disk before the keychain write starts
}

std::optional<ProfileStore::PendingReplace> ProfileStore::pendingReplace(const QString& name) const
{
    load();
    for (const PendingReplace& note : std::as_const(m_notes)) {
        if (note.profile.name == name)
            return note;
    }
    return std::nullopt;
}

bool ProfileStore::clearPendingReplace(const QString& name)
{
    load();
    QList<PendingReplace> notes = m_notes;
    if (notes.removeIf([&](const PendingReplace& note) { return note.profile.name == name; }) == 0)
        return true;
    stagePendingReplaces(notes);
    return commit();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> profiles = validProfiles();
    std::stable_sort(profiles.begin(), profiles.end(), [](const Profile& a, const Profile& b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    return profiles;
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    load();
    const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                 [&](const Profile& p) { return p.isValid() && p.name == name; });
    if (it == m_profiles.cend())
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
    load();
    stageProfile(profile);
    const bool written = commit();
    emit profilesChanged();
    return written;
}

bool ProfileStore::putSettled(const Profile& profile)
{
    if (!profile.isValid())
        return false;
    load();
    stageProfile(profile);
    QStringList names = m_pending;
    if (names.removeAll(profile.name) > 0)
        stagePendingNames(names);
    QList<PendingReplace> notes = m_notes;
    if (notes.removeIf([&](const PendingReplace& note) { return note.profile.name == profile.name; }) > 0)
        stagePendingReplaces(notes);
    const bool written = commit();
    emit profilesChanged();
    return written;
}

bool ProfileStore::remove(const QString& name)
{
    QList<Profile> all = validProfiles();
    const auto removed = all.removeIf([&](const Profile& p) { return p.name == name; });
    if (removed == 0)
        return false;
    const bool written = writeAll(all);
    emit profilesChanged();
    return written;
}

QStringList ProfileStore::pendingNames() const
{
    load();
    return m_pending;
}

bool ProfileStore::addPending(const QString& name)
{
    load();
    if (m_pending.contains(name))
        return true;
    stagePendingNames(m_pending + QStringList {name});
    return commit(); // on disk before the keychain write starts: a crash must not lose it
}

bool ProfileStore::removePending(const QString& name)
{
    load();
    QStringList names = m_pending;
    if (names.removeAll(name) == 0)
        return true;
    stagePendingNames(names);
    const bool written = commit();
    emit profilesChanged();
    return written;
}

QStringList ProfileStore::unfinishedNames() const
{
    QStringList names = pendingNames();
    const QList<Profile> listed = validProfiles();
    names.removeIf([&](const QString& name) {
        return std::any_of(listed.cbegin(), listed.cend(), [&](const Profile& p) { return p.name == name; });
    });
    return names;
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}
