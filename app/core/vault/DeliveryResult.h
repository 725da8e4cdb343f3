#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

/// How one delivery of a token to one target ended, as a value: ok, or what went wrong in
/// plain language. Never contains the token, an API key, a URL with secrets or Qt's
/// errorString().
class DeliveryResult {
    Q_DECLARE_TR_FUNCTIONS(DeliveryResult)

public:
    enum class Kind {
        Ok,
        InvalidTarget, ///< the target's settings cannot work (bad id, path, format, command)
        InsecureUrl, ///< plain http:// to a host that is not a loopback address: not sent
        MissingKey, ///< the n8n API key could not be read from the keychain
        Network, ///< refused, not found, TLS, reset, proxy: see message()
        Timeout,
        Canceled,
        Unauthorized, ///< n8n 401: API key missing or wrong
        Forbidden, ///< n8n 403: the key lacks the credential:update scope
        NotFound, ///< n8n 404 "Credential not found"
        NoApi, ///< n8n 404/405 on the path: this n8n has no credential-update API
        Rejected, ///< n8n 400: the field or data was not accepted
        WrongContentType, ///< n8n 415
        HttpError, ///< any other HTTP status
        FileFailed, ///< the file could not be written
        SymlinkRefused, ///< the file's path is a symbolic link
        ExecNotStarted,
        ExecFailed, ///< exited with a status other than 0, or crashed
        ExecKilled, ///< killed at the time limit
    };

    DeliveryResult() = default;
    /// A failure of \a kind with its plain-language \a message.
    DeliveryResult(Kind kind, const QString& message);
    static DeliveryResult success(const QString& message = QString());

    Kind kind() const { return m_kind; }
    bool isOk() const { return m_kind == Kind::Ok; }
    /// The text for the user ("Delivered.", "n8n did not accept the API key (HTTP 401). ...").
    QString message() const;
    /// Stable machine identifier, e.g. "unauthorized" (CLI JSON).
    QString kindId() const;

    int httpStatus = 0; ///< n8n's status, 0 when none came back
    int exitCode = 0; ///< ExecFailed: the command's exit status

private:
    Kind m_kind = Kind::Ok;
    QString m_message;
};

Q_DECLARE_METATYPE(DeliveryResult)
