#pragma once

#include "support/Clock.h"
#include "graph/GraphError.h"
#include "graph/ServiceConfig.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class GraphCall;
class HttpTransport;

/// The one kind of Graph request in flight: TokenJob (exchange, refresh), InspectJob, PagesJob
/// and VerifyJob. One or more GraphCalls made in sequence under the one request policy
/// (GraphCall: the deadline, the size cap, the error as a value), a cancel() that stops the
/// call in flight, and the guarantee that the job ends exactly once (the subclass's
/// succeeded() or failed()) and then deletes itself. Callers hold one QPointer<GraphJob> (or
/// the subclass) and call cancel() on it.
class GraphJob : public QObject
{
    Q_OBJECT
public:
    ~GraphJob() override;

    bool isFinished() const { return m_finished; }

    /// Sends the first request. Called by TokenService; connect to the job's signals before
    /// the event loop runs again (every outcome, even a refusal, arrives asynchronously).
    void start(const QUrl& url);
    /// Ends the job with \a error without sending anything (the request cannot work as asked).
    /// Asynchronous, like every other outcome, so callers can connect after it.
    void reject(const GraphError& error);

    /// Stops the request at once; failed(Canceled) follows synchronously (a subclass may turn
    /// the end of a step that is not essential into a success instead: TokenJob).
    void cancel();

signals:
    void failed(const GraphError& error);

protected:
    GraphJob(HttpTransport* transport, const ServiceConfig& config, Clock clock, QObject* parent);

    /// Sends a GET; its JSON arrives in onJson(), a failure ends the job with failed().
    void get(const QUrl& url);
    /// The JSON of a successful call. The subclass either calls finish() and emits its
    /// succeeded(), calls fail(), or get()s the next URL.
    virtual void onJson(const QJsonObject& json, const QDateTime& receivedAt) = 0;
    /// Marks the job done and deletes it later. Call it right BEFORE emitting succeeded(), so
    /// that a cancel() from a slot connected to succeeded() cannot add a failed().
    void finish();
    void fail(const GraphError& error);
    /// A call of this job failed (transport, HTTP, Graph error, deadline or cancel()). By
    /// default the job fails with it.
    virtual void onCallFailed(const GraphError& error) { fail(error); }
    /// \a error without the secrets of the request in flight (GraphCall::withoutSecrets()).
    GraphError withoutSecrets(const GraphError& error) const;

    const ServiceConfig& config() const { return m_config; }
    QDateTime now() const { return m_clock(); }

private:
    void onCallSucceeded(const QJsonObject& json, const QDateTime& receivedAt);
    void onCallEnded(const GraphError& error);

    HttpTransport* m_transport;
    ServiceConfig m_config;
    Clock m_clock;
    QPointer<GraphCall> m_call;
    QUrl m_url; ///< of the request in flight: its secrets are masked in errors found in its answer
    bool m_finished = false;
};
