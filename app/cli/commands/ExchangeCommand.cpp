#include "ExchangeCommand.h"

#include "CliSession.h"
#include "InterruptNotifier.h"
#include "TokenJob.h"
#include "TokenRequest.h"
#include "TokenResult.h"
#include "TokenService.h"

ExchangeCommand::ExchangeCommand()
    : Command("exchange", "[--platform facebook|threads|instagram] [--app-id ID] [--api-version V] [--json]",
              "ExchangeCommand", QT_TRANSLATE_NOOP("ExchangeCommand", "Exchange a short-lived token for a long-lived one."))
{
}

QList<QCommandLineOption> ExchangeCommand::commandOptions() const
{
    return {
        platformOption(),
        appIdOption("ExchangeCommand", QT_TRANSLATE_NOOP("ExchangeCommand", "The Facebook App ID (required for Facebook).")),
        apiVersionOption(),
        appSecretFileOption(),
        tokenFileOption("ExchangeCommand",
                        QT_TRANSLATE_NOOP("ExchangeCommand",
                                          "Read the short-lived token from PATH (- = stdin). Default: "
                                          "$LONGLIVED_TOKEN, else a prompt on a terminal.")),
        jsonOption("ExchangeCommand",
                   QT_TRANSLATE_NOOP("ExchangeCommand", "Print one JSON object on stdout instead of the bare token.")),
    };
}

QString ExchangeCommand::outputHelp() const
{
    return tr("Output: the long-lived token alone on stdout, details (expiry) on stderr.\n"
              "With --json: one object {access_token, token_type, expires_in, platform, expires_at}\n"
              "or {\"error\":{message, type, code, error_subcode, fbtrace_id, remedy, retryable, kind}}.\n"
              "Threads and Instagram apps have their own App Secret; --app-id is for Facebook only.\n");
}

int ExchangeCommand::execute(CliSession& session)
{
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
    QObject::connect(job, &TokenJob::succeeded, &session, [&session](const TokenResult& result) {
        session.reportToken(result, tr("Long-lived %1 token received."));
        session.finish(Success);
    });
    session.finishOnFailure(job);
    return session.exec();
}
