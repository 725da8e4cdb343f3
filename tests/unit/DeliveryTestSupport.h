#pragma once

// Runs one Delivery to its end for the delivery tests: start() and wait (by condition) for the
// one finished() signal.

#include "renewal/Delivery.h"

#include <QTest>

#include <memory>

namespace DeliveryTestSupport {

struct Finished {
    bool done = false;
    int count = 0;
    DeliveryResult result;
};

inline std::shared_ptr<Finished> watch(Delivery* delivery)
{
    auto finished = std::make_shared<Finished>();
    QObject::connect(delivery, &Delivery::finished, delivery, [finished](const DeliveryResult& result) {
        finished->done = true;
        ++finished->count;
        finished->result = result;
    });
    return finished;
}

/// Starts \a delivery and waits up to \a timeoutMs for its result.
inline DeliveryResult run(Delivery* delivery, int timeoutMs = 20000)
{
    auto finished = watch(delivery);
    delivery->start();
    if (!QTest::qWaitFor([&] { return finished->done; }, timeoutMs))
        return DeliveryResult(DeliveryResult::Kind::HttpError, QStringLiteral("test: no result in time"));
    return finished->result;
}

} // namespace DeliveryTestSupport
