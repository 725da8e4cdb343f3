#include "http/CachingProxyFactory.h"

#include "http/EnvironmentProxyFactory.h"

#include <QUrl>

CachingProxyFactory::CachingProxyFactory(Policy policy)
    : m_policy(policy ? std::move(policy) : Policy([](const QNetworkProxyQuery& query) {
        return EnvironmentProxyFactory::proxiesFor(query);
    }))
{
}

QNetworkProxyQuery CachingProxyFactory::originQuery(const QNetworkProxyQuery& query)
{
    if (query.queryType() != QNetworkProxyQuery::UrlRequest)
        return query;
    const QUrl url = query.url();
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    origin.setPort(url.port());
    QNetworkProxyQuery reduced(query);
    reduced.setUrl(origin);
    return reduced;
}

QString CachingProxyFactory::cacheKey(const QNetworkProxyQuery& query)
{
    const QString type = QString::number(int(query.queryType())) + QLatin1Char(' ');
    if (query.queryType() != QNetworkProxyQuery::UrlRequest)
        return type + query.protocolTag() + QLatin1Char(' ') + query.peerHostName().toLower() + QLatin1Char(':')
            + QString::number(query.peerPort());
    // One entry per origin, however the port is spelled ("https://host" and "https://host:443").
    const QUrl url = query.url();
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    return type + scheme + QLatin1String("://") + url.host(QUrl::FullyEncoded).toLower() + QLatin1Char(':')
        + QString::number(url.port(defaultPort));
}

QList<QNetworkProxy> CachingProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    const QNetworkProxyQuery origin = originQuery(query);
    const QString key = cacheKey(origin);
    // Held while the policy answers, so that two threads asking at once (Qt's HTTP thread and
    // this one) still make one query per origin.
    QMutexLocker lock(&m_mutex);
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    const QList<QNetworkProxy> proxies = m_policy(origin);
    if (m_cache.size() >= maxEntries)
        m_cache.clear();
    m_cache.insert(key, proxies);
    return proxies;
}
