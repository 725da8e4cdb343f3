#include "CliApplication.h"

#include "BatchInputReader.h"
#include "BatchRunner.h"
#include "CachingProxyFactory.h"
#include "CommandLine.h"
#include "ExpiryText.h"
#include "GraphError.h"
#include "HttpConnectionPool.h"
#include "InputValidator.h"
#include "InspectJob.h"
#include "InterruptNotifier.h"
#include "JsonOutput.h"
#include "NullCookieJar.h"
#include "PageList.h"
#include "PagesJob.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "SecretSource.h"
#include "ServiceConfig.h"
#include "TokenInfo.h"
#include "TokenJob.h"
#include "TokenResult.h"
#include "TokenService.h"
#include "TokenVault.h"
#include "VaultError.h"
#include "VaultJob.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

CliApplication::CliApplication(QObject* parent)
    : QObject(parent)
{
}

CliApplication::~CliApplication()
{
    // The batch and any job hold pointers into the service and the network: end them first.
    delete m_batch;
    if (m_job)
        m_job->disconnect(this);
}

int CliApplication::run(const QStringList& arguments)
{
    // Results that could not be written (full disk, closed pipe) make a success a failure.
    return m_out.close(runCommand(arguments));
}

int CliApplication::runCommand(const QStringList& arguments)
{
    const CommandLine::Result parsed = CommandLine::parse(arguments);
    m_options.json = parsed.jsonRequested;
    switch (parsed.status) {
    case CommandLine::Result::Status::Help:
    case CommandLine::Result::Status::Version: {
        m_out.write(parsed.text.toLocal8Bit());
        return Success;
    }
    case CommandLine::Result::Status::UsageError:
        return usageError(parsed.text);
    case CommandLine::Result::Status::Run:
        break;
    }
    m_options = parsed.options;
    m_out.setQuiet(m_options.quiet);
    // stderr is for the user's messages; the core's diagnostics (already redacted) stay off
    // unless asked for with QT_LOGGING_RULES="longlived.*=true", which takes precedence.
    QLoggingCategory::setFilterRules(QStringLiteral("longlived.*=false"));
    for (const QString& warning : parsed.warnings)
        m_out.detail(warning);

    m_interrupts = new InterruptNotifier(this);
    connect(m_interrupts, &InterruptNotifier::interrupted, this, &CliApplication::onInterrupted);

    switch (m_options.command) {
    case CliOptions::Command::Exchange:
        return runExchange();
    case CliOptions::Command::Refresh:
        return runRefresh();
    case CliOptions::Command::Inspect:
        return runInspect();
    case CliOptions::Command::Pages:
        return runPages();
    case CliOptions::Command::Batch:
        return runBatch();
    case CliOptions::Command::Keychain:
        return runKeychain();
    case CliOptions::Command::None:
        break;
    }
    return usageError(tr("This command is not available in this build."));
}

int CliApplication::usageError(const QString& message, const QString& kind)
{
    m_out.error(message);
    if (m_options.json) {
        const QString firstLine = message.section(QLatin1Char('\n'), 0, 0);
        m_out.writeLine(JsonOutput::errorEnvelope(JsonOutput::inputErrorObject(kind, firstLine)));
        m_out.flush();
    }
    return UsageError;
}

bool CliApplication::needsGlibEventLoop(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "keychain") == 0)
            return true;
    }
    return false;
}

void CliApplication::ensureService()
{
    if (m_service)
        return;
    // The system's proxy settings (https_proxy / no_proxy, the desktop's) apply, as for curl,
    // looked up once per host rather than once per request.
    m_network = new QNetworkAccessManager(this);
    m_network->setProxyFactory(new CachingProxyFactory); // the manager owns it
    m_network->setCookieJar(new NullCookieJar(m_network));

    ServiceConfig config = ServiceConfig::fromEnvironment();
    config.deadlineMs = m_options.timeoutMs;
    config.idleTimeoutMs = qMin(config.idleTimeoutMs, m_options.timeoutMs);
    if (m_options.apiVersion)
        config.apiVersion = *m_options.apiVersion;
    m_service = new TokenService(m_network, config, systemClock(), this);
}

std::optional<int> CliApplication::obtainToken(QString& token)
{
    const SecretSource::Result result
        = SecretSource::obtain(m_options.tokenFile, "LONGLIVED_TOKEN", tr("Short-lived token (input hidden)"));
    switch (result.status) {
    case SecretSource::Status::Ok:
        break;
    case SecretSource::Status::Interrupted:
        return InterruptNotifier::exitCode();
    case SecretSource::Status::Unreadable:
        return usageError(tr("The token could not be read. %1").arg(result.problem), QStringLiteral("missing_input"));
    case SecretSource::Status::Missing:
        return usageError(tr("No token given. Use --token-file PATH (or - for stdin), set LONGLIVED_TOKEN, or run "
                             "in a terminal to be prompted."),
                          QStringLiteral("missing_input"));
    }
    token = InputValidator::clean(result.value);
    const QString problem = InputValidator::tokenProblem(token);
    if (!problem.isEmpty())
        return usageError(tr("Token: %1").arg(problem), QStringLiteral("invalid_input"));
    return std::nullopt;
}

std::optional<int> CliApplication::obtainAppSecret(QString& secret, bool required, bool allowPrompt)
{
    const SecretSource::Result result = SecretSource::obtain(m_options.appSecretFile, "LONGLIVED_APP_SECRET",
                                                             tr("App Secret (input hidden)"), allowPrompt);
    switch (result.status) {
    case SecretSource::Status::Ok:
        break;
    case SecretSource::Status::Interrupted:
        return InterruptNotifier::exitCode();
    case SecretSource::Status::Unreadable:
        return usageError(tr("The App Secret could not be read. %1").arg(result.problem),
                          QStringLiteral("missing_input"));
    case SecretSource::Status::Missing:
        if (!required)
            return std::nullopt;
        return usageError(tr("No App Secret given. Use --app-secret-file PATH (or - for stdin), set "
                             "LONGLIVED_APP_SECRET, or run in a terminal to be prompted."),
                          QStringLiteral("missing_input"));
    }
    secret = InputValidator::clean(result.value);
    const QString problem = InputValidator::appSecretProblem(secret);
    if (!problem.isEmpty())
        return usageError(tr("App Secret: %1").arg(problem), QStringLiteral("invalid_input"));
    return std::nullopt;
}

std::optional<Platform> CliApplication::resolvePlatform(const QString& token)
{
    const std::optional<Platform> detected = Platforms::detect(token);
    if (m_options.platform) {
        if (detected && *detected != *m_options.platform) {
            m_out.detail(tr("Warning: the token looks like a %1 token, but --platform %2 was given.")
                             .arg(Platforms::displayName(*detected), Platforms::id(*m_options.platform)));
        }
        return m_options.platform;
    }
    return detected;
}

int CliApplication::runExchange()
{
    QString token;
    if (auto code = obtainToken(token))
        return *code;
    const std::optional<Platform> platform = resolvePlatform(token);
    if (!platform) {
        return usageError(tr("The platform cannot be told from the token's prefix (EAA, TH, IG). "
                             "Pass --platform facebook, threads or instagram."));
    }
    if (Platforms::exchangeNeedsAppId(*platform) && m_options.appId.isEmpty())
        return usageError(tr("A Facebook exchange needs --app-id (the App ID from your app's dashboard)."));

    QString secret;
    if (auto code = obtainAppSecret(secret, true, true))
        return *code;
    if (InterruptNotifier::wasInterrupted())
        return InterruptNotifier::exitCode();

    ensureService();
    TokenRequest request;
    request.platform = *platform;
    request.appId = Platforms::exchangeNeedsAppId(*platform) ? m_options.appId : QString();
    request.appSecret = secret;
    request.token = token;
    request.apiVersion = m_service->config().apiVersion;

    TokenJob* job = m_service->exchange(request);
    m_job = job;
    connect(job, &TokenJob::succeeded, this, [this](const TokenResult& result) {
        reportToken(result, tr("Long-lived %1 token received."));
        finish(Success);
    });
    finishOnFailure(job);
    return exec();
}

template<typename Job> void CliApplication::finishOnFailure(Job* job)
{
    connect(job, &Job::failed, this, [this](const GraphError& error) {
        if (m_interrupted)
            return; // the cancel of Ctrl-C: onInterrupted() reports it
        reportError(error);
        finish(Failure);
    });
}

int CliApplication::runRefresh()
{
    QString token;
    if (auto code = obtainToken(token))
        return *code;
    const std::optional<Platform> platform = resolvePlatform(token);
    if (!platform) {
        return usageError(tr("The platform cannot be told from the token's prefix (TH, IG). "
                             "Pass --platform threads or instagram."));
    }
    if (!Platforms::supportsRefresh(*platform)) {
        return usageError(tr("%1 tokens cannot be refreshed. Exchange a new short-lived token instead "
                             "(longlived-cli exchange).")
                              .arg(Platforms::displayName(*platform)));
    }
    ensureService();
    TokenJob* job = m_service->refresh(*platform, token);
    m_job = job;
    connect(job, &TokenJob::succeeded, this, [this](const TokenResult& result) {
        reportToken(result, tr("%1 token refreshed."));
        finish(Success);
    });
    finishOnFailure(job);
    return exec();
}

int CliApplication::runInspect()
{
    QString token;
    if (auto code = obtainToken(token))
        return *code;
    const std::optional<Platform> platform = resolvePlatform(token);
    if (!platform) {
        return usageError(tr("The platform cannot be told from the token's prefix (EAA, TH). "
                             "Pass --platform facebook or threads."));
    }
    if (!Platforms::supportsInspect(*platform)) {
        return usageError(tr("%1 tokens cannot be inspected: Meta offers no debug_token for them.")
                              .arg(Platforms::displayName(*platform)));
    }
    if (m_options.appId.isEmpty()) {
        return usageError(tr("inspect needs --app-id: debug_token authenticates with the ID and secret of the app "
                             "the token was issued for."));
    }
    QString secret;
    if (auto code = obtainAppSecret(secret, true, true))
        return *code;
    ensureService();
    InspectJob* job = m_service->inspect(*platform, token, m_options.appId, secret);
    m_job = job;
    connect(job, &InspectJob::succeeded, this, [this](const TokenInfo& info) {
        reportTokenInfo(info);
        finish(info.isValid ? Success : Failure);
    });
    finishOnFailure(job);
    return exec();
}

int CliApplication::runPages()
{
    QString token;
    if (auto code = obtainToken(token))
        return *code;
    const std::optional<Platform> detected = Platforms::detect(token);
    if (detected && *detected != Platform::Facebook) {
        return usageError(tr("pages needs a Facebook user token; this one looks like a %1 token.")
                              .arg(Platforms::displayName(*detected)));
    }
    QString secret; // optional: only for appsecret_proof
    if (auto code = obtainAppSecret(secret, false, false))
        return *code;
    ensureService();
    PagesJob* job = m_service->pages(token, secret);
    m_job = job;
    connect(job, &PagesJob::succeeded, this, [this](const PageList& pages) {
        reportPages(pages);
        finish(Success);
    });
    finishOnFailure(job);
    return exec();
}

void CliApplication::reportToken(const TokenResult& result, const QString& what)
{
    if (m_options.json)
        m_out.writeLine(JsonOutput::tokenObject(result));
    else
        m_out.writeText(result.accessToken);
    m_out.flush();
    m_out.detail(what.arg(Platforms::displayName(result.platform)) + QLatin1Char(' ')
                 + ExpiryText::describe(result, QDateTime::currentDateTimeUtc()));
}

void CliApplication::reportTokenInfo(const TokenInfo& info)
{
    if (m_options.json) {
        m_out.writeLine(JsonOutput::tokenInfoObject(info));
        m_out.flush();
        if (!info.isValid)
            m_out.error(tr("The token is not valid.")
                        + (info.error.isError() ? QLatin1Char(' ') + info.error.title() : QString()));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto time = [](const QDateTime& t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); };
    QStringList lines;
    const auto row = [&lines](const QString& label, const QString& value) {
        if (!value.isEmpty())
            lines << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -19).arg(value);
    };
    row(tr("Valid"), info.isValid ? tr("yes") : tr("no"));
    if (!info.isValid && info.error.isError())
        row(tr("Reason"), info.error.title());
    row(tr("Platform"), Platforms::displayName(info.platform));
    row(tr("Type"), info.type);
    row(tr("App"),
        info.application.isEmpty() ? info.appId : QStringLiteral("%1 (%2)").arg(info.application, info.appId));
    row(tr("User ID"), info.userId);
    if (info.issuedAt.isValid())
        row(tr("Issued"), time(info.issuedAt));
    if (info.neverExpires) {
        row(tr("Expires"), tr("never"));
    } else if (info.expiresAt.isValid()) {
        const qint64 left = now.secsTo(info.expiresAt);
        row(tr("Expires"),
            left > 0 ? tr("%1 (in %2)").arg(time(info.expiresAt), ExpiryText::duration(left))
                     : tr("%1 (expired)").arg(time(info.expiresAt)));
    } else {
        row(tr("Expires"), tr("unknown"));
    }
    if (info.dataAccessExpiresAt.isValid())
        row(tr("Data access until"), time(info.dataAccessExpiresAt));
    row(tr("Scopes"), info.scopes.join(QLatin1String(", ")));
    for (const QString& line : lines)
        m_out.writeText(line); // a value with a line break cannot add a row
    m_out.flush();
}

void CliApplication::reportPages(const PageList& list)
{
    if (m_options.json) {
        m_out.writeLine(JsonOutput::pagesObject(list));
    } else {
        for (const Page& page : list.pages)
            m_out.writeRow({page.id, page.name, page.accessToken});
    }
    m_out.flush();
    m_out.detail(list.pages.size() == 1 ? tr("1 Page.") : tr("%1 Pages.").arg(list.pages.size()));
    for (const QString& warning : list.warnings())
        m_out.detail(tr("Warning: %1").arg(warning));
}

void CliApplication::reportError(const GraphError& error)
{
    m_out.error(tr("Error: %1").arg(error.displayText()));
    if (m_options.json) {
        m_out.writeLine(JsonOutput::errorEnvelope(JsonOutput::errorObject(error)));
        m_out.flush();
    }
}

int CliApplication::runBatch()
{
    auto* reader = new BatchInputReader(m_options.inputFormat, this);
    QString problem;
    if (!reader->open(m_options.input, &problem))
        return usageError(problem, QStringLiteral("missing_input"));
    // Opening the output empties it: never when it is the input.
    if (!m_out.openOutput(m_options.output, &problem, reader->fileDescriptor()))
        return usageError(problem);

    BatchRunner::Defaults defaults;
    defaults.platform = m_options.platform;
    defaults.appId = m_options.appId;
    // Lines may carry their own secret, so the shared one is optional and never prompted for
    // (stdin may be the input, and a prompt would stall a pipeline).
    if (auto code = obtainAppSecret(defaults.appSecret, false, false))
        return *code;

    BatchRunner::Settings settings;
    settings.concurrency = m_options.concurrency;
    settings.continueOnFail = m_options.continueOnFail;
    settings.refresh = m_options.refresh;
    settings.progress = m_options.progress && !m_options.quiet && OutputWriter::stderrIsTerminal();
    settings.retry = RetryPolicy::fromEnvironment();
    if (m_options.retryBaseMs)
        settings.retry.baseDelayMs = *m_options.retryBaseMs;
    if (m_options.retryAfterCapMs)
        settings.retry.retryAfterCapMs = *m_options.retryAfterCapMs;

    ensureService();
    // Many small requests to at most three hosts: keep-alive connections in this thread do
    // them with a fraction of QNetworkAccessManager's work per request (bench/FINDINGS.md).
    // The same proxy policy: the manager's factory, shared.
    m_service->setConnectionPool(new HttpConnectionPool(m_network->proxyFactory(), this));
    m_batch = new BatchRunner(m_service, reader, &m_out, defaults, settings, this);
    connect(m_batch, &BatchRunner::finished, this, &CliApplication::finish);
    m_batch->start();
    return exec();
}

int CliApplication::runKeychain()
{
    // The desktop app's profiles: QSettings under its organization and application names.
    QCoreApplication::setApplicationName(QStringLiteral("LongLived"));
    auto* store = new ProfileStore(this);
    QCoreApplication::setApplicationName(QStringLiteral("longlived-cli"));

    const auto profileJson = [](const Profile& profile) {
        JsonOutput json;
        json.add("name", profile.name);
        json.add("platform", Platforms::id(profile.platform));
        json.addStringOrNull("app_id", profile.appId);
        json.addTime("saved_at", profile.savedAt);
        json.addTime("expires_at", profile.neverExpires ? QDateTime() : profile.expiresAt);
        json.add("never_expires", profile.neverExpires);
        json.add("api_version", profile.apiVersion);
        json.add("has_stored_secret", profile.hasStoredSecret);
        return json;
    };

    if (m_options.keychainAction == QLatin1String("list")) {
        // Reading the list never touches the keychain (no unlock prompt, no wait).
        const QList<Profile> profiles = store->profiles();
        if (m_options.json) {
            QByteArray array = "[";
            for (qsizetype i = 0; i < profiles.size(); ++i)
                array += (i > 0 ? "," : "") + profileJson(profiles.at(i)).toJson();
            m_out.writeLine(JsonOutput().addRaw("profiles", array + ']').toJson());
        } else {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const Profile& profile : profiles) {
                QString expiry = tr("expiry unknown");
                if (profile.neverExpires)
                    expiry = tr("never expires");
                else if (profile.expiresAt.isValid())
                    expiry = now.secsTo(profile.expiresAt) > 0
                        ? tr("expires %1").arg(JsonOutput::isoUtc(profile.expiresAt))
                        : tr("expired %1").arg(JsonOutput::isoUtc(profile.expiresAt));
                m_out.writeRow({profile.name, Platforms::id(profile.platform), profile.appId, expiry});
            }
        }
        m_out.flush();
        m_out.detail(profiles.size() == 1 ? tr("1 saved token.") : tr("%1 saved tokens.").arg(profiles.size()));
        return Success;
    }

    auto* vault = new TokenVault(store, this);
    if (m_options.timeoutSet)
        vault->setTimeoutMs(m_options.timeoutMs);
    const bool get = m_options.keychainAction == QLatin1String("get");
    VaultJob* job = get ? vault->load(m_options.profileName) : vault->forget(m_options.profileName);
    connect(job, &VaultJob::succeeded, this, [this, job, get, profileJson](const Profile& profile) {
        if (get) {
            if (m_options.json)
                m_out.writeLine(profileJson(profile).add("access_token", job->token()).toJson());
            else
                m_out.writeText(job->token());
            m_out.flush();
            m_out.detail(
                tr("Token of \"%1\" (%2).")
                    .arg(profile.name,
                         ExpiryText::describe(profile.toTokenResult(QString()), QDateTime::currentDateTimeUtc())));
        } else {
            if (m_options.json)
                m_out.writeLine(JsonOutput().add("deleted", profile.name).toJson());
            m_out.detail(tr("Deleted \"%1\" and its keychain entries.").arg(profile.name));
        }
        finish(Success);
    });
    connect(job, &VaultJob::failed, this, [this](const VaultError& error) {
        m_out.error(tr("Error: %1").arg(error.displayText()));
        if (m_options.json) {
            m_out.writeLine(
                JsonOutput::errorEnvelope(JsonOutput::inputErrorObject(error.kindId(), error.title(), error.remedy())));
        }
        finish(Failure);
    });
    m_job = job;
    return exec();
}

int CliApplication::exec()
{
    if (m_finished)
        return m_exitCode;
    QEventLoop loop;
    m_loop = &loop;
    loop.exec();
    m_loop = nullptr;
    return m_exitCode;
}

void CliApplication::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    m_out.flush();
    if (m_loop)
        m_loop->quit();
}

void CliApplication::onInterrupted()
{
    if (m_finished)
        return;
    m_interrupted = true;
    const int code = InterruptNotifier::exitCode();
    if (m_batch) {
        m_batch->interrupt(code); // emits finished(code)
        return;
    }
    // TokenJob and GraphJob cancel their request; a keychain job cannot be stopped (it ends
    // unattended; nothing waits for it).
    if (m_job && m_job->metaObject()->indexOfSlot("cancel()") >= 0)
        QMetaObject::invokeMethod(m_job.data(), "cancel", Qt::DirectConnection);
    if (m_finished)
        return; // canceled during the expiry lookup: the new token was delivered, not lost
    m_out.error(tr("Interrupted."));
    if (m_options.json)
        m_out.writeLine(
            JsonOutput::errorEnvelope(JsonOutput::inputErrorObject(QStringLiteral("interrupted"), tr("Interrupted."))));
    finish(code);
}
