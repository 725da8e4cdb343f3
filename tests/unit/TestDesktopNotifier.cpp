// DesktopNotifier against a notification service this test registers on the private session bus
// of scripts/run-tests.sh, from a second bus connection, as a desktop's notification daemon would.

#include "renewal/DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString serviceName = QStringLiteral("org.freedesktop.Notifications");
const QString objectPath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

/// The server side of the Desktop Notifications Specification's Notify call; it records what it
/// was asked to show and answers, refuses or stays silent.
class NotificationService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    enum class Answer { Accept, Refuse, Silence };
    Answer answer = Answer::Accept;

    struct Shown {
        QString appName;
        QString summary;
        QString body;
    };
    QList<Shown> shown;

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(expireTimeout)
        if (answer == Answer::Refuse) {
            sendErrorReply(QDBusError::AccessDenied, QStringLiteral("refused by the test"));
            return 0;
        }
        if (answer == Answer::Silence) {
            setDelayedReply(true); // and never reply
            return 0;
        }
        shown.append({appName, summary, body});
        return uint(shown.size());
    }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void showsTheNotificationThroughTheService();
    void reportsThatNoServiceRuns();
    void reportsARefusal();
    void reportsASilentServiceWithinItsTimeout();

private:
    /// Registers \a service as org.freedesktop.Notifications on its own bus connection.
    void registerService(NotificationService* service);

    QDBusConnection m_serverBus{QString()};
};

void TestDesktopNotifier::initTestCase()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QFAIL("needs a session bus: run it through scripts/run-tests.sh");
    m_serverBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("notification-service"));
    QVERIFY(m_serverBus.isConnected());
}

void TestDesktopNotifier::cleanup()
{
    m_serverBus.unregisterObject(objectPath);
    m_serverBus.unregisterService(serviceName);
}

void TestDesktopNotifier::registerService(NotificationService* service)
{
    QVERIFY(m_serverBus.registerObject(objectPath, service, QDBusConnection::ExportAllSlots));
    QVERIFY(m_serverBus.registerService(serviceName));
}

void TestDesktopNotifier::showsTheNotificationThroughTheService()
{
    NotificationService service;
    registerService(&service);

    DesktopNotifier notifier;
    QSignalSpy finished(&notifier, &DesktopNotifier::finished);
    notifier.notify(QStringLiteral("Threads · 42 needs a new login"), QStringLiteral("It expires in 3 days."));
    QCOMPARE(notifier.pending(), 1);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(notifier.pending(), 0);
    QCOMPARE(service.shown.size(), 1);
    QCOMPARE(service.shown.first().appName, QStringLiteral("LongLived"));
    QCOMPARE(service.shown.first().summary, QStringLiteral("Threads · 42 needs a new login"));
    QCOMPARE(service.shown.first().body, QStringLiteral("It expires in 3 days."));
}

void TestDesktopNotifier::reportsThatNoServiceRuns()
{
    QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(serviceName));
    DesktopNotifier notifier;
    QSignalSpy finished(&notifier, &DesktopNotifier::finished);
    notifier.notify(QStringLiteral("summary"), QStringLiteral("body"));
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(notifier.problem(), QStringLiteral("No desktop notification service is running."));
    QCOMPARE(notifier.pending(), 0);
}

void TestDesktopNotifier::reportsARefusal()
{
    NotificationService service;
    service.answer = NotificationService::Answer::Refuse;
    registerService(&service);

    DesktopNotifier notifier;
    QSignalSpy finished(&notifier, &DesktopNotifier::finished);
    notifier.notify(QStringLiteral("summary"), QStringLiteral("body"));
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(notifier.problem().startsWith(QStringLiteral("The desktop notification service did not accept")),
             qPrintable(notifier.problem()));
}

void TestDesktopNotifier::reportsASilentServiceWithinItsTimeout()
{
    NotificationService service;
    service.answer = NotificationService::Answer::Silence;
    registerService(&service);

    DesktopNotifier notifier;
    notifier.setTimeoutMs(300);
    QSignalSpy finished(&notifier, &DesktopNotifier::finished);
    notifier.notify(QStringLiteral("summary"), QStringLiteral("body"));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), false);
    // "second(s)" without the English catalogue that gives the plural forms.
    QVERIFY2(notifier.problem().startsWith(QStringLiteral("The desktop notification service did not answer within 1 second")),
             qPrintable(notifier.problem()));
}

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "TestDesktopNotifier.moc"
