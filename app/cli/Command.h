#pragma once

#include "CommonOptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class CliSession;
class QCommandLineParser;

/// One command of longlived-cli (exchange, refresh, …): its name, one-line description, usage
/// line, options and help; parse() validates its part of the command line with its own
/// QCommandLineParser, execute() runs it on a CliSession and returns the exit status.
/// CommandRegistry lists the commands; adding one is a subclass and a line there.
///
/// The options every command has (--help, --quiet, --timeout) and those several share
/// (--platform, --app-id, --api-version, --app-secret-file, --token-file, --json) are defined
/// and validated here, once, into CommonOptions.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    enum ExitCode {
        Success = 0,
        Failure = 1,
        UsageError = 2,
    };

    enum class ParseStatus {
        Ready,      ///< options() and the command's own options are set: execute() may run
        Help,       ///< --help was among the command's arguments
        UsageError, ///< the problem says what (never repeating a value from the command line)
    };

    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    QString name() const { return QLatin1String(m_name); }
    /// The one line the overview (longlived-cli --help) shows, translated.
    QString description() const;
    /// The command's help: usage, options, output, secrets and exit status.
    QString help() const;

    /// Parses \a arguments, those after the command's name. \a json and \a quiet: --json and
    /// --quiet were given (anywhere, or before the command). On UsageError \a problem is set.
    ParseStatus parse(const QStringList& arguments, bool json, bool quiet, QString* problem);
    const CommonOptions& options() const { return m_options; }
    /// Notes for stderr found while parsing (e.g. a value that was capped).
    const QStringList& warnings() const { return m_warnings; }

    /// Runs the command to its end; returns the process's exit status.
    virtual int execute(CliSession& session) = 0;

    /// Whether the command needs Qt's GLib event loop (see CliApplication::needsGlibEventLoop()).
    virtual bool needsGlibEventLoop() const { return false; }
    /// The same for the command line \a arguments that follow the command's name, before they
    /// are parsed (e.g. only when a token is to be saved in the keychain).
    virtual bool needsGlibEventLoopFor(const QStringList& arguments) const
    {
        Q_UNUSED(arguments);
        return needsGlibEventLoop();
    }

    /// The paragraph on where secrets come from, shared by every help text.
    static QString secretsHelp();
    /// The exit statuses, shared by every help text.
    static QString exitStatusHelp();

protected:
    /// \a name and \a usage (what follows "longlived-cli NAME ") as they are; \a description
    /// marked with QT_TRANSLATE_NOOP in the subclass's context.
    Command(const char* name, const char* usage, const char* descriptionContext, const char* description);

    /// The command's own options, in the order its help lists them (after the common ones).
    virtual QList<QCommandLineOption> commandOptions() const = 0;
    /// What the help says after the options: output, formats, limits.
    virtual QString outputHelp() const = 0;
    /// Checks the positional arguments; returns the problem, or an empty string. By default a
    /// command takes none: tokens and secrets never come from the command line.
    virtual QString readArguments(const QStringList& arguments);
    /// Validates the command's own options after the common ones; returns the problem, or an
    /// empty string.
    virtual QString readOptions(const QCommandLineParser& parser);

    /// Whether \a optionName is one of this command's options and was given.
    bool has(const QCommandLineParser& parser, const char* optionName) const;
    static QString value(const QCommandLineParser& parser, const char* optionName);
    /// A whole number, or nullopt.
    static std::optional<int> intValue(const QString& text);
    void addWarning(const QString& warning) { m_warnings << warning; }

    // Options several commands offer, with the command's own description.
    static QCommandLineOption platformOption(const char* context = nullptr, const char* description = nullptr);
    static QCommandLineOption appIdOption(const char* context, const char* description);
    static QCommandLineOption apiVersionOption();
    static QCommandLineOption appSecretFileOption(const char* context = nullptr, const char* description = nullptr);
    static QCommandLineOption tokenFileOption(const char* context, const char* description);
    static QCommandLineOption jsonOption(const char* context = nullptr, const char* description = nullptr);
    /// An option in \a context's translations.
    static QCommandLineOption option(const QStringList& names, const char* context, const char* description,
                                     const QString& valueName = {});

private:
    QStringList setUp(QCommandLineParser& parser) const;
    QString readCommonOptions(const QCommandLineParser& parser);
    QString readSecretFiles(const QCommandLineParser& parser);

    const char* m_name;
    const char* m_usage;
    const char* m_descriptionContext;
    const char* m_description;
    CommonOptions m_options;
    QStringList m_defined; ///< the names of the options set up (isSet() on others only warns)
    QStringList m_warnings;
};
