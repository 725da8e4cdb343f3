#include "graph/ResponseParser.h"

#include "http/HttpDate.h"
#include "graph/JsonNumbers.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

// Graph numbers come as JSON numbers, but some gateways send them as strings.
int intValue(const QJsonValue& value)
{
    if (value.isDouble())
        return JsonNumbers::toInt(value);
    if (value.isString())
        return value.toString().toInt();
    return 0;
}

std::optional<qint64> secondsValue(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (seconds >= 0 && seconds < 1e12)
            return static_cast<qint64>(seconds);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 seconds = value.toString().toLongLong(&ok);
        if (ok && seconds >= 0 && seconds < 1000000000000LL)
            return seconds;
    }
    return std::nullopt;
}

QString stringValue(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(JsonNumbers::toInt64(value));
    return {};
}

} // namespace

GraphError ResponseParser::fromNetworkError(QNetworkReply::NetworkError error)
{
    using E = QNetworkReply::NetworkError;
    using K = GraphError::Kind;
    switch (error) {
    case E::NoError:
        return {};
    case E::ConnectionRefusedError:
        return GraphError(K::ConnectionRefused);
    case E::HostNotFoundError:
        return GraphError(K::HostNotFound);
    case E::SslHandshakeFailedError:
        return GraphError(K::TlsFailure);
    case E::TimeoutError:
    case E::OperationCanceledError:
        return GraphError(K::Timeout);
    case E::RemoteHostClosedError:
        return GraphError(K::ConnectionReset);
    case E::InsecureRedirectError: // another origin (the transports follow the same origin only)
    case E::TooManyRedirectsError:
        return GraphError(K::RedirectRefused);
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
    case E::UnknownProxyError:
        return GraphError(K::ProxyFailure);
    default:
        break;
    }
    // 1xx: network layer, 2xx-4xx: HTTP layer (the body tells more), 5xx: server.
    const int value = static_cast<int>(error);
    if (value < 200)
        return GraphError(K::NetworkFailure);
    return {};
}

GraphError ResponseParser::graphError(const QJsonObject& json, int httpStatus)
{
    GraphError error;
    if (json.value(QLatin1String("error")).isObject()) {
        const QJsonObject e = json.value(QLatin1String("error")).toObject();
        error = GraphError(GraphError::classify(intValue(e.value(QLatin1String("code"))),
                                                intValue(e.value(QLatin1String("error_subcode"))),
                                                e.value(QLatin1String("message")).toString()));
        error.code = intValue(e.value(QLatin1String("code")));
        error.subcode = intValue(e.value(QLatin1String("error_subcode")));
        error.type = e.value(QLatin1String("type")).toString();
        error.message = e.value(QLatin1String("message")).toString();
        error.userTitle = e.value(QLatin1String("error_user_title")).toString();
        error.userMessage = e.value(QLatin1String("error_user_msg")).toString();
        error.fbtraceId = e.value(QLatin1String("fbtrace_id")).toString();
    } else if (json.contains(QLatin1String("error_message")) || json.contains(QLatin1String("error_code"))
               || json.contains(QLatin1String("error_type"))) {
        // Flat shapes seen on Threads and Instagram Login.
        const int code = json.contains(QLatin1String("error_code")) ? intValue(json.value(QLatin1String("error_code")))
                                                                     : intValue(json.value(QLatin1String("code")));
        const int subcode = intValue(json.value(QLatin1String("error_subcode")));
        const QString message = json.value(QLatin1String("error_message")).toString();
        error = GraphError(GraphError::classify(code, subcode, message));
        error.code = code;
        error.subcode = subcode;
        error.type = json.value(QLatin1String("error_type")).toString();
        error.message = message;
        error.fbtraceId = json.value(QLatin1String("fbtrace_id")).toString();
    } else if (json.value(QLatin1String("error")).isString()) {
        // OAuth-style {"error":"invalid_request","error_description":"…"} from gateways.
        error = GraphError(GraphError::Kind::ApiOther);
        error.type = json.value(QLatin1String("error")).toString();
        error.message = json.value(QLatin1String("error_description")).toString();
    }
    if (error.isError())
        error.httpStatus = httpStatus;
    return error;
}

std::variant<QJsonObject, GraphError> ResponseParser::parseBody(int httpStatus, const QByteArray& contentType,
                                                                const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        GraphError error(GraphError::Kind::NotJson);
        error.httpStatus = httpStatus;
        // Only the media type, never parameters or body bytes: they are not ours to echo.
        error.contentType = QString::fromLatin1(contentType.split(';').first().trimmed()).left(100);
        return error;
    }
    const QJsonObject json = document.object();
    GraphError error = graphError(json, httpStatus);
    if (error.isError())
        return error;
    if (httpStatus >= 400) {
        GraphError http(GraphError::Kind::HttpError);
        http.httpStatus = httpStatus;
        return http;
    }
    return json;
}

std::variant<TokenResult, GraphError> ResponseParser::parseToken(const QJsonObject& json, Platform platform,
                                                                 const QDateTime& receivedAt)
{
    const QJsonValue token = json.value(QLatin1String("access_token"));
    if (!token.isString() || token.toString().isEmpty())
        return GraphError(GraphError::Kind::MissingField);

    TokenResult result;
    result.platform = platform;
    result.accessToken = token.toString();
    result.tokenType = stringValue(json.value(QLatin1String("token_type")));
    result.receivedAt = receivedAt.toUTC();
    result.expiresIn = secondsValue(json.value(QLatin1String("expires_in")));
    if (!result.expiresIn)
        result.expiresIn = secondsValue(json.value(QLatin1String("expires"))); // very old responses
    if (result.expiresIn && *result.expiresIn > 0)
        result.expiresAt = result.receivedAt.addSecs(*result.expiresIn);
    if (result.expiresAt.isValid())
        result.expirySource = TokenResult::ExpirySource::Response;
    return result;
}

int ResponseParser::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return 0;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return qBound(0, seconds, 86400); // same cap as the date form: a retry policy never waits days
    const QDateTime date = HttpDate::parse(trimmed, now);
    if (!date.isValid())
        return 0;
    return static_cast<int>(qBound(qint64(0), now.secsTo(date), qint64(86400)));
}
