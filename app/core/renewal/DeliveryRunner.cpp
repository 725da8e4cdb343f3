#include "renewal/DeliveryRunner.h"

#include "vault/DeliveryStore.h"
#include "renewal/ExecDelivery.h"
#include "renewal/FileDelivery.h"
#include "renewal/N8nDelivery.h"
#include "vault/TokenVault.h"
#include "vault/VaultJob.h"

DeliveryRunner::DeliveryRunner(DeliveryStore* store, TokenVault* vault, HttpTransport* transport, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(vault)
    , m_transport(transport)
{
    Q_ASSERT(store && vault && transport);
}

DeliveryRunner::~DeliveryRunner()
{
    if (m_current) {
        m_current->disconnect(this);
        delete m_current.data();
    }
}

void DeliveryRunner::deliver(const QString& profileName, const QString& token, Scope scope,
                             const QStringList& targetIds)
{
    enqueue({profileName.trimmed(), token, scope, targetIds, {}});
}

void DeliveryRunner::deliverSaved(const QString& profileName, Scope scope, const QStringList& targetIds)
{
    enqueue({profileName.trimmed(), std::nullopt, scope, targetIds, {}});
}

void DeliveryRunner::enqueue(Request request)
{
    m_queue.append(std::move(request));
    if (m_running)
        return;
    m_running = true;
    // Asynchronous, like every outcome: callers connect after calling deliver().
    QMetaObject::invokeMethod(this, &DeliveryRunner::next, Qt::QueuedConnection);
}

bool DeliveryRunner::allSucceeded() const
{
    if (m_anyTokenUnavailable)
        return false;
    return std::all_of(m_outcomes.cbegin(), m_outcomes.cend(),
                       [](const DeliveryOutcome& outcome) { return outcome.result.isOk(); });
}

QList<DeliveryTarget> DeliveryRunner::selectTargets(const Request& request) const
{
    const QString fingerprint = request.token ? DeliveryTarget::fingerprint(*request.token) : QString();
    QList<DeliveryTarget> selected;
    for (const DeliveryTarget& target : m_store->targets(request.profileName)) {
        if (!request.targetIds.isEmpty() && !request.targetIds.contains(target.id))
            continue;
        if (request.scope == Scope::Pending && request.token && target.hasReceived(fingerprint))
            continue;
        selected.append(target);
    }
    return selected;
}

void DeliveryRunner::next()
{
    if (!m_running)
        return; // a second queued call (deliver() then cancel()) after the run has finished
    if (m_queue.isEmpty()) {
        m_running = false;
        emit finished();
        return;
    }
    Request& request = m_queue.first();
    request.targets = selectTargets(request);
    if (request.targets.isEmpty()) {
        // Nothing to serve: the keychain is not even asked for the token.
        m_queue.removeFirst();
        next();
        return;
    }
    if (!request.token) {
        loadToken();
        return;
    }
    deliverNextTarget();
}

void DeliveryRunner::loadToken()
{
    const QString name = m_queue.first().profileName;
    const quint64 generation = m_generation;
    VaultJob* job = m_vault->load(name);
    connect(job, &VaultJob::succeeded, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_queue.first().token = job->token();
        next(); // now with the token: the Pending scope can compare fingerprints
    });
    connect(job, &VaultJob::failed, this, [this, name, generation](const VaultError& error) {
        if (generation != m_generation)
            return;
        m_anyTokenUnavailable = true;
        m_queue.removeFirst();
        emit tokenUnavailable(name, error);
        next();
    });
}

void DeliveryRunner::deliverNextTarget()
{
    if (m_queue.isEmpty())
        return; // canceled while this call was queued: next() ends the run
    Request& request = m_queue.first();
    if (request.targets.isEmpty()) {
        m_queue.removeFirst();
        next();
        return;
    }
    const DeliveryTarget target = request.targets.first();
    emit targetStarted(request.profileName, target);
    if (target.kind != DeliveryTarget::Kind::N8n) {
        startTarget(target, QString());
        return;
    }
    const quint64 generation = m_generation;
    VaultJob* job = m_vault->loadDeliveryKey(request.profileName, target.id);
    connect(job, &VaultJob::succeeded, this, [this, job, target, generation] {
        if (generation == m_generation)
            startTarget(target, job->token());
    });
    connect(job, &VaultJob::failed, this, [this, generation](const VaultError& error) {
        if (generation != m_generation)
            return;
        onDeliveryFinished(
            DeliveryResult(DeliveryResult::Kind::MissingKey,
                           tr("The n8n API key could not be read from the keychain: %1").arg(error.title())));
    });
}

void DeliveryRunner::startTarget(const DeliveryTarget& target, const QString& apiKey)
{
    const Request& request = m_queue.first();
    const QString token = *request.token;
    Delivery* delivery = nullptr;
    switch (target.kind) {
    case DeliveryTarget::Kind::N8n:
        delivery = new N8nDelivery(target, token, apiKey, m_transport, m_options, this);
        break;
    case DeliveryTarget::Kind::File:
        delivery = new FileDelivery(target, token, this);
        break;
    case DeliveryTarget::Kind::Exec:
        delivery = new ExecDelivery(target, token, request.profileName, m_options, this);
        break;
    }
    m_current = delivery;
    connect(delivery, &Delivery::finished, this, &DeliveryRunner::onDeliveryFinished);
    delivery->start();
}

void DeliveryRunner::onDeliveryFinished(const DeliveryResult& result)
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->deleteLater();
        m_current.clear();
    }
    Request& request = m_queue.first();
    const DeliveryTarget target = request.targets.takeFirst();
    m_store->recordResult(request.profileName, target.id, result, DeliveryTarget::fingerprint(*request.token),
                          m_clock());
    const DeliveryOutcome outcome {request.profileName, target, result};
    m_outcomes.append(outcome);
    emit targetFinished(outcome);
    // On the next turn: a long list of local targets does not grow the stack.
    QMetaObject::invokeMethod(this, &DeliveryRunner::deliverNextTarget, Qt::QueuedConnection);
}

void DeliveryRunner::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    if (m_current) {
        // The delivery in flight ends as Canceled and is noted; nothing after it runs.
        Request current = m_queue.first();
        current.targets = {current.targets.first()};
        m_queue = {current};
        m_current->cancel();
        return;
    }
    m_queue.clear();
    QMetaObject::invokeMethod(this, &DeliveryRunner::next, Qt::QueuedConnection);
}
