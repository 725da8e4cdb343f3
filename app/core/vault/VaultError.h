#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

/// One failure of the OS keychain, as a value: what went wrong in plain language and what the
/// user can do. Built from QtKeychain's error code and message (fromKeychain()) or by
/// TokenVault itself (timeout(), invalidInput()). Never contains a token or a secret.
class VaultError
{
    Q_DECLARE_TR_FUNCTIONS(VaultError)

public:
    enum class Kind {
        None,
        /// No Secret Service / KWallet / keychain reachable: no session bus, nothing owning
        /// org.freedesktop.secrets, no backend on this platform (QtKeychain NoBackendAvailable,
        /// NotImplemented, and OtherError with D-Bus messages that say so).
        NoBackend,
        /// The keyring is locked and was not unlocked, or refused access (AccessDenied).
        Locked,
        /// The user declined or dismissed the keyring's prompt (AccessDeniedByUser, "cancelled").
        Canceled,
        /// The keyring did not answer within TokenVault's time limit.
        Timeout,
        /// No such entry in the keychain (EntryNotFound), or no such profile.
        NotFound,
        /// The request itself was unusable (no profile name, no token); nothing was touched.
        InvalidInput,
        /// Anything else the keychain reported; detail() has its message.
        Other,
    };

    VaultError() = default;
    explicit VaultError(Kind kind, const QString& detail = QString());

    /// QtKeychain's error (QKeychain::Error as an int, so this header needs no QtKeychain)
    /// and errorString() mapped to a kind. 0 (NoError) gives Kind::None.
    static VaultError fromKeychain(int keychainError, const QString& keychainMessage);
    /// The keyring did not answer within \a timeoutMs.
    static VaultError timeout(int timeoutMs);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }

    /// Short plain-language title, e.g. "No keyring service is running."
    QString title() const;
    /// What to do next.
    QString remedy() const;
    /// Title, the keychain's own words (for Other only), and the remedy, one per line.
    QString displayText() const;
    /// Stable machine identifier, e.g. "no_backend" (CLI JSON, logs).
    QString kindId() const;
    /// The keychain's own message (already scrubbed of anything that looks like a secret);
    /// may be empty. Shown only for Kind::Other, always fine to log.
    QString detail() const { return m_detail; }
    /// For Timeout: the limit that was exceeded.
    int timeoutMs() const { return m_timeoutMs; }

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    int m_timeoutMs = 0;
};

Q_DECLARE_METATYPE(VaultError)
Q_DECLARE_METATYPE(VaultError::Kind)
