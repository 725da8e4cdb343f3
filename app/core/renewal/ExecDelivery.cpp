#include "renewal/ExecDelivery.h"

#if defined(Q_OS_UNIX)
#include <signal.h>
#include <unistd.h>
#endif

ExecDelivery::ExecDelivery(const DeliveryTarget& target, const QString& token, const QString& profileName,
                           const DeliveryOptions& options, QObject* parent)
    : Delivery(target, parent)
    , m_token(token)
    , m_profileName(profileName)
    , m_options(options)
{
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, [this] { killAll(DeliveryResult::Kind::ExecKilled); });
    connect(&m_process, &QProcess::started, this, &ExecDelivery::onStarted);
    connect(&m_process, &QProcess::errorOccurred, this, &ExecDelivery::onErrorOccurred);
    connect(&m_process, &QProcess::finished, this, &ExecDelivery::onFinished);
}

ExecDelivery::~ExecDelivery()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        killAll(DeliveryResult::Kind::Canceled);
        m_process.waitForFinished(5000);
    }
}

QProcessEnvironment ExecDelivery::childEnvironment(const QProcessEnvironment& base, const QString& profileName)
{
    QProcessEnvironment env = base;
    // LongLived's own secrets stay with LongLived; the command gets the token on stdin only.
    env.remove(QStringLiteral("LONGLIVED_APP_SECRET"));
    env.remove(QStringLiteral("LONGLIVED_TOKEN"));
    env.insert(QStringLiteral("LONGLIVED_PROFILE"), profileName);
    return env;
}

void ExecDelivery::start()
{
    if (m_process.state() != QProcess::NotRunning || isFinished())
        return;
    if (const QString why = target().validationError(); !why.isEmpty()) {
        finishLater(DeliveryResult(DeliveryResult::Kind::InvalidTarget, why));
        return;
    }
    m_process.setProcessEnvironment(childEnvironment(QProcessEnvironment::systemEnvironment(), m_profileName));
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
#if defined(Q_OS_UNIX)
    // Its own process group, so the time limit ends whatever it started too.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    m_process.start(target().program, target().arguments);
}

void ExecDelivery::onStarted()
{
    m_limit.start(m_options.execTimeoutMs);
    m_process.write((m_token + QLatin1Char('\n')).toUtf8());
    m_process.closeWriteChannel();
}

void ExecDelivery::cancel()
{
    if (isFinished())
        return;
    if (m_process.state() == QProcess::NotRunning) {
        Delivery::cancel();
        return;
    }
    killAll(DeliveryResult::Kind::Canceled);
}

void ExecDelivery::killAll(DeliveryResult::Kind reason)
{
    m_killReason = reason;
#if defined(Q_OS_UNIX)
    const qint64 pid = m_process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#endif
    m_process.kill();
}

QString ExecDelivery::limitText() const
{
    const int ms = m_options.execTimeoutMs;
    return ms % 1000 == 0 ? tr("%1 s").arg(ms / 1000) : tr("%1 ms").arg(ms);
}

void ExecDelivery::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // the others end in finished() too
    // errorString() names the program and the system's reason; the token is never on the command line.
    finish(
        DeliveryResult(DeliveryResult::Kind::ExecNotStarted,
                       tr("The command %1 could not be started: %2").arg(target().program, m_process.errorString())));
}

void ExecDelivery::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_limit.stop();
    const QString program = target().program;
    if (m_killReason == DeliveryResult::Kind::ExecKilled) {
        finish(DeliveryResult(m_killReason, tr("The command %1 was killed after %2.").arg(program, limitText())));
    } else if (m_killReason == DeliveryResult::Kind::Canceled) {
        finish(DeliveryResult(m_killReason, tr("Canceled.")));
    } else if (status == QProcess::CrashExit) {
        finish(DeliveryResult(DeliveryResult::Kind::ExecFailed, tr("The command %1 crashed.").arg(program)));
    } else if (exitCode != 0) {
        DeliveryResult result(DeliveryResult::Kind::ExecFailed,
                              tr("The command %1 exited with status %2.").arg(program).arg(exitCode));
        result.exitCode = exitCode;
        finish(result);
    } else {
        finish(DeliveryResult::success(tr("The command %1 accepted the token.").arg(program)));
    }
}
