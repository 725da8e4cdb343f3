#pragma once

#include <QJsonValue>
#include <QString>

/// One input line of a batch, as read (not yet resolved against the command-line defaults).
/// Holds secrets (token, app_secret): never log it.
struct BatchItem {
    qint64 line = 0; ///< 1-based physical line where the item starts
    QJsonValue id;   ///< the caller's "id", echoed as given; null when absent
    QString token;
    QString platform; ///< as written; empty = not given
    QString appId;
    QString appSecret;

    /// Set when the line cannot become a request: its error record says why.
    QString problemKind; ///< "bad_json", "bad_csv", "missing_token", "line_too_long", …
    QString problem;     ///< human message naming the field, never its value

    bool isValid() const { return problemKind.isEmpty(); }
};
