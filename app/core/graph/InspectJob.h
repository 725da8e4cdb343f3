#pragma once

#include "graph/GraphJob.h"
#include "graph/TokenInfo.h"

/// One debug_token call in flight (TokenService::inspect()). Emits exactly one of succeeded()
/// or failed(), then deletes itself. A token that Meta reports as invalid is a success:
/// TokenInfo::isValid is false and TokenInfo::error says why.
class InspectJob : public GraphJob
{
    Q_OBJECT
public:
    InspectJob(HttpTransport* transport, const ServiceConfig& config, Clock clock, Platform platform,
               QObject* parent = nullptr);

    Platform platform() const { return m_platform; }

signals:
    void succeeded(const TokenInfo& info);

protected:
    void onJson(const QJsonObject& json, const QDateTime& receivedAt) override;

private:
    Platform m_platform;
};
