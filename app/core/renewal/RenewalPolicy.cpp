#include "renewal/RenewalPolicy.h"

namespace {
constexpr qint64 secondsPerDay = 24 * 60 * 60;
} // namespace

RenewalPolicy::RenewalPolicy(int withinDays, bool force, Clock clock)
    : m_withinDays(qMax(0, withinDays))
    , m_force(force)
    , m_clock(std::move(clock))
{
}

RenewalDecision RenewalPolicy::decide(const Profile& profile) const
{
    const QDateTime now = m_clock();
    RenewalDecision decision;
    decision.withinDays = m_withinDays;
    if (profile.neverExpires) {
        decision.action = RenewalDecision::Action::NeverExpires;
        decision.reason = RenewalDecision::Reason::NoExpiry;
        return decision;
    }
    if (!profile.expiresAt.isValid())
        return unknownExpiry(profile);
    decision.secondsLeft = now.secsTo(profile.expiresAt);
    if (decision.secondsLeft <= 0) {
        decision.action = RenewalDecision::Action::Expired;
        decision.reason = RenewalDecision::Reason::PastExpiry;
        return decision;
    }
    if (Platforms::supportsRefresh(profile.platform))
        return refreshable(profile, now, decision);
    const bool within = decision.secondsLeft <= m_withinDays * secondsPerDay;
    decision.action = within ? RenewalDecision::Action::NeedsLogin : RenewalDecision::Action::NotDue;
    decision.reason = within ? RenewalDecision::Reason::CannotRefresh : RenewalDecision::Reason::PlentyLeft;
    if (!within)
        decision.dueAt = profile.expiresAt.addSecs(-m_withinDays * secondsPerDay);
    return decision;
}

RenewalDecision RenewalPolicy::refreshable(const Profile& profile, const QDateTime& now, RenewalDecision decision) const
{
    const QDateTime oldEnough = profile.obtainedTime().addSecs(minimumAgeSeconds);
    const QDateTime windowOpens = profile.expiresAt.addSecs(-m_withinDays * secondsPerDay);
    if (m_force) {
        decision.action = RenewalDecision::Action::Renew;
        decision.reason = RenewalDecision::Reason::Forced;
    } else if (oldEnough.isValid() && now < oldEnough) {
        decision.action = RenewalDecision::Action::NotDue;
        decision.reason = RenewalDecision::Reason::TooRecent;
        decision.dueAt = qMax(oldEnough, windowOpens);
    } else if (now < windowOpens) {
        decision.action = RenewalDecision::Action::NotDue;
        decision.reason = RenewalDecision::Reason::PlentyLeft;
        decision.dueAt = windowOpens;
    } else {
        decision.action = RenewalDecision::Action::Renew;
        decision.reason = RenewalDecision::Reason::Due;
    }
    return decision;
}

RenewalDecision RenewalPolicy::unknownExpiry(const Profile& profile) const
{
    RenewalDecision decision;
    decision.withinDays = m_withinDays;
    if (m_force && Platforms::supportsRefresh(profile.platform)) {
        // The refreshed token's answer carries its expiry: forcing is how to learn it.
        decision.action = RenewalDecision::Action::Renew;
        decision.reason = RenewalDecision::Reason::Forced;
        return decision;
    }
    decision.action = RenewalDecision::Action::UnknownExpiry;
    if (!Platforms::supportsInspect(profile.platform))
        decision.reason = RenewalDecision::Reason::CannotInspect;
    else
        decision.reason
            = profile.hasStoredSecret ? RenewalDecision::Reason::CanInspect : RenewalDecision::Reason::NoSecret;
    return decision;
}
