#pragma once

#include <QHash>
#include <QMutex>
#include <QNetworkProxyFactory>

/// LongLived's proxy policy (EnvironmentProxyFactory: https_proxy / no_proxy as curl reads
/// them, else the desktop's configuration through libproxy; loopback never proxied), asked
/// once per scheme, host and port instead of once per request. With libproxy every query is a
/// round trip to its worker thread (and possibly a PAC evaluation); a batch talks to at most
/// three hosts, so it needs three answers, not a million.
class CachingProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override;

private:
    static constexpr int maxEntries = 64; ///< a bound, should something ask for many hosts

    QMutex m_mutex;
    QHash<QString, QList<QNetworkProxy>> m_cache;
};
