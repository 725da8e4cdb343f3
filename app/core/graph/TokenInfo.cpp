#include "graph/TokenInfo.h"

#include "graph/JsonNumbers.h"

#include <QJsonArray>

namespace {

// Graph IDs and times come as JSON numbers or strings depending on the endpoint and gateway.
qint64 int64Value(const QJsonValue& value)
{
    if (value.isDouble())
        return JsonNumbers::toInt64(value);
    if (value.isString())
        return value.toString().toLongLong();
    return 0;
}

QString idValue(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(JsonNumbers::toInt64(value));
    return {};
}

// Seconds since the epoch; 0, negative or absurd values give an invalid date.
QDateTime timeValue(const QJsonValue& value)
{
    const qint64 seconds = int64Value(value);
    if (seconds <= 0 || seconds > 100000000000LL)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        const QString text = idValue(item);
        if (!text.isEmpty())
            list << text;
    }
    return list;
}

} // namespace

std::variant<TokenInfo, GraphError> TokenInfo::fromJson(const QJsonObject& json, Platform platform)
{
    if (!json.value(QLatin1String("data")).isObject())
        return GraphError(GraphError::Kind::MissingField);
    const QJsonObject data = json.value(QLatin1String("data")).toObject();

    TokenInfo info;
    info.platform = platform;
    info.appId = idValue(data.value(QLatin1String("app_id")));
    info.type = data.value(QLatin1String("type")).toString();
    info.application = data.value(QLatin1String("application")).toString();
    info.userId = idValue(data.value(QLatin1String("user_id")));
    info.isValid = data.value(QLatin1String("is_valid")).toBool();

    const QJsonValue expiresAt = data.value(QLatin1String("expires_at"));
    // Only an explicit 0 means "never"; a missing or unreadable value means "not said".
    const bool zero = (expiresAt.isDouble() && expiresAt.toDouble() == 0)
        || (expiresAt.isString() && expiresAt.toString().trimmed() == QLatin1String("0"));
    if (zero)
        info.neverExpires = true;
    else
        info.expiresAt = timeValue(expiresAt);
    info.dataAccessExpiresAt = timeValue(data.value(QLatin1String("data_access_expires_at")));
    info.issuedAt = timeValue(data.value(QLatin1String("issued_at")));
    info.scopes = stringList(data.value(QLatin1String("scopes")));

    const QJsonArray granular = data.value(QLatin1String("granular_scopes")).toArray();
    for (const QJsonValue& item : granular) {
        const QJsonObject object = item.toObject();
        GranularScope scope;
        scope.scope = object.value(QLatin1String("scope")).toString();
        scope.targetIds = stringList(object.value(QLatin1String("target_ids")));
        if (!scope.scope.isEmpty())
            info.granularScopes << scope;
    }

    if (data.value(QLatin1String("error")).isObject()) {
        const QJsonObject e = data.value(QLatin1String("error")).toObject();
        const int code = static_cast<int>(int64Value(e.value(QLatin1String("code"))));
        const int subcode = static_cast<int>(int64Value(e.value(QLatin1String("subcode"))));
        const QString message = e.value(QLatin1String("message")).toString();
        info.error = GraphError(GraphError::classify(code, subcode, message));
        info.error.code = code;
        info.error.subcode = subcode;
        info.error.message = message;
    }
    return info;
}
