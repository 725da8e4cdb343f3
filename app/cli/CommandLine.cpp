#include "CommandLine.h"

#include "Command.h"
#include "CommandRegistry.h"

namespace {

QString environmentText()
{
    return CommandLine::tr(
        "Environment:\n"
        "  LONGLIVED_APP_SECRET     the App Secret (see above)\n"
        "  LONGLIVED_TOKEN          the token (see above)\n"
        "  LONGLIVED_GRAPH_URL      Facebook Graph base URL (default https://graph.facebook.com)\n"
        "  LONGLIVED_THREADS_URL    Threads base URL (default https://graph.threads.net)\n"
        "  LONGLIVED_INSTAGRAM_URL  Instagram base URL (default https://graph.instagram.com)\n"
        "                           (https only; plain http only to a loopback address: 127.0.0.1, [::1])\n"
        "  https_proxy, no_proxy    the system's proxy settings are used\n");
}

CommandLine::Result usageError(const QString& text, bool json, const QString& command = {})
{
    CommandLine::Result result;
    result.status = CommandLine::Result::Status::UsageError;
    const QString hint = command.isEmpty() ? CommandLine::tr("Run 'longlived-cli --help' for usage.")
                                           : CommandLine::tr("Run 'longlived-cli %1 --help' for usage.").arg(command);
    result.text = text + QLatin1Char('\n') + hint;
    result.jsonRequested = json;
    return result;
}

CommandLine::Result helpResult(const QString& text, bool json)
{
    CommandLine::Result result;
    result.status = CommandLine::Result::Status::Help;
    result.text = text;
    result.jsonRequested = json;
    return result;
}

QString unknownCommand()
{
    return CommandLine::tr("Unknown command. Commands: %1.").arg(CommandLine::commandNames().join(QLatin1String(", ")));
}

/// What comes before the command: --help, --version, --quiet, --json.
struct GlobalOptions {
    qsizetype commandIndex = -1;
    bool help = false;
    bool version = false;
    bool quiet = false;
    QString problem;
};

GlobalOptions parseGlobalOptions(const QStringList& args)
{
    GlobalOptions global;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& argument = args.at(i);
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            global.commandIndex = i;
            break;
        }
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help") || argument == QLatin1String("-?"))
            global.help = true;
        else if (argument == QLatin1String("-v") || argument == QLatin1String("--version"))
            global.version = true;
        else if (argument == QLatin1String("-q") || argument == QLatin1String("--quiet"))
            global.quiet = true;
        else if (argument == QLatin1String("--json"))
            ; // noted by the caller
        else {
            global.problem =
                CommandLine::tr("Unknown option '%1' before the command.").arg(argument.section(QLatin1Char('='), 0, 0));
            break;
        }
    }
    return global;
}

/// `longlived-cli help [COMMAND]`.
CommandLine::Result helpCommand(const QString& topic, bool json)
{
    const QString text = topic.isEmpty() ? CommandLine::mainHelp() : CommandLine::commandHelp(topic);
    if (text.isEmpty())
        return usageError(unknownCommand(), json);
    return helpResult(text, json);
}

/// The command's own part of the command line.
CommandLine::Result parseCommand(const std::shared_ptr<Command>& command, const QStringList& arguments, bool json,
                                 bool quiet)
{
    QString problem;
    switch (command->parse(arguments, json, quiet, &problem)) {
    case Command::ParseStatus::UsageError:
        return usageError(problem, command->options().json, command->name());
    case Command::ParseStatus::Help: {
        CommandLine::Result result = helpResult(command->help(), json);
        result.command = command;
        return result;
    }
    case Command::ParseStatus::Ready:
        break;
    }
    CommandLine::Result result;
    result.status = CommandLine::Result::Status::Run;
    result.command = command;
    result.jsonRequested = command->options().json;
    result.warnings = command->warnings();
    return result;
}

} // namespace

QStringList CommandLine::commandNames()
{
    return CommandRegistry::names();
}

QString CommandLine::rejectedSecretFlag(const QString& argument)
{
    struct Flag {
        const char* name;
        bool isToken;
    };
    static const Flag flags[] = {
        {"--app-secret", false}, {"--secret", false},      {"--client-secret", false}, {"--appsecret", false},
        {"--token", true},       {"--access-token", true}, {"--input-token", true},    {"--fb-exchange-token", true},
    };
    const QString name = argument.section(QLatin1Char('='), 0, 0);
    for (const Flag& flag : flags) {
        if (name != QLatin1String(flag.name))
            continue;
        if (flag.isToken) {
            return tr("%1 is not accepted: a token on the command line shows in `ps` and in your shell history.\n"
                      "Use --token-file PATH (or --token-file - to read it from stdin), set LONGLIVED_TOKEN, "
                      "or run in a terminal to be prompted.")
                .arg(name);
        }
        return tr("%1 is not accepted: a secret on the command line shows in `ps` and in your shell history.\n"
                  "Use --app-secret-file PATH (or --app-secret-file - to read it from stdin), set "
                  "LONGLIVED_APP_SECRET, or run in a terminal to be prompted.")
            .arg(name);
    }
    return {};
}

QString CommandLine::mainHelp()
{
    QString text = tr("longlived-cli — exchange Meta short-lived access tokens for long-lived ones.\n\n"
                      "Usage: longlived-cli COMMAND [options]\n"
                      "       longlived-cli COMMAND --help\n"
                      "       longlived-cli --help | --version\n\n"
                      "Commands:\n");
    for (const auto& command : CommandRegistry::commands())
        text += QStringLiteral("  %1%2\n").arg(command->name(), -10).arg(command->description());
    text += QLatin1Char('\n') + Command::secretsHelp() + QLatin1Char('\n') + Command::exitStatusHelp()
        + QLatin1Char('\n') + environmentText() + QLatin1Char('\n') + tr("Documentation: docs/cli.md\n");
    return text;
}

QString CommandLine::commandHelp(const QString& command)
{
    const Command* found = CommandRegistry::find(command);
    return found ? found->help() : QString();
}

CommandLine::Result CommandLine::parse(const QStringList& arguments)
{
    const QStringList args = arguments.mid(1);
    const bool json = args.contains(QLatin1String("--json"));

    // Refuse secrets as flag values before anything else looks at the arguments.
    for (const QString& argument : args) {
        if (argument == QLatin1String("--"))
            break;
        const QString problem = rejectedSecretFlag(argument);
        if (!problem.isEmpty())
            return usageError(problem, json);
    }

    const GlobalOptions global = parseGlobalOptions(args);
    if (!global.problem.isEmpty())
        return usageError(global.problem, json);
    if (global.version) {
        Result result;
        result.status = Result::Status::Version;
        result.text = QStringLiteral("longlived-cli %1\n").arg(QStringLiteral(LONGLIVED_VERSION));
        result.jsonRequested = json;
        return result;
    }
    if (global.commandIndex < 0)
        return global.help ? helpResult(mainHelp(), json) : usageError(tr("No command given."), json);

    const QString name = args.at(global.commandIndex);
    if (name == QLatin1String("help"))
        return helpCommand(args.value(global.commandIndex + 1), json);
    const std::shared_ptr<Command> command = CommandRegistry::create(name);
    if (!command)
        return usageError(unknownCommand(), json); // the unknown word may be a pasted token: not repeated
    if (global.help)
        return helpResult(command->help(), json);
    return parseCommand(command, args.mid(global.commandIndex + 1), json, global.quiet);
}
