// The token actions in the window, as users drive them: the platform chosen from the token's prefix (and
// the user's choice standing), the warning and the question before a token goes to another
// platform's endpoint, the form adapting to Threads and Instagram, and the token actions —
// Refresh, Inspect, Pages, Verify, Cancel — with real HTTP to a loopback GraphTestServer
// speaking Meta's formats and a pinned clock. Widgets are found by objectName.
//
// Set LONGLIVED_SCREENSHOT_DIR to save PNGs of the Inspect and Pages views.
#include "graph/AppSecretProof.h"
#include "ExchangeForm.h"
#include "GraphTestServer.h"
#include "GuiTestMain.h"
#include "WindowFixture.h"
#include "LifetimeBar.h"
#include "MainWindow.h"
#include "PagesDialog.h"
#include "graph/Platform.h"
#include "support/Redactor.h"
#include "ResultPanel.h"
#include "SaveTokenWidget.h"
#include "SecretLineEdit.h"
#include "SecureClipboard.h"
#include "graph/ServiceConfig.h"
#include "StatusBanner.h"
#include "TokenActions.h"
#include "TokenInfoDialog.h"
#include "graph/TokenService.h"

#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>

#include <memory>

namespace {
const QString appId = QStringLiteral("1234567890123456");
const QString appSecret = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString threadsAppId = QStringLiteral("9876543210987654");
const QString threadsSecret = QStringLiteral("fedcba9876543210fedcba9876543210");
const QString fbShort = QStringLiteral("EAAshortLivedUserToken0123456789");
const QString fbLong = QStringLiteral("EAAlongLivedUserTokenZYXWVUTSRQ9876543210");
const QString thShort = QStringLiteral("THshortLivedThreadsToken0123456789");
const QString thLong = QStringLiteral("THlongLivedThreadsTokenZYXWVUTSRQ987654");
const QString thRefreshed = QStringLiteral("THrefreshedThreadsTokenABCDEFGH0123456");
const QString igShort = QStringLiteral("IGshortLivedInstagramToken0123456789");


/// debug_token's answer as Meta writes it.
QByteArray debugTokenBody(qint64 expiresAt, bool valid = true)
{
    QByteArray body = QByteArrayLiteral("{\"data\":{\"app_id\":\"1234567890123456\",\"type\":\"USER\","
                                        "\"application\":\"LongLived\\/Test\",\"data_access_expires_at\":1780000000,"
                                        "\"expires_at\":")
        + QByteArray::number(expiresAt) + QByteArrayLiteral(",\"is_valid\":") + (valid ? "true" : "false")
        + QByteArrayLiteral(",\"issued_at\":1772366400,\"scopes\":[\"pages_show_list\",\"public_profile\"],"
                            "\"granular_scopes\":[{\"scope\":\"pages_show_list\",\"target_ids\":[\"111\",\"222\"]}],"
                            "\"user_id\":\"10001\"");
    if (!valid)
        body += QByteArrayLiteral(",\"error\":{\"code\":190,\"message\":\"Error validating access token: Session has "
                                  "expired.\",\"subcode\":463}");
    return body + "}}";
}

QByteArray pageJson(const QString& id, const QString& name, const QString& token)
{
    return "{\"access_token\":" + GraphTestServer::jsonString(token) + ",\"category\":\"Local business\",\"name\":"
        + GraphTestServer::jsonString(name) + ",\"id\":" + GraphTestServer::jsonString(id)
        + ",\"tasks\":[\"ANALYZE\",\"CREATE_CONTENT\",\"MANAGE\"]}";
}

QByteArray accountsBody(const QList<QByteArray>& pages, const QString& next = {})
{
    QByteArray body = "{\"data\":[";
    for (qsizetype i = 0; i < pages.size(); ++i)
        body += (i ? "," : "") + pages.at(i);
    body += "],\"paging\":{\"cursors\":{\"before\":\"QVFIUmJlZAm9yZA\",\"after\":\"QVFIUmFmdGVy\"}";
    if (!next.isEmpty())
        body += ",\"next\":" + GraphTestServer::jsonString(next);
    return body + "}}";
}
} // namespace

class TestTokenActions : public QObject, private WindowFixture
{
    Q_OBJECT

private:
    ExchangeForm* form() const { return parts().exchangeForm(); }
    QComboBox* platformCombo() const { return find<QComboBox>("platformCombo"); }
    QLineEdit* appIdEdit() const { return find<QLineEdit>("appIdEdit"); }
    SecretLineEdit* appSecretEdit() const { return find<SecretLineEdit>("appSecretEdit"); }
    SecretLineEdit* tokenEdit() const { return find<SecretLineEdit>("tokenEdit"); }
    QLabel* tokenWarningLabel() const { return find<QLabel>("tokenWarningLabel"); }
    QLabel* platformNoteLabel() const { return find<QLabel>("platformNoteLabel"); }
    QPushButton* exchangeButton() const { return find<QPushButton>("exchangeButton"); }
    QPushButton* button(const char* name) const { return find<QPushButton>(name); }
    SecretLineEdit* resultTokenEdit() const { return find<SecretLineEdit>("resultTokenEdit"); }
    QLineEdit* expiresEdit() const { return find<QLineEdit>("expiresEdit"); }
    StatusBanner* banner() const { return parts().statusBanner(); }

    /// Picks \a platform in the combo box with the keyboard, as a user would.
    void choosePlatform(Platform platform)
    {
        QComboBox* combo = platformCombo();
        combo->setFocus(Qt::OtherFocusReason);
        // The combo box reports a choice only when the selection moves: start from the far end.
        QTest::keyClick(combo, Qt::Key_End);
        QTest::keyClick(combo, Qt::Key_Home);
        const int index = combo->findData(QVariant::fromValue(platform));
        for (int i = 0; i < index; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(form()->platform(), platform);
    }

    /// Exchanges \a token (the platform follows its prefix) and waits for the result.
    void exchange(const QString& token, const GraphTestServer::Response& answer, const QString& id = QString(),
                  const QString& secret = QString())
    {
        tokenEdit()->setText(token);
        if (ExchangeForm::offersAppId(form()->platform()))
            appIdEdit()->setText(id.isEmpty() && form()->platform() == Platform::Facebook ? appId : id);
        appSecretEdit()->setText(!secret.isEmpty() ? secret
                                     : form()->platform() == Platform::Facebook ? appSecret : threadsSecret);
        m_server->enqueue(answer);
        QVERIFY(exchangeButton()->isEnabled());
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QTRY_VERIFY(!parts().isExchanging());
        QTRY_VERIFY(parts().resultPanel()->hasResult());
    }

    void snapshot(QWidget* widget, const QString& name)
    {
        QVERIFY(GuiTest::saveSnapshot(widget, name));
    }


private slots:
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void platformFollowsTheTokenPrefix()
    {
        QCOMPARE(form()->platform(), Platform::Facebook);
        QCOMPARE(platformCombo()->currentText(), QStringLiteral("Facebook"));
        QVERIFY(appIdEdit()->isVisible());
        QVERIFY(!platformNoteLabel()->isVisible());

        tokenEdit()->setText(thShort);
        QCOMPARE(form()->platform(), Platform::Threads);
        QCOMPARE(platformCombo()->currentText(), QStringLiteral("Threads"));
        QVERIFY(!form()->isPlatformChosenByUser());
        // Threads: only its own secret is needed; the App ID stays, optional, for Inspect.
        QVERIFY(platformNoteLabel()->isVisible());
        QVERIFY2(platformNoteLabel()->text().contains(QLatin1String("Threads and Instagram need only their own App Secret")),
                 qPrintable(platformNoteLabel()->text()));
        QVERIFY(appIdEdit()->isVisible());
        QVERIFY(!tokenWarningLabel()->isVisible());
        appSecretEdit()->setText(threadsSecret);
        QVERIFY(exchangeButton()->isEnabled()); // no App ID needed
        snapshot(m_window.get(), QStringLiteral("20-platform-threads"));

        tokenEdit()->setText(igShort);
        QCOMPARE(form()->platform(), Platform::Instagram);
        QVERIFY(!appIdEdit()->isVisible());
        QVERIFY(!find<QLabel>("appIdLabel")->isVisible());
        QVERIFY(platformNoteLabel()->text().contains(QLatin1String("Threads and Instagram need only their own App Secret")));
        QVERIFY(exchangeButton()->isEnabled());

        tokenEdit()->setText(fbShort);
        QCOMPARE(form()->platform(), Platform::Facebook);
        QVERIFY(appIdEdit()->isVisible());
        QVERIFY(!exchangeButton()->isEnabled()); // Facebook needs the App ID
        appIdEdit()->setText(appId);
        QVERIFY(exchangeButton()->isEnabled());

        // An unknown prefix leaves the platform as it is.
        tokenEdit()->setText(QStringLiteral("XYZunknownPrefixToken"));
        QCOMPARE(form()->platform(), Platform::Facebook);
        QVERIFY(!tokenWarningLabel()->isVisible());
        snapshot(m_window.get(), QStringLiteral("20-platform-facebook-unknown-prefix"));
    }

    void userChoiceStandsUntilTheTokenIsCleared()
    {
        choosePlatform(Platform::Instagram);
        QVERIFY(form()->isPlatformChosenByUser());
        tokenEdit()->setText(thShort);
        // Not overridden, but warned about.
        QCOMPARE(form()->platform(), Platform::Instagram);
        QVERIFY(tokenWarningLabel()->isVisible());
        QCOMPARE(tokenWarningLabel()->text(), Platforms::mismatchWarning(Platform::Instagram, thShort));
        QVERIFY(tokenWarningLabel()->text().contains(QLatin1String("Threads")));
        QVERIFY(tokenEdit()->accessibleDescription().contains(tokenWarningLabel()->text()));

        // The user agrees with the token: the warning goes.
        choosePlatform(Platform::Threads);
        QVERIFY(!tokenWarningLabel()->isVisible());
        tokenEdit()->setText(igShort);
        QCOMPARE(form()->platform(), Platform::Threads); // still the user's choice
        QVERIFY(tokenWarningLabel()->isVisible());

        // Cleared: detection takes over again.
        tokenEdit()->clear();
        QVERIFY(!form()->isPlatformChosenByUser());
        QVERIFY(!tokenWarningLabel()->isVisible());
        tokenEdit()->setText(igShort);
        QCOMPARE(form()->platform(), Platform::Instagram);
        QVERIFY(!tokenWarningLabel()->isVisible());
    }

    void eachPlatformKeepsItsOwnAppId()
    {
        appIdEdit()->setText(appId);
        tokenEdit()->setText(thShort);
        QCOMPARE(form()->platform(), Platform::Threads);
        QVERIFY(appIdEdit()->text().isEmpty()); // never the Facebook app's ID for Threads
        appIdEdit()->setText(threadsAppId);
        tokenEdit()->setText(fbShort);
        QCOMPARE(appIdEdit()->text(), appId);
        tokenEdit()->setText(thShort);
        QCOMPARE(appIdEdit()->text(), threadsAppId);

        // Remembered per platform after an exchange, for the next start.
        appSecretEdit()->setText(threadsSecret);
        m_server->enqueue(GraphTestServer::tokenResponse(thLong, 5184000));
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QTRY_VERIFY(parts().resultPanel()->hasResult());
        createWindow();
        QCOMPARE(appIdEdit()->text(), QString()); // the Facebook one was never used in an exchange
        tokenEdit()->setText(thShort);
        QCOMPARE(appIdEdit()->text(), threadsAppId);
    }

    void mismatchIsConfirmedBeforeAnythingIsSent()
    {
        choosePlatform(Platform::Facebook);
        appIdEdit()->setText(appId);
        appSecretEdit()->setText(appSecret);
        tokenEdit()->setText(thShort);
        QVERIFY(tokenWarningLabel()->isVisible());
        QVERIFY(exchangeButton()->isEnabled());

        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QMessageBox* box = parts().platformMismatchBox();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->text(), Platforms::mismatchWarning(Platform::Facebook, thShort));
        snapshot(box, QStringLiteral("21-platform-mismatch"));
        // Nothing left the machine while the question is open (the event loop ran meanwhile).
        QCOMPARE(m_server->connectionCount(), 0);
        QVERIFY(!parts().isExchanging());
        // Exchange again (Ctrl+Return) does not send either.
        m_window->exchange();
        QCOMPARE(m_server->connectionCount(), 0);

        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!parts().platformMismatchBox());
        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(form()->platform(), Platform::Facebook);

        // The user insists: it goes to Facebook, as asked.
        m_server->enqueue(GraphTestServer::nestedError(400, 190, 0, QStringLiteral("Invalid OAuth access token.")));
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QTRY_VERIFY((box = parts().platformMismatchBox()) != nullptr);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("sendAnywayButton")), Qt::LeftButton);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->lastRequest().path, QStringLiteral("/v25.0/oauth/access_token"));
        QTRY_VERIFY(!parts().isExchanging());
        QCOMPARE(banner()->kind(), StatusBanner::Kind::Error);
    }

    void mismatchCanSwitchThePlatform()
    {
        choosePlatform(Platform::Facebook);
        appIdEdit()->setText(appId);
        appSecretEdit()->setText(threadsSecret);
        tokenEdit()->setText(thShort);
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = parts().platformMismatchBox()) != nullptr);
        QPushButton* switchButton = box->findChild<QPushButton*>(QStringLiteral("switchPlatformButton"));
        QCOMPARE(withoutMnemonic(switchButton->text()), QStringLiteral("Switch to Threads"));
        QTest::mouseClick(switchButton, Qt::LeftButton);
        QTRY_VERIFY(!parts().platformMismatchBox());
        QCOMPARE(form()->platform(), Platform::Threads);
        QVERIFY(!tokenWarningLabel()->isVisible());
        QCOMPARE(m_server->connectionCount(), 0); // switching sends nothing

        m_server->enqueue(GraphTestServer::tokenResponse(thLong, 5184000));
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QVERIFY(!parts().platformMismatchBox());
        QTRY_COMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->lastRequest().path, QStringLiteral("/access_token"));
    }

    void threadsExchangeSendsNoClientId()
    {
        tokenEdit()->setText(thShort);
        appSecretEdit()->setText(threadsSecret);
        m_server->enqueue(GraphTestServer::tokenResponse(thLong, 5184000));
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QTRY_COMPARE(m_server->requestCount(), 1);
        const GraphTestServer::Request request = m_server->lastRequest();
        QCOMPARE(request.path, QStringLiteral("/access_token"));
        QCOMPARE(request.queryKeys(), (QStringList{QStringLiteral("grant_type"), QStringLiteral("client_secret"),
                                                   QStringLiteral("access_token")}));
        QVERIFY(!request.hasQueryItem(QStringLiteral("client_id")));
        QCOMPARE(request.queryValue(QStringLiteral("grant_type")), QStringLiteral("th_exchange_token"));
        QCOMPARE(request.queryValue(QStringLiteral("client_secret")), threadsSecret);
        QCOMPARE(request.queryValue(QStringLiteral("access_token")), thShort);
        QTRY_COMPARE(resultTokenEdit()->text(), thLong);
        QCOMPARE(parts().resultPanel()->result().platform, Platform::Threads);
        QVERIFY(expiresEdit()->text().contains(QLatin1String("in 60 days")));
        // The refresh rules, next to the token.
        QVERIFY2(parts().resultPanel()->note().contains(QLatin1String("24 hours")),
                 qPrintable(parts().resultPanel()->note()));
        QVERIFY(parts().resultPanel()->note().contains(QLatin1String("60 days")));
        // The save row proposes "Threads" (no App ID given).
        QCOMPARE(parts().saveTokenWidget()->profileName(), QStringLiteral("Threads"));
    }

    void instagramExchangeSendsNoAppId()
    {
        appIdEdit()->setText(appId); // Facebook's, from before
        tokenEdit()->setText(igShort);
        appSecretEdit()->setText(threadsSecret);
        m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("IGlongLivedInstagramToken0123456789"), 5184000));
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QTRY_COMPARE(m_server->requestCount(), 1);
        const GraphTestServer::Request request = m_server->lastRequest();
        QCOMPARE(request.path, QStringLiteral("/access_token"));
        QCOMPARE(request.queryValue(QStringLiteral("grant_type")), QStringLiteral("ig_exchange_token"));
        QVERIFY(!request.hasQueryItem(QStringLiteral("client_id")));
        QVERIFY(!request.rawQuery.contains(appId.toUtf8()));
        QTRY_VERIFY(parts().resultPanel()->hasResult());
    }

    void actionsFollowThePlatform()
    {
        TokenActions* actions = parts().tokenActions();
        // Nothing shown yet: the actions of the form's platform, all disabled.
        QVERIFY(!actions->refreshAction()->isVisible());
        QVERIFY(actions->pagesAction()->isVisible());
        QVERIFY(!actions->pagesAction()->isEnabled());
        QVERIFY(!actions->cancelAction()->isVisible());

        exchange(fbShort, GraphTestServer::tokenResponse(fbLong, 5183944));
        QVERIFY(button("inspectActionButton")->isVisible());
        QVERIFY(button("inspectActionButton")->isEnabled());
        QVERIFY(button("pagesActionButton")->isVisible());
        QVERIFY(button("verifyActionButton")->isVisible());
        QVERIFY(!button("refreshActionButton")->isVisible()); // Facebook tokens are not refreshed
        QVERIFY(!button("cancelTokenActionButton")->isVisible());
        QVERIFY(parts().tokenMenu()->actions().contains(actions->inspectAction()));
        QVERIFY(parts().tokenMenu()->actions().contains(parts().saveTokenWidget()->saveAction()));

        tokenEdit()->clear();
        exchange(thShort, GraphTestServer::tokenResponse(thLong, 5184000));
        QVERIFY(button("refreshActionButton")->isVisible());
        QVERIFY(button("inspectActionButton")->isVisible());
        QVERIFY(!button("pagesActionButton")->isVisible());
        QVERIFY2(actions->refreshAction()->toolTip().contains(QLatin1String("24 hours")),
                 qPrintable(actions->refreshAction()->toolTip()));
        QVERIFY(actions->refreshAction()->toolTip().contains(QLatin1String("60 days")));

        tokenEdit()->clear();
        exchange(igShort, GraphTestServer::tokenResponse(QStringLiteral("IGlongLivedInstagramToken0123456789"), 5184000));
        QVERIFY(button("refreshActionButton")->isVisible());
        QVERIFY(!button("inspectActionButton")->isVisible()); // no debug_token for Instagram Login
        QVERIFY(!button("pagesActionButton")->isVisible());
        QVERIFY(button("verifyActionButton")->isVisible());

        // Accessible names equal the visible labels.
        for (const char* name : {"refreshActionButton", "inspectActionButton", "pagesActionButton",
                                 "verifyActionButton", "cancelTokenActionButton"}) {
            QPushButton* b = button(name);
            QCOMPARE(b->accessibleName(), withoutMnemonic(b->text()));
        }
        QCOMPARE(withoutMnemonic(button("refreshActionButton")->text()), QStringLiteral("Refresh"));
        QCOMPARE(withoutMnemonic(button("inspectActionButton")->text()), QStringLiteral("Inspect"));
        QCOMPARE(withoutMnemonic(button("pagesActionButton")->text()), QStringLiteral("Pages"));
        QCOMPARE(withoutMnemonic(button("verifyActionButton")->text()), QStringLiteral("Verify"));
    }

    void refreshesAThreadsToken()
    {
        exchange(thShort, GraphTestServer::tokenResponse(thLong, 5184000));
        m_server->clearRequests();
        m_server->enqueue(GraphTestServer::tokenResponse(thRefreshed, 5184000).delayed(100));
        QTest::mouseClick(button("refreshActionButton"), Qt::LeftButton);
        QVERIFY(parts().tokenActions()->isBusy());
        QCOMPARE(banner()->kind(), StatusBanner::Kind::Busy);
        QVERIFY(button("cancelTokenActionButton")->isVisible());
        QVERIFY(!button("refreshActionButton")->isEnabled());
        QVERIFY(find<QWidget>("actionBusyIndicator")->isVisible());
        QTRY_VERIFY(!parts().tokenActions()->isBusy());

        const GraphTestServer::Request request = m_server->lastRequest();
        QCOMPARE(request.path, QStringLiteral("/refresh_access_token"));
        QCOMPARE(request.queryValue(QStringLiteral("grant_type")), QStringLiteral("th_refresh_token"));
        QCOMPARE(request.queryValue(QStringLiteral("access_token")), thLong);
        QVERIFY(!request.hasQueryItem(QStringLiteral("client_secret")));
        QCOMPARE(resultTokenEdit()->text(), thRefreshed);
        QCOMPARE(resultTokenEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(banner()->kind(), StatusBanner::Kind::Success);
        QVERIFY2(banner()->text().startsWith(QLatin1String("Refreshed")), qPrintable(banner()->text()));
        QVERIFY(!find<QWidget>("actionBusyIndicator")->isVisible());
        QVERIFY(!button("cancelTokenActionButton")->isVisible());
        QVERIFY(button("refreshActionButton")->isEnabled());
        // The refreshed token is offered for saving.
        QVERIFY(parts().saveTokenWidget()->saveAction()->isEnabled());
    }

    void refreshOfAnExpiredTokenSaysToLogInAgain()
    {
        exchange(thShort, GraphTestServer::tokenResponse(thLong, 5184000));
        m_server->enqueue(GraphTestServer::nestedError(400, 190, 463, QStringLiteral("Session has expired.")));
        QTest::mouseClick(button("refreshActionButton"), Qt::LeftButton);
        QTRY_VERIFY(!parts().tokenActions()->isBusy());
        QCOMPARE(banner()->kind(), StatusBanner::Kind::Error);
        QVERIFY2(banner()->text().contains(QLatin1String("log in again")), qPrintable(banner()->text()));
        QVERIFY(!banner()->text().contains(thLong));
        // The token is still there.
        QCOMPARE(resultTokenEdit()->text(), thLong);
    }

    void inspectShowsEveryField()
    {
        exchange(fbShort, GraphTestServer::tokenResponse(fbLong, 5183944));
        m_server->clearRequests();
        m_server->enqueue(GraphTestServer::Response::json(200, debugTokenBody(0)));
        QTest::mouseClick(button("inspectActionButton"), Qt::LeftButton);
        QTRY_VERIFY(parts().tokenActions()->inspectDialog());
        TokenInfoDialog* dialog = parts().tokenActions()->inspectDialog();
        QTRY_VERIFY(dialog->isVisible());

        const GraphTestServer::Request request = m_server->lastRequest();
        QCOMPARE(request.path, QStringLiteral("/v25.0/debug_token"));
        QCOMPARE(request.queryValue(QStringLiteral("input_token")), fbLong);
        QCOMPARE(request.queryValue(QStringLiteral("access_token")), appId + QLatin1Char('|') + appSecret);

        QCOMPARE(dialog->validEdit()->text(), QStringLiteral("Yes"));
        QCOMPARE(dialog->typeEdit()->text(), QStringLiteral("USER"));
        QCOMPARE(dialog->appEdit()->text(), QStringLiteral("LongLived/Test (ID 1234567890123456)"));
        QCOMPARE(dialog->userEdit()->text(), QStringLiteral("10001"));
        QVERIFY(dialog->scopesEdit()->toPlainText().startsWith(QLatin1String("pages_show_list, public_profile")));
        QVERIFY(dialog->scopesEdit()->toPlainText().contains(QLatin1String("pages_show_list: only for 111, 222")));
        QVERIFY(dialog->issuedEdit()->text().contains(QLocale().toString(QDate(2026, 3, 1), QLocale::LongFormat)));
        QCOMPARE(dialog->expiresEdit()->text(), QStringLiteral("Never")); // expires_at 0
        QVERIFY2(dialog->dataAccessEdit()->text().contains(QLatin1String("in 88 days")),
                 qPrintable(dialog->dataAccessEdit()->text()));
        QVERIFY(!dialog->problemLabel()->isVisible());
        QCOMPARE(banner()->kind(), StatusBanner::Kind::Success);

        // Every field: read-only, its accessible name is its label.
        for (const char* field : {"valid", "type", "app", "user", "scopes", "issued", "expires", "dataAccess"}) {
            const QString base = QString::fromLatin1(field);
            QLabel* label = dialog->findChild<QLabel*>(base + QStringLiteral("Label"));
            QWidget* edit = dialog->findChild<QWidget*>(base + QStringLiteral("Edit"));
            QVERIFY2(label && edit, field);
            QCOMPARE(label->buddy(), edit);
            QCOMPARE(edit->accessibleName(), withoutMnemonic(label->text()));
            QVERIFY(edit->property("readOnly").toBool());
        }
        QCOMPARE(accessibleName(dialog->expiresEdit()), QStringLiteral("Expires"));
        QCOMPARE(accessibleName(dialog->dataAccessEdit()), QStringLiteral("Data access expires"));
        snapshot(dialog, QStringLiteral("22-inspect"));
        QPointer<TokenInfoDialog> closed = dialog;
        dialog->close();
        QTRY_VERIFY(!closed); // deleted on close: no token details linger

        // A date instead of 0, and an invalid token's reason.
        m_server->enqueue(GraphTestServer::Response::json(200, debugTokenBody(1777500000, false)));
        QTest::mouseClick(button("inspectActionButton"), Qt::LeftButton);
        QTRY_VERIFY(parts().tokenActions()->inspectDialog());
        dialog = parts().tokenActions()->inspectDialog();
        QCOMPARE(dialog->validEdit()->text(), QStringLiteral("No"));
        QVERIFY2(dialog->expiresEdit()->text().contains(QLatin1String("in 59 days")), qPrintable(dialog->expiresEdit()->text()));
        QVERIFY(dialog->problemLabel()->isVisibleTo(dialog));
        QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("expired")));
        QCOMPARE(banner()->kind(), StatusBanner::Kind::Warning);
    }

    void inspectWithoutCredentialsSaysSoAndSendsNothing()
    {
        exchange(fbShort, GraphTestServer::tokenResponse(fbLong, 5183944));
        m_server->clearRequests();
        appSecretEdit()->clear();
        QTest::mouseClick(button("inspectActionButton"), Qt::LeftButton);
        QVERIFY(!parts().tokenActions()->isBusy());
        QCOMPARE(banner()->kind(), StatusBanner::Kind::Warning);
        QVERIFY2(banner()->text().contains(QLatin1String("App ID and App Secret")), qPrintable(banner()->text()));
        QCOMPARE(QApplication::focusWidget(), appSecretEdit());
        QCOMPARE(m_server->requestCount(), 0); // a request would have started synchronously
        QVERIFY(!parts().tokenActions()->inspectDialog());
    }

    void unknownExpiryOffersInspectAndInspectFillsItIn()
    {
        // Threads without its App ID: nothing to ask debug_token with, so the expiry is unknown.
        exchange(thShort, GraphTestServer::tokenResponse(thLong, -1));
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(expiresEdit()->text().startsWith(QLatin1String("Unknown")));
        QVERIFY2(banner()->text().contains(QLatin1String("Inspect")), qPrintable(banner()->text()));
        QVERIFY(parts().resultPanel()->note().contains(QLatin1String("Inspect")));
        QVERIFY(button("inspectActionButton")->isEnabled());

        appIdEdit()->setText(threadsAppId);
        m_server->enqueue(GraphTestServer::Response::json(200, debugTokenBody(1777500000)));
        QTest::mouseClick(button("inspectActionButton"), Qt::LeftButton);
        QTRY_VERIFY(parts().tokenActions()->inspectDialog());
        const GraphTestServer::Request request = m_server->lastRequest();
        QCOMPARE(request.path, QStringLiteral("/v1.0/debug_token"));
        QCOMPARE(request.queryValue(QStringLiteral("access_token")),
                 QStringLiteral("TH|") + threadsAppId + QLatin1Char('|') + threadsSecret);
        QCOMPARE(request.queryValue(QStringLiteral("input_token")), thLong);
        // Now the result knows.
        QVERIFY2(expiresEdit()->text().contains(QLatin1String("in 59 days")), qPrintable(expiresEdit()->text()));
        QVERIFY(find<LifetimeBar>("lifetimeBar")->isVisible());
        QVERIFY(!parts().resultPanel()->note().contains(QLatin1String("Inspect")));
        QCOMPARE(resultTokenEdit()->text(), thLong);
    }

    void pagesAcrossTwoPagesOfPagingNext()
    {
        exchange(fbShort, GraphTestServer::tokenResponse(fbLong, 5183944));
        m_server->clearRequests();
        const QString next = m_server->baseUrl().toString() + QStringLiteral("/v25.0/me/accounts?access_token=")
            + QString::fromLatin1(QUrl::toPercentEncoding(fbLong)) + QStringLiteral("&limit=2&after=QVFIUmFmdGVy");
        m_server->enqueue(GraphTestServer::Response::json(
            200, accountsBody({pageJson(QStringLiteral("111"), QStringLiteral("Bakery"), QStringLiteral("EAApageBakery0123456789")),
                               pageJson(QStringLiteral("222"), QStringLiteral("Café"), QStringLiteral("EAApageCafe0123456789"))},
                              next)));
        m_server->enqueue(GraphTestServer::Response::json(
            200, accountsBody({pageJson(QStringLiteral("333"), QStringLiteral("Dairy"), QStringLiteral("EAApageDairy0123456789"))})));
        QTest::mouseClick(button("pagesActionButton"), Qt::LeftButton);
        QTRY_VERIFY(parts().tokenActions()->pagesDialog());
        PagesDialog* dialog = parts().tokenActions()->pagesDialog();
        QTRY_VERIFY(dialog->isVisible());

        const QList<GraphTestServer::Request> requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).path, QStringLiteral("/v25.0/me/accounts"));
        QCOMPARE(requests.at(0).queryValue(QStringLiteral("access_token")), fbLong);
        QCOMPARE(requests.at(0).queryValue(QStringLiteral("appsecret_proof")), AppSecretProof::compute(appSecret, fbLong));
        QCOMPARE(requests.at(1).queryValue(QStringLiteral("after")), QStringLiteral("QVFIUmFmdGVy"));

        QTreeWidget* list = dialog->list();
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(0)->text(PagesDialog::NameColumn), QStringLiteral("Bakery"));
        QCOMPARE(list->topLevelItem(1)->text(PagesDialog::NameColumn), QStringLiteral("Café"));
        QCOMPARE(list->topLevelItem(2)->text(PagesDialog::NameColumn), QStringLiteral("Dairy"));
        QCOMPARE(list->topLevelItem(2)->text(PagesDialog::IdColumn), QStringLiteral("333"));
        QCOMPARE(list->topLevelItem(0)->text(PagesDialog::TasksColumn), QStringLiteral("ANALYZE, CREATE_CONTENT, MANAGE"));
        // Masked: a hint, never the token.
        for (int row = 0; row < 3; ++row) {
            const QString shown = list->topLevelItem(row)->text(PagesDialog::TokenColumn);
            QVERIFY(!shown.contains(QLatin1String("0123456789")));
            QVERIFY(shown.contains(QChar(0x2026)));
        }
        QCOMPARE(list->topLevelItem(1)->text(PagesDialog::TokenColumn), Redactor::mask(QStringLiteral("EAApageCafe0123456789")));
        QVERIFY(!dialog->warningLabel()->isVisible()); // from a long-lived user token
        QCOMPARE(banner()->kind(), StatusBanner::Kind::Success);
        // "Found 3 Page(s)" reads "Found 3 Pages" once the English catalogue has the plural (H7).
        QVERIFY2(banner()->text().startsWith(QLatin1String("Found 3 Page")), qPrintable(banner()->text()));
        QCOMPARE(dialog->list()->accessibleName(), withoutMnemonic(dialog->findChild<QLabel*>(QStringLiteral("pagesLabel"))->text()));
        QCOMPARE(dialog->copyButton()->accessibleName(), withoutMnemonic(dialog->copyButton()->text()));
        QCOMPARE(dialog->saveButton()->accessibleName(), withoutMnemonic(dialog->saveButton()->text()));
        snapshot(dialog, QStringLiteral("23-pages"));

        // Copy the second Page's token.
        dialog->selectPage(1);
        QVERIFY(dialog->copyButton()->isEnabled());
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("EAApageCafe0123456789"));
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("Café")), qPrintable(dialog->statusLabel()->text()));
        parts().clipboard()->clearIfUnchanged();
    }

    void pagesWarnAboutAShortLivedUserToken()
    {
        exchange(fbShort, GraphTestServer::tokenResponse(fbLong, 3600)); // short-lived after all
        m_server->enqueue(GraphTestServer::Response::json(
            200, accountsBody({pageJson(QStringLiteral("111"), QStringLiteral("Bakery"), QStringLiteral("EAApageBakery0123456789"))})));
        QTest::mouseClick(button("pagesActionButton"), Qt::LeftButton);
        QTRY_VERIFY(parts().tokenActions()->pagesDialog());
        PagesDialog* dialog = parts().tokenActions()->pagesDialog();
        QVERIFY(dialog->warningLabel()->isVisibleTo(dialog));
        QVERIFY2(dialog->warningLabel()->text().contains(QLatin1String("short-lived")), qPrintable(dialog->warningLabel()->text()));
        QCOMPARE(banner()->kind(), StatusBanner::Kind::Warning);
        QVERIFY(banner()->text().contains(QLatin1String("short-lived")));
    }

    void verifyShowsWhoTheTokenBelongsTo()
    {
        exchange(fbShort, GraphTestServer::tokenResponse(fbLong, 5183944));
        m_server->clearRequests();
        m_server->enqueue(GraphTestServer::Response::json(200, "{\"id\":\"10001\",\"name\":\"Jane Doe\"}"));
        QTest::mouseClick(button("verifyActionButton"), Qt::LeftButton);
        QTRY_VERIFY(!parts().tokenActions()->isBusy());
        const GraphTestServer::Request request = m_server->lastRequest();
        QCOMPARE(request.path, QStringLiteral("/v25.0/me"));
        QCOMPARE(request.queryValue(QStringLiteral("access_token")), fbLong);
        QCOMPARE(request.queryValue(QStringLiteral("appsecret_proof")), AppSecretProof::compute(appSecret, fbLong));
        QCOMPARE(banner()->kind(), StatusBanner::Kind::Success);
        QVERIFY2(banner()->text().contains(QLatin1String("Belongs to Jane Doe (ID 10001)")), qPrintable(banner()->text()));

        // Threads: the username.
        tokenEdit()->clear();
        exchange(thShort, GraphTestServer::tokenResponse(thLong, 5184000));
        m_server->enqueue(GraphTestServer::Response::json(200, "{\"id\":\"2002\",\"username\":\"jane.threads\"}"));
        QTest::mouseClick(button("verifyActionButton"), Qt::LeftButton);
        QTRY_VERIFY(!parts().tokenActions()->isBusy());
        QCOMPARE(m_server->lastRequest().path, QStringLiteral("/v1.0/me"));
        QCOMPARE(m_server->lastRequest().queryValue(QStringLiteral("fields")), QStringLiteral("id,username"));
        QVERIFY2(banner()->text().contains(QLatin1String("Belongs to @jane.threads (ID 2002)")), qPrintable(banner()->text()));

        // An error comes through the banner, in plain words.
        m_server->enqueue(GraphTestServer::nestedError(400, 190, 467, QStringLiteral("The user has logged out.")));
        QTest::mouseClick(button("verifyActionButton"), Qt::LeftButton);
        QTRY_VERIFY(!parts().tokenActions()->isBusy());
        QCOMPARE(banner()->kind(), StatusBanner::Kind::Error);
        QVERIFY(banner()->text().contains(QLatin1String("logged out")));
    }

    void cancelStopsARunningAction()
    {
        exchange(fbShort, GraphTestServer::tokenResponse(fbLong, 5183944));
        m_server->enqueue(GraphTestServer::Response::neverAnswer());
        QTest::mouseClick(button("verifyActionButton"), Qt::LeftButton);
        QTRY_COMPARE(m_server->requestCount(), 2);
        QVERIFY(parts().tokenActions()->isBusy());
        QPushButton* cancel = button("cancelTokenActionButton");
        QVERIFY(cancel->isVisible());
        QCOMPARE(cancel->accessibleName(), QStringLiteral("Cancel"));
        QVERIFY(!button("inspectActionButton")->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        // At once.
        QVERIFY(!parts().tokenActions()->isBusy());
        QCOMPARE(banner()->text(), QStringLiteral("Canceled."));
        QVERIFY(!cancel->isVisible());
        QVERIFY(button("verifyActionButton")->isEnabled());

        // Escape does the same.
        m_server->enqueue(GraphTestServer::Response::neverAnswer());
        QTest::mouseClick(button("inspectActionButton"), Qt::LeftButton);
        QTRY_VERIFY(parts().tokenActions()->isBusy());
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : m_window.get(), Qt::Key_Escape);
        QVERIFY(!parts().tokenActions()->isBusy());
        QCOMPARE(banner()->text(), QStringLiteral("Canceled."));
        QCOMPARE(resultTokenEdit()->text(), fbLong);
    }

    void anotherTokenStopsTheRunningAction()
    {
        exchange(thShort, GraphTestServer::tokenResponse(thLong, 5184000));
        // The server answers requests in the order they arrive: each request below is awaited
        // there before it is stopped, or its scripted answer would stay queued for the next one
        // (under load a request can be stopped before it left). Its answer comes late enough
        // not to arrive meanwhile.
        const int before = m_server->requestCount();
        m_server->enqueue(GraphTestServer::tokenResponse(thRefreshed, 5184000).delayed(5000));
        QTest::mouseClick(button("refreshActionButton"), Qt::LeftButton);
        QVERIFY(parts().tokenActions()->isBusy());
        QTRY_COMPARE(m_server->requestCount(), before + 1);
        // Another token takes the result view (as when a saved one is opened): the refresh of
        // the old one must not land on it.
        TokenResult other = parts().resultPanel()->result();
        other.accessToken = QStringLiteral("THanotherTokenShownMeanwhile0123456");
        parts().resultPanel()->setResult(other);
        QVERIFY(!parts().tokenActions()->isBusy());
        QVERIFY(!button("cancelTokenActionButton")->isVisible());
        QCOMPARE(resultTokenEdit()->text(), other.accessToken); // the refresh was aborted, not just ignored

        // So does a new exchange.
        m_server->enqueue(GraphTestServer::Response::neverAnswer());
        QTest::mouseClick(button("verifyActionButton"), Qt::LeftButton);
        QVERIFY(parts().tokenActions()->isBusy());
        QTRY_COMPARE(m_server->requestCount(), before + 2);
        tokenEdit()->setText(thShort);
        m_server->enqueue(GraphTestServer::tokenResponse(thLong, 5184000));
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QVERIFY(!parts().tokenActions()->isBusy());
        QTRY_COMPARE(resultTokenEdit()->text(), thLong);
    }
};

LONGLIVED_GUI_TEST_MAIN(TestTokenActions)
#include "TestTokenActions.moc"
