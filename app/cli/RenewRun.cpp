#include "RenewRun.h"

#include "CliSession.h"
#include "vault/DeliveryStore.h"
#include "renewal/DesktopNotifier.h"
#include "JsonOutput.h"
#include "renewal/ProfileRenewer.h"
#include "vault/ProfileStore.h"
#include "graph/TokenService.h"
#include "vault/TokenVault.h"

#include <QTimer>

namespace {
// Test hook: stop the run with Meta's new token in hand, before the keychain write, so a test
// can kill the process exactly there. Never set outside the tests.
const char holdBeforeStoreVariable[] = "LONGLIVED_TEST_HOLD_BEFORE_KEYCHAIN_WRITE";
} // namespace

RenewRun::RenewRun(CliSession& session, ProfileStore* store, const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_vault(new TokenVault(store, this))
    , m_deliveries(m_vault->deliveryStore()) // one store on the file: the vault's forget uses it too
    , m_settings(settings)
{
    if (session.options().timeoutSet)
        m_vault->setTimeoutMs(session.options().timeoutMs);
    session.handleInterrupt([this](int exitCode) { onInterrupted(exitCode); });
}

void RenewRun::start()
{
    m_queue = selectProfiles();
    if (m_usageProblem)
        return;
    if (m_queue.isEmpty()) {
        m_session.out().detail(tr("No saved profiles to renew."));
        QTimer::singleShot(0, this, [this] { m_session.finish(0); });
        return;
    }
    QTimer::singleShot(0, this, &RenewRun::startNext);
}

QStringList RenewRun::selectProfiles()
{
    QStringList names;
    for (const Profile& profile : m_store->profiles()) {
        names << profile.name;
        // Only the names are kept: each profile's file is read again when its turn comes and let
        // go when it ends, so that memory stays flat however many profiles there are.
        m_store->releaseParsed(profile.name);
    }
    if (m_settings.profiles.isEmpty())
        return names;
    for (const QString& wanted : m_settings.profiles) {
        if (!names.contains(wanted)) {
            m_usageProblem = true;
            const int code = m_session.usageError(tr("There is no saved profile named \"%1\" (see longlived-cli "
                                                     "keychain list).")
                                                      .arg(wanted));
            QTimer::singleShot(0, this, [this, code] { m_session.finish(code); });
            return {};
        }
    }
    return m_settings.profiles;
}

void RenewRun::startNext()
{
    while (m_running.size() < maxConcurrent && !m_queue.isEmpty()) {
        ProfileRenewer::Parts parts;
        parts.service = m_session.service();
        parts.vault = m_vault;
        parts.deliveries = m_deliveries;
        parts.transport = m_session.transport();
        const RenewalPolicy policy(m_settings.withinDays, m_settings.force);
        auto* renewer = new ProfileRenewer(parts, policy, m_queue.takeFirst(), this);
        renewer->setDryRun(m_settings.dryRun);
        if (qEnvironmentVariableIntValue(holdBeforeStoreVariable) == 1) {
            renewer->setBeforeStore([this](const std::function<void()>&) {
                m_session.out().error(QStringLiteral("holding before the keychain write"));
            });
        }
        connect(renewer, &ProfileRenewer::finished, this,
                [this, renewer](const RenewalOutcome& outcome) { onFinished(renewer, outcome); });
        m_running << renewer;
        renewer->start();
    }
}

void RenewRun::onFinished(ProfileRenewer* renewer, const RenewalOutcome& outcome)
{
    m_running.removeAll(renewer);
    renewer->deleteLater();
    m_store->releaseParsed(outcome.profileName);
    m_deliveries->releaseParsed(outcome.profileName);
    if (!outcome.isFine())
        m_attention << outcome;
    report(outcome);
    startNext();
    if (m_running.isEmpty() && m_queue.isEmpty())
        notifyAndFinish();
}

void RenewRun::report(const RenewalOutcome& outcome)
{
    OutputWriter& out = m_session.out();
    if (m_session.options().json) {
        out.writeLine(json(outcome));
        out.flush();
    }
    const QString line = humanLine(outcome);
    if (outcome.isFine())
        out.detail(line);
    else
        out.error(line);
}

QByteArray RenewRun::json(const RenewalOutcome& outcome) const
{
    QByteArray deliveries = "[";
    for (qsizetype i = 0; i < outcome.deliveries.size(); ++i) {
        const DeliveryOutcome& delivery = outcome.deliveries.at(i);
        JsonOutput item;
        item.add("target", delivery.target.id);
        item.add("kind", delivery.target.kindId());
        item.add("ok", delivery.result.isOk());
        item.add("result", delivery.result.kindId());
        item.add("message", delivery.result.message());
        deliveries += (i > 0 ? "," : "") + item.toJson();
    }
    JsonOutput json;
    json.add("profile", outcome.profileName);
    json.add("platform", Platforms::id(outcome.platform));
    json.add("action", outcome.action);
    json.add("message", outcome.message);
    json.addTime("expires_at", outcome.expiresAt);
    json.add("never_expires", outcome.neverExpires);
    json.addTime("renewed_at", outcome.renewedAt);
    json.addRaw("deliveries", deliveries + ']');
    if (outcome.graphError)
        json.addRaw("error", JsonOutput::errorObject(*outcome.graphError));
    else if (outcome.vaultError)
        json.addRaw("error",
                    JsonOutput::inputErrorObject(outcome.vaultError->kindId(), outcome.vaultError->title(),
                                                 outcome.vaultError->remedy()));
    else
        json.addNull("error");
    return json.toJson();
}

QString RenewRun::humanLine(const RenewalOutcome& outcome) const
{
    return tr("%1: %2").arg(outcome.profileName, details(outcome));
}

QString RenewRun::details(const RenewalOutcome& outcome) const
{
    QString line = outcome.message;
    if (outcome.vaultError && !outcome.failed())
        line += QLatin1Char(' ') + tr("Keychain: %1").arg(outcome.vaultError->title());
    for (const DeliveryOutcome& delivery : outcome.deliveries) {
        line += QLatin1Char('\n')
            + (delivery.result.isOk()
                   ? tr("  delivered to %1").arg(delivery.target.id)
                   : tr("  not delivered to %1: %2").arg(delivery.target.id, delivery.result.message()));
    }
    return line;
}

void RenewRun::notifyAndFinish()
{
    if (!m_settings.notify || m_attention.isEmpty())
        return end();
    auto* notifier = new DesktopNotifier(this);
    connect(notifier, &DesktopNotifier::finished, this, [this, notifier](bool shown) {
        if (!shown && !m_notifyProblems.contains(notifier->problem()))
            m_notifyProblems << notifier->problem();
        if (notifier->pending() > 0)
            return;
        // Not an error: the outcomes were reported already, the exit status says the rest.
        for (const QString& problem : std::as_const(m_notifyProblems))
            m_session.out().error(tr("No desktop notification was shown: %1").arg(problem));
        end();
    });
    for (const RenewalOutcome& outcome : std::as_const(m_attention))
        notifier->notify(tr("LongLived: %1").arg(outcome.profileName), details(outcome));
}

void RenewRun::end()
{
    m_session.finish(m_attention.isEmpty() ? 0 : 1);
}

void RenewRun::onInterrupted(int exitCode)
{
    m_queue.clear();
    for (ProfileRenewer* renewer : std::as_const(m_running))
        renewer->cancel();
    m_session.out().error(tr("Interrupted: what was renewed so far is stored; the rest is left for the next run."));
    m_session.finish(exitCode);
}
