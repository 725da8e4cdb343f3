#include "graph/TokenJob.h"

#include "graph/GraphCall.h"
#include "graph/InspectJob.h"
#include "graph/ResponseParser.h"

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
    if (m_lookup)
        m_lookup->cancel(); // the exchange succeeded: this delivers the token, expiry unknown
    else if (m_call)
        m_call->cancel();
}

void TokenJob::reject(const GraphError& error)
{
    QMetaObject::invokeMethod(this, [this, error] { onFailed(error); }, Qt::QueuedConnection);
}

void TokenJob::onJson(const QJsonObject& json, const QDateTime& receivedAt)
{
    if (m_finished)
        return;
    auto parsed = ResponseParser::parseToken(json, m_platform, receivedAt);
    if (auto* error = std::get_if<GraphError>(&parsed)) {
        onFailed(*error);
        return;
    }
    const TokenResult& result = std::get<TokenResult>(parsed);
    if (!result.hasKnownExpiry() && !result.neverExpires && m_expiryLookup) {
        // No expires_in: ask debug_token rather than show an invented or missing expiry.
        m_lookup = m_expiryLookup(result.accessToken);
        if (m_lookup) {
            m_pending = result;
            m_lookup->setParent(this);
            connect(m_lookup, &InspectJob::succeeded, this, &TokenJob::onExpiryFound);
            connect(m_lookup, &InspectJob::failed, this, &TokenJob::onExpiryLookupFailed);
            return;
        }
    }
    succeed(result);
}

void TokenJob::onExpiryFound(const TokenInfo& info)
{
    TokenResult result = m_pending;
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
    succeed(result);
}

void TokenJob::onExpiryLookupFailed(const GraphError& error)
{
    // The exchange itself worked: deliver the token, with the reason its expiry is unknown.
    TokenResult result = m_pending;
    result.expiryLookupError = error;
    succeed(result);
}

void TokenJob::succeed(const TokenResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pending = TokenResult(); // do not keep a second copy of the token around
    emit succeeded(result);
    deleteLater();
}

void TokenJob::onFailed(const GraphError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit failed(error);
    deleteLater();
}
