#pragma once

#include "graph/GraphJob.h"
#include "graph/TokenResult.h"

#include <functional>

struct TokenInfo;

/// One exchange or refresh in flight (TokenService::exchange(), refresh()). When the answer
/// carries no expiry, a second step of the same job asks debug_token for it before
/// succeeded(). Emits exactly one of succeeded() or failed(), then deletes itself.
class TokenJob : public GraphJob {
    Q_OBJECT
public:
    TokenJob(HttpTransport* transport, const ServiceConfig& config, Clock clock, Platform platform,
             QObject* parent = nullptr);

    Platform platform() const { return m_platform; }

    /// The debug_token URL that inspects a freshly issued token; empty when none can be asked.
    using ExpiryLookupUrl = std::function<QUrl(const QString& accessToken)>;
    /// When the response carries no expiry, ask debug_token at \a lookupUrl before emitting
    /// succeeded(); TokenResult::expirySource says whether it worked. Set by TokenService when
    /// the App ID and App Secret are known; without it the expiry stays unknown.
    /// During that lookup the new token already exists: cancel() then stops only the lookup,
    /// and succeeded() follows synchronously with the expiry unknown (the token is never lost).
    void setExpiryLookup(ExpiryLookupUrl lookupUrl) { m_lookupUrl = std::move(lookupUrl); }

signals:
    void succeeded(const TokenResult& result);

protected:
    void onJson(const QJsonObject& json, const QDateTime& receivedAt) override;
    void onCallFailed(const GraphError& error) override;

private:
    void onTokenJson(const QJsonObject& json, const QDateTime& receivedAt);
    void onExpiryJson(const QJsonObject& json);
    /// \a result with what debug_token said about its expiry.
    static TokenResult withExpiryOf(TokenResult result, const TokenInfo& info);
    void succeed(const TokenResult& result);

    Platform m_platform;
    ExpiryLookupUrl m_lookupUrl;
    bool m_lookingUp = false; ///< the second step: the token is in m_pending
    TokenResult m_pending;
};
