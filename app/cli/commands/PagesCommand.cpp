#include "PagesCommand.h"

#include "CliSession.h"
#include "JsonOutput.h"
#include "graph/PageList.h"
#include "graph/PagesJob.h"
#include "graph/TokenService.h"

PagesCommand::PagesCommand()
    : Command("pages", "[--app-secret-file PATH] [--json]", "PagesCommand",
              QT_TRANSLATE_NOOP("PagesCommand", "List the Facebook Pages of a user token, with their Page tokens."))
{
}

QList<QCommandLineOption> PagesCommand::commandOptions() const
{
    return {
        apiVersionOption(),
        appSecretFileOption("PagesCommand",
                            QT_TRANSLATE_NOOP("PagesCommand",
                                              "Read the App Secret from PATH (- = stdin) to send appsecret_proof "
                                              "(needed when the app requires it). Default: $LONGLIVED_APP_SECRET; "
                                              "optional, never prompted for.")),
        tokenFileOption("PagesCommand",
                        QT_TRANSLATE_NOOP("PagesCommand",
                                          "Read the Facebook user token from PATH (- = stdin). Default: "
                                          "$LONGLIVED_TOKEN, else a prompt on a terminal.")),
        jsonOption(),
    };
}

QString PagesCommand::outputHelp() const
{
    return tr("Output: one line per Page, \"ID<TAB>NAME<TAB>PAGE_TOKEN\"; with --json\n"
              "{\"data\":[{id, name, category, tasks, access_token}], \"truncated\":…, \"warnings\":[…]}.\n"
              "Page tokens taken from a long-lived user token do not expire; from a short-lived one\n"
              "they are short-lived too.\n");
}

int PagesCommand::execute(CliSession& session)
{
    QString token;
    if (auto code = session.obtainToken(token))
        return *code;
    const std::optional<Platform> detected = Platforms::detect(token);
    if (detected && *detected != Platform::Facebook) {
        return session.usageError(tr("pages needs a Facebook user token; this one looks like a %1 token.")
                                      .arg(Platforms::displayName(*detected)));
    }
    QString secret; // optional: only for appsecret_proof
    if (auto code = session.obtainAppSecret(secret, false, false))
        return *code;
    PagesJob* job = session.service()->pages(token, secret);
    session.cancelOnInterrupt(job);
    QObject::connect(job, &PagesJob::succeeded, &session, [this, &session](const PageList& pages) {
        report(session, pages);
        session.finish(Success);
    });
    session.finishOnFailure(job);
    return session.exec();
}

void PagesCommand::report(CliSession& session, const PageList& list) const
{
    OutputWriter& out = session.out();
    if (options().json) {
        out.writeLine(JsonOutput::pagesObject(list));
    } else {
        for (const Page& page : list.pages)
            out.writeRow({page.id, page.name, page.accessToken});
    }
    out.flush();
    out.detail(tr("%n Page(s).", nullptr, int(list.pages.size())));
    for (const QString& warning : list.warnings())
        out.detail(tr("Warning: %1").arg(warning));
}
