#include "LoopbackServerThread.h"

#include <QAtomicInteger>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

struct LoopbackServerThread::Private {
    QString name;
    QThread* thread = nullptr;
    QObject* worker = nullptr;
    QAtomicInteger<quint16> port = 0;
};

LoopbackServerThread::LoopbackServerThread(const QString& name)
    : d(std::make_unique<Private>())
{
    d->name = name;
}

LoopbackServerThread::~LoopbackServerThread()
{
    stop();
}

bool LoopbackServerThread::start(const ConnectionHandler& onConnection, quint16 port, const ServerFactory& makeServer)
{
    if (d->thread)
        return false;
    d->thread = new QThread;
    d->thread->setObjectName(d->name);
    d->worker = new QObject;
    d->worker->moveToThread(d->thread);
    d->thread->start();

    quint16 boundPort = 0;
    QObject* worker = d->worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, port, &onConnection, &makeServer, &boundPort] {
            QTcpServer* server = makeServer ? makeServer(worker) : new QTcpServer(worker);
            // pendingConnectionAvailable, not newConnection: a QSslServer queues a connection
            // only once its handshake is done.
            QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server, [worker, server, onConnection] {
                while (QTcpSocket* socket = server->nextPendingConnection()) {
                    socket->setParent(worker);
                    onConnection(socket);
                }
            });
            if (server->listen(QHostAddress::LocalHost, port))
                boundPort = server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (boundPort == 0) {
        stop();
        return false;
    }
    d->port = boundPort;
    return true;
}

void LoopbackServerThread::stop()
{
    if (!d->thread)
        return;
    QObject* worker = d->worker;
    // Deleting the worker in its own thread closes the server and every socket (its children).
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            const auto sockets = worker->findChildren<QTcpSocket*>();
            for (QTcpSocket* socket : sockets)
                socket->abort();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    d->worker = nullptr;
    d->thread->quit();
    d->thread->wait();
    delete d->thread;
    d->thread = nullptr;
    d->port = 0;
}

bool LoopbackServerThread::isRunning() const
{
    return d->port.loadRelaxed() != 0;
}

quint16 LoopbackServerThread::port() const
{
    return d->port.loadRelaxed();
}

QObject* LoopbackServerThread::worker() const
{
    return d->worker;
}
