#pragma once

#include "graph/GraphError.h"
#include "graph/TokenResult.h"

#include <QObject>
#include <QPointer>

#include <functional>

class GraphCall;
class InspectJob;
struct TokenInfo;

/// One exchange or refresh in flight. Emits exactly one of succeeded() or failed(), then
/// deletes itself; hold it in a QPointer to cancel().
class TokenJob : public QObject
{
    Q_OBJECT
public:
    TokenJob(GraphCall* call, Platform platform, QObject* parent = nullptr);

    Platform platform() const { return m_platform; }

    /// Starts a debug_token lookup of a freshly issued token and returns it running, or
    /// nullptr when no lookup is possible.
    using ExpiryLookup = std::function<InspectJob*(const QString& accessToken)>;
    /// When the response carries no expiry, ask debug_token through \a lookup before emitting
    /// succeeded(); TokenResult::expirySource says whether it worked. Set by TokenService when
    /// the App ID and App Secret are known; without it the expiry stays unknown.
    void setExpiryLookup(ExpiryLookup lookup) { m_expiryLookup = std::move(lookup); }
    /// Ends the job with \a error without sending anything (the request cannot work as
    /// asked). Asynchronous, so callers can connect after it.
    void reject(const GraphError& error);

public slots:
    /// Stops the request at once; failed(Canceled) follows synchronously. During the automatic
    /// expiry lookup the new token already exists: cancel() then stops only the lookup, and
    /// succeeded() follows synchronously with the expiry unknown (the token is never lost).
    void cancel();

signals:
    void succeeded(const TokenResult& result);
    void failed(const GraphError& error);

private:
    void onJson(const QJsonObject& json, const QDateTime& receivedAt);
    void onFailed(const GraphError& error);
    void onExpiryFound(const TokenInfo& info);
    void onExpiryLookupFailed(const GraphError& error);
    void succeed(const TokenResult& result);

    QPointer<GraphCall> m_call;
    Platform m_platform;
    ExpiryLookup m_expiryLookup;
    QPointer<InspectJob> m_lookup;
    TokenResult m_pending; ///< the exchanged token while its expiry is looked up
    bool m_finished = false;
};
