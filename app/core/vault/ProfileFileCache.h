#pragma once

#include "vault/SettingsFileStamp.h"

#include <QHash>
#include <QSettings>
#include <QString>

#include <utility>

/// What a store parsed from each profile's file (ProfileFolder), by file name, with the file's
/// stamp: a lookup costs one stat(2) and parses the file again only when another process (the
/// window, a scheduled renew) replaced it since.
template <typename Entry> class ProfileFileCache {
public:
    /// The entry of \a fileName; when new or changed on disk, \a parse(QSettings&, bool missing)
    /// makes it from the file as it is now.
    template <typename Parse> const Entry& get(const QString& fileName, Parse parse)
    {
        const SettingsFileStamp now = SettingsFileStamp::of(fileName);
        const auto it = m_entries.constFind(fileName);
        if (it != m_entries.cend() && it->first == now)
            return it->second;
        QSettings settings(fileName, QSettings::IniFormat);
        return m_entries.insert(fileName, {now, parse(settings, now.isMissing())})->second;
    }
    /// Parsed afresh at the next lookup (the store just wrote it, or let go of it). The table
    /// shrinks once it is mostly empty: a QHash keeps its storage after remove(), and a run that
    /// listed a thousand profiles and then let them go would otherwise keep room for all.
    void forget(const QString& fileName)
    {
        m_entries.remove(fileName);
        if (m_entries.capacity() > 128 && m_entries.size() * 4 < m_entries.capacity())
            m_entries.squeeze();
    }

private:
    QHash<QString, std::pair<SettingsFileStamp, Entry>> m_entries;
};
