#pragma once

#include <QObject>
#include <QString>

/// Shows desktop notifications through the freedesktop.org notification service
/// (org.freedesktop.Notifications on the session D-Bus), the one every Linux desktop provides.
/// longlived-cli renew --notify uses it to tell the user, from a timer with no terminal, what only
/// they can do (a new login, a failed renewal or delivery).
///
///     DesktopNotifier notifier;
///     connect(&notifier, &DesktopNotifier::finished, ...);  // once per notify()
///     notifier.notify(tr("LongLived: Threads · 123 needs a new login"), tr("…"));
///
/// Nothing here is secret, and nothing secret may be passed: notification servers log and keep
/// what they show. Every call is asynchronous and ends within timeoutMs(); without a session bus
/// or a notification service finished() reports false with problem() set, so callers can fall
/// back to a line on stderr.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultTimeoutMs = 5000;

    explicit DesktopNotifier(QObject* parent = nullptr);

    /// The application name the server shows beside the notification: "LongLived".
    static QString applicationName();

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    /// Sends one notification; finished() follows (always asynchronously).
    void notify(const QString& summary, const QString& body);
    /// notify() calls that have not finished yet.
    int pending() const { return m_pending; }
    /// Why the last failed notification was not shown, in plain words.
    QString problem() const { return m_problem; }

signals:
    /// \a shown: the notification service accepted it.
    void finished(bool shown);

private:
    /// \a dbusErrorType: a QDBusError::ErrorType (an int, so this header needs no Qt DBus:
    /// the core links it privately, and the CLI and the window include this header).
    QString describeError(int dbusErrorType) const;
    void fail(const QString& problem);

    int m_timeoutMs = defaultTimeoutMs;
    int m_pending = 0;
    QString m_problem;
};
