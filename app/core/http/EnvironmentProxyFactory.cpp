#include "http/EnvironmentProxyFactory.h"

#include "http/LoopbackHost.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

QString processEnvironment(const char* name)
{
    return qEnvironmentVariable(name);
}

// The lowercase spelling first, as curl does.
QString variable(const EnvironmentProxyFactory::Environment& environment, const char* lower, const char* upper)
{
    const QString value = environment(lower).trimmed();
    return value.isEmpty() ? environment(upper).trimmed() : value;
}

// A proxy Qt refuses to use (no host): the request fails with a proxy error instead of
// quietly leaving without the proxy the user asked for.
QNetworkProxy unusableProxy()
{
    return QNetworkProxy(QNetworkProxy::HttpProxy, QString(), 0);
}

// Never sent to a proxy: a loopback address, or the name localhost (whatever it resolves to, a
// proxy would resolve it to itself).
bool isLoopback(const QString& normalized)
{
    return normalized == QLatin1String("localhost") || LoopbackHost::isAddress(normalized);
}

QString normalizedHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

// CIDR: "10.0.0.0/8", "fd00::/8".
bool inSubnet(const QHostAddress& hostAddress, const QString& entry)
{
    const auto subnet = QHostAddress::parseSubnet(entry);
    return !hostAddress.isNull() && subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol
        && hostAddress.isInSubnet(subnet);
}

// Takes an optional ":port" off \a entry ("host:8443", "[::1]:8443"; a bare IPv6 address has
// colons too) and returns it, or -1.
int takePort(QString& entry)
{
    int entryPort = -1;
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close > 0 && entry.mid(close + 1).startsWith(QLatin1Char(':')))
            entryPort = entry.mid(close + 2).toInt();
        entry = entry.left(close + 1);
    } else if (entry.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        entryPort = entry.mid(colon + 1).toInt();
        entry = entry.left(colon);
    }
    return entryPort;
}

// A domain: the host itself or any subdomain; "*.example.com" and ".example.com" alike.
bool inDomain(const QString& host, QString domain)
{
    if (domain.startsWith(QLatin1String("*.")))
        domain = domain.mid(2);
    while (domain.startsWith(QLatin1Char('.')))
        domain = domain.mid(1);
    return !domain.isEmpty() && (host == domain || host.endsWith(QLatin1Char('.') + domain));
}

// Whether one no_proxy entry (trimmed, lowercase) covers the normalized host and port.
bool excludes(QString entry, const QString& host, const QHostAddress& hostAddress, int port)
{
    if (entry == QLatin1String("*"))
        return true;
    if (entry.contains(QLatin1Char('/')))
        return inSubnet(hostAddress, entry);
    const int entryPort = takePort(entry);
    if (entryPort > 0 && entryPort != port)
        return false;
    entry = normalizedHost(entry);
    const QHostAddress entryAddress(entry);
    if (entryAddress.isNull())
        return inDomain(host, entry);
    return !hostAddress.isNull() && hostAddress.isEqual(entryAddress, QHostAddress::TolerantConversion);
}

} // namespace

EnvironmentProxyFactory::EnvironmentProxyFactory(Environment environment)
    : m_environment(environment ? std::move(environment) : Environment(processEnvironment))
{
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    return proxiesFor(query, m_environment);
}

QList<QNetworkProxy> EnvironmentProxyFactory::proxiesFor(const QNetworkProxyQuery& query,
                                                          const Environment& environment)
{
    const Environment env = environment ? environment : Environment(processEnvironment);
    if (auto proxies = fromEnvironment(query, env))
        return *proxies;
    // Loopback never goes through a proxy, whatever the desktop's settings say; and libproxy
    // (a worker thread, possibly a PAC script) is not even asked about it.
    if (query.queryType() == QNetworkProxyQuery::UrlRequest
        && isLoopback(normalizedHost(query.url().host())))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return systemProxyForQuery(query);
}

std::optional<QList<QNetworkProxy>> EnvironmentProxyFactory::fromEnvironment(const QNetworkProxyQuery& query,
                                                                             const Environment& environment)
{
    const QString https = variable(environment, "https_proxy", "HTTPS_PROXY");
    const QString http = variable(environment, "http_proxy", "HTTP_PROXY");
    const QString all = variable(environment, "all_proxy", "ALL_PROXY");
    const QString noProxy = variable(environment, "no_proxy", "NO_PROXY");
    if (https.isEmpty() && http.isEmpty() && all.isEmpty() && noProxy.isEmpty())
        return std::nullopt;

    const QList<QNetworkProxy> direct{QNetworkProxy(QNetworkProxy::NoProxy)};
    // Only requests name a URL; a listening socket or a raw TCP connection goes direct.
    if (query.queryType() != QNetworkProxyQuery::UrlRequest)
        return direct;
    const QUrl url = query.url();
    const QString host = normalizedHost(url.host());
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    if (host.isEmpty() || isLoopback(host) || isExcluded(host, port, noProxy))
        return direct;

    QString value = scheme == QLatin1String("https") ? https : scheme == QLatin1String("http") ? http : QString();
    if (value.isEmpty())
        value = all;
    if (value.isEmpty())
        return direct;
    return QList<QNetworkProxy>{parseProxy(value)};
}

bool EnvironmentProxyFactory::isExcluded(const QString& rawHost, int port, const QString& noProxy)
{
    const QString host = normalizedHost(rawHost);
    const QHostAddress hostAddress(host);
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList entries = noProxy.split(separators, Qt::SkipEmptyParts);
    return std::any_of(entries.cbegin(), entries.cend(), [&](const QString& entry) {
        return excludes(entry.trimmed().toLower(), host, hostAddress, port);
    });
}

QNetworkProxy EnvironmentProxyFactory::parseProxy(const QString& rawValue)
{
    QString value = rawValue.trimmed();
    if (!value.contains(QLatin1String("://")))
        value.prepend(QLatin1String("http://"));
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return unusableProxy();
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type;
    if (scheme == QLatin1String("http")) {
        type = QNetworkProxy::HttpProxy;
    } else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        type = QNetworkProxy::Socks5Proxy;
    } else {
        return unusableProxy();
    }
    // Without a port, curl's default: 1080, whatever the kind.
    return QNetworkProxy(type, url.host(), static_cast<quint16>(url.port(1080)),
                         url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
}
