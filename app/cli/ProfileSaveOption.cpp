#include "ProfileSaveOption.h"

#include "CliSession.h"
#include "CliVault.h"
#include "JsonOutput.h"
#include "vault/Profile.h"
#include "vault/ProfileStore.h"
#include "graph/TokenResult.h"
#include "vault/TokenVault.h"
#include "vault/VaultError.h"
#include "vault/VaultJob.h"

#include <QCommandLineParser>

namespace {
const QString saveName = QStringLiteral("save");
const QString replaceName = QStringLiteral("replace");
const QString secretName = QStringLiteral("save-app-secret");

// The token's JSON object with the save's outcome added as its last member.
QByteArray withMember(const QByteArray& object, const char* key, const QByteArray& rawValue)
{
    return object.chopped(1) + ",\"" + key + "\":" + rawValue + '}';
}
} // namespace

ProfileSaveOption::ProfileSaveOption() = default;

ProfileSaveOption::~ProfileSaveOption() = default;

QList<QCommandLineOption> ProfileSaveOption::options()
{
    return {
        QCommandLineOption(saveName,
                           tr("Also save the token in the keychain as the profile NAME, as the window's \"Save to "
                              "keychain\" does."),
                           QStringLiteral("NAME")),
        QCommandLineOption(replaceName, tr("With --save: replace a saved profile of that name.")),
        QCommandLineOption(secretName, tr("With --save: store the App Secret beside the token.")),
    };
}

QString ProfileSaveOption::help()
{
    return tr("--save NAME stores the token as a saved profile (shared with the desktop app; see\n"
              "`keychain list`). A profile of that name is replaced only with --replace; else the command\n"
              "exits 2 (kind \"profile_exists\") before anything is sent to Meta. The token is printed\n"
              "first: if the keychain fails, it exits 1 and the token is not lost. With --json the object\n"
              "gets \"saved_profile\" (the name) or \"save_error\" (an error object).\n");
}

bool ProfileSaveOption::isRequestedIn(const QStringList& arguments)
{
    // As QCommandLineParser reads them: -save and --save, with or without "=NAME".
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--"))
            return false;
        QString bare = argument.section(QLatin1Char('='), 0, 0);
        while (bare.startsWith(QLatin1Char('-')))
            bare.remove(0, 1);
        if (argument.startsWith(QLatin1Char('-')) && bare == saveName)
            return true;
    }
    return false;
}

QString ProfileSaveOption::read(const QCommandLineParser& parser)
{
    m_replace = parser.isSet(replaceName);
    m_saveAppSecret = parser.isSet(secretName);
    if (!parser.isSet(saveName)) {
        if (m_replace || m_saveAppSecret)
            return tr("--replace and --save-app-secret go with --save NAME.");
        return {};
    }
    m_name = parser.value(saveName).trimmed();
    if (m_name.isEmpty())
        return tr("--save needs the profile's name (quote it if it has spaces).");
    for (const QChar c : std::as_const(m_name)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("--save: the profile's name must not contain control characters.");
    }
    return {};
}

CliVault& ProfileSaveOption::vault(CliSession& session)
{
    if (!m_vault)
        m_vault = std::make_unique<CliVault>(session);
    return *m_vault;
}

std::optional<int> ProfileSaveOption::checkName(CliSession& session)
{
    if (!isRequested() || m_replace || !vault(session).profiles()->contains(m_name))
        return std::nullopt;
    return session.usageError(tr("A saved profile named \"%1\" exists already. Add --replace to replace it, or "
                                 "choose another name.")
                                  .arg(m_name),
                              QStringLiteral("profile_exists"));
}

void ProfileSaveOption::saveAndFinish(CliSession& session, const TokenResult& result, const QString& what,
                                      const Profile& profile, const std::optional<QString>& appSecret)
{
    OutputWriter& out = session.out();
    const bool json = session.options().json;
    const QByteArray tokenJson = JsonOutput::tokenObject(result);
    if (!json)
        session.reportToken(result, what); // on stdout before the keychain is touched
    // Ctrl-C while the keychain works: the token still reaches stdout.
    session.handleInterrupt([&session, &out, json, tokenJson](int code) {
        if (json)
            out.writeLine(tokenJson);
        out.error(tr("Interrupted before the token was saved in the keychain."));
        session.finish(code);
    });

    VaultJob* job = vault(session).vault()->save(profile, result.accessToken, appSecret);
    QObject::connect(job, &VaultJob::succeeded, &session, [this, &session, tokenJson](const Profile& stored) {
        reportSaved(session, tokenJson, stored);
        session.finish(0);
    });
    QObject::connect(job, &VaultJob::failed, &session, [&session, &out, json, tokenJson](const VaultError& error) {
        if (json) {
            const QByteArray errorJson = JsonOutput::inputErrorObject(error.kindId(), error.title(), error.remedy());
            out.writeLine(withMember(tokenJson, "save_error", errorJson));
            out.flush();
        }
        out.error(tr("The token was received (printed on stdout) but could not be saved in the keychain.\n"
                     "Error: %1")
                      .arg(error.displayText()));
        session.finish(1);
    });
}

void ProfileSaveOption::reportSaved(CliSession& session, const QByteArray& tokenJson, const Profile& stored)
{
    if (session.options().json) {
        session.out().writeLine(withMember(tokenJson, "saved_profile", JsonOutput::quoted(stored.name)));
        session.out().flush();
    }
    session.out().detail(stored.hasStoredSecret
                             ? tr("Saved in the keychain as \"%1\", with the App Secret.").arg(stored.name)
                             : tr("Saved in the keychain as \"%1\".").arg(stored.name));
}
