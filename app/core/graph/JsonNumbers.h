#pragma once

#include <QJsonValue>

#include <limits>

/// Safe conversions of JSON numbers from untrusted answers. A cast of an out-of-range double
/// (1e82, NaN) to an integer is undefined behaviour; these give the fallback instead.
namespace JsonNumbers {

inline qint64 toInt64(const QJsonValue& value, qint64 fallback = 0)
{
    if (!value.isDouble())
        return fallback;
    const double number = value.toDouble();
    if (!(number >= -9.0e18 && number <= 9.0e18)) // also false for NaN
        return fallback;
    return value.toInteger(static_cast<qint64>(number));
}

inline int toInt(const QJsonValue& value, int fallback = 0)
{
    const qint64 number = toInt64(value, fallback);
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        return fallback;
    return static_cast<int>(number);
}

} // namespace JsonNumbers
