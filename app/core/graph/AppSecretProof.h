#pragma once

#include <QString>

/// appsecret_proof: hex HMAC-SHA256 of the access token keyed with the App Secret. Apps with
/// "Require App Secret" switched on reject user- and page-token calls without it; it proves
/// the caller knows the secret without sending it.
class AppSecretProof
{
public:
    /// Lower-case hex HMAC-SHA256(key = \a appSecret, message = \a accessToken), both as UTF-8.
    /// Empty when either is empty (no proof can be made, so none is sent).
    static QString compute(const QString& appSecret, const QString& accessToken);
};
