#pragma once

#include "Command.h"

/// `longlived-cli inspect`: what debug_token says about a token (valid, type, expiry, scopes).
struct TokenInfo;

class InspectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    InspectCommand();
    int execute(CliSession& session) override;

protected:
    QList<QCommandLineOption> commandOptions() const override;
    QString outputHelp() const override;

private:
    void report(CliSession& session, const TokenInfo& info) const;
    static QStringList describe(const TokenInfo& info);
};
