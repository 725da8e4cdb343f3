#pragma once

#include "Command.h"

struct PageList;

/// `longlived-cli pages`: the Facebook Pages of a user token, with their Page tokens.
class PagesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PagesCommand)

public:
    PagesCommand();
    int execute(CliSession& session) override;

protected:
    QList<QCommandLineOption> commandOptions() const override;
    QString outputHelp() const override;

private:
    void report(CliSession& session, const PageList& list) const;
};
