#include "RefreshCommand.h"

#include "CliSession.h"
#include "vault/Profile.h"
#include "SecretSource.h"
#include "graph/TokenJob.h"
#include "graph/TokenResult.h"
#include "graph/TokenService.h"

RefreshCommand::RefreshCommand()
    : Command("refresh", "[--platform threads|instagram] [--json] [--save NAME [--replace] [--save-app-secret]]",
              "RefreshCommand",
              QT_TRANSLATE_NOOP("RefreshCommand", "Refresh a long-lived Threads or Instagram token (60 more days)."))
{
}

QList<QCommandLineOption> RefreshCommand::commandOptions() const
{
    QList<QCommandLineOption> options {
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
        appSecretFileOption("RefreshCommand",
                            QT_TRANSLATE_NOOP("RefreshCommand",
                                              "With --save-app-secret: read the App Secret to store from PATH "
                                              "(- = stdin). Default: $LONGLIVED_APP_SECRET, else a prompt.")),
    };
    return options + ProfileSaveOption::options();
}

QString RefreshCommand::readOptions(const QCommandLineParser& parser)
{
    const QString problem = m_save.read(parser);
    if (problem.isEmpty() && !m_save.saveAppSecret() && !options().appSecretFile.isEmpty())
        return tr("A refresh needs no App Secret: --app-secret-file goes with --save NAME --save-app-secret.");
    return problem;
}

QString RefreshCommand::outputHelp() const
{
    return tr("Output: the refreshed token alone on stdout (the same string or a new one), details on\n"
              "stderr; with --json the same object as exchange. Only unexpired long-lived tokens at least\n"
              "24 hours old can be refreshed. Facebook user tokens cannot: exchange a new short-lived one.\n")
        + ProfileSaveOption::help();
}

int RefreshCommand::execute(CliSession& session)
{
    if (auto code = m_save.checkName(session))
        return *code; // before any secret is read or anything is sent
    // A refresh needs no App Secret; only --save-app-secret stores one.
    QString secret;
    if (!m_save.saveAppSecret())
        SecretSource::withdrawFromEnvironment("LONGLIVED_APP_SECRET");
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
    if (m_save.saveAppSecret()) {
        if (auto code = session.obtainAppSecret(secret, true, true))
            return *code;
    }
    TokenJob* job = session.service()->refresh(platform, token);
    session.cancelOnInterrupt(job);
    const QString apiVersion = session.service()->config().apiVersion;
    QObject::connect(job, &TokenJob::succeeded, &session,
                     [this, &session, secret, apiVersion](const TokenResult& result) {
                         const QString what = tr("%1 token refreshed.");
                         if (!m_save.isRequested()) {
                             session.reportToken(result, what);
                             session.finish(Success);
                             return;
                         }
                         // As the window saves a refreshed token it has no App Secret for: a stored one stays.
                         const Profile profile = Profile::fromTokenResult(m_save.name(), result, QString(), apiVersion);
                         const std::optional<QString> appSecret
                             = m_save.saveAppSecret() ? std::optional<QString>(secret) : std::nullopt;
                         m_save.saveAndFinish(session, result, what, profile, appSecret);
                     });
    session.finishOnFailure(job);
    return session.exec();
}
