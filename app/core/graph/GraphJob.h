#pragma once

#include "http/TransportJob.h"
#include "support/Clock.h"
#include "graph/GraphError.h"
#include "graph/ServiceConfig.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QUrl>

class HttpTransport;

/// A Graph request in flight (a TransportJob): TokenJob (exchange, refresh), InspectJob,
/// PagesJob and VerifyJob. One or more GETs sent in sequence, each under the one request policy
/// (the deadline, the size cap, same-origin redirects only), every answer turned into JSON or a
/// GraphError in a fixed order (transport → HTTP status → JSON → Graph error). cancel() fails
/// the job with GraphError Canceled; the job ends exactly once (the subclass's succeeded() or
/// failed()) and then deletes itself. The URLs (which carry secrets) are never logged or exposed
/// through an error. Callers hold one QPointer<GraphJob> (or the subclass) and call cancel() on it.
class GraphJob : public TransportJob {
    Q_OBJECT
public:
    ~GraphJob() override;

    /// Sends the first request. Called by TokenService; connect to the job's signals before
    /// the event loop runs again (every outcome, even a refusal, arrives asynchronously).
    void start(const QUrl& url);
    /// Ends the job with \a error without sending anything (the request cannot work as asked).
    /// Asynchronous, like every other outcome, so callers can connect after it.
    void reject(const GraphError& error);

    /// \a error with every secret \a url carries (the values of its sensitive query items, the
    /// secret part of an app token) masked in Meta's texts.
    static GraphError withoutSecrets(const GraphError& error, const QUrl& url);

signals:
    void failed(const GraphError& error);

protected:
    GraphJob(HttpTransport* transport, const ServiceConfig& config, Clock clock, QObject* parent);

    /// Sends a GET; its JSON arrives in onJson(), a failure in onCallFailed(). Plain http to a
    /// non-loopback host is refused before anything leaves the machine (TransportJob's rule),
    /// reported as InsecureUrl, asynchronously.
    void get(const QUrl& url);
    /// The JSON of a successful call. The subclass either calls finish() and emits its
    /// succeeded(), calls fail(), or get()s the next URL.
    virtual void onJson(const QJsonObject& json, const QDateTime& receivedAt) = 0;
    /// Marks the job done and deletes it later. Call it right BEFORE emitting succeeded(), so
    /// that a cancel() from a slot connected to succeeded() cannot add a failed().
    void finish() { endOnce(); }
    void fail(const GraphError& error);
    /// A call of this job failed (transport, HTTP, Graph error, deadline or cancel()). By
    /// default the job fails with it.
    virtual void onCallFailed(const GraphError& error) { fail(error); }
    /// \a error without the secrets of the request in flight.
    GraphError withoutSecrets(const GraphError& error) const { return withoutSecrets(error, m_url); }

    const ServiceConfig& config() const { return m_config; }
    QDateTime now() const { return m_clock(); }

private:
    void onAnswer(TransportReply& reply) override;
    void onStopped(Stop reason, bool wasSending) override;
    /// The answer, in the one order: transport error, HTTP status, JSON.
    void handleAnswer(QNetworkReply::NetworkError networkError, int status, QByteArray body,
                      const QByteArray& contentType, const QByteArray& retryAfter);
    /// A call ended with \a error: cleaned of the call's secrets, logged, to onCallFailed().
    void callFailed(const GraphError& error);

    ServiceConfig m_config;
    Clock m_clock;
    QUrl m_url; ///< of the request in flight: its secrets are masked in errors found in its answer
};
