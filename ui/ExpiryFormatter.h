#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

struct TokenResult;

/// Words for a token's expiry: the absolute local date-time and the relative phrase
/// ("in 59 days", "expired 2 days ago"). Pure functions of their inputs (the time is passed
/// in), so they are tested with a pinned clock.
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

    /// The sentence shown when the expiry is unknown: never invent one.
    static QString unknownText();
    static QString neverExpiresText();
};
