#include "vault/VaultError.h"

#include "support/Redactor.h"

namespace {
// QKeychain::Error, duplicated so that this header stays free of QtKeychain (the library links
// it privately); TestVaultError checks the values against keychain.h.
enum KeychainError {
    NoError = 0,
    EntryNotFound = 1,
    CouldNotDeleteEntry = 2,
    AccessDeniedByUser = 3,
    AccessDenied = 4,
    NoBackendAvailable = 5,
    NotImplemented = 6,
    OtherError = 7,
};

bool containsAny(const QString& text, std::initializer_list<QLatin1String> needles)
{
    for (const QLatin1String& needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// QtKeychain reports most Linux failures as OtherError with libsecret's / D-Bus's message;
// these are the messages seen in practice (see docs in the README and TestVaultError).
VaultError::Kind classifyOtherError(const QString& message)
{
    // Checked first: this path names org.freedesktop.secrets, but the service is there.
    // "Object does not exist at path …/collection/login": the default keyring was never set up
    // (or created) and could not be unlocked, e.g. its prompt cannot be shown.
    if (message.contains(QLatin1String("/collection/")) && message.contains(QLatin1String("does not exist")))
        return VaultError::Kind::Locked;
    if (containsAny(message,
                    {QLatin1String("org.freedesktop.secrets"), QLatin1String("Cannot autolaunch D-Bus"),
                     QLatin1String("Could not connect"), QLatin1String("D-Bus is not running"),
                     QLatin1String("DBUS_SESSION_BUS_ADDRESS"), QLatin1String("Cannot spawn a message bus"),
                     QLatin1String("No keychain service"), QLatin1String("No keyring daemon"),
                     QLatin1String("ServiceUnknown"), QLatin1String("not provided by any .service files")}))
        return VaultError::Kind::NoBackend;
    if (containsAny(message, {QLatin1String("cancelled"), QLatin1String("canceled"), QLatin1String("dismissed")}))
        return VaultError::Kind::Canceled;
    // "Cannot create an item in a locked collection"
    if (message.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        return VaultError::Kind::Locked;
    if (containsAny(message, {QLatin1String("Timeout was reached"), QLatin1String("timed out"),
                              QLatin1String("NoReply"), QLatin1String("did not receive a reply")}))
        return VaultError::Kind::Timeout;
    return VaultError::Kind::Other;
}
} // namespace

VaultError::VaultError(Kind kind, const QString& detail)
    : m_kind(kind)
    , m_detail(Redactor::scrub(detail))
{
}

VaultError VaultError::fromKeychain(int keychainError, const QString& keychainMessage)
{
    switch (keychainError) {
    case NoError:
        return VaultError();
    case EntryNotFound:
        return VaultError(Kind::NotFound, keychainMessage);
    case AccessDeniedByUser:
        return VaultError(Kind::Canceled, keychainMessage);
    case AccessDenied:
        return VaultError(Kind::Locked, keychainMessage);
    case NoBackendAvailable:
    case NotImplemented:
        return VaultError(Kind::NoBackend, keychainMessage);
    case CouldNotDeleteEntry:
        return VaultError(Kind::Other, keychainMessage);
    case OtherError:
    default:
        return VaultError(classifyOtherError(keychainMessage), keychainMessage);
    }
}

VaultError VaultError::timeout(int timeoutMs)
{
    VaultError error(Kind::Timeout);
    error.m_timeoutMs = timeoutMs;
    return error;
}

QString VaultError::title() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::NoBackend:
        return tr("No keyring service is running.");
    case Kind::Locked:
        return tr("The keyring is locked (or not set up) and was not unlocked.");
    case Kind::Canceled:
        return tr("Access to the keyring was canceled.");
    case Kind::Timeout:
        if (m_timeoutMs > 0 && m_timeoutMs < 1000)
            return tr("The keyring did not answer within %1 milliseconds.").arg(m_timeoutMs);
        return tr("The keyring did not answer within %n second(s).", nullptr, qMax(1, (m_timeoutMs + 999) / 1000));
    case Kind::NotFound:
        return tr("The keyring has no saved token for this profile.");
    case Kind::InvalidInput:
        return tr("A profile needs a name and a token.");
    case Kind::Other:
        return tr("The keyring reported an error.");
    }
    return {};
}

QString VaultError::remedy() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::NoBackend:
        return tr("Install and start GNOME Keyring or KWallet (any Secret Service provider), then try again. "
                  "Nothing was written in plain text.");
    case Kind::Locked:
        return tr("Unlock it (log in again, or use your keyring manager such as Seahorse or KWalletManager), "
                  "then try again.");
    case Kind::Canceled:
        return tr("Try again, and allow access when the keyring asks.");
    case Kind::Timeout:
        return tr("It may be waiting for an unlock prompt that cannot be shown. Unlock the keyring, or restart "
                  "its service, then try again.");
    case Kind::NotFound:
        return tr("It may have been deleted with another tool, or the keyring is locked. Unlock the keyring and "
                  "try again, or forget this profile and save the token again.");
    case Kind::InvalidInput:
        return tr("Enter a profile name; a token is saved only after an exchange.");
    case Kind::Other:
        return tr("Try again; if it keeps failing, check that your keyring service works (for example with "
                  "Seahorse or secret-tool).");
    }
    return {};
}

QString VaultError::displayText() const
{
    QStringList lines;
    lines << title();
    if (m_kind == Kind::Other && !m_detail.isEmpty())
        lines << tr("The keyring says: %1").arg(m_detail);
    const QString todo = remedy();
    if (!todo.isEmpty())
        lines << todo;
    return lines.join(QLatin1Char('\n'));
}

QString VaultError::kindId() const
{
    switch (m_kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::NoBackend: return QStringLiteral("no_backend");
    case Kind::Locked: return QStringLiteral("locked");
    case Kind::Canceled: return QStringLiteral("canceled");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::NotFound: return QStringLiteral("not_found");
    case Kind::InvalidInput: return QStringLiteral("invalid_input");
    case Kind::Other: return QStringLiteral("other");
    }
    return {};
}
