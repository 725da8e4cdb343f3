#include "renewal/RenewalTimer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

// systemctl's first complaint, trimmed to a line that fits in a sentence (it names units and
// paths, never a secret).
QString firstLine(const QString& text)
{
    const QString line = text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.length() > 200 ? line.left(200) + QStringLiteral("…") : line;
}

// The ways systemctl says it cannot reach a user manager: a missing socket (no manager, or no
// XDG_RUNTIME_DIR), or a session bus without systemd on it.
bool isNoManager(const QString& err)
{
    return err.contains(QLatin1String("Failed to connect to bus"))
        || err.contains(QLatin1String("org.freedesktop.systemd1"))
        || err.contains(QLatin1String("Failed to retrieve unit state"));
}

// The ways systemctl says the unit files are not there: "not-found" (newer is-enabled), "Unit
// file ... does not exist." (over the bus), "No such file or directory" (read from disk).
bool isNotFound(const QString& out, const QString& err)
{
    return out.trimmed() == QLatin1String("not-found") || err.contains(QLatin1String("does not exist"))
        || err.contains(QLatin1String("No such file or directory")) || err.contains(QLatin1String("not found"));
}

// A word cron's /bin/sh takes as it is, or the word in single quotes; '%' ends a crontab command
// unless escaped.
QString cronQuoted(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./+-]+$"));
    QString quoted = plain.match(word).hasMatch()
        ? word
        : QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
    return quoted.replace(QLatin1Char('%'), QLatin1String("\\%"));
}

} // namespace

RenewalTimer::RenewalTimer(QObject* parent)
    : QObject(parent)
    , m_systemctl(QStringLiteral("systemctl"))
{
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, &RenewalTimer::onTimeout);
}

RenewalTimer::~RenewalTimer()
{
    dropProcess();
}

QString RenewalTimer::timerUnit()
{
    return QStringLiteral("longlived-renew.timer");
}

void RenewalTimer::query()
{
    begin(Operation::Query);
}

void RenewalTimer::enable()
{
    begin(Operation::Enable);
}

void RenewalTimer::disable()
{
    begin(Operation::Disable);
}

void RenewalTimer::cancel()
{
    if (!m_running)
        return;
    dropProcess();
    m_limit.stop();
    m_running = false;
}

bool RenewalTimer::offersCrontab() const
{
    return m_state == State::NoUserManager || m_state == State::NotInstalled;
}

QString RenewalTimer::crontabHint()
{
    return tr("Without the systemd timer, cron can renew instead: add this line with crontab -e.");
}

QString RenewalTimer::crontabLine(const QString& cliPath)
{
    return QStringLiteral("17 9 * * * %1 renew --notify").arg(cronQuoted(cliPath));
}

QString RenewalTimer::installedCliPath()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/longlived-cli");
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("longlived-cli"));
    return onPath.isEmpty() ? QStringLiteral("/usr/bin/longlived-cli") : onPath;
}

void RenewalTimer::begin(Operation operation)
{
    if (m_running)
        return;
    m_running = true;
    m_operation = operation;
    m_changeDone = false;
    m_changeError.clear();
    m_activeState.clear();
    run(Step::Probe, {QStringLiteral("is-active"), timerUnit()});
}

void RenewalTimer::run(Step step, const QStringList& arguments)
{
    dropProcess();
    m_step = step;
    m_process = new QProcess(this);
    // systemctl's words are matched below: keep them in English whatever the user's locale.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("SYSTEMD_PAGER"), QString());
    m_process->setProcessEnvironment(env);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::finished, this, &RenewalTimer::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, &RenewalTimer::onProcessError);
    m_limit.start(m_timeoutMs);
    m_process->start(m_systemctl, QStringList {QStringLiteral("--user")} + arguments);
}

void RenewalTimer::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    m_limit.stop();
    const QString out = QString::fromUtf8(m_process->readAllStandardOutput());
    const QString err = QString::fromUtf8(m_process->readAllStandardError());
    if (status == QProcess::CrashExit) {
        conclude(State::Unknown, tr("systemctl stopped unexpectedly."));
        return;
    }
    switch (m_step) {
    case Step::Probe:
        afterProbe(exitCode, out, err);
        break;
    case Step::Change:
        afterChange(exitCode, err);
        break;
    case Step::UnitFile:
        afterUnitFile(exitCode, out, err);
        break;
    }
}

void RenewalTimer::onProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // the others end in finished() too
    m_limit.stop();
    // Queued: start() may report this before it returns, and finished() is always asynchronous.
    // Unless cancel() or a new step came first.
    const QPointer<QProcess> process = m_process;
    QMetaObject::invokeMethod(
        this,
        [this, process] {
            if (!m_running || !process || m_process != process)
                return;
            conclude(State::NoUserManager,
                     tr("No systemd user manager is running (%1 could not be started).").arg(m_systemctl));
        },
        Qt::QueuedConnection);
}

void RenewalTimer::onTimeout()
{
    const int seconds = (m_timeoutMs + 999) / 1000;
    conclude(State::Unknown, tr("systemctl did not answer within %n second(s).", nullptr, seconds));
}

void RenewalTimer::afterProbe(int exitCode, const QString& out, const QString& err)
{
    // is-active prints the unit's state whenever a manager answers: "active" (0), "inactive" or
    // "failed" (3), also for a unit it does not know. No word on stdout: no manager answered.
    const QString word = firstLine(out);
    if ((exitCode != 0 && exitCode != 3) || word.isEmpty()) {
        const QString detail
            = err.trimmed().isEmpty() ? tr("systemctl exited with status %1").arg(exitCode) : firstLine(err);
        conclude(State::NoUserManager, tr("No systemd user manager is running (%1).").arg(detail));
        return;
    }
    m_activeState = word;
    if (m_operation == Operation::Query || m_changeDone) {
        runUnitFileStep();
        return;
    }
    const QString verb = m_operation == Operation::Enable ? QStringLiteral("enable") : QStringLiteral("disable");
    run(Step::Change, {verb, QStringLiteral("--now"), timerUnit()});
}

void RenewalTimer::afterChange(int exitCode, const QString& err)
{
    m_changeDone = true;
    if (exitCode == 0) {
        // Probe again: enable --now started the timer, disable --now stopped it.
        run(Step::Probe, {QStringLiteral("is-active"), timerUnit()});
        return;
    }
    const QString detail
        = err.trimmed().isEmpty() ? tr("systemctl exited with status %1").arg(exitCode) : firstLine(err);
    if (isNoManager(err)) {
        conclude(State::NoUserManager, tr("No systemd user manager is running (%1).").arg(detail));
        return;
    }
    if (isNotFound(QString(), err)) {
        conclude(State::NotInstalled, stateMessage(State::NotInstalled, QString()));
        return;
    }
    m_changeError = detail;
    runUnitFileStep(); // the state as it is after the refusal
}

void RenewalTimer::runUnitFileStep()
{
    run(Step::UnitFile, {QStringLiteral("is-enabled"), timerUnit()});
}

void RenewalTimer::afterUnitFile(int exitCode, const QString& out, const QString& err)
{
    const QString word = firstLine(out);
    State state = State::Unknown;
    if (word == QLatin1String("enabled") || word == QLatin1String("enabled-runtime"))
        state = State::Enabled;
    else if (isNoManager(err))
        state = State::NoUserManager;
    else if (isNotFound(out, err))
        state = State::NotInstalled;
    else if (!word.isEmpty() && (exitCode == 0 || exitCode == 1))
        state = State::Disabled; // disabled, masked, static, linked...: it will not run by itself
    const QString detail = err.trimmed().isEmpty() ? word : firstLine(err);
    QString message = state == State::Unknown
        ? tr("systemctl did not tell whether the timer is switched on (%1).").arg(detail)
        : stateMessage(state, word);
    if (!m_changeError.isEmpty())
        message = changeFailedMessage(m_changeError);
    conclude(state, message);
}

QString RenewalTimer::stateMessage(State state, const QString& unitFileState) const
{
    switch (state) {
    case State::Enabled:
        if (m_activeState != QLatin1String("active"))
            return tr("The timer %1 is switched on but not running (%2): systemctl --user start %1 starts it.")
                .arg(timerUnit(), m_activeState);
        return tr("Saved tokens are renewed once a day by the systemd user timer %1.").arg(timerUnit());
    case State::Disabled:
        if (unitFileState.startsWith(QLatin1String("masked")))
            return tr("The timer %1 is masked: systemctl --user unmask %1 allows switching it on.").arg(timerUnit());
        return tr("Saved tokens are not renewed automatically.");
    case State::NotInstalled:
        return tr("The timer %1 is not installed: it comes with LongLived's package.").arg(timerUnit());
    case State::NoUserManager:
    case State::Unknown:
        break;
    }
    return QString();
}

QString RenewalTimer::changeFailedMessage(const QString& detail) const
{
    return m_operation == Operation::Enable ? tr("Automatic renewal could not be switched on: %1").arg(detail)
                                            : tr("Automatic renewal could not be switched off: %1").arg(detail);
}

void RenewalTimer::conclude(State state, const QString& message)
{
    dropProcess();
    m_limit.stop();
    m_state = state;
    m_message = message;
    switch (m_operation) {
    case Operation::Query:
        m_succeeded = state != State::Unknown;
        break;
    case Operation::Enable:
        m_succeeded = m_changeError.isEmpty() && state == State::Enabled;
        break;
    case Operation::Disable:
        m_succeeded = m_changeError.isEmpty() && state == State::Disabled;
        break;
    }
    m_running = false;
    emit finished();
}

void RenewalTimer::dropProcess()
{
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(1000); // reaping a killed process: immediate
    }
    process->deleteLater();
}
