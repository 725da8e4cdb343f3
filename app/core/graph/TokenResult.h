#pragma once

#include "graph/GraphError.h"
#include "graph/Platform.h"

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
    /// False for a token reopened from a profile saved before the type was kept: an empty
    /// tokenType is then unknown, not "not stated by Meta".
    bool tokenTypeRecorded = true;
    std::optional<qint64> expiresIn;  ///< Seconds, as sent (expires_in, or legacy expires).
    QDateTime receivedAt;             ///< When the response arrived (UTC).
    /// receivedAt + expiresIn; invalid when unknown. Never invented.
    QDateTime expiresAt;
    /// True when Meta said the token never expires (debug_token expires_at == 0).
    bool neverExpires = false;

    /// Where expiresAt / neverExpires came from.
    enum class ExpirySource {
        Unknown,    ///< neither the response nor debug_token said: show "unknown", offer Inspect
        Response,   ///< expires_in (or legacy expires) in the exchange/refresh response
        DebugToken, ///< the automatic debug_token lookup after a response without expires_in
    };
    ExpirySource expirySource = ExpirySource::Unknown;
    /// Why the automatic debug_token lookup did not give the expiry (it failed, was canceled,
    /// or Meta called the token invalid); None when it worked or was not attempted.
    GraphError expiryLookupError;

    bool hasKnownExpiry() const { return expiresAt.isValid(); }
};

Q_DECLARE_METATYPE(TokenResult)
