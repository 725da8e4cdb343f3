#pragma once

// StreamingServer — answers every HTTP request on 127.0.0.1 with a huge 200 response that
// it generates as it goes (never holding it in memory), in its own thread. It writes only
// as fast as the client reads (at most ~256 KiB waiting in its own buffer), so bytesSent()
// tells how much the client actually took before it hung up.

#include <QUrl>

#include <memory>

class StreamingServer
{
public:
    /// A JSON token response of \a totalBytes: {"access_token":"EAAxxxx…"}.
    explicit StreamingServer(qint64 totalBytes);
    ~StreamingServer();
    StreamingServer(const StreamingServer&) = delete;
    StreamingServer& operator=(const StreamingServer&) = delete;

    bool start();
    QUrl baseUrl() const;
    qint64 bytesSent() const; ///< body bytes handed to the kernel, all connections
    int requestCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
