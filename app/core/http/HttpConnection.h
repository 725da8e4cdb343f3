#pragma once

#include "http/HttpResponseParser.h"

#include <QNetworkProxy>
#include <QAbstractSocket>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class HttpPoolReply;
class QTcpSocket;

/// One keep-alive HTTP/1.1 connection of an HttpConnectionPool, to one origin, carrying one
/// request at a time (no pipelining). https goes through QSslSocket with Qt's default TLS
/// configuration: a certificate error ends the handshake, and nothing is written before the
/// connection is encrypted. Reads are buffered (the whole answer usually arrives in one read).
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    /// \a origin: scheme, host and port of every request it will carry. \a proxy: NoProxy, an
    /// HttpProxy (a CONNECT tunnel) or a Socks5Proxy.
    HttpConnection(const QUrl& origin, const QNetworkProxy& proxy, QObject* parent = nullptr);
    ~HttpConnection() override;

    /// Sends \a reply's request: connects first if needed. One at a time.
    void send(HttpPoolReply* reply);
    /// Drops the request in flight and closes the connection (the rest of its answer would
    /// arrive on it); requestFinished() is not emitted.
    void abandon();

    bool isBusy() const { return !m_reply.isNull(); }
    bool isOpen() const;
    /// Answers completed on this connection (more than 0: it was reused, so a close before
    /// any byte of the next answer is the server dropping an idle connection, not a failure).
    int answersCompleted() const { return m_answers; }

signals:
    /// The request ended. NoError: the answer is in the reply (status, headers, body);
    /// \a mayResend: the connection was found closed before any byte of an answer came back,
    /// so the request may go again on a fresh connection.
    void requestFinished(HttpConnection* connection, HttpPoolReply* reply, QNetworkReply::NetworkError error,
                         bool mayResend);
    /// The connection closed or broke while idle: the pool forgets it.
    void closed(HttpConnection* connection);

private:
    void connectSocket();
    /// Connected (and, for https, encrypted): the request may go.
    void onReady();
    void writeRequest();
    /// The request target of \a url: its path and query, as sent.
    static QByteArray requestTarget(const QUrl& url);
    /// The Host header's value for \a url (port only when not the scheme's default).
    QByteArray hostHeader(const QUrl& url) const;
    void onReadyRead();
    /// Feeds \a data to the answer in progress; true when that ended the request.
    bool consume(const QByteArray& data);
    void onSocketError();
    void onIdleTimeout();
    void finishRequest(QNetworkReply::NetworkError error, bool mayResend = false);
    void closeSocket();
    static QNetworkReply::NetworkError networkError(QAbstractSocket::SocketError error);

    QUrl m_origin;
    QNetworkProxy m_proxy;
    bool m_encrypted;
    std::unique_ptr<QTcpSocket> m_socket;
    bool m_ready = false; ///< connected (and encrypted for https): requests may be written
    QPointer<HttpPoolReply> m_reply;
    std::optional<HttpResponseParser> m_parser;
    QTimer m_idleTimer;
    int m_answers = 0;
};
