#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct TokenResult;

/// A token's expiry in words for stderr: "expires in 59 days (2026-01-27 10:00 UTC)".
class ExpiryText
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryText)

public:
    /// "59 days", "3 hours 12 minutes", "45 seconds": the two largest units that matter.
    static QString duration(qint64 seconds);
    /// The sentence about \a result's expiry, relative to \a now.
    static QString describe(const TokenResult& result, const QDateTime& now);
};
