#include "TokenService.h"

#include "GraphCall.h"
#include "TokenJob.h"

#include "QueryString.h"

TokenService::TokenService(QNetworkAccessManager* network, const ServiceConfig& config, Clock clock,
                           QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
    , m_clock(std::move(clock))
{
}

QUrl TokenService::graphUrl(Platform platform, const QString& path, bool versioned) const
{
    QUrl url = m_config.baseUrl(platform);
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (versioned && !m_config.apiVersion.isEmpty())
        base += QLatin1Char('/') + m_config.apiVersion;
    url.setPath(base + QLatin1Char('/') + path);
    return url;
}

QUrl TokenService::exchangeUrl(const TokenRequest& request) const
{
    QueryString::Items query;
    QUrl url;
    switch (request.platform) {
    case Platform::Facebook:
        url = graphUrl(Platform::Facebook, QStringLiteral("oauth/access_token"), true);
        query.append({QStringLiteral("grant_type"), QStringLiteral("fb_exchange_token")});
        query.append({QStringLiteral("client_id"), request.appId});
        query.append({QStringLiteral("client_secret"), request.appSecret});
        query.append({QStringLiteral("fb_exchange_token"), request.token});
        break;
    case Platform::Threads:
        url = graphUrl(Platform::Threads, QStringLiteral("access_token"), false);
        query.append({QStringLiteral("grant_type"), QStringLiteral("th_exchange_token")});
        query.append({QStringLiteral("client_secret"), request.appSecret});
        query.append({QStringLiteral("access_token"), request.token});
        break;
    case Platform::Instagram:
        url = graphUrl(Platform::Instagram, QStringLiteral("access_token"), false);
        query.append({QStringLiteral("grant_type"), QStringLiteral("ig_exchange_token")});
        query.append({QStringLiteral("client_secret"), request.appSecret});
        query.append({QStringLiteral("access_token"), request.token});
        break;
    }
    QueryString::apply(url, query);
    return url;
}

TokenJob* TokenService::exchange(const TokenRequest& request)
{
    auto* call = new GraphCall(m_network, exchangeUrl(request), m_config, m_clock);
    auto* job = new TokenJob(call, request.platform, this);
    call->start();
    return job;
}
