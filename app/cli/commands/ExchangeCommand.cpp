#include "ExchangeCommand.h"

#include "CliSession.h"
#include "InterruptNotifier.h"
#include "vault/Profile.h"
#include "graph/TokenJob.h"
#include "graph/TokenRequest.h"
#include "graph/TokenResult.h"
#include "graph/TokenService.h"

ExchangeCommand::ExchangeCommand()
    : Command("exchange",
              "[--platform facebook|threads|instagram] [--app-id ID] [--api-version V] [--json] "
              "[--save NAME [--replace] [--save-app-secret]]",
              "ExchangeCommand",
              QT_TRANSLATE_NOOP("ExchangeCommand", "Exchange a short-lived token for a long-lived one."))
{
}

QList<QCommandLineOption> ExchangeCommand::commandOptions() const
{
    QList<QCommandLineOption> options {
        platformOption(),
        appIdOption("ExchangeCommand",
                    QT_TRANSLATE_NOOP("ExchangeCommand", "The Facebook App ID (required for Facebook).")),
        apiVersionOption(),
        appSecretFileOption(),
        tokenFileOption("ExchangeCommand",
                        QT_TRANSLATE_NOOP("ExchangeCommand",
                                          "Read the short-lived token from PATH (- = stdin). Default: "
                                          "$LONGLIVED_TOKEN, else a prompt on a terminal.")),
        jsonOption("ExchangeCommand",
                   QT_TRANSLATE_NOOP("ExchangeCommand", "Print one JSON object on stdout instead of the bare token.")),
    };
    return options + ProfileSaveOption::options();
}

QString ExchangeCommand::readOptions(const QCommandLineParser& parser)
{
    return m_save.read(parser);
}

QString ExchangeCommand::outputHelp() const
{
    return tr("Output: the long-lived token alone on stdout, details (expiry) on stderr.\n"
              "With --json: one object {access_token, token_type, expires_in, platform, expires_at}\n"
              "or {\"error\":{message, type, code, error_subcode, fbtrace_id, remedy, retryable, kind}}.\n"
              "Threads and Instagram apps have their own App Secret; --app-id is for Facebook only.\n")
        + ProfileSaveOption::help();
}

int ExchangeCommand::execute(CliSession& session)
{
    if (auto code = m_save.checkName(session))
        return *code; // before any secret is read or anything is sent
    QString token;
    Platform platform = Platform::Facebook;
    const QString undetected = tr("The platform cannot be told from the token's prefix (EAA, TH, IG). "
                                  "Pass --platform facebook, threads or instagram.");
    if (auto code = session.obtainTokenForPlatform(token, platform, undetected))
        return *code;
    if (Platforms::exchangeNeedsAppId(platform) && options().appId.isEmpty())
        return session.usageError(tr("A Facebook exchange needs --app-id (the App ID from your app's dashboard)."));

    QString secret;
    if (auto code = session.obtainAppSecret(secret, true, true))
        return *code;
    if (InterruptNotifier::wasInterrupted())
        return InterruptNotifier::exitCode();

    TokenService* service = session.service();
    TokenRequest request;
    request.platform = platform;
    request.appId = Platforms::exchangeNeedsAppId(platform) ? options().appId : QString();
    request.appSecret = secret;
    request.token = token;
    request.apiVersion = service->config().apiVersion;

    TokenJob* job = service->exchange(request);
    session.cancelOnInterrupt(job);
    const QString apiVersion = service->config().apiVersion;
    QObject::connect(
        job, &TokenJob::succeeded, &session, [this, &session, request, apiVersion](const TokenResult& result) {
            const QString what = tr("Long-lived %1 token received.");
            if (!m_save.isRequested()) {
                session.reportToken(result, what);
                session.finish(Success);
                return;
            }
            // As the window saves a fresh exchange: the App Secret only when asked (an unchecked box
            // removes one stored earlier under the name).
            const Profile profile = Profile::fromTokenResult(m_save.name(), result, request.appId, apiVersion);
            m_save.saveAndFinish(session, result, what, profile,
                                 m_save.saveAppSecret() ? request.appSecret : QString());
        });
    session.finishOnFailure(job);
    return session.exec();
}
