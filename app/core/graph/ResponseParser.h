#pragma once

#include "graph/GraphError.h"
#include "graph/TokenResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkReply>

#include <variant>

/// Turns what came back from Meta into a typed result or a typed error. Pure functions:
/// no network, no clock, no logging, so every byte sequence can be tested (and fuzzed).
class ResponseParser
{
public:
    /// A transport-level failure (no usable HTTP answer) as an error, or None when \a error
    /// is an HTTP-level one whose body must be read instead.
    static GraphError fromNetworkError(QNetworkReply::NetworkError error);

    /// The body of an answer with \a httpStatus: the JSON object on success, otherwise the
    /// Graph error it carries (nested `error{}` or flat `error_message`/`error_code`), a
    /// NotJson error (with status and content type, never the body) or an HttpError.
    static std::variant<QJsonObject, GraphError> parseBody(int httpStatus, const QByteArray& contentType,
                                                           const QByteArray& body);

    /// The Graph error inside \a json, if it carries one (either shape); None otherwise.
    static GraphError graphError(const QJsonObject& json, int httpStatus = 0);

    /// A token response ({"access_token","token_type","expires_in"} or legacy "expires")
    /// as a TokenResult whose expiry is \a receivedAt + expires_in (invalid when absent).
    static std::variant<TokenResult, GraphError> parseToken(const QJsonObject& json, Platform platform,
                                                            const QDateTime& receivedAt);

    /// Retry-After in seconds (delta-seconds, or an HTTP date in any of its three forms, read as
    /// GMT whatever the local time zone, relative to \a now), at most a day; 0 when absent.
    static int parseRetryAfter(const QByteArray& value, const QDateTime& now);
};
