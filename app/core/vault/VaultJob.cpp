#include "vault/VaultJob.h"

#include "support/LoggingCategories.h"

VaultJob::VaultJob(Operation operation, const Profile& profile, QObject* parent)
    : QObject(parent)
    , m_operation(operation)
    , m_profile(profile)
{
}

void VaultJob::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcVault) << m_operation << "succeeded for profile" << m_profile.name;
    emit succeeded(m_profile);
    deleteLater();
}

void VaultJob::fail(const VaultError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    // Profile names and the keychain's messages are not secret; tokens never reach this line.
    qCWarning(lcVault) << m_operation << "failed for profile" << m_profile.name << ':' << error.kindId()
                       << error.detail();
    emit failed(error);
    deleteLater();
}

void VaultJob::failLater(const VaultError& error)
{
    QMetaObject::invokeMethod(this, [this, error] { fail(error); }, Qt::QueuedConnection);
}
