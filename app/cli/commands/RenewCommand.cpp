#include "RenewCommand.h"

#include "CliSession.h"
#include "JsonOutput.h"
#include "vault/ProfileStore.h"
#include "RenewRun.h"
#include "RenewTimerSwitch.h"
#include "renewal/RenewalPolicy.h"
#include "SecretSource.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

RenewCommand::RenewCommand()
    : Command("renew",
              "[--profile NAME]... [--within DAYS] [--force] [--dry-run] [--json] [--notify] | --enable-timer | "
              "--disable-timer",
              "RenewCommand",
              QT_TRANSLATE_NOOP("RenewCommand",
                                "Renew the saved tokens that are due, deliver them, and report what needs you."))
{
}

QList<QCommandLineOption> RenewCommand::commandOptions() const
{
    QCommandLineOption lockWait(QStringLiteral("lock-wait-ms"), QString(), QStringLiteral("MS"));
    lockWait.setFlags(QCommandLineOption::HiddenFromHelp); // tests: how long to wait for another run
    return {
        option({QStringLiteral("profile")}, "RenewCommand",
               QT_TRANSLATE_NOOP("RenewCommand", "Only this saved profile (repeatable). Default: every profile."),
               QStringLiteral("NAME")),
        option({QStringLiteral("within")}, "RenewCommand",
               QT_TRANSLATE_NOOP("RenewCommand", "Renew tokens that expire within DAYS days (default 14)."),
               QStringLiteral("DAYS")),
        option({QStringLiteral("force")}, "RenewCommand",
               QT_TRANSLATE_NOOP("RenewCommand", "Ask Meta for a refreshed token whatever the dates say.")),
        option({QStringLiteral("dry-run")}, "RenewCommand",
               QT_TRANSLATE_NOOP("RenewCommand", "Only say what would happen: no request, no keychain, no delivery.")),
        jsonOption("RenewCommand",
                   QT_TRANSLATE_NOOP("RenewCommand", "Print one JSON object per profile and line on stdout.")),
        option({QStringLiteral("notify")}, "RenewCommand",
               QT_TRANSLATE_NOOP("RenewCommand",
                                 "A desktop notification for each profile that failed, needs a login, expired or "
                                 "was not delivered.")),
        option({QStringLiteral("enable-timer")}, "RenewCommand",
               QT_TRANSLATE_NOOP("RenewCommand",
                                 "Switch on the daily run of renew --notify (systemd user timer "
                                 "longlived-renew.timer); without a user manager, print the crontab line.")),
        option({QStringLiteral("disable-timer")}, "RenewCommand",
               QT_TRANSLATE_NOOP("RenewCommand", "Switch the daily run off.")),
        lockWait,
    };
}

QString RenewCommand::outputHelp() const
{
    return tr("Actions: renewed, not_due, needs_login, expired, never_expires, unknown_expiry, failed\n"
              "(--dry-run: due instead of renewed). One line per profile on stderr; with --json one object\n"
              "per line on stdout: profile, platform, action, message, expires_at, renewed_at,\n"
              "deliveries, error. Exit 0 when every profile is fine after the run, 1 when one failed,\n"
              "needs a login, expired or was not delivered, or another renew run held the lock for 10 s.\n");
}

QString RenewCommand::readOptions(const QCommandLineParser& parser)
{
    m_profiles.clear();
    for (const QString& name : parser.values(QStringLiteral("profile"))) {
        if (name.trimmed().isEmpty())
            return tr("--profile needs a profile's name.");
        m_profiles << name.trimmed();
    }
    m_profiles.removeDuplicates();
    if (has(parser, "within")) {
        const std::optional<int> days = intValue(value(parser, "within"));
        if (!days || *days < 0 || *days > 365)
            return tr("--within needs a number of days from 0 to 365.");
        m_withinDays = *days;
    }
    if (parser.isSet(QStringLiteral("lock-wait-ms"))) {
        const std::optional<int> ms = intValue(parser.value(QStringLiteral("lock-wait-ms")));
        if (!ms || *ms < 0)
            return tr("--lock-wait-ms needs a number of milliseconds.");
        m_lockWaitMs = *ms;
    }
    m_force = has(parser, "force");
    m_dryRun = has(parser, "dry-run");
    m_notify = has(parser, "notify");
    return readTimerSwitch(parser);
}

QString RenewCommand::readTimerSwitch(const QCommandLineParser& parser)
{
    const bool on = has(parser, "enable-timer");
    const bool off = has(parser, "disable-timer");
    m_timerSwitch = on ? TimerSwitch::On : off ? TimerSwitch::Off : TimerSwitch::None;
    if (on && off)
        return tr("--enable-timer and --disable-timer exclude each other.");
    const bool runOptions = !m_profiles.isEmpty() || has(parser, "within") || m_force || m_dryRun || m_notify
        || options().json;
    if (m_timerSwitch != TimerSwitch::None && runOptions)
        return tr("--enable-timer and --disable-timer switch the scheduled run and take none of a run's options.");
    return {};
}

QString RenewCommand::lockPath(const QString& settingsFile)
{
    const QByteArray hash
        = QCryptographicHash::hash(QFileInfo(settingsFile).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    const QString fileName = QStringLiteral("longlived-renew-%1.lock").arg(QString::fromLatin1(hash));
    QString dir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QFileInfo(settingsFile).absolutePath();
    return QDir(dir).filePath(fileName);
}

std::optional<int> RenewCommand::acquireLock(CliSession& session, QLockFile& lock) const
{
    QDir().mkpath(QFileInfo(lock.fileName()).absolutePath());
    // A lock left by a run that was killed names a process that is gone: QLockFile takes it over.
    if (lock.tryLock(m_lockWaitMs))
        return std::nullopt;
    QString message;
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.error() == QLockFile::LockFailedError && lock.getLockInfo(&pid, &host, &app)) {
        message = tr("Another renew run (process %1) is still working on the saved tokens; nothing was done. "
                     "Try again when it has finished.")
                      .arg(pid);
    } else if (lock.error() == QLockFile::LockFailedError) {
        message = tr("Another renew run is still working on the saved tokens; nothing was done. Try again when it "
                     "has finished.");
    } else {
        message = tr("The lock file %1 could not be created; nothing was done.").arg(lock.fileName());
    }
    session.out().error(tr("Error: %1").arg(message));
    if (options().json)
        session.out().writeLine(
            JsonOutput::errorEnvelope(JsonOutput::inputErrorObject(QStringLiteral("locked_by_other_run"), message)));
    session.out().flush();
    return Failure;
}

int RenewCommand::execute(CliSession& session)
{
    SecretSource::withdrawFromEnvironment("LONGLIVED_TOKEN");
    SecretSource::withdrawFromEnvironment("LONGLIVED_APP_SECRET");
    if (m_timerSwitch != TimerSwitch::None) {
        session.catchInterrupts(); // Ctrl-C ends a systemctl that hangs: exit 130
        return RenewTimerSwitch().run(session, m_timerSwitch == TimerSwitch::On);
    }
    auto* store = new ProfileStore(&session);
    QLockFile lock(lockPath(store->fileName()));
    lock.setStaleLockTime(0); // held as long as the run lives, however long its requests take
    if (!m_dryRun) {
        if (const std::optional<int> code = acquireLock(session, lock))
            return *code;
    }
    session.catchInterrupts();
    RenewRun::Settings settings;
    settings.profiles = m_profiles;
    settings.withinDays = m_withinDays;
    settings.force = m_force;
    settings.dryRun = m_dryRun;
    settings.notify = m_notify;
    auto* run = new RenewRun(session, store, settings, &session);
    run->start();
    return session.exec();
}
