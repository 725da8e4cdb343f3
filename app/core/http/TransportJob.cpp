#include "http/TransportJob.h"

#include "http/HttpTransport.h"
#include "http/LoopbackHost.h"
#include "http/TransportReply.h"
#include "support/LoggingCategories.h"
#include "support/PromptExit.h"

#include <memory>

TransportJob::TransportJob(HttpTransport* transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
{
    m_deadline.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a deadline is never shorter than the one promised.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &TransportJob::onDeadline);
}

TransportJob::~TransportJob()
{
    if (m_reply) {
        PromptExit::noteAbandonedCall();
        m_reply->disconnect(this);
        delete m_reply.data(); // cancels it in its transport
    }
}

bool TransportJob::isAllowedUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && LoopbackHost::isAddress(url.host());
}

bool TransportJob::refuseUnlessAllowed(const QUrl& url)
{
    if (isAllowedUrl(url))
        return false;
    qCWarning(lcNetwork) << "refused to send over" << url.scheme() << "to host" << url.host();
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                onStopped(Stop::Refused, false);
        },
        Qt::QueuedConnection);
    return true;
}

void TransportJob::send(const HttpRequest& request, int deadlineMs)
{
    if (m_finished || m_reply || refuseUnlessAllowed(request.url))
        return;
    m_stop.reset();
    m_reply = m_transport->send(request);
    connect(m_reply, &TransportReply::finished, this, &TransportJob::onReplyFinished);
    m_deadline.start(deadlineMs);
}

void TransportJob::cancel()
{
    if (m_finished)
        return;
    if (m_reply)
        abortReply(Stop::Canceled);
    else
        onStopped(Stop::Canceled, false);
}

void TransportJob::onDeadline()
{
    qCDebug(lcNetwork) << "deadline of" << m_deadline.interval() << "ms reached";
    abortReply(Stop::Deadline);
}

void TransportJob::abortReply(Stop reason)
{
    m_stop = reason;
    // Given up (by the deadline or by Cancel): its name lookup may still run.
    PromptExit::noteAbandonedCall();
    m_reply->abort(); // emits finished() synchronously; onReplyFinished() reads m_stop
}

void TransportJob::onReplyFinished()
{
    const std::unique_ptr<TransportReply, void (*)(TransportReply*)> reply(m_reply.data(),
                                                                           [](TransportReply* r) { r->deleteLater(); });
    if (!reply || m_finished)
        return;
    m_reply.clear();
    m_deadline.stop();
    if (m_stop) {
        onStopped(*m_stop, true);
        return;
    }
    // The transport's idle timeout (Qt reports it as a cancel): given up too.
    if (reply->error() == QNetworkReply::TimeoutError || reply->error() == QNetworkReply::OperationCanceledError)
        PromptExit::noteAbandonedCall();
    onAnswer(*reply);
}

bool TransportJob::endOnce()
{
    if (m_finished)
        return false;
    m_finished = true;
    m_deadline.stop();
    deleteLater();
    return true;
}
