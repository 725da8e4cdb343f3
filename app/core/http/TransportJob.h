#pragma once

#include "http/HttpRequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class HttpTransport;
class TransportReply;

/// The one kind of request in flight, whatever it asks of whom: Meta's Graph calls (GraphJob)
/// and n8n's credential update (N8nCredentialJob) alike. It sends its requests one after the
/// other through an HttpTransport, each under a deadline over the whole request; cancel() stops
/// the one in flight at once; it ends exactly once, and then deletes itself.
///
/// Every request carries a secret (an App Secret or a token in the query, an API key in a
/// header), so send() refuses plain http:// to anything but a loopback address literal
/// (isAllowedUrl()) before anything leaves the machine: the one place that rule is enforced.
///
/// A subclass turns each answer (onAnswer()) or stop (onStopped(): cancel(), the deadline or a
/// refusal) into its own result or error value, in its own words, and ends with endOnce() right
/// before emitting it. Callers hold one QPointer to the job and call cancel() on it.
class TransportJob : public QObject {
    Q_OBJECT
public:
    /// Why a request ended without its answer.
    enum class Stop {
        Canceled, ///< cancel()
        Deadline, ///< the deadline passed
        Refused, ///< not sent: plain http:// to a host that is not a loopback address literal
    };

    /// https://, or http:// to a loopback address literal only (127.0.0.0/8, ::1); not to a name
    /// such as localhost, which resolves wherever the system is told to. Nothing else is sent.
    static bool isAllowedUrl(const QUrl& url);

    ~TransportJob() override;

    bool isFinished() const { return m_finished; }
    /// Stops the job at once: the request in flight is aborted and onStopped(Canceled) follows
    /// synchronously (also when nothing is in flight), unless the job has already ended.
    void cancel();

protected:
    /// \a transport (not owned) must outlive the job.
    TransportJob(HttpTransport* transport, QObject* parent);

    /// Sends \a request; the deadline (\a deadlineMs) runs from now. One request at a time: its
    /// answer arrives in onAnswer(), or the stop in onStopped(). A URL isAllowedUrl() refuses is
    /// not sent (refuseUnlessAllowed()).
    void send(const HttpRequest& request, int deadlineMs);
    /// When \a url is not allowed: logs its scheme and host (never more), and onStopped(Refused,
    /// false) follows asynchronously, like every other outcome, so callers can connect after
    /// starting the job; true then. For a job that checks the address before its other checks.
    bool refuseUnlessAllowed(const QUrl& url);
    bool isSending() const { return !m_reply.isNull(); }
    /// The request's answer, or the transport's error (TransportReply::error()). The reply is
    /// deleted after this returns.
    virtual void onAnswer(TransportReply& reply) = 0;
    /// The request was stopped on purpose (\a reason); \a wasSending is false when cancel()
    /// came with no request in flight.
    virtual void onStopped(Stop reason, bool wasSending) = 0;
    /// Marks the job ended and schedules its deletion: true the first time only. Call it right
    /// before emitting the outcome, so that a cancel() from a slot connected to it adds nothing.
    bool endOnce();

private:
    void onReplyFinished();
    void onDeadline();
    void abortReply(Stop reason);

    HttpTransport* m_transport;
    QPointer<TransportReply> m_reply;
    QTimer m_deadline;
    std::optional<Stop> m_stop;
    bool m_finished = false;
};
