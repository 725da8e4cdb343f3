#pragma once

#include "vault/Profile.h"
#include "vault/VaultError.h"

#include <QObject>

/// One TokenVault operation in flight (it may take several keychain calls). Emits exactly one
/// of succeeded() or failed(), always asynchronously (connect right after the call that
/// returned it), then deletes itself. The vault owns it; hold it in a QPointer if you keep it.
class VaultJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation {
        Save,         ///< TokenVault::save()
        Load,         ///< TokenVault::load()
        Forget,       ///< TokenVault::forget()
        ReplaceToken, ///< TokenVault::replaceToken()
        SaveDeliveryKey,   ///< TokenVault::saveDeliveryKey()
        LoadDeliveryKey,   ///< TokenVault::loadDeliveryKey()
        ForgetDeliveryKey, ///< TokenVault::forgetDeliveryKey()
    };
    Q_ENUM(Operation)

    Operation operation() const { return m_operation; }
    /// The profile concerned: as requested until the job finishes; after success, as stored
    /// (Save, ReplaceToken), as loaded (Load) or as it was before being removed (Forget).
    Profile profile() const { return m_profile; }
    /// Load only, valid once succeeded() was emitted: the token read from the keychain
    /// (LoadDeliveryKey: the delivery target's API key).
    /// A secret: never log it.
    QString token() const { return m_token; }
    /// Load with the App Secret requested: the stored secret, empty when none is stored.
    QString appSecret() const { return m_appSecret; }
    bool isFinished() const { return m_finished; }

signals:
    void succeeded(const Profile& profile);
    void failed(const VaultError& error);

private:
    friend class TokenVault;
    VaultJob(Operation operation, const Profile& profile, QObject* parent);

    void succeed();
    void fail(const VaultError& error);
    /// fail() on the next event-loop turn, for errors known before any keychain call.
    void failLater(const VaultError& error);

    Operation m_operation;
    Profile m_profile;
    QString m_token;
    QString m_appSecret;
    bool m_finished = false;
};
