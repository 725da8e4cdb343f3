#pragma once

#include <QString>

class CliSession;

/// `longlived-cli renew --enable-timer` / `--disable-timer`: switches the systemd user timer of
/// scheduled renewal (RenewalTimer) on or off and tells the user on stderr what systemd made of
/// it. Without a user manager or without the unit files it changes nothing and prints the
/// crontab line that does the same job.
///
///     return RenewTimerSwitch().run(session, true);   // in RenewCommand::execute()
class RenewTimerSwitch {
public:
    /// \a systemctl: the program run with --user (tests pass a stand-in).
    explicit RenewTimerSwitch(const QString& systemctl = QStringLiteral("systemctl"));

    /// Switches the timer on (\a on) or off and waits for systemd's answer (bounded by
    /// RenewalTimer's timeout; Ctrl-C ends the wait once the session catches interrupts).
    /// Writes the outcome on \a session's stderr — an error when it failed, a detail (hidden
    /// by --quiet) when it worked — and, when cron is the way, the hint and the crontab line.
    /// Returns the exit status: 0 when the timer is now as asked, 1 otherwise.
    int run(CliSession& session, bool on) const;

private:
    QString m_systemctl;
};
