#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/// What `renew` will do with one saved profile, as RenewalPolicy decided it, and why. A value;
/// message() says it to the user.
struct RenewalDecision {
    Q_DECLARE_TR_FUNCTIONS(RenewalDecision)

public:
    enum class Action {
        Renew, ///< ask Meta for a refreshed token
        NotDue, ///< nothing to do yet (reason: PlentyLeft or TooRecent)
        NeedsLogin, ///< cannot be refreshed and ends within the window: the user must log in
        Expired, ///< past its expiry: only a new login helps
        NeverExpires, ///< nothing will ever be due
        UnknownExpiry ///< no expiry known (reason: CanInspect, NoSecret or CannotInspect)
    };
    enum class Reason {
        Due, ///< Renew: expires within the window
        Forced, ///< Renew: --force, whatever the dates say
        PlentyLeft, ///< NotDue: more than the window left
        TooRecent, ///< NotDue: obtained less than 24 hours ago (Meta refuses younger tokens)
        CannotRefresh, ///< NeedsLogin: Facebook user tokens cannot be refreshed
        PastExpiry, ///< Expired
        NoExpiry, ///< NeverExpires
        CanInspect, ///< UnknownExpiry: debug_token with the stored App Secret can tell
        NoSecret, ///< UnknownExpiry: no App Secret stored to ask debug_token with
        CannotInspect ///< UnknownExpiry: the platform has no debug_token (Instagram)
    };

    Action action = Action::UnknownExpiry;
    Reason reason = Reason::NoSecret;
    /// Seconds until the expiry at the time of the decision (negative when past; 0 when unknown).
    qint64 secondsLeft = 0;
    /// NotDue: when the profile becomes due (invalid when unknown).
    QDateTime dueAt;
    /// The window in days the decision was made with.
    int withinDays = 0;

    /// "renewed" (for Renew, the action's outcome), "not_due", "needs_login", "expired",
    /// "never_expires", "unknown_expiry": the CLI's stable identifiers.
    QString actionId() const;
    /// One sentence for the user: what happens and, where only they can act, what to do.
    QString message() const;

private:
    QString notDueMessage() const;
    QString unknownExpiryMessage() const;
    /// Whole days in secondsLeft (its magnitude).
    int days() const;
};
