#pragma once

#include "Command.h"

struct Identity;

/// `longlived-cli verify`: whom a token belongs to, as the platform's /me says; proof that it works.
class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    VerifyCommand();
    int execute(CliSession& session) override;

protected:
    QList<QCommandLineOption> commandOptions() const override;
    QString outputHelp() const override;

private:
    void report(CliSession& session, const Identity& identity) const;
};
