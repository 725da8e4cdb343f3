#pragma once

// TunnelProxy — a minimal HTTP proxy on 127.0.0.1 for tests, in its own thread (the test
// thread may block on a child process). It records each request line it gets ("CONNECT
// graph.facebook.com:443 HTTP/1.1", "GET http://… HTTP/1.1") and:
//  - answers CONNECT with 200 and tunnels the bytes to a fixed loopback upstream (whatever
//    host the client asked for: a test proxy never opens connections off this machine), or
//    with 403 when no upstream is set;
//  - answers anything else with 502.

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <memory>

class TunnelProxy
{
public:
    TunnelProxy();
    ~TunnelProxy();
    TunnelProxy(const TunnelProxy&) = delete;
    TunnelProxy& operator=(const TunnelProxy&) = delete;

    bool start();
    quint16 port() const;
    /// http://127.0.0.1:PORT, for https_proxy.
    QString url() const;

    /// Where CONNECT tunnels go: 127.0.0.1:\a port. 0 = refuse CONNECT with 403.
    void setUpstreamPort(quint16 port);

    QList<QByteArray> requestLines() const;
    int connectionCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
