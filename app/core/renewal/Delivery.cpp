#include "renewal/Delivery.h"

Delivery::Delivery(const DeliveryTarget& target, QObject* parent)
    : QObject(parent)
    , m_target(target)
{
}

Delivery::~Delivery() = default;

void Delivery::cancel()
{
    finish(DeliveryResult(DeliveryResult::Kind::Canceled, tr("Canceled.")));
}

void Delivery::finish(const DeliveryResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
}

void Delivery::finishLater(const DeliveryResult& result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}
