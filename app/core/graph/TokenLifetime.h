#pragma once

#include <QDateTime>
#include <QMetaType>

struct TokenInfo;
struct TokenResult;

/// How long a token lives, as far as LongLived knows. Page tokens inherit it from the user
/// token they are listed with: from a short-lived user token they are short-lived too.
enum class TokenLifetime {
    Unknown,
    ShortLived, ///< hours (Meta's short-lived tokens last 1–2 h)
    LongLived,  ///< weeks (60 days) or never expires
};

namespace TokenLifetimes {

/// Tokens living less than this are short-lived. Short-lived tokens last 1–2 hours, long-lived
/// ones 60 days; a day sits safely between.
constexpr qint64 shortLivedLimitSeconds = 24 * 60 * 60;

/// From a lifetime in seconds (e.g. expires_in); Unknown when negative.
TokenLifetime fromSeconds(qint64 seconds);
/// From an exchange or refresh result: its expires_in, else its expiry relative to when it
/// arrived; Unknown when the expiry is unknown.
TokenLifetime of(const TokenResult& result);
/// From debug_token: expires_at − issued_at when both are known, else the time left at \a now.
TokenLifetime of(const TokenInfo& info, const QDateTime& now);

} // namespace TokenLifetimes

Q_DECLARE_METATYPE(TokenLifetime)
