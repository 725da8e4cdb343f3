#pragma once

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

/// The freedesktop.org Secret Service calls LongLived makes itself over D-Bus (the rest goes
/// through QtKeychain), as ready-to-send messages. docs/keychain.md lists them and why.
namespace SecretServiceMessages {

/// The bus name every Secret Service (GNOME Keyring, KeePassXC, ...) owns.
QString serviceName();

/// Service.SearchItems(in a{ss} attributes, out ao unlocked, out ao locked): matching items,
/// the ones in locked collections apart. Never prompts.
QDBusMessage searchItems(const QString& service, const QMap<QString, QString>& attributes);

/// Service.OpenSession(in s "plain", in v "", out v, out o session): a session whose secrets
/// travel unencrypted over the (per-user) session bus.
QDBusMessage openPlainSession(const QString& service);

/// Item.GetSecret(in o session, out (oayays) secret) of the unlocked \a item.
QDBusMessage getSecret(const QString& service, const QDBusObjectPath& item, const QDBusObjectPath& session);

/// Session.Close() of \a session.
QDBusMessage closeSession(const QString& service, const QDBusObjectPath& session);

/// SearchItems' answer: {unlocked, locked}; both empty when \a reply is not a SearchItems reply.
struct SearchResult {
    QList<QDBusObjectPath> unlocked;
    QList<QDBusObjectPath> locked;
};
SearchResult searchResult(const QDBusMessage& reply);

/// GetSecret's answer: the secret's bytes, or std::nullopt when \a reply is not one.
/// A secret: never log it.
std::optional<QByteArray> secretValue(const QDBusMessage& reply);

} // namespace SecretServiceMessages
