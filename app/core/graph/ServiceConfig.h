#pragma once

#include "graph/Platform.h"
#include "http/RequestLimits.h"

#include <QString>
#include <QUrl>

/// Where and how the services talk to Meta. Built from defaults and the environment
/// (LONGLIVED_GRAPH_URL, LONGLIVED_THREADS_URL, LONGLIVED_INSTAGRAM_URL); tests point
/// the base URLs at a loopback server.
struct ServiceConfig {
    static constexpr const char* defaultApiVersion = "v25.0";

    QUrl facebookBaseUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
    QUrl threadsBaseUrl = QUrl(QStringLiteral("https://graph.threads.net"));
    QUrl instagramBaseUrl = QUrl(QStringLiteral("https://graph.instagram.com"));
    /// Facebook Graph API version, e.g. "v25.0"; empty = unversioned paths.
    QString apiVersion = QString::fromLatin1(defaultApiVersion);
    /// No byte for this long aborts the transfer (QNetworkRequest::setTransferTimeout).
    int idleTimeoutMs = 15000;
    /// Overall deadline for one call, from start to the last byte.
    int deadlineMs = 30000;
    /// Token responses are tiny; anything larger is cut off (bounded memory).
    qint64 maxResponseBytes = 1024 * 1024;

    /// The defaults, with base URLs overridden by the environment variables when set.
    static ServiceConfig fromEnvironment();

    QUrl baseUrl(Platform platform) const;
    /// What the transport enforces per request: the idle timeout and the size cap.
    RequestLimits limits() const { return {idleTimeoutMs, maxResponseBytes}; }

    /// https://, or http:// to a loopback address literal only (127.0.0.0/8, [::1]); not to a
    /// name such as localhost, which resolves wherever the system is told to. The rule every
    /// request is sent under (TransportJob::isAllowedUrl()), asked here where an address is
    /// configured, so it is refused before any request.
    static bool isAllowedBaseUrl(const QUrl& url);
    /// Whether \a host (as QUrl::host() gives it: IPv6 without brackets) is a loopback address.
    static bool isLoopbackAddress(const QString& host);
};
