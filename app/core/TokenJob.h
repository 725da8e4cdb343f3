#pragma once

#include "GraphError.h"
#include "TokenResult.h"

#include <QObject>
#include <QPointer>

class GraphCall;

/// One exchange or refresh in flight. Emits exactly one of succeeded() or failed(), then
/// deletes itself; hold it in a QPointer to cancel().
class TokenJob : public QObject
{
    Q_OBJECT
public:
    TokenJob(GraphCall* call, Platform platform, QObject* parent = nullptr);

    Platform platform() const { return m_platform; }

public slots:
    /// Stops the request at once; failed(Canceled) follows synchronously.
    void cancel();

signals:
    void succeeded(const TokenResult& result);
    void failed(const GraphError& error);

private:
    void onJson(const QJsonObject& json, const QDateTime& receivedAt);
    void onFailed(const GraphError& error);

    QPointer<GraphCall> m_call;
    Platform m_platform;
};
