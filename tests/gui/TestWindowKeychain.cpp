// Saved tokens in the window, the whole user story on the REAL Secret Service of
// scripts/run-tests.sh: exchange → Save to keychain → quit → start again (a new MainWindow on the
// same settings file) → Saved tokens lists it with its remaining lifetime, before any keychain
// call → select → the token is loaded, masked → Copy → Forget (confirmed) → gone from the
// keyring (checked with secret-tool). Then what builds on it: refreshing a saved Threads token
// replaces the stored one, Inspect uses the App Secret saved with a profile, a Page token is
// saved from the Pages view. And the failure: with no keyring at all (a child process without
// a session bus), the specific message shows and the token stays on screen and copyable.
//
// Set LONGLIVED_SCREENSHOT_DIR to save PNGs of the window with the saved-tokens panel.
#include "ExchangeForm.h"
#include "GraphTestServer.h"
#include "GuiTestMain.h"
#include "WindowFixture.h"
#include "KeyringTestSupport.h"
#include "MainWindow.h"
#include "PagesDialog.h"
#include "vault/ProfileStore.h"
#include "ResultPanel.h"
#include "SaveTokenWidget.h"
#include "SavedTokensModel.h"
#include "SavedTokensView.h"
#include "SecretLineEdit.h"
#include "SecureClipboard.h"
#include "graph/ServiceConfig.h"
#include "StatusBanner.h"
#include "TokenActions.h"
#include "graph/TokenService.h"
#include "vault/TokenVault.h"
#include "vault/VaultJob.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>
#include <QUuid>

#include <cstdio>
#include <memory>

using namespace KeyringTestSupport;

namespace {
const QString appSecret = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString threadsSecret = QStringLiteral("fedcba9876543210fedcba9876543210");
const QString fbShort = QStringLiteral("EAAshortLivedUserToken0123456789");

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
}

QString uniqueToken(const char* prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128);
}

QString uniqueAppId()
{
    return QString::number(1000000000ULL + QUuid::createUuid().data1);
}

QMessageBox* visibleBox(QWidget* parent, const QString& objectName)
{
    for (QMessageBox* box : parent->findChildren<QMessageBox*>(objectName)) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

/// The child's run of the app (the tests' own windows come from WindowFixture): a TokenService
/// on the loopback server, a ProfileStore on \a settingsFile and its TokenVault (as
/// app/main.cpp makes them), and the window.
struct App {
    App(QNetworkAccessManager* network, const ServiceConfig& config, const QString& settingsFile)
        : service(network, config, fixedNow)
        , store(settingsFile)
        , vault(&store)
    {
        vault.setClock(fixedNow);
        window = std::make_unique<MainWindow>(&service, &vault, fixedNow);
    }
    ~App() { window.reset(); }

    TokenService service;
    ProfileStore store;
    TokenVault vault;
    std::unique_ptr<MainWindow> window;
};

// The child: the window with no keyring behind it. Exchanges against its own loopback server,
// saves, and prints one JSON line about what the user sees then.
int runWindowProbe(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("LongLivedGuiTest"));
    QCoreApplication::setOrganizationName(QStringLiteral("LongLivedTests"));
    TranslationLoader::install(&app, QLocale(QLocale::English, QLocale::UnitedStates));
    const QStringList args = app.arguments();
    const QString settingsFile = args.value(args.indexOf(QStringLiteral("--settings")) + 1);
    const QString token = qEnvironmentVariable("LONGLIVED_PROBE_TOKEN");

    GraphTestServer server;
    if (!server.start())
        return 2;
    server.setDefaultResponse(GraphTestServer::tokenResponse(token, 5183944));
    ServiceConfig config;
    config.facebookBaseUrl = config.threadsBaseUrl = config.instagramBaseUrl = server.baseUrl();
    QNetworkAccessManager network;
    App probe(&network, config, settingsFile);
    MainWindow* window = probe.window.get();
    window->show();
    const WindowParts parts(window);

    ExchangeForm* form = parts.exchangeForm();
    form->appIdEdit()->setText(QStringLiteral("1234567890"));
    form->appSecretEdit()->setText(appSecret);
    form->tokenEdit()->setText(fbShort);
    QObject::connect(window, &MainWindow::tokenReceived, &app, [parts] {
        parts.saveTokenWidget()->storeSecretCheckBox()->setChecked(true);
        parts.saveTokenWidget()->saveButton()->click();
    });
    QObject::connect(parts.saveTokenWidget(), &SaveTokenWidget::saveFailed, &app, [&](const VaultError& error) {
        QGuiApplication::clipboard()->clear();
        parts.resultPanel()->copyAction()->trigger();
        const QJsonObject json {
            {QStringLiteral("kind"), error.kindId()},
            {QStringLiteral("saveStatus"), parts.saveTokenWidget()->statusLabel()->text()},
            {QStringLiteral("banner"), parts.statusBanner()->text()},
            {QStringLiteral("bannerKind"), parts.statusBanner()->kindName()},
            {QStringLiteral("tokenShown"), parts.resultPanel()->result().accessToken == token},
            {QStringLiteral("masked"), parts.resultPanel()->tokenEdit()->echoMode() == QLineEdit::Password},
            {QStringLiteral("copied"), QGuiApplication::clipboard()->text() == token},
            {QStringLiteral("saveEnabledAgain"), parts.saveTokenWidget()->saveButton()->isEnabled()},
            {QStringLiteral("listed"), parts.savedTokensView()->model()->rowCount()}};
        parts.clipboard()->clearIfUnchanged();
        std::fputs(QJsonDocument(json).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
        std::fflush(stdout);
        app.exit(0);
    });
    QObject::connect(parts.saveTokenWidget(), &SaveTokenWidget::saved, &app, [&] {
        std::fputs("{\"kind\":\"none\"}\n", stdout);
        app.exit(1);
    });
    window->exchange();
    return app.exec();
}
} // namespace

class TestWindowKeychain : public QObject, private WindowFixture {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_names;

    QString settingsFile() const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ini"));
    }

    /// A start of the app on this test's settings file (the window before is closed).
    MainWindow* start()
    {
        useSettingsFile(settingsFile());
        createWindow();
        return m_window.get();
    }

    /// Exchanges \a shortToken for \a longToken through the form (the platform follows the prefix).
    static void exchange(MainWindow* window, GraphTestServer* server, const QString& shortToken, const QString& longToken,
                         const QString& appId, const QString& secret, qint64 expiresIn = 5183944)
    {
        ExchangeForm* form = parts(window).exchangeForm();
        form->tokenEdit()->setText(shortToken);
        if (ExchangeForm::offersAppId(form->platform()))
            form->appIdEdit()->setText(appId);
        form->appSecretEdit()->setText(secret);
        server->enqueue(GraphTestServer::tokenResponse(longToken, expiresIn));
        QSignalSpy received(window, &MainWindow::tokenReceived);
        window->exchange();
        QVERIFY(received.count() == 1 || received.wait(20000));
    }

    static void save(MainWindow* window)
    {
        QSignalSpy saved(parts(window).saveTokenWidget(), &SaveTokenWidget::saved);
        QVERIFY(parts(window).saveTokenWidget()->saveButton()->isEnabled());
        QTest::mouseClick(parts(window).saveTokenWidget()->saveButton(), Qt::LeftButton);
        QVERIFY2(saved.count() == 1 || saved.wait(20000),
                 qPrintable(parts(window).saveTokenWidget()->statusLabel()->text()));
    }

    /// An earlier session: a window that exchanges \a shortToken for \a longToken, saves it in
    /// the keychain (with the App Secret when \a storeSecret) and closes.
    void saveInEarlierSession(const QString& shortToken, const QString& longToken, const QString& appId,
                              const QString& secret, bool storeSecret = false, qint64 expiresIn = 5183944)
    {
        MainWindow* window = start();
        exchange(window, m_server.get(), shortToken, longToken, appId, secret, expiresIn);
        parts(window).saveTokenWidget()->storeSecretCheckBox()->setChecked(storeSecret);
        save(window);
    }

    /// Clicks \a name's row in Saved tokens and waits for its token to be read.
    static void open(MainWindow* window, const QString& name)
    {
        SavedTokensView* view = parts(window).savedTokensView();
        const int row = view->model()->rowOf(name);
        QVERIFY(row >= 0);
        QSignalSpy activated(view, &SavedTokensView::profileActivated);
        const QRect rect = view->list()->visualRect(view->model()->index(row, SavedTokensModel::NameColumn));
        QTest::mouseClick(view->list()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(view->currentProfileName(), name);
        QVERIFY2(activated.count() == 1 || activated.wait(20000), qPrintable(view->statusLabel()->text()));
    }

    void snapshot(QWidget* widget, const QString& name)
    {
        QVERIFY(GuiTest::saveSnapshot(widget, name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void init() { prepareWindow(); }

    void cleanup()
    {
        stopWindow();
        // Leftovers of a failed run.
        const QStringList names = std::exchange(m_names, {});
        QVERIFY(KeyringTestSupport::forgetLeftovers(names, m_dir.filePath(QStringLiteral("cleanup.ini"))));
    }

    // Start-up lists the saved tokens from the settings alone: no keychain call, no waiting.
    void startUpTouchesNoKeychain()
    {
        {
            ProfileStore store(settingsFile());
            Profile p;
            p.name = QStringLiteral("Threads · 42");
            p.platform = Platform::Threads;
            p.appId = QStringLiteral("42");
            p.savedAt = fixedNow().addDays(-1);
            p.expiresAt = fixedNow().addDays(12).addSecs(3600);
            QVERIFY(store.put(p));
        }
        useSettingsFile(settingsFile());
        createWindow(false);
        // Before the event loop ran once, and without a keychain job anywhere.
        SavedTokensView* view = parts().savedTokensView();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->data(view->model()->index(0, SavedTokensModel::RemainingColumn)).toString(),
                 QStringLiteral("in 12 days"));
        QVERIFY(!view->isBusy());
        QVERIFY(m_vault->findChildren<VaultJob*>().isEmpty());
        QVERIFY(view->currentProfileName().isEmpty()); // nothing opened by itself
        QVERIFY(!parts().resultPanel()->hasResult());

        // The dock and its View-menu toggle.
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("savedTokensPanelDock"));
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Saved tokens"));
        QVERIFY(find<QMenu>("viewMenu")->actions().contains(dock->toggleViewAction()));
        // Save to keychain: in the Token menu, the same action as the button (one Ctrl+S).
        QAction* saveAction = parts().saveTokenWidget()->saveAction();
        QVERIFY(parts().tokenMenu()->actions().contains(saveAction));
        QCOMPARE(saveAction->shortcut(), QKeySequence(QKeySequence::Save));
        QVERIFY(!saveAction->isEnabled());
        QCOMPARE(parts().saveTokenWidget()->saveButton()->accessibleName(), QStringLiteral("Save to keychain"));
    }

    void exchangeSaveQuitReopenCopyForget()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        const QString appId = uniqueAppId();
        const QString token = uniqueToken("EAAwindow");
        const QString name = QStringLiteral("Facebook · ") + appId;
        m_names << name;

        {
            MainWindow* window = start();
            exchange(window, m_server.get(), fbShort, token, appId, appSecret);
            QCOMPARE(parts(window).saveTokenWidget()->profileName(), name);
            QVERIFY(!parts(window).saveTokenWidget()->storeSecretCheckBox()->isChecked());

            // Ctrl+S, from anywhere in the window.
            QSignalSpy saved(parts(window).saveTokenWidget(), &SaveTokenWidget::saved);
            QTest::keyClick(parts(window).exchangeForm()->tokenEdit(), Qt::Key_S, Qt::ControlModifier);
            QVERIFY(saved.count() == 1 || saved.wait(20000));
            QCOMPARE(parts(window).statusBanner()->kind(), StatusBanner::Kind::Success);
            QVERIFY(parts(window).currentProfile().has_value());
            QCOMPARE(parts(window).currentProfile()->name, name);

            SavedTokensView* view = parts(window).savedTokensView();
            QCOMPARE(view->model()->rowCount(), 1);
            QCOMPARE(view->model()->data(view->model()->index(0, SavedTokensModel::NameColumn)).toString(), name);
            QCOMPARE(view->model()->data(view->model()->index(0, SavedTokensModel::RemainingColumn)).toString(),
                     QStringLiteral("in 59 days"));
            QCOMPARE(longLivedItems(TokenVault::serviceName(), TokenVault::tokenKey(name)).size(), 1);
            QVERIFY(filesContaining(m_dir.path(), token.toUtf8()).isEmpty());
            snapshot(window, QStringLiteral("30-saved"));

            window->close(); // quit
        }

        // Start again: the list is there at once, with the remaining lifetime.
        MainWindow* window = start();
        SavedTokensView* view = parts(window).savedTokensView();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->data(view->model()->index(0, SavedTokensModel::RemainingColumn)).toString(),
                 QStringLiteral("in 59 days"));
        QVERIFY(!parts(window).resultPanel()->hasResult());

        // Select: the token is read from the keychain and shown, masked.
        open(window, name);
        QVERIFY(parts(window).resultPanel()->hasResult());
        QVERIFY(parts(window).resultPanel()->result().accessToken == token);
        auto* resultEdit = window->findChild<SecretLineEdit*>(QStringLiteral("resultTokenEdit"));
        QCOMPARE(resultEdit->echoMode(), QLineEdit::Password);
        QVERIFY(resultEdit->text() == token);
        QVERIFY2(parts(window).resultPanel()->expiresEdit()->text().contains(QLatin1String("in 59 days")),
                 qPrintable(parts(window).resultPanel()->expiresEdit()->text()));
        QCOMPARE(parts(window).resultPanel()->tokenTypeEdit()->text(), QStringLiteral("bearer")); // as Meta said it
        QCOMPARE(parts(window).currentProfile()->name, name);
        QCOMPARE(parts(window).saveTokenWidget()->profileName(), name);
        snapshot(window, QStringLiteral("31-reopened"));

        // Copy.
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text() == token);
        parts(window).clipboard()->clearIfUnchanged();

        // Forget, after the confirmation.
        QSignalSpy forgotten(view, &SavedTokensView::profileForgotten);
        QTest::mouseClick(view->forgetButton(), Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = visibleBox(view, QStringLiteral("forgetConfirmation"))) != nullptr);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmForgetButton")), Qt::LeftButton);
        QVERIFY(forgotten.count() == 1 || forgotten.wait(20000));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(longLivedItems(TokenVault::serviceName(), TokenVault::tokenKey(name)).isEmpty());
        QVERIFY(!parts(window).currentProfile().has_value());
        QVERIFY(parts(window).statusBanner()->text().contains(name));
        // The token on screen is not taken away.
        QVERIFY(parts(window).resultPanel()->result().accessToken == token);
    }

    // Closing while the keyring is still writing: the window waits (bounded by the vault's
    // timeout, "Saving…" on screen) and closes once the profile is listed.
    void closingDuringASaveWaitsForTheKeyring()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        const QString appId = uniqueAppId();
        const QString token = uniqueToken("EAAclosing");
        const QString name = QStringLiteral("Facebook · ") + appId;
        m_names << name;
        MainWindow* window = start();
        exchange(window, m_server.get(), fbShort, token, appId, appSecret);
        QSignalSpy saved(parts(window).saveTokenWidget(), &SaveTokenWidget::saved);
        QTest::mouseClick(parts(window).saveTokenWidget()->saveButton(), Qt::LeftButton);
        QCOMPARE(m_vault->writesInFlight(), 1);

        QVERIFY(!window->close()); // refused for now
        QVERIFY(window->isVisible());
        QCOMPARE(parts(window).statusBanner()->kind(), StatusBanner::Kind::Busy);
        const QString status = window->findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.contains(QLatin1String("Saving to the keyring")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("at most 20 s")), qPrintable(status));

        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 25000);
        QCOMPARE(saved.count(), 1);
        ProfileStore store(settingsFile());
        QVERIFY(store.contains(name));
        QVERIFY(store.pendingNames().isEmpty());
        QVERIFY(store.unfinishedNames().isEmpty());
    }

    // An entry an earlier session's save may have left unlisted is offered for Forget.
    void unfinishedSaveIsOfferedForForget()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        const QString name = QStringLiteral("Facebook · ") + uniqueAppId();
        m_names << name;
        QVERIFY(ProfileStore(settingsFile()).addPending(name)); // as if the process ended mid-save
        start();
        SavedTokensView* view = parts().savedTokensView();
        QVERIFY(!view->unfinishedLabel()->isHidden());
        QVERIFY(view->unfinishedLabel()->text().contains(name));
        QPushButton* forget = view->forgetUnfinishedButton();
        QVERIFY(!forget->isHidden());
        QCOMPARE(forget->accessibleName(), forget->text());
        QSignalSpy forgotten(view, &SavedTokensView::profileForgotten);
        QTest::mouseClick(forget, Qt::LeftButton);
        QVERIFY(forgotten.count() == 1 || forgotten.wait(20000));
        QTRY_VERIFY(view->unfinishedLabel()->isHidden());
        QVERIFY(forget->isHidden());
        QVERIFY(ProfileStore(settingsFile()).pendingNames().isEmpty());
    }

    // "Forget unfinished saves" pressed while a new save runs: the new save is not touched.
    void forgetUnfinishedLeavesASaveInFlightAlone()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        const QString leftover = QStringLiteral("Facebook · ") + uniqueAppId();
        m_names << leftover;
        QVERIFY(ProfileStore(settingsFile()).addPending(leftover));
        const QString appId = uniqueAppId();
        const QString token = uniqueToken("EAAinflight");
        const QString name = QStringLiteral("Facebook · ") + appId;
        m_names << name;
        MainWindow* window = start();
        SavedTokensView* view = parts(window).savedTokensView();
        QVERIFY(!view->forgetUnfinishedButton()->isHidden());
        exchange(window, m_server.get(), fbShort, token, appId, appSecret);
        QSignalSpy saved(parts(window).saveTokenWidget(), &SaveTokenWidget::saved);
        QTest::mouseClick(parts(window).saveTokenWidget()->saveButton(), Qt::LeftButton);
        QCOMPARE(m_vault->writesInFlight(), 1); // its name is pending now, like the leftover's
        QSignalSpy forgotten(view, &SavedTokensView::profileForgotten);
        QTest::mouseClick(view->forgetUnfinishedButton(), Qt::LeftButton);
        QVERIFY(saved.count() == 1 || saved.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(m_vault->writesInFlight(), 0, 20000);
        QCOMPARE(forgotten.count(), 0);
        QVERIFY(ProfileStore(settingsFile()).contains(name));
        // The leftover is offered again once the save is done, and only it.
        QTRY_VERIFY(!view->unfinishedLabel()->isHidden());
        QVERIFY(view->unfinishedLabel()->text().contains(leftover));
        QVERIFY(!view->unfinishedLabel()->text().contains(name));
    }

    void refreshOfASavedThreadsTokenReplacesTheStoredOne()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        const QString appId = uniqueAppId();
        const QString token = uniqueToken("THsaved");
        const QString refreshed = uniqueToken("THrefreshed");
        const QString name = QStringLiteral("Threads · ") + appId;
        m_names << name;
        // Saved three days ago: 57 days left.
        saveInEarlierSession(QStringLiteral("THshortLivedThreadsToken0123"), token, appId, threadsSecret, false,
                             57 * 86400);

        MainWindow* window = start();
        open(window, name);
        QCOMPARE(parts(window).resultPanel()->result().platform, Platform::Threads);
        auto* refresh = window->findChild<QPushButton*>(QStringLiteral("refreshActionButton"));
        QVERIFY(refresh->isVisible());
        QVERIFY(refresh->isEnabled());

        m_server->clearRequests();
        m_server->enqueue(GraphTestServer::tokenResponse(refreshed, 5184000));
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(parts(window).statusBanner()->text().contains(QLatin1String("replaces")), 20000);
        QCOMPARE(parts(window).statusBanner()->kind(), StatusBanner::Kind::Success);
        QCOMPARE(m_server->lastRequest().path, QStringLiteral("/refresh_access_token"));
        QVERIFY(m_server->lastRequest().queryValue(QStringLiteral("access_token")) == token);

        // The keychain holds the new token under the same name; the list shows the new expiry.
        QVERIFY(secretToolLookup({QStringLiteral("server"), TokenVault::serviceName(), QStringLiteral("user"),
                                  TokenVault::tokenKey(name)})
                == refreshed);
        SavedTokensView* view = parts(window).savedTokensView();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->data(view->model()->index(0, SavedTokensModel::RemainingColumn)).toString(),
                 QStringLiteral("in 60 days"));
        QVERIFY(parts(window).resultPanel()->result().accessToken == refreshed);
        QCOMPARE(parts(window).currentProfile()->name, name);
    }

    void clearSecretsWhileASavedTokenOpensKeepsItClosed()
    {
        // Token › Clear secrets while the keyring is still reading a saved token: the token
        // must not appear afterwards (the user asked for a window without secrets).
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        const QString appId = uniqueAppId();
        const QString token = uniqueToken("EAAcleared");
        const QString name = QStringLiteral("Facebook · ") + appId;
        m_names << name;
        saveInEarlierSession(fbShort, token, appId, appSecret);

        MainWindow* window = start();
        SavedTokensView* view = parts(window).savedTokensView();
        QSignalSpy activated(view, &SavedTokensView::profileActivated);
        view->openProfile(name); // the keyring answers on a later turn of the event loop
        QVERIFY(view->isBusy());
        find<QAction>("clearSecretsAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), 20000);
        // The keyring's answer has arrived; an activation it caused would now sit in the queue.
        QCoreApplication::sendPostedEvents();
        QCOMPARE(activated.count(), 0);
        QVERIFY(!parts(window).resultPanel()->hasResult());
        QVERIFY(!view->statusLabel()->text().contains(QLatin1String("Opening")));

        // Nothing lost: opened again, it shows.
        view->openProfile(name);
        QVERIFY(activated.wait(20000));
        QVERIFY(parts(window).resultPanel()->hasResult());
        QVERIFY(parts(window).resultPanel()->result().accessToken == token);
    }

    void inspectUsesTheSecretSavedWithTheProfile()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        const QString appId = uniqueAppId();
        const QString token = uniqueToken("EAAinspect");
        const QString name = QStringLiteral("Facebook · ") + appId;
        m_names << name;
        saveInEarlierSession(fbShort, token, appId, appSecret, true);

        // Next week: the form is empty (the App ID is remembered, the secret never is).
        MainWindow* window = start();
        QVERIFY(parts(window).exchangeForm()->appSecretEdit()->text().isEmpty());
        open(window, name);
        m_server->clearRequests();
        m_server->enqueue(GraphTestServer::Response::json(
            200, "{\"data\":{\"app_id\":\"" + appId.toUtf8() + "\",\"type\":\"USER\",\"application\":\"Test\","
                     "\"expires_at\":1777500000,\"is_valid\":true,\"scopes\":[\"public_profile\"],\"user_id\":\"7\"}}"));
        QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("inspectActionButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(parts(window).tokenActions()->inspectDialog(), 20000);
        QVERIFY(m_server->lastRequest().queryValue(QStringLiteral("access_token")) == appId + QLatin1Char('|') + appSecret);
        QVERIFY(m_server->lastRequest().queryValue(QStringLiteral("input_token")) == token);
    }

    void pageTokenSavedFromThePagesView()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        const QString appId = uniqueAppId();
        const QString pageName = QStringLiteral("Bakery ") + appId;
        const QString pageToken = uniqueToken("EAApage");
        const QString name = PagesDialog::profileNameFor(Page{QStringLiteral("111"), pageName, {}, {}, pageToken});
        m_names << name;

        MainWindow* window = start();
        exchange(window, m_server.get(), fbShort, uniqueToken("EAAuser"), appId, appSecret);
        m_server->enqueue(GraphTestServer::Response::json(
            200, "{\"data\":[{\"access_token\":" + GraphTestServer::jsonString(pageToken) + ",\"name\":"
                     + GraphTestServer::jsonString(pageName) + ",\"id\":\"111\",\"tasks\":[\"MANAGE\"]}]}"));
        QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("pagesActionButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(parts(window).tokenActions()->pagesDialog(), 20000);
        PagesDialog* dialog = parts(window).tokenActions()->pagesDialog();
        QSignalSpy saved(dialog, &PagesDialog::pageSaved);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(saved.wait(20000), qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(saved.first().at(0).value<Profile>().name, name);
        QVERIFY(saved.first().at(0).value<Profile>().neverExpires); // from a long-lived user token

        SavedTokensView* view = parts(window).savedTokensView();
        const int row = view->model()->rowOf(name);
        QVERIFY(row >= 0);
        QCOMPARE(view->model()->data(view->model()->index(row, SavedTokensModel::RemainingColumn)).toString(),
                 QStringLiteral("never"));
        QVERIFY(secretToolLookup({QStringLiteral("server"), TokenVault::serviceName(), QStringLiteral("user"),
                                  TokenVault::tokenKey(name)})
                == pageToken);
    }

    // No keyring at all: the specific message, the token on screen and copyable, nothing written.
    void keychainFailureKeepsTheTokenOnScreen()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString token = uniqueToken("EAAnokeyring");
        QProcessEnvironment env = isolatedEnvironment(home.path(), QString());
        env.insert(QStringLiteral("LONGLIVED_PROBE_TOKEN"), token);
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString settings = home.filePath(QStringLiteral(".config/LongLivedTests/profiles.ini"));
        const QByteArray out =
            runSelf({QStringLiteral("--window-probe"), QStringLiteral("--settings"), settings}, env, 60000);
        const QJsonObject result = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        QVERIFY2(!result.isEmpty(), "the child printed nothing");
        QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("no_backend"));
        const QString status = result.value(QStringLiteral("saveStatus")).toString();
        QVERIFY2(status.startsWith(QLatin1String("No keyring service is running.")), qPrintable(status));
        QVERIFY(status.contains(QLatin1String("GNOME Keyring or KWallet")));
        const QString banner = result.value(QStringLiteral("banner")).toString();
        QVERIFY2(banner.contains(QLatin1String("No keyring service is running.")), qPrintable(banner));
        QVERIFY(banner.contains(QLatin1String("Copy still works")));
        QCOMPARE(result.value(QStringLiteral("bannerKind")).toString(), QStringLiteral("warning"));
        QVERIFY(result.value(QStringLiteral("tokenShown")).toBool());
        QVERIFY(result.value(QStringLiteral("masked")).toBool());
        QVERIFY(result.value(QStringLiteral("copied")).toBool());
        QVERIFY(result.value(QStringLiteral("saveEnabledAgain")).toBool());
        QCOMPARE(result.value(QStringLiteral("listed")).toInt(), 0);
        QCOMPARE(filesContaining(home.path(), token.toUtf8()), QStringList());
        QCOMPARE(filesContaining(home.path(), appSecret.toUtf8()), QStringList());
    }
};

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--window-probe") == 0)
            return runWindowProbe(argc, argv);
    }
    return GuiTest::run(argc, argv, [] { return static_cast<QObject*>(new TestWindowKeychain); });
}

#include "TestWindowKeychain.moc"
