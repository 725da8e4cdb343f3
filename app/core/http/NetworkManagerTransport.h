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

    TransportReply* send(const HttpRequest& request) override;

    QNetworkAccessManager* network() const { return m_network; }

    /// The QNetworkRequest \a request becomes (fixed and caller's headers, idle timeout,
    /// redirect rule, no cache); public so tests check the policy.
    static QNetworkRequest makeRequest(const HttpRequest& request);

private:
    QNetworkAccessManager* m_network;
};
