#pragma once

#include "http/TransportJob.h"
#include "renewal/DeliveryOptions.h"
#include "vault/DeliveryResult.h"
#include "vault/DeliveryTarget.h"

#include <QByteArray>
#include <QUrl>

/// The request that sets one field of an n8n credential to the token (a TransportJob, like
/// every Graph request): PATCH {base}/api/v1/credentials/{id} with X-N8N-API-KEY and
/// {"data":{"<field>":"<token>"},"isPartialData":true} (n8n merges the field into the stored
/// data; without isPartialData it would replace all of it). 200 means delivered.
///
/// Refuses before connecting: plain http:// to anything but a loopback address (TransportJob's
/// rule, TransportJob::isAllowedUrl()), and an invalid target. Never follows a redirect (the transport's rule
/// for a request with headers): the key stays with the address given. Neither the token, the
/// key, the URL nor Qt's errorString() reaches a message or a log. Ends exactly once with
/// finished() (cancel(): Canceled, synchronously; everything else asynchronously), then deletes
/// itself.
class N8nCredentialJob : public TransportJob {
    Q_OBJECT
public:
    /// \a transport must outlive the job.
    N8nCredentialJob(HttpTransport* transport, const DeliveryTarget& target, const QString& token,
                     const QString& apiKey, const DeliveryOptions& options, QObject* parent = nullptr);

    /// Sends the request (or refuses it); connect to finished() before the event loop runs again.
    void start();

    /// {base}/api/v1/credentials/{id}; a base that already ends in /api/v1 is not doubled.
    static QUrl credentialUrl(const QUrl& baseUrl, const QString& credentialId);
    /// n8n's answer \a status / \a body in plain language; \a secrets are masked in n8n's text.
    static DeliveryResult resultForStatus(int status, const QByteArray& body, const DeliveryTarget& target,
                                          const QStringList& secrets);
    /// {"data":{"<field>":"<token>"},"isPartialData":true}
    static QByteArray requestBody(const QString& field, const QString& token);

signals:
    void finished(const DeliveryResult& result);

private:
    void onAnswer(TransportReply& reply) override;
    void onStopped(Stop reason, bool wasSending) override;
    void end(const DeliveryResult& result);
    void endLater(const DeliveryResult& result);

    DeliveryTarget m_target;
    QString m_token;
    QString m_apiKey;
    DeliveryOptions m_options;
};
