#include "http/HttpConnectionPool.h"

#include "http/HttpConnection.h"
#include "http/HttpPoolReply.h"
#include "support/LoggingCategories.h"

#include <QNetworkProxyFactory>

#include <algorithm>

HttpConnectionPool::HttpConnectionPool(QNetworkProxyFactory* proxyFactory, QObject* parent)
    : QObject(parent)
    , m_proxyFactory(proxyFactory)
{
}

HttpConnectionPool::~HttpConnectionPool()
{
    // Replies outlive the pool only in their owner's hands: they must not call back.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        it.key()->m_pool.clear();
    for (const auto& [key, origin] : m_origins) {
        for (const QPointer<HttpPoolReply>& reply : origin->queue) {
            if (reply)
                reply->m_pool.clear();
        }
    }
}

QString HttpConnectionPool::originKey(const QUrl& url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.scheme() + QLatin1String("://") + url.host(QUrl::FullyEncoded).toLower() + QLatin1Char(':')
        + QString::number(port);
}

HttpConnectionPool::Origin* HttpConnectionPool::origin(const QUrl& url)
{
    const QString key = originKey(url);
    auto found = m_origins.find(key);
    if (found != m_origins.end())
        return found->second.get();

    auto created = std::make_unique<Origin>();
    created->url.setScheme(url.scheme());
    created->url.setHost(url.host());
    created->url.setPort(url.port());
    Origin* origin = created.get();
    m_origins.emplace(key, std::move(created));
    return origin;
}

std::optional<QNetworkProxy> HttpConnectionPool::proxyFor(const QUrl& originUrl) const
{
    // Not remembered here: the factory is the one place that remembers (CachingProxyFactory),
    // and without one the application's factory is asked, as QNetworkAccessManager asks it.
    const QNetworkProxyQuery query(originUrl);
    return usableProxy(m_proxyFactory ? m_proxyFactory->queryProxy(query) : QNetworkProxyFactory::proxyForQuery(query));
}

std::optional<QNetworkProxy> HttpConnectionPool::usableProxy(const QList<QNetworkProxy>& proxies)
{
    const QNetworkProxy first = proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
    switch (first.type()) {
    case QNetworkProxy::NoProxy:
    case QNetworkProxy::DefaultProxy:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::Socks5Proxy:
        if (!first.hostName().isEmpty())
            return first;
        break;
    default:
        break;
    }
    // A proxy a socket cannot use (a caching-only proxy, no host): the request fails, it never
    // quietly goes direct past the proxy the user configured.
    return std::nullopt;
}

HttpPoolReply* HttpConnectionPool::send(const HttpRequest& request)
{
    auto* reply = new HttpPoolReply(this, request);
    if (!request.isWellFormed()) {
        // Nothing is sent; finished() on the next turn, as for every other outcome.
        QMetaObject::invokeMethod(
            reply, [reply] { reply->finish(QNetworkReply::ProtocolInvalidOperationError); }, Qt::QueuedConnection);
        return reply;
    }
    origin(request.url)->queue.emplace_back(reply);
    // On the next turn of the event loop: the caller connects to the reply first, and the
    // requests of one turn go out together.
    scheduleDispatch();
    return reply;
}

void HttpConnectionPool::scheduleDispatch()
{
    if (m_dispatchScheduled)
        return;
    m_dispatchScheduled = true;
    QMetaObject::invokeMethod(this, &HttpConnectionPool::dispatchAll, Qt::QueuedConnection);
}

void HttpConnectionPool::dispatchAll()
{
    m_dispatchScheduled = false;
    // Collected first: a reply finished from dispatch() may add origins.
    std::vector<Origin*> origins;
    origins.reserve(m_origins.size());
    for (const auto& [key, origin] : m_origins)
        origins.push_back(origin.get());
    for (Origin* origin : origins)
        dispatch(origin);
}

void HttpConnectionPool::dispatch(Origin* origin)
{
    while (!origin->queue.empty()) {
        QPointer<HttpPoolReply> reply = origin->queue.front();
        if (!reply || reply->isFinished()) {
            origin->queue.pop_front();
            continue;
        }
        HttpConnection* connection = idleConnection(origin);
        if (!connection) {
            if (origin->connections.size() >= maxConnectionsPerOrigin)
                return; // every connection is busy; the next finished request dispatches again
            const std::optional<QNetworkProxy> proxy = proxyFor(origin->url);
            if (!proxy) {
                origin->queue.pop_front();
                qCDebug(lcNetwork) << "the proxy for" << origin->url.scheme() << "cannot be used";
                reply->finish(QNetworkReply::ProxyNotFoundError); // may queue more: the loop reads the queue again
                continue;
            }
            connection = addConnection(origin, *proxy);
        }
        origin->queue.pop_front();
        if (!connection->isOpen())
            ++m_connectionsOpened;
        m_inFlight.insert(reply, connection);
        connection->send(reply);
    }
}

HttpConnection* HttpConnectionPool::idleConnection(const Origin* origin)
{
    for (HttpConnection* candidate : origin->connections) {
        if (!candidate->isBusy() && candidate->isOpen())
            return candidate;
    }
    // A closed idle one is opened again before a new one is added.
    const auto closed = std::find_if(origin->connections.cbegin(), origin->connections.cend(),
                                     [](HttpConnection* c) { return !c->isBusy() && !c->isOpen(); });
    return closed != origin->connections.cend() ? *closed : nullptr;
}

HttpConnection* HttpConnectionPool::addConnection(Origin* origin, const QNetworkProxy& proxy)
{
    auto* connection = new HttpConnection(origin->url, proxy, this);
    connect(connection, &HttpConnection::requestFinished, this, &HttpConnectionPool::onRequestFinished);
    connect(connection, &HttpConnection::closed, this, &HttpConnectionPool::removeConnection);
    origin->connections.append(connection);
    return connection;
}

void HttpConnectionPool::onRequestFinished(HttpConnection* connection, HttpPoolReply* reply,
                                           QNetworkReply::NetworkError error, bool mayResend)
{
    m_inFlight.remove(reply);
    if (!connection->isOpen())
        removeConnection(connection);
    Origin* requestOrigin = origin(reply->url());
    if (mayResend && reply->m_resends == 0) {
        // Sent on a connection the server had just dropped as idle: once more, first in line.
        qCDebug(lcNetwork) << "connection dropped by the server; sending again";
        ++reply->m_resends;
        requestOrigin->queue.emplace_front(reply);
        dispatch(requestOrigin);
        return;
    }
    // The freed connection goes to the next request in line before anything else happens.
    dispatch(requestOrigin);
    if (error == QNetworkReply::NoError && followRedirect(reply))
        return;
    reply->finish(error);
}

bool HttpConnectionPool::followRedirect(HttpPoolReply* reply)
{
    static constexpr int redirects[] = {301, 302, 303, 307, 308};
    if (!reply->request().followsRedirects())
        return false; // the 3xx is the answer (HttpRequest's redirect rule)
    if (std::find(std::begin(redirects), std::end(redirects), reply->m_status) == std::end(redirects))
        return false;
    const QByteArray location = reply->header("Location");
    if (location.isEmpty())
        return false; // nowhere to go: the 3xx is the answer
    const QUrl target = reply->url().resolved(QUrl::fromEncoded(location));
    if (!target.isValid() || originKey(target) != originKey(reply->url())) {
        // Another origin could be plain http or another server: never followed.
        qCDebug(lcNetwork) << "redirect to another origin refused";
        reply->finish(QNetworkReply::InsecureRedirectError);
        return true;
    }
    if (reply->m_redirects >= maxRedirects) {
        reply->finish(QNetworkReply::TooManyRedirectsError);
        return true;
    }
    ++reply->m_redirects;
    reply->m_request.url = target;
    reply->m_status = 0;
    reply->m_headers.clear();
    reply->m_body.clear();
    Origin* requestOrigin = origin(target);
    requestOrigin->queue.emplace_back(reply);
    dispatch(requestOrigin);
    return true;
}

void HttpConnectionPool::removeConnection(HttpConnection* connection)
{
    for (const auto& [key, origin] : m_origins) {
        if (origin->connections.removeOne(connection)) {
            connection->disconnect(this);
            connection->deleteLater(); // possibly inside its own signal
            return;
        }
    }
}

void HttpConnectionPool::forget(HttpPoolReply* reply)
{
    if (HttpConnection* connection = m_inFlight.take(reply)) {
        connection->abandon(); // the rest of its answer would arrive on it
        removeConnection(connection);
        scheduleDispatch();    // its place is free for a waiting request
        return;
    }
    for (const auto& [key, origin] : m_origins) {
        auto& queue = origin->queue;
        queue.erase(std::remove(queue.begin(), queue.end(), reply), queue.end());
    }
}
