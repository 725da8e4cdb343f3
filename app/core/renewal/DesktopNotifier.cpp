#include "renewal/DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QTimer>
#include <QVariantMap>

namespace {

const QString serviceName = QStringLiteral("org.freedesktop.Notifications");
const QString objectPath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{
}

QString DesktopNotifier::applicationName()
{
    return QStringLiteral("LongLived");
}

void DesktopNotifier::notify(const QString& summary, const QString& body)
{
    ++m_pending;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        // Deferred so finished() is asynchronous, as the header promises.
        QTimer::singleShot(0, this, [this] { fail(tr("There is no desktop session bus to show notifications on.")); });
        return;
    }
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout):
    // the signature of the Desktop Notifications Specification.
    QDBusMessage call = QDBusMessage::createMethodCall(serviceName, objectPath, serviceName, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("longlived"));
    call << applicationName() << uint(0) << QStringLiteral("dialog-password") << summary << body << QStringList()
         << hints << int(-1);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, m_timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* finishedCall) {
        finishedCall->deleteLater();
        const QDBusPendingReply<uint> reply = *finishedCall;
        if (reply.isError()) {
            fail(describeError(int(reply.error().type())));
            return;
        }
        --m_pending;
        emit finished(true);
    });
}

QString DesktopNotifier::describeError(int dbusErrorType) const
{
    const auto type = QDBusError::ErrorType(dbusErrorType);
    switch (type) {
    case QDBusError::ServiceUnknown:
        return tr("No desktop notification service is running.");
    case QDBusError::NoReply:
    case QDBusError::Timeout:
        return tr("The desktop notification service did not answer within %n second(s).", nullptr,
                  (m_timeoutMs + 999) / 1000);
    default:
        return tr("The desktop notification service did not accept the notification (%1).")
            .arg(QDBusError::errorString(type));
    }
}

void DesktopNotifier::fail(const QString& problem)
{
    m_problem = problem;
    --m_pending;
    emit finished(false);
}
