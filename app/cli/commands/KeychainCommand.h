#pragma once

#include "Command.h"

class JsonOutput;
class ProfileStore;
struct Profile;

/// `longlived-cli keychain list | get PROFILE | delete PROFILE`: the tokens the desktop app
/// saved (their descriptions in its settings, the tokens in the OS keychain).
class KeychainCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KeychainCommand)

public:
    KeychainCommand();
    int execute(CliSession& session) override;
    /// QtKeychain reaches the Secret Service through libsecret, whose answers arrive as GLib
    /// callbacks.
    bool needsGlibEventLoop() const override { return true; }

    QString action() const { return m_action; }
    QString profileName() const { return m_profileName; }

protected:
    QList<QCommandLineOption> commandOptions() const override;
    QString outputHelp() const override;
    QString readArguments(const QStringList& arguments) override;

private:
    int list(CliSession& session, const ProfileStore& store) const;
    int getOrDelete(CliSession& session, ProfileStore* store) const;
    static JsonOutput profileJson(const Profile& profile);

    QString m_action;      ///< "list", "get" or "delete"
    QString m_profileName; ///< for get / delete
};
