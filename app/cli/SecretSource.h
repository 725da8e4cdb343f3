#pragma once

#include <QCoreApplication>
#include <QString>

/// Where a secret (App Secret, access token) comes from — never a command-line value, which
/// would show in `ps` and shell history. In order of preference: a file (or "-" for stdin),
/// an environment variable (less safe: other processes of the user may read it; meant for CI),
/// or a no-echo prompt when stdin is a terminal. File contents are trimmed, so the trailing
/// newline of `echo secret > file` does not become part of the secret. The environment
/// variable is removed from the process's environment once looked at (whichever source won),
/// so processes started later do not inherit it.
class SecretSource
{
    Q_DECLARE_TR_FUNCTIONS(SecretSource)

public:
    enum class Status {
        Ok,
        Missing,     ///< no file, no variable, no terminal to prompt on
        Unreadable,  ///< the file could not be read or is empty; problem says why
        Interrupted, ///< Ctrl-C at the prompt (the terminal is restored)
    };

    struct Result {
        Status status = Status::Missing;
        QString value;   ///< the secret, trimmed
        QString origin;  ///< "file", "stdin", "environment" or "prompt" (for messages; no value)
        QString problem; ///< for Unreadable: names the file, never its content
    };

    /// Reads from \a filePath when given ("-" = stdin), else from the environment variable
    /// \a envVar when set and non-empty, else prompts with \a promptLabel when
    /// \a allowPrompt and stdin is a terminal.
    static Result obtain(const QString& filePath, const char* envVar, const QString& promptLabel,
                         bool allowPrompt = true);

    static Result fromFile(const QString& filePath);
    /// Reads \a envVar and removes it from the environment (unsetenv), set or not.
    static Result fromEnvironment(const char* envVar);
    /// Removes \a envVar from this process's environment.
    static void withdrawFromEnvironment(const char* envVar);
    /// Prints \a label on stderr, reads one line from the terminal on stdin without echo.
    static Result fromPrompt(const QString& label);

    static bool stdinIsTerminal();

    /// Files larger than this are not secrets; reading stops there (bounded memory).
    static constexpr qint64 maxBytes = 64 * 1024;
};
