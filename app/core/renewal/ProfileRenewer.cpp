#include "renewal/ProfileRenewer.h"

#include "renewal/DeliveryRunner.h"
#include "vault/DeliveryStore.h"
#include "graph/InspectJob.h"
#include "vault/ProfileStore.h"
#include "graph/TokenInfo.h"
#include "graph/TokenJob.h"
#include "graph/TokenResult.h"
#include "graph/TokenService.h"
#include "vault/TokenVault.h"
#include "vault/VaultJob.h"

#include <QTimer>

ProfileRenewer::ProfileRenewer(const Parts& parts, const RenewalPolicy& policy, const QString& profileName,
                               QObject* parent)
    : QObject(parent)
    , m_parts(parts)
    , m_policy(policy)
    , m_name(profileName)
{
    m_outcome.profileName = profileName;
}

ProfileRenewer::~ProfileRenewer() = default;

void ProfileRenewer::start()
{
    QTimer::singleShot(0, this, &ProfileRenewer::decide);
}

void ProfileRenewer::cancel()
{
    m_canceled = true;
    if (m_job)
        m_job->cancel(); // failed(Canceled) follows at once
    if (m_delivery && m_delivery->isRunning())
        m_delivery->cancel();
}

void ProfileRenewer::decide()
{
    if (m_canceled)
        return fail(GraphError(GraphError::Kind::Canceled).title());
    const std::optional<Profile> profile = m_parts.vault->profileStore()->profile(m_name);
    if (!profile) {
        m_outcome.vaultError = VaultError(VaultError::Kind::NotFound);
        return fail(tr("There is no saved profile of that name."));
    }
    m_profile = *profile;
    describe(m_profile);
    const RenewalDecision decision = m_policy.decide(m_profile);
    if (m_dryRun) {
        m_outcome.action
            = decision.action == RenewalDecision::Action::Renew ? QStringLiteral("due") : decision.actionId();
        m_outcome.message = decision.message();
        return finish();
    }
    const bool inspectable = decision.action == RenewalDecision::Action::UnknownExpiry
        && decision.reason == RenewalDecision::Reason::CanInspect;
    // An interrupted replacement is settled by reading the token (TokenVault::load()), before
    // anything is decided on the profile as listed.
    const bool interrupted = m_parts.vault->profileStore()->pendingReplace(m_name).has_value();
    if (decision.action != RenewalDecision::Action::Renew && !inspectable && !interrupted)
        return act(decision);
    loadToken(inspectable, [this] { act(m_policy.decide(m_profile)); });
}

void ProfileRenewer::act(const RenewalDecision& decision)
{
    m_outcome.action = decision.actionId();
    m_outcome.message = decision.message();
    if (decision.action == RenewalDecision::Action::Renew)
        return refresh();
    if (decision.action == RenewalDecision::Action::UnknownExpiry
        && decision.reason == RenewalDecision::Reason::CanInspect && !m_inspected) {
        if (m_token.isEmpty())
            return loadToken(true, [this] { inspect(); });
        return inspect();
    }
    deliver(false);
}

void ProfileRenewer::loadToken(bool withSecret, std::function<void()> next)
{
    VaultJob* job = m_parts.vault->load(m_name, withSecret);
    connect(job, &VaultJob::succeeded, this, [this, job, next](const Profile& profile) {
        m_profile = profile; // as settled by the load
        m_token = job->token();
        m_appSecret = job->appSecret();
        describe(m_profile);
        if (m_canceled)
            return fail(GraphError(GraphError::Kind::Canceled).title());
        next();
    });
    connect(job, &VaultJob::failed, this, [this](const VaultError& error) {
        m_outcome.vaultError = error;
        fail(error.title());
    });
}

void ProfileRenewer::inspect()
{
    InspectJob* job
        = m_parts.service->inspect(m_profile.platform, m_token, m_profile.appId, m_appSecret, m_profile.apiVersion);
    connect(job, &InspectJob::succeeded, this, &ProfileRenewer::onInspected);
    connect(job, &InspectJob::failed, this, [this](const GraphError& error) {
        m_outcome.graphError = error;
        fail(error.title());
    });
}

void ProfileRenewer::onInspected(const TokenInfo& info)
{
    m_inspected = true;
    if (!info.isValid) {
        m_outcome.graphError = info.error;
        m_outcome.action = QStringLiteral("needs_login");
        m_outcome.message = tr("Meta says the saved token is no longer valid: log in again and exchange a new "
                               "short-lived token.");
        return finish();
    }
    if (info.hasKnownExpiry()) {
        m_profile.expiresAt = info.neverExpires ? QDateTime() : info.expiresAt;
        m_profile.neverExpires = info.neverExpires;
        m_parts.vault->profileStore()->put(m_profile); // known from now on: no second lookup
        describe(m_profile);
    }
    act(m_policy.decide(m_profile));
}

void ProfileRenewer::refresh()
{
    m_job = m_parts.service->refresh(m_profile.platform, m_token);
    connect(m_job, &TokenJob::succeeded, this, [this](const TokenResult& result) {
        if (!m_beforeStore)
            return store(result);
        m_beforeStore([this, result] { store(result); });
    });
    connect(m_job, &TokenJob::failed, this, [this](const GraphError& error) {
        m_outcome.graphError = error;
        noteFailure(error.title());
        fail(error.title());
    });
}

void ProfileRenewer::store(const TokenResult& result)
{
    // Written over the old token's entry: the keychain swaps it only once the new one is stored.
    VaultJob* job = m_parts.vault->replaceToken(m_profile.renewedWith(result, m_policy.now()), result.accessToken);
    const QString token = result.accessToken;
    connect(job, &VaultJob::succeeded, this, [this, token](const Profile& stored) {
        m_profile = stored;
        m_token = token;
        describe(stored);
        m_outcome.action = QStringLiteral("renewed");
        m_outcome.message = stored.neverExpires || !stored.expiresAt.isValid()
            ? tr("Renewed.")
            : tr("Renewed: expires %1.").arg(stored.expiresAt.toUTC().toString(Qt::ISODate));
        deliver(true);
    });
    connect(job, &VaultJob::failed, this, [this](const VaultError& error) {
        m_outcome.vaultError = error;
        const QString message = tr("The keychain did not take the renewed token (%1). The saved token is "
                                   "unchanged; the next run tries again.")
                                    .arg(error.title());
        noteFailure(message);
        fail(message);
    });
}

bool ProfileRenewer::anyTargetNeedsSavedToken() const
{
    const QList<DeliveryTarget> targets = m_parts.deliveries->targets(m_name);
    return std::any_of(targets.cbegin(), targets.cend(),
                       [this](const DeliveryTarget& target) { return !target.deliveredAfter(m_profile.savedAt); });
}

void ProfileRenewer::deliver(bool renewed)
{
    if (m_canceled || m_parts.deliveries->targets(m_name).isEmpty())
        return finish();
    // Nothing due and every target served since the token was saved: the keychain is not read.
    if (!renewed && m_token.isEmpty() && !anyTargetNeedsSavedToken())
        return finish();
    m_delivery = new DeliveryRunner(m_parts.deliveries, m_parts.vault, m_parts.transport, this);
    connect(m_delivery, &DeliveryRunner::tokenUnavailable, this,
            [this](const QString&, const VaultError& error) { m_outcome.vaultError = error; });
    connect(m_delivery, &DeliveryRunner::finished, this, [this] {
        m_outcome.deliveries = m_delivery->outcomes();
        finish();
    });
    // After a renewal every target gets the new token; otherwise only those that missed the
    // current one (a failed delivery is tried again on every run until it succeeds).
    if (renewed)
        m_delivery->deliver(m_name, m_token, DeliveryRunner::Scope::All);
    else if (!m_token.isEmpty())
        m_delivery->deliver(m_name, m_token, DeliveryRunner::Scope::Pending);
    else
        m_delivery->deliverSaved(m_name, DeliveryRunner::Scope::Pending);
}

void ProfileRenewer::noteFailure(const QString& message)
{
    ProfileStore* store = m_parts.vault->profileStore();
    if (const std::optional<Profile> current = store->profile(m_name)) {
        const Profile failed = current->withRenewalFailure(message, m_policy.now());
        store->put(failed);
        describe(failed);
    }
}

void ProfileRenewer::fail(const QString& message)
{
    m_outcome.action = QStringLiteral("failed");
    m_outcome.message = message;
    finish();
}

void ProfileRenewer::describe(const Profile& profile)
{
    m_outcome.platform = profile.platform;
    m_outcome.expiresAt = profile.neverExpires ? QDateTime() : profile.expiresAt;
    m_outcome.neverExpires = profile.neverExpires;
    m_outcome.renewedAt = profile.renewedAt;
}

void ProfileRenewer::finish()
{
    if (std::exchange(m_finished, true))
        return;
    emit finished(m_outcome);
}
