#pragma once

#include "support/Clock.h"
#include "graph/GraphError.h"
#include "graph/GraphTransport.h"
#include "graph/ServiceConfig.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class HttpPoolReply;
class QNetworkAccessManager;
class QNetworkReply;

/// One GET to a Graph-compatible endpoint, handled once, in one place: a deadline and an
/// idle timeout, a response size cap, same-origin redirects only, and the reply turned into
/// JSON or a GraphError in a fixed order (transport → HTTP status → JSON → Graph error).
/// The URL (which carries secrets) is never logged or exposed through an error. Either
/// transport (GraphTransport) gives the same results and errors.
class GraphCall : public QObject
{
    Q_OBJECT
public:
    GraphCall(GraphTransport transport, const QUrl& url, const ServiceConfig& config, Clock clock,
              QObject* parent = nullptr);
    ~GraphCall() override;

    /// Sends the request. Refuses (failed InsecureUrl, asynchronously) plain http to a
    /// non-loopback host before anything leaves the machine.
    void start();
    /// Aborts at once; emits failed(Canceled) unless already finished.
    void cancel();
    bool isFinished() const { return m_finished; }

    /// The request every call uses; public so other clients (and tests) share the policy.
    static QNetworkRequest makeRequest(const QUrl& url, const ServiceConfig& config);
    /// \a error with every secret \a url carries (the values of its sensitive query items, the
    /// secret part of an app token) masked in Meta's texts. Every failed() is already cleaned;
    /// for errors found inside a successful answer (debug_token's data.error).
    static GraphError withoutSecrets(const GraphError& error, const QUrl& url);

signals:
    void succeeded(const QJsonObject& json, const QDateTime& receivedAt);
    void failed(const GraphError& error);

private:
    void onReadyRead();
    void onFinished();
    void onPoolReplyFinished();
    /// Both transports' finished handlers start here: true when the call was aborted on
    /// purpose (cancel, deadline, size cap) and has now failed with that reason.
    bool endedByAbort();
    /// The answer of either transport, in the one order: transport error, size, HTTP status, JSON.
    void finishWithAnswer(QNetworkReply::NetworkError networkError, int status, const QByteArray& contentType,
                          const QByteArray& retryAfter);
    void onDeadline();
    void finishWith(const GraphError& error);
    void abortReply();

    GraphTransport m_transport;
    QUrl m_url;
    ServiceConfig m_config;
    Clock m_clock;
    QPointer<QNetworkReply> m_reply;
    QPointer<HttpPoolReply> m_poolReply;
    QTimer m_deadline;
    QByteArray m_body;
    GraphError::Kind m_abortReason = GraphError::Kind::None;
    bool m_finished = false;
};
