#include "ExpiryText.h"

#include "TokenResult.h"

#include <climits>

QString ExpiryText::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const auto n = [](qint64 value) { return int(qMin<qint64>(value, INT_MAX)); };
    if (days >= 2)
        return tr("%n day(s)", nullptr, n(days));
    if (days == 1)
        return hours > 0 ? tr("1 day %n hour(s)", nullptr, n(hours)) : tr("1 day");
    if (hours > 0)
        return minutes > 0 ? tr("%n hour(s)", nullptr, n(hours)) + QLatin1Char(' ') + tr("%n minute(s)", nullptr, n(minutes))
                           : tr("%n hour(s)", nullptr, n(hours));
    if (minutes > 0)
        return tr("%n minute(s)", nullptr, n(minutes));
    return tr("%n second(s)", nullptr, n(seconds));
}

QString ExpiryText::describe(const TokenResult& result, const QDateTime& now)
{
    if (result.neverExpires)
        return tr("It does not expire.");
    if (!result.expiresAt.isValid())
        return tr("Meta did not say when it expires.");
    const QString when = result.expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    const qint64 left = now.secsTo(result.expiresAt);
    if (left <= 0)
        return tr("It expired at %1.").arg(when);
    return tr("It expires in %1 (%2).").arg(duration(left), when);
}
