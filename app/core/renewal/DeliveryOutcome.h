#pragma once

#include "vault/DeliveryResult.h"
#include "vault/DeliveryTarget.h"

#include <QString>

/// What one DeliveryRunner step did: \a target of \a profileName (as it was before the
/// attempt) got \a result.
struct DeliveryOutcome {
    QString profileName;
    DeliveryTarget target;
    DeliveryResult result;
};
