#pragma once

#include "renewal/RenewalTimer.h"
#include "vault/DeliveryTarget.h"
#include "vault/Profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

/// The words the window uses for delivery targets: what kind a target is, where it delivers
/// to, and what happened there last ("delivered 2 hours ago", "not delivered: <reason>"), for
/// one target (the Delivery dialog) or all of a profile's (the Saved tokens list). Pure
/// functions of their inputs; the time is passed in. Never a secret: targets hold none.
class DeliveryStatusText {
    Q_DECLARE_TR_FUNCTIONS(DeliveryStatusText)

public:
    /// "n8n", "File", "Command".
    static QString kindName(DeliveryTarget::Kind kind);
    /// Where the token goes: the n8n address with credential and field, the file with its
    /// format, or the command line.
    static QString where(const DeliveryTarget& target);
    /// "delivered 2 hours ago", "not delivered: <reason>", "not delivered yet".
    static QString lastDelivery(const DeliveryTarget& target, const QDateTime& now);
    /// As above, for a target of \a profile: a successful delivery of an older token says so.
    static QString lastDelivery(const DeliveryTarget& target, const Profile& profile, const QDateTime& now);
    /// One line for all of \a profile's targets: "—" without targets, "delivered to n8n, file"
    /// when each holds the profile's current token, else "not delivered: <reason>" when the
    /// last attempt at one that lacks it failed, else "waiting for the next delivery" while the
    /// renewal \a timer is on (each run delivers what is missing), "not delivered yet" when not.
    /// Which token a target holds is DeliveryTarget::deliveredAfter()'s answer.
    static QString summary(const QList<DeliveryTarget>& targets, const Profile& profile, RenewalTimer::State timer);
    /// The last attempt at one of \a targets failed: the user should look.
    static bool anyFailed(const QList<DeliveryTarget>& targets);
    /// The last attempt failed at one of \a profile's targets that lacks its current token.
    static bool anyFailed(const QList<DeliveryTarget>& targets, const Profile& profile);
    /// "just now", "5 minutes ago", "2 hours ago", "3 days ago".
    static QString ago(const QDateTime& now, const QDateTime& then);

private:
    static bool failedLast(const DeliveryTarget& target);
    static bool holdsCurrent(const DeliveryTarget& target, const Profile& profile);
};
