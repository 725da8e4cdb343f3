#pragma once

#include "Command.h"

/// `longlived-cli exchange`: a short-lived token for a long-lived one.
class ExchangeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCommand)

public:
    ExchangeCommand();
    int execute(CliSession& session) override;

protected:
    QList<QCommandLineOption> commandOptions() const override;
    QString outputHelp() const override;
};
