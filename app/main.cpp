// The window `longlived`: application identity, translations, one network manager, one
// TokenService, the TokenVault (profiles in the settings, tokens in the keychain), MainWindow.
// Nothing slow happens before the window shows: the keychain is not touched at start-up.
#include "http/EnvironmentProxyFactory.h"
#include "MainWindow.h"
#include "support/ProcessHardening.h"
#include "support/PromptExit.h"
#include "vault/ProfileStore.h"
#include "QuitAfterFirstFrame.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenService.h"
#include "vault/TokenVault.h"
#include "TranslationLoader.h"
#include "http/TrustingNetworkAccessManager.h"
#include "UiResources.h"

#include <QApplication>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

int main(int argc, char* argv[])
{
    ProcessHardening::apply(); // before any secret is in memory: no core dumps, no ptrace
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("LongLived"));
    QCoreApplication::setOrganizationName(QStringLiteral("LongLived"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("longlived.app"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LONGLIVED_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("app.longlived.LongLived"));
    UiResources::ensureInitialized();
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/longlived.svg")));

    // LongLived's catalogue from :/i18n (the English one at least: it holds the plural forms of
    // "%n day(s)") and Qt's qtbase; a missing catalogue leaves the source text.
    TranslationLoader::install(&app);

    // https_proxy / no_proxy as curl reads them, else the desktop's proxy settings.
    QNetworkProxyFactory::setApplicationProxyFactory(new EnvironmentProxyFactory);
    int status = 0;
    {
        TrustingNetworkAccessManager network;
        TokenService service(&network, ServiceConfig::fromEnvironment());

        ProfileStore profiles; // the application's settings file
        TokenVault vault(&profiles);

        MainWindow window(&service, &vault);
        window.show();
        QuitAfterFirstFrame::installIfRequested(&window); // LONGLIVED_QUIT_AFTER_FIRST_FRAME=1: for bench/
        status = QApplication::exec();
    }
    // Before `app` goes: its destructor waits for Qt's name-lookup threads without a limit.
    return PromptExit::finish(status);
}
