#include "graph/Identity.h"

#include "graph/GraphError.h"

namespace {
QString idValue(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}
} // namespace

QString Identity::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (!username.isEmpty())
        return QLatin1Char('@') + username;
    return !userId.isEmpty() ? userId : id;
}

std::variant<Identity, GraphError> Identity::fromJson(const QJsonObject& json, Platform platform)
{
    Identity identity;
    identity.platform = platform;
    identity.id = idValue(json.value(QLatin1String("id")));
    identity.userId = idValue(json.value(QLatin1String("user_id")));
    identity.name = json.value(QLatin1String("name")).toString();
    identity.username = json.value(QLatin1String("username")).toString();
    if (identity.id.isEmpty() && identity.userId.isEmpty())
        return GraphError(GraphError::Kind::MissingField);
    return identity;
}
