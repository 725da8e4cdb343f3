#include "vault/KeyringLockProbe.h"

#include "vault/SecretServiceMessages.h"

#include <QDBusConnection>
#include <QDBusMessage>

bool KeyringLockProbe::isLocked(const QString& service, const QString& key)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QMap<QString, QString> attributes {{QStringLiteral("server"), service}, {QStringLiteral("user"), key}};
    const QDBusMessage reply = bus.call(
        SecretServiceMessages::searchItems(SecretServiceMessages::serviceName(), attributes), QDBus::Block, timeoutMs);
    return !SecretServiceMessages::searchResult(reply).locked.isEmpty();
}
