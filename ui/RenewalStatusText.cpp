#include "RenewalStatusText.h"

#include "DeliveryStatusText.h"

#include <QLocale>

bool RenewalStatusText::lastRenewalFailed(const Profile& profile)
{
    // A renewal that succeeds clears the failure (Profile::renewedWith(), TokenVault::replaceToken()).
    return profile.renewalFailedAt.isValid();
}

bool RenewalStatusText::renewsByHand(const Profile& profile, const RenewalDecision& decision)
{
    // The token renew would refresh: one that cannot be refreshed needs a login either way.
    const bool refreshable
        = decision.action == RenewalDecision::Action::Renew || decision.action == RenewalDecision::Action::NotDue;
    return refreshable && Platforms::supportsRefresh(profile.platform);
}

bool RenewalStatusText::needsAttention(const Profile& profile, const RenewalDecision& decision,
                                       RenewalTimer::State timer)
{
    using Action = RenewalDecision::Action;
    const bool dueByHand
        = decision.action == Action::Renew && timer == RenewalTimer::State::Disabled && renewsByHand(profile, decision);
    return lastRenewalFailed(profile) || decision.action == Action::NeedsLogin || decision.action == Action::Expired
        || dueByHand;
}

QString RenewalStatusText::summary(const Profile& profile, const RenewalDecision& decision, const QDateTime& now,
                                   RenewalTimer::State timer)
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
    if (!renewsByHand(profile, decision))
        return tr("needs a new login in %n day(s)", nullptr, days);
    return refreshableText(profile, now, timer);
}

QString RenewalStatusText::details(const Profile& profile, const RenewalDecision& decision, RenewalTimer::State timer)
{
    if (lastRenewalFailed(profile))
        return tr("The last renewal, %1, failed: %2")
            .arg(QLocale().toString(profile.renewalFailedAt.toLocalTime(), QLocale::ShortFormat), profile.renewalError);
    QString text = decision.message();
    if (timer == RenewalTimer::State::Disabled && renewsByHand(profile, decision))
        text += QLatin1Char('\n')
            + tr("Automatic renewal is off: switch on “Renew saved tokens automatically” in Settings, or use "
                 "Renew now before the token expires.");
    return text;
}

QString RenewalStatusText::refreshableText(const Profile& profile, const QDateTime& now, RenewalTimer::State timer)
{
    const QString by = profile.expiresAt.isValid()
        ? QLocale().toString(profile.expiresAt.toLocalTime().date(), QLocale::ShortFormat)
        : QString();
    if (timer == RenewalTimer::State::Disabled) {
        return by.isEmpty() ? tr("automatic renewal is off")
                            : tr("automatic renewal is off: renew by hand before %1").arg(by);
    }
    if (profile.renewedAt.isValid())
        return tr("renewed %1").arg(DeliveryStatusText::ago(now, profile.renewedAt));
    if (timer == RenewalTimer::State::Enabled)
        return tr("renews automatically");
    // Not known whether anything renews it (no systemd to ask: cron may): the date holds either way.
    return by.isEmpty() ? tr("renew before it expires") : tr("renew before %1").arg(by);
}
