#include "TunnelProxy.h"

#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

struct TunnelProxy::Private {
    mutable QMutex mutex;
    QList<QByteArray> lines;
    int connections = 0;
    quint16 upstream = 0;
    quint16 port = 0;
    QThread* thread = nullptr;
    QObject* worker = nullptr;

    void onConnection(QTcpSocket* client);
};

TunnelProxy::TunnelProxy()
    : d(std::make_unique<Private>())
{
}

TunnelProxy::~TunnelProxy()
{
    if (!d->thread)
        return;
    QObject* worker = d->worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            const auto sockets = worker->findChildren<QTcpSocket*>();
            for (QTcpSocket* socket : sockets)
                socket->abort();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    d->thread->quit();
    d->thread->wait();
    delete d->thread;
}

bool TunnelProxy::start()
{
    if (d->thread)
        return false;
    d->thread = new QThread;
    d->thread->setObjectName(QStringLiteral("TunnelProxy"));
    d->worker = new QObject;
    d->worker->moveToThread(d->thread);
    d->thread->start();
    bool listening = false;
    Private* p = d.get();
    QMetaObject::invokeMethod(
        d->worker,
        [p, &listening] {
            auto* server = new QTcpServer(p->worker);
            QObject::connect(server, &QTcpServer::newConnection, server, [p, server] {
                while (QTcpSocket* client = server->nextPendingConnection()) {
                    client->setParent(p->worker);
                    p->onConnection(client);
                }
            });
            listening = server->listen(QHostAddress::LocalHost, 0);
            p->port = server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return listening;
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
    return d->port;
}

QString TunnelProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(d->port);
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
