#include "renewal/N8nDelivery.h"

#include "http/NetworkManagerTransport.h"
#include "support/LoggingCategories.h"
#include "support/Redactor.h"
#include "graph/ResponseParser.h"
#include "graph/ServiceConfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

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
        return DeliveryResult(DeliveryResult::Kind::Timeout, N8nDelivery::tr("n8n did not answer in time."));
    if (graph.kind() == GraphError::Kind::Canceled)
        return DeliveryResult(DeliveryResult::Kind::Canceled, N8nDelivery::tr("Canceled."));
    const QString title = graph.isError() ? graph.title() : GraphError(GraphError::Kind::NetworkFailure).title();
    return DeliveryResult(DeliveryResult::Kind::Network, N8nDelivery::tr("Could not reach n8n: %1").arg(title));
}
} // namespace

N8nDelivery::N8nDelivery(const DeliveryTarget& target, const QString& token, const QString& apiKey,
                         QNetworkAccessManager* network, const DeliveryOptions& options, QObject* parent)
    : Delivery(target, parent)
    , m_token(token)
    , m_apiKey(apiKey)
    , m_network(network)
    , m_options(options)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // never shorter than promised (a coarse one may fire 5 % early)
    connect(&m_deadline, &QTimer::timeout, this, &N8nDelivery::onDeadline);
}

N8nDelivery::~N8nDelivery()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl N8nDelivery::credentialUrl(const QUrl& baseUrl, const QString& credentialId)
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

QByteArray N8nDelivery::requestBody(const QString& field, const QString& token)
{
    const QJsonObject body {{QStringLiteral("data"), QJsonObject {{field, token}}},
                            {QStringLiteral("isPartialData"), true}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void N8nDelivery::start()
{
    if (m_reply || isFinished())
        return;
    const DeliveryTarget& t = target();
    if (!ServiceConfig::isAllowedBaseUrl(t.n8nUrl)) {
        qCWarning(lcNetwork) << "refused to send to n8n over" << t.n8nUrl.scheme() << "host" << t.n8nUrl.host();
        finishLater(DeliveryResult(DeliveryResult::Kind::InsecureUrl,
                                   tr("Refused to send the token over plain http:// to %1: use https:// (plain "
                                      "http:// only to a loopback address such as 127.0.0.1).")
                                       .arg(t.n8nUrl.host())));
        return;
    }
    if (const QString why = t.validationError(); !why.isEmpty()) {
        finishLater(DeliveryResult(DeliveryResult::Kind::InvalidTarget, why));
        return;
    }
    RequestLimits limits;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    QNetworkRequest request
        = NetworkManagerTransport::makeRequest(HttpRequest::get(credentialUrl(t.n8nUrl, t.credentialId), limits));
    // A redirected PATCH may turn into a GET elsewhere: the key stays with the address given.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-N8N-API-KEY", m_apiKey.toUtf8());
    qCDebug(lcNetwork) << "PATCH n8n credential" << t.credentialId << "on host" << t.n8nUrl.host();
    m_reply = m_network->sendCustomRequest(request, "PATCH", requestBody(t.field, m_token));
    connect(m_reply, &QNetworkReply::readyRead, this, &N8nDelivery::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &N8nDelivery::onFinished);
    m_deadline.start(m_options.deadlineMs);
}

void N8nDelivery::cancel()
{
    if (isFinished())
        return;
    if (!m_reply) {
        Delivery::cancel();
        return;
    }
    abortWith(DeliveryResult::Kind::Canceled);
}

void N8nDelivery::onDeadline()
{
    abortWith(DeliveryResult::Kind::Timeout);
}

void N8nDelivery::abortWith(DeliveryResult::Kind reason)
{
    m_abortReason = reason;
    if (m_reply)
        m_reply->abort(); // emits finished() at once; onFinished() reads the reason
}

void N8nDelivery::onReadyRead()
{
    const QByteArray chunk = m_reply->readAll();
    if (m_body.size() + chunk.size() > m_options.maxResponseBytes) {
        m_body.clear();
        abortWith(DeliveryResult::Kind::HttpError);
        return;
    }
    m_body += chunk;
}

void N8nDelivery::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || isFinished())
        return;
    reply->deleteLater();
    m_reply.clear();
    m_deadline.stop();
    switch (m_abortReason) {
    case DeliveryResult::Kind::Ok:
        break;
    case DeliveryResult::Kind::Timeout:
        finishWith(
            DeliveryResult(m_abortReason, tr("n8n did not answer within %1 s.").arg(m_options.deadlineMs / 1000.0)));
        return;
    case DeliveryResult::Kind::Canceled:
        finishWith(DeliveryResult(m_abortReason, tr("Canceled.")));
        return;
    default:
        finishWith(DeliveryResult(m_abortReason, tr("n8n's answer was far larger than expected; it was cut off.")));
        return;
    }
    if (reply->isOpen()) // what readyRead left, within the same cap
        m_body += reply->read(qMax<qint64>(0, m_options.maxResponseBytes - m_body.size()));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Log the error code, never errorString(): Qt puts the URL into it.
    qCDebug(lcNetwork) << "n8n finished: HTTP" << status << "network error" << reply->error();
    finishWith(status > 0 ? resultForStatus(status, m_body, target(), {m_token, m_apiKey})
                          : fromNetworkError(reply->error()));
}

void N8nDelivery::finishWith(const DeliveryResult& result)
{
    m_body.clear();
    finish(result);
}

DeliveryResult N8nDelivery::resultForStatus(int status, const QByteArray& body, const DeliveryTarget& target,
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
