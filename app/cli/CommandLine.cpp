#include "CommandLine.h"

#include "InputValidator.h"
#include "ServiceConfig.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace {

using Command = CliOptions::Command;

struct CommandSpec {
    const char* name;
    Command command;
    const char* usage;   // after "longlived-cli NAME "
    const char* summary; // one line for the overview
};

// The commands this build offers, in the order --help lists them.
const QList<CommandSpec>& commandSpecs()
{
    static const QList<CommandSpec> specs = {
        {"exchange", Command::Exchange,
         "[--platform facebook|threads|instagram] [--app-id ID] [--api-version V] [--json]",
         QT_TRANSLATE_NOOP("CommandLine", "Exchange a short-lived token for a long-lived one.")},
        {"refresh", Command::Refresh, "[--platform threads|instagram] [--json]",
         QT_TRANSLATE_NOOP("CommandLine", "Refresh a long-lived Threads or Instagram token (60 more days).")},
        {"inspect", Command::Inspect, "--app-id ID [--platform facebook|threads] [--json]",
         QT_TRANSLATE_NOOP("CommandLine", "Ask debug_token about a token: valid, type, expiry, scopes.")},
        {"pages", Command::Pages, "[--app-secret-file PATH] [--json]",
         QT_TRANSLATE_NOOP("CommandLine", "List the Facebook Pages of a user token, with their Page tokens.")},
        {"keychain", Command::Keychain, "list | get PROFILE | delete PROFILE [--json]",
         QT_TRANSLATE_NOOP("CommandLine", "List, read or delete the tokens the desktop app saved in the keychain.")},
        {"batch", Command::Batch, "--input FILE|- [--output FILE|-] [--refresh] [--continue-on-fail] [--concurrency N]",
         QT_TRANSLATE_NOOP("CommandLine", "Exchange many tokens from JSON Lines or CSV; JSON Lines out.")},
    };
    return specs;
}

const CommandSpec* findSpec(const QString& name)
{
    for (const CommandSpec& spec : commandSpecs()) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QCommandLineOption option(const QStringList& names, const char* description, const QString& valueName = {})
{
    return QCommandLineOption(names, tr(description), valueName);
}

QCommandLineOption hidden(const QString& name, const QString& valueName)
{
    QCommandLineOption opt(name, QString(), valueName);
    opt.setFlags(QCommandLineOption::HiddenFromHelp);
    return opt;
}

// The parser and the options defined on it (QCommandLineParser cannot list them, and isSet()
// on an undefined option only warns).
struct Setup {
    QCommandLineParser& parser;
    QStringList names;

    void add(const QCommandLineOption& opt)
    {
        parser.addOption(opt);
        names += opt.names();
    }
};

void addCommonOptions(Setup& parser)
{
    parser.add(
        option({QStringLiteral("h"), QStringLiteral("help")}, QT_TRANSLATE_NOOP("CommandLine", "Show this help.")));
    parser.add(option({QStringLiteral("q"), QStringLiteral("quiet")},
                      QT_TRANSLATE_NOOP("CommandLine", "Print nothing on stderr but errors.")));
    parser.add(option({QStringLiteral("timeout")},
                      QT_TRANSLATE_NOOP("CommandLine", "Give up on a request after SECONDS (default 30)."),
                      QStringLiteral("SECONDS")));
}

void addPlatform(Setup& parser)
{
    parser.add(option({QStringLiteral("platform")},
                      QT_TRANSLATE_NOOP("CommandLine",
                                        "facebook, threads or instagram. Default: detected from the "
                                        "token's prefix (EAA, TH, IG)."),
                      QStringLiteral("NAME")));
}

void addAppId(Setup& parser, const char* description)
{
    parser.add(option({QStringLiteral("app-id")}, description, QStringLiteral("ID")));
}

void addApiVersion(Setup& parser)
{
    parser.add(option({QStringLiteral("api-version")},
                      QT_TRANSLATE_NOOP("CommandLine", "Graph API version such as v25.0; \"\" for unversioned paths."),
                      QStringLiteral("V")));
}

void addSecretFile(Setup& parser, const char* description)
{
    parser.add(option({QStringLiteral("app-secret-file")}, description, QStringLiteral("PATH")));
}

void addTokenFile(Setup& parser, const char* description)
{
    parser.add(option({QStringLiteral("token-file")}, description, QStringLiteral("PATH")));
}

void addJson(Setup& parser, const char* description)
{
    parser.add(option({QStringLiteral("json")}, description));
}

const char* const secretFromPrompt
    = QT_TRANSLATE_NOOP("CommandLine",
                        "Read the App Secret from PATH (- = stdin). Default: $LONGLIVED_APP_SECRET, else a prompt on a "
                        "terminal.");

QStringList setUpParser(QCommandLineParser& qtParser, Command command)
{
    qtParser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    Setup parser {qtParser, {}};
    addCommonOptions(parser);
    switch (command) {
    case Command::Exchange:
        addPlatform(parser);
        addAppId(parser, QT_TRANSLATE_NOOP("CommandLine", "The Facebook App ID (required for Facebook)."));
        addApiVersion(parser);
        addSecretFile(parser, secretFromPrompt);
        addTokenFile(parser,
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "Read the short-lived token from PATH (- = stdin). Default: "
                                       "$LONGLIVED_TOKEN, else a prompt on a terminal."));
        addJson(parser, QT_TRANSLATE_NOOP("CommandLine", "Print one JSON object on stdout instead of the bare token."));
        break;
    case Command::Refresh:
        parser.add(option({QStringLiteral("platform")},
                          QT_TRANSLATE_NOOP("CommandLine",
                                            "threads or instagram. Default: detected from the token's prefix "
                                            "(TH, IG)."),
                          QStringLiteral("NAME")));
        addTokenFile(parser,
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "Read the long-lived token from PATH (- = stdin). Default: "
                                       "$LONGLIVED_TOKEN, else a prompt on a terminal."));
        addJson(parser, QT_TRANSLATE_NOOP("CommandLine", "Print one JSON object on stdout instead of the bare token."));
        break;
    case Command::Inspect:
        addPlatform(parser);
        addAppId(parser,
                 QT_TRANSLATE_NOOP("CommandLine",
                                   "The App ID of the app the token was issued for (required: debug_token "
                                   "authenticates with the app's ID and secret)."));
        addApiVersion(parser);
        addSecretFile(parser, secretFromPrompt);
        addTokenFile(parser,
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "Read the token to inspect from PATH (- = stdin). Default: "
                                       "$LONGLIVED_TOKEN, else a prompt on a terminal."));
        addJson(parser, QT_TRANSLATE_NOOP("CommandLine", "Print one JSON object on stdout."));
        break;
    case Command::Pages:
        addApiVersion(parser);
        addSecretFile(parser,
                      QT_TRANSLATE_NOOP("CommandLine",
                                        "Read the App Secret from PATH (- = stdin) to send appsecret_proof "
                                        "(needed when the app requires it). Default: $LONGLIVED_APP_SECRET; "
                                        "optional, never prompted for."));
        addTokenFile(parser,
                     QT_TRANSLATE_NOOP("CommandLine",
                                       "Read the Facebook user token from PATH (- = stdin). Default: "
                                       "$LONGLIVED_TOKEN, else a prompt on a terminal."));
        addJson(parser, QT_TRANSLATE_NOOP("CommandLine", "Print one JSON object on stdout."));
        break;
    case Command::Batch:
        parser.add(option({QStringLiteral("i"), QStringLiteral("input")},
                          QT_TRANSLATE_NOOP("CommandLine", "Read the items from FILE (- = stdin). Required."),
                          QStringLiteral("FILE")));
        parser.add(option({QStringLiteral("o"), QStringLiteral("output")},
                          QT_TRANSLATE_NOOP("CommandLine",
                                            "Write the records to FILE (created with mode 0600; - = stdout, the "
                                            "default)."),
                          QStringLiteral("FILE")));
        parser.add(option({QStringLiteral("input-format")},
                          QT_TRANSLATE_NOOP("CommandLine", "jsonl or csv. Default: csv for *.csv files, else jsonl."),
                          QStringLiteral("FORMAT")));
        parser.add(option({QStringLiteral("refresh")},
                          QT_TRANSLATE_NOOP("CommandLine",
                                            "Refresh long-lived Threads/Instagram tokens instead of exchanging "
                                            "short-lived ones (no App Secret needed).")));
        parser.add(option({QStringLiteral("continue-on-fail")},
                          QT_TRANSLATE_NOOP("CommandLine",
                                            "Give every line a record, even after a failure (exit 1 if any "
                                            "failed). Default: stop at the first failure.")));
        parser.add(option({QStringLiteral("c"), QStringLiteral("concurrency")},
                          QT_TRANSLATE_NOOP("CommandLine",
                                            "Requests in flight at once (default 4, at most 16; at most 6 to "
                                            "one host)."),
                          QStringLiteral("N")));
        parser.add(option({QStringLiteral("no-progress")},
                          QT_TRANSLATE_NOOP("CommandLine", "No progress line on a terminal's stderr.")));
        addPlatform(parser);
        addAppId(parser, QT_TRANSLATE_NOOP("CommandLine", "The Facebook App ID for lines without \"app_id\"."));
        addApiVersion(parser);
        addSecretFile(parser,
                      QT_TRANSLATE_NOOP("CommandLine",
                                        "Read the App Secret for lines without \"app_secret\" from PATH "
                                        "(- = stdin). Default: $LONGLIVED_APP_SECRET; never prompted for."));
        addJson(parser, QT_TRANSLATE_NOOP("CommandLine", "Accepted for symmetry: records are always JSON."));
        parser.add(hidden(QStringLiteral("retry-base-ms"), QStringLiteral("MS")));
        parser.add(hidden(QStringLiteral("retry-after-cap-ms"), QStringLiteral("MS")));
        break;
    case Command::Keychain:
        addJson(parser, QT_TRANSLATE_NOOP("CommandLine", "Print one JSON object on stdout."));
        break;
    case Command::None:
        break;
    }
    return parser.names;
}

QString exitCodesText()
{
    return CommandLine::tr(
        "Exit status:\n"
        "  0    success\n"
        "  1    Meta, the network or the keychain said no (API or network error, a failed batch\n"
        "       item, a token inspect finds invalid, a missing keychain entry)\n"
        "  2    usage error (unknown option, missing input, bad value)\n"
        "  130  interrupted (Ctrl-C); 143 on SIGTERM\n");
}

QString secretsText()
{
    return CommandLine::tr(
        "Secrets are never taken as option values (they would show in `ps` and shell history).\n"
        "They come from a file (--app-secret-file, --token-file; - = stdin), from the environment\n"
        "(LONGLIVED_APP_SECRET, LONGLIVED_TOKEN: less safe, other processes of yours can read it;\n"
        "meant for CI), or from a prompt without echo when stdin is a terminal.\n");
}

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

QString usageLine(const CommandSpec& spec)
{
    return CommandLine::tr("Usage: longlived-cli %1 %2").arg(QLatin1String(spec.name), QLatin1String(spec.usage));
}

QString commandExtraHelp(Command command)
{
    switch (command) {
    case Command::Exchange:
        return CommandLine::tr(
            "Output: the long-lived token alone on stdout, details (expiry) on stderr.\n"
            "With --json: one object {access_token, token_type, expires_in, platform, expires_at}\n"
            "or {\"error\":{message, type, code, error_subcode, fbtrace_id, remedy, retryable, kind}}.\n"
            "Threads and Instagram apps have their own App Secret; --app-id is for Facebook only.\n");
    case Command::Refresh:
        return CommandLine::tr(
            "Output: the refreshed token alone on stdout (the same string or a new one), details on\n"
            "stderr; with --json the same object as exchange. Only unexpired long-lived tokens at least\n"
            "24 hours old can be refreshed. Facebook user tokens cannot: exchange a new short-lived one.\n");
    case Command::Inspect:
        return CommandLine::tr(
            "Output: the token's details on stdout (with --json: {platform, is_valid, type, app_id,\n"
            "application, user_id, issued_at, expires_at, never_expires, data_access_expires_at, scopes,\n"
            "granular_scopes, error}). Exit 0 when Meta says the token is valid, 1 when it is not.\n"
            "Instagram Login tokens cannot be inspected (Meta has no debug_token for them).\n");
    case Command::Pages:
        return CommandLine::tr(
            "Output: one line per Page, \"ID<TAB>NAME<TAB>PAGE_TOKEN\"; with --json\n"
            "{\"data\":[{id, name, category, tasks, access_token}], \"truncated\":…, \"warnings\":[…]}.\n"
            "Page tokens taken from a long-lived user token do not expire; from a short-lived one\n"
            "they are short-lived too.\n");
    case Command::Keychain:
        return CommandLine::tr(
            "Actions:\n"
            "  list            the saved profiles: name, platform, App ID, expiry (no keychain access)\n"
            "  get PROFILE     the profile's token on stdout (with --json: an object like exchange's)\n"
            "  delete PROFILE  remove the profile and its keychain entries (token and App Secret)\n"
            "Profiles are shared with the desktop app. A missing profile or keychain entry exits 1\n"
            "(kind \"not_found\"); a locked or absent keyring too (\"locked\", \"no_backend\").\n");
    case Command::Batch:
        return CommandLine::tr(
            "Input, one item per line (blank lines are skipped):\n"
            "  JSON Lines: {\"token\":\"…\",\"platform\":\"…\",\"app_id\":\"…\",\"app_secret\":\"…\",\"id\":…}\n"
            "  CSV:        a header row naming the columns token, platform, app_id, app_secret, id\n"
            "Only token is required; a missing app_secret/app_id/platform falls back to the options\n"
            "(--app-secret-file, $LONGLIVED_APP_SECRET, --app-id, --platform), then to the token's prefix.\n"
            "With --refresh each line's long-lived Threads/Instagram token is refreshed instead.\n"
            "Output: JSON Lines, one record per input line, in input order:\n"
            "  {\"line\":N,\"id\":…,\"ok\":true,\"platform\":…,\"access_token\":…,\"token_type\":…,\n"
            "   \"expires_in\":…,\"expires_at\":…,\"attempts\":K}\n"
            "  {\"line\":N,\"id\":…,\"ok\":false,\"platform\":…,\"error\":{…},\"attempts\":K}\n"
            "Transient failures (rate limits, 5xx, resets, timeouts) are tried up to 3 times with\n"
            "backoff, honouring Retry-After (up to 60 s); other errors are not retried.\n"
            "On Ctrl-C the records written are always a prefix of the input's order: resume after the\n"
            "last record's line.\n");
    default:
        return {};
    }
}

CommandLine::Result usageError(const QString& text, bool json, const QString& command = {})
{
    CommandLine::Result result;
    result.status = CommandLine::Result::Status::UsageError;
    const QString hint = command.isEmpty() ? CommandLine::tr("Run 'longlived-cli --help' for usage.")
                                           : CommandLine::tr("Run 'longlived-cli %1 --help' for usage.").arg(command);
    result.text = text + QLatin1Char('\n') + hint;
    result.jsonRequested = json;
    result.command = command;
    return result;
}

// QCommandLineParser's own messages name the option ("Unknown option 'x'."), never a value
// given after '='; positional arguments are ours to report, without repeating them.
std::optional<int> intValue(const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

QStringList CommandLine::commandNames()
{
    QStringList names;
    for (const CommandSpec& spec : commandSpecs())
        names << QLatin1String(spec.name);
    return names;
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
    for (const CommandSpec& spec : commandSpecs())
        text += QStringLiteral("  %1%2\n").arg(QLatin1String(spec.name), -10).arg(tr(spec.summary));
    text += QLatin1Char('\n') + secretsText() + QLatin1Char('\n') + exitCodesText() + QLatin1Char('\n')
        + environmentText() + QLatin1Char('\n') + tr("Documentation: docs/cli.md\n");
    return text;
}

QString CommandLine::commandHelp(const QString& command)
{
    const CommandSpec* spec = findSpec(command);
    if (!spec)
        return {};
    QCommandLineParser parser;
    setUpParser(parser, spec->command);
    QString options = parser.helpText();
    // Qt's first line names argv[0] alone; the usage line must name the command too. Qt's own
    // catalogue (qtbase_*.qm) translates the heading; a variable keeps lupdate from copying it.
    static const char qtOptionsHeading[] = "Options:";
    const qsizetype optionsStart =
        options.indexOf(QCoreApplication::translate("QCommandLineParser", qtOptionsHeading));
    if (optionsStart > 0)
        options = options.mid(optionsStart);
    return usageLine(*spec) + QStringLiteral("\n") + tr(spec->summary) + QStringLiteral("\n\n") + options
        + QLatin1Char('\n') + commandExtraHelp(spec->command) + QLatin1Char('\n') + secretsText() + QLatin1Char('\n')
        + exitCodesText();
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

    // Global part: options before the command.
    qsizetype commandIndex = -1;
    bool wantHelp = false;
    bool wantVersion = false;
    bool quiet = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& argument = args.at(i);
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            commandIndex = i;
            break;
        }
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help") || argument == QLatin1String("-?"))
            wantHelp = true;
        else if (argument == QLatin1String("-v") || argument == QLatin1String("--version"))
            wantVersion = true;
        else if (argument == QLatin1String("-q") || argument == QLatin1String("--quiet"))
            quiet = true;
        else if (argument == QLatin1String("--json"))
            ; // noted above
        else
            return usageError(
                tr("Unknown option '%1' before the command.").arg(argument.section(QLatin1Char('='), 0, 0)), json);
    }

    Result result;
    result.jsonRequested = json;
    if (wantVersion) {
        result.status = Result::Status::Version;
        result.text = QStringLiteral("longlived-cli %1\n").arg(QStringLiteral(LONGLIVED_VERSION));
        return result;
    }
    if (commandIndex < 0) {
        if (wantHelp) {
            result.status = Result::Status::Help;
            result.text = mainHelp();
            return result;
        }
        return usageError(tr("No command given."), json);
    }

    const QString name = args.at(commandIndex);
    if (name == QLatin1String("help")) {
        const QString topic = args.value(commandIndex + 1);
        result.status = Result::Status::Help;
        result.text = topic.isEmpty() ? mainHelp() : commandHelp(topic);
        if (result.text.isEmpty())
            return usageError(tr("Unknown command. Commands: %1.").arg(commandNames().join(QLatin1String(", "))), json);
        return result;
    }
    const CommandSpec* spec = findSpec(name);
    if (!spec) {
        // The unknown word may be a token pasted in the wrong place: do not repeat it.
        return usageError(tr("Unknown command. Commands: %1.").arg(commandNames().join(QLatin1String(", "))), json);
    }
    if (wantHelp) {
        result.status = Result::Status::Help;
        result.text = commandHelp(name);
        return result;
    }

    QCommandLineParser parser;
    const QStringList defined = setUpParser(parser, spec->command);
    const QStringList commandArgs = QStringList {QStringLiteral("longlived-cli")} + args.mid(commandIndex + 1);
    if (!parser.parse(commandArgs))
        return usageError(parser.errorText(), json, name);
    if (parser.isSet(QStringLiteral("help"))) {
        result.status = Result::Status::Help;
        result.text = commandHelp(name);
        result.command = name;
        return result;
    }
    if (spec->command == Command::Keychain) {
        // The action and the profile's name are the only values the command line carries.
        const QStringList positional = parser.positionalArguments();
        const QString action = positional.value(0);
        const bool needsName = action == QLatin1String("get") || action == QLatin1String("delete");
        if (action != QLatin1String("list") && !needsName)
            return usageError(tr("keychain needs an action: list, get PROFILE or delete PROFILE."), json, name);
        if (needsName && positional.size() != 2)
            return usageError(tr("keychain %1 needs the profile's name (quote it if it has spaces).").arg(action), json,
                              name);
        if (!needsName && positional.size() != 1)
            return usageError(tr("keychain list takes no other argument."), json, name);
        result.options.keychainAction = action;
        result.options.profileName = positional.value(1).trimmed();
    } else if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("'%1' takes no arguments. Tokens and secrets are read from files, the environment "
                             "or a prompt, never from the command line.")
                              .arg(name),
                          json, name);
    }

    const auto has = [&parser, &defined](const char* optionName) {
        return defined.contains(QLatin1String(optionName)) && parser.isSet(QLatin1String(optionName));
    };
    const auto value = [&parser](const char* optionName) { return parser.value(QLatin1String(optionName)); };

    CliOptions& o = result.options;
    o.command = spec->command;
    o.json = json || has("json");
    o.quiet = quiet || has("quiet");
    result.command = name;
    result.jsonRequested = o.json;

    if (has("timeout")) {
        const auto seconds = intValue(value("timeout"));
        if (!seconds || *seconds < 1 || *seconds > 3600)
            return usageError(tr("--timeout takes a number of seconds from 1 to 3600."), o.json, name);
        o.timeoutMs = *seconds * 1000;
        o.timeoutSet = true;
    }
    if (has("platform")) {
        o.platform = Platforms::fromId(value("platform"));
        if (!o.platform)
            return usageError(tr("--platform must be facebook, threads or instagram."), o.json, name);
    }
    if (has("app-id")) {
        o.appId = InputValidator::clean(value("app-id"));
        const QString problem = InputValidator::appIdProblem(o.appId);
        if (!problem.isEmpty())
            return usageError(tr("--app-id: %1").arg(problem), o.json, name);
    }
    if (has("api-version")) {
        const QString version = InputValidator::clean(value("api-version"));
        const QString problem = InputValidator::apiVersionProblem(version);
        if (!problem.isEmpty())
            return usageError(tr("--api-version: %1").arg(problem), o.json, name);
        o.apiVersion = version;
    }
    if (has("app-secret-file")) {
        o.appSecretFile = value("app-secret-file");
        if (o.appSecretFile.isEmpty())
            return usageError(tr("--app-secret-file needs a path (or - for stdin)."), o.json, name);
    }
    if (has("token-file")) {
        o.tokenFile = value("token-file");
        if (o.tokenFile.isEmpty())
            return usageError(tr("--token-file needs a path (or - for stdin)."), o.json, name);
    }

    if (spec->command == Command::Batch) {
        if (!has("input"))
            return usageError(tr("batch needs --input FILE (or --input - for stdin)."), o.json, name);
        o.input = value("input");
        if (o.input.isEmpty())
            return usageError(tr("--input needs a path (or - for stdin)."), o.json, name);
        if (has("output"))
            o.output = value("output");
        if (has("input-format")) {
            const QString format = value("input-format").trimmed().toLower();
            if (format == QLatin1String("csv"))
                o.inputFormat = CliOptions::InputFormat::Csv;
            else if (format == QLatin1String("jsonl") || format == QLatin1String("json")
                     || format == QLatin1String("ndjson"))
                o.inputFormat = CliOptions::InputFormat::JsonLines;
            else
                return usageError(tr("--input-format must be jsonl or csv."), o.json, name);
        } else if (o.input.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
            o.inputFormat = CliOptions::InputFormat::Csv;
        }
        o.continueOnFail = has("continue-on-fail");
        o.refresh = has("refresh");
        o.progress = !has("no-progress");
        if (has("concurrency")) {
            const auto n = intValue(value("concurrency"));
            if (!n || *n < 1)
                return usageError(
                    tr("--concurrency takes a whole number from 1 to %1.").arg(CliOptions::maxConcurrency), o.json,
                    name);
            o.concurrency = qMin(*n, CliOptions::maxConcurrency);
            if (*n > CliOptions::maxConcurrency)
                result.warnings << tr("--concurrency is capped at %1.").arg(CliOptions::maxConcurrency);
        }
        if (has("retry-base-ms")) {
            const auto ms = intValue(value("retry-base-ms"));
            if (!ms || *ms < 0)
                return usageError(tr("--retry-base-ms takes milliseconds."), o.json, name);
            o.retryBaseMs = *ms;
        }
        if (has("retry-after-cap-ms")) {
            const auto ms = intValue(value("retry-after-cap-ms"));
            if (!ms || *ms < 0)
                return usageError(tr("--retry-after-cap-ms takes milliseconds."), o.json, name);
            o.retryAfterCapMs = *ms;
        }
        if (o.input == QLatin1String("-") && o.appSecretFile == QLatin1String("-"))
            return usageError(tr("Only one of --input and --app-secret-file can read stdin."), o.json, name);
    }

    if (o.tokenFile == QLatin1String("-") && o.appSecretFile == QLatin1String("-"))
        return usageError(tr("Only one of --token-file and --app-secret-file can read stdin."), o.json, name);

    result.status = Result::Status::Run;
    return result;
}
