#pragma once

#include "graph/Platform.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <variant>

class GraphError;

/// Who a token belongs to, as the platform's /me says: proof that the token works.
struct Identity {
    Platform platform = Platform::Facebook;
    QString id;       ///< "id": app-scoped user ID (Facebook, Threads; Instagram's app-scoped ID)
    QString userId;   ///< Instagram's "user_id" (the professional account's ID); empty elsewhere
    QString name;     ///< Facebook's "name"
    QString username; ///< Threads' and Instagram's "username"

    /// What to show: the name, else "@username", else the ID.
    QString displayName() const;

    /// The /me answer as an Identity; MissingField when it names no one (no id, no user_id).
    static std::variant<Identity, GraphError> fromJson(const QJsonObject& json, Platform platform);
};

Q_DECLARE_METATYPE(Identity)
