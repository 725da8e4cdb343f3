#include "http/NetworkManagerTransport.h"

#include "http/NetworkManagerReply.h"

#include <QNetworkAccessManager>

namespace {
// How much Qt's HTTP thread may buffer ahead of the reader: a whole token answer, many times over.
constexpr qint64 readAheadBytes = 64 * 1024;
} // namespace

NetworkManagerTransport::NetworkManagerTransport(QNetworkAccessManager* network)
    : m_network(network)
{
}

QNetworkRequest NetworkManagerTransport::makeRequest(const QUrl& url, int idleTimeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(idleTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("LongLived/" LONGLIVED_VERSION));
    return request;
}

TransportReply* NetworkManagerTransport::get(const QUrl& url, const RequestLimits& limits)
{
    QNetworkReply* reply = m_network->get(makeRequest(url, limits.idleTimeoutMs));
    // Qt's HTTP thread reads ahead of this thread without limit: bounded, an oversized answer
    // stops at the socket (the kernel's buffers) instead of piling up in memory before the
    // reply sees it pass the cap.
    reply->setReadBufferSize(readAheadBytes);
    return new NetworkManagerReply(reply, limits.maxResponseBytes);
}
