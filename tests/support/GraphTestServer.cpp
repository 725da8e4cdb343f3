#include "GraphTestServer.h"

#include "LoopbackServerThread.h"

#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QQueue>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;

QString formDecode(QByteArray bytes)
{
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QList<GraphTestServer::QueryItem> decodeQuery(const QByteArray& rawQuery)
{
    QList<GraphTestServer::QueryItem> items;
    if (rawQuery.isEmpty())
        return items;
    const QList<QByteArray> pairs = rawQuery.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            items.append({formDecode(pair), QString()});
        else
            items.append({formDecode(pair.left(eq)), formDecode(pair.mid(eq + 1))});
    }
    return items;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Request / Response

QString GraphTestServer::Request::queryValue(const QString& key) const
{
    for (const auto& [k, v] : query) {
        if (k == key)
            return v.isNull() ? QString(QLatin1String("")) : v;
    }
    return {};
}

QStringList GraphTestServer::Request::queryValues(const QString& key) const
{
    QStringList values;
    for (const auto& [k, v] : query) {
        if (k == key)
            values << v;
    }
    return values;
}

bool GraphTestServer::Request::hasQueryItem(const QString& key) const
{
    for (const auto& item : query) {
        if (item.first == key)
            return true;
    }
    return false;
}

QStringList GraphTestServer::Request::queryKeys() const
{
    QStringList keys;
    for (const auto& item : query)
        keys << item.first;
    return keys;
}

QByteArray GraphTestServer::Request::header(const QByteArray& name) const
{
    for (const auto& [k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

GraphTestServer::Response GraphTestServer::Response::withHeader(const QByteArray& name, const QByteArray& value) const
{
    Response copy = *this;
    copy.headers.append(Header(name, value));
    return copy;
}

GraphTestServer::Response GraphTestServer::Response::withStatus(int newStatus) const
{
    Response copy = *this;
    copy.status = newStatus;
    copy.reason.clear();
    return copy;
}

GraphTestServer::Response GraphTestServer::Response::withContentType(const QByteArray& type) const
{
    Response copy = *this;
    copy.contentType = type;
    return copy;
}

GraphTestServer::Response GraphTestServer::Response::delayed(int ms) const
{
    Response copy = *this;
    copy.delayMs = ms;
    return copy;
}

GraphTestServer::Response GraphTestServer::Response::dripFeed(int intervalMs) const
{
    Response copy = *this;
    copy.behaviour = Behaviour::DripFeed;
    copy.dripIntervalMs = intervalMs;
    return copy;
}

GraphTestServer::Response GraphTestServer::Response::resetMidBody(qint64 afterBytes) const
{
    Response copy = *this;
    copy.behaviour = Behaviour::ResetMidBody;
    copy.resetAfterBytes = afterBytes;
    return copy;
}

GraphTestServer::Response GraphTestServer::Response::json(int status, const QByteArray& body)
{
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

GraphTestServer::Response GraphTestServer::Response::neverAnswer()
{
    Response response;
    response.behaviour = Behaviour::NeverAnswer;
    return response;
}

GraphTestServer::Response GraphTestServer::Response::closeWithoutAnswer()
{
    Response response;
    response.behaviour = Behaviour::CloseWithoutAnswer;
    return response;
}

// ---------------------------------------------------------------------------------------------
// Shared state and the worker living in the server thread

struct GraphTestServer::Private {
    mutable QMutex mutex;
    QQueue<Response> queue;
    Response defaultResponse;
    Handler handler;
    QList<Request> requests;
    int serial = 0;
    int connections = 0;
    int inFlight = 0; ///< requests received whose answer is not written yet
    int maxInFlight = 0;
    LoopbackServerThread thread{QStringLiteral("GraphTestServer")};

    void onNewConnection(QTcpSocket* socket);
    void onReadyRead(QTcpSocket* socket);
    Response responseFor(const Request& request);
    void answer(QTcpSocket* socket, const Response& response);
    void answerNow(QTcpSocket* socket, const Response& response);
    void finishAnswer(QTcpSocket* socket);
    /// The answer to the request of \a socket is being written (or never will be): not in flight.
    void settle(QTcpSocket* socket);
};

namespace {

// Per-connection parse state, a child of its socket (so it dies with it). No Q_OBJECT needed:
// no signals, only used as a context object and a data holder.
class ConnectionState : public QObject
{
public:
    using QObject::QObject;
    int number = 0;
    QByteArray buffer;
    bool busy = false;   // an answer is being delayed/drip-fed, or never comes
    bool counted = false; // its request counts in Private::inFlight
    bool closing = false;
};

// Found by name: without Q_OBJECT, findChild<ConnectionState*> would match any QObject child.
const QString stateName = QStringLiteral("GraphTestServerConnection");

ConnectionState* stateOf(QTcpSocket* socket)
{
    return static_cast<ConnectionState*>(socket->findChild<QObject*>(stateName, Qt::FindDirectChildrenOnly));
}

QByteArray serializeHead(const GraphTestServer::Response& response, qint64 contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + (response.reason.isEmpty() ? GraphTestServer::reasonPhrase(response.status) : response.reason) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    bool hasConnection = false;
    for (const auto& [name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        if (name.compare("Connection", Qt::CaseInsensitive) == 0)
            hasConnection = true;
    }
    if (!hasConnection)
        head += "Connection: keep-alive\r\n";
    head += "\r\n";
    return head;
}

} // namespace

void GraphTestServer::Private::onNewConnection(QTcpSocket* socket)
{
    auto* state = new ConnectionState(socket);
    state->setObjectName(stateName);
    {
        QMutexLocker lock(&mutex);
        state->number = ++connections;
    }
    QObject::connect(socket, &QTcpSocket::readyRead, state, [this, socket] { onReadyRead(socket); });
    QObject::connect(socket, &QTcpSocket::disconnected, state, [this, socket] { settle(socket); });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        onReadyRead(socket);
}

void GraphTestServer::Private::onReadyRead(QTcpSocket* socket)
{
    ConnectionState* state = stateOf(socket);
    if (!state)
        return;
    state->buffer += socket->readAll();
    while (!state->busy && !state->closing) {
        const qsizetype headEnd = state->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (state->buffer.size() > maxHeaderBytes) {
                state->closing = true;
                socket->write("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\n"
                              "Connection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
            return;
        }
        const QList<QByteArray> lines = state->buffer.left(headEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.rawTarget = requestLine.value(1);
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append(Header(name, value));
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        const qsizetype total = headEnd + 4 + contentLength;
        if (state->buffer.size() < total)
            return; // the body is still on its way
        request.body = state->buffer.mid(headEnd + 4, contentLength);
        state->buffer.remove(0, total);

        const qsizetype question = request.rawTarget.indexOf('?');
        const QByteArray rawPath = question < 0 ? request.rawTarget : request.rawTarget.left(question);
        request.rawQuery = question < 0 ? QByteArray() : request.rawTarget.mid(question + 1);
        request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
        request.query = decodeQuery(request.rawQuery);
        request.receivedAt = QDateTime::currentDateTimeUtc();
        request.connection = state->number;
        {
            QMutexLocker lock(&mutex);
            request.serial = ++serial;
            requests.append(request);
        }
        answer(socket, responseFor(request));
    }
}

GraphTestServer::Response GraphTestServer::Private::responseFor(const Request& request)
{
    Handler current;
    {
        QMutexLocker lock(&mutex);
        if (!queue.isEmpty())
            return queue.dequeue();
        if (!handler)
            return defaultResponse;
        current = handler;
    }
    // Called without the lock, so the handler may use the server's own methods.
    return current(request);
}

void GraphTestServer::Private::answer(QTcpSocket* socket, const Response& response)
{
    ConnectionState* state = stateOf(socket);
    state->busy = true;
    {
        QMutexLocker lock(&mutex);
        state->counted = true;
        maxInFlight = qMax(maxInFlight, ++inFlight);
    }
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, state, [this, socket, response] { answerNow(socket, response); });
        return;
    }
    answerNow(socket, response);
}

void GraphTestServer::Private::answerNow(QTcpSocket* socket, const Response& response)
{
    ConnectionState* state = stateOf(socket);
    if (!state || socket->state() != QAbstractSocket::ConnectedState)
        return;
    using B = Response::Behaviour;
    if (response.behaviour != B::NeverAnswer)
        settle(socket);
    switch (response.behaviour) {
    case B::NeverAnswer:
        return; // stays busy: later requests on this connection are read and ignored
    case B::CloseWithoutAnswer:
        state->closing = true;
        socket->disconnectFromHost();
        return;
    case B::ResetMidBody: {
        const qint64 declared = response.body.isEmpty() ? 256 : response.body.size();
        qint64 sent = response.resetAfterBytes >= 0 ? response.resetAfterBytes : declared / 2;
        sent = qBound(qint64(0), sent, declared - 1);
        Response head = response;
        head.headers.append(Header("Connection", "close"));
        socket->write(serializeHead(head, declared));
        socket->write(response.body.left(sent));
        state->closing = true;
        socket->flush();
        // Written data is delivered before the FIN; the client sees fewer bytes than declared.
        socket->disconnectFromHost();
        return;
    }
    case B::DripFeed: {
        socket->write(serializeHead(response, response.body.size()));
        auto* timer = new QTimer(state);
        auto position = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, state, [this, socket, timer, position, body = response.body] {
            if (*position >= body.size()) {
                timer->deleteLater();
                finishAnswer(socket);
                return;
            }
            socket->write(body.mid(*position, 1));
            ++*position;
        });
        timer->start(qMax(1, response.dripIntervalMs));
        return;
    }
    case B::Normal:
        break;
    }
    socket->write(serializeHead(response, response.body.size()));
    socket->write(response.body);
    for (const auto& [name, value] : response.headers) {
        if (name.compare("Connection", Qt::CaseInsensitive) == 0 && value.compare("close", Qt::CaseInsensitive) == 0) {
            state->closing = true;
            socket->disconnectFromHost();
            return;
        }
    }
    finishAnswer(socket);
}

void GraphTestServer::Private::finishAnswer(QTcpSocket* socket)
{
    ConnectionState* state = stateOf(socket);
    if (!state)
        return;
    state->busy = false;
    // A pipelined request may already wait in the buffer; handle it from the event loop.
    QTimer::singleShot(0, state, [this, socket] { onReadyRead(socket); });
}

void GraphTestServer::Private::settle(QTcpSocket* socket)
{
    ConnectionState* state = stateOf(socket);
    if (!state || !state->counted)
        return;
    state->counted = false;
    QMutexLocker lock(&mutex);
    --inFlight;
}

// ---------------------------------------------------------------------------------------------
// GraphTestServer

GraphTestServer::GraphTestServer()
    : d(std::make_unique<Private>())
{
    d->defaultResponse = nestedError(500, -1, 0,
                                     QStringLiteral("GraphTestServer: no response was scripted for this request"),
                                     QStringLiteral("GraphTestServerError"), QString());
}

GraphTestServer::~GraphTestServer()
{
    stop();
}

bool GraphTestServer::start(quint16 port)
{
    Private* p = d.get();
    return d->thread.start([p](QTcpSocket* socket) { p->onNewConnection(socket); }, port);
}

void GraphTestServer::stop()
{
    d->thread.stop();
}

bool GraphTestServer::isRunning() const
{
    return d->thread.isRunning();
}

quint16 GraphTestServer::port() const
{
    return d->thread.port();
}

QUrl GraphTestServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void GraphTestServer::enqueue(const Response& response)
{
    QMutexLocker lock(&d->mutex);
    d->queue.enqueue(response);
}

int GraphTestServer::pendingResponses() const
{
    QMutexLocker lock(&d->mutex);
    return static_cast<int>(d->queue.size());
}

void GraphTestServer::setDefaultResponse(const Response& response)
{
    QMutexLocker lock(&d->mutex);
    d->defaultResponse = response;
}

void GraphTestServer::setHandler(Handler handler)
{
    QMutexLocker lock(&d->mutex);
    d->handler = std::move(handler);
}

QList<GraphTestServer::Request> GraphTestServer::requests() const
{
    QMutexLocker lock(&d->mutex);
    return d->requests;
}

GraphTestServer::Request GraphTestServer::lastRequest() const
{
    QMutexLocker lock(&d->mutex);
    return d->requests.isEmpty() ? Request() : d->requests.constLast();
}

int GraphTestServer::requestCount() const
{
    QMutexLocker lock(&d->mutex);
    return static_cast<int>(d->requests.size());
}

void GraphTestServer::clearRequests()
{
    QMutexLocker lock(&d->mutex);
    d->requests.clear();
}

int GraphTestServer::connectionCount() const
{
    QMutexLocker lock(&d->mutex);
    return d->connections;
}

int GraphTestServer::maxRequestsInFlight() const
{
    QMutexLocker lock(&d->mutex);
    return d->maxInFlight;
}

// ---------------------------------------------------------------------------------------------
// Meta's formats

QByteArray GraphTestServer::jsonString(const QString& value)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(value.size() + 2);
    out += '"';
    for (QChar qc : value) {
        const char16_t c = qc.unicode();
        switch (c) {
        case u'"': out += "\\\""; break;
        case u'\\': out += "\\\\"; break;
        case u'/': out += "\\/"; break;
        case u'\n': out += "\\n"; break;
        case u'\r': out += "\\r"; break;
        case u'\t': out += "\\t"; break;
        case u'\b': out += "\\b"; break;
        case u'\f': out += "\\f"; break;
        default:
            if (c < 0x20 || c > 0x7e) {
                out += "\\u";
                out += hex[(c >> 12) & 0xf];
                out += hex[(c >> 8) & 0xf];
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
    return out;
}

QByteArray GraphTestServer::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

GraphTestServer::Response GraphTestServer::tokenResponse(const QString& token, qint64 expiresIn,
                                                         const QString& tokenType)
{
    QByteArray body = "{\"access_token\":" + jsonString(token);
    if (!tokenType.isEmpty())
        body += ",\"token_type\":" + jsonString(tokenType);
    if (expiresIn >= 0)
        body += ",\"expires_in\":" + QByteArray::number(expiresIn);
    body += '}';
    return Response::json(200, body);
}

GraphTestServer::Response GraphTestServer::legacyExpiresResponse(const QString& token, qint64 expires,
                                                                 const QString& tokenType)
{
    QByteArray body = "{\"access_token\":" + jsonString(token);
    if (!tokenType.isEmpty())
        body += ",\"token_type\":" + jsonString(tokenType);
    body += ",\"expires\":" + QByteArray::number(expires) + '}';
    return Response::json(200, body);
}

GraphTestServer::Response GraphTestServer::nestedError(int httpStatus, int code, int subcode, const QString& message,
                                                       const QString& type, const QString& fbtraceId,
                                                       const QString& userTitle, const QString& userMsg)
{
    QByteArray error = "{\"message\":" + jsonString(message);
    if (!type.isEmpty())
        error += ",\"type\":" + jsonString(type);
    error += ",\"code\":" + QByteArray::number(code);
    if (subcode != 0)
        error += ",\"error_subcode\":" + QByteArray::number(subcode);
    if (code == 1 || code == 2 || code == 4 || code == 17 || code == 32 || code == 613)
        error += ",\"is_transient\":" + QByteArray(code == 2 ? "true" : "false");
    if (!userTitle.isEmpty())
        error += ",\"error_user_title\":" + jsonString(userTitle);
    if (!userMsg.isEmpty())
        error += ",\"error_user_msg\":" + jsonString(userMsg);
    if (!fbtraceId.isEmpty())
        error += ",\"fbtrace_id\":" + jsonString(fbtraceId);
    error += '}';
    Response response = Response::json(httpStatus, "{\"error\":" + error + '}');
    if (type == QLatin1String("OAuthException")) {
        QString quoted = message;
        quoted.replace(QLatin1Char('"'), QLatin1Char('\''));
        const QByteArray what = code == 190 ? "invalid_token" : "invalid_request";
        response.headers.append(
            {"WWW-Authenticate", "OAuth \"Facebook Platform\" \"" + what + "\" \"" + quoted.toUtf8() + '"'});
    }
    if (!fbtraceId.isEmpty()) {
        response.headers.append(Header("x-fb-request-id", fbtraceId.toLatin1()));
        response.headers.append(Header("x-fb-trace-id", fbtraceId.toLatin1()));
    }
    return response;
}

GraphTestServer::Response GraphTestServer::flatError(int httpStatus, int code, const QString& message,
                                                     const QString& errorType, const QString& fbtraceId)
{
    QByteArray body;
    if (!errorType.isEmpty()) {
        body = "{\"error_type\":" + jsonString(errorType) + ",\"code\":" + QByteArray::number(code)
            + ",\"error_message\":" + jsonString(message);
    } else {
        body = "{\"error_message\":" + jsonString(message) + ",\"error_code\":" + QByteArray::number(code);
    }
    if (!fbtraceId.isEmpty())
        body += ",\"fbtrace_id\":" + jsonString(fbtraceId);
    body += '}';
    return Response::json(httpStatus, body);
}

GraphTestServer::Response GraphTestServer::html(int httpStatus, const QByteArray& body)
{
    Response response;
    response.status = httpStatus;
    response.contentType = "text/html; charset=utf-8";
    if (body.isEmpty()) {
        const QByteArray title = QByteArray::number(httpStatus) + ' ' + reasonPhrase(httpStatus);
        response.body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
            + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    } else {
        response.body = body;
    }
    response.headers.append(Header("Server", "nginx"));
    return response;
}
