#pragma once

#include "Command.h"
#include "vault/DeliveryTarget.h"

class CliVault;
struct DeliveryOutcome;

/// `longlived-cli deliver add|list|remove|run`: the places a saved profile's token is delivered
/// to (an n8n credential, a file, a command), kept beside the profile (DeliveryStore; an n8n
/// API key in the keychain), and pushing the current token to them now (DeliveryRunner).
class DeliverCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(DeliverCommand)

public:
    DeliverCommand();
    int execute(CliSession& session) override;
    /// The keychain (n8n API keys, the saved token) answers through GLib callbacks (libsecret).
    bool needsGlibEventLoop() const override { return true; }

    QString action() const { return m_action; }
    QStringList profileNames() const { return m_names; }
    /// For add: the target as given (no id yet).
    const DeliveryTarget& target() const { return m_target; }

protected:
    QList<QCommandLineOption> commandOptions() const override;
    QString outputHelp() const override;
    QString readArguments(const QStringList& arguments) override;
    QString readOptions(const QCommandLineParser& parser) override;

private:
    QString readTarget(const QCommandLineParser& parser);
    QString readN8nTarget(const QCommandLineParser& parser);
    /// The names given that are not saved profiles: usage error 2, or nullopt.
    std::optional<int> checkProfiles(CliSession& session, const CliVault& vault) const;

    int add(CliSession& session, CliVault& vault);
    int readApiKey(CliSession& session, QString& key) const;
    int list(CliSession& session, const CliVault& vault) const;
    int remove(CliSession& session, CliVault& vault);
    int run(CliSession& session, CliVault& vault);
    void reportOutcome(CliSession& session, const DeliveryOutcome& outcome) const;
    static QString lastResultText(const DeliveryTarget& target);

    QString m_action; ///< "add", "list", "remove" or "run"
    QStringList m_names; ///< the profile names given
    QString m_targetId; ///< for remove
    DeliveryTarget m_target;
    QString m_apiKeyFile; ///< for an n8n target: path or "-"
};
