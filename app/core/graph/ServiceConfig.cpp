#include "graph/ServiceConfig.h"

#include <QHostAddress>

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
    // A literal only: a name, even "localhost", goes where the hosts file, a DNS server or a
    // proxy sends it, and plain http would carry the App Secret there in clear.
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ServiceConfig::isAllowedBaseUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackAddress(url.host());
}
