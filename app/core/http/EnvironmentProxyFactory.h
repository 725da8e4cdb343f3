#pragma once

#include <QList>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QString>

#include <functional>
#include <optional>

/// Chooses the proxy of a request the way curl, wget, Python and Go read the environment,
/// and the desktop's settings otherwise:
///
/// - https URLs use https_proxy (or HTTPS_PROXY), http URLs http_proxy (or HTTP_PROXY); both
///   fall back to all_proxy (ALL_PROXY). The lowercase name wins. A value without a scheme is
///   an HTTP proxy ("proxy:3128"); socks5:// and socks5h:// are SOCKS 5. A scheme Qt cannot
///   speak (https:// to the proxy, socks4://) fails the request rather than going direct.
/// - no_proxy (NO_PROXY) lists exceptions, comma- or space-separated: "*" (everything), host
///   names that also match their subdomains ("example.com" and ".example.com" both match
///   "graph.example.com"), IP addresses and CIDR ranges ("10.0.0.0/8", "::1"), each
///   optionally with ":port".
/// - Loopback hosts (localhost, 127.0.0.0/8, ::1) never go through a proxy: LongLived allows
///   plain http:// only to loopback addresses, and a proxy elsewhere would carry the App
///   Secret in clear; a proxy would take "localhost" for itself.
/// - When none of the variables is set, Qt's system configuration decides (on Linux libproxy:
///   GNOME/KDE settings, PAC). Qt's own reading of the environment through libproxy 0.4
///   ignores a proxy given without scheme (the request then silently goes direct),
///   all_proxy, "no_proxy=*" and subdomains of an entry without a leading dot; hence this class.
///
/// Thread-safe and cheap (a few environment lookups per query).
class EnvironmentProxyFactory : public QNetworkProxyFactory
{
public:
    /// Reads a variable; empty when unset. The default reads the process environment.
    using Environment = std::function<QString(const char* name)>;

    explicit EnvironmentProxyFactory(Environment environment = {});

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override;

    /// The proxy for \a query under \a environment, or nullopt when the environment sets none
    /// of the proxy variables (the system's configuration then applies).
    static std::optional<QList<QNetworkProxy>> fromEnvironment(const QNetworkProxyQuery& query,
                                                               const Environment& environment);
    /// The environment's answer, or else the system's: what every LongLived request uses.
    static QList<QNetworkProxy> proxiesFor(const QNetworkProxyQuery& query, const Environment& environment = {});

    /// Whether \a host (and \a port) match an entry of the no_proxy list \a noProxy.
    static bool isExcluded(const QString& host, int port, const QString& noProxy);
    /// A proxy variable's value as a proxy; a proxy of an unusable kind (it fails every
    /// request) when the value cannot be used.
    static QNetworkProxy parseProxy(const QString& value);

private:
    Environment m_environment;
};
