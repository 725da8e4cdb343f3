#include "graph/TokenJob.h"

#include "graph/ResponseParser.h"
#include "graph/TokenInfo.h"

TokenJob::TokenJob(HttpTransport* transport, const ServiceConfig& config, Clock clock, Platform platform,
                   QObject* parent)
    : GraphJob(transport, config, std::move(clock), parent)
    , m_platform(platform)
{
}

void TokenJob::onJson(const QJsonObject& json, const QDateTime& receivedAt)
{
    if (m_lookingUp)
        onExpiryJson(json);
    else
        onTokenJson(json, receivedAt);
}

void TokenJob::onTokenJson(const QJsonObject& json, const QDateTime& receivedAt)
{
    auto parsed = ResponseParser::parseToken(json, m_platform, receivedAt);
    if (auto* error = std::get_if<GraphError>(&parsed)) {
        fail(*error);
        return;
    }
    const TokenResult& result = std::get<TokenResult>(parsed);
    if (!result.hasKnownExpiry() && !result.neverExpires && m_lookupUrl) {
        // No expires_in: ask debug_token rather than show an invented or missing expiry.
        const QUrl url = m_lookupUrl(result.accessToken);
        if (!url.isEmpty()) {
            m_pending = result;
            m_lookingUp = true;
            get(url);
            return;
        }
    }
    succeed(result);
}

void TokenJob::onExpiryJson(const QJsonObject& json)
{
    auto parsed = TokenInfo::fromJson(json, m_platform);
    if (auto* error = std::get_if<GraphError>(&parsed)) {
        onCallFailed(*error);
        return;
    }
    TokenInfo info = std::get<TokenInfo>(parsed);
    // debug_token's verdict on an invalid token may quote it, or the app token it was asked with.
    info.error = withoutSecrets(info.error);
    succeed(withExpiryOf(m_pending, info));
}

TokenResult TokenJob::withExpiryOf(TokenResult result, const TokenInfo& info)
{
    if (!info.isValid) {
        // Meta calls the token it just issued invalid: report that, invent nothing.
        result.expiryLookupError = info.error.isError() ? info.error : GraphError(GraphError::Kind::TokenInvalid);
    } else if (info.neverExpires) {
        result.neverExpires = true;
        result.expirySource = TokenResult::ExpirySource::DebugToken;
    } else if (info.expiresAt.isValid()) {
        result.expiresAt = info.expiresAt;
        result.expirySource = TokenResult::ExpirySource::DebugToken;
    }
    return result;
}

void TokenJob::onCallFailed(const GraphError& error)
{
    if (!m_lookingUp) {
        fail(error);
        return;
    }
    // The exchange itself worked: deliver the token, with the reason its expiry is unknown.
    TokenResult result = m_pending;
    result.expiryLookupError = error;
    succeed(result);
}

void TokenJob::succeed(const TokenResult& result)
{
    if (isFinished())
        return;
    m_pending = TokenResult(); // do not keep a second copy of the token around
    finish();
    emit succeeded(result);
}
