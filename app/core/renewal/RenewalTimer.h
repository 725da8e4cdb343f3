#pragma once

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

/// Switches LongLived's scheduled renewal on and off and tells its real state. The schedule is
/// the systemd user timer longlived-renew.timer (installed, not enabled, by the package), driven
/// through `systemctl --user` so the user's own systemd instance runs it — the same thing the
/// user could type, and nothing LongLived keeps a copy of:
///
///     query():   systemctl --user is-active longlived-renew.timer   (is a user manager there?)
///                systemctl --user is-enabled longlived-renew.timer  (the state)
///     enable():  is-active, then systemctl --user enable --now longlived-renew.timer, then query
///     disable(): is-active, then systemctl --user disable --now longlived-renew.timer, then query
///
/// Without a user manager (containers, some SSH and cron setups, systems without systemd) nothing
/// is changed: state() is NoUserManager and offersCrontab() points to cron instead.
///
/// Every call is asynchronous and ends in exactly one finished(); each systemctl run is limited
/// to timeoutMs(), so a systemctl that blocks (a hung bus) ends as Unknown, never as a hang.
/// Calls made while one runs are ignored. The systemctl program can be replaced (tests use a
/// recording stand-in). Nothing here is secret.
class RenewalTimer : public QObject {
    Q_OBJECT
public:
    enum class State {
        Unknown, ///< not asked yet, or systemctl's answer was not understood
        Enabled, ///< the timer is switched on
        Disabled, ///< installed and switched off (or masked)
        NotInstalled, ///< the user manager does not know the unit files
        NoUserManager, ///< no systemd user manager to ask (or no systemctl)
    };
    Q_ENUM(State)

    static constexpr int defaultTimeoutMs = 15000;

    explicit RenewalTimer(QObject* parent = nullptr);
    ~RenewalTimer() override;

    /// "longlived-renew.timer".
    static QString timerUnit();

    /// The program run with --user; "systemctl" (found on PATH) unless set.
    QString systemctlProgram() const { return m_systemctl; }
    void setSystemctlProgram(const QString& program) { m_systemctl = program; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    /// Asks for the state; finished() follows.
    void query();
    /// Switches the timer on (enable --now: also started, so its next run is planned at once).
    void enable();
    /// Switches the timer off (disable --now: also stopped).
    void disable();
    bool isRunning() const { return m_running; }
    /// Ends a running call at once: systemctl is killed, no finished() follows, and state()
    /// stays as it was. What systemctl had already done stays done.
    void cancel();

    /// The state after the last finished().
    State state() const { return m_state; }
    /// The last call did what it was asked: a query got an answer, enable() left the timer
    /// enabled, disable() left it disabled.
    bool succeeded() const { return m_succeeded; }
    /// The outcome in plain words, for the window and the command line.
    QString message() const { return m_message; }
    /// No user manager or no unit files: cron can run the renewal instead (crontabLine()).
    bool offersCrontab() const;

    /// One sentence introducing crontabLine().
    static QString crontabHint();
    /// The crontab(5) line that runs the renewal daily at 09:17 with \a cliPath, quoted for the
    /// shell cron hands it to, e.g. "17 9 * * * /usr/bin/longlived-cli renew --notify".
    static QString crontabLine(const QString& cliPath);
    /// The absolute path of longlived-cli: beside the running program, else on PATH, else where
    /// the package puts it.
    static QString installedCliPath();

signals:
    void finished();

private:
    enum class Operation { Query, Enable, Disable };
    enum class Step { Probe, Change, UnitFile };

    void begin(Operation operation);
    void run(Step step, const QStringList& arguments);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void onTimeout();
    void afterProbe(int exitCode, const QString& out, const QString& err);
    void afterChange(int exitCode, const QString& err);
    void afterUnitFile(int exitCode, const QString& out, const QString& err);
    void runUnitFileStep();
    void conclude(State state, const QString& message);
    QString stateMessage(State state, const QString& unitFileState) const;
    QString changeFailedMessage(const QString& detail) const;
    void dropProcess();

    QString m_systemctl;
    int m_timeoutMs = defaultTimeoutMs;
    QPointer<QProcess> m_process;
    QTimer m_limit;
    Operation m_operation = Operation::Query;
    Step m_step = Step::Probe;
    bool m_running = false;
    bool m_changeDone = false;
    QString m_changeError;
    QString m_activeState;
    State m_state = State::Unknown;
    bool m_succeeded = false;
    QString m_message;
};
