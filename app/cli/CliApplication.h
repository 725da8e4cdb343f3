#pragma once

#include <QStringList>

#include <memory>

class CliSession;
class Command;

/// longlived-cli's application logic: parses the command line (CommandLine), then runs the
/// command it names (a Command from CommandRegistry) on a CliSession, which holds what the
/// commands share. main() only constructs it and returns run()'s exit status.
///
/// Exit status: 0 success; 1 API, network or item failure; 2 usage error; 130 interrupted.
class CliApplication
{
public:
    CliApplication();
    ~CliApplication();
    CliApplication(const CliApplication&) = delete;
    CliApplication& operator=(const CliApplication&) = delete;

    /// Runs the command in \a arguments (QCoreApplication::arguments()) to its end.
    int run(const QStringList& arguments);

    /// Whether the command line \a argv needs Qt's GLib event loop: only the keychain does
    /// (QtKeychain reaches the Secret Service through libsecret, whose answers arrive as GLib
    /// callbacks). Every other command runs on Qt's own, lighter loop (QT_NO_GLIB): ~25 % less
    /// CPU per request in a batch (bench/FINDINGS.md). Looked at before QCoreApplication
    /// exists, so any argument spelled like such a command counts: a wrong guess only costs speed.
    static bool needsGlibEventLoop(int argc, const char* const* argv);

private:
    // The command outlives the session: the session's connections call into it.
    std::shared_ptr<Command> m_command;
    std::unique_ptr<CliSession> m_session;
};
