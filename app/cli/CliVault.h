#pragma once

#include <QCoreApplication>
#include <QString>

class CliSession;
class DeliveryStore;
class ProfileStore;
class TokenVault;
class VaultError;

/// The desktop app's saved profiles, keychain entries and delivery targets, as a command reaches
/// them: the same settings file and keychain service as the window, so a profile saved or a
/// target added here is the window's too. The objects are children of the session (made last,
/// deleted first); the vault's keychain calls are bounded by --timeout when it was given.
///
/// Commands that use it need the GLib event loop: QtKeychain reaches the Secret Service through
/// libsecret, whose answers arrive as GLib callbacks.
class CliVault {
    Q_DECLARE_TR_FUNCTIONS(CliVault)

public:
    explicit CliVault(CliSession& session);

    ProfileStore* profiles() const { return m_profiles; }
    TokenVault* vault() const { return m_vault; }
    /// The vault's own store of delivery targets (TokenVault::deliveryStore()).
    DeliveryStore* deliveries() const;

    /// "Error: …" on stderr, and with --json the error object (kind: VaultError::kindId()) on
    /// stdout; \a context, when given, comes first ("The token was received but not saved.").
    static void reportError(CliSession& session, const VaultError& error, const QString& context = QString());

private:
    ProfileStore* m_profiles;
    TokenVault* m_vault;
};
