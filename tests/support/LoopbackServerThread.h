#pragma once

// LoopbackServerThread — the thread every loopback test server runs in. A worker object living
// in its own QThread owns the listening server and every accepted socket, so a test whose own
// thread blocks (in qWaitFor, a nested event loop or waiting for a child process) never delays
// the server's answers. The servers (GraphTestServer, StreamingServer, TunnelProxy,
// TlsTestServer) differ only in what they do with a connection; the start and stop live here.

#include <QString>

#include <functional>
#include <memory>

class QObject;
class QTcpServer;
class QTcpSocket;

class LoopbackServerThread
{
public:
    /// Called in the server thread for each accepted connection; the socket is a child of the
    /// worker, so stop() closes it.
    using ConnectionHandler = std::function<void(QTcpSocket*)>;
    /// Makes the listening server (a QTcpServer, or a configured QSslServer) as a child of
    /// \a worker, in the server thread. Empty: a plain QTcpServer.
    using ServerFactory = std::function<QTcpServer*(QObject* worker)>;

    /// \a name names the thread (seen in a debugger or a sanitizer's report).
    explicit LoopbackServerThread(const QString& name);
    ~LoopbackServerThread(); ///< stops
    LoopbackServerThread(const LoopbackServerThread&) = delete;
    LoopbackServerThread& operator=(const LoopbackServerThread&) = delete;

    /// Listens on 127.0.0.1:\a port (0: any free port). False if already running or the port
    /// could not be bound; then nothing is left running.
    bool start(const ConnectionHandler& onConnection, quint16 port = 0, const ServerFactory& makeServer = {});
    /// Aborts every connection, closes the server and ends the thread; waits for all of it.
    void stop();

    bool isRunning() const;
    quint16 port() const; ///< 0 when not running

    /// The object living in the server thread: the context for timers and queued calls there.
    QObject* worker() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
