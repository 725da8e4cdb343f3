#include "RefreshCommand.h"

#include "CliSession.h"
#include "SecretSource.h"
#include "TokenJob.h"
#include "TokenResult.h"
#include "TokenService.h"

RefreshCommand::RefreshCommand()
    : Command("refresh", "[--platform threads|instagram] [--json]", "RefreshCommand",
              QT_TRANSLATE_NOOP("RefreshCommand", "Refresh a long-lived Threads or Instagram token (60 more days)."))
{
}

QList<QCommandLineOption> RefreshCommand::commandOptions() const
{
    return {
        platformOption("RefreshCommand",
                       QT_TRANSLATE_NOOP("RefreshCommand",
                                         "threads or instagram. Default: detected from the token's prefix "
                                         "(TH, IG).")),
        tokenFileOption("RefreshCommand",
                        QT_TRANSLATE_NOOP("RefreshCommand",
                                          "Read the long-lived token from PATH (- = stdin). Default: "
                                          "$LONGLIVED_TOKEN, else a prompt on a terminal.")),
        jsonOption("RefreshCommand",
                   QT_TRANSLATE_NOOP("RefreshCommand", "Print one JSON object on stdout instead of the bare token.")),
    };
}

QString RefreshCommand::outputHelp() const
{
    return tr("Output: the refreshed token alone on stdout (the same string or a new one), details on\n"
              "stderr; with --json the same object as exchange. Only unexpired long-lived tokens at least\n"
              "24 hours old can be refreshed. Facebook user tokens cannot: exchange a new short-lived one.\n");
}

int RefreshCommand::execute(CliSession& session)
{
    SecretSource::withdrawFromEnvironment("LONGLIVED_APP_SECRET"); // a refresh needs none
    QString token;
    Platform platform = Platform::Facebook;
    const QString undetected = tr("The platform cannot be told from the token's prefix (TH, IG). "
                                  "Pass --platform threads or instagram.");
    if (auto code = session.obtainTokenForPlatform(token, platform, undetected))
        return *code;
    if (!Platforms::supportsRefresh(platform)) {
        return session.usageError(tr("%1 tokens cannot be refreshed. Exchange a new short-lived token instead "
                                     "(longlived-cli exchange).")
                                      .arg(Platforms::displayName(platform)));
    }
    TokenJob* job = session.service()->refresh(platform, token);
    session.cancelOnInterrupt(job);
    QObject::connect(job, &TokenJob::succeeded, &session, [&session](const TokenResult& result) {
        session.reportToken(result, tr("%1 token refreshed."));
        session.finish(Success);
    });
    session.finishOnFailure(job);
    return session.exec();
}
