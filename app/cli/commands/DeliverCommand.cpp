#include "DeliverCommand.h"

#include "CliSession.h"
#include "CliVault.h"
#include "renewal/DeliveryRunner.h"
#include "vault/DeliveryStore.h"
#include "graph/InputValidator.h"
#include "JsonOutput.h"
#include "vault/ProfileStore.h"
#include "SecretSource.h"
#include "vault/TokenVault.h"
#include "vault/VaultError.h"
#include "vault/VaultJob.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QStringList n8nOnly {QStringLiteral("credential"), QStringLiteral("api-key-file"), QStringLiteral("field")};

QByteArray targetJson(const QString& profileName, const DeliveryTarget& target)
{
    QJsonObject object = target.toJson();
    object.insert(QStringLiteral("profile"), profileName);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

DeliverCommand::DeliverCommand()
    : Command("deliver",
              "add NAME (--n8n URL --credential ID --api-key-file PATH [--field F] | --file PATH [--format FORMAT] | "
              "--exec COMMAND) | list [NAME] [--json] | remove NAME TARGET | run [NAME]...",
              "DeliverCommand",
              QT_TRANSLATE_NOOP("DeliverCommand",
                                "Deliver a saved token to n8n, a file or a command: add, list, remove targets, "
                                "or run them now."))
{
}

QList<QCommandLineOption> DeliverCommand::commandOptions() const
{
    return {
        option({QStringLiteral("n8n")}, "DeliverCommand",
               QT_TRANSLATE_NOOP("DeliverCommand",
                                 "add: update an n8n credential at this n8n address (https://; http:// only to "
                                 "a loopback address)."),
               QStringLiteral("URL")),
        option({QStringLiteral("credential")}, "DeliverCommand",
               QT_TRANSLATE_NOOP("DeliverCommand", "with --n8n: the credential's id (the end of its address in n8n)."),
               QStringLiteral("ID")),
        option({QStringLiteral("api-key-file")}, "DeliverCommand",
               QT_TRANSLATE_NOOP("DeliverCommand",
                                 "with --n8n: read the n8n API key from PATH (- = stdin); it is kept in the "
                                 "keychain."),
               QStringLiteral("PATH")),
        option({QStringLiteral("field")}, "DeliverCommand",
               QT_TRANSLATE_NOOP("DeliverCommand", "with --n8n: the credential's field to set (default accessToken)."),
               QStringLiteral("NAME")),
        option({QStringLiteral("file")}, "DeliverCommand",
               QT_TRANSLATE_NOOP("DeliverCommand", "add: write the token to this file (atomically, mode 0600)."),
               QStringLiteral("PATH")),
        option({QStringLiteral("format")}, "DeliverCommand",
               QT_TRANSLATE_NOOP("DeliverCommand", "with --file: token (default) or env:VARIABLE."),
               QStringLiteral("FORMAT")),
        option({QStringLiteral("exec")}, "DeliverCommand",
               QT_TRANSLATE_NOOP("DeliverCommand",
                                 "add: run this command (no shell) with the token on its standard input."),
               QStringLiteral("COMMAND")),
        jsonOption("DeliverCommand",
                   QT_TRANSLATE_NOOP("DeliverCommand", "list, add: JSON on stdout; run: one JSON object per target.")),
    };
}

QString DeliverCommand::outputHelp() const
{
    return tr("Actions:\n"
              "  add NAME …         add a target to the saved profile NAME; its id (e.g. n8n-1) on stdout\n"
              "  list [NAME]        the targets (all profiles, or NAME's) with their last result;\n"
              "                     --json: {\"targets\":[{profile, id, kind, …, lastOk, lastResult}]}\n"
              "  remove NAME TARGET remove a target (and an n8n target's API key from the keychain)\n"
              "  run [NAME]…        push the current saved token to every target now (all profiles\n"
              "                     with targets, or those named); one line per target on stderr, with\n"
              "                     --json one object per target on stdout; exit 1 if any failed\n"
              "An n8n target: PATCH {URL}/api/v1/credentials/{ID} with the header X-N8N-API-KEY; the API\n"
              "key needs the credential:update scope. A file target: \"token\" writes the token and a\n"
              "newline, \"env:VAR\" writes VAR=<token>. A command gets LONGLIVED_PROFILE in its\n"
              "environment and 30 seconds. Profiles are the desktop app's (see `keychain list`).\n");
}

QString DeliverCommand::readArguments(const QStringList& positional)
{
    // Actions, profile names and a target id: the only values the command line carries.
    m_action = positional.value(0);
    m_names = positional.mid(1);
    for (QString& name : m_names)
        name = name.trimmed();
    if (m_action == QLatin1String("add") && m_names.size() == 1)
        return {};
    if (m_action == QLatin1String("list") && m_names.size() <= 1)
        return {};
    if (m_action == QLatin1String("remove") && m_names.size() == 2) {
        m_targetId = m_names.takeLast();
        return {};
    }
    if (m_action == QLatin1String("run"))
        return {};
    if (m_action == QLatin1String("add"))
        return tr("deliver add needs one profile name (quote it if it has spaces).");
    if (m_action == QLatin1String("list"))
        return tr("deliver list takes at most one profile name.");
    if (m_action == QLatin1String("remove"))
        return tr("deliver remove needs the profile's name and the target's id (see deliver list).");
    return tr("deliver needs an action: add, list, remove or run.");
}

QString DeliverCommand::readOptions(const QCommandLineParser& parser)
{
    const QStringList kinds {QStringLiteral("n8n"), QStringLiteral("file"), QStringLiteral("exec")};
    QStringList given;
    for (const QString& kind : kinds) {
        if (parser.isSet(kind))
            given << kind;
    }
    if (m_action != QLatin1String("add")) {
        for (const QString& name : kinds + n8nOnly + QStringList {QStringLiteral("format")}) {
            if (parser.isSet(name))
                return tr("--%1 goes with deliver add.").arg(name);
        }
        return {};
    }
    if (given.size() != 1)
        return tr("deliver add needs one of --n8n URL, --file PATH or --exec COMMAND.");
    return readTarget(parser);
}

QString DeliverCommand::readTarget(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("n8n"))) {
        for (const QString& name : n8nOnly) {
            if (parser.isSet(name))
                return tr("--%1 goes with --n8n.").arg(name);
        }
    }
    if (parser.isSet(QStringLiteral("format")) && !parser.isSet(QStringLiteral("file")))
        return tr("--format goes with --file.");
    if (parser.isSet(QStringLiteral("n8n")))
        return readN8nTarget(parser);
    if (parser.isSet(QStringLiteral("file"))) {
        const QString format = parser.value(QStringLiteral("format"));
        m_target = DeliveryTarget::file(parser.value(QStringLiteral("file")), format);
    } else {
        m_target = DeliveryTarget::exec(parser.value(QStringLiteral("exec")));
    }
    return m_target.validationError();
}

QString DeliverCommand::readN8nTarget(const QCommandLineParser& parser)
{
    const QString address = parser.value(QStringLiteral("n8n")).trimmed();
    const QUrl url(address, QUrl::StrictMode);
    // Refused before anything else, and never repeated: a password in the address would show.
    if (!url.userInfo().isEmpty() || address.contains(QLatin1Char('@')))
        return tr("--n8n: the address must not contain a user name or password (user:password@). n8n takes the "
                  "API key from --api-key-file.");
    if (!parser.isSet(QStringLiteral("credential")))
        return tr("--n8n needs --credential ID (the end of the credential's address in n8n).");
    if (!parser.isSet(QStringLiteral("api-key-file")))
        return tr("--n8n needs --api-key-file PATH (or - for stdin): the n8n API key is never an option's value.");
    m_apiKeyFile = parser.value(QStringLiteral("api-key-file"));
    if (m_apiKeyFile.isEmpty())
        return tr("--api-key-file needs a path (or - for stdin).");
    if (m_apiKeyFile != QLatin1String("-") && !QFileInfo(m_apiKeyFile).isFile())
        return tr("--api-key-file: %1 is not a readable file.").arg(m_apiKeyFile);
    m_target
        = DeliveryTarget::n8n(url, parser.value(QStringLiteral("credential")), parser.value(QStringLiteral("field")));
    return m_target.validationError();
}

std::optional<int> DeliverCommand::checkProfiles(CliSession& session, const CliVault& vault) const
{
    for (const QString& name : m_names) {
        if (!vault.profiles()->contains(name))
            return session.usageError(
                tr("No saved profile is named \"%1\" (see longlived-cli keychain list).").arg(name),
                QStringLiteral("unknown_profile"));
    }
    return std::nullopt;
}

int DeliverCommand::execute(CliSession& session)
{
    // Reads neither secret variable; a command target must not inherit them either.
    SecretSource::withdrawFromEnvironment("LONGLIVED_TOKEN");
    SecretSource::withdrawFromEnvironment("LONGLIVED_APP_SECRET");
    CliVault vault(session);
    if (auto code = checkProfiles(session, vault))
        return *code;
    if (m_action == QLatin1String("add"))
        return add(session, vault);
    if (m_action == QLatin1String("list"))
        return list(session, vault);
    if (m_action == QLatin1String("remove"))
        return remove(session, vault);
    return run(session, vault);
}

int DeliverCommand::readApiKey(CliSession& session, QString& key) const
{
    const SecretSource::Result result = SecretSource::fromFile(m_apiKeyFile);
    if (result.status != SecretSource::Status::Ok)
        return session.usageError(tr("The n8n API key could not be read. %1").arg(result.problem),
                                  QStringLiteral("missing_input"));
    key = InputValidator::clean(result.value);
    if (const QString problem = DeliveryTarget::apiKeyProblem(key); !problem.isEmpty()) {
        key.clear();
        const QString source = m_apiKeyFile == QLatin1String("-") ? tr("standard input") : m_apiKeyFile;
        return session.usageError(tr("%1: %2").arg(source, problem), QStringLiteral("invalid_input"));
    }
    return Success;
}

int DeliverCommand::add(CliSession& session, CliVault& vault)
{
    const QString name = m_names.first();
    QString apiKey;
    if (m_target.kind == DeliveryTarget::Kind::N8n) {
        if (const int code = readApiKey(session, apiKey))
            return code;
    }
    const std::optional<DeliveryTarget> added = vault.deliveries()->add(name, m_target);
    if (!added) {
        session.out().error(tr("The settings file %1 could not be written.").arg(vault.deliveries()->fileName()));
        return Failure;
    }
    const auto report = [this, &session, name, added] {
        session.out().writeLine(options().json ? targetJson(name, *added) : added->id.toUtf8());
        session.out().flush();
        session.out().detail(tr("Added %1 to \"%2\": %3").arg(added->id, name, added->description()));
        return Success;
    };
    if (m_target.kind != DeliveryTarget::Kind::N8n)
        return report();

    // The key's keychain entry is named after the target's id: the target first, then its key,
    // and the target withdrawn again if the keychain refuses the key.
    VaultJob* job = vault.vault()->saveDeliveryKey(name, added->id, apiKey);
    QObject::connect(job, &VaultJob::succeeded, &session, [&session, report] { session.finish(report()); });
    QObject::connect(job, &VaultJob::failed, &session, [&session, &vault, name, added](const VaultError& error) {
        vault.deliveries()->remove(name, added->id);
        CliVault::reportError(session, error,
                              tr("The n8n API key could not be stored in the keychain; the target "
                                 "was not added."));
        session.finish(Failure);
    });
    return session.exec();
}

QString DeliverCommand::lastResultText(const DeliveryTarget& target)
{
    if (!target.lastAttemptAt.isValid())
        return tr("not delivered yet");
    if (target.lastOk)
        return tr("delivered %1").arg(JsonOutput::isoUtc(target.lastDeliveredAt));
    return tr("failed %1: %2").arg(JsonOutput::isoUtc(target.lastAttemptAt), target.lastMessage);
}

int DeliverCommand::list(CliSession& session, const CliVault& vault) const
{
    const QStringList names = m_names.isEmpty() ? vault.deliveries()->profileNames() : m_names;
    OutputWriter& out = session.out();
    QByteArray array;
    int count = 0;
    for (const QString& name : names) {
        for (const DeliveryTarget& target : vault.deliveries()->targets(name)) {
            if (options().json)
                array += (count > 0 ? "," : "") + targetJson(name, target);
            else
                out.writeRow({name, target.id, target.description(), lastResultText(target)});
            ++count;
        }
    }
    if (options().json)
        out.writeLine(JsonOutput().addRaw("targets", '[' + array + ']').toJson());
    out.flush();
    out.detail(tr("%n delivery target(s).", nullptr, count));
    return Success;
}

int DeliverCommand::remove(CliSession& session, CliVault& vault)
{
    const QString name = m_names.first();
    const std::optional<DeliveryTarget> target = vault.deliveries()->target(name, m_targetId);
    if (!target)
        return session.usageError(tr("\"%1\" has no delivery target %2 (see deliver list).").arg(name, m_targetId),
                                  QStringLiteral("unknown_target"));
    const auto finish = [&session, &vault, name](const QString& id) {
        if (!vault.deliveries()->remove(name, id)) {
            session.out().error(tr("The settings file %1 could not be written.").arg(vault.deliveries()->fileName()));
            return int(Failure);
        }
        if (session.options().json)
            session.out().writeLine(JsonOutput().add("removed", id).add("profile", name).toJson());
        session.out().detail(tr("Removed %1 from \"%2\".").arg(id, name));
        return int(Success);
    };
    if (target->kind != DeliveryTarget::Kind::N8n)
        return finish(target->id);
    // The key first: if the keychain refuses, the target stays listed to try again.
    VaultJob* job = vault.vault()->forgetDeliveryKey(name, target->id);
    const QString id = target->id;
    QObject::connect(job, &VaultJob::succeeded, &session, [&session, finish, id] { session.finish(finish(id)); });
    QObject::connect(job, &VaultJob::failed, &session, [&session](const VaultError& error) {
        CliVault::reportError(session, error, tr("The n8n API key could not be deleted; the target stays."));
        session.finish(Failure);
    });
    return session.exec();
}

void DeliverCommand::reportOutcome(CliSession& session, const DeliveryOutcome& outcome) const
{
    const DeliveryResult& result = outcome.result;
    if (options().json) {
        JsonOutput json;
        json.add("profile", outcome.profileName).add("target", outcome.target.id).add("kind", outcome.target.kindId());
        json.add("ok", result.isOk()).add("result", result.kindId()).add("message", result.message());
        json.addNumberOrNull("http_status",
                             result.httpStatus ? std::optional<qint64>(result.httpStatus) : std::nullopt);
        session.out().writeLine(json.toJson());
        session.out().flush();
    }
    const QString line
        = tr("%1 %2 (%3): %4").arg(outcome.profileName, outcome.target.id, outcome.target.kindId(), result.message());
    if (result.isOk())
        session.out().detail(line);
    else
        session.out().error(line);
}

int DeliverCommand::run(CliSession& session, CliVault& vault)
{
    const QStringList names = m_names.isEmpty() ? vault.deliveries()->profileNames() : m_names;
    auto* runner = new DeliveryRunner(vault.deliveries(), vault.vault(), session.transport(), &session);
    DeliveryOptions limits;
    if (options().timeoutSet)
        limits.deadlineMs = options().timeoutMs;
    runner->setOptions(limits);
    int targets = 0;
    for (const QString& name : names) {
        targets += int(vault.deliveries()->targets(name).size());
        runner->deliverSaved(name, DeliveryRunner::Scope::All);
    }
    if (targets == 0) {
        session.out().detail(tr("No delivery targets: add one with longlived-cli deliver add."));
        return Success;
    }
    QObject::connect(runner, &DeliveryRunner::targetFinished, &session,
                     [this, &session](const DeliveryOutcome& outcome) { reportOutcome(session, outcome); });
    QObject::connect(runner, &DeliveryRunner::tokenUnavailable, &session,
                     [&session](const QString& name, const VaultError& error) {
                         CliVault::reportError(session, error,
                                               tr("The saved token of \"%1\" could not be read; nothing was "
                                                  "delivered for it.")
                                                   .arg(name));
                     });
    QObject::connect(runner, &DeliveryRunner::finished, &session,
                     [&session, runner] { session.finish(runner->allSucceeded() ? Success : Failure); });
    session.handleInterrupt([&session, runner](int code) {
        runner->disconnect(&session);
        runner->cancel();
        session.out().error(tr("Interrupted."));
        session.finish(code);
    });
    return session.exec();
}
