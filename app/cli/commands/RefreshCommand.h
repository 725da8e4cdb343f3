#pragma once

#include "Command.h"
#include "ProfileSaveOption.h"

/// `longlived-cli refresh`: 60 more days for a long-lived Threads or Instagram token.
class RefreshCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RefreshCommand)

public:
    RefreshCommand();
    int execute(CliSession& session) override;
    bool needsGlibEventLoopFor(const QStringList& arguments) const override
    {
        return ProfileSaveOption::isRequestedIn(arguments);
    }
    const ProfileSaveOption& saveOption() const { return m_save; }

protected:
    QList<QCommandLineOption> commandOptions() const override;
    QString outputHelp() const override;
    QString readOptions(const QCommandLineParser& parser) override;

private:
    ProfileSaveOption m_save;
};
