#pragma once

#include "renewal/Delivery.h"
#include "renewal/DeliveryOptions.h"

#include <QPointer>

class HttpTransport;
class N8nCredentialJob;

/// Delivers the token to one field of an n8n credential: an N8nCredentialJob (the request, its
/// checks and every message) sent through the HttpTransport the program is wired with, like
/// every other request.
class N8nDelivery : public Delivery {
    Q_OBJECT
public:
    /// \a transport must outlive the delivery.
    N8nDelivery(const DeliveryTarget& target, const QString& token, const QString& apiKey, HttpTransport* transport,
                const DeliveryOptions& options, QObject* parent = nullptr);
    ~N8nDelivery() override;

    void start() override;
    void cancel() override;

private:
    QString m_token;
    QString m_apiKey;
    HttpTransport* m_transport;
    DeliveryOptions m_options;
    QPointer<N8nCredentialJob> m_job;
};
