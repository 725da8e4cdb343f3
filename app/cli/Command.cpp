#include "Command.h"

#include "graph/InputValidator.h"

#include <QCommandLineParser>

// QCommandLineParser's own messages name the option ("Unknown option 'x'."), never a value
// given after '='; positional arguments are ours to report, without repeating them.
std::optional<int> Command::intValue(const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

Command::Command(const char* name, const char* usage, const char* descriptionContext, const char* description)
    : m_name(name)
    , m_usage(usage)
    , m_descriptionContext(descriptionContext)
    , m_description(description)
{
}

Command::~Command() = default;

QString Command::description() const
{
    return QCoreApplication::translate(m_descriptionContext, m_description);
}

QCommandLineOption Command::option(const QStringList& names, const char* context, const char* description,
                                   const QString& valueName)
{
    return QCommandLineOption(names, QCoreApplication::translate(context, description), valueName);
}

QCommandLineOption Command::platformOption(const char* context, const char* description)
{
    if (!description) {
        context = "Command";
        description = QT_TRANSLATE_NOOP("Command",
                                        "facebook, threads or instagram. Default: detected from the "
                                        "token's prefix (EAA, TH, IG).");
    }
    return option({QStringLiteral("platform")}, context, description, QStringLiteral("NAME"));
}

QCommandLineOption Command::appIdOption(const char* context, const char* description)
{
    return option({QStringLiteral("app-id")}, context, description, QStringLiteral("ID"));
}

QCommandLineOption Command::apiVersionOption()
{
    return option({QStringLiteral("api-version")}, "Command",
                  QT_TRANSLATE_NOOP("Command", "Graph API version such as v25.0; \"\" for unversioned paths."),
                  QStringLiteral("V"));
}

QCommandLineOption Command::appSecretFileOption(const char* context, const char* description)
{
    if (!description) {
        context = "Command";
        description = QT_TRANSLATE_NOOP("Command",
                                        "Read the App Secret from PATH (- = stdin). Default: $LONGLIVED_APP_SECRET, "
                                        "else a prompt on a terminal.");
    }
    return option({QStringLiteral("app-secret-file")}, context, description, QStringLiteral("PATH"));
}

QCommandLineOption Command::tokenFileOption(const char* context, const char* description)
{
    return option({QStringLiteral("token-file")}, context, description, QStringLiteral("PATH"));
}

QCommandLineOption Command::jsonOption(const char* context, const char* description)
{
    if (!description) {
        context = "Command";
        description = QT_TRANSLATE_NOOP("Command", "Print one JSON object on stdout.");
    }
    return option({QStringLiteral("json")}, context, description);
}

QStringList Command::setUp(QCommandLineParser& parser) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QList<QCommandLineOption> options {
        option({QStringLiteral("h"), QStringLiteral("help")}, "Command", QT_TRANSLATE_NOOP("Command", "Show this help.")),
        option({QStringLiteral("q"), QStringLiteral("quiet")}, "Command",
               QT_TRANSLATE_NOOP("Command", "Print nothing on stderr but errors.")),
        option({QStringLiteral("timeout")}, "Command",
               QT_TRANSLATE_NOOP("Command", "Give up on a request after SECONDS (default 30)."),
               QStringLiteral("SECONDS")),
    };
    options += commandOptions();
    QStringList names;
    for (const QCommandLineOption& opt : options) {
        parser.addOption(opt);
        names += opt.names();
    }
    return names;
}

QString Command::secretsHelp()
{
    return tr("Secrets are never taken as option values (they would show in `ps` and shell history).\n"
              "They come from a file (--app-secret-file, --token-file; - = stdin), from the environment\n"
              "(LONGLIVED_APP_SECRET, LONGLIVED_TOKEN: less safe, other processes of yours can read it;\n"
              "meant for CI), or from a prompt without echo when stdin is a terminal.\n");
}

QString Command::exitStatusHelp()
{
    return tr("Exit status:\n"
              "  0    success\n"
              "  1    Meta, the network or the keychain said no (API or network error, a failed batch\n"
              "       item, a token inspect finds invalid, a missing keychain entry)\n"
              "  2    usage error (unknown option, missing input, bad value)\n"
              "  130  interrupted (Ctrl-C); 143 on SIGTERM\n");
}

QString Command::help() const
{
    QCommandLineParser parser;
    setUp(parser);
    QString options = parser.helpText();
    // Qt's first line names argv[0] alone; the usage line must name the command too. Qt's own
    // catalogue (qtbase_*.qm) translates the heading; a variable keeps lupdate from copying it.
    static const char qtOptionsHeading[] = "Options:";
    const qsizetype optionsStart = options.indexOf(QCoreApplication::translate("QCommandLineParser", qtOptionsHeading));
    if (optionsStart > 0)
        options = options.mid(optionsStart);
    const QString usage = tr("Usage: longlived-cli %1 %2").arg(QLatin1String(m_name), QLatin1String(m_usage));
    return usage + QStringLiteral("\n") + description() + QStringLiteral("\n\n") + options + QLatin1Char('\n')
        + outputHelp() + QLatin1Char('\n') + secretsHelp() + QLatin1Char('\n') + exitStatusHelp();
}

bool Command::has(const QCommandLineParser& parser, const char* optionName) const
{
    return m_defined.contains(QLatin1String(optionName)) && parser.isSet(QLatin1String(optionName));
}

QString Command::value(const QCommandLineParser& parser, const char* optionName)
{
    return parser.value(QLatin1String(optionName));
}

Command::ParseStatus Command::parse(const QStringList& arguments, bool json, bool quiet, QString* problem)
{
    QCommandLineParser parser;
    m_defined = setUp(parser);
    m_options.json = json;
    const auto fail = [problem](const QString& text) {
        *problem = text;
        return ParseStatus::UsageError;
    };
    if (!parser.parse(QStringList {QStringLiteral("longlived-cli")} + arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return ParseStatus::Help;
    QString found = readArguments(parser.positionalArguments());
    if (!found.isEmpty())
        return fail(found);

    m_options.json = json || has(parser, "json");
    m_options.quiet = quiet || has(parser, "quiet");
    found = readCommonOptions(parser);
    if (found.isEmpty())
        found = readOptions(parser);
    if (!found.isEmpty())
        return fail(found);

    if (m_options.tokenFile == QLatin1String("-") && m_options.appSecretFile == QLatin1String("-"))
        return fail(tr("Only one of --token-file and --app-secret-file can read stdin."));
    return ParseStatus::Ready;
}

QString Command::readArguments(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        return tr("'%1' takes no arguments. Tokens and secrets are read from files, the environment "
                  "or a prompt, never from the command line.")
            .arg(name());
    }
    return {};
}

QString Command::readOptions(const QCommandLineParser& /*parser*/)
{
    return {};
}

QString Command::readCommonOptions(const QCommandLineParser& parser)
{
    CommonOptions& o = m_options;
    if (has(parser, "timeout")) {
        const auto seconds = intValue(value(parser, "timeout"));
        if (!seconds || *seconds < 1 || *seconds > 3600)
            return tr("--timeout takes a number of seconds from 1 to 3600.");
        o.timeoutMs = *seconds * 1000;
        o.timeoutSet = true;
    }
    if (has(parser, "platform")) {
        o.platform = Platforms::fromId(value(parser, "platform"));
        if (!o.platform)
            return tr("--platform must be facebook, threads or instagram.");
    }
    if (has(parser, "app-id")) {
        o.appId = InputValidator::clean(value(parser, "app-id"));
        const QString problem = InputValidator::appIdProblem(o.appId);
        if (!problem.isEmpty())
            return tr("--app-id: %1").arg(problem);
    }
    if (has(parser, "api-version")) {
        const QString version = InputValidator::clean(value(parser, "api-version"));
        const QString problem = InputValidator::apiVersionProblem(version);
        if (!problem.isEmpty())
            return tr("--api-version: %1").arg(problem);
        o.apiVersion = version;
    }
    return readSecretFiles(parser);
}

QString Command::readSecretFiles(const QCommandLineParser& parser)
{
    CommonOptions& o = m_options;
    if (has(parser, "app-secret-file")) {
        o.appSecretFile = value(parser, "app-secret-file");
        if (o.appSecretFile.isEmpty())
            return tr("--app-secret-file needs a path (or - for stdin).");
    }
    if (has(parser, "token-file")) {
        o.tokenFile = value(parser, "token-file");
        if (o.tokenFile.isEmpty())
            return tr("--token-file needs a path (or - for stdin).");
    }
    return {};
}
