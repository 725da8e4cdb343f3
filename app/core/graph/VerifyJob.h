#pragma once

#include "graph/GraphJob.h"
#include "graph/Identity.h"

/// One /me call in flight (TokenService::verify()): proof that a token works and whose it is.
/// Emits exactly one of succeeded() or failed(), then deletes itself.
class VerifyJob : public GraphJob
{
    Q_OBJECT
public:
    VerifyJob(HttpTransport* transport, const ServiceConfig& config, Clock clock, Platform platform,
              QObject* parent = nullptr);

    Platform platform() const { return m_platform; }

signals:
    void succeeded(const Identity& identity);

protected:
    void onJson(const QJsonObject& json, const QDateTime& receivedAt) override;

private:
    Platform m_platform;
};
