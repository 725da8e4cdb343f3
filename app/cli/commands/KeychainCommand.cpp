#include "KeychainCommand.h"

#include "CliSession.h"
#include "support/ExpiryFormatter.h"
#include "JsonOutput.h"
#include "vault/Profile.h"
#include "vault/ProfileStore.h"
#include "SecretSource.h"
#include "vault/TokenVault.h"
#include "vault/VaultError.h"
#include "vault/VaultJob.h"

KeychainCommand::KeychainCommand()
    : Command("keychain", "list | get PROFILE | delete PROFILE [--json]", "KeychainCommand",
              QT_TRANSLATE_NOOP("KeychainCommand",
                                "List, read or delete the tokens the desktop app saved in the keychain."))
{
}

QList<QCommandLineOption> KeychainCommand::commandOptions() const
{
    return {jsonOption()};
}

QString KeychainCommand::outputHelp() const
{
    return tr("Actions:\n"
              "  list            the saved profiles: name, platform, App ID, expiry (no keychain access)\n"
              "  get PROFILE     the profile's token on stdout (with --json: an object like exchange's)\n"
              "  delete PROFILE  remove the profile and its keychain entries (token and App Secret),\n"
              "                  and its delivery targets with their n8n API keys\n"
              "Profiles are shared with the desktop app. A missing profile or keychain entry exits 1\n"
              "(kind \"not_found\"); a locked or absent keyring too (\"locked\", \"no_backend\").\n");
}

QString KeychainCommand::readArguments(const QStringList& positional)
{
    // The action and the profile's name are the only values the command line carries.
    const QString action = positional.value(0);
    const bool needsName = action == QLatin1String("get") || action == QLatin1String("delete");
    if (action != QLatin1String("list") && !needsName)
        return tr("keychain needs an action: list, get PROFILE or delete PROFILE.");
    if (needsName && positional.size() != 2)
        return tr("keychain %1 needs the profile's name (quote it if it has spaces).").arg(action);
    if (!needsName && positional.size() != 1)
        return tr("keychain list takes no other argument.");
    m_action = action;
    m_profileName = positional.value(1).trimmed();
    return {};
}

JsonOutput KeychainCommand::profileJson(const Profile& profile)
{
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
}

int KeychainCommand::execute(CliSession& session)
{
    // Reads neither secret variable; libsecret may start helpers (dbus-launch) that would inherit them.
    SecretSource::withdrawFromEnvironment("LONGLIVED_TOKEN");
    SecretSource::withdrawFromEnvironment("LONGLIVED_APP_SECRET");
    // The desktop app's profiles: QSettings under its organization and application names.
    QCoreApplication::setApplicationName(QStringLiteral("LongLived"));
    auto* store = new ProfileStore(&session);
    QCoreApplication::setApplicationName(QStringLiteral("longlived-cli"));

    if (m_action == QLatin1String("list"))
        return list(session, *store);
    return getOrDelete(session, store);
}

int KeychainCommand::list(CliSession& session, const ProfileStore& store) const
{
    OutputWriter& out = session.out();
    // Reading the list never touches the keychain (no unlock prompt, no wait).
    const QList<Profile> profiles = store.profiles();
    if (options().json) {
        QByteArray array = "[";
        for (qsizetype i = 0; i < profiles.size(); ++i)
            array += (i > 0 ? "," : "") + profileJson(profiles.at(i)).toJson();
        out.writeLine(JsonOutput().addRaw("profiles", array + ']').toJson());
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Profile& profile : profiles) {
            QString expiry = tr("expiry unknown");
            if (profile.neverExpires)
                expiry = tr("never expires");
            else if (profile.expiresAt.isValid())
                expiry = now.secsTo(profile.expiresAt) > 0 ? tr("expires %1").arg(JsonOutput::isoUtc(profile.expiresAt))
                                                           : tr("expired %1").arg(JsonOutput::isoUtc(profile.expiresAt));
            out.writeRow({profile.name, Platforms::id(profile.platform), profile.appId, expiry});
        }
    }
    out.flush();
    out.detail(tr("%n saved token(s).", nullptr, int(profiles.size())));
    return Success;
}

int KeychainCommand::getOrDelete(CliSession& session, ProfileStore* store) const
{
    OutputWriter& out = session.out();
    auto* vault = new TokenVault(store, &session);
    if (options().timeoutSet)
        vault->setTimeoutMs(options().timeoutMs);
    const bool get = m_action == QLatin1String("get");
    VaultJob* job = get ? vault->load(m_profileName) : vault->forget(m_profileName);
    const bool json = options().json;
    QObject::connect(job, &VaultJob::succeeded, &session, [&session, &out, job, get, json](const Profile& profile) {
        if (get) {
            if (json)
                out.writeLine(profileJson(profile).add("access_token", job->token()).toJson());
            else
                out.writeText(job->token());
            out.flush();
            out.detail(tr("Token of \"%1\" (%2).")
                           .arg(profile.name, ExpiryFormatter::sentence(profile.toTokenResult(QString()),
                                                                   QDateTime::currentDateTimeUtc())));
        } else {
            if (json)
                out.writeLine(JsonOutput().add("deleted", profile.name).toJson());
            out.detail(tr("Deleted \"%1\" and its keychain entries.").arg(profile.name));
        }
        session.finish(Success);
    });
    QObject::connect(job, &VaultJob::failed, &session, [&session, &out, json](const VaultError& error) {
        out.error(tr("Error: %1").arg(error.displayText()));
        if (json) {
            out.writeLine(
                JsonOutput::errorEnvelope(JsonOutput::inputErrorObject(error.kindId(), error.title(), error.remedy())));
        }
        session.finish(Failure);
    });
    // A keychain job cannot be stopped: Ctrl-C ends the command, the job ends unattended.
    return session.exec();
}
