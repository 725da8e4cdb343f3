#pragma once

// SentinelScan — looks for secrets (sentinel App Secrets and tokens) in text, files and
// folders, in every form they could be written: as typed, percent-encoded (either hex case),
// form-encoded, JSON-escaped ('/' as "\/"), and as their distinctive middle part alone (so a
// half-redacted value is caught too).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace SentinelScan {

/// The byte sequences that betray \a secret.
QList<QByteArray> formsOf(const QString& secret);

/// "form 'xyz' of secret #n at offset k: …context…" for the first hit in \a haystack; empty
/// when none of \a secrets shows in any form.
QString findIn(const QByteArray& haystack, const QStringList& secrets);

/// One line per regular file under \a directory (recursive, hidden files included) that holds a
/// form of one of \a secrets: "path: what findIn() said". Empty when clean.
QStringList scanDirectory(const QString& directory, const QStringList& secrets);

/// How many regular files scanDirectory() would read under \a directory (to show a scan saw
/// something).
int fileCount(const QString& directory);

} // namespace SentinelScan
