#include "renewal/N8nCredentialJob.h"

#include "http/TransportReply.h"
#include "support/LoggingCategories.h"
#include "support/Redactor.h"
#include "graph/InputValidator.h"
#include "graph/ResponseParser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
// n8n's own words for an unknown id; any other 404 means the path itself is unknown.
const QString credentialNotFound = QStringLiteral("credential not found");
constexpr qsizetype maxMessageLength = 300;

// n8n's "message", cleaned for display: no secret, no control characters, bounded.
QString n8nMessage(const QByteArray& body, const QStringList& secrets)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QString message = json.value(QStringLiteral("message")).toString();
    for (QChar& c : message) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    message = Redactor::scrub(message.simplified(), secrets);
    if (message.size() > maxMessageLength)
        message = message.left(maxMessageLength) + QChar(0x2026);
    return message;
}

DeliveryResult failure(DeliveryResult::Kind kind, int status, const QString& message)
{
    DeliveryResult result(kind, message);
    result.httpStatus = status;
    return result;
}

DeliveryResult fromNetworkError(QNetworkReply::NetworkError error)
{
    const GraphError graph = ResponseParser::fromNetworkError(error);
    if (graph.kind() == GraphError::Kind::Timeout)
        return DeliveryResult(DeliveryResult::Kind::Timeout, N8nCredentialJob::tr("n8n did not answer in time."));
    if (graph.kind() == GraphError::Kind::Canceled)
        return DeliveryResult(DeliveryResult::Kind::Canceled, N8nCredentialJob::tr("Canceled."));
    const QString title = graph.isError() ? graph.title() : GraphError(GraphError::Kind::NetworkFailure).title();
    return DeliveryResult(DeliveryResult::Kind::Network, N8nCredentialJob::tr("Could not reach n8n: %1").arg(title));
}
} // namespace

N8nCredentialJob::N8nCredentialJob(HttpTransport* transport, const DeliveryTarget& target, const QString& token,
                                   const QString& apiKey, const DeliveryOptions& options, QObject* parent)
    : TransportJob(transport, parent)
    , m_target(target)
    , m_token(token)
    , m_apiKey(apiKey)
    , m_options(options)
{
}

QUrl N8nCredentialJob::credentialUrl(const QUrl& baseUrl, const QString& credentialId)
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/api/v1")))
        path += QStringLiteral("/api/v1");
    url.setPath(path + QStringLiteral("/credentials/") + credentialId);
    return url;
}

QByteArray N8nCredentialJob::requestBody(const QString& field, const QString& token)
{
    const QJsonObject body {{QStringLiteral("data"), QJsonObject {{field, token}}},
                            {QStringLiteral("isPartialData"), true}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void N8nCredentialJob::start()
{
    if (isSending() || isFinished())
        return;
    // The address first: a plain http:// one is refused as insecure (onStopped()), not as invalid.
    if (refuseUnlessAllowed(m_target.n8nUrl))
        return;
    if (const QString why = m_target.validationError(); !why.isEmpty()) {
        endLater(DeliveryResult(DeliveryResult::Kind::InvalidTarget, why));
        return;
    }
    // Keys are checked where they are entered; one stored before that may still hold a line
    // break, which no HTTP header can carry: say so rather than "could not reach n8n".
    const QString apiKey = InputValidator::clean(m_apiKey); // as where keys are entered
    if (const QString problem = DeliveryTarget::apiKeyProblem(apiKey); !problem.isEmpty()) {
        endLater(DeliveryResult(DeliveryResult::Kind::InvalidTarget,
                                tr("%1 Enter the key again for this target (Delivery… in the window, or "
                                   "longlived-cli deliver add).")
                                    .arg(problem)));
        return;
    }
    HttpRequest request;
    request.method = QByteArrayLiteral("PATCH");
    request.url = credentialUrl(m_target.n8nUrl, m_target.credentialId);
    request.headers = {{QByteArrayLiteral("X-N8N-API-KEY"), apiKey.toUtf8()},
                       {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request.body = requestBody(m_target.field, m_token);
    request.limits.idleTimeoutMs = m_options.idleTimeoutMs;
    request.limits.maxResponseBytes = m_options.maxResponseBytes;
    qCDebug(lcNetwork) << "PATCH n8n credential" << m_target.credentialId << "on host" << m_target.n8nUrl.host();
    send(request, m_options.deadlineMs);
}

void N8nCredentialJob::onStopped(Stop reason, bool /*wasSending*/)
{
    switch (reason) {
    case Stop::Canceled:
        end(DeliveryResult(DeliveryResult::Kind::Canceled, tr("Canceled.")));
        return;
    case Stop::Deadline:
        end(DeliveryResult(DeliveryResult::Kind::Timeout,
                           tr("n8n did not answer within %1 s.").arg(m_options.deadlineMs / 1000.0)));
        return;
    case Stop::Refused:
        end(DeliveryResult(DeliveryResult::Kind::InsecureUrl,
                           tr("Refused to send the token over plain http:// to %1: use https:// (plain "
                              "http:// only to a loopback address such as 127.0.0.1).")
                               .arg(m_target.n8nUrl.host())));
        return;
    }
}

void N8nCredentialJob::onAnswer(TransportReply& reply)
{
    if (reply.exceededSizeLimit()) {
        end(DeliveryResult(DeliveryResult::Kind::HttpError,
                           tr("n8n's answer was far larger than expected; it was cut off.")));
        return;
    }
    const int status = reply.statusCode();
    // Log the error code, never errorString(): Qt puts the URL into it.
    qCDebug(lcNetwork) << "n8n finished: HTTP" << status << "network error" << reply.error();
    end(status > 0 ? resultForStatus(status, reply.takeBody(), m_target, {m_token, m_apiKey})
                   : fromNetworkError(reply.error()));
}

void N8nCredentialJob::end(const DeliveryResult& result)
{
    if (!endOnce())
        return;
    m_token.clear(); // no copy of the secrets outlives the request
    m_apiKey.clear();
    emit finished(result);
}

void N8nCredentialJob::endLater(const DeliveryResult& result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { end(result); }, Qt::QueuedConnection);
}

DeliveryResult N8nCredentialJob::resultForStatus(int status, const QByteArray& body, const DeliveryTarget& target,
                                                 const QStringList& secrets)
{
    using K = DeliveryResult::Kind;
    const QString message = n8nMessage(body, secrets);
    if (status >= 200 && status < 300) {
        DeliveryResult ok = DeliveryResult::success(
            tr("n8n stored the token in field \"%1\" of credential %2.").arg(target.field, target.credentialId));
        ok.httpStatus = status;
        return ok;
    }
    switch (status) {
    case 400:
        return failure(K::Rejected, status,
                       tr("n8n rejected the data (HTTP 400): %1. Check the field name \"%2\" for this credential's "
                          "type.")
                           .arg(message.isEmpty() ? tr("no reason given") : message, target.field));
    case 401:
        return failure(K::Unauthorized, status,
                       tr("n8n did not accept the API key (HTTP 401): it is missing, wrong or was deleted. Create "
                          "a new key in n8n (Settings › n8n API) and add the target again."));
    case 403:
        return failure(K::Forbidden, status,
                       tr("The n8n API key may not change credentials (HTTP 403). Create a key with the "
                          "credential:update scope."));
    case 404:
        if (message.contains(credentialNotFound, Qt::CaseInsensitive)) {
            return failure(K::NotFound, status,
                           tr("n8n has no credential with the id %1 (HTTP 404). Copy the id from the end of the "
                              "credential's address in n8n (…/home/credentials/<id>).")
                               .arg(target.credentialId));
        }
        [[fallthrough]];
    case 405:
        return failure(K::NoApi, status,
                       tr("This n8n has no API to update credentials (HTTP %1). Update n8n, and check that the "
                          "address is n8n's own base address.")
                           .arg(status));
    case 415:
        return failure(K::WrongContentType, status, tr("n8n did not accept the request's content type (HTTP 415)."));
    default:
        break;
    }
    const QString text = tr("n8n answered with HTTP error %1.").arg(status);
    return failure(K::HttpError, status, message.isEmpty() ? text : text + QLatin1Char(' ') + message);
}
