#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

#include <functional>

/// The one place where a proxy decision is remembered. LongLived's proxy policy (by default
/// EnvironmentProxyFactory's: https_proxy / no_proxy as curl reads them, else the desktop's
/// configuration through libproxy; loopback never proxied) is asked once per scheme, host and
/// port instead of once per request: with libproxy every query is a round trip to its worker
/// thread (and possibly a PAC evaluation), and a batch talks to at most three hosts, so it
/// needs three answers, not a million.
///
/// Where the program is wired, one instance goes to the QNetworkAccessManager
/// (setProxyFactory; NetworkManagerTransport asks it through the manager) and the same one to
/// the HttpConnectionPool, which asks it whenever it opens a connection: both transports share
/// one answer per origin, and neither keeps a copy of its own.
///
/// The policy sees the origin only (scheme, host, port): a request's path and query, which
/// may hold an App Secret or a token, never reach a PAC script, and the answer serves every
/// request to that origin anyway. Thread-safe (Qt's HTTP thread asks it too).
class CachingProxyFactory : public QNetworkProxyFactory {
public:
    /// The decision being remembered, for one query.
    using Policy = std::function<QList<QNetworkProxy>(const QNetworkProxyQuery& query)>;

    /// \a policy empty: EnvironmentProxyFactory::proxiesFor with the process environment.
    explicit CachingProxyFactory(Policy policy = {});

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override;

private:
    static constexpr int maxEntries = 64; ///< a bound, should something ask for many hosts

    /// \a query with a URL reduced to its origin; other kinds of query as they are.
    static QNetworkProxyQuery originQuery(const QNetworkProxyQuery& query);
    static QString cacheKey(const QNetworkProxyQuery& query);

    Policy m_policy;
    QMutex m_mutex;
    QHash<QString, QList<QNetworkProxy>> m_cache;
};
