#pragma once

#include "http/HttpTransport.h"

#include <QNetworkRequest>

class QNetworkAccessManager;

/// The HttpTransport on Qt's network manager (HTTP/2, every feature of Qt's stack): what the
/// GUI and the CLI's single commands use. The manager is not owned and must outlive the
/// transport's replies.
class NetworkManagerTransport : public HttpTransport {
public:
    explicit NetworkManagerTransport(QNetworkAccessManager* network);

    TransportReply* get(const QUrl& url, const RequestLimits& limits) override;

    QNetworkAccessManager* network() const { return m_network; }

    /// The request every GET uses (headers, idle timeout, same-origin redirects, no cache);
    /// public so other clients of the manager (n8n) and tests share the policy.
    static QNetworkRequest makeRequest(const QUrl& url, int idleTimeoutMs);

private:
    QNetworkAccessManager* m_network;
};
