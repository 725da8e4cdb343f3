#include "CliVault.h"

#include "CliSession.h"
#include "JsonOutput.h"
#include "vault/ProfileStore.h"
#include "vault/TokenVault.h"
#include "vault/VaultError.h"

CliVault::CliVault(CliSession& session)
    // ProfileStore names the desktop app's settings file itself, whatever this program is called.
    : m_profiles(new ProfileStore(&session))
    , m_vault(new TokenVault(m_profiles, &session))
{
    if (session.options().timeoutSet)
        m_vault->setTimeoutMs(session.options().timeoutMs);
}

DeliveryStore* CliVault::deliveries() const
{
    return m_vault->deliveryStore();
}

void CliVault::reportError(CliSession& session, const VaultError& error, const QString& context)
{
    const QString message = tr("Error: %1").arg(error.displayText());
    session.out().error(context.isEmpty() ? message : context + QLatin1Char('\n') + message);
    if (session.options().json) {
        session.out().writeLine(
            JsonOutput::errorEnvelope(JsonOutput::inputErrorObject(error.kindId(), error.title(), error.remedy())));
        session.out().flush();
    }
}
