#include "renewal/RenewalDecision.h"

namespace {
constexpr qint64 secondsPerDay = 24 * 60 * 60;
} // namespace

int RenewalDecision::days() const
{
    return int(qAbs(secondsLeft) / secondsPerDay);
}

QString RenewalDecision::notDueMessage() const
{
    if (reason == Reason::TooRecent) {
        return tr("Not due: obtained less than 24 hours ago, and Meta refreshes a token only once it is a "
                  "day old.");
    }
    return tr("Not due: %n day(s) left.", nullptr, days()) + QLatin1Char(' ')
        + tr("It is renewed when %n day(s) or fewer remain.", nullptr, withinDays);
}

QString RenewalDecision::unknownExpiryMessage() const
{
    switch (reason) {
    case Reason::CanInspect:
        return tr("Expiry unknown, and Meta's debug_token did not say either.");
    case Reason::CannotInspect:
        return tr("Expiry unknown, and this platform has no debug_token to ask. Use --force to refresh it.");
    default:
        return tr("Expiry unknown: no App Secret is stored with this profile to ask Meta's debug_token. "
                  "Save the profile again with its App Secret.");
    }
}

QString RenewalDecision::actionId() const
{
    switch (action) {
    case Action::Renew:
        return QStringLiteral("renewed");
    case Action::NotDue:
        return QStringLiteral("not_due");
    case Action::NeedsLogin:
        return QStringLiteral("needs_login");
    case Action::Expired:
        return QStringLiteral("expired");
    case Action::NeverExpires:
        return QStringLiteral("never_expires");
    case Action::UnknownExpiry:
        return QStringLiteral("unknown_expiry");
    }
    return QStringLiteral("unknown_expiry");
}

QString RenewalDecision::message() const
{
    switch (action) {
    case Action::Renew:
        if (reason == Reason::Forced)
            return tr("Due: renewal forced.");
        return tr("Due: expires in %n day(s).", nullptr, days());
    case Action::NotDue:
        return notDueMessage();
    case Action::NeedsLogin:
        return tr("Needs a new login: expires in %n day(s), and Facebook user tokens cannot be refreshed. "
                  "Exchange a new short-lived token and save it over this profile.",
                  nullptr, days());
    case Action::Expired:
        return tr("Expired %n day(s) ago: log in again and exchange a new short-lived token.", nullptr, days());
    case Action::NeverExpires:
        return tr("Never expires.");
    case Action::UnknownExpiry:
        return unknownExpiryMessage();
    }
    return {};
}
