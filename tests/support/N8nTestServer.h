#pragma once

// N8nTestServer — an n8n-compatible public API on 127.0.0.1 for tests, on top of
// GraphTestServer (same thread model, recording and scripted behaviours).
//
//     N8nTestServer n8n;
//     QVERIFY(n8n.start());
//     n8n.setApiKey(QStringLiteral("n8n_api_test"));              // the key it accepts
//     n8n.addCredential(QStringLiteral("3BWxfPPkMN1s54s8"), {{"accessToken", "old"}, {"appId", "42"}});
//     ... deliver to n8n.baseUrl() ...
//     QCOMPARE(n8n.credentialData(id).value("accessToken").toString(), newToken);
//     QVERIFY2(n8n.violations().isEmpty(), qPrintable(n8n.violations().join('\n')));
//
// Like n8n's PATCH /api/v1/credentials/{id}: 404 for another path, 405 for another method,
// 401 without the right X-N8N-API-KEY, 403 when the key lacks credential:update
// (setKeyMayUpdate(false)), 415 unless the body is application/json, 400 without a "data"
// object, 404 {"message":"Credential not found"} for an unknown id, else 200 with the
// credential's metadata (never its data). With "isPartialData":true the fields are merged
// into the stored data, otherwise they replace it.
// Anything else can be scripted through http() (enqueue(): 5xx, NeverAnswer, ...), and
// violations() lists what a request did differently from what LongLived must send.

#include "GraphTestServer.h"

#include <QJsonObject>
#include <QMap>
#include <QMutex>

class N8nTestServer {
public:
    N8nTestServer();
    ~N8nTestServer();
    N8nTestServer(const N8nTestServer&) = delete;
    N8nTestServer& operator=(const N8nTestServer&) = delete;

    bool start();
    /// http://127.0.0.1:PORT, n8n's base address.
    QUrl baseUrl() const { return m_http.baseUrl(); }
    /// The underlying server: enqueue() scripted answers, requests(), connectionCount().
    GraphTestServer& http() { return m_http; }

    void setApiKey(const QString& key);
    /// false: the key is valid but lacks the credential:update scope (403).
    void setKeyMayUpdate(bool mayUpdate);
    void addCredential(const QString& id, const QJsonObject& data = {},
                       const QString& type = QStringLiteral("facebookGraphApi"));
    /// The data stored for \a id (empty when unknown).
    QJsonObject credentialData(const QString& id) const;
    /// The requests that broke LongLived's contract (method, header, content type, body shape).
    QStringList violations() const;

    /// An n8n error answer: {"message": message}.
    static GraphTestServer::Response error(int status, const QString& message);

private:
    struct Credential {
        QString type;
        QJsonObject data;
    };

    GraphTestServer::Response handle(const GraphTestServer::Request& request);
    GraphTestServer::Response update(const QString& id, const QJsonObject& body);
    void checkContract(const GraphTestServer::Request& request);

    GraphTestServer m_http;
    mutable QMutex m_mutex;
    QString m_apiKey;
    bool m_keyMayUpdate = true;
    QMap<QString, Credential> m_credentials;
    QStringList m_violations;
};
