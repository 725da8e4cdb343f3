#pragma once

#include "vault/DeliveryResult.h"
#include "vault/DeliveryTarget.h"

#include <QObject>

/// One delivery of a token to one target, in flight. Emits finished() exactly once, always
/// asynchronously (connect right after start()); the owner deletes it afterwards
/// (deleteLater() from the finished handler is fine). Subclasses: N8nDelivery, FileDelivery,
/// ExecDelivery.
class Delivery : public QObject {
    Q_OBJECT
public:
    ~Delivery() override;

    const DeliveryTarget& target() const { return m_target; }
    bool isFinished() const { return m_finished; }

    virtual void start() = 0;
    /// Stops the delivery; finished(Canceled) unless it already finished.
    virtual void cancel();

signals:
    void finished(const DeliveryResult& result);

protected:
    Delivery(const DeliveryTarget& target, QObject* parent);
    /// Emits finished() the first time only.
    void finish(const DeliveryResult& result);
    /// finish() on the next event-loop turn (results known before anything ran).
    void finishLater(const DeliveryResult& result);

private:
    DeliveryTarget m_target;
    bool m_finished = false;
};
