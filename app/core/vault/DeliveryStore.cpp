#include "vault/DeliveryStore.h"

#include "vault/PrivateSettingsFile.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace {
const QString groupKey = QStringLiteral("deliveries");
// The last target number given out per profile: a number is never given out twice, so a
// keychain entry a removed target left (its n8n key) can never be taken for a new target's.
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
} // namespace

DeliveryStore::DeliveryStore(QObject* parent)
    : QObject(parent)
    // The same file ProfileStore names (window and longlived-cli share it).
    , m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("LongLived"),
                                             QStringLiteral("LongLived")))
{
}

DeliveryStore::DeliveryStore(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

DeliveryStore::~DeliveryStore() = default;

QString DeliveryStore::fileName() const
{
    return m_settings->fileName();
}

void DeliveryStore::load() const
{
    const SettingsFileStamp now = SettingsFileStamp::of(m_settings->fileName());
    if (m_loaded && now == m_stamp)
        return;
    // Another process (the window, a scheduled renew) changed the file since we last looked.
    m_settings->sync();
    m_entries.clear();
    m_indexes.clear();
    m_arraySize = m_settings->beginReadArray(groupKey);
    for (int i = 0; i < m_arraySize; ++i) {
        m_settings->setArrayIndex(i);
        const QString profile = m_settings->value(QStringLiteral("profile")).toString();
        const auto kind = DeliveryTarget::kindFromId(m_settings->value(QStringLiteral("kind")).toString());
        if (profile.isEmpty() || !kind)
            continue; // written by a newer version, or damaged: left out rather than guessed
        m_entries.append({profile, readTarget(*m_settings, *kind)});
        m_indexes.append(i);
    }
    m_settings->endArray();
    m_stamp = now;
    m_loaded = true;
}

const QList<DeliveryStore::Entry>& DeliveryStore::readAll() const
{
    load();
    return m_entries;
}

bool DeliveryStore::writeAll(const QList<Entry>& entries)
{
    // Rewritten whole: no stale entries behind a shorter array.
    m_settings->remove(groupKey);
    m_settings->beginWriteArray(groupKey, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("profile"), entries.at(i).first);
        writeTarget(*m_settings, entries.at(i).second);
    }
    m_settings->endArray();
    if (!commit())
        return false;
    m_entries = entries;
    m_indexes.clear();
    for (int i = 0; i < entries.size(); ++i)
        m_indexes.append(i);
    m_arraySize = int(entries.size());
    emit deliveriesChanged();
    return true;
}

bool DeliveryStore::commit()
{
    // Written by another process since load(): parsed afresh from the merged result.
    const bool unchanged = SettingsFileStamp::of(m_settings->fileName()) == m_stamp;
    const bool written = PrivateSettingsFile::write(*m_settings);
    m_stamp = SettingsFileStamp::of(m_settings->fileName());
    m_loaded = written && unchanged;
    return written;
}

QList<DeliveryTarget> DeliveryStore::targets(const QString& profileName) const
{
    QList<DeliveryTarget> targets;
    for (const Entry& entry : readAll()) {
        if (entry.first == profileName.trimmed())
            targets.append(entry.second);
    }
    return targets;
}

QStringList DeliveryStore::profileNames() const
{
    QStringList names;
    for (const Entry& entry : readAll()) {
        if (!names.contains(entry.first))
            names.append(entry.first);
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

QString DeliveryStore::nextId(const QList<Entry>& entries, const QString& profileName, DeliveryTarget::Kind kind) const
{
    // One sequence per profile across kinds, so "file-2" always means the second target added
    // (unless removed) whatever its kind.
    int highest = m_settings->value(lastIdKey(profileName), 0).toInt();
    for (const Entry& entry : entries) {
        if (entry.first == profileName)
            highest = qMax(highest, entry.second.id.section(QLatin1Char('-'), -1).toInt());
    }
    DeliveryTarget probe;
    probe.kind = kind;
    return probe.kindId() + QLatin1Char('-') + QString::number(highest + 1);
}

std::optional<DeliveryTarget> DeliveryStore::add(const QString& profileName, DeliveryTarget target)
{
    const QString name = profileName.trimmed();
    if (name.isEmpty() || !target.validationError().isEmpty())
        return std::nullopt;
    QList<Entry> entries = readAll();
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
    target.id = nextId(entries, name, target.kind);
    m_settings->setValue(lastIdKey(name), target.id.section(QLatin1Char('-'), -1).toInt());
    entries.append({name, target});
    if (!writeAll(entries))
        return std::nullopt;
    return target;
}

bool DeliveryStore::remove(const QString& profileName, const QString& targetId)
{
    QList<Entry> entries = readAll();
    const auto removed = entries.removeIf(
        [&](const Entry& entry) { return entry.first == profileName.trimmed() && entry.second.id == targetId; });
    return removed > 0 && writeAll(entries);
}

bool DeliveryStore::removeProfile(const QString& profileName)
{
    QList<Entry> entries = readAll();
    const auto removed = entries.removeIf([&](const Entry& entry) { return entry.first == profileName.trimmed(); });
    return removed == 0 || writeAll(entries);
}

bool DeliveryStore::recordResult(const QString& profileName, const QString& targetId, const DeliveryResult& result,
                                 const QString& tokenFingerprint, const QDateTime& at)
{
    load();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).first != profileName.trimmed() || m_entries.at(i).second.id != targetId)
            continue;
        DeliveryTarget target = m_entries.at(i).second;
        target.lastAttemptAt = at.toUTC();
        target.lastOk = result.isOk();
        target.lastResultKind = result.kindId();
        target.lastMessage = result.message();
        if (result.isOk()) {
            target.deliveredFingerprint = tokenFingerprint;
            target.lastDeliveredAt = at.toUTC();
        }
        // Only this target's keys: the write does not grow with the number of targets.
        m_settings->beginWriteArray(groupKey, m_arraySize);
        m_settings->setArrayIndex(m_indexes.at(i));
        writeTarget(*m_settings, target);
        m_settings->endArray();
        m_entries[i].second = target;
        if (!commit())
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
