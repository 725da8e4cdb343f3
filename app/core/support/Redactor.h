#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

/// The one place that masks secrets before anything reaches a log, a message or stderr, and
/// the one list of the query and JSON keys whose values are secrets.
///
/// Two kinds of value: a *token* (user, Page, long-lived token) may keep a short prefix so the
/// user can tell tokens apart ("EAAB…"); a *secret* (App Secret, appsecret_proof, an OAuth code,
/// a password, the secret half of an app token "{app-id}|{app-secret}") keeps nothing ("…").
class Redactor
{
public:
    enum class Kind { Token, Secret };

    /// A token reduced to a recognisable hint: its first 4 characters and "…" ("EAAB…");
    /// shorter than 12 characters: "…" only. An app token "{app-id}|{app-secret}" (or
    /// "TH|{app-id}|{app-secret}") keeps its public part and loses the secret: "{app-id}|…".
    /// Never reversible, never the end of the value.
    static QString mask(const QString& token);
    /// A secret fully redacted: always "…".
    static QString maskSecret(const QString& secret);

    /// The URL without secrets: values of sensitive query keys (see sensitiveKeys()) masked
    /// by their kind, no user info, no fragment.
    static QString url(const QUrl& url);

    /// \a text with every occurrence of each of \a secrets (plain, percent-encoded in either hex
    /// case, JSON-escaped) fully redacted, and of each of \a tokens replaced by mask(). Also masks
    /// values of sensitive keys in query strings (key=value), JSON bodies ("key":"value") and
    /// Authorization headers (always as secrets).
    static QString scrub(const QString& text, const QStringList& secrets = {}, const QStringList& tokens = {});

    /// Whether a query or JSON key carries a secret or a token (any case).
    static bool isSensitiveKey(const QString& key);
    /// What a sensitive key's value is; Kind::Secret for a key that is not sensitive.
    static Kind kindOfKey(const QString& key);
    /// Every sensitive key, lower case: the one list every redaction uses.
    static QStringList sensitiveKeys();
};
