// The window `longlived` under attack: sentinel secrets never show outside the
// fields that hold them (status label, any other text, logs with every category on, the
// settings file), secret fields are masked and marked sensitive for input methods, Clear and
// closing the window empty them for good, every fault leaves the user's input intact with the
// next exchange working, and a copied token leaves the clipboard when the application quits.
//
// Elsewhere: the clipboard's hints, timeout "only if unchanged" and "never"
// (TestSecureClipboard, TestMainWindow::clipboardIsClearedAfterTheTimeoutOnlyIfUnchanged,
// TestMainWindow::settingsChangeTheApiVersionAndTheClipboardTimeout), the settings file
// holding no secret after a success (TestMainWindow::remembersTheAppIdButNeverSecretsOrTokens).

#include "ExchangeForm.h"
#include "GraphTestServer.h"
#include "LogCapture.h"
#include "GuiTestMain.h"
#include "MainWindow.h"
#include "WindowParts.h"
#include "PagesDialog.h"
#include "vault/Profile.h"
#include "vault/ProfileStore.h"
#include "ResultPanel.h"
#include "SaveTokenWidget.h"
#include "SecretLineEdit.h"
#include "SecureClipboard.h"
#include "SentinelScan.h"
#include "graph/ServiceConfig.h"
#include "StatusBanner.h"
#include "TokenActions.h"
#include "graph/TokenService.h"
#include "vault/TokenVault.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <memory>

using Response = GraphTestServer::Response;

namespace {

const QString appId = QStringLiteral("1234567890123456");
const QString appSecret = QStringLiteral("SeNtInElGuIsEcReT+/=0123456789abcdef");
const QString shortToken = QStringLiteral("EAASeNtInElGuIsHoRt0123456789abcdefXYZ");
const QString threadsShort = QStringLiteral("THSeNtInElGuIsHoRt0123456789abcdefXYZ");
const QString longToken = QStringLiteral("EAASeNtInElGuIlOnG0123456789abcdefXYZ");
const QStringList inputSecrets{appSecret, shortToken, threadsShort};

constexpr int deadlineMs = 1000;

// What Meta or a gateway might repeat: everything sensitive the request carried.
QString echoOf(const GraphTestServer::Request& request)
{
    QStringList said;
    for (const auto& [key, value] : request.query) {
        if (key != QLatin1String("grant_type") && key != QLatin1String("client_id"))
            said << key + QLatin1Char('=') + value << QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return said.join(QLatin1Char(' '));
}

using Responder = std::function<Response(const GraphTestServer::Request&)>;

} // namespace

class TestGuiHardening : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    T* find(const char* name) const
    {
        return m_window->findChild<T*>(QLatin1String(name));
    }
    /// The window's parts, found by their object names.
    WindowParts parts() const { return WindowParts(m_window.get()); }
    QLineEdit* appIdEdit() const { return parts().exchangeForm()->appIdEdit(); }
    QLineEdit* appSecretEdit() const { return parts().exchangeForm()->appSecretEdit(); }
    QLineEdit* tokenEdit() const { return parts().exchangeForm()->tokenEdit(); }
    QLineEdit* resultTokenEdit() const { return parts().resultPanel()->tokenEdit(); }
    QPushButton* exchangeButton() const { return find<QPushButton>("exchangeButton"); }
    QLabel* statusLabel() const { return find<QLabel>("statusLabel"); }
    /// Token › Clear secrets, found the way a user finds it: in the Token menu.
    QAction* clearSecretsAction() const
    {
        const auto actions = parts().tokenMenu()->actions();
        for (QAction* action : actions) {
            if (action->objectName() == QLatin1String("clearSecretsAction"))
                return action;
        }
        return nullptr;
    }

    void createWindow()
    {
        m_window.reset();
        m_service = std::make_unique<TokenService>(&m_network, m_config);
        m_window = std::make_unique<MainWindow>(m_service.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void fill(const QString& token = shortToken)
    {
        appIdEdit()->setText(appId);
        appSecretEdit()->setText(appSecret);
        tokenEdit()->setText(token);
    }

    void exchangeAndWait()
    {
        QVERIFY(exchangeButton()->isEnabled());
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!parts().isExchanging(), deadlineMs + 10000);
    }

    /// Every text the window shows or exposes, except the contents of the line edits.
    QStringList visibleTexts() const
    {
        QStringList texts{m_window->windowTitle()};
        const auto widgets = m_window->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            texts << w->toolTip() << w->statusTip() << w->whatsThis() << w->accessibleName() << w->accessibleDescription();
            if (auto* label = qobject_cast<QLabel*>(w))
                texts << label->text();
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                texts << button->text();
            if (auto* edit = qobject_cast<QLineEdit*>(w))
                texts << edit->placeholderText();
        }
        const auto actions = m_window->findChildren<QAction*>();
        for (QAction* a : actions)
            texts << a->text() << a->toolTip() << a->statusTip();
        return texts;
    }

    void serve(const QList<Responder>& responses)
    {
        m_server->setHandler([responses](const GraphTestServer::Request& request) {
            return responses.at(qMin<qsizetype>(request.serial, responses.size()) - 1)(request);
        });
    }

    std::unique_ptr<GraphTestServer> m_server;
    QNetworkAccessManager m_network;
    ServiceConfig m_config;
    std::unique_ptr<TokenService> m_service;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
    }

    void init()
    {
        LogCapture::start();
        QSettings().clear();
        QGuiApplication::clipboard()->clear();
        m_server = std::make_unique<GraphTestServer>();
        QVERIFY(m_server->start());
        m_config = ServiceConfig();
        m_config.facebookBaseUrl = m_config.threadsBaseUrl = m_config.instagramBaseUrl = m_server->baseUrl();
        m_config.deadlineMs = deadlineMs;
        createWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_service.reset();
        m_server.reset();
        LogCapture::stop();
        const QString hit = SentinelScan::findIn(LogCapture::lines().join(QLatin1Char('\n')).toUtf8(),
                                                 inputSecrets + QStringList {longToken});
        QVERIFY2(hit.isEmpty(), qPrintable(QStringLiteral("a log line leaks: ") + hit));
    }

    // -----------------------------------------------------------------------------------------

    void secretsShowOnlyInTheirFields_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QList<Responder>>("responses");
        QTest::addColumn<bool>("succeeds");
        const auto fixed = [](const Response& r) { return Responder([r](const GraphTestServer::Request&) { return r; }); };
        const Responder nested([](const GraphTestServer::Request& request) {
            const QString said = QStringLiteral("Malformed access token ") + echoOf(request);
            return GraphTestServer::nestedError(400, 190, 0, said, QStringLiteral("OAuthException"),
                                                QStringLiteral("TrAcE"), said, said);
        });
        const Responder flat([](const GraphTestServer::Request& request) {
            return GraphTestServer::flatError(400, 1349026, QStringLiteral("No application data: ") + echoOf(request));
        });
        const Responder html([](const GraphTestServer::Request& request) {
            return GraphTestServer::html(502, "<html>bad gateway for " + request.rawTarget + "</html>");
        });
        QTest::addRow("success") << shortToken << QList<Responder>{fixed(GraphTestServer::tokenResponse(longToken))}
                                 << true;
        QTest::addRow("success, expiry lookup echoes")
            << shortToken << QList<Responder>{fixed(GraphTestServer::tokenResponse(longToken, -1)), nested} << true;
        QTest::addRow("graph error echoes") << shortToken << QList<Responder>{nested} << false;
        QTest::addRow("threads flat error echoes") << threadsShort << QList<Responder>{flat} << false;
        QTest::addRow("proxy page echoes the URL") << shortToken << QList<Responder>{html} << false;
        QTest::addRow("timeout") << shortToken << QList<Responder>{fixed(Response::neverAnswer())} << false;
    }

    void secretsShowOnlyInTheirFields()
    {
        QFETCH(QString, token);
        QFETCH(QList<Responder>, responses);
        QFETCH(bool, succeeds);
        serve(responses);
        fill(token);
        exchangeAndWait();
        QCOMPARE(parts().statusBanner()->kind(), succeeds ? StatusBanner::Kind::Success : StatusBanner::Kind::Error);
        QVERIFY(!statusLabel()->text().isEmpty());

        // No secret — not even the new token — in any text the window shows.
        const QString shown = visibleTexts().join(QLatin1Char('\n'));
        QString hit = SentinelScan::findIn(shown.toUtf8(), inputSecrets + QStringList{longToken});
        QVERIFY2(hit.isEmpty(), qPrintable(QStringLiteral("the window shows ") + hit));
        // Secrets sit only in masked, sensitive fields: the user's own input, and the result.
        const auto edits = m_window->findChildren<QLineEdit*>();
        for (QLineEdit* edit : edits) {
            hit = SentinelScan::findIn(edit->text().toUtf8(), inputSecrets + QStringList{longToken});
            if (hit.isEmpty())
                continue;
            QVERIFY2(qobject_cast<SecretLineEdit*>(edit), qPrintable(edit->objectName() + QStringLiteral(" shows ") + hit));
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            QVERIFY(edit->inputMethodHints() & Qt::ImhSensitiveData);
            QVERIFY2(edit == appSecretEdit() || edit == tokenEdit() || edit == resultTokenEdit(),
                     qPrintable(edit->objectName()));
        }
        // The user's input is still there (TestFaultMatrix's point, here for the echo cases).
        QCOMPARE(appSecretEdit()->text(), appSecret);
        QCOMPARE(tokenEdit()->text(), token);
        if (succeeds) {
            QCOMPARE(resultTokenEdit()->text(), longToken);
            // Copy: the resulting token, marked secret; never the App Secret or the token sent.
            parts().resultPanel()->copyAction()->trigger();
            const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
            QVERIFY(mime);
            QCOMPARE(mime->text(), longToken);
            QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
            for (const QString& format : mime->formats())
                QVERIFY2(SentinelScan::findIn(mime->data(format), inputSecrets).isEmpty(), qPrintable(format));
        }

        // Nothing reached the settings (or any file the application keeps), even after closing.
        m_window->close();
        QSettings().sync();
        QStringList places{QFileInfo(QSettings().fileName()).absolutePath()};
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                              QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation})
            places << QStandardPaths::writableLocation(location);
        for (const QString& place : std::as_const(places)) {
            const QStringList files = SentinelScan::scanDirectory(place, inputSecrets + QStringList{longToken});
            QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char('\n'))));
        }
        QVERIFY(QFile::exists(QSettings().fileName())); // the scan looked where something was written
    }

    // -----------------------------------------------------------------------------------------

    void faultsKeepTheFormAndTheNextExchangeWorks_data()
    {
        QTest::addColumn<Response>("fault");
        QTest::addColumn<bool>("asDefault");
        QTest::addColumn<QString>("shows");
        const Response token = GraphTestServer::tokenResponse(QStringLiteral("EAA") + QString(100, QLatin1Char('t')));
        QTest::addRow("stall") << Response::neverAnswer() << true << QStringLiteral("in time");
        QTest::addRow("drip-fed") << token.dripFeed(40) << false << QStringLiteral("in time");
        QTest::addRow("reset mid-body") << token.resetMidBody(20) << true << QStringLiteral("cut off");
        QTest::addRow("closed") << Response::closeWithoutAnswer() << true << QStringLiteral("cut off");
        for (int status : {500, 502, 503})
            QTest::addRow("%d HTML", status) << GraphTestServer::html(status) << false << QStringLiteral("HTTP %1").arg(status);
        QTest::addRow("429 Retry-After")
            << GraphTestServer::nestedError(429, 4, 0, QStringLiteral("(#4) limit")).withHeader("Retry-After", "42") << false
            << QStringLiteral("42 seconds");
        QTest::addRow("throttled 613") << GraphTestServer::nestedError(400, 613, 0, QStringLiteral("(#613) limit")) << false
                                       << QStringLiteral("rate limit");
        QTest::addRow("malformed JSON") << Response::json(200, "{\"access_token\":") << false << QStringLiteral("JSON");
        QTest::addRow("empty body") << Response::json(200, QByteArray()) << false << QStringLiteral("JSON");
        QTest::addRow("wrong content type") << Response::json(200, "GIF89a").withContentType("image/gif") << false
                                            << QStringLiteral("image/gif");
    }

    void faultsKeepTheFormAndTheNextExchangeWorks()
    {
        QFETCH(Response, fault);
        QFETCH(bool, asDefault);
        QFETCH(QString, shows);
        if (asDefault)
            m_server->setDefaultResponse(fault);
        else
            m_server->enqueue(fault);
        fill();
        exchangeAndWait();
        QCOMPARE(parts().statusBanner()->kind(), StatusBanner::Kind::Error);
        QVERIFY2(statusLabel()->text().contains(shows, Qt::CaseInsensitive), qPrintable(statusLabel()->text()));
        // Everything typed is still there, editable, and Exchange works again.
        QCOMPARE(appIdEdit()->text(), appId);
        QCOMPARE(appSecretEdit()->text(), appSecret);
        QCOMPARE(tokenEdit()->text(), shortToken);
        QVERIFY(!appSecretEdit()->isReadOnly() && !tokenEdit()->isReadOnly());
        QVERIFY(exchangeButton()->isEnabled());

        m_server->setDefaultResponse(GraphTestServer::nestedError(500, -1, 0, QStringLiteral("unexpected")));
        m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAafterTheFault")));
        exchangeAndWait();
        QCOMPARE(parts().statusBanner()->kind(), StatusBanner::Kind::Success);
        QCOMPARE(resultTokenEdit()->text(), QStringLiteral("EAAafterTheFault"));
    }

    void connectionRefusedKeepsTheForm()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        QUrl dead = m_server->baseUrl();
        dead.setPort(probe.serverPort());
        probe.close();
        m_config.facebookBaseUrl = dead;
        createWindow();
        fill();
        exchangeAndWait();
        QCOMPARE(parts().statusBanner()->kind(), StatusBanner::Kind::Error);
        QVERIFY2(statusLabel()->text().contains(QLatin1String("refused")), qPrintable(statusLabel()->text()));
        QCOMPARE(appSecretEdit()->text(), appSecret);
        QCOMPARE(tokenEdit()->text(), shortToken);
        QVERIFY(exchangeButton()->isEnabled());
    }

    // -----------------------------------------------------------------------------------------

    void secretFieldsAreMaskedAndSensitive()
    {
        const auto secrets = m_window->findChildren<SecretLineEdit*>();
        QVERIFY(secrets.contains(static_cast<SecretLineEdit*>(appSecretEdit())));
        QVERIFY(secrets.contains(static_cast<SecretLineEdit*>(tokenEdit())));
        QVERIFY(secrets.contains(static_cast<SecretLineEdit*>(resultTokenEdit())));
        for (SecretLineEdit* edit : secrets) {
            const QByteArray name = edit->objectName().toUtf8();
            QVERIFY2(edit->echoMode() == QLineEdit::Password, name.constData());
            for (bool revealed : {false, true}) {
                edit->setRevealed(revealed);
                const auto hints = Qt::InputMethodHints(edit->inputMethodQuery(Qt::ImHints).toInt());
                QVERIFY2(hints & Qt::ImhSensitiveData, name.constData());
                QVERIFY2(hints & Qt::ImhNoPredictiveText, name.constData());
                QVERIFY2(bool(hints & Qt::ImhHiddenText) == !revealed, name.constData());
            }
            edit->setRevealed(false);
            QVERIFY2(!edit->dragEnabled(), name.constData());
        }
    }

    void clearEmptiesTheSecretsForGood()
    {
        fill();
        auto* secret = static_cast<SecretLineEdit*>(appSecretEdit());
        secret->setRevealed(true);
        QTest::keyClicks(secret, QStringLiteral("more")); // typed while visible: undo would bring it back
        QVERIFY(secret->isUndoAvailable());
        parts().exchangeForm()->clearSecrets();
        for (QLineEdit* edit : {appSecretEdit(), tokenEdit()}) {
            QVERIFY(edit->text().isEmpty());
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            edit->undo();
            QVERIFY2(edit->text().isEmpty(), qPrintable(edit->objectName()));
            QVERIFY(!edit->isUndoAvailable());
        }
        QCOMPARE(appIdEdit()->text(), appId); // public, stays
        QVERIFY(!find<QLabel>("appSecretProblemLabel")->isVisible()); // not an input mistake
        QVERIFY(!exchangeButton()->isEnabled());
    }

    void closingTheWindowClearsSecrets()
    {
        m_server->enqueue(GraphTestServer::tokenResponse(longToken));
        fill();
        exchangeAndWait();
        QCOMPARE(resultTokenEdit()->text(), longToken);
        m_window->close();
        QVERIFY(appSecretEdit()->text().isEmpty());
        QVERIFY(tokenEdit()->text().isEmpty());
        QVERIFY(resultTokenEdit()->text().isEmpty());
        QVERIFY(!parts().resultPanel()->hasResult());
        QCOMPARE(appIdEdit()->text(), appId);
    }

    void clearSecretsEmptiesTheWindowAndTheClipboard_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<bool>("userCopiedSince");
        QTest::addRow("Token menu") << QStringLiteral("menu") << false;
        QTest::addRow("Ctrl+Shift+Del in the App Secret field") << QStringLiteral("shortcut") << false;
        QTest::addRow("the user copied something else since") << QStringLiteral("menu") << true;
    }

    void clearSecretsEmptiesTheWindowAndTheClipboard()
    {
        QFETCH(QString, how);
        QFETCH(bool, userCopiedSince);
        // A saved token's description (its token would be in the keyring): Clear leaves it be.
        Profile saved;
        saved.name = QStringLiteral("Kept");
        saved.appId = appId;
        saved.savedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(ProfileStore().put(saved)); // the settings the window keeps its profiles in

        m_server->enqueue(GraphTestServer::tokenResponse(longToken));
        fill();
        exchangeAndWait();
        QCOMPARE(resultTokenEdit()->text(), longToken);
        QVERIFY(parts().saveTokenWidget()->hasToken());
        parts().resultPanel()->copyAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), longToken);
        const QString usersOwn = QStringLiteral("the user's own text");
        if (userCopiedSince)
            QGuiApplication::clipboard()->setText(usersOwn);
        static_cast<SecretLineEdit*>(resultTokenEdit())->setRevealed(true); // shown in clear: goes all the same

        QAction* clear = clearSecretsAction();
        QVERIFY(clear);
        QVERIFY(clear->isEnabled());
        QCOMPARE(clear->text().remove(QLatin1Char('&')), QStringLiteral("Clear secrets"));
        QCOMPARE(clear->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
        QVERIFY(clear->toolTip().contains(QLatin1String("App Secret")));
        QVERIFY(parts().tokenMenu()->actions().endsWith(clear)); // last, after the token actions
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        if (how == QLatin1String("menu")) {
            // As a user does it: Token in the menu bar, then the item.
            QMenuBar* bar = m_window->menuBar();
            QMenu* menu = parts().tokenMenu();
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
            QTRY_VERIFY(menu->isVisible());
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(clear).center());
            QTRY_VERIFY(!menu->isVisible());
        } else {
            // From inside a secret field: the line edit must not swallow the shortcut.
            appSecretEdit()->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), appSecretEdit());
            QTest::keyClick(appSecretEdit(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        }

        QVERIFY(appSecretEdit()->text().isEmpty());
        QVERIFY(tokenEdit()->text().isEmpty());
        QCOMPARE(appIdEdit()->text(), appId); // public, stays
        QVERIFY(!parts().resultPanel()->hasResult());
        QVERIFY(!parts().saveTokenWidget()->hasToken()); // nor the App Secret it held for saving
        // Nowhere in the window: not in any field (nor behind its undo), not in any text it shows.
        // Read-only (the result) and masked fields refuse to undo, which would hide a token kept
        // in their undo history: unlock and unmask them to look.
        QStringList texts = visibleTexts();
        const auto edits = m_window->findChildren<QLineEdit*>();
        for (QLineEdit* edit : edits) {
            edit->setReadOnly(false);
            edit->setEchoMode(QLineEdit::Normal);
            texts << edit->text();
            while (edit->isUndoAvailable()) {
                edit->undo();
                texts << edit->text();
            }
        }
        const QString hit =
            SentinelScan::findIn(texts.join(QLatin1Char('\n')).toUtf8(), inputSecrets + QStringList{longToken});
        QVERIFY2(hit.isEmpty(), qPrintable(QStringLiteral("still in the window: ") + hit));
        // The clipboard: LongLived's copy is gone; what the user copied since is theirs and stays.
        if (userCopiedSince) {
            QCOMPARE(QGuiApplication::clipboard()->text(), usersOwn);
        } else {
            QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
            QCOMPARE(find<QLabel>("clipboardStatusLabel")->text(), QStringLiteral("Clipboard cleared."));
        }
        if (const QMimeData* mime = QGuiApplication::clipboard()->mimeData()) {
            for (const QString& format : mime->formats())
                QVERIFY2(SentinelScan::findIn(mime->data(format), {longToken}).isEmpty(), qPrintable(format));
        }
        QCOMPARE(parts().statusBanner()->kind(), StatusBanner::Kind::Info);
        QCOMPARE(statusLabel()->text(), QStringLiteral("Secrets cleared. Saved tokens stay in the keyring."));
        QVERIFY(ProfileStore().contains(saved.name));
        QVERIFY(!find<QPushButton>("copyButton")->isEnabled());
    }

    void clearSecretsDuringAnExchangeCancelsIt()
    {
        QStringList received;
        connect(m_window.get(), &MainWindow::tokenReceived, this,
                [&received](const TokenResult& result) { received << result.accessToken; });
        const QString afterTheClear = QStringLiteral("EAAafterTheClear");
        // Each answer waits: the first 300 ms after its request, the second 600 ms after its own,
        // later one. Once the second token shows, the first would have arrived had anything
        // still listened for it.
        m_server->enqueue(GraphTestServer::tokenResponse(longToken).delayed(300));
        m_server->enqueue(GraphTestServer::tokenResponse(afterTheClear).delayed(600));
        fill();
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QVERIFY(parts().isExchanging());
        QTRY_COMPARE(m_server->requestCount(), 1); // in flight: the request has reached the server

        clearSecretsAction()->trigger();
        QVERIFY(!parts().isExchanging());
        // The form is back, empty of secrets, and says why (not "Canceled.").
        QVERIFY(!appSecretEdit()->isReadOnly() && !tokenEdit()->isReadOnly());
        QVERIFY(!find<QPushButton>("cancelButton")->isVisible());
        QVERIFY(appSecretEdit()->text().isEmpty());
        QVERIFY(tokenEdit()->text().isEmpty());
        QCOMPARE(appIdEdit()->text(), appId);
        QVERIFY(!exchangeButton()->isEnabled()); // nothing to send now
        QCOMPARE(parts().statusBanner()->kind(), StatusBanner::Kind::Info);
        QCOMPARE(statusLabel()->text(), QStringLiteral("Secrets cleared. Saved tokens stay in the keyring."));

        fill();
        exchangeAndWait();
        QCOMPARE(resultTokenEdit()->text(), afterTheClear);
        QCOMPARE(received, QStringList{afterTheClear}); // the first exchange's token never came
        QCOMPARE(m_server->requestCount(), 2);
    }

    void clearSecretsClosesThePagesWindow()
    {
        const QString pageToken = QStringLiteral("EAAPaGeSeNtInEl0123456789abcdefXYZ");
        m_server->enqueue(GraphTestServer::tokenResponse(longToken));
        fill();
        exchangeAndWait();
        m_server->enqueue(Response::json(200, "{\"data\":[{\"access_token\":" + GraphTestServer::jsonString(pageToken)
                                                  + ",\"name\":\"Bakery\",\"id\":\"111\",\"tasks\":[\"MANAGE\"]}]}"));
        parts().tokenActions()->pagesAction()->trigger();
        QTRY_VERIFY(parts().tokenActions()->pagesDialog());
        QPointer<PagesDialog> pages = parts().tokenActions()->pagesDialog();
        pages->selectPage(0);
        QTest::mouseClick(pages->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), pageToken);

        clearSecretsAction()->trigger();
        QVERIFY(!pages || !pages->isVisible()); // its Page tokens are secrets too
        QTRY_VERIFY(!pages); // and it is gone, with them
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!parts().resultPanel()->hasResult());
    }

    // Last: runs (and ends) the application's event loop.
    void quittingClearsTheCopiedToken()
    {
        m_server->enqueue(GraphTestServer::tokenResponse(longToken));
        fill();
        exchangeAndWait();
        parts().resultPanel()->copyAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), longToken);
        // The way the application ends: File › Quit inside the running event loop;
        // QCoreApplication::exec() emits aboutToQuit() on its way out.
        QTimer::singleShot(0, m_window.get(), [this] {
            m_window->findChild<QAction*>(QStringLiteral("quitAction"))->trigger();
            QCoreApplication::quit();
        });
        QCoreApplication::exec();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

LONGLIVED_GUI_TEST_MAIN(TestGuiHardening)
#include "TestGuiHardening.moc"
