#include "graph/ServiceConfig.h"

#include "http/LoopbackHost.h"
#include "http/TransportJob.h"

namespace {
void overrideFromEnvironment(QUrl& url, const char* variable)
{
    const QString value = qEnvironmentVariable(variable).trimmed();
    if (!value.isEmpty())
        url = QUrl(value, QUrl::StrictMode);
}
} // namespace

ServiceConfig ServiceConfig::fromEnvironment()
{
    ServiceConfig config;
    overrideFromEnvironment(config.facebookBaseUrl, "LONGLIVED_GRAPH_URL");
    overrideFromEnvironment(config.threadsBaseUrl, "LONGLIVED_THREADS_URL");
    overrideFromEnvironment(config.instagramBaseUrl, "LONGLIVED_INSTAGRAM_URL");
    return config;
}

QUrl ServiceConfig::baseUrl(Platform platform) const
{
    switch (platform) {
    case Platform::Facebook:
        return facebookBaseUrl;
    case Platform::Threads:
        return threadsBaseUrl;
    case Platform::Instagram:
        return instagramBaseUrl;
    }
    return {};
}

bool ServiceConfig::isLoopbackAddress(const QString& host)
{
    return LoopbackHost::isAddress(host);
}

bool ServiceConfig::isAllowedBaseUrl(const QUrl& url)
{
    return TransportJob::isAllowedUrl(url);
}
