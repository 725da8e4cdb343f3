#pragma once

#include "http/HttpPoolReply.h"
#include "http/HttpTransport.h"

#include <QHash>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

class HttpConnection;
class QNetworkProxyFactory;

/// A small HTTP/1.1 client for many small GETs to few hosts, as a batch sends them: keep-alive
/// connections per origin, reused for request after request, everything in the caller's thread.
///
/// Why not QNetworkAccessManager here: in Qt 6.4 every reply crosses between its HTTP thread
/// and the caller's thread many times and, on plain http, its channel reads the headers one
/// byte per read(2); for a batch that is ~5x the CPU of curl per request (bench/FINDINGS.md).
/// The single calls of the GUI and the CLI keep QNetworkAccessManager (HTTP/2, every feature).
///
/// One of the two HttpTransports (the other: NetworkManagerTransport), with the same contract:
/// https with Qt's default TLS configuration and no way to ignore a certificate error; the
/// proxy the proxy factory chooses (HTTP CONNECT or SOCKS 5; a proxy that cannot be used fails
/// the request rather than going direct); redirects followed only within the origin, at most 3,
/// and only by a plain GET (HttpRequest::followsRedirects()); the body cap and the idle timeout of the
/// RequestLimits. The overall deadline and the refusal of plain http to other hosts stay with
/// the caller (its TransportJob).
class HttpConnectionPool : public QObject, public HttpTransport {
    Q_OBJECT
public:
    /// Connections per origin, as QNetworkAccessManager and browsers open them; requests
    /// beyond it wait for a free connection, in the order they came. The one limit on requests
    /// to one host: a batch hands every line over and lets this queue hold them.
    static constexpr int maxConnectionsPerOrigin = 6;
    static constexpr int maxRedirects = 3;

    /// \a proxyFactory (not owned; nullptr = the application's, as QNetworkAccessManager uses
    /// by default) is asked whenever a connection is added; the pool keeps no answer of its
    /// own. Give it the CachingProxyFactory of the network manager, and both transports share
    /// one answer per origin.
    explicit HttpConnectionPool(QNetworkProxyFactory* proxyFactory = nullptr, QObject* parent = nullptr);
    ~HttpConnectionPool() override;

    HttpPoolReply* send(const HttpRequest& request) override;
    HttpPoolReply* get(const QUrl& url, const RequestLimits& limits) { return send(HttpRequest::get(url, limits)); }

    /// TCP connections opened so far (for tests and benchmarks: reuse shows here).
    int connectionsOpened() const { return m_connectionsOpened; }

private:
    friend class HttpPoolReply;

    struct Origin {
        QUrl url; ///< scheme, host and port only
        QList<HttpConnection*> connections;
        std::deque<QPointer<HttpPoolReply>> queue;
    };

    static QString originKey(const QUrl& url);
    /// The origin of \a url, created (and its proxy chosen) on first use. Stable address.
    Origin* origin(const QUrl& url);
    void scheduleDispatch();
    void dispatchAll();
    void dispatch(Origin* origin);
    void onRequestFinished(HttpConnection* connection, HttpPoolReply* reply, QNetworkReply::NetworkError error,
                           bool mayResend);
    /// A same-origin redirect to follow: true when \a reply was queued again.
    bool followRedirect(HttpPoolReply* reply);
    void removeConnection(HttpConnection* connection);
    /// \a reply is being aborted or deleted: out of the queue, off its connection.
    void forget(HttpPoolReply* reply);
    /// An idle connection of \a origin, open or else closed (it reopens); nullptr when all are busy.
    static HttpConnection* idleConnection(const Origin* origin);
    HttpConnection* addConnection(Origin* origin, const QNetworkProxy& proxy);
    /// The proxy factory's answer for a new connection to \a originUrl; nullopt when it names
    /// a proxy a socket cannot use.
    std::optional<QNetworkProxy> proxyFor(const QUrl& originUrl) const;
    static std::optional<QNetworkProxy> usableProxy(const QList<QNetworkProxy>& proxies);

    QNetworkProxyFactory* m_proxyFactory;
    std::unordered_map<QString, std::unique_ptr<Origin>> m_origins;
    QHash<HttpPoolReply*, HttpConnection*> m_inFlight;
    int m_connectionsOpened = 0;
    bool m_dispatchScheduled = false;
};
