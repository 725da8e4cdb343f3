#include "vault/DeliveryStore.h"

#include "vault/PrivateSettingsFile.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace {
const QString groupKey = QStringLiteral("deliveries");
const QString fileNameKey = QStringLiteral("name");
const QString lastIdFileKey = QStringLiteral("lastDeliveryId");
// Where older versions kept the last target number given out per profile: a number is never
// given out twice, so a keychain entry a removed target left (its n8n key) can never be taken
// for a new target's.
const QString lastIdGroup = QStringLiteral("deliveryIds");

QString lastIdKey(const QString& profileName)
{
    return lastIdGroup + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(profileName));
}

QString dateToText(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime textToDate(const QString& text)
{
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dateTime.isValid() ? dateTime.toUTC() : QDateTime();
}

DeliveryTarget readTarget(const QSettings& s, DeliveryTarget::Kind kind)
{
    DeliveryTarget target;
    target.kind = kind;
    target.id = s.value(QStringLiteral("id")).toString();
    target.n8nUrl = QUrl(s.value(QStringLiteral("url")).toString());
    target.credentialId = s.value(QStringLiteral("credential")).toString();
    target.field = s.value(QStringLiteral("field"), DeliveryTarget::defaultField()).toString();
    target.path = s.value(QStringLiteral("path")).toString();
    target.format = s.value(QStringLiteral("format"), QStringLiteral("token")).toString();
    target.program = s.value(QStringLiteral("program")).toString();
    target.arguments = s.value(QStringLiteral("arguments")).toStringList();
    target.deliveredFingerprint = s.value(QStringLiteral("deliveredFingerprint")).toString();
    target.lastAttemptAt = textToDate(s.value(QStringLiteral("lastAttemptAt")).toString());
    target.lastDeliveredAt = textToDate(s.value(QStringLiteral("lastDeliveredAt")).toString());
    target.lastOk = s.value(QStringLiteral("lastOk"), false).toBool();
    target.lastResultKind = s.value(QStringLiteral("lastResult")).toString();
    target.lastMessage = s.value(QStringLiteral("lastMessage")).toString();
    return target;
}

void writeTarget(QSettings& s, const DeliveryTarget& target)
{
    s.setValue(QStringLiteral("id"), target.id);
    s.setValue(QStringLiteral("kind"), target.kindId());
    if (target.kind == DeliveryTarget::Kind::N8n) {
        s.setValue(QStringLiteral("url"), target.n8nUrl.toString());
        s.setValue(QStringLiteral("credential"), target.credentialId);
        s.setValue(QStringLiteral("field"), target.field);
    } else if (target.kind == DeliveryTarget::Kind::File) {
        s.setValue(QStringLiteral("path"), target.path);
        s.setValue(QStringLiteral("format"), target.format);
    } else {
        s.setValue(QStringLiteral("program"), target.program);
        s.setValue(QStringLiteral("arguments"), target.arguments);
    }
    s.setValue(QStringLiteral("deliveredFingerprint"), target.deliveredFingerprint);
    s.setValue(QStringLiteral("lastAttemptAt"), dateToText(target.lastAttemptAt));
    s.setValue(QStringLiteral("lastDeliveredAt"), dateToText(target.lastDeliveredAt));
    s.setValue(QStringLiteral("lastOk"), target.lastOk);
    s.setValue(QStringLiteral("lastResult"), target.lastResultKind);
    s.setValue(QStringLiteral("lastMessage"), target.lastMessage);
}

int idNumber(const DeliveryTarget& target)
{
    return target.id.section(QLatin1Char('-'), -1).toInt();
}

void stageTargets(QSettings& s, const QList<DeliveryTarget>& targets, int lastId)
{
    // Rewritten whole: no stale entries behind a shorter array.
    s.remove(groupKey);
    if (!targets.isEmpty()) {
        s.beginWriteArray(groupKey, int(targets.size()));
        for (int i = 0; i < targets.size(); ++i) {
            s.setArrayIndex(i);
            writeTarget(s, targets.at(i));
        }
        s.endArray();
    }
    if (lastId > 0)
        s.setValue(lastIdFileKey, lastId);
}
} // namespace

DeliveryStore::DeliveryStore(QObject* parent)
    : QObject(parent)
    // The same file ProfileStore names (window and longlived-cli share it).
    , m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("LongLived"),
                                             QStringLiteral("LongLived")))
    , m_folder(std::make_unique<ProfileFolder>(m_settings->fileName()))
{
}

DeliveryStore::DeliveryStore(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
    , m_folder(std::make_unique<ProfileFolder>(iniFile))
{
}

DeliveryStore::~DeliveryStore() = default;

QString DeliveryStore::fileName() const
{
    return m_settings->fileName();
}

QString DeliveryStore::folder() const
{
    return m_folder->path();
}

const DeliveryStore::Cached& DeliveryStore::entryOfFile(const QString& fileName, const QString& profileName) const
{
    return m_cache.get(fileName, [&](QSettings& s, bool missing) {
        Cached cached;
        cached.name = missing ? QString() : m_folder->nameIn(s, profileName);
        if (cached.name.isEmpty())
            return cached;
        cached.lastId = s.value(lastIdFileKey, 0).toInt();
        cached.arraySize = s.beginReadArray(groupKey);
        for (int i = 0; i < cached.arraySize; ++i) {
            s.setArrayIndex(i);
            const auto kind = DeliveryTarget::kindFromId(s.value(QStringLiteral("kind")).toString());
            if (!kind)
                continue; // written by a newer version, or damaged: left out rather than guessed
            cached.targets.append(readTarget(s, *kind));
            cached.indexes.append(i);
        }
        s.endArray();
        return cached;
    });
}

const DeliveryStore::Cached& DeliveryStore::entry(const QString& profileName) const
{
    migrate();
    return entryOfFile(m_folder->fileFor(profileName), profileName);
}

bool DeliveryStore::writeFile(const QString& profileName, const QList<DeliveryTarget>& targets, int lastId) const
{
    const QString file = m_folder->fileFor(profileName);
    if (!m_folder->mayWrite(file))
        return false;
    bool written = false;
    {
        QSettings s(file, QSettings::IniFormat);
        s.setValue(fileNameKey, profileName);
        stageTargets(s, targets, lastId);
        written = m_folder->write(s);
    }
    m_cache.forget(file);
    return written;
}

bool DeliveryStore::writeTargets(const QString& profileName, const QList<DeliveryTarget>& targets, int lastId)
{
    if (!writeFile(profileName, targets, lastId))
        return false;
    emit deliveriesChanged();
    return true;
}

void DeliveryStore::migrate() const
{
    if (!m_migrated)
        m_migrated = migrateLegacy();
}

bool DeliveryStore::migrateLegacy() const
{
    m_settings->sync();
    if (!m_settings->childGroups().contains(groupKey) && !m_settings->childGroups().contains(lastIdGroup))
        return true;
    QHash<QString, QList<DeliveryTarget>> byProfile;
    QStringList order;
    const int size = m_settings->beginReadArray(groupKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        const QString profile = m_settings->value(QStringLiteral("profile")).toString();
        const auto kind = DeliveryTarget::kindFromId(m_settings->value(QStringLiteral("kind")).toString());
        if (profile.isEmpty() || !kind)
            continue; // as the older version did: left out rather than guessed
        if (!byProfile.contains(profile))
            order.append(profile);
        byProfile[profile].append(readTarget(*m_settings, *kind));
    }
    m_settings->endArray();
    m_settings->beginGroup(lastIdGroup);
    for (const QString& key : m_settings->childKeys()) {
        const QString profile = QUrl::fromPercentEncoding(key.toLatin1());
        if (!byProfile.contains(profile))
            order.append(profile);
        byProfile[profile]; // a profile whose targets were all removed keeps its number
    }
    m_settings->endGroup();
    // The new files first: a process killed before the old keys are removed moves them again,
    // and a profile whose file already lists targets (a newer run) is not overwritten.
    bool moved = true;
    for (const QString& profile : std::as_const(order)) {
        const QList<DeliveryTarget>& targets = byProfile.value(profile);
        int lastId = m_settings->value(lastIdKey(profile), 0).toInt();
        for (const DeliveryTarget& target : targets)
            lastId = qMax(lastId, idNumber(target));
        const Cached& existing = entryOfFile(m_folder->fileFor(profile), profile);
        if (existing.arraySize == 0 && existing.lastId == 0)
            moved = writeFile(profile, targets, lastId) && moved;
    }
    if (!moved)
        return false; // the old keys stay: the next use tries again
    m_settings->remove(groupKey);
    m_settings->remove(lastIdGroup);
    return PrivateSettingsFile::write(*m_settings);
}

QList<DeliveryTarget> DeliveryStore::targets(const QString& profileName) const
{
    const QString name = profileName.trimmed();
    if (name.isEmpty())
        return {};
    return entry(name).targets;
}

void DeliveryStore::releaseParsed(const QString& profileName)
{
    if (!profileName.isEmpty())
        m_cache.forget(m_folder->fileFor(profileName));
}

QStringList DeliveryStore::profileNames() const
{
    migrate();
    QStringList names;
    for (const QString& file : m_folder->files()) {
        const Cached& cached = entryOfFile(file, QString());
        if (!cached.targets.isEmpty())
            names.append(cached.name);
    }
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

std::optional<DeliveryTarget> DeliveryStore::target(const QString& profileName, const QString& targetId) const
{
    for (const DeliveryTarget& target : targets(profileName)) {
        if (target.id == targetId)
            return target;
    }
    return std::nullopt;
}

QString DeliveryStore::nextId(const QString& profileName, DeliveryTarget::Kind kind) const
{
    // One sequence per profile across kinds, so "file-2" always means the second target added
    // (unless removed) whatever its kind.
    const Cached& cached = entry(profileName);
    int highest = cached.lastId;
    for (const DeliveryTarget& target : cached.targets)
        highest = qMax(highest, idNumber(target));
    DeliveryTarget probe;
    probe.kind = kind;
    return probe.kindId() + QLatin1Char('-') + QString::number(highest + 1);
}

std::optional<DeliveryTarget> DeliveryStore::add(const QString& profileName, DeliveryTarget target)
{
    const QString name = profileName.trimmed();
    if (name.isEmpty() || !target.validationError().isEmpty())
        return std::nullopt;
    QList<DeliveryTarget> targets = entry(name).targets;
    const DeliveryTarget configured = target;
    target = DeliveryTarget(); // no history carried over
    target.kind = configured.kind;
    target.n8nUrl = configured.n8nUrl;
    target.credentialId = configured.credentialId;
    target.field = configured.field;
    target.path = configured.path;
    target.format = configured.format;
    target.program = configured.program;
    target.arguments = configured.arguments;
    target.id = nextId(name, target.kind);
    targets.append(target);
    if (!writeTargets(name, targets, idNumber(target)))
        return std::nullopt;
    return target;
}

bool DeliveryStore::remove(const QString& profileName, const QString& targetId)
{
    const QString name = profileName.trimmed();
    const Cached cached = entry(name);
    QList<DeliveryTarget> targets = cached.targets;
    const auto removed = targets.removeIf([&](const DeliveryTarget& target) { return target.id == targetId; });
    return removed > 0 && writeTargets(name, targets, cached.lastId);
}

bool DeliveryStore::removeProfile(const QString& profileName)
{
    const QString name = profileName.trimmed();
    const Cached cached = entry(name);
    // The last number stays: a profile saved again under this name never reuses one.
    return cached.arraySize == 0 || writeTargets(name, {}, cached.lastId);
}

bool DeliveryStore::recordResult(const QString& profileName, const QString& targetId, const DeliveryResult& result,
                                 const QString& tokenFingerprint, const QDateTime& at)
{
    const QString name = profileName.trimmed();
    const Cached cached = entry(name);
    for (qsizetype i = 0; i < cached.targets.size(); ++i) {
        if (cached.targets.at(i).id != targetId)
            continue;
        DeliveryTarget target = cached.targets.at(i);
        target.lastAttemptAt = at.toUTC();
        target.lastOk = result.isOk();
        target.lastResultKind = result.kindId();
        target.lastMessage = result.message();
        if (result.isOk()) {
            target.deliveredFingerprint = tokenFingerprint;
            target.lastDeliveredAt = at.toUTC();
        }
        // Only this target's keys, in this profile's file.
        const QString file = m_folder->fileFor(name);
        if (!m_folder->mayWrite(file))
            return false;
        bool written = false;
        {
            QSettings s(file, QSettings::IniFormat);
            s.beginWriteArray(groupKey, cached.arraySize);
            s.setArrayIndex(cached.indexes.at(i));
            writeTarget(s, target);
            s.endArray();
            written = m_folder->write(s);
        }
        m_cache.forget(file);
        if (!written)
            return false;
        emit deliveriesChanged();
        return true;
    }
    return false; // removed meanwhile: nothing to note
}

QList<DeliveryTarget> DeliveryStore::pendingTargets(const QString& profileName, const QString& tokenFingerprint) const
{
    QList<DeliveryTarget> pending;
    for (const DeliveryTarget& target : targets(profileName)) {
        if (!target.hasReceived(tokenFingerprint))
            pending.append(target);
    }
    return pending;
}
