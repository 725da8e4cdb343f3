#include "renewal/N8nDelivery.h"

#include "renewal/N8nCredentialJob.h"

N8nDelivery::N8nDelivery(const DeliveryTarget& target, const QString& token, const QString& apiKey,
                         HttpTransport* transport, const DeliveryOptions& options, QObject* parent)
    : Delivery(target, parent)
    , m_token(token)
    , m_apiKey(apiKey)
    , m_transport(transport)
    , m_options(options)
{
}

N8nDelivery::~N8nDelivery() = default; // the job is a child: its destructor aborts a request in flight

void N8nDelivery::start()
{
    if (m_job || isFinished())
        return;
    m_job = new N8nCredentialJob(m_transport, target(), m_token, m_apiKey, m_options, this);
    m_token.clear(); // the job holds the secrets from here on
    m_apiKey.clear();
    connect(m_job, &N8nCredentialJob::finished, this, &N8nDelivery::finish);
    m_job->start();
}

void N8nDelivery::cancel()
{
    if (isFinished())
        return;
    if (m_job)
        m_job->cancel(); // finished(Canceled) synchronously
    else
        Delivery::cancel();
}
