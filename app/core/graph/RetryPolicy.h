#pragma once

#include "graph/GraphError.h"

#include <QtGlobal>

#include <functional>
#include <optional>

/// When and how soon a failed call is tried again. Pure: no timers, no clock, the random
/// source is injected, so the schedule is tested without waiting.
///
/// Only transient failures (GraphError::isRetryable(): rate limits 4/17/32/613, codes 1/2,
/// HTTP 429/5xx, resets, timeouts) are retried, at most maxAttempts in total. The wait is an
/// exponential backoff with "equal jitter" (half fixed, half random), so many clients throttled
/// at once do not come back in lockstep. A Retry-After from the server wins over the backoff;
/// when it asks for longer than retryAfterCapMs the call is not retried at all, because
/// coming back earlier than asked is what gets an app throttled harder.
class RetryPolicy
{
public:
    /// Returns a value in [0, bound); the default uses QRandomGenerator::global().
    using Random = std::function<quint32(quint32 bound)>;

    int maxAttempts = 3;         ///< in total, the first attempt included
    int baseDelayMs = 500;       ///< backoff before the 2nd attempt; doubles for each later one
    int maxDelayMs = 30000;      ///< cap of the exponential backoff
    int retryAfterCapMs = 60000; ///< longest Retry-After honoured

    /// The defaults, overridden by LONGLIVED_RETRY_BASE_MS, LONGLIVED_RETRY_MAX_MS and
    /// LONGLIVED_RETRY_AFTER_CAP_MS when they hold non-negative integers (tests keep fast).
    static RetryPolicy fromEnvironment();

    /// The delay before the next attempt after \a error ended attempt number \a attemptsMade
    /// (1-based); nullopt when the call must not be retried.
    std::optional<int> nextDelayMs(const GraphError& error, int attemptsMade, const Random& random = {}) const;

    /// The backoff alone (no Retry-After) before attempt \a attemptsMade + 1, with jitter.
    int backoffMs(int attemptsMade, const Random& random = {}) const;
};
