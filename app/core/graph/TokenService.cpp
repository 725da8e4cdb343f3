#include "graph/TokenService.h"

#include "graph/AppSecretProof.h"
#include "graph/InspectJob.h"
#include "graph/PagesJob.h"
#include "graph/TokenJob.h"
#include "graph/VerifyJob.h"

#include "http/NetworkManagerTransport.h"
#include "http/QueryString.h"

TokenService::TokenService(QNetworkAccessManager* network, const ServiceConfig& config, Clock clock, QObject* parent)
    : QObject(parent)
    , m_networkTransport(std::make_unique<NetworkManagerTransport>(network))
    , m_transport(m_networkTransport.get())
    , m_config(config)
    , m_clock(std::move(clock))
{
}

TokenService::~TokenService() = default;

void TokenService::setTransport(HttpTransport* transport)
{
    m_transport = transport ? transport : m_networkTransport.get();
}

HttpTransport* TokenService::networkTransport() const
{
    return m_networkTransport.get();
}

QUrl TokenService::graphUrl(Platform platform, const QString& path, bool versioned,
                           const QString& versionOverride) const
{
    QUrl url = m_config.baseUrl(platform);
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString version = versionOverride.isEmpty() ? m_config.apiVersion : versionOverride;
    if (versioned && !version.isEmpty())
        base += QLatin1Char('/') + version;
    url.setPath(base + QLatin1Char('/') + path);
    return url;
}

QUrl TokenService::exchangeUrl(const TokenRequest& request) const
{
    QueryString::Items query;
    QUrl url;
    switch (request.platform) {
    case Platform::Facebook:
        url = graphUrl(Platform::Facebook, QStringLiteral("oauth/access_token"), true, request.apiVersion);
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
    auto* job = new TokenJob(m_transport, m_config, m_clock, request.platform, this);
    if (!request.appId.isEmpty() && !request.appSecret.isEmpty() && Platforms::supportsInspect(request.platform)) {
        // A response without expires_in gets its expiry from debug_token, never a guess.
        // Same API version as the exchange it follows.
        job->setExpiryLookup([this, platform = request.platform, appId = request.appId, appSecret = request.appSecret,
                              version = request.apiVersion](const QString& token) {
            return inspectUrl(platform, token, appId, appSecret, version);
        });
    }
    job->start(exchangeUrl(request));
    return job;
}

QUrl TokenService::refreshUrl(Platform platform, const QString& longLivedToken) const
{
    QueryString::Items query;
    QUrl url;
    switch (platform) {
    case Platform::Facebook:
        return {};
    case Platform::Threads:
        url = graphUrl(Platform::Threads, QStringLiteral("refresh_access_token"), false);
        query.append({QStringLiteral("grant_type"), QStringLiteral("th_refresh_token")});
        break;
    case Platform::Instagram:
        url = graphUrl(Platform::Instagram, QStringLiteral("refresh_access_token"), false);
        query.append({QStringLiteral("grant_type"), QStringLiteral("ig_refresh_token")});
        break;
    }
    query.append({QStringLiteral("access_token"), longLivedToken});
    QueryString::apply(url, query);
    return url;
}

TokenJob* TokenService::refresh(Platform platform, const QString& longLivedToken)
{
    const QUrl url = refreshUrl(platform, longLivedToken);
    auto* job = new TokenJob(m_transport, m_config, m_clock, platform, this);
    if (url.isEmpty()) {
        GraphError error(GraphError::Kind::Refused);
        error.userTitle = tr("Facebook user tokens cannot be refreshed; exchange a new short-lived token.");
        job->reject(error);
    } else {
        job->start(url);
    }
    return job;
}

QString TokenService::appAccessToken(Platform platform, const QString& appId, const QString& appSecret)
{
    const QString pair = appId + QLatin1Char('|') + appSecret;
    return platform == Platform::Threads ? QStringLiteral("TH|") + pair : pair;
}

QUrl TokenService::inspectUrl(Platform platform, const QString& token, const QString& appId,
                              const QString& appSecret, const QString& apiVersion) const
{
    if (!Platforms::supportsInspect(platform) || appId.isEmpty() || appSecret.isEmpty())
        return {};
    QUrl url = platform == Platform::Threads
        ? graphUrl(Platform::Threads, QLatin1String(threadsApiVersion) + QLatin1String("/debug_token"), false)
        : graphUrl(Platform::Facebook, QStringLiteral("debug_token"), true, apiVersion);
    QueryString::apply(url, {{QStringLiteral("input_token"), token},
                             {QStringLiteral("access_token"), appAccessToken(platform, appId, appSecret)}});
    return url;
}

InspectJob* TokenService::inspect(Platform platform, const QString& token, const QString& appId,
                                  const QString& appSecret, const QString& apiVersion)
{
    auto* job = new InspectJob(m_transport, m_config, m_clock, platform, this);
    const QUrl url = inspectUrl(platform, token, appId, appSecret, apiVersion);
    if (!url.isEmpty()) {
        job->start(url);
        return job;
    }
    GraphError error(GraphError::Kind::Refused);
    if (!Platforms::supportsInspect(platform)) {
        error.userTitle = tr("%1 tokens cannot be inspected: Meta offers no debug_token for them. Use Verify to "
                             "check that the token works.")
                              .arg(Platforms::displayName(platform));
    } else {
        error.userTitle = tr("Inspecting a token needs the App ID and App Secret of the app it belongs to.");
    }
    job->reject(error);
    return job;
}

QUrl TokenService::pagesUrl(const QString& userToken, const QString& appSecret) const
{
    QUrl url = graphUrl(Platform::Facebook, QStringLiteral("me/accounts"), true);
    QueryString::Items query{{QStringLiteral("access_token"), userToken}};
    if (!appSecret.isEmpty())
        query.append({QStringLiteral("appsecret_proof"), AppSecretProof::compute(appSecret, userToken)});
    QueryString::apply(url, query);
    return url;
}

PagesJob* TokenService::pages(const QString& userToken, const QString& appSecret, TokenLifetime userTokenLifetime)
{
    auto* job = new PagesJob(m_transport, m_config, m_clock, userToken, appSecret, userTokenLifetime, this);
    job->start(pagesUrl(userToken, appSecret));
    return job;
}

QUrl TokenService::verifyUrl(Platform platform, const QString& token, const QString& appSecret) const
{
    QUrl url;
    QString fields;
    switch (platform) {
    case Platform::Facebook:
        url = graphUrl(Platform::Facebook, QStringLiteral("me"), true);
        fields = QStringLiteral("id,name");
        break;
    case Platform::Threads:
        url = graphUrl(Platform::Threads, QLatin1String(threadsApiVersion) + QLatin1String("/me"), false);
        fields = QStringLiteral("id,username");
        break;
    case Platform::Instagram:
        url = graphUrl(Platform::Instagram, QStringLiteral("me"), false);
        fields = QStringLiteral("user_id,username");
        break;
    }
    QueryString::Items query{{QStringLiteral("fields"), fields}, {QStringLiteral("access_token"), token}};
    if (!appSecret.isEmpty())
        query.append({QStringLiteral("appsecret_proof"), AppSecretProof::compute(appSecret, token)});
    QueryString::apply(url, query);
    return url;
}

VerifyJob* TokenService::verify(Platform platform, const QString& token, const QString& appSecret)
{
    auto* job = new VerifyJob(m_transport, m_config, m_clock, platform, this);
    job->start(verifyUrl(platform, token, appSecret));
    return job;
}
