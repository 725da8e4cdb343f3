#pragma once

#include "support/Clock.h"
#include "vault/Profile.h"
#include "renewal/RenewalDecision.h"

/// When a saved token is renewed: the rules of `longlived-cli renew`, pure (no keychain, no
/// network), with the clock injected so tests pin "now".
///
/// - never expires → NeverExpires; no known expiry → UnknownExpiry (CanInspect when an App
///   Secret is stored and the platform has debug_token, else NoSecret / CannotInspect; with
///   force, a refreshable token is renewed anyway);
/// - past its expiry → Expired (Meta refreshes only unexpired tokens);
/// - Threads / Instagram: force → Renew; obtained less than minimumAgeSeconds ago → NotDue
///   (TooRecent); at most withinDays left → Renew (Due); else NotDue (PlentyLeft);
/// - Facebook (cannot be refreshed): at most withinDays left → NeedsLogin, else NotDue.
class RenewalPolicy {
public:
    static constexpr int defaultWithinDays = 14;
    /// Meta refreshes a long-lived Threads or Instagram token only once it is this old.
    static constexpr qint64 minimumAgeSeconds = 24 * 60 * 60;

    explicit RenewalPolicy(int withinDays = defaultWithinDays, bool force = false, Clock clock = systemClock());

    int withinDays() const { return m_withinDays; }
    bool force() const { return m_force; }
    QDateTime now() const { return m_clock(); }

    RenewalDecision decide(const Profile& profile) const;

private:
    RenewalDecision unknownExpiry(const Profile& profile) const;
    RenewalDecision refreshable(const Profile& profile, const QDateTime& now, RenewalDecision decision) const;

    int m_withinDays;
    bool m_force;
    Clock m_clock;
};
