#pragma once

#include "Command.h"

/// `longlived-cli refresh`: 60 more days for a long-lived Threads or Instagram token.
class RefreshCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RefreshCommand)

public:
    RefreshCommand();
    int execute(CliSession& session) override;

protected:
    QList<QCommandLineOption> commandOptions() const override;
    QString outputHelp() const override;
};
