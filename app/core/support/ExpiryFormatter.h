#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

struct TokenResult;

/// Words for a token's expiry, for the window and the command line alike: the absolute local
/// date-time, the relative phrase ("in 59 days", "expired 2 days ago"), a duration ("1 day
/// 2 hours") and the command line's sentence. Pure functions of their inputs (the time is passed
/// in), so they are tested with a pinned clock. Counts are %n plurals: the English catalogue
/// (TranslationLoader) gives them their forms.
class ExpiryFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryFormatter)

public:
    /// "in 59 days", "in 3 hours", "in 12 minutes", "in less than a minute",
    /// "expired 2 days ago", ... Whole units, rounded down (59.99 days is "in 59 days").
    static QString relative(const QDateTime& now, const QDateTime& expiresAt);

    /// The expiry in local time, the locale's long date and short time.
    static QString absolute(const QDateTime& expiresAt, const QLocale& locale = QLocale());

    /// The full text for the "Expires" field: "<absolute> (<relative>)", or a plain sentence
    /// when Meta did not say when the token expires, or said it never does.
    static QString describe(const TokenResult& result, const QDateTime& now, const QLocale& locale = QLocale());

    /// "59 days", "1 day 2 hours", "3 hours 12 minutes", "45 seconds": the two largest units
    /// that matter, rounded down; negative counts as 0.
    static QString duration(qint64 seconds);

    /// The command line's sentence, in UTC so logs compare across machines:
    /// "It expires in 59 days (2026-01-27 10:00 UTC).", "It expired at …", "It does not expire.".
    static QString sentence(const TokenResult& result, const QDateTime& now);

    /// The sentence shown when the expiry is unknown: never invent one.
    static QString unknownText();
    static QString neverExpiresText();
};
