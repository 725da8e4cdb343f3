#include "graph/GraphCall.h"

#include "http/HttpTransport.h"
#include "http/TransportReply.h"
#include "support/LoggingCategories.h"
#include "support/PromptExit.h"
#include "support/Redactor.h"
#include "graph/ResponseParser.h"

#include <QUrlQuery>

namespace {
// What this call carries: the values of the sensitive query items of its URL, by kind.
struct CarriedSecrets
{
    QStringList secrets;
    QStringList tokens;
};

CarriedSecrets secretsOf(const QUrl& url)
{
    CarriedSecrets carried;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (!Redactor::isSensitiveKey(key) || value.isEmpty())
            continue;
        if (Redactor::kindOfKey(key) == Redactor::Kind::Secret)
            carried.secrets << value;
        else
            carried.tokens << value;
        // An app token "{app-id}|{app-secret}" (or "TH|{app-id}|{app-secret}"): the secret alone too.
        if (value.contains(QLatin1Char('|')))
            carried.secrets << value.section(QLatin1Char('|'), -1);
    }
    return carried;
}
} // namespace

GraphCall::GraphCall(HttpTransport* transport, const QUrl& url, const ServiceConfig& config, Clock clock,
                     QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_url(url)
    , m_config(config)
    , m_clock(std::move(clock))
{
    m_deadline.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a deadline is never shorter than the one promised.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &GraphCall::onDeadline);
}

GraphCall::~GraphCall()
{
    if (m_reply) {
        PromptExit::noteAbandonedCall();
        m_reply->disconnect(this);
        delete m_reply.data(); // cancels it in its transport
    }
}

void GraphCall::start()
{
    if (m_reply || m_finished)
        return;
    if (!ServiceConfig::isAllowedBaseUrl(m_url)) {
        qCWarning(lcNetwork) << "refused to send to" << m_url.scheme() << "host" << m_url.host();
        // Asynchronous, like every other outcome, so callers can connect after start().
        QMetaObject::invokeMethod(this, [this] { finishWith(GraphError(GraphError::Kind::InsecureUrl)); },
                                  Qt::QueuedConnection);
        return;
    }
    qCDebug(lcNetwork) << "GET" << Redactor::url(m_url);
    m_reply = m_transport->get(m_url, m_config.limits());
    connect(m_reply, &TransportReply::finished, this, &GraphCall::onReplyFinished);
    m_deadline.start(m_config.deadlineMs);
}

void GraphCall::cancel()
{
    if (m_finished)
        return;
    if (!m_reply) {
        finishWith(GraphError(GraphError::Kind::Canceled));
        return;
    }
    m_abortReason = GraphError::Kind::Canceled;
    abortReply();
}

void GraphCall::onDeadline()
{
    qCDebug(lcNetwork) << "deadline of" << m_config.deadlineMs << "ms reached";
    m_abortReason = GraphError::Kind::Timeout;
    abortReply();
}

void GraphCall::abortReply()
{
    // Emits finished() synchronously; the handler reads m_abortReason.
    if (m_reply)
        m_reply->abort();
}

bool GraphCall::endedByAbort()
{
    m_deadline.stop();
    if (m_abortReason == GraphError::Kind::None)
        return false;
    finishWith(GraphError(m_abortReason)); // cancel() or the deadline: not the reply's own error
    return true;
}

void GraphCall::onReplyFinished()
{
    TransportReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    reply->deleteLater();
    m_reply.clear();
    if (endedByAbort())
        return;
    if (reply->exceededSizeLimit()) {
        finishWith(GraphError(GraphError::Kind::ResponseTooLarge));
        return;
    }
    m_body = reply->takeBody();
    finishWithAnswer(reply->error(), reply->statusCode(), reply->header("Content-Type"), reply->header("Retry-After"));
}

void GraphCall::finishWithAnswer(QNetworkReply::NetworkError networkError, int status, const QByteArray& contentType,
                                 const QByteArray& retryAfter)
{
    const QDateTime receivedAt = m_clock();
    // Log the error code, never errorString(): Qt puts the URL (with the secret) into it.
    qCDebug(lcNetwork) << "finished: HTTP" << status << "network error" << networkError << "bytes" << m_body.size();

    GraphError transport = ResponseParser::fromNetworkError(networkError);
    if (transport.isError()) {
        transport.httpStatus = status;
        m_body.clear();
        finishWith(transport);
        return;
    }
    auto parsed = ResponseParser::parseBody(status, contentType, m_body);
    m_body.clear();
    if (auto* error = std::get_if<GraphError>(&parsed)) {
        error->retryAfterSeconds = ResponseParser::parseRetryAfter(retryAfter, receivedAt);
        finishWith(*error);
        return;
    }
    m_finished = true;
    emit succeeded(std::get<QJsonObject>(parsed), receivedAt);
}

GraphError GraphCall::withoutSecrets(const GraphError& graphError, const QUrl& url)
{
    // Meta sometimes echoes what it was sent ("Malformed access token EAA…"): what it says
    // must not carry this call's secrets into the UI, a log or a CLI report.
    GraphError error = graphError;
    if (!error.message.isEmpty() || !error.userMessage.isEmpty() || !error.userTitle.isEmpty()
        || !error.type.isEmpty()) {
        const CarriedSecrets carried = secretsOf(url);
        for (QString* text : {&error.message, &error.userMessage, &error.userTitle, &error.type})
            *text = Redactor::scrub(*text, carried.secrets, carried.tokens);
    }
    return error;
}

void GraphCall::finishWith(const GraphError& graphError)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    // Given up on time (ours, Qt's or the pool's) or by Cancel: its name lookup may still run.
    if (graphError.kind() == GraphError::Kind::Timeout || graphError.kind() == GraphError::Kind::Canceled)
        PromptExit::noteAbandonedCall();
    const GraphError error = withoutSecrets(graphError, m_url);
    qCDebug(lcNetwork) << "failed:" << error.kindId() << "code" << error.code << "subcode" << error.subcode
                       << "fbtrace_id" << error.fbtraceId;
    emit failed(error);
}
