#include "CachingProxyFactory.h"

#include "http/EnvironmentProxyFactory.h"

#include <QUrl>

QList<QNetworkProxy> CachingProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    const QUrl url = query.url();
    const QString key = QString::number(int(query.queryType())) + QLatin1Char(' ') + url.scheme() + QLatin1String("://")
        + url.host() + QLatin1Char(':') + QString::number(url.port(query.peerPort()));
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd())
            return *it;
    }
    const QList<QNetworkProxy> proxies = EnvironmentProxyFactory::proxiesFor(query);
    QMutexLocker lock(&m_mutex);
    if (m_cache.size() >= maxEntries)
        m_cache.clear();
    m_cache.insert(key, proxies);
    return proxies;
}
