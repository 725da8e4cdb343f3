#pragma once

#include "CliOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

/// Parses `longlived-cli [--help|--version] COMMAND [options]` with one QCommandLineParser per
/// command, using parse() (never process(), which exits with 1 on a usage error; ours is 2)
/// and turning every problem into a message that never repeats a value from the command line
/// (a token pasted in the wrong place must not be echoed to a log).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Result {
        enum class Status {
            Run,        ///< options is ready
            Help,       ///< print text on stdout, exit 0
            Version,    ///< print text on stdout, exit 0
            UsageError, ///< print text on stderr, exit 2
        };
        Status status = Status::UsageError;
        CliOptions options;
        QString text;               ///< help, version or the usage problem
        bool jsonRequested = false; ///< --json was among the arguments (for the error's JSON)
        QString command;            ///< the command's name, when one was recognised
        QStringList warnings;       ///< for stderr (unless --quiet), e.g. a capped value
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
