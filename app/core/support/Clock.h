#pragma once

#include <QDateTime>

#include <functional>

/// The source of "now". Injected into services so tests can pin the time.
using Clock = std::function<QDateTime()>;

/// The real clock, in UTC.
inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}
