#pragma once

#include "Command.h"

#include <QStringList>

class QLockFile;

/// `longlived-cli renew`: renews the saved tokens that are due, delivers them, and says what
/// only the user can do (RenewRun does the work; this class reads the options and holds the
/// lock that keeps two runs apart).
class RenewCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(RenewCommand)

public:
    RenewCommand();
    int execute(CliSession& session) override;
    /// QtKeychain reaches the Secret Service through libsecret (GLib callbacks).
    bool needsGlibEventLoop() const override { return true; }

    /// Where the lock of the runs using \a settingsFile lives:
    /// $XDG_RUNTIME_DIR/longlived-renew-<16 hex digits of the settings path's SHA-256>.lock, or
    /// beside the settings file without a runtime directory.
    static QString lockPath(const QString& settingsFile);
    static constexpr int defaultLockWaitMs = 10000;

    QStringList profileNames() const { return m_profiles; }
    int withinDays() const { return m_withinDays; }
    bool force() const { return m_force; }
    bool dryRun() const { return m_dryRun; }
    bool notify() const { return m_notify; }

protected:
    QList<QCommandLineOption> commandOptions() const override;
    QString outputHelp() const override;
    QString readOptions(const QCommandLineParser& parser) override;

private:
    /// Waits for the lock; the exit status when it cannot be had.
    std::optional<int> acquireLock(CliSession& session, QLockFile& lock) const;

    QStringList m_profiles;
    int m_withinDays = 14;
    bool m_force = false;
    bool m_dryRun = false;
    bool m_notify = false;
    int m_lockWaitMs = defaultLockWaitMs;
};
