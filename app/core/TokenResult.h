#pragma once

#include "Platform.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

/// A token Meta handed back, with its expiry as computed from the response.
/// Holds a secret: never log it (use Redactor::token()).
struct TokenResult {
    Platform platform = Platform::Facebook;
    QString accessToken;
    QString tokenType;                ///< "bearer" usually; empty when Meta did not say.
    std::optional<qint64> expiresIn;  ///< Seconds, as sent (expires_in, or legacy expires).
    QDateTime receivedAt;             ///< When the response arrived (UTC).
    /// receivedAt + expiresIn; invalid when unknown. Never invented.
    QDateTime expiresAt;
    /// True when Meta said the token never expires (debug_token expires_at == 0).
    bool neverExpires = false;

    bool hasKnownExpiry() const { return expiresAt.isValid(); }
};

Q_DECLARE_METATYPE(TokenResult)
