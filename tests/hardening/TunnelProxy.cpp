#include "TunnelProxy.h"

#include "LoopbackServerThread.h"

#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpSocket>

struct TunnelProxy::Private {
    mutable QMutex mutex;
    QList<QByteArray> lines;
    int connections = 0;
    quint16 upstream = 0;
    LoopbackServerThread thread{QStringLiteral("TunnelProxy")};

    void onConnection(QTcpSocket* client);
};

TunnelProxy::TunnelProxy()
    : d(std::make_unique<Private>())
{
}

TunnelProxy::~TunnelProxy() = default;

bool TunnelProxy::start()
{
    Private* p = d.get();
    return d->thread.start([p](QTcpSocket* client) { p->onConnection(client); });
}

void TunnelProxy::Private::onConnection(QTcpSocket* client)
{
    {
        QMutexLocker lock(&mutex);
        ++connections;
    }
    auto head = std::make_shared<QByteArray>();
    auto tunnel = std::make_shared<QPointer<QTcpSocket>>();
    QObject::connect(client, &QTcpSocket::disconnected, client, [client, tunnel] {
        if (*tunnel)
            (*tunnel)->disconnectFromHost();
        client->deleteLater();
    });
    QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, head, tunnel] {
        if (*tunnel) { // tunnelling: pass everything on
            (*tunnel)->write(client->readAll());
            return;
        }
        *head += client->readAll();
        const qsizetype end = head->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray line = head->left(head->indexOf("\r\n"));
        const QByteArray rest = head->mid(end + 4);
        quint16 upstreamPort = 0;
        {
            QMutexLocker lock(&mutex);
            lines << line;
            upstreamPort = upstream;
        }
        if (!line.startsWith("CONNECT ")) {
            client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        if (upstreamPort == 0) {
            client->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        auto* server = new QTcpSocket(client);
        *tunnel = server;
        QObject::connect(server, &QTcpSocket::connected, client, [client, server, rest] {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            if (!rest.isEmpty())
                server->write(rest);
        });
        QObject::connect(server, &QTcpSocket::readyRead, client, [client, server] { client->write(server->readAll()); });
        QObject::connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        QObject::connect(server, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError) {
            client->disconnectFromHost();
        });
        server->connectToHost(QHostAddress::LocalHost, upstreamPort);
    });
}

quint16 TunnelProxy::port() const
{
    return d->thread.port();
}

QString TunnelProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void TunnelProxy::setUpstreamPort(quint16 port)
{
    QMutexLocker lock(&d->mutex);
    d->upstream = port;
}

QList<QByteArray> TunnelProxy::requestLines() const
{
    QMutexLocker lock(&d->mutex);
    return d->lines;
}

int TunnelProxy::connectionCount() const
{
    QMutexLocker lock(&d->mutex);
    return d->connections;
}
