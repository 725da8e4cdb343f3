#include "graph/GraphJob.h"

#include "graph/GraphCall.h"

GraphJob::GraphJob(HttpTransport* transport, const ServiceConfig& config, Clock clock, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_config(config)
    , m_clock(std::move(clock))
{
}

GraphJob::~GraphJob() = default; // m_call is a child: its destructor aborts a reply in flight

void GraphJob::start(const QUrl& url)
{
    get(url);
}

void GraphJob::reject(const GraphError& error)
{
    QMetaObject::invokeMethod(this, [this, error] { fail(error); }, Qt::QueuedConnection);
}

void GraphJob::cancel()
{
    if (m_finished)
        return;
    if (m_call && !m_call->isFinished())
        m_call->cancel(); // fails synchronously with Canceled, which ends this job
    else
        fail(GraphError(GraphError::Kind::Canceled));
}

void GraphJob::get(const QUrl& url)
{
    if (m_finished)
        return;
    if (m_call)
        m_call->deleteLater(); // the previous page's call: it may still be on the stack
    m_url = url;
    m_call = new GraphCall(m_transport, url, m_config, m_clock, this);
    connect(m_call, &GraphCall::succeeded, this, &GraphJob::onCallSucceeded);
    connect(m_call, &GraphCall::failed, this, &GraphJob::onCallEnded);
    m_call->start();
}

void GraphJob::onCallSucceeded(const QJsonObject& json, const QDateTime& receivedAt)
{
    if (!m_finished)
        onJson(json, receivedAt);
}

void GraphJob::onCallEnded(const GraphError& error)
{
    if (!m_finished)
        onCallFailed(error);
}

void GraphJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    deleteLater();
}

void GraphJob::fail(const GraphError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit failed(error);
    deleteLater();
}

GraphError GraphJob::withoutSecrets(const GraphError& error) const
{
    return GraphCall::withoutSecrets(error, m_url);
}
