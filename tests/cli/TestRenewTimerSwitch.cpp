// RenewTimerSwitch, the part of `longlived-cli renew --enable-timer/--disable-timer` that talks
// to systemd, against the recording systemctl stand-in: its exit status, and what it writes on
// stderr (captured from the real file descriptor 2, where OutputWriter writes).

#include "CliSession.h"
#include "FakeSystemctl.h"
#include "RenewTimerSwitch.h"
#include "renewal/RenewalTimer.h"

#include <QFile>
#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace {

struct Outcome {
    int exitCode = -1;
    QString stderrText;
};

// Runs the switch in a fresh session with stderr sent to a file for the duration; with
// \a interruptAfterFirstCall, the session catches interrupts and gets a SIGINT as soon as the
// stand-in has recorded its first call.
Outcome switchTimer(bool on, bool quiet = false, const FakeSystemctl* interruptAfterFirstCall = nullptr)
{
    Outcome outcome;
    QTemporaryFile capture;
    if (!capture.open())
        return outcome;
    ::fflush(stderr);
    const int savedStderr = ::dup(STDERR_FILENO);
    ::dup2(capture.handle(), STDERR_FILENO);
    {
        CommonOptions options;
        options.quiet = quiet;
        CliSession session(options);
        session.out().setQuiet(quiet);
        QTimer poll;
        if (interruptAfterFirstCall) {
            session.catchInterrupts();
            QObject::connect(&poll, &QTimer::timeout, [&poll, interruptAfterFirstCall] {
                if (!interruptAfterFirstCall->calls().isEmpty()) {
                    poll.stop();
                    ::raise(SIGINT);
                }
            });
            poll.start(20);
        }
        outcome.exitCode = RenewTimerSwitch(FakeSystemctl::program()).run(session, on);
    }
    ::dup2(savedStderr, STDERR_FILENO);
    ::close(savedStderr);
    QFile written(capture.fileName());
    if (written.open(QIODevice::ReadOnly))
        outcome.stderrText = QString::fromLocal8Bit(written.readAll());
    return outcome;
}

} // namespace

class TestRenewTimerSwitch : public QObject {
    Q_OBJECT

private slots:
    void enableTimerSwitchesItOn()
    {
        FakeSystemctl systemctl(QStringLiteral("disabled"));
        const Outcome outcome = switchTimer(true);
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(systemctl.state(), QStringLiteral("enabled"));
        QVERIFY(systemctl.calls().contains(QStringLiteral("--user enable --now longlived-renew.timer")));
        QCOMPARE(
            outcome.stderrText,
            QStringLiteral("Saved tokens are renewed once a day by the systemd user timer longlived-renew.timer.\n"));
    }

    void disableTimerSwitchesItOff()
    {
        FakeSystemctl systemctl(QStringLiteral("enabled"));
        const Outcome outcome = switchTimer(false);
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(systemctl.state(), QStringLiteral("disabled"));
        QVERIFY(systemctl.calls().contains(QStringLiteral("--user disable --now longlived-renew.timer")));
        QCOMPARE(outcome.stderrText, QStringLiteral("Saved tokens are not renewed automatically.\n"));
    }

    void quietSaysNothingOnSuccess()
    {
        FakeSystemctl systemctl(QStringLiteral("disabled"));
        const Outcome outcome = switchTimer(true, true);
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.stderrText, QString());
    }

    void aRefusalExitsWithOne()
    {
        FakeSystemctl systemctl(QStringLiteral("refuse"));
        const Outcome outcome = switchTimer(true, true); // errors show even with --quiet
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.stderrText,
                 QStringLiteral("Automatic renewal could not be switched on: Failed to enable unit: Access denied\n"));
    }

    void withoutUserManagerTheCrontabLineIsPrinted()
    {
        FakeSystemctl systemctl(QStringLiteral("no-manager"));
        const Outcome outcome = switchTimer(true);
        QCOMPARE(outcome.exitCode, 1);
        const QStringList lines = outcome.stderrText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0),
                 QStringLiteral(
                     "No systemd user manager is running (Failed to connect to bus: No such file or directory)."));
        QCOMPARE(lines.at(1), RenewalTimer::crontabHint());
        QCOMPARE(lines.at(2), RenewalTimer::crontabLine(RenewalTimer::installedCliPath()));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("17 9 * * * /")));
        QVERIFY(lines.at(2).endsWith(QStringLiteral("/longlived-cli renew --notify")));
        QCOMPARE(systemctl.calls().size(), 1); // asked, changed nothing
    }

    void missingUnitsExitWithOne()
    {
        FakeSystemctl systemctl(QStringLiteral("not-installed"));
        const Outcome outcome = switchTimer(false);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY(outcome.stderrText.startsWith(
            QStringLiteral("The timer longlived-renew.timer is not installed: it comes with LongLived's package.\n")));
    }

    // Last: an interrupt is remembered for the rest of the process.
    void ctrlCEndsAWaitForASilentSystemctl()
    {
        FakeSystemctl systemctl(QStringLiteral("hang"));
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome = switchTimer(true, false, &systemctl);
        QCOMPARE(outcome.exitCode, 130);
        // Well before RenewalTimer's own limit: the interrupt ended the wait, not the timeout.
        QVERIFY2(clock.elapsed() < RenewalTimer::defaultTimeoutMs, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(outcome.stderrText.contains(QStringLiteral("Interrupted.")));
    }
};

QTEST_GUILESS_MAIN(TestRenewTimerSwitch)
#include "TestRenewTimerSwitch.moc"
