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

QNetworkRequest NetworkManagerTransport::makeRequest(const HttpRequest& httpRequest)
{
    QNetworkRequest request(httpRequest.url);
    request.setTransferTimeout(httpRequest.limits.idleTimeoutMs);
    // Manual: the 3xx is the answer (HttpRequest's redirect rule, as the pool applies it).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         httpRequest.followsRedirects() ? QNetworkRequest::SameOriginRedirectPolicy
                                                        : QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("LongLived/" LONGLIVED_VERSION));
    for (const auto& [name, value] : httpRequest.headers)
        request.setRawHeader(name, value);
    return request;
}

TransportReply* NetworkManagerTransport::send(const HttpRequest& request)
{
    if (!request.isWellFormed())
        return NetworkManagerReply::refused(QNetworkReply::ProtocolInvalidOperationError);
    const RequestLimits& limits = request.limits;
    QNetworkReply* reply = request.method == "GET"
        ? m_network->get(makeRequest(request))
        : m_network->sendCustomRequest(makeRequest(request), request.method, request.body);
    // Qt's HTTP thread reads ahead of this thread without limit: bounded, an oversized answer
    // stops at the socket (the kernel's buffers) instead of piling up in memory before the
    // reply sees it pass the cap.
    reply->setReadBufferSize(readAheadBytes);
    return new NetworkManagerReply(reply, limits.maxResponseBytes);
}
