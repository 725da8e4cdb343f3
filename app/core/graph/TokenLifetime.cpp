#include "graph/TokenLifetime.h"

#include "graph/TokenInfo.h"
#include "graph/TokenResult.h"

namespace TokenLifetimes {

TokenLifetime fromSeconds(qint64 seconds)
{
    if (seconds < 0)
        return TokenLifetime::Unknown;
    return seconds < shortLivedLimitSeconds ? TokenLifetime::ShortLived : TokenLifetime::LongLived;
}

TokenLifetime of(const TokenResult& result)
{
    if (result.neverExpires)
        return TokenLifetime::LongLived;
    if (result.expiresIn && *result.expiresIn > 0)
        return fromSeconds(*result.expiresIn);
    if (result.expiresAt.isValid() && result.receivedAt.isValid())
        return fromSeconds(result.receivedAt.secsTo(result.expiresAt));
    return TokenLifetime::Unknown;
}

TokenLifetime of(const TokenInfo& info, const QDateTime& now)
{
    if (info.neverExpires)
        return TokenLifetime::LongLived;
    if (!info.expiresAt.isValid())
        return TokenLifetime::Unknown;
    if (info.issuedAt.isValid())
        return fromSeconds(info.issuedAt.secsTo(info.expiresAt));
    // Without issued_at only the time left is known: a long-lived token in its last day counts
    // as short-lived, which errs on the side of warning.
    return fromSeconds(qMax<qint64>(0, now.secsTo(info.expiresAt)));
}

} // namespace TokenLifetimes
