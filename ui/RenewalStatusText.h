#pragma once

#include "vault/Profile.h"
#include "renewal/RenewalDecision.h"
#include "renewal/RenewalTimer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// The Saved tokens list's short words for what renewal will do with a profile ("renews
/// automatically", "renewed 2 days ago", "needs a new login in 5 days", "renewal failed: …",
/// "never expires", "automatic renewal is off: renew by hand before …"). The rules are
/// RenewalPolicy's: this only words its decision, the profile's renewal history and whether
/// the renewal timer runs (RenewalTimer's state); the decision's own sentence is the tooltip.
///
/// "renews automatically" is said only while the timer is known to be on. Where its state is
/// not known (not asked yet, no systemd user manager: cron may run the renewal instead) the
/// words say what is true either way: the date to renew by.
class RenewalStatusText {
    Q_DECLARE_TR_FUNCTIONS(RenewalStatusText)

public:
    /// The short phrase for \a profile, given RenewalPolicy's \a decision about it at \a now and
    /// the state of the renewal \a timer.
    static QString summary(const Profile& profile, const RenewalDecision& decision, const QDateTime& now,
                           RenewalTimer::State timer);
    /// The tooltip: the last failure, else the decision's sentence, and what to do while the
    /// timer is off.
    static QString details(const Profile& profile, const RenewalDecision& decision, RenewalTimer::State timer);
    /// The user must act (a login, an expired token, a renewal that is due while the timer is
    /// off) or the last renewal failed.
    static bool needsAttention(const Profile& profile, const RenewalDecision& decision, RenewalTimer::State timer);
    /// The last renewal attempt failed.
    static bool lastRenewalFailed(const Profile& profile);

private:
    static QString refreshableText(const Profile& profile, const QDateTime& now, RenewalTimer::State timer);
    static bool renewsByHand(const Profile& profile, const RenewalDecision& decision);
};
