#include "RenewalStatusText.h"

#include "DeliveryStatusText.h"

bool RenewalStatusText::lastRenewalFailed(const Profile& profile)
{
    // A renewal that succeeds clears the failure (Profile::renewedWith(), TokenVault::replaceToken()).
    return profile.renewalFailedAt.isValid();
}

bool RenewalStatusText::needsAttention(const Profile& profile, const RenewalDecision& decision)
{
    using Action = RenewalDecision::Action;
    return lastRenewalFailed(profile) || decision.action == Action::NeedsLogin || decision.action == Action::Expired;
}

QString RenewalStatusText::summary(const Profile& profile, const RenewalDecision& decision, const QDateTime& now)
{
    if (lastRenewalFailed(profile))
        return tr("renewal failed: %1").arg(profile.renewalError);
    const int days = int(qAbs(decision.secondsLeft) / (24 * 60 * 60));
    switch (decision.action) {
    case RenewalDecision::Action::NeverExpires:
        return tr("never expires");
    case RenewalDecision::Action::Expired:
        return tr("expired: needs a new login");
    case RenewalDecision::Action::NeedsLogin:
        return tr("needs a new login in %n day(s)", nullptr, days);
    case RenewalDecision::Action::UnknownExpiry:
        return tr("expiry unknown");
    case RenewalDecision::Action::Renew:
    case RenewalDecision::Action::NotDue:
        break;
    }
    // Not due: a token that cannot be refreshed still ends, and only a login helps then.
    if (!Platforms::supportsRefresh(profile.platform))
        return tr("needs a new login in %n day(s)", nullptr, days);
    return refreshableText(profile, now);
}

QString RenewalStatusText::refreshableText(const Profile& profile, const QDateTime& now)
{
    if (profile.renewedAt.isValid())
        return tr("renewed %1").arg(DeliveryStatusText::ago(now, profile.renewedAt));
    return tr("renews automatically");
}
