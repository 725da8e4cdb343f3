#include "support/ExpiryFormatter.h"

#include "graph/TokenResult.h"

namespace {
constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
} // namespace

QString ExpiryFormatter::relative(const QDateTime& now, const QDateTime& expiresAt)
{
    const qint64 seconds = now.secsTo(expiresAt);
    // Whole units only: the precise moment is in the absolute text beside it.
    if (seconds > 0) {
        if (seconds >= day)
            return tr("in %n day(s)", nullptr, int(seconds / day));
        if (seconds >= hour)
            return tr("in %n hour(s)", nullptr, int(seconds / hour));
        if (seconds >= minute)
            return tr("in %n minute(s)", nullptr, int(seconds / minute));
        return tr("in less than a minute");
    }
    const qint64 ago = -seconds;
    if (ago >= day)
        return tr("expired %n day(s) ago", nullptr, int(ago / day));
    if (ago >= hour)
        return tr("expired %n hour(s) ago", nullptr, int(ago / hour));
    if (ago >= minute)
        return tr("expired %n minute(s) ago", nullptr, int(ago / minute));
    return tr("expired just now");
}

QString ExpiryFormatter::absolute(const QDateTime& expiresAt, const QLocale& locale)
{
    const QDateTime local = expiresAt.toLocalTime();
    return tr("%1 at %2", "date at time")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), QLocale::ShortFormat));
}

QString ExpiryFormatter::describe(const TokenResult& result, const QDateTime& now, const QLocale& locale)
{
    if (result.neverExpires)
        return neverExpiresText();
    if (!result.hasKnownExpiry())
        return unknownText();
    return tr("%1 (%2)", "absolute expiry (relative expiry)")
        .arg(absolute(result.expiresAt, locale), relative(now, result.expiresAt));
}

QString ExpiryFormatter::unknownText()
{
    return tr("Unknown — Meta did not say when this token expires");
}

QString ExpiryFormatter::neverExpiresText()
{
    return tr("Never — Meta says this token does not expire");
}

QString ExpiryFormatter::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const int days = int(seconds / day);
    const int hours = int((seconds % day) / hour);
    const int minutes = int((seconds % hour) / minute);
    const QString dayText = tr("%n day(s)", nullptr, days);
    if (days >= 2)
        return dayText;
    const QString hourText = tr("%n hour(s)", nullptr, hours);
    if (days == 1)
        return hours > 0 ? tr("%1 %2", "days hours").arg(dayText, hourText) : dayText;
    const QString minuteText = tr("%n minute(s)", nullptr, minutes);
    if (hours > 0)
        return minutes > 0 ? tr("%1 %2", "hours minutes").arg(hourText, minuteText) : hourText;
    if (minutes > 0)
        return minuteText;
    return tr("%n second(s)", nullptr, int(seconds));
}

QString ExpiryFormatter::sentence(const TokenResult& result, const QDateTime& now)
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
