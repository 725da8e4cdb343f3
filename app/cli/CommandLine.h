#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class Command;

/// Parses `longlived-cli [--help|--version] COMMAND [options]`: the part before the command
/// here, the rest by the command itself (Command::parse(), one QCommandLineParser per command,
/// using parse(), never process(), which exits with 1 on a usage error; ours is 2). Every
/// problem becomes a message that never repeats a value from the command line (a token pasted
/// in the wrong place must not be echoed to a log).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Result {
        enum class Status {
            Run,        ///< command is ready to execute
            Help,       ///< print text on stdout, exit 0
            Version,    ///< print text on stdout, exit 0
            UsageError, ///< print text on stderr, exit 2
        };
        Status status = Status::UsageError;
        std::shared_ptr<Command> command; ///< for Run: the command, its options parsed
        QString text;                     ///< help, version or the usage problem
        bool jsonRequested = false;       ///< --json was among the arguments (for the error's JSON)
        QStringList warnings;             ///< for stderr (unless --quiet), e.g. a capped value
    };

    /// \a arguments as from QCoreApplication::arguments() (the program first).
    static Result parse(const QStringList& arguments);

    /// The overview: commands, exit codes, environment.
    static QString mainHelp();
    /// One command's help; empty for an unknown name.
    static QString commandHelp(const QString& command);
    /// Names of the commands this build offers, in the order --help lists them.
    static QStringList commandNames();

    /// The message for a flag that would carry a secret on the command line, or an empty
    /// string when \a argument is not one. Names only the flag, never the value.
    static QString rejectedSecretFlag(const QString& argument);
};
