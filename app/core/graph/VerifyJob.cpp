#include "graph/VerifyJob.h"

VerifyJob::VerifyJob(HttpTransport* transport, const ServiceConfig& config, Clock clock, Platform platform,
                     QObject* parent)
    : GraphJob(transport, config, std::move(clock), parent)
    , m_platform(platform)
{
}

void VerifyJob::onJson(const QJsonObject& json, const QDateTime& /*receivedAt*/)
{
    auto parsed = Identity::fromJson(json, m_platform);
    if (auto* error = std::get_if<GraphError>(&parsed)) {
        fail(*error);
        return;
    }
    finish();
    emit succeeded(std::get<Identity>(parsed));
}
