#include "TokenJob.h"

#include "GraphCall.h"
#include "ResponseParser.h"

TokenJob::TokenJob(GraphCall* call, Platform platform, QObject* parent)
    : QObject(parent)
    , m_call(call)
    , m_platform(platform)
{
    call->setParent(this);
    connect(call, &GraphCall::succeeded, this, &TokenJob::onJson);
    connect(call, &GraphCall::failed, this, &TokenJob::onFailed);
}

void TokenJob::cancel()
{
    if (m_call)
        m_call->cancel();
}

void TokenJob::onJson(const QJsonObject& json, const QDateTime& receivedAt)
{
    auto parsed = ResponseParser::parseToken(json, m_platform, receivedAt);
    if (auto* error = std::get_if<GraphError>(&parsed))
        emit failed(*error);
    else
        emit succeeded(std::get<TokenResult>(parsed));
    deleteLater();
}

void TokenJob::onFailed(const GraphError& error)
{
    emit failed(error);
    deleteLater();
}
