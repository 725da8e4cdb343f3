// longlived-cli: the core library for scripts, cron jobs and n8n "Execute Command" nodes.
// Thin on purpose: the logic lives in CliApplication and the classes beside it.
#include "CliApplication.h"
#include "support/ProcessHardening.h"
#include "support/PromptExit.h"
#include "TranslationLoader.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    ProcessHardening::apply(); // before any secret is in memory: no core dumps, no ptrace
    // The event loop is chosen when the application object is made; the user's own choice wins.
    const bool lighterLoop = !qEnvironmentVariableIsSet("QT_NO_GLIB") && !CliApplication::needsGlibEventLoop(argc, argv);
    if (lighterLoop)
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    if (lighterLoop)
        qunsetenv("QT_NO_GLIB"); // chosen; not passed on
    QCoreApplication::setApplicationName(QStringLiteral("longlived-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("LongLived"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LONGLIVED_VERSION));
    // Help and messages in the user's language (LANG, LC_ALL); JSON field names and "kind" stay fixed.
    TranslationLoader::install(&app);

    int status = 0;
    {
        CliApplication cli;
        status = cli.run(QCoreApplication::arguments());
    }
    // Before `app` goes: its destructor waits for Qt's name-lookup threads without a limit.
    return PromptExit::finish(status);
}
