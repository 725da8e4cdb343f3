#pragma once

#include "vault/Profile.h"
#include "renewal/RenewalDecision.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// The Saved tokens list's short words for what renewal will do with a profile ("renews
/// automatically", "renewed 2 days ago", "needs a new login in 5 days", "renewal failed: …",
/// "never expires"). The rules are RenewalPolicy's: this only words its decision and the
/// profile's renewal history; the decision's own sentence is the tooltip.
class RenewalStatusText {
    Q_DECLARE_TR_FUNCTIONS(RenewalStatusText)

public:
    /// The short phrase for \a profile, given RenewalPolicy's \a decision about it at \a now.
    static QString summary(const Profile& profile, const RenewalDecision& decision, const QDateTime& now);
    /// The user must act (a login, an expired token) or the last renewal failed.
    static bool needsAttention(const Profile& profile, const RenewalDecision& decision);
    /// The last renewal attempt failed.
    static bool lastRenewalFailed(const Profile& profile);

private:
    static QString refreshableText(const Profile& profile, const QDateTime& now);
};
