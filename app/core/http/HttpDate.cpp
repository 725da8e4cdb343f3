#include "http/HttpDate.h"

#include <QList>
#include <QTime>
#include <QTimeZone>

namespace {

const char* const monthNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
const char* const dayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const char* const longDayNames[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

template<size_t N>
int indexOf(const char* const (&names)[N], const QByteArray& name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name.compare(names[i], Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

int month(const QByteArray& name)
{
    return indexOf(monthNames, name) + 1; // 0: no month
}

/// \a text as a number of \a minDigits to \a maxDigits decimal digits; -1 otherwise.
int digits(const QByteArray& text, int minDigits, int maxDigits)
{
    if (text.size() < minDigits || text.size() > maxDigits)
        return -1;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

/// "08:49:37"; invalid unless each part has two digits and the time exists.
QTime timeOfDay(const QByteArray& text)
{
    const QList<QByteArray> parts = text.split(':');
    if (parts.size() != 3)
        return {};
    return QTime(digits(parts[0], 2, 2), digits(parts[1], 2, 2), digits(parts[2], 2, 2));
}

QDateTime gmt(int year, int month, int day, const QByteArray& time, const QByteArray& zone)
{
    if (zone.compare("GMT", Qt::CaseInsensitive) != 0)
        return {};
    const QDate date(year, month, day); // invalid for 31 Feb or month 0 (but not for year -1)
    const QTime clock = timeOfDay(time);
    if (year < 0 || !date.isValid() || !clock.isValid())
        return {};
    return QDateTime(date, clock, QTimeZone::utc());
}

// "Sun," "06" "Nov" "1994" "08:49:37" "GMT"
QDateTime imfFixdate(const QList<QByteArray>& words)
{
    if (!words[0].endsWith(',') || indexOf(dayNames, words[0].chopped(1)) < 0)
        return {};
    return gmt(digits(words[3], 4, 4), month(words[2]), digits(words[1], 2, 2), words[4], words[5]);
}

// "Sunday," "06-Nov-94" "08:49:37" "GMT"
QDateTime rfc850(const QList<QByteArray>& words, const QDateTime& now)
{
    const QList<QByteArray> date = words[1].split('-');
    if (!words[0].endsWith(',') || indexOf(longDayNames, words[0].chopped(1)) < 0 || date.size() != 3)
        return {};
    const int twoDigits = digits(date[2], 2, 2);
    if (twoDigits < 0)
        return {};
    const int thisYear = now.toUTC().date().year();
    int year = thisYear - thisYear % 100 + twoDigits;
    if (year > thisYear + 50)
        year -= 100;
    return gmt(year, month(date[1]), digits(date[0], 2, 2), words[2], words[3]);
}

// "Sun" "Nov" "6" "08:49:37" "1994" (the day padded with a space, or a zero)
QDateTime asctime(const QList<QByteArray>& words)
{
    if (indexOf(dayNames, words[0]) < 0)
        return {};
    return gmt(digits(words[4], 4, 4), month(words[1]), digits(words[2], 1, 2), words[3], "GMT");
}

} // namespace

QDateTime HttpDate::parse(const QByteArray& value, const QDateTime& now)
{
    const QList<QByteArray> words = value.simplified().split(' ');
    switch (words.size()) {
    case 6:
        return imfFixdate(words);
    case 4:
        return rfc850(words, now);
    case 5:
        return asctime(words);
    default:
        return {};
    }
}
