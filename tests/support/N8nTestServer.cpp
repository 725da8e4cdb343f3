#include "N8nTestServer.h"

#include <QJsonDocument>
#include <QMutexLocker>

namespace {
const QString credentialsPath = QStringLiteral("/api/v1/credentials/");
} // namespace

N8nTestServer::N8nTestServer()
{
    // Called in the server thread; only touches state behind m_mutex.
    m_http.setHandler([this](const GraphTestServer::Request& request) { return handle(request); });
}

N8nTestServer::~N8nTestServer()
{
    m_http.stop();
}

bool N8nTestServer::start()
{
    return m_http.start();
}

void N8nTestServer::setApiKey(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    m_apiKey = key;
}

void N8nTestServer::setKeyMayUpdate(bool mayUpdate)
{
    QMutexLocker lock(&m_mutex);
    m_keyMayUpdate = mayUpdate;
}

void N8nTestServer::addCredential(const QString& id, const QJsonObject& data, const QString& type)
{
    QMutexLocker lock(&m_mutex);
    m_credentials.insert(id, {type, data});
}

QJsonObject N8nTestServer::credentialData(const QString& id) const
{
    QMutexLocker lock(&m_mutex);
    return m_credentials.value(id).data;
}

QStringList N8nTestServer::violations() const
{
    QMutexLocker lock(&m_mutex);
    return m_violations;
}

GraphTestServer::Response N8nTestServer::error(int status, const QString& message)
{
    return GraphTestServer::Response::json(
               status, QJsonDocument(QJsonObject {{QStringLiteral("message"), message}}).toJson(QJsonDocument::Compact))
        .withContentType("application/json; charset=utf-8");
}

void N8nTestServer::checkContract(const GraphTestServer::Request& request)
{
    QStringList found;
    if (request.method != "PATCH")
        found << QStringLiteral("method %1 instead of PATCH").arg(QString::fromLatin1(request.method));
    if (!request.path.startsWith(credentialsPath))
        found << QStringLiteral("path %1").arg(request.path);
    if (request.header("X-N8N-API-KEY").isEmpty())
        found << QStringLiteral("no X-N8N-API-KEY header");
    if (request.header("Content-Type") != "application/json")
        found << QStringLiteral("content type %1").arg(QString::fromLatin1(request.header("Content-Type")));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (body.keys() != QStringList {QStringLiteral("data"), QStringLiteral("isPartialData")}
        || !body.value(QStringLiteral("data")).isObject() || body.value(QStringLiteral("isPartialData")) != true)
        found << QStringLiteral("body is not {\"data\":{...},\"isPartialData\":true}");
    QMutexLocker lock(&m_mutex);
    m_violations << found;
}

GraphTestServer::Response N8nTestServer::handle(const GraphTestServer::Request& request)
{
    checkContract(request);
    if (!request.path.startsWith(credentialsPath)
        || request.path.mid(credentialsPath.size()).contains(QLatin1Char('/')))
        return error(404, QStringLiteral("not found"));
    if (request.method != "PATCH")
        return error(405, QStringLiteral("Method not allowed"));
    {
        QMutexLocker lock(&m_mutex);
        if (m_apiKey.isEmpty() || request.header("X-N8N-API-KEY") != m_apiKey.toUtf8())
            return error(401, QStringLiteral("unauthorized"));
        if (!m_keyMayUpdate)
            return error(403, QStringLiteral("Forbidden"));
    }
    if (!request.header("Content-Type").startsWith("application/json"))
        return error(415, QStringLiteral("Unsupported Media Type"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (!body.value(QStringLiteral("data")).isObject())
        return error(400, QStringLiteral("request/body must have required property 'data'"));
    return update(request.path.mid(credentialsPath.size()), body);
}

GraphTestServer::Response N8nTestServer::update(const QString& id, const QJsonObject& body)
{
    QMutexLocker lock(&m_mutex);
    auto credential = m_credentials.find(id);
    if (credential == m_credentials.end())
        return error(404, QStringLiteral("Credential not found"));
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    if (body.value(QStringLiteral("isPartialData")).toBool()) {
        for (auto it = data.begin(); it != data.end(); ++it)
            credential->data.insert(it.key(), it.value());
    } else {
        credential->data = data;
    }
    // n8n answers with the credential's metadata, never its data.
    const QJsonObject answer {{QStringLiteral("id"), id},
                              {QStringLiteral("name"), QStringLiteral("Test credential")},
                              {QStringLiteral("type"), credential->type},
                              {QStringLiteral("isManaged"), false},
                              {QStringLiteral("createdAt"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                              {QStringLiteral("updatedAt"), QStringLiteral("2026-03-01T12:00:00.000Z")}};
    return GraphTestServer::Response::json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact))
        .withContentType("application/json; charset=utf-8");
}
