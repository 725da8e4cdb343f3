#include "vault/SecretServiceMessages.h"

#include <QDBusArgument>
#include <QDBusMetaType>
#include <QDBusVariant>

namespace {
const QString servicePath = QStringLiteral("/org/freedesktop/secrets");
const QString serviceInterface = QStringLiteral("org.freedesktop.Secret.Service");

void registerAttributeMap()
{
    // a{ss} has no built-in D-Bus signature in QtDBus; registered once per process.
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered)
}
} // namespace

namespace SecretServiceMessages {

QString serviceName()
{
    return QStringLiteral("org.freedesktop.secrets");
}

QDBusMessage searchItems(const QString& service, const QMap<QString, QString>& attributes)
{
    registerAttributeMap();
    QDBusMessage call
        = QDBusMessage::createMethodCall(service, servicePath, serviceInterface, QStringLiteral("SearchItems"));
    call << QVariant::fromValue(attributes);
    return call;
}

QDBusMessage openPlainSession(const QString& service)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(service, servicePath, serviceInterface, QStringLiteral("OpenSession"));
    call << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    return call;
}

QDBusMessage getSecret(const QString& service, const QDBusObjectPath& item, const QDBusObjectPath& session)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        service, item.path(), QStringLiteral("org.freedesktop.Secret.Item"), QStringLiteral("GetSecret"));
    call << QVariant::fromValue(session);
    return call;
}

QDBusMessage closeSession(const QString& service, const QDBusObjectPath& session)
{
    return QDBusMessage::createMethodCall(service, session.path(), QStringLiteral("org.freedesktop.Secret.Session"),
                                          QStringLiteral("Close"));
}

SearchResult searchResult(const QDBusMessage& reply)
{
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return {};
    return {qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0)),
            qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1))};
}

std::optional<QByteArray> secretValue(const QDBusMessage& reply)
{
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 1
        || reply.signature() != QLatin1String("(oayays)"))
        return std::nullopt;
    // (session, parameters, value, content type): with a "plain" session the value is the
    // secret itself and the parameters are empty.
    const QDBusArgument secret = reply.arguments().at(0).value<QDBusArgument>();
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
    secret.beginStructure();
    secret >> session >> parameters >> value >> contentType;
    secret.endStructure();
    return value;
}

} // namespace SecretServiceMessages
