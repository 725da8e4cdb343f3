#include "VerifyCommand.h"

#include "CliSession.h"
#include "graph/Identity.h"
#include "JsonOutput.h"
#include "graph/TokenService.h"
#include "graph/VerifyJob.h"

VerifyCommand::VerifyCommand()
    : Command("verify", "[--platform facebook|threads|instagram] [--app-secret-file PATH] [--json]", "VerifyCommand",
              QT_TRANSLATE_NOOP("VerifyCommand", "Ask the platform whom a token belongs to (proof that it works)."))
{
}

QList<QCommandLineOption> VerifyCommand::commandOptions() const
{
    return {
        platformOption(),
        apiVersionOption(),
        appSecretFileOption("VerifyCommand",
                            QT_TRANSLATE_NOOP("VerifyCommand",
                                              "Read the App Secret from PATH (- = stdin) to send appsecret_proof "
                                              "(needed when the app requires it). Default: $LONGLIVED_APP_SECRET; "
                                              "optional, never prompted for.")),
        tokenFileOption("VerifyCommand",
                        QT_TRANSLATE_NOOP("VerifyCommand",
                                          "Read the token to verify from PATH (- = stdin). Default: "
                                          "$LONGLIVED_TOKEN, else a prompt on a terminal.")),
        jsonOption(),
    };
}

QString VerifyCommand::outputHelp() const
{
    return tr("Output: whom the token belongs to on stdout, \"NAME (ID ID)\"; with --json\n"
              "{platform, id, user_id, name, username} (absent values are null; user_id is Instagram's\n"
              "professional account ID). Exit 0 when the token works, 1 when Meta rejects it.\n");
}

int VerifyCommand::execute(CliSession& session)
{
    QString token;
    Platform platform = Platform::Facebook;
    const QString undetected = tr("The platform cannot be told from the token's prefix (EAA, TH, IG). "
                                  "Pass --platform facebook, threads or instagram.");
    if (auto code = session.obtainTokenForPlatform(token, platform, undetected))
        return *code;
    QString secret; // optional: only for appsecret_proof
    if (auto code = session.obtainAppSecret(secret, false, false))
        return *code;
    VerifyJob* job = session.service()->verify(platform, token, secret);
    session.cancelOnInterrupt(job);
    QObject::connect(job, &VerifyJob::succeeded, &session, [this, &session](const Identity& identity) {
        report(session, identity);
        session.finish(Success);
    });
    session.finishOnFailure(job);
    return session.exec();
}

void VerifyCommand::report(CliSession& session, const Identity& identity) const
{
    OutputWriter& out = session.out();
    if (options().json) {
        out.writeLine(JsonOutput::identityObject(identity));
    } else {
        // One line, as the window says it: the name when there is one, and the ID.
        const QString id = identity.id.isEmpty() ? identity.userId : identity.id;
        QString who = identity.displayName();
        who.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        out.writeText(who.isEmpty() || who == id ? tr("ID %1").arg(id) : tr("%1 (ID %2)").arg(who, id));
    }
    out.flush();
    out.detail(tr("The %1 token works.").arg(Platforms::displayName(identity.platform)));
}
