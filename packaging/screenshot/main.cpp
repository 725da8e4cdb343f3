// longlived-screenshot: LongLived's main window after a successful exchange, saved as a PNG.
//
//   longlived-screenshot --output docs/screenshot.png [--locale de_DE] [--width 980] [--dark]
//   longlived-screenshot --saved-tokens --output docs/saved-tokens.png
//
// The window is built as app/main.cpp builds it (identity, icon, translations, TokenService),
// filled in through its widgets like a user would, and exchanged against a loopback
// Graph-compatible server that answers like Meta (a long-lived token, 60 days). The token
// stays masked, as after a real exchange. Run it under Xvfb (scripts/take-screenshot.sh) for
// the real xcb platform, or offscreen.
//
// --saved-tokens shows the Saved tokens panel instead: made-up profiles in the states renewal and
// delivery can be in (renews automatically, renewed, needs a login, renewal failed, never
// expires; delivered, not delivered, waiting for the next delivery), with automatic renewal on
// (the recording systemctl stand-in answers for the timer), written to the (throwaway) settings
// file before the window starts, at a pinned "now". No keychain and no secret is involved: the list needs neither.
#include "vault/DeliveryStore.h"
#include "ExchangeForm.h"
#include "FakeSystemctl.h"
#include "GraphTestServer.h"
#include "MainWindow.h"
#include "vault/ProfileStore.h"
#include "renewal/RenewalTimer.h"
#include "ResultPanel.h"
#include "SavedTokensView.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenService.h"
#include "vault/TokenVault.h"
#include "TranslationLoader.h"
#include "UiResources.h"

#include <QApplication>
#include <QDockWidget>
#include <QCommandLineParser>
#include <QIcon>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <cstdio>

namespace {

int fail(const char* message)
{
    std::fprintf(stderr, "longlived-screenshot: %s\n", message);
    return 1;
}

// Types like a user (textChanged and validation run per key), into a field found by objectName.
bool type(QWidget* root, const char* objectName, const QString& text)
{
    auto* edit = root->findChild<QLineEdit*>(QLatin1String(objectName));
    if (!edit)
        return false;
    edit->setFocus();
    QTest::keyClicks(edit, text);
    return edit->text() == text;
}

QDateTime pinnedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
}

Profile sampleProfile(const QString& name, Platform platform, const QString& appId, int daysLeft, int ageDays)
{
    Profile profile;
    profile.name = name;
    profile.platform = platform;
    profile.appId = appId;
    profile.savedAt = profile.obtainedAt = pinnedNow().addDays(-ageDays);
    profile.expiresAt = pinnedNow().addDays(daysLeft).addSecs(3 * 3600);
    profile.tokenType = QStringLiteral("bearer");
    return profile;
}

void recordDelivery(DeliveryStore& deliveries, const QString& profile, const DeliveryTarget& target,
                    const DeliveryResult& result, const QDateTime& at)
{
    if (const auto added = deliveries.add(profile, target))
        deliveries.recordResult(profile, added->id, result, QStringLiteral("0123456789abcdef"), at);
}

// Profiles and targets in each state the columns show, in the settings file the window reads.
bool writeSampleProfiles(ProfileStore& profiles)
{
    const QUrl n8n(QStringLiteral("https://n8n.example.com"));
    Profile marketing
        = sampleProfile(QStringLiteral("Threads · marketing"), Platform::Threads, QStringLiteral("1029384756"), 20, 40);
    Profile shop
        = sampleProfile(QStringLiteral("Instagram · shop"), Platform::Instagram, QStringLiteral("5647382910"), 58, 2);
    shop.renewedAt = pinnedNow().addDays(-2);
    Profile facebook
        = sampleProfile(QStringLiteral("Facebook · ads"), Platform::Facebook, QStringLiteral("1234567890"), 5, 55);
    Profile backup
        = sampleProfile(QStringLiteral("Threads · archive"), Platform::Threads, QStringLiteral("1029384756"), 9, 51);
    backup.renewalFailedAt = pinnedNow().addSecs(-5 * 3600);
    backup.renewalError = QStringLiteral("Meta says the token is no longer valid");
    Profile page
        = sampleProfile(QStringLiteral("Page · Shop"), Platform::Facebook, QStringLiteral("1234567890"), 0, 10);
    page.expiresAt = {};
    page.neverExpires = true;
    for (const Profile& profile : {marketing, shop, facebook, backup, page}) {
        if (!profiles.put(profile))
            return false;
    }
    DeliveryStore deliveries(profiles.fileName());
    recordDelivery(deliveries, marketing.name, DeliveryTarget::n8n(n8n, QStringLiteral("3BWxfPPkMN1s54s8")),
                   DeliveryResult::success(), pinnedNow().addDays(-40));
    recordDelivery(deliveries, shop.name, DeliveryTarget::n8n(n8n, QStringLiteral("k2PqY7wZtR0aB1cD")),
                   DeliveryResult::success(), shop.renewedAt);
    recordDelivery(deliveries, shop.name,
                   DeliveryTarget::file(QStringLiteral("/etc/shop-bot/token.env"), QStringLiteral("env:IG_TOKEN")),
                   DeliveryResult::success(), shop.renewedAt);
    recordDelivery(deliveries, backup.name, DeliveryTarget::n8n(n8n, QStringLiteral("Zx81Lm0pQr5sT2uV")),
                   DeliveryResult(DeliveryResult::Kind::Unauthorized, QStringLiteral("n8n did not accept the API key")),
                   pinnedNow().addDays(-12));
    // Delivered before the token it has now was obtained: the next renewal run delivers it.
    recordDelivery(deliveries, facebook.name, DeliveryTarget::file(QStringLiteral("/srv/ads/token")),
                   DeliveryResult::success(), pinnedNow().addDays(-60));
    return true;
}

int savedTokensShot(const QString& output, int width)
{
    ProfileStore profiles; // the (throwaway) application settings file, as in app/main.cpp
    if (!writeSampleProfiles(profiles))
        return fail("cannot write the sample profiles");
    TokenVault vault(&profiles);
    QNetworkAccessManager network;
    TokenService service(&network, ServiceConfig(), pinnedNow);
    MainWindow window(&service, &vault, pinnedNow);
    // Automatic renewal on, as the recording systemctl stand-in says (the window asks once the
    // event loop runs; the screenshot's environment has no user manager to ask).
    FakeSystemctl systemctl(QStringLiteral("enabled"));
    auto* timer = window.findChild<RenewalTimer*>(QStringLiteral("renewalTimer"));
    if (!timer)
        return fail("no renewal timer");
    timer->setSystemctlProgram(FakeSystemctl::program());
    QSignalSpy answered(timer, &RenewalTimer::finished);
    window.resize(width, 600);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail("the window was not shown");
    if (answered.isEmpty() && !answered.wait(15000))
        return fail("systemctl did not answer");
    SavedTokensView* view = window.findChild<SavedTokensView*>(QStringLiteral("savedTokensPanel"));
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("savedTokensPanelDock"));
    if (!view || !dock)
        return fail("no Saved tokens panel");
    // Floating, as wide as its columns: the panel alone, every column readable.
    dock->setFloating(true);
    dock->resize(width, 200);
    // A selected row enables its buttons; the list itself needs no keychain, and the selection's
    // keychain read (which has no keyring here) is dropped before it can report.
    view->selectProfile(QStringLiteral("Threads · archive"));
    view->abandonOpen();
    view->list()->clearFocus();
    // The dropped read still ends (no keyring here: at once, or at the keychain's time limit);
    // until then Forget waits for it.
    QTest::qWaitFor([view] { return !view->isBusy(); }, 15000);
    QTest::qWait(300);
    const QPixmap shot = dock->grab();
    if (!shot.save(output, "PNG"))
        return fail("cannot write the PNG");
    std::printf("%s: %dx%d px\n", qPrintable(output), int(shot.width()), int(shot.height()));
    return 0;
}

} // namespace

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

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outputOption(QStringLiteral("output"), QStringLiteral("PNG file to write."),
                                          QStringLiteral("FILE"), QStringLiteral("screenshot.png"));
    const QCommandLineOption localeOption(QStringLiteral("locale"), QStringLiteral("UI language, e.g. de_DE."),
                                          QStringLiteral("NAME"), QStringLiteral("en_US"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("Window width in pixels."),
                                         QStringLiteral("N"), QStringLiteral("980"));
    const QCommandLineOption darkOption(QStringLiteral("dark"),
                                        QStringLiteral("A dark palette, as a dark desktop theme gives (checks that "
                                                       "the window follows the palette)."));
    const QCommandLineOption savedTokensOption(
        QStringLiteral("saved-tokens"),
        QStringLiteral("The Saved tokens panel with sample profiles in each renewal and delivery state."));
    parser.addOptions({outputOption, localeOption, widthOption, darkOption, savedTokensOption});
    parser.process(app);

    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
        QApplication::setPalette(dark);
    }

    const QLocale locale(parser.value(localeOption));
    QLocale::setDefault(locale);
    TranslationLoader::install(&app, locale);

    if (parser.isSet(savedTokensOption))
        return savedTokensShot(parser.value(outputOption), parser.value(widthOption).toInt());

    // Meta's answer to fb_exchange_token: a long-lived token valid for 60 days.
    GraphTestServer server;
    server.setDefaultResponse(GraphTestServer::tokenResponse(
        QStringLiteral("EAAGm0PX4ZCpsBO7ZBqZCw2ZAhW3RkV9ZCj8ZAx5ZBLt1Yq6nZCQ3ZBmR0ZAkLongLivedExample"), 5183944));
    if (!server.start())
        return fail("cannot start the loopback server");

    ServiceConfig config;
    config.facebookBaseUrl = server.baseUrl();
    config.threadsBaseUrl = server.baseUrl();
    config.instagramBaseUrl = server.baseUrl();
    QNetworkAccessManager network;
    TokenService service(&network, config);

    ProfileStore profiles; // the (throwaway) application settings file, as in app/main.cpp
    TokenVault vault(&profiles);

    MainWindow window(&service, &vault);
    window.resize(parser.value(widthOption).toInt(), window.sizeHint().height());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail("the window was not shown");

    ExchangeForm* form = window.findChild<ExchangeForm*>(QStringLiteral("exchangeForm"));
    if (!type(form, "appIdEdit", QStringLiteral("1234567890123456"))
        || !type(form, "appSecretEdit", QStringLiteral("0123456789abcdef0123456789abcdef"))
        || !type(form, "tokenEdit", QStringLiteral("EAAGm0PX4ZCpsBAshortLivedTokenFromTheGraphApiExplorer")))
        return fail("the form's fields were not found or did not take the input");
    if (!form->isInputValid())
        return fail("the form did not accept the input");

    QSignalSpy received(&window, &MainWindow::tokenReceived);
    window.exchange();
    if (!received.wait(20000))
        return fail("no token received from the loopback server");

    // Let layouts and the lifetime bar settle, and take the focus off the fields (no caret).
    auto* resultPanel = window.findChild<ResultPanel*>(QStringLiteral("resultPanel"));
    if (!resultPanel)
        return fail("no result panel");
    resultPanel->setFocus();
    QTest::qWait(300);
    window.resize(window.width(), window.sizeHint().height());
    QTest::qWait(200);

    const QPixmap shot = window.grab();
    const QString output = parser.value(outputOption);
    if (!shot.save(output, "PNG"))
        return fail("cannot write the PNG");
    std::printf("%s: %dx%d px (device pixel ratio %.1f)\n", qPrintable(output), int(shot.width()),
                int(shot.height()), shot.devicePixelRatio());
    return 0;
}
