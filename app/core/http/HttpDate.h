#pragma once

#include <QByteArray>
#include <QDateTime>

/// The HTTP date of a header such as Retry-After, in the three forms a recipient must read
/// (RFC 9110 §5.6.7), always in GMT — never through the local time zone, whose gaps and
/// offsets would move the point in time:
///
///     Sun, 06 Nov 1994 08:49:37 GMT    IMF-fixdate (what servers send)
///     Sunday, 06-Nov-94 08:49:37 GMT   obsolete RFC 850
///     Sun Nov  6 08:49:37 1994         obsolete asctime()
///
/// Day and month names are matched without regard to case. A date that does not exist, a zone
/// other than GMT, numbers of the wrong width or anything left over make the value invalid.
class HttpDate
{
public:
    /// The point in time \a value names (a UTC QDateTime), or an invalid QDateTime. \a now
    /// places RFC 850's two-digit year: the most recent year with those digits that is not
    /// more than 50 years after \a now.
    static QDateTime parse(const QByteArray& value, const QDateTime& now);
};
