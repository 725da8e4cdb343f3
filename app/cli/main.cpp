// longlived-cli: the core library for scripts, cron jobs and n8n "Execute Command" nodes.
// Thin on purpose: the logic lives in CliApplication and the classes beside it.
#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("longlived-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("LongLived"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LONGLIVED_VERSION));

    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
