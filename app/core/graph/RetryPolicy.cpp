#include "graph/RetryPolicy.h"

#include <QRandomGenerator>

namespace {
void overrideFromEnvironment(int& value, const char* variable)
{
    bool ok = false;
    const int parsed = qEnvironmentVariableIntValue(variable, &ok);
    if (ok && parsed >= 0)
        value = parsed;
}

quint32 systemRandom(quint32 bound)
{
    return bound == 0 ? 0 : QRandomGenerator::global()->bounded(bound);
}
} // namespace

RetryPolicy RetryPolicy::fromEnvironment()
{
    RetryPolicy policy;
    overrideFromEnvironment(policy.baseDelayMs, "LONGLIVED_RETRY_BASE_MS");
    overrideFromEnvironment(policy.maxDelayMs, "LONGLIVED_RETRY_MAX_MS");
    overrideFromEnvironment(policy.retryAfterCapMs, "LONGLIVED_RETRY_AFTER_CAP_MS");
    return policy;
}

int RetryPolicy::backoffMs(int attemptsMade, const Random& random) const
{
    // base * 2^(attempts-1), computed in 64 bits and capped before it can overflow.
    qint64 delay = qMax(0, baseDelayMs);
    for (int i = 1; i < attemptsMade && delay < maxDelayMs; ++i)
        delay *= 2;
    delay = qMin<qint64>(delay, qMax(0, maxDelayMs));
    const auto half = static_cast<quint32>(delay / 2);
    const quint32 jitter = random ? random(half + 1) : systemRandom(half + 1);
    return static_cast<int>(delay - half + qMin(jitter, half));
}

std::optional<int> RetryPolicy::nextDelayMs(const GraphError& error, int attemptsMade, const Random& random) const
{
    if (!error.isRetryable() || attemptsMade >= maxAttempts)
        return std::nullopt;
    if (error.retryAfterSeconds > 0) {
        const qint64 askedMs = qint64(error.retryAfterSeconds) * 1000;
        if (askedMs > retryAfterCapMs)
            return std::nullopt;
        return static_cast<int>(askedMs);
    }
    return backoffMs(attemptsMade, random);
}
