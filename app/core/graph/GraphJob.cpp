#include "graph/GraphJob.h"

#include "http/TransportReply.h"
#include "support/LoggingCategories.h"
#include "support/Redactor.h"
#include "graph/ResponseParser.h"

#include <QUrlQuery>

namespace {
// What a call carries: the values of the sensitive query items of its URL, by kind.
struct CarriedSecrets {
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

GraphJob::GraphJob(HttpTransport* transport, const ServiceConfig& config, Clock clock, QObject* parent)
    : TransportJob(transport, parent)
    , m_config(config)
    , m_clock(std::move(clock))
{
}

GraphJob::~GraphJob() = default; // TransportJob's destructor aborts a reply in flight

void GraphJob::start(const QUrl& url)
{
    get(url);
}

void GraphJob::reject(const GraphError& error)
{
    QMetaObject::invokeMethod(this, [this, error] { fail(error); }, Qt::QueuedConnection);
}

void GraphJob::get(const QUrl& url)
{
    if (isFinished())
        return;
    m_url = url;
    qCDebug(lcNetwork) << "GET" << Redactor::url(url);
    send(HttpRequest::get(url, m_config.limits()), m_config.deadlineMs);
}

void GraphJob::onStopped(Stop reason, bool wasSending)
{
    if (reason == Stop::Refused) {
        callFailed(GraphError(GraphError::Kind::InsecureUrl));
        return;
    }
    const GraphError error(reason == Stop::Canceled ? GraphError::Kind::Canceled : GraphError::Kind::Timeout);
    if (wasSending)
        callFailed(error); // cancel() or the deadline: not the reply's own error
    else
        fail(error);
}

void GraphJob::onAnswer(TransportReply& reply)
{
    if (reply.exceededSizeLimit()) {
        callFailed(GraphError(GraphError::Kind::ResponseTooLarge));
        return;
    }
    handleAnswer(reply.error(), reply.statusCode(), reply.takeBody(), reply.header("Content-Type"),
                 reply.header("Retry-After"));
}

void GraphJob::handleAnswer(QNetworkReply::NetworkError networkError, int status, QByteArray body,
                            const QByteArray& contentType, const QByteArray& retryAfter)
{
    const QDateTime receivedAt = m_clock();
    // Log the error code, never errorString(): Qt puts the URL (with the secret) into it.
    qCDebug(lcNetwork) << "finished: HTTP" << status << "network error" << networkError << "bytes" << body.size();

    GraphError transport = ResponseParser::fromNetworkError(networkError);
    if (transport.isError()) {
        transport.httpStatus = status;
        callFailed(transport);
        return;
    }
    auto parsed = ResponseParser::parseBody(status, contentType, body);
    body.clear();
    if (auto* error = std::get_if<GraphError>(&parsed)) {
        error->retryAfterSeconds = ResponseParser::parseRetryAfter(retryAfter, receivedAt);
        callFailed(*error);
        return;
    }
    onJson(std::get<QJsonObject>(parsed), receivedAt);
}

void GraphJob::callFailed(const GraphError& graphError)
{
    const GraphError error = withoutSecrets(graphError);
    qCDebug(lcNetwork) << "failed:" << error.kindId() << "code" << error.code << "subcode" << error.subcode
                       << "fbtrace_id" << error.fbtraceId;
    onCallFailed(error);
}

void GraphJob::fail(const GraphError& error)
{
    if (endOnce())
        emit failed(error);
}

GraphError GraphJob::withoutSecrets(const GraphError& graphError, const QUrl& url)
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
