#pragma once

#include "support/Clock.h"
#include "vault/Profile.h"
#include "renewal/RenewalDecision.h"
#include "renewal/RenewalOutcome.h"
#include "renewal/RenewalPolicy.h"

#include <QObject>
#include <QPointer>

#include <functional>

class DeliveryRunner;
class DeliveryStore;
class HttpTransport;
class TokenJob;
class TokenService;
class TokenVault;
struct TokenInfo;
struct TokenResult;

/// Renews one saved profile, start to end: decides (RenewalPolicy), reads the token from the
/// keychain when it is needed, asks Meta for a refreshed one, stores it (the keychain entry is
/// replaced in place, the new token written before the old one is gone, then the profile's
/// expiry and renewedAt), and delivers the current token to every target that has not received
/// it yet (all targets after a renewal). A failure is noted on the profile (renewalFailedAt,
/// renewalError) and in the outcome; the stored token is never lost.
///
///     ProfileRenewer renewer(parts, policy, name);
///     connect(&renewer, &ProfileRenewer::finished, ...);  // once, asynchronously
///     renewer.start();
class ProfileRenewer : public QObject {
    Q_OBJECT
public:
    /// What the renewer works with; all must outlive it.
    struct Parts {
        TokenService* service = nullptr;
        TokenVault* vault = nullptr;
        DeliveryStore* deliveries = nullptr;
        HttpTransport* transport = nullptr; ///< for the deliveries' requests
    };
    /// Called with Meta's new token in hand, before the keychain write; it calls proceed()
    /// to go on. Tests use it to stop a process exactly there.
    using BeforeStore = std::function<void(std::function<void()> proceed)>;

    ProfileRenewer(const Parts& parts, const RenewalPolicy& policy, const QString& profileName,
                   QObject* parent = nullptr);
    ~ProfileRenewer() override;

    /// Decide and report only: no keychain read, no request, no delivery.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    void setBeforeStore(BeforeStore hook) { m_beforeStore = std::move(hook); }

    void start();
    /// Stops what runs (a request, the deliveries); finished() follows with what was done.
    void cancel();
    bool isFinished() const { return m_finished; }
    RenewalOutcome outcome() const { return m_outcome; }

signals:
    void finished(const RenewalOutcome& outcome);

private:
    void decide();
    void act(const RenewalDecision& decision);
    void loadToken(bool withSecret, std::function<void()> next);
    void inspect();
    void onInspected(const TokenInfo& info);
    void refresh();
    void store(const TokenResult& result);
    void deliver(bool renewed);
    /// Whether a target may lack the saved token (so it must be read to be compared).
    bool anyTargetNeedsSavedToken() const;
    void fail(const QString& message);
    void noteFailure(const QString& message);
    void describe(const Profile& profile);
    void finish();

    Parts m_parts;
    RenewalPolicy m_policy;
    QString m_name;
    Profile m_profile;
    QString m_token;
    QString m_appSecret;
    bool m_inspected = false;
    bool m_dryRun = false;
    bool m_canceled = false;
    bool m_finished = false;
    BeforeStore m_beforeStore;
    QPointer<TokenJob> m_job;
    DeliveryRunner* m_delivery = nullptr;
    RenewalOutcome m_outcome;
};
