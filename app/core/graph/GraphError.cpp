#include "graph/GraphError.h"

#include <QCoreApplication>

GraphError::GraphError(Kind kind)
    : m_kind(kind)
{
}

GraphError::Kind GraphError::classify(int code, int subcode, const QString& message)
{
    const bool secretMessage = message.contains(QLatin1String("client secret"), Qt::CaseInsensitive);
    switch (code) {
    case 101:
        return Kind::InvalidAppId;
    case 190:
        switch (subcode) {
        case 463:
            return Kind::TokenExpired;
        case 467:
            return Kind::TokenInvalidated;
        case 460:
            return Kind::PasswordChanged;
        case 458:
            return Kind::AppRemoved;
        case 459:
        case 464:
            return Kind::AccountCheckpoint;
        default:
            return Kind::TokenInvalid;
        }
    case 4:
    case 17:
    case 32:
    case 613:
        return Kind::RateLimited;
    case 1349026:
        return Kind::WrongAppPair;
    case 1:
    case 2:
        return secretMessage ? Kind::InvalidAppSecret : Kind::TemporarilyUnavailable;
    case 100:
        // Instagram answers a wrong secret with 100 "Error validating client secret."
        return secretMessage ? Kind::InvalidAppSecret : Kind::UnsupportedRequest;
    case 33:
        return Kind::UnsupportedRequest;
    case 10:
        return Kind::PermissionMissing;
    default:
        break;
    }
    if (code >= 200 && code <= 299)
        return Kind::PermissionMissing;
    if (secretMessage)
        return Kind::InvalidAppSecret;
    return Kind::ApiOther;
}

QString GraphError::title() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::ConnectionRefused:
        return tr("The server refused the connection.");
    case Kind::HostNotFound:
        return tr("The server's name could not be found (DNS lookup failed).");
    case Kind::TlsFailure:
        return tr("The secure connection (TLS) failed: the server's certificate was not accepted.");
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Canceled:
        return tr("Canceled.");
    case Kind::ConnectionReset:
        return tr("The connection was cut off before the answer was complete.");
    case Kind::ProxyFailure:
        return tr("The proxy server failed or refused the connection.");
    case Kind::NetworkFailure:
        return tr("A network error occurred.");
    case Kind::InsecureUrl:
        return tr("Refused to send secrets over an unencrypted http:// connection.");
    case Kind::RedirectRefused:
        return tr("The server redirected the request to another address, which LongLived does not follow.");
    case Kind::Refused:
        return !userTitle.isEmpty() ? userTitle : tr("This request is not possible for this token or platform.");
    case Kind::NotJson:
        if (httpStatus > 0) {
            return tr("The server answered with something that is not Meta's JSON (HTTP %1, %2).")
                .arg(httpStatus)
                .arg(contentType.isEmpty() ? tr("no content type") : contentType);
        }
        return tr("The server's answer was empty or cut short.");
    case Kind::ResponseTooLarge:
        return tr("The server's answer was far larger than any token response; it was cut off.");
    case Kind::MissingField:
        return tr("Meta's answer did not contain the expected access token.");
    case Kind::HttpError:
        return tr("The server answered with HTTP error %1.").arg(httpStatus);
    case Kind::InvalidAppId:
        return tr("The App ID was not accepted.");
    case Kind::InvalidAppSecret:
        return tr("The App Secret was not accepted.");
    case Kind::TokenInvalid:
        return tr("The access token is invalid or malformed.");
    case Kind::TokenExpired:
        return tr("The token has expired.");
    case Kind::TokenInvalidated:
        return tr("The token was invalidated: the user logged out or revoked access.");
    case Kind::PasswordChanged:
        return tr("The token is no longer valid because the password was changed.");
    case Kind::AppRemoved:
        return tr("The user removed this app from their account.");
    case Kind::AccountCheckpoint:
        return tr("The account needs attention on Facebook (checkpoint or unconfirmed user).");
    case Kind::RateLimited:
        return tr("Meta's rate limit was reached.");
    case Kind::TemporarilyUnavailable:
        return tr("Meta reported a temporary problem.");
    case Kind::PermissionMissing:
        return tr("A required permission is missing.");
    case Kind::UnsupportedRequest:
        return tr("Meta did not accept this request (wrong object, method or API version).");
    case Kind::WrongAppPair:
        return tr("This app's ID and secret do not belong to this platform.");
    case Kind::ApiOther:
        return tr("Meta reported an error.");
    }
    return {};
}

QString GraphError::remedy() const
{
    switch (m_kind) {
    case Kind::None:
    case Kind::Canceled:
    case Kind::Refused: // the explanation in the title already says what to do
        return {};
    case Kind::ConnectionRefused:
        return tr("Check the server address (LONGLIVED_GRAPH_URL and the proxy settings) and try again.");
    case Kind::HostNotFound:
        return tr("Check your internet connection and DNS settings, then try again.");
    case Kind::TlsFailure:
        return tr("Check the system date and any proxy that intercepts HTTPS. LongLived never ignores "
                  "certificate errors, because your App Secret travels in this request.");
    case Kind::Timeout:
        return tr("Check your connection and try again; nothing was changed.");
    case Kind::ConnectionReset:
    case Kind::NetworkFailure:
        return tr("Try again in a moment.");
    case Kind::ProxyFailure:
        return tr("Check the system proxy settings (or https_proxy / no_proxy) and try again.");
    case Kind::InsecureUrl:
        return tr("Use an https:// address; plain http:// is only allowed to a loopback address such as "
                  "127.0.0.1 or [::1].");
    case Kind::RedirectRefused:
        return tr("Check the server address (LONGLIVED_GRAPH_URL) and any proxy or gateway in the way. The "
                  "request carries your App Secret, so it goes only to the server it was sent to.");
    case Kind::NotJson:
    case Kind::ResponseTooLarge:
        return tr("A proxy or gateway may be in the way. Check the server address and try again later.");
    case Kind::MissingField:
        return tr("Try again; if it persists, inspect the token's details.");
    case Kind::HttpError:
        return tr("Try again later.");
    case Kind::InvalidAppId:
        return tr("Check the App ID in your app's dashboard. Threads and Instagram apps have their own App ID.");
    case Kind::InvalidAppSecret:
        return tr("Copy the App Secret again from your app's Settings › Basic. Threads and Instagram apps "
                  "have their own secret, different from the Facebook app's.");
    case Kind::TokenInvalid:
        return tr("Get a new short-lived token (for example in the Graph API Explorer) and try again.");
    case Kind::TokenExpired:
        return tr("An expired token can no longer be exchanged or refreshed: log in again to get a new one.");
    case Kind::TokenInvalidated:
    case Kind::AppRemoved:
        return tr("Authorize the app again to get a new token.");
    case Kind::PasswordChanged:
        return tr("Log in again to get a new token.");
    case Kind::AccountCheckpoint:
        return tr("Log in on facebook.com and follow the instructions there, then get a new token.");
    case Kind::RateLimited:
        if (retryAfterSeconds > 0)
            return tr("Wait %n second(s) and try again.", nullptr, retryAfterSeconds);
        return tr("Wait a few minutes and try again.");
    case Kind::TemporarilyUnavailable:
        return tr("Try again later.");
    case Kind::PermissionMissing:
        return tr("Grant the missing permission to the app again, then get a new token.");
    case Kind::UnsupportedRequest:
        return tr("Check the platform and the API version in Settings.");
    case Kind::WrongAppPair:
        return tr("Use the Threads app's own App ID and App Secret (Use cases › Threads API in the dashboard).");
    case Kind::ApiOther:
        return tr("Read Meta's message above; if it persists, contact Meta support with the trace ID.");
    }
    return {};
}

QString GraphError::displayText() const
{
    QStringList lines;
    lines << title();
    const QString said = !userMessage.isEmpty() ? userMessage : message;
    if (!said.isEmpty())
        lines << tr("Meta says: %1").arg(said);
    const QString todo = remedy();
    if (!todo.isEmpty())
        lines << todo;
    if (!fbtraceId.isEmpty())
        lines << tr("Trace ID for Meta support: %1").arg(fbtraceId);
    return lines.join(QLatin1Char('\n'));
}

bool GraphError::isRetryable() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::ConnectionReset:
    case Kind::NetworkFailure:
    case Kind::RateLimited:
    case Kind::TemporarilyUnavailable:
        return true;
    case Kind::NotJson:
    case Kind::HttpError:
        return httpStatus == 429 || httpStatus >= 500;
    default:
        return false;
    }
}

QString GraphError::kindId() const
{
    switch (m_kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::ConnectionRefused: return QStringLiteral("connection_refused");
    case Kind::HostNotFound: return QStringLiteral("host_not_found");
    case Kind::TlsFailure: return QStringLiteral("tls_failure");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Canceled: return QStringLiteral("canceled");
    case Kind::ConnectionReset: return QStringLiteral("connection_reset");
    case Kind::ProxyFailure: return QStringLiteral("proxy_failure");
    case Kind::NetworkFailure: return QStringLiteral("network_failure");
    case Kind::InsecureUrl: return QStringLiteral("insecure_url");
    case Kind::RedirectRefused: return QStringLiteral("redirect_refused");
    case Kind::Refused: return QStringLiteral("refused");
    case Kind::NotJson: return QStringLiteral("not_json");
    case Kind::ResponseTooLarge: return QStringLiteral("response_too_large");
    case Kind::MissingField: return QStringLiteral("missing_field");
    case Kind::HttpError: return QStringLiteral("http_error");
    case Kind::InvalidAppId: return QStringLiteral("invalid_app_id");
    case Kind::InvalidAppSecret: return QStringLiteral("invalid_app_secret");
    case Kind::TokenInvalid: return QStringLiteral("token_invalid");
    case Kind::TokenExpired: return QStringLiteral("token_expired");
    case Kind::TokenInvalidated: return QStringLiteral("token_invalidated");
    case Kind::PasswordChanged: return QStringLiteral("password_changed");
    case Kind::AppRemoved: return QStringLiteral("app_removed");
    case Kind::AccountCheckpoint: return QStringLiteral("account_checkpoint");
    case Kind::RateLimited: return QStringLiteral("rate_limited");
    case Kind::TemporarilyUnavailable: return QStringLiteral("temporarily_unavailable");
    case Kind::PermissionMissing: return QStringLiteral("permission_missing");
    case Kind::UnsupportedRequest: return QStringLiteral("unsupported_request");
    case Kind::WrongAppPair: return QStringLiteral("wrong_app_pair");
    case Kind::ApiOther: return QStringLiteral("api_error");
    }
    return {};
}
