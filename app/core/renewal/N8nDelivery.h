#pragma once

#include "renewal/Delivery.h"
#include "renewal/DeliveryOptions.h"

#include <QByteArray>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

/// Sets one field of an n8n credential to the token:
/// PATCH {base}/api/v1/credentials/{id} with X-N8N-API-KEY and
/// {"data":{"<field>":"<token>"},"isPartialData":true} (n8n merges the field into the stored
/// data; without isPartialData it would replace all of it). 200 means delivered.
///
/// Refuses before connecting: an invalid target, and plain http:// to anything but a loopback
/// address (ServiceConfig::isAllowedBaseUrl()). Neither the token, the key, the URL nor Qt's
/// errorString() reaches a message or a log.
class N8nDelivery : public Delivery {
    Q_OBJECT
public:
    /// \a network must outlive the delivery.
    N8nDelivery(const DeliveryTarget& target, const QString& token, const QString& apiKey,
                QNetworkAccessManager* network, const DeliveryOptions& options, QObject* parent = nullptr);
    ~N8nDelivery() override;

    void start() override;
    void cancel() override;

    /// {base}/api/v1/credentials/{id}; a base that already ends in /api/v1 is not doubled.
    static QUrl credentialUrl(const QUrl& baseUrl, const QString& credentialId);
    /// n8n's answer \a status / \a body in plain language; \a secrets are masked in n8n's text.
    static DeliveryResult resultForStatus(int status, const QByteArray& body, const DeliveryTarget& target,
                                          const QStringList& secrets);
    /// {"data":{"<field>":"<token>"},"isPartialData":true}
    static QByteArray requestBody(const QString& field, const QString& token);

private:
    void onReadyRead();
    void onFinished();
    void onDeadline();
    void abortWith(DeliveryResult::Kind reason);
    void finishWith(const DeliveryResult& result);

    QString m_token;
    QString m_apiKey;
    QNetworkAccessManager* m_network;
    DeliveryOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QByteArray m_body;
    DeliveryResult::Kind m_abortReason = DeliveryResult::Kind::Ok;
};
