#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

/// One failure of a call to Meta, as a value: what went wrong, in plain language, and
/// what the user can do about it. Built by ResponseParser from the network error, the
/// HTTP status and the body; never contains a URL, a secret or Qt's errorString().
class GraphError
{
    Q_DECLARE_TR_FUNCTIONS(GraphError)

public:
    enum class Kind {
        None,
        // Transport
        ConnectionRefused,
        HostNotFound,
        TlsFailure,
        Timeout,
        Canceled,
        ConnectionReset,
        ProxyFailure,
        NetworkFailure,
        InsecureUrl,       ///< plain http:// to a host that is not loopback: refused before sending
        RedirectRefused,   ///< a redirect to another origin, or a 4th one: not followed
        /// Refused before sending: the request cannot work as asked (the platform has no such
        /// call, input is missing, a paging link points to another server). userTitle holds
        /// LongLived's own explanation, which title() returns.
        Refused,
        // What came back
        NotJson,           ///< HTML from a proxy, a truncated body, an empty answer
        ResponseTooLarge,
        MissingField,      ///< JSON, but without access_token (or the fields the call needs)
        HttpError,         ///< an HTTP error status whose JSON carries no Graph error
        // Graph errors (docs/graph-api.md's table)
        InvalidAppId,
        InvalidAppSecret,
        TokenInvalid,
        TokenExpired,
        TokenInvalidated,
        PasswordChanged,
        AppRemoved,
        AccountCheckpoint,
        RateLimited,
        TemporarilyUnavailable,
        PermissionMissing,
        UnsupportedRequest,
        WrongAppPair,
        ApiOther,
    };

    GraphError() = default;
    explicit GraphError(Kind kind);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }

    /// Short plain-language title, e.g. "The token has expired".
    QString title() const;
    /// What to do next, e.g. "Log in again to get a new short-lived token."
    QString remedy() const;
    /// The full text for the user: title, Meta's own message (when it adds something),
    /// the remedy and the fbtrace_id, each on its own line.
    QString displayText() const;

    /// Whether retrying the same call later may succeed (rate limits, transient faults).
    bool isRetryable() const;
    /// Stable machine identifier of the kind, e.g. "token_expired" (CLI JSON, logs).
    QString kindId() const;

    // What Meta (or the transport) said. Any of these may be empty/zero.
    int httpStatus = 0;
    int code = 0;            ///< Graph "code" / "error_code"
    int subcode = 0;         ///< Graph "error_subcode"
    QString type;            ///< "OAuthException", ...
    QString message;         ///< Meta's "message" / "error_message" (never contains our secrets)
    QString userTitle;       ///< error_user_title
    QString userMessage;     ///< error_user_msg: preferred over message when present
    QString fbtraceId;
    QString contentType;     ///< for NotJson: what came back instead
    int retryAfterSeconds = 0; ///< from Retry-After, 0 when absent

    /// Maps a Graph error's numbers and message to a kind, following docs/graph-api.md.
    static Kind classify(int code, int subcode, const QString& message);

private:
    QString notJsonTitle() const;

    Kind m_kind = Kind::None;
};

Q_DECLARE_METATYPE(GraphError)
