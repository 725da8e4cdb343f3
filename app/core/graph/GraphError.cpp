#include "graph/GraphError.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace {

using Kind = GraphError::Kind;

// Everything fixed about a kind in one row: its machine id, its title and its remedy (either may
// be empty), marked for translation in GraphError's context, so tr() finds their translations.
struct KindText {
    Kind kind;
    const char* id;
    const char* title;
    const char* remedy;
};

// clang-format off
constexpr KindText kindTexts[] = {
    {Kind::None, "none", nullptr, nullptr},
    {Kind::ConnectionRefused, "connection_refused",
     QT_TRANSLATE_NOOP("GraphError", "The server refused the connection."),
     QT_TRANSLATE_NOOP("GraphError", "Check the server address (LONGLIVED_GRAPH_URL and the proxy settings) and try again.")},
    {Kind::HostNotFound, "host_not_found",
     QT_TRANSLATE_NOOP("GraphError", "The server's name could not be found (DNS lookup failed)."),
     QT_TRANSLATE_NOOP("GraphError", "Check your internet connection and DNS settings, then try again.")},
    {Kind::TlsFailure, "tls_failure",
     QT_TRANSLATE_NOOP("GraphError", "The secure connection (TLS) failed: the server's certificate was not accepted."),
     QT_TRANSLATE_NOOP("GraphError", "Check the system date and any proxy that intercepts HTTPS. LongLived never ignores "
                                     "certificate errors, because your App Secret travels in this request.")},
    {Kind::Timeout, "timeout",
     QT_TRANSLATE_NOOP("GraphError", "The server did not answer in time."),
     QT_TRANSLATE_NOOP("GraphError", "Check your connection and try again; nothing was changed.")},
    {Kind::Canceled, "canceled", QT_TRANSLATE_NOOP("GraphError", "Canceled."), nullptr},
    {Kind::ConnectionReset, "connection_reset",
     QT_TRANSLATE_NOOP("GraphError", "The connection was cut off before the answer was complete."),
     QT_TRANSLATE_NOOP("GraphError", "Try again in a moment.")},
    {Kind::ProxyFailure, "proxy_failure",
     QT_TRANSLATE_NOOP("GraphError", "The proxy server failed or refused the connection."),
     QT_TRANSLATE_NOOP("GraphError", "Check the system proxy settings (or https_proxy / no_proxy) and try again.")},
    {Kind::NetworkFailure, "network_failure",
     QT_TRANSLATE_NOOP("GraphError", "A network error occurred."),
     QT_TRANSLATE_NOOP("GraphError", "Try again in a moment.")},
    {Kind::InsecureUrl, "insecure_url",
     QT_TRANSLATE_NOOP("GraphError", "Refused to send secrets over an unencrypted http:// connection."),
     QT_TRANSLATE_NOOP("GraphError", "Use an https:// address; plain http:// is only allowed to a loopback address such as "
                                     "127.0.0.1 or [::1].")},
    {Kind::RedirectRefused, "redirect_refused",
     QT_TRANSLATE_NOOP("GraphError", "The server redirected the request to another address, which LongLived does not follow."),
     QT_TRANSLATE_NOOP("GraphError", "Check the server address (LONGLIVED_GRAPH_URL) and any proxy or gateway in the way. The "
                                     "request carries your App Secret, so it goes only to the server it was sent to.")},
    // The explanation in the title already says what to do.
    {Kind::Refused, "refused", QT_TRANSLATE_NOOP("GraphError", "This request is not possible for this token or platform."), nullptr},
    // The title when no answer came at all; GraphError::notJsonTitle() when one did.
    {Kind::NotJson, "not_json",
     QT_TRANSLATE_NOOP("GraphError", "The server's answer was empty or cut short."),
     QT_TRANSLATE_NOOP("GraphError", "A proxy or gateway may be in the way. Check the server address and try again later.")},
    {Kind::ResponseTooLarge, "response_too_large",
     QT_TRANSLATE_NOOP("GraphError", "The server's answer was far larger than any token response; it was cut off."),
     QT_TRANSLATE_NOOP("GraphError", "A proxy or gateway may be in the way. Check the server address and try again later.")},
    {Kind::MissingField, "missing_field",
     QT_TRANSLATE_NOOP("GraphError", "Meta's answer did not contain the expected access token."),
     QT_TRANSLATE_NOOP("GraphError", "Try again; if it persists, inspect the token's details.")},
    {Kind::HttpError, "http_error",
     QT_TRANSLATE_NOOP("GraphError", "The server answered with HTTP error %1."),
     QT_TRANSLATE_NOOP("GraphError", "Try again later.")},
    {Kind::InvalidAppId, "invalid_app_id",
     QT_TRANSLATE_NOOP("GraphError", "The App ID was not accepted."),
     QT_TRANSLATE_NOOP("GraphError", "Check the App ID in your app's dashboard. Threads and Instagram apps have their own App ID.")},
    {Kind::InvalidAppSecret, "invalid_app_secret",
     QT_TRANSLATE_NOOP("GraphError", "The App Secret was not accepted."),
     QT_TRANSLATE_NOOP("GraphError", "Copy the App Secret again from your app's Settings › Basic. Threads and Instagram apps "
                                     "have their own secret, different from the Facebook app's.")},
    {Kind::TokenInvalid, "token_invalid",
     QT_TRANSLATE_NOOP("GraphError", "The access token is invalid or malformed."),
     QT_TRANSLATE_NOOP("GraphError", "Get a new short-lived token (for example in the Graph API Explorer) and try again.")},
    {Kind::TokenExpired, "token_expired",
     QT_TRANSLATE_NOOP("GraphError", "The token has expired."),
     QT_TRANSLATE_NOOP("GraphError", "An expired token can no longer be exchanged or refreshed: log in again to get a new one.")},
    {Kind::TokenInvalidated, "token_invalidated",
     QT_TRANSLATE_NOOP("GraphError", "The token was invalidated: the user logged out or revoked access."),
     QT_TRANSLATE_NOOP("GraphError", "Authorize the app again to get a new token.")},
    {Kind::PasswordChanged, "password_changed",
     QT_TRANSLATE_NOOP("GraphError", "The token is no longer valid because the password was changed."),
     QT_TRANSLATE_NOOP("GraphError", "Log in again to get a new token.")},
    {Kind::AppRemoved, "app_removed",
     QT_TRANSLATE_NOOP("GraphError", "The user removed this app from their account."),
     QT_TRANSLATE_NOOP("GraphError", "Authorize the app again to get a new token.")},
    {Kind::AccountCheckpoint, "account_checkpoint",
     QT_TRANSLATE_NOOP("GraphError", "The account needs attention on Facebook (checkpoint or unconfirmed user)."),
     QT_TRANSLATE_NOOP("GraphError", "Log in on facebook.com and follow the instructions there, then get a new token.")},
    // The remedy when Meta named no wait; GraphError::remedy() counts the seconds when it did.
    {Kind::RateLimited, "rate_limited",
     QT_TRANSLATE_NOOP("GraphError", "Meta's rate limit was reached."),
     QT_TRANSLATE_NOOP("GraphError", "Wait a few minutes and try again.")},
    {Kind::TemporarilyUnavailable, "temporarily_unavailable",
     QT_TRANSLATE_NOOP("GraphError", "Meta reported a temporary problem."),
     QT_TRANSLATE_NOOP("GraphError", "Try again later.")},
    {Kind::PermissionMissing, "permission_missing",
     QT_TRANSLATE_NOOP("GraphError", "A required permission is missing."),
     QT_TRANSLATE_NOOP("GraphError", "Grant the missing permission to the app again, then get a new token.")},
    {Kind::UnsupportedRequest, "unsupported_request",
     QT_TRANSLATE_NOOP("GraphError", "Meta did not accept this request (wrong object, method or API version)."),
     QT_TRANSLATE_NOOP("GraphError", "Check the platform and the API version in Settings.")},
    {Kind::WrongAppPair, "wrong_app_pair",
     QT_TRANSLATE_NOOP("GraphError", "This app's ID and secret do not belong to this platform."),
     QT_TRANSLATE_NOOP("GraphError", "Use the Threads app's own App ID and App Secret (Use cases › Threads API in the dashboard).")},
    {Kind::ApiOther, "api_error",
     QT_TRANSLATE_NOOP("GraphError", "Meta reported an error."),
     QT_TRANSLATE_NOOP("GraphError", "Read Meta's message above; if it persists, contact Meta support with the trace ID.")},
};

const KindText& kindText(Kind kind)
{
    static const KindText unknown{Kind::None, nullptr, nullptr, nullptr};
    const auto* found = std::find_if(std::begin(kindTexts), std::end(kindTexts),
                                     [kind](const KindText& text) { return text.kind == kind; });
    return found != std::end(kindTexts) ? *found : unknown;
}

QString translated(const char* text)
{
    return text ? QCoreApplication::translate("GraphError", text) : QString();
}

// Graph error codes and what they mean (docs/graph-api.md's table).
struct CodeKind {
    int code;
    Kind kind;
};

constexpr CodeKind codeKinds[] = {
    {101, Kind::InvalidAppId},
    {4, Kind::RateLimited},
    {17, Kind::RateLimited},
    {32, Kind::RateLimited},
    {613, Kind::RateLimited},
    {1349026, Kind::WrongAppPair},
    {33, Kind::UnsupportedRequest},
    {10, Kind::PermissionMissing},
};

// Code 190's subcodes: why the token is no longer valid.
constexpr CodeKind tokenSubcodes[] = {
    {463, Kind::TokenExpired},
    {467, Kind::TokenInvalidated},
    {460, Kind::PasswordChanged},
    {458, Kind::AppRemoved},
    {459, Kind::AccountCheckpoint},
    {464, Kind::AccountCheckpoint},
};

// Codes that mean a wrong secret when the message speaks of the client secret, and this kind
// otherwise. Instagram answers a wrong secret with 100 "Error validating client secret."
constexpr CodeKind secretOrElse[] = {
    {1, Kind::TemporarilyUnavailable},
    {2, Kind::TemporarilyUnavailable},
    {100, Kind::UnsupportedRequest},
};
// clang-format on

template <std::size_t N> Kind lookup(const CodeKind (&table)[N], int code, Kind fallback)
{
    const auto* found = std::find_if(std::begin(table), std::end(table),
                                     [code](const CodeKind& entry) { return entry.code == code; });
    return found != std::end(table) ? found->kind : fallback;
}

} // namespace

GraphError::GraphError(Kind kind)
    : m_kind(kind)
{
}

GraphError::Kind GraphError::classify(int code, int subcode, const QString& message)
{
    const bool secretMessage = message.contains(QLatin1String("client secret"), Qt::CaseInsensitive);
    if (code == 190)
        return lookup(tokenSubcodes, subcode, Kind::TokenInvalid);
    const Kind unlessSecret = lookup(secretOrElse, code, Kind::None);
    if (unlessSecret != Kind::None)
        return secretMessage ? Kind::InvalidAppSecret : unlessSecret;
    const Kind known = lookup(codeKinds, code, Kind::None);
    if (known != Kind::None)
        return known;
    if (code >= 200 && code <= 299)
        return Kind::PermissionMissing;
    return secretMessage ? Kind::InvalidAppSecret : Kind::ApiOther;
}

QString GraphError::title() const
{
    if (m_kind == Kind::Refused && !userTitle.isEmpty())
        return userTitle;
    if (m_kind == Kind::NotJson && httpStatus > 0)
        return notJsonTitle();
    const QString title = translated(kindText(m_kind).title);
    return m_kind == Kind::HttpError ? title.arg(httpStatus) : title;
}

QString GraphError::notJsonTitle() const
{
    return tr("The server answered with something that is not Meta's JSON (HTTP %1, %2).")
        .arg(httpStatus)
        .arg(contentType.isEmpty() ? tr("no content type") : contentType);
}

QString GraphError::remedy() const
{
    if (m_kind == Kind::RateLimited && retryAfterSeconds > 0)
        return tr("Wait %n second(s) and try again.", nullptr, retryAfterSeconds);
    return translated(kindText(m_kind).remedy);
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
    return QString::fromLatin1(kindText(m_kind).id);
}
