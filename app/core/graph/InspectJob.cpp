#include "graph/InspectJob.h"

InspectJob::InspectJob(HttpTransport* transport, const ServiceConfig& config, Clock clock, Platform platform,
                       QObject* parent)
    : GraphJob(transport, config, std::move(clock), parent)
    , m_platform(platform)
{
}

void InspectJob::onJson(const QJsonObject& json, const QDateTime& /*receivedAt*/)
{
    auto parsed = TokenInfo::fromJson(json, m_platform);
    if (auto* error = std::get_if<GraphError>(&parsed)) {
        fail(*error);
        return;
    }
    TokenInfo info = std::get<TokenInfo>(parsed);
    // debug_token's verdict on an invalid token may quote it, or the app token it was asked with.
    info.error = withoutSecrets(info.error);
    finish();
    emit succeeded(info);
}
