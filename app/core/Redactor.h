#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

/// The one place that masks secrets before anything reaches a log, a message or stderr.
class Redactor
{
public:
    /// A token or secret reduced to a recognisable hint, e.g. "EAAB…9xQ"; short values
    /// become "…" entirely. Never reversible.
    static QString mask(const QString& secret);

    /// The URL without secrets: values of sensitive query keys (client_secret, access_token,
    /// fb_exchange_token, input_token, appsecret_proof, code) masked, no user info.
    static QString url(const QUrl& url);

    /// \a text with every occurrence of each of \a secrets (plain and percent-encoded)
    /// replaced by its mask(). Also masks values of sensitive keys in query strings,
    /// JSON bodies ("access_token":"…") and Authorization headers.
    static QString scrub(const QString& text, const QStringList& secrets = {});

    /// Whether a query or JSON key carries a secret.
    static bool isSensitiveKey(const QString& key);
};
