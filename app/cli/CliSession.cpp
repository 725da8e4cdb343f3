#include "CliSession.h"

#include "support/ExpiryFormatter.h"
#include "graph/GraphError.h"
#include "graph/GraphJob.h"
#include "graph/InputValidator.h"
#include "InterruptNotifier.h"
#include "JsonOutput.h"
#include "NullCookieJar.h"
#include "SecretSource.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenResult.h"
#include "graph/TokenService.h"
#include "http/CachingProxyFactory.h"
#include "http/TrustingNetworkAccessManager.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

CliSession::CliSession(const CommonOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    m_out.setQuiet(m_options.quiet);
}

CliSession::~CliSession()
{
    // What a command made last (a batch, a vault) holds pointers into what came before (the
    // service, the network, the output): end it first.
    m_cancel = nullptr;
    m_interruptHandler = nullptr;
    while (!children().isEmpty())
        delete children().constLast();
}

void CliSession::catchInterrupts()
{
    auto* interrupts = new InterruptNotifier(this);
    connect(interrupts, &InterruptNotifier::interrupted, this, &CliSession::onInterrupted);
}

int CliSession::usageError(const QString& message, const QString& kind)
{
    m_out.error(message);
    if (m_options.json) {
        const QString firstLine = message.section(QLatin1Char('\n'), 0, 0);
        m_out.writeLine(JsonOutput::errorEnvelope(JsonOutput::inputErrorObject(kind, firstLine)));
        m_out.flush();
    }
    return Command::UsageError;
}

QNetworkAccessManager* CliSession::network()
{
    service();
    return m_network;
}

HttpTransport* CliSession::transport()
{
    return service()->networkTransport();
}

TokenService* CliSession::service()
{
    if (m_service)
        return m_service;
    // The system's proxy settings (https_proxy / no_proxy, the desktop's) apply, as for curl,
    // looked up once per host rather than once per request; a batch's pool asks this same
    // factory (network()->proxyFactory()), so the CLI holds one answer per host.
    m_network = new TrustingNetworkAccessManager(this);
    m_network->setProxyFactory(new CachingProxyFactory); // the manager owns it
    m_network->setCookieJar(new NullCookieJar(m_network));

    ServiceConfig config = ServiceConfig::fromEnvironment();
    config.deadlineMs = m_options.timeoutMs;
    config.idleTimeoutMs = qMin(config.idleTimeoutMs, m_options.timeoutMs);
    if (m_options.apiVersion)
        config.apiVersion = *m_options.apiVersion;
    m_service = new TokenService(m_network, config, systemClock(), this);
    return m_service;
}

std::optional<int> CliSession::secretFailure(const SecretSource::Result& result, bool required,
                                             const QString& unreadable, const QString& missing)
{
    switch (result.status) {
    case SecretSource::Status::Ok:
        return std::nullopt;
    case SecretSource::Status::Interrupted:
        return InterruptNotifier::exitCode();
    case SecretSource::Status::Unreadable:
        return usageError(unreadable.arg(result.problem), QStringLiteral("missing_input"));
    case SecretSource::Status::Missing:
        if (!required)
            return std::nullopt;
        return usageError(missing, QStringLiteral("missing_input"));
    }
    return std::nullopt;
}

std::optional<int> CliSession::obtainToken(QString& token)
{
    const SecretSource::Result result
        = SecretSource::obtain(m_options.tokenFile, "LONGLIVED_TOKEN", tr("Short-lived token (input hidden)"));
    if (auto code = secretFailure(result, true, tr("The token could not be read. %1"),
                                  tr("No token given. Use --token-file PATH (or - for stdin), set LONGLIVED_TOKEN, "
                                     "or run in a terminal to be prompted.")))
        return code;
    token = InputValidator::clean(result.value);
    const QString problem = InputValidator::tokenProblem(token);
    if (!problem.isEmpty())
        return usageError(tr("Token: %1").arg(problem), QStringLiteral("invalid_input"));
    return std::nullopt;
}

std::optional<int> CliSession::obtainAppSecret(QString& secret, bool required, bool allowPrompt)
{
    const SecretSource::Result result = SecretSource::obtain(m_options.appSecretFile, "LONGLIVED_APP_SECRET",
                                                             tr("App Secret (input hidden)"), allowPrompt);
    if (auto code = secretFailure(result, required, tr("The App Secret could not be read. %1"),
                                  tr("No App Secret given. Use --app-secret-file PATH (or - for stdin), set "
                                     "LONGLIVED_APP_SECRET, or run in a terminal to be prompted.")))
        return code;
    if (result.status != SecretSource::Status::Ok)
        return std::nullopt; // none given, none needed
    secret = InputValidator::clean(result.value);
    const QString problem = InputValidator::appSecretProblem(secret);
    if (!problem.isEmpty())
        return usageError(tr("App Secret: %1").arg(problem), QStringLiteral("invalid_input"));
    return std::nullopt;
}

std::optional<int> CliSession::obtainTokenForPlatform(QString& token, Platform& platform, const QString& undetected)
{
    if (auto code = obtainToken(token))
        return code;
    const std::optional<Platform> resolved = resolvePlatform(token);
    if (!resolved)
        return usageError(undetected);
    platform = *resolved;
    return std::nullopt;
}

std::optional<Platform> CliSession::resolvePlatform(const QString& token)
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

void CliSession::reportToken(const TokenResult& result, const QString& what)
{
    if (m_options.json)
        m_out.writeLine(JsonOutput::tokenObject(result));
    else
        m_out.writeText(result.accessToken);
    m_out.flush();
    m_out.detail(what.arg(Platforms::displayName(result.platform)) + QLatin1Char(' ')
                 + ExpiryFormatter::sentence(result, QDateTime::currentDateTimeUtc()));
}

void CliSession::reportError(const GraphError& error)
{
    m_out.error(tr("Error: %1").arg(error.displayText()));
    if (m_options.json) {
        m_out.writeLine(JsonOutput::errorEnvelope(JsonOutput::errorObject(error)));
        m_out.flush();
    }
}

int CliSession::exec()
{
    if (m_finished)
        return m_exitCode;
    QEventLoop loop;
    m_loop = &loop;
    loop.exec();
    m_loop = nullptr;
    return m_exitCode;
}

void CliSession::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    m_out.flush();
    if (m_loop)
        m_loop->quit();
}

void CliSession::finishOnFailure(GraphJob* job)
{
    connect(job, &GraphJob::failed, this, [this](const GraphError& error) {
        if (m_interrupted)
            return; // the cancel of Ctrl-C: onInterrupted() reports it
        reportError(error);
        finish(Command::Failure);
    });
}

void CliSession::onInterrupted()
{
    if (m_finished)
        return;
    m_interrupted = true;
    const int code = InterruptNotifier::exitCode();
    if (m_interruptHandler) {
        m_interruptHandler(code); // e.g. the batch: writes what is complete, then finish(code)
        return;
    }
    // A GraphJob cancels its request; a keychain job cannot be stopped (it ends
    // unattended; nothing waits for it).
    if (m_cancel)
        m_cancel();
    if (m_finished)
        return; // canceled during the expiry lookup: the new token was delivered, not lost
    m_out.error(tr("Interrupted."));
    if (m_options.json)
        m_out.writeLine(
            JsonOutput::errorEnvelope(JsonOutput::inputErrorObject(QStringLiteral("interrupted"), tr("Interrupted."))));
    finish(code);
}
