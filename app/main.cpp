// The window `longlived`: application identity, translations, one network manager, one
// TokenService, MainWindow. Nothing slow happens before the window shows.
#include "MainWindow.h"
#include "ServiceConfig.h"
#include "TokenService.h"
#include "TranslationLoader.h"
#include "UiResources.h"

#include <QApplication>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

int main(int argc, char* argv[])
{
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

    // Honour the desktop's proxy settings (and https_proxy / no_proxy).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    TokenService service(&network, ServiceConfig::fromEnvironment());

    MainWindow window(&service);
    window.show();
    return QApplication::exec();
}
