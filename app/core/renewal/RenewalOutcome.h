#pragma once

#include "renewal/DeliveryOutcome.h"
#include "graph/GraphError.h"
#include "graph/Platform.h"
#include "vault/VaultError.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// How `renew` ended for one profile (ProfileRenewer): the action taken, the profile's expiry
/// and renewal time after it, each delivery, and the error when it failed. Nothing secret.
struct RenewalOutcome {
    QString profileName;
    Platform platform = Platform::Facebook;
    /// RenewalDecision::actionId(), "failed" when the renewal or the keychain failed, or "due"
    /// (a dry run's Renew).
    QString action;
    /// One sentence for the user (the decision's message, or the error's title).
    QString message;
    QDateTime expiresAt;
    bool neverExpires = false;
    QDateTime renewedAt;
    QList<DeliveryOutcome> deliveries;
    /// What failed: Meta or the network (as for exchange), or the keychain; at most one is set.
    std::optional<GraphError> graphError;
    std::optional<VaultError> vaultError;

    bool failed() const { return action == QLatin1String("failed"); }
    bool anyDeliveryFailed() const
    {
        for (const DeliveryOutcome& delivery : deliveries) {
            if (!delivery.result.isOk())
                return true;
        }
        return false;
    }
    /// Fine after the run: nothing the user must do (renewed, not due, never expires, expiry
    /// unknown, due in a dry run) and every delivery went through.
    bool isFine() const
    {
        return !failed() && !graphError && !vaultError && action != QLatin1String("needs_login")
            && action != QLatin1String("expired") && !anyDeliveryFailed();
    }
};
