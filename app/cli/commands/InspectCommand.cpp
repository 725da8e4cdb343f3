#include "InspectCommand.h"

#include "CliSession.h"
#include "support/ExpiryFormatter.h"
#include "graph/InspectJob.h"
#include "JsonOutput.h"
#include "graph/TokenInfo.h"
#include "graph/TokenService.h"

InspectCommand::InspectCommand()
    : Command("inspect", "--app-id ID [--platform facebook|threads] [--json]", "InspectCommand",
              QT_TRANSLATE_NOOP("InspectCommand", "Ask debug_token about a token: valid, type, expiry, scopes."))
{
}

QList<QCommandLineOption> InspectCommand::commandOptions() const
{
    return {
        platformOption(),
        appIdOption("InspectCommand",
                    QT_TRANSLATE_NOOP("InspectCommand",
                                      "The App ID of the app the token was issued for (required: debug_token "
                                      "authenticates with the app's ID and secret).")),
        apiVersionOption(),
        appSecretFileOption(),
        tokenFileOption("InspectCommand",
                        QT_TRANSLATE_NOOP("InspectCommand",
                                          "Read the token to inspect from PATH (- = stdin). Default: "
                                          "$LONGLIVED_TOKEN, else a prompt on a terminal.")),
        jsonOption(),
    };
}

QString InspectCommand::outputHelp() const
{
    return tr("Output: the token's details on stdout (with --json: {platform, is_valid, type, app_id,\n"
              "application, user_id, issued_at, expires_at, never_expires, data_access_expires_at, scopes,\n"
              "granular_scopes, error}). Exit 0 when Meta says the token is valid, 1 when it is not.\n"
              "Instagram Login tokens cannot be inspected (Meta has no debug_token for them).\n");
}

int InspectCommand::execute(CliSession& session)
{
    QString token;
    Platform platform = Platform::Facebook;
    const QString undetected = tr("The platform cannot be told from the token's prefix (EAA, TH). "
                                  "Pass --platform facebook or threads.");
    if (auto code = session.obtainTokenForPlatform(token, platform, undetected))
        return *code;
    if (!Platforms::supportsInspect(platform)) {
        return session.usageError(tr("%1 tokens cannot be inspected: Meta offers no debug_token for them.")
                                      .arg(Platforms::displayName(platform)));
    }
    if (options().appId.isEmpty()) {
        return session.usageError(tr("inspect needs --app-id: debug_token authenticates with the ID and secret of "
                                     "the app the token was issued for."));
    }
    QString secret;
    if (auto code = session.obtainAppSecret(secret, true, true))
        return *code;
    InspectJob* job = session.service()->inspect(platform, token, options().appId, secret);
    session.cancelOnInterrupt(job);
    QObject::connect(job, &InspectJob::succeeded, &session, [this, &session](const TokenInfo& info) {
        report(session, info);
        session.finish(info.isValid ? Success : Failure);
    });
    session.finishOnFailure(job);
    return session.exec();
}

void InspectCommand::report(CliSession& session, const TokenInfo& info) const
{
    OutputWriter& out = session.out();
    if (options().json) {
        out.writeLine(JsonOutput::tokenInfoObject(info));
        out.flush();
        if (!info.isValid)
            out.error(tr("The token is not valid.")
                      + (info.error.isError() ? QLatin1Char(' ') + info.error.title() : QString()));
        return;
    }
    for (const QString& line : describe(info))
        out.writeText(line); // a value with a line break cannot add a row
    out.flush();
}

QStringList InspectCommand::describe(const TokenInfo& info)
{
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
            left > 0 ? tr("%1 (in %2)").arg(time(info.expiresAt), ExpiryFormatter::duration(left))
                     : tr("%1 (expired)").arg(time(info.expiresAt)));
    } else {
        row(tr("Expires"), tr("unknown"));
    }
    if (info.dataAccessExpiresAt.isValid())
        row(tr("Data access until"), time(info.dataAccessExpiresAt));
    row(tr("Scopes"), info.scopes.join(QLatin1String(", ")));
    return lines;
}
