#include "StreamingServer.h"

#include "LoopbackServerThread.h"

#include <QMutex>
#include <QMutexLocker>
#include <QTcpSocket>

namespace {
constexpr qint64 chunkBytes = 64 * 1024;
constexpr qint64 maxQueuedBytes = 4 * chunkBytes;
} // namespace

struct StreamingServer::Private {
    qint64 total = 0;
    mutable QMutex mutex;
    qint64 sent = 0;
    int requests = 0;
    LoopbackServerThread thread{QStringLiteral("StreamingServer")};

    void serve(QTcpSocket* socket);
};

StreamingServer::StreamingServer(qint64 totalBytes)
    : d(std::make_unique<Private>())
{
    d->total = totalBytes;
}

StreamingServer::~StreamingServer() = default;

bool StreamingServer::start()
{
    Private* p = d.get();
    return d->thread.start([p](QTcpSocket* socket) { p->serve(socket); });
}

void StreamingServer::Private::serve(QTcpSocket* socket)
{
    auto head = std::make_shared<QByteArray>();
    auto position = std::make_shared<qint64>(-1); // -1: still reading the request
    const auto pump = [this, socket, position] {
        const QByteArray prefix = "{\"access_token\":\"EAA";
        while (*position >= 0 && *position < total && socket->bytesToWrite() < maxQueuedBytes) {
            QByteArray chunk;
            if (*position == 0)
                chunk = prefix;
            const qint64 left = total - *position - chunk.size();
            const qint64 fill = qMin(chunkBytes, left - 2);
            if (fill > 0)
                chunk += QByteArray(fill, 'x');
            if (total - *position - chunk.size() <= 2)
                chunk += "\"}";
            socket->write(chunk);
            *position += chunk.size();
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket, pump](qint64 written) {
        {
            QMutexLocker lock(&mutex);
            sent += written;
        }
        pump();
        Q_UNUSED(socket)
    });
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head, position, pump] {
        *head += socket->readAll();
        if (*position >= 0 || !head->contains("\r\n\r\n"))
            return;
        {
            QMutexLocker lock(&mutex);
            ++requests;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: "
                      + QByteArray::number(total) + "\r\nConnection: close\r\n\r\n");
        *position = 0;
        pump();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

QUrl StreamingServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->thread.port());
    return url;
}

qint64 StreamingServer::bytesSent() const
{
    QMutexLocker lock(&d->mutex);
    return d->sent;
}

int StreamingServer::requestCount() const
{
    QMutexLocker lock(&d->mutex);
    return d->requests;
}
