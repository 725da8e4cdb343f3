#include "BatchCommand.h"

#include "CliSession.h"
#include "http/HttpConnectionPool.h"
#include "SecretSource.h"
#include "graph/TokenService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QNetworkAccessManager>

#include <sys/stat.h>

namespace {
QCommandLineOption hidden(const QString& name, const QString& valueName)
{
    QCommandLineOption opt(name, QString(), valueName);
    opt.setFlags(QCommandLineOption::HiddenFromHelp);
    return opt;
}
} // namespace

BatchCommand::BatchCommand()
    : Command("batch", "--input FILE|- [--output FILE|-] [--refresh] [--continue-on-fail] [--concurrency N]",
              "BatchCommand",
              QT_TRANSLATE_NOOP("BatchCommand", "Exchange many tokens from JSON Lines or CSV; JSON Lines out."))
{
}

QList<QCommandLineOption> BatchCommand::commandOptions() const
{
    const char* context = "BatchCommand";
    return {
        option({QStringLiteral("i"), QStringLiteral("input")}, context,
               QT_TRANSLATE_NOOP("BatchCommand", "Read the items from FILE (- = stdin). Required."),
               QStringLiteral("FILE")),
        option({QStringLiteral("o"), QStringLiteral("output")}, context,
               QT_TRANSLATE_NOOP("BatchCommand",
                                 "Write the records to FILE (created with mode 0600; - = stdout, the default)."),
               QStringLiteral("FILE")),
        option({QStringLiteral("input-format")}, context,
               QT_TRANSLATE_NOOP("BatchCommand", "jsonl or csv. Default: csv for *.csv files, else jsonl."),
               QStringLiteral("FORMAT")),
        option({QStringLiteral("refresh")}, context,
               QT_TRANSLATE_NOOP("BatchCommand",
                                 "Refresh long-lived Threads/Instagram tokens instead of exchanging short-lived "
                                 "ones (no App Secret needed).")),
        option({QStringLiteral("continue-on-fail")}, context,
               QT_TRANSLATE_NOOP("BatchCommand",
                                 "Give every line a record, even after a failure (exit 1 if any failed). Default: "
                                 "stop at the first failure.")),
        option({QStringLiteral("c"), QStringLiteral("concurrency")}, context,
               QT_TRANSLATE_NOOP("BatchCommand",
                                 "Requests in flight at once (default 4, at most 16; at most 6 to one host)."),
               QStringLiteral("N")),
        option({QStringLiteral("no-progress")}, context,
               QT_TRANSLATE_NOOP("BatchCommand", "No progress line on a terminal's stderr.")),
        platformOption(),
        appIdOption(context, QT_TRANSLATE_NOOP("BatchCommand", "The Facebook App ID for lines without \"app_id\".")),
        apiVersionOption(),
        appSecretFileOption(context,
                            QT_TRANSLATE_NOOP("BatchCommand",
                                              "Read the App Secret for lines without \"app_secret\" from PATH "
                                              "(- = stdin). Default: $LONGLIVED_APP_SECRET; never prompted for.")),
        jsonOption(context, QT_TRANSLATE_NOOP("BatchCommand", "Accepted for symmetry: records are always JSON.")),
        hidden(QStringLiteral("retry-base-ms"), QStringLiteral("MS")),
        hidden(QStringLiteral("retry-after-cap-ms"), QStringLiteral("MS")),
    };
}

QString BatchCommand::outputHelp() const
{
    return tr("Input, one item per line (blank lines are skipped):\n"
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
}

QString BatchCommand::readOptions(const QCommandLineParser& parser)
{
    QString problem = readInputOutput(parser);
    if (problem.isEmpty()) {
        m_batch.continueOnFail = has(parser, "continue-on-fail");
        m_batch.refresh = has(parser, "refresh");
        m_batch.progress = !has(parser, "no-progress");
        problem = readConcurrency(parser);
    }
    if (problem.isEmpty())
        problem = readRetries(parser);
    if (problem.isEmpty() && m_batch.input == QLatin1String("-") && options().appSecretFile == QLatin1String("-"))
        problem = tr("Only one of --input and --app-secret-file can read stdin.");
    return problem;
}

QString BatchCommand::readInputOutput(const QCommandLineParser& parser)
{
    if (!has(parser, "input"))
        return tr("batch needs --input FILE (or --input - for stdin).");
    m_batch.input = value(parser, "input");
    if (m_batch.input.isEmpty())
        return tr("--input needs a path (or - for stdin).");
    if (has(parser, "output"))
        m_batch.output = value(parser, "output");
    if (has(parser, "input-format")) {
        const QString format = value(parser, "input-format").trimmed().toLower();
        if (format == QLatin1String("csv"))
            m_batch.inputFormat = BatchInputReader::Format::Csv;
        else if (format == QLatin1String("jsonl") || format == QLatin1String("json")
                 || format == QLatin1String("ndjson"))
            m_batch.inputFormat = BatchInputReader::Format::JsonLines;
        else
            return tr("--input-format must be jsonl or csv.");
    } else if (m_batch.input.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        m_batch.inputFormat = BatchInputReader::Format::Csv;
    }
    return {};
}

QString BatchCommand::readConcurrency(const QCommandLineParser& parser)
{
    if (has(parser, "concurrency")) {
        const auto n = intValue(value(parser, "concurrency"));
        if (!n || *n < 1)
            return tr("--concurrency takes a whole number from 1 to %1.").arg(maxConcurrency);
        m_batch.concurrency = qMin(*n, maxConcurrency);
        if (*n > maxConcurrency)
            addWarning(tr("--concurrency is capped at %1.").arg(maxConcurrency));
    }
    return {};
}

QString BatchCommand::readRetries(const QCommandLineParser& parser)
{
    if (has(parser, "retry-base-ms")) {
        const auto ms = intValue(value(parser, "retry-base-ms"));
        if (!ms || *ms < 0)
            return tr("--retry-base-ms takes milliseconds.");
        m_batch.retryBaseMs = *ms;
    }
    if (has(parser, "retry-after-cap-ms")) {
        const auto ms = intValue(value(parser, "retry-after-cap-ms"));
        if (!ms || *ms < 0)
            return tr("--retry-after-cap-ms takes milliseconds.");
        m_batch.retryAfterCapMs = *ms;
    }
    return {};
}

BatchRunner::Settings BatchCommand::settings(const CliSession& session) const
{
    BatchRunner::Settings settings;
    settings.concurrency = m_batch.concurrency;
    settings.continueOnFail = m_batch.continueOnFail;
    settings.refresh = m_batch.refresh;
    settings.progress = m_batch.progress && !session.options().quiet && OutputWriter::stderrIsTerminal();
    settings.retry = RetryPolicy::fromEnvironment();
    if (m_batch.retryBaseMs)
        settings.retry.baseDelayMs = *m_batch.retryBaseMs;
    if (m_batch.retryAfterCapMs)
        settings.retry.retryAfterCapMs = *m_batch.retryAfterCapMs;
    return settings;
}

namespace {

// Both name one existing file (also through a hard or symbolic link).
bool isSameFile(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty() || a == QLatin1String("-") || b == QLatin1String("-"))
        return false;
    struct stat first {};
    struct stat second {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0
        && ::stat(QFile::encodeName(b).constData(), &second) == 0 && first.st_dev == second.st_dev
        && first.st_ino == second.st_ino;
}

} // namespace

int BatchCommand::execute(CliSession& session)
{
    SecretSource::withdrawFromEnvironment("LONGLIVED_TOKEN"); // tokens come from the input's lines
    auto* reader = new BatchInputReader(m_batch.inputFormat, &session);
    QString problem;
    if (!reader->open(m_batch.input, &problem))
        return session.usageError(problem, QStringLiteral("missing_input"));

    BatchRunner::Defaults defaults;
    defaults.platform = options().platform;
    defaults.appId = options().appId;
    // Lines may carry their own secret, so the shared one is optional and never prompted for
    // (stdin may be the input, and a prompt would stall a pipeline).
    if (auto code = session.obtainAppSecret(defaults.appSecret, false, false))
        return *code;
    // Opening the output empties it: never the input, nor the file the App Secret came from.
    if (isSameFile(m_batch.output, options().appSecretFile))
        return session.usageError(tr("--output must not be the App Secret file."));
    if (!session.out().openOutput(m_batch.output, &problem, reader->fileDescriptor()))
        return session.usageError(problem);

    TokenService* service = session.service();
    // Many small requests to at most three hosts: keep-alive connections in this thread do
    // them with a fraction of QNetworkAccessManager's work per request (bench/FINDINGS.md).
    // The same proxy policy and its one cache: the manager's factory, shared.
    service->setTransport(new HttpConnectionPool(session.network()->proxyFactory(), &session));
    auto* batch = new BatchRunner(service, reader, &session.out(), defaults, settings(session), &session);
    QObject::connect(batch, &BatchRunner::finished, &session, &CliSession::finish);
    session.handleInterrupt([batch](int code) { batch->interrupt(code); }); // emits finished(code)
    batch->start();
    return session.exec();
}
