#include "ExpiryText.h"

#include "TokenResult.h"

QString ExpiryText::duration(qint64 seconds)
{
    // Explicit singular and plural strings: "%n day(s)" would print "(s)" wherever no
    // English numerus translation is loaded, and the CLI loads none.
    seconds = qMax<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const auto unit = [](qint64 n, const QString& one, const QString& many) { return n == 1 ? one : many.arg(n); };
    const QString dayText = unit(days, tr("1 day"), tr("%1 days"));
    const QString hourText = unit(hours, tr("1 hour"), tr("%1 hours"));
    const QString minuteText = unit(minutes, tr("1 minute"), tr("%1 minutes"));
    if (days >= 2)
        return dayText;
    if (days == 1)
        return hours > 0 ? dayText + QLatin1Char(' ') + hourText : dayText;
    if (hours > 0)
        return minutes > 0 ? hourText + QLatin1Char(' ') + minuteText : hourText;
    if (minutes > 0)
        return minuteText;
    return unit(seconds, tr("1 second"), tr("%1 seconds"));
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
