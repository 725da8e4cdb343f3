#include "DeliveryStatusText.h"

#include <QDir>

#include <algorithm>

QString DeliveryStatusText::kindName(DeliveryTarget::Kind kind)
{
    switch (kind) {
    case DeliveryTarget::Kind::N8n:
        return tr("n8n");
    case DeliveryTarget::Kind::File:
        return tr("File");
    case DeliveryTarget::Kind::Exec:
        return tr("Command");
    }
    return {};
}

QString DeliveryStatusText::where(const DeliveryTarget& target)
{
    switch (target.kind) {
    case DeliveryTarget::Kind::N8n:
        return tr("%1, credential %2, field %3")
            .arg(target.n8nUrl.toDisplayString(), target.credentialId, target.field);
    case DeliveryTarget::Kind::File:
        if (target.envVariable().isEmpty())
            return tr("%1 (the token)").arg(QDir::toNativeSeparators(target.path));
        return tr("%1 (%2=…)").arg(QDir::toNativeSeparators(target.path), target.envVariable());
    case DeliveryTarget::Kind::Exec:
        return target.commandLine();
    }
    return {};
}

bool DeliveryStatusText::failedLast(const DeliveryTarget& target)
{
    return target.lastAttemptAt.isValid() && !target.lastOk;
}

QString DeliveryStatusText::lastDelivery(const DeliveryTarget& target, const QDateTime& now)
{
    if (failedLast(target))
        return tr("not delivered: %1").arg(target.lastMessage);
    if (target.lastDeliveredAt.isValid())
        return tr("delivered %1").arg(ago(now, target.lastDeliveredAt));
    return tr("not delivered yet");
}

bool DeliveryStatusText::holdsCurrent(const DeliveryTarget& target, const Profile& profile)
{
    return target.deliveredAfter(profile.savedAt);
}

QString DeliveryStatusText::lastDelivery(const DeliveryTarget& target, const Profile& profile, const QDateTime& now)
{
    if (!holdsCurrent(target, profile) && !failedLast(target) && target.lastDeliveredAt.isValid())
        return tr("an older token, delivered %1").arg(ago(now, target.lastDeliveredAt));
    return lastDelivery(target, now);
}

bool DeliveryStatusText::anyFailed(const QList<DeliveryTarget>& targets)
{
    return std::any_of(targets.cbegin(), targets.cend(), &DeliveryStatusText::failedLast);
}

bool DeliveryStatusText::anyFailed(const QList<DeliveryTarget>& targets, const Profile& profile)
{
    // A failed attempt at a target that still holds the current token (a test, say) changes
    // nothing there: renew will not send it again either.
    return std::any_of(targets.cbegin(), targets.cend(), [&profile](const DeliveryTarget& target) {
        return failedLast(target) && !holdsCurrent(target, profile);
    });
}

QString DeliveryStatusText::summary(const QList<DeliveryTarget>& targets, const Profile& profile,
                                    RenewalTimer::State timer)
{
    if (targets.isEmpty())
        return QStringLiteral("—");
    QStringList kinds;
    bool missing = false;
    for (const DeliveryTarget& target : targets) {
        if (!holdsCurrent(target, profile)) {
            if (failedLast(target))
                return tr("not delivered: %1").arg(target.lastMessage);
            missing = true;
        } else if (!kinds.contains(target.kindId())) {
            kinds << target.kindId();
        }
    }
    if (!missing)
        return tr("delivered to %1").arg(kinds.join(QStringLiteral(", ")));
    return timer == RenewalTimer::State::Enabled ? tr("waiting for the next delivery") : tr("not delivered yet");
}

QString DeliveryStatusText::ago(const QDateTime& now, const QDateTime& then)
{
    const qint64 seconds = qMax<qint64>(0, then.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 60 * 60)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 60 * 60)
        return tr("%n hour(s) ago", nullptr, int(seconds / (60 * 60)));
    return tr("%n day(s) ago", nullptr, int(seconds / (24 * 60 * 60)));
}
