#pragma once

#include "support/Clock.h"
#include "graph/GraphError.h"
#include "graph/ServiceConfig.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class HttpTransport;
class TransportReply;

/// One GET to a Graph-compatible endpoint, handled once, in one place: a deadline and an
/// idle timeout, a response size cap, same-origin redirects only, and the reply turned into
/// JSON or a GraphError in a fixed order (transport → HTTP status → JSON → Graph error).
/// The URL (which carries secrets) is never logged or exposed through an error. It sees the
/// network only through an HttpTransport; either one gives the same results and errors.
class GraphCall : public QObject
{
    Q_OBJECT
public:
    GraphCall(HttpTransport* transport, const QUrl& url, const ServiceConfig& config, Clock clock,
              QObject* parent = nullptr);
    ~GraphCall() override;

    /// Sends the request. Refuses (failed InsecureUrl, asynchronously) plain http to a
    /// non-loopback host before anything leaves the machine.
    void start();
    /// Aborts at once; emits failed(Canceled) unless already finished.
    void cancel();
    bool isFinished() const { return m_finished; }

    /// \a error with every secret \a url carries (the values of its sensitive query items, the
    /// secret part of an app token) masked in Meta's texts. Every failed() is already cleaned;
    /// for errors found inside a successful answer (debug_token's data.error).
    static GraphError withoutSecrets(const GraphError& error, const QUrl& url);

signals:
    void succeeded(const QJsonObject& json, const QDateTime& receivedAt);
    void failed(const GraphError& error);

private:
    void onReplyFinished();
    /// True when the call was aborted on purpose (cancel, deadline) and has now failed with
    /// that reason.
    bool endedByAbort();
    /// The answer, in the one order: transport error, HTTP status, JSON.
    void finishWithAnswer(QNetworkReply::NetworkError networkError, int status, const QByteArray& contentType,
                          const QByteArray& retryAfter);
    void onDeadline();
    void finishWith(const GraphError& error);
    void abortReply();

    HttpTransport* m_transport;
    QUrl m_url;
    ServiceConfig m_config;
    Clock m_clock;
    QPointer<TransportReply> m_reply;
    QTimer m_deadline;
    QByteArray m_body;
    GraphError::Kind m_abortReason = GraphError::Kind::None;
    bool m_finished = false;
};
