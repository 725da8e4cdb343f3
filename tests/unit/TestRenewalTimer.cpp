// RenewalTimer against the real systemctl with no user manager to reach (as in containers and
// CI), and against the recording stand-in tests/support/recording-systemctl.sh, which answers as
// systemctl does for an enabled, disabled, missing, refused or hanging timer.

#include "FakeSystemctl.h"
#include "renewal/RenewalTimer.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString isActive = QStringLiteral("--user is-active longlived-renew.timer");
const QString isEnabled = QStringLiteral("--user is-enabled longlived-renew.timer");
const QString enableNow = QStringLiteral("--user enable --now longlived-renew.timer");
const QString disableNow = QStringLiteral("--user disable --now longlived-renew.timer");

// Runs one call to its finished(), and checks there was exactly one.
bool runToEnd(RenewalTimer& timer, void (RenewalTimer::*call)())
{
    QSignalSpy finished(&timer, &RenewalTimer::finished);
    (timer.*call)();
    if (!timer.isRunning() || !finished.wait(30000))
        return false;
    return finished.count() == 1 && !timer.isRunning();
}

// Sets an environment variable for one scope.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestRenewalTimer : public QObject {
    Q_OBJECT

private slots:
    void realSystemctlWithoutUserManager()
    {
        const QString systemctl = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
        QVERIFY2(!systemctl.isEmpty(), "systemctl is missing (scripts/install-deps.sh installs systemd)");
        // An empty runtime directory and a session bus address that leads nowhere: no user
        // manager, even where the person running the test has one.
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        ScopedEnv runtimeDir("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
        ScopedEnv bus("DBUS_SESSION_BUS_ADDRESS",
                      "unix:path=" + runtime.filePath(QStringLiteral("no-bus")).toLocal8Bit());

        RenewalTimer timer;
        QCOMPARE(timer.state(), RenewalTimer::State::Unknown);
        QVERIFY(runToEnd(timer, &RenewalTimer::query));
        QCOMPARE(timer.state(), RenewalTimer::State::NoUserManager);
        QVERIFY(timer.offersCrontab());
        QVERIFY2(timer.message().startsWith(QStringLiteral("No systemd user manager is running (")),
                 qPrintable(timer.message()));

        QVERIFY(runToEnd(timer, &RenewalTimer::enable));
        QCOMPARE(timer.state(), RenewalTimer::State::NoUserManager);
        QVERIFY(!timer.succeeded());
        QVERIFY(timer.offersCrontab());
    }

    void queryEnabled()
    {
        FakeSystemctl systemctl(QStringLiteral("enabled"));
        RenewalTimer timer;
        timer.setSystemctlProgram(FakeSystemctl::program());
        QVERIFY(runToEnd(timer, &RenewalTimer::query));
        QCOMPARE(timer.state(), RenewalTimer::State::Enabled);
        QVERIFY(timer.succeeded());
        QVERIFY(!timer.offersCrontab());
        QVERIFY(timer.message().contains(QStringLiteral("longlived-renew.timer")));
        QCOMPARE(systemctl.calls(), (QStringList {isActive, isEnabled}));
    }

    void queryDisabled()
    {
        FakeSystemctl systemctl(QStringLiteral("disabled"));
        RenewalTimer timer;
        timer.setSystemctlProgram(FakeSystemctl::program());
        QVERIFY(runToEnd(timer, &RenewalTimer::query));
        QCOMPARE(timer.state(), RenewalTimer::State::Disabled);
        QVERIFY(timer.succeeded());
        QCOMPARE(timer.message(), QStringLiteral("Saved tokens are not renewed automatically."));
        QCOMPARE(systemctl.calls(), (QStringList {isActive, isEnabled}));
    }

    void queryNotInstalled()
    {
        FakeSystemctl systemctl(QStringLiteral("not-installed"));
        RenewalTimer timer;
        timer.setSystemctlProgram(FakeSystemctl::program());
        QVERIFY(runToEnd(timer, &RenewalTimer::query));
        QCOMPARE(timer.state(), RenewalTimer::State::NotInstalled);
        QVERIFY(timer.offersCrontab());
        QVERIFY(timer.message().contains(QStringLiteral("not installed")));
    }

    void enableSwitchesTheTimerOn()
    {
        FakeSystemctl systemctl(QStringLiteral("disabled"));
        RenewalTimer timer;
        timer.setSystemctlProgram(FakeSystemctl::program());
        QVERIFY(runToEnd(timer, &RenewalTimer::enable));
        QVERIFY(timer.succeeded());
        QCOMPARE(timer.state(), RenewalTimer::State::Enabled);
        QCOMPARE(systemctl.state(), QStringLiteral("enabled"));
        QCOMPARE(systemctl.calls(), (QStringList {isActive, enableNow, isActive, isEnabled}));
    }

    void disableSwitchesTheTimerOff()
    {
        FakeSystemctl systemctl(QStringLiteral("enabled"));
        RenewalTimer timer;
        timer.setSystemctlProgram(FakeSystemctl::program());
        QVERIFY(runToEnd(timer, &RenewalTimer::disable));
        QVERIFY(timer.succeeded());
        QCOMPARE(timer.state(), RenewalTimer::State::Disabled);
        QCOMPARE(systemctl.state(), QStringLiteral("disabled"));
        QCOMPARE(systemctl.calls(), (QStringList {isActive, disableNow, isActive, isEnabled}));
    }

    void aRefusalIsReportedWithTheStateAfterIt()
    {
        FakeSystemctl systemctl(QStringLiteral("refuse"));
        RenewalTimer timer;
        timer.setSystemctlProgram(FakeSystemctl::program());
        QVERIFY(runToEnd(timer, &RenewalTimer::enable));
        QVERIFY(!timer.succeeded());
        QCOMPARE(timer.state(), RenewalTimer::State::Disabled);
        QCOMPARE(timer.message(),
                 QStringLiteral("Automatic renewal could not be switched on: Failed to enable unit: Access denied"));
        QCOMPARE(systemctl.calls(), (QStringList {isActive, enableNow, isEnabled}));
    }

    void enablingMissingUnitsSaysSo()
    {
        FakeSystemctl systemctl(QStringLiteral("not-installed"));
        RenewalTimer timer;
        timer.setSystemctlProgram(FakeSystemctl::program());
        QVERIFY(runToEnd(timer, &RenewalTimer::enable));
        QVERIFY(!timer.succeeded());
        QCOMPARE(timer.state(), RenewalTimer::State::NotInstalled);
        QVERIFY(timer.offersCrontab());
    }

    void withoutUserManagerNothingIsChanged()
    {
        FakeSystemctl systemctl(QStringLiteral("no-manager"));
        RenewalTimer timer;
        timer.setSystemctlProgram(FakeSystemctl::program());
        QVERIFY(runToEnd(timer, &RenewalTimer::enable));
        QVERIFY(!timer.succeeded());
        QCOMPARE(timer.state(), RenewalTimer::State::NoUserManager);
        QCOMPARE(timer.message(),
                 QStringLiteral(
                     "No systemd user manager is running (Failed to connect to bus: No such file or directory)."));
        QCOMPARE(systemctl.calls(), QStringList {isActive}); // enable was never tried
    }

    void aSystemctlThatNeverAnswersEndsAtTheLimit()
    {
        FakeSystemctl systemctl(QStringLiteral("hang"));
        RenewalTimer timer;
        timer.setSystemctlProgram(FakeSystemctl::program());
        timer.setTimeoutMs(300);
        QVERIFY(runToEnd(timer, &RenewalTimer::query));
        QCOMPARE(timer.state(), RenewalTimer::State::Unknown);
        QVERIFY(!timer.succeeded());
        QVERIFY2(timer.message().startsWith(QStringLiteral("systemctl did not answer within 1 second")),
                 qPrintable(timer.message()));
        // The next call works again.
        systemctl.setState(QStringLiteral("enabled"));
        timer.setTimeoutMs(RenewalTimer::defaultTimeoutMs);
        QVERIFY(runToEnd(timer, &RenewalTimer::query));
        QCOMPARE(timer.state(), RenewalTimer::State::Enabled);
    }

    void noSystemctlMeansNoUserManager()
    {
        RenewalTimer timer;
        timer.setSystemctlProgram(QStringLiteral("/nonexistent/systemctl"));
        QVERIFY(runToEnd(timer, &RenewalTimer::query));
        QCOMPARE(timer.state(), RenewalTimer::State::NoUserManager);
        QVERIFY(timer.offersCrontab());
        QVERIFY(timer.message().contains(QStringLiteral("/nonexistent/systemctl could not be started")));
    }

    void aCallWhileOneRunsIsIgnored()
    {
        FakeSystemctl systemctl(QStringLiteral("disabled"));
        RenewalTimer timer;
        timer.setSystemctlProgram(FakeSystemctl::program());
        QSignalSpy finished(&timer, &RenewalTimer::finished);
        timer.query();
        timer.enable(); // ignored: the query runs
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(timer.state(), RenewalTimer::State::Disabled);
        QCOMPARE(systemctl.calls(), (QStringList {isActive, isEnabled}));
    }

    void cancelEndsACallWithoutAnAnswer()
    {
        FakeSystemctl systemctl(QStringLiteral("hang"));
        RenewalTimer timer;
        timer.setSystemctlProgram(FakeSystemctl::program());
        QSignalSpy finished(&timer, &RenewalTimer::finished);
        timer.enable();
        QTRY_VERIFY(!systemctl.calls().isEmpty()); // systemctl runs, and never answers
        timer.cancel();
        QVERIFY(!timer.isRunning());
        QCOMPARE(timer.state(), RenewalTimer::State::Unknown);
        // The next call works, and its finished() is the only one.
        systemctl.setState(QStringLiteral("disabled"));
        QVERIFY(runToEnd(timer, &RenewalTimer::query));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(timer.state(), RenewalTimer::State::Disabled);
    }

    void crontabLine()
    {
        QCOMPARE(RenewalTimer::crontabLine(QStringLiteral("/usr/bin/longlived-cli")),
                 QStringLiteral("17 9 * * * /usr/bin/longlived-cli renew --notify"));
        QCOMPARE(RenewalTimer::crontabLine(QStringLiteral("/opt/my apps/it's 100%/longlived-cli")),
                 QStringLiteral("17 9 * * * '/opt/my apps/it'\\''s 100\\%/longlived-cli' renew --notify"));
        QVERIFY(!RenewalTimer::crontabHint().isEmpty());
        QVERIFY(QFileInfo(RenewalTimer::installedCliPath()).isAbsolute());
        QCOMPARE(RenewalTimer::timerUnit(), QStringLiteral("longlived-renew.timer"));
    }
};

QTEST_GUILESS_MAIN(TestRenewalTimer)
#include "TestRenewalTimer.moc"
