#include "http/HttpConnection.h"

#include "http/HttpPoolReply.h"
#include "http/TrustStore.h"
#include "support/LoggingCategories.h"

#include <QSslSocket>
#include <QTcpSocket>

HttpConnection::HttpConnection(const QUrl& origin, const QNetworkProxy& proxy, QObject* parent)
    : QObject(parent)
    , m_origin(origin)
    , m_proxy(proxy)
    , m_encrypted(origin.scheme() == QLatin1String("https"))
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setTimerType(Qt::PreciseTimer); // as QNetworkRequest's transfer timeout: never early
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::onIdleTimeout);
}

HttpConnection::~HttpConnection()
{
    closeSocket();
}

bool HttpConnection::isOpen() const
{
    return m_socket && m_socket->state() != QAbstractSocket::UnconnectedState;
}

void HttpConnection::send(HttpPoolReply* reply)
{
    Q_ASSERT(!m_reply);
    m_reply = reply;
    m_parser.emplace(reply->request().limits.maxResponseBytes);
    m_idleTimer.start(reply->request().limits.idleTimeoutMs);
    if (!isOpen())
        connectSocket();
    else if (m_ready)
        writeRequest();
}

void HttpConnection::connectSocket()
{
    closeSocket();
    m_answers = 0;
    const QString host = m_origin.host();
    const quint16 port = quint16(m_origin.port(m_encrypted ? 443 : 80));
    if (m_encrypted) {
        TrustStore::ensureLoaded(); // before the socket copies Qt's default TLS configuration
        auto* socket = new QSslSocket;
        m_socket.reset(socket);
        // Qt's default TLS configuration, as QNetworkAccessManager uses it: the system's CAs,
        // the peer verified against the host name. Certificate errors are never ignored.
        connect(socket, &QSslSocket::encrypted, this, &HttpConnection::onReady);
        connect(socket, &QSslSocket::sslErrors, this, [](const QList<QSslError>& errors) {
            for (const QSslError& error : errors)
                qCDebug(lcNetwork) << "TLS certificate error" << error.error();
        });
        socket->setProxy(m_proxy);
        connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(socket, &QTcpSocket::errorOccurred, this, &HttpConnection::onSocketError);
        socket->connectToHostEncrypted(host, port);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, &HttpConnection::onReady);
        m_socket->setProxy(m_proxy);
        connect(m_socket.get(), &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &HttpConnection::onSocketError);
        m_socket->connectToHost(host, port);
    }
}

void HttpConnection::onReady()
{
    m_ready = true;
    // Small requests answered at once: do not let Nagle hold one back behind an unacknowledged one.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    writeRequest();
}

void HttpConnection::writeRequest()
{
    if (!m_reply || !m_socket)
        return;
    const HttpRequest& request = m_reply->request();
    QByteArray head = request.method + ' ' + requestTarget(request.url) + " HTTP/1.1\r\nHost: "
        + hostHeader(request.url)
        // The same headers as NetworkManagerTransport::makeRequest(); no Accept-Encoding, so answers come as they are.
        + "\r\nAccept: application/json\r\nUser-Agent: LongLived/" LONGLIVED_VERSION "\r\n";
    for (const auto& [name, value] : request.headers)
        head += name + ": " + value + "\r\n";
    if (request.sendsContentLength())
        head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    m_socket->write(head + "\r\n" + request.body);
}

QByteArray HttpConnection::requestTarget(const QUrl& url)
{
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    return target;
}

QByteArray HttpConnection::hostHeader(const QUrl& url) const
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    const int defaultPort = m_encrypted ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (!m_reply || !m_parser) {
        // Bytes nobody asked for on an idle connection: it cannot be trusted with a request.
        qCDebug(lcNetwork) << "unsolicited bytes on an idle connection; closing it";
        closeSocket();
        emit closed(this);
        return;
    }
    m_idleTimer.start();
    consume(data);
}

bool HttpConnection::consume(const QByteArray& data)
{
    const qsizetype used = m_parser->feed(data);
    if (m_parser->hasFailed()) {
        const bool tooLarge = m_parser->problem() == HttpResponseParser::Problem::TooLarge;
        m_reply->m_tooLarge = tooLarge;
        finishRequest(tooLarge ? QNetworkReply::UnknownContentError : QNetworkReply::ProtocolFailure);
        return true;
    }
    if (!m_parser->isComplete())
        return false;
    // Bytes after the answer belong to no request: the connection cannot be reused.
    if (!m_parser->keepAlive() || used != data.size())
        closeSocket();
    finishRequest(QNetworkReply::NoError);
    return true;
}

void HttpConnection::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError socketError = m_socket->error();
    const QByteArray rest = m_socket->readAll(); // the last bytes before a close
    closeSocket(); // over, whatever the request makes of it: the pool must not reuse it
    if (!m_reply || !m_parser) {
        emit closed(this);
        return;
    }
    if (!rest.isEmpty() && consume(rest))
        return;
    if (socketError != QAbstractSocket::RemoteHostClosedError) {
        qCDebug(lcNetwork) << "connection failed:" << socketError;
        finishRequest(networkError(socketError));
        return;
    }
    m_parser->closed();
    if (m_parser->isComplete()) { // a body delimited by the close
        finishRequest(QNetworkReply::NoError);
        return;
    }
    // Closed before any byte of an answer on a connection that had served others: the server
    // dropped it as idle while the request was on its way (RFC 9112 §9.3.1).
    // Only a request that may be repeated (never a PATCH or POST: it may have been applied).
    const bool mayResend = !m_parser->hasStarted() && m_answers > 0 && m_reply->request().isIdempotent();
    finishRequest(QNetworkReply::RemoteHostClosedError, mayResend);
}

void HttpConnection::onIdleTimeout()
{
    qCDebug(lcNetwork) << "no byte for" << m_idleTimer.interval() << "ms";
    finishRequest(QNetworkReply::TimeoutError);
}

void HttpConnection::finishRequest(QNetworkReply::NetworkError error, bool mayResend)
{
    m_idleTimer.stop();
    HttpPoolReply* reply = m_reply.data();
    m_reply.clear();
    if (error == QNetworkReply::NoError && m_parser && reply) {
        ++m_answers;
        reply->m_status = m_parser->statusCode();
        reply->m_headers = m_parser->headers();
        reply->m_body = m_parser->takeBody();
    } else {
        closeSocket(); // whatever is still coming belongs to the failed request
    }
    m_parser.reset();
    if (reply)
        emit requestFinished(this, reply, error, mayResend);
}

void HttpConnection::abandon()
{
    m_idleTimer.stop();
    m_reply.clear();
    m_parser.reset();
    closeSocket();
}

void HttpConnection::closeSocket()
{
    m_ready = false;
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    // Possibly inside one of the socket's own signals: delete it when that has returned.
    m_socket.release()->deleteLater();
}

QNetworkReply::NetworkError HttpConnection::networkError(QAbstractSocket::SocketError error)
{
    using S = QAbstractSocket::SocketError;
    using N = QNetworkReply::NetworkError;
    switch (error) {
    case S::ConnectionRefusedError:
        return N::ConnectionRefusedError;
    case S::RemoteHostClosedError:
        return N::RemoteHostClosedError;
    case S::HostNotFoundError:
        return N::HostNotFoundError;
    case S::SocketTimeoutError:
        return N::TimeoutError;
    case S::SslHandshakeFailedError:
    case S::SslInternalError:
    case S::SslInvalidUserDataError:
        return N::SslHandshakeFailedError;
    case S::ProxyConnectionRefusedError:
        return N::ProxyConnectionRefusedError;
    case S::ProxyConnectionClosedError:
        return N::ProxyConnectionClosedError;
    case S::ProxyConnectionTimeoutError:
        return N::ProxyTimeoutError;
    case S::ProxyNotFoundError:
        return N::ProxyNotFoundError;
    case S::ProxyAuthenticationRequiredError:
        return N::ProxyAuthenticationRequiredError;
    case S::ProxyProtocolError:
        return N::UnknownProxyError;
    default:
        return N::UnknownNetworkError;
    }
}
