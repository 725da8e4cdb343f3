// The window `longlived` as users drive it: real widgets (offscreen), real HTTP to a loopback
// GraphTestServer speaking Meta's formats, a pinned clock. Widgets are found by objectName.
//
// Set LONGLIVED_SCREENSHOT_DIR to save a PNG of the window in each interesting state.
#include "AppSettings.h"
#include "ExchangeForm.h"
#include "GraphTestServer.h"
#include "GuiTestMain.h"
#include "WindowFixture.h"
#include "graph/InputValidator.h"
#include "LifetimeBar.h"
#include "MainWindow.h"
#include "vault/Profile.h"
#include "vault/ProfileStore.h"
#include "ResultPanel.h"
#include "SavedTokensModel.h"
#include "SecretLineEdit.h"
#include "SecureClipboard.h"
#include "graph/ServiceConfig.h"
#include "SettingsDialog.h"
#include "StatusBanner.h"
#include "graph/TokenService.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>

#include <memory>

namespace {
const QString appId = QStringLiteral("1234567890123456");
const QString appSecret = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString shortToken = QStringLiteral("EAAshortLivedUserToken0123456789");
const QString longToken = QStringLiteral("EAAlongLivedUserTokenZYXWVUTSRQ9876543210");
} // namespace

class TestMainWindow : public QObject, private WindowFixture
{
    Q_OBJECT

private:
    QLineEdit* appIdEdit() const { return find<QLineEdit>("appIdEdit"); }
    SecretLineEdit* appSecretEdit() const { return find<SecretLineEdit>("appSecretEdit"); }
    SecretLineEdit* tokenEdit() const { return find<SecretLineEdit>("tokenEdit"); }
    QPushButton* exchangeButton() const { return find<QPushButton>("exchangeButton"); }
    QPushButton* cancelButton() const { return find<QPushButton>("cancelButton"); }
    QPushButton* copyButton() const { return find<QPushButton>("copyButton"); }
    SecretLineEdit* resultTokenEdit() const { return find<SecretLineEdit>("resultTokenEdit"); }
    QLineEdit* tokenTypeEdit() const { return find<QLineEdit>("tokenTypeEdit"); }
    QLineEdit* expiresEdit() const { return find<QLineEdit>("expiresEdit"); }
    LifetimeBar* lifetimeBar() const { return find<LifetimeBar>("lifetimeBar"); }
    QLabel* statusLabel() const { return find<QLabel>("statusLabel"); }
    QLabel* clipboardStatusLabel() const { return find<QLabel>("clipboardStatusLabel"); }

    void fillForm(const QString& id = appId, const QString& secret = appSecret, const QString& token = shortToken)
    {
        appIdEdit()->setText(id);
        appSecretEdit()->setText(secret);
        tokenEdit()->setText(token);
    }

    /// Fills the form, exchanges, and waits for the result (or the error).
    void exchangeAndWait()
    {
        fillForm();
        QVERIFY(exchangeButton()->isEnabled());
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QTRY_VERIFY(!parts().isExchanging());
    }

    void snapshot(const QString& name)
    {
        QVERIFY(GuiTest::saveSnapshot(m_window.get(), name));
    }


private slots:
    void init() { startWindow(); }
    void cleanup() { stopWindow(); }

    void startsEmptyWithExchangeDisabledAndNoMessages()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("LongLived"));
        QVERIFY(!m_window->windowIcon().isNull());
        QVERIFY(!exchangeButton()->isEnabled());
        QVERIFY(!cancelButton()->isVisible());
        QVERIFY(!find<QProgressBar>("busyIndicator")->isVisible());
        // An untouched form is not an error.
        QVERIFY(!find<QLabel>("appIdProblemLabel")->isVisible());
        QVERIFY(!find<QLabel>("appSecretProblemLabel")->isVisible());
        QVERIFY(!find<QLabel>("tokenProblemLabel")->isVisible());
        QVERIFY(!copyButton()->isEnabled());
        QVERIFY(!find<StatusBanner>("statusBanner")->isVisible());
        QCOMPARE(appSecretEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(tokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(appSecretEdit()->inputMethodHints().testFlag(Qt::ImhSensitiveData));
        QVERIFY(appSecretEdit()->inputMethodHints().testFlag(Qt::ImhNoPredictiveText));
        QVERIFY(appSecretEdit()->inputMethodHints().testFlag(Qt::ImhNoAutoUppercase));
        QVERIFY(QApplication::focusWidget() == appIdEdit());
        snapshot(QStringLiteral("01-empty"));
    }

    void typingFillsTheFormAndEnablesExchange()
    {
        QTest::keyClicks(appIdEdit(), appId);
        QCOMPARE(appIdEdit()->text(), appId);
        QVERIFY(!exchangeButton()->isEnabled());
        QTest::keyClicks(appSecretEdit(), appSecret);
        QCOMPARE(appSecretEdit()->text(), appSecret);
        QVERIFY(!exchangeButton()->isEnabled());
        QTest::keyClicks(tokenEdit(), shortToken);
        QCOMPARE(tokenEdit()->text(), shortToken);
        QVERIFY(exchangeButton()->isEnabled());
        QVERIFY(parts().exchangeForm()->exchangeAction()->isEnabled());
    }

    void invalidAppIdShowsTheValidatorMessage()
    {
        fillForm(QString(), appSecret, shortToken);
        QTest::keyClicks(appIdEdit(), QStringLiteral("12ab"));
        QLabel* problem = find<QLabel>("appIdProblemLabel");
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), InputValidator::appIdProblem(QStringLiteral("12ab")));
        QCOMPARE(appIdEdit()->accessibleDescription(), problem->text());
        QVERIFY(!exchangeButton()->isEnabled());
        snapshot(QStringLiteral("02-invalid-app-id"));

        appIdEdit()->setText(appId);
        QVERIFY(!problem->isVisible());
        QVERIFY(exchangeButton()->isEnabled());
    }

    void tokenWithInnerWhitespaceIsRejected()
    {
        fillForm(appId, appSecret, QStringLiteral("EAAshort LivedToken"));
        QLabel* problem = find<QLabel>("tokenProblemLabel");
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), InputValidator::tokenProblem(QStringLiteral("EAAshort LivedToken")));
        QVERIFY(!exchangeButton()->isEnabled());
    }

    void pastedTextWithSurroundingNewlinesIsAcceptedAndTrimmed()
    {
        m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
        fillForm(QStringLiteral("\n ") + appId + QStringLiteral(" \n"), QStringLiteral("\t") + appSecret + QStringLiteral("\r\n"),
                 QStringLiteral("\n") + shortToken + QStringLiteral("\n\n"));
        QVERIFY(!find<QLabel>("tokenProblemLabel")->isVisible());
        QVERIFY(exchangeButton()->isEnabled());
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QTRY_COMPARE(m_server->requestCount(), 1);
        const GraphTestServer::Request request = m_server->lastRequest();
        QCOMPARE(request.queryValue(QStringLiteral("client_id")), appId);
        QCOMPARE(request.queryValue(QStringLiteral("client_secret")), appSecret);
        QCOMPARE(request.queryValue(QStringLiteral("fb_exchange_token")), shortToken);
        QTRY_COMPARE(resultTokenEdit()->text(), longToken);
    }

    void setTextAsAssistiveTechnologyDoesEnablesExchange()
    {
        // Assistive technology sets the text: textChanged, no textEdited.
        appIdEdit()->setText(appId);
        appSecretEdit()->setText(appSecret);
        QVERIFY(!exchangeButton()->isEnabled());
        tokenEdit()->setText(shortToken);
        QVERIFY(exchangeButton()->isEnabled());
    }

    void successfulExchangeShowsTheMaskedTokenAndItsExpiry()
    {
        m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
        exchangeAndWait();

        const GraphTestServer::Request request = m_server->lastRequest();
        QCOMPARE(request.path, QStringLiteral("/v25.0/oauth/access_token"));
        QCOMPARE(request.queryValue(QStringLiteral("grant_type")), QStringLiteral("fb_exchange_token"));

        QCOMPARE(resultTokenEdit()->text(), longToken);
        QCOMPARE(resultTokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(resultTokenEdit()->isReadOnly());
        QCOMPARE(tokenTypeEdit()->text(), QStringLiteral("bearer"));
        const QString expires = expiresEdit()->text();
        QVERIFY2(expires.contains(QLatin1String("in 59 days")), qPrintable(expires));
        const QDate expiryDate = fixedNow().addSecs(5183944).toLocalTime().date();
        QVERIFY2(expires.contains(QLocale().toString(expiryDate, QLocale::LongFormat)), qPrintable(expires));
        QVERIFY(lifetimeBar()->isVisible());
        QCOMPARE(lifetimeBar()->state(), LifetimeBar::State::Normal);
        QVERIFY(copyButton()->isEnabled());
        QCOMPARE(parts().statusBanner()->kind(), StatusBanner::Kind::Success);
        QVERIFY(parts().resultPanel()->hasResult());
        QCOMPARE(parts().resultPanel()->result().accessToken, longToken);
        // The form keeps its input for another try.
        QCOMPARE(tokenEdit()->text(), shortToken);
        QCOMPARE(QApplication::focusWidget(), copyButton());
        snapshot(QStringLiteral("03-success"));

        // Show/hide reveals the token.
        resultTokenEdit()->revealAction()->trigger();
        QCOMPARE(resultTokenEdit()->echoMode(), QLineEdit::Normal);
        snapshot(QStringLiteral("04-success-revealed"));
    }

    void reopenedOlderProfileSaysTheTypeWasNotRecorded()
    {
        Profile old;
        old.name = QStringLiteral("saved before types were kept");
        old.tokenTypeRecorded = false;
        parts().resultPanel()->setResult(old.toTokenResult(longToken));
        QCOMPARE(tokenTypeEdit()->text(), QStringLiteral("Not recorded when it was saved"));
        Profile silent;
        silent.name = QStringLiteral("Meta said no type");
        parts().resultPanel()->setResult(silent.toTokenResult(longToken));
        QCOMPARE(tokenTypeEdit()->text(), QStringLiteral("Not stated by Meta"));
    }

    void unknownExpiryIsShownAsUnknown()
    {
        // No expires_in; the automatic debug_token lookup does not give one either.
        m_server->enqueue(GraphTestServer::tokenResponse(longToken, -1));
        m_server->setDefaultResponse(GraphTestServer::nestedError(400, 100, 0, QStringLiteral("Unsupported request")));
        exchangeAndWait();
        QCOMPARE(resultTokenEdit()->text(), longToken);
        QCOMPARE(expiresEdit()->text(), QStringLiteral("Unknown — Meta did not say when this token expires"));
        QVERIFY(!lifetimeBar()->isVisible());
        QCOMPARE(parts().statusBanner()->kind(), StatusBanner::Kind::Success);
        snapshot(QStringLiteral("05-unknown-expiry"));
    }

    void copyPutsTheTokenOnTheClipboardWithTheSecretHint()
    {
        m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
        exchangeAndWait();
        QTest::mouseClick(copyButton(), Qt::LeftButton);
        const QMimeData* data = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
        QVERIFY(data);
        QCOMPARE(data->text(), longToken);
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        QVERIFY(clipboardStatusLabel()->isVisible());
        QCOMPARE(clipboardStatusLabel()->text(), QStringLiteral("Clipboard clears in 60 s"));
        snapshot(QStringLiteral("06-copied"));

        // Ctrl+Shift+C does the same from anywhere in the window.
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(appIdEdit(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), longToken);
    }

    void clipboardIsClearedAfterTheTimeoutOnlyIfUnchanged()
    {
        m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
        exchangeAndWait();
        parts().clipboard()->setClearTimeoutMs(300);

        QTest::mouseClick(copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), longToken);
        QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QCOMPARE(clipboardStatusLabel()->text(), QStringLiteral("Clipboard cleared."));

        // The user copies something else before the timeout: it stays.
        QTest::mouseClick(copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), longToken);
        QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        QTRY_VERIFY(!parts().clipboard()->isCountingDown());
        QVERIFY(!clipboardStatusLabel()->isVisible());
        parts().clipboard()->clearIfUnchanged(); // what the timer would do
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    }

    void graphErrorShowsMessageAndTraceIdAndKeepsTheForm()
    {
        const QString message = QStringLiteral("Error validating access token: Session has expired on Tuesday, "
                                               "09-Jan-24 03:00:00 PST.");
        const QString trace = QStringLiteral("AbCdEfGhIjK123");
        m_server->enqueue(GraphTestServer::nestedError(400, 190, 463, message, QStringLiteral("OAuthException"), trace));
        exchangeAndWait();

        const QString status = statusLabel()->text();
        QVERIFY2(status.contains(message), qPrintable(status));
        QVERIFY2(status.contains(trace), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("expired")), qPrintable(status));
        QCOMPARE(parts().statusBanner()->kind(), StatusBanner::Kind::Error);
        QCOMPARE(statusLabel()->accessibleDescription(), QStringLiteral("Status"));
        // Never a URL, a secret or the token.
        QVERIFY(!status.contains(appSecret));
        QVERIFY(!status.contains(shortToken));
        QVERIFY(!status.contains(QLatin1String("http")));
        // Everything typed is still there, and the user can try again.
        QCOMPARE(appIdEdit()->text(), appId);
        QCOMPARE(appSecretEdit()->text(), appSecret);
        QCOMPARE(tokenEdit()->text(), shortToken);
        QVERIFY(exchangeButton()->isEnabled());
        QVERIFY(!parts().resultPanel()->hasResult());
        snapshot(QStringLiteral("07-error"));
    }

    void failedExchangeMarksTheEarlierTokenAsPrevious()
    {
        m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
        exchangeAndWait();
        QVERIFY(parts().resultPanel()->hasResult());
        auto* save = find<QPushButton>("saveToKeychainButton");
        auto* previousLabel = find<QLabel>("previousResultLabel");
        QVERIFY(save && previousLabel);
        QVERIFY(previousLabel->isHidden());

        m_server->enqueue(GraphTestServer::nestedError(400, 190, 463, QStringLiteral("Session has expired"),
                                                       QStringLiteral("OAuthException"), QStringLiteral("Trace1")));
        exchangeAndWait();
        QCOMPARE(parts().statusBanner()->kind(), StatusBanner::Kind::Error);
        // Kept (it may not be saved yet), and unmistakably not the answer to the last exchange.
        QVERIFY(parts().resultPanel()->hasResult());
        QVERIFY(parts().resultPanel()->isPrevious());
        QCOMPARE(resultTokenEdit()->text(), longToken);
        QVERIFY(previousLabel->isVisible());
        QVERIFY(previousLabel->text().contains(QLatin1String("from before")));
        QCOMPARE(withoutMnemonic(find<QLabel>("resultTokenLabel")->text()), QStringLiteral("Previous token"));
        QCOMPARE(accessibleName(resultTokenEdit()), QStringLiteral("Previous token"));
        QCOMPARE(withoutMnemonic(copyButton()->text()), QStringLiteral("Copy previous token"));
        QCOMPARE(accessibleName(copyButton()), QStringLiteral("Copy previous token"));
        QCOMPARE(save->text(), QStringLiteral("Save previous token to keychain"));
        QCOMPARE(accessibleName(save), QStringLiteral("Save previous token to keychain"));
        QVERIFY(save->isEnabled());
        // Copy still copies it, through the secure clipboard.
        QTest::mouseClick(copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), longToken);
        snapshot(QStringLiteral("07b-error-previous-result"));

        // The next answer is a result again.
        m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
        exchangeAndWait();
        QVERIFY(!parts().resultPanel()->isPrevious());
        QVERIFY(previousLabel->isHidden());
        QCOMPARE(withoutMnemonic(copyButton()->text()), QStringLiteral("Copy"));
        QCOMPARE(accessibleName(resultTokenEdit()), QStringLiteral("Long-lived token"));
        QCOMPARE(save->text(), QStringLiteral("Save to keychain"));
    }

    void cancelDuringANeverAnsweringRequestRestoresTheFormAtOnce()
    {
        m_server->enqueue(GraphTestServer::Response::neverAnswer());
        fillForm();
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QVERIFY(parts().isExchanging());
        QVERIFY(cancelButton()->isVisible());
        QVERIFY(cancelButton()->isEnabled());
        QVERIFY(find<QProgressBar>("busyIndicator")->isVisible());
        QVERIFY(appIdEdit()->isReadOnly());
        QVERIFY(appSecretEdit()->isReadOnly());
        QVERIFY(tokenEdit()->isReadOnly());
        QVERIFY(!exchangeButton()->isEnabled());
        QCOMPARE(QApplication::focusWidget(), cancelButton());
        QCOMPARE(parts().statusBanner()->kind(), StatusBanner::Kind::Busy);
        snapshot(QStringLiteral("08-busy"));

        QTest::mouseClick(cancelButton(), Qt::LeftButton);
        // At once: no waiting.
        QVERIFY(!parts().isExchanging());
        QVERIFY(!cancelButton()->isVisible());
        QVERIFY(!find<QProgressBar>("busyIndicator")->isVisible());
        QVERIFY(!appIdEdit()->isReadOnly());
        QVERIFY(!tokenEdit()->isReadOnly());
        QVERIFY(exchangeButton()->isEnabled());
        QCOMPARE(statusLabel()->text(), QStringLiteral("Canceled."));
        QCOMPARE(parts().statusBanner()->kind(), StatusBanner::Kind::Info);
        QCOMPARE(appIdEdit()->text(), appId);
        QCOMPARE(appSecretEdit()->text(), appSecret);
        QCOMPARE(tokenEdit()->text(), shortToken);
        QCOMPARE(QApplication::focusWidget(), exchangeButton());
    }

    void escapeCancels()
    {
        m_server->enqueue(GraphTestServer::Response::neverAnswer());
        fillForm();
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QVERIFY(parts().isExchanging());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!parts().isExchanging());
        QCOMPARE(statusLabel()->text(), QStringLiteral("Canceled."));
    }

    void accessibleNamesMatchTheLabels()
    {
        const QList<QPair<const char*, const char*>> labelled = {
            {"appIdLabel", "appIdEdit"},
            {"appSecretLabel", "appSecretEdit"},
            {"tokenLabel", "tokenEdit"},
            {"resultTokenLabel", "resultTokenEdit"},
            {"tokenTypeLabel", "tokenTypeEdit"},
            {"expiresLabel", "expiresEdit"},
        };
        for (const auto& [labelName, editName] : labelled) {
            QLabel* label = find<QLabel>(labelName);
            QWidget* edit = find<QWidget>(editName);
            QVERIFY(label && edit);
            QCOMPARE(label->buddy(), edit);
            QCOMPARE(accessibleName(edit), withoutMnemonic(label->text()));
        }
        // A combo box: on Linux Qt reports its current item as the accessible name (the label
        // reaches screen readers through the buddy relation); the property matches the label.
        QLabel* platformLabel = find<QLabel>("platformLabel");
        QComboBox* platformCombo = find<QComboBox>("platformCombo");
        QCOMPARE(platformLabel->buddy(), platformCombo);
        QCOMPARE(platformCombo->accessibleName(), withoutMnemonic(platformLabel->text()));
        QCOMPARE(platformCombo->accessibleName(), QStringLiteral("Platform"));
        QCOMPARE(accessibleName(appIdEdit()), QStringLiteral("App ID"));
        QCOMPARE(accessibleName(appSecretEdit()), QStringLiteral("App Secret"));
        QCOMPARE(accessibleName(tokenEdit()), QStringLiteral("Short-lived token"));
        QCOMPARE(accessibleName(resultTokenEdit()), QStringLiteral("Long-lived token"));
        QCOMPARE(accessibleName(expiresEdit()), QStringLiteral("Expires"));
        QCOMPARE(accessibleName(exchangeButton()), QStringLiteral("Exchange"));
        QCOMPARE(accessibleName(cancelButton()), QStringLiteral("Cancel"));
        QCOMPARE(accessibleName(copyButton()), QStringLiteral("Copy"));
        QCOMPARE(withoutMnemonic(exchangeButton()->text()), QStringLiteral("Exchange"));
        QCOMPARE(withoutMnemonic(copyButton()->text()), QStringLiteral("Copy"));

        // The show/hide buttons: their accessible name is their label, and follows the state.
        QToolButton* reveal = find<QToolButton>("appSecretRevealButton");
        QCOMPARE(accessibleName(reveal), QStringLiteral("Show App Secret"));
        QCOMPARE(withoutMnemonic(reveal->text()), QStringLiteral("Show App Secret"));
        QCOMPARE(accessibleName(find<QToolButton>("tokenRevealButton")), QStringLiteral("Show Short-lived token"));
        QCOMPARE(accessibleName(find<QToolButton>("resultTokenRevealButton")), QStringLiteral("Show Long-lived token"));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(appSecretEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(accessibleName(reveal), QStringLiteral("Hide App Secret"));

        // The status text is announced as the label's name; its description says what it is.
        QCOMPARE(statusLabel()->accessibleDescription(), QStringLiteral("Status"));
    }

    void tabOrderGoesTopToBottom()
    {
        fillForm();
        appIdEdit()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), appIdEdit());
        QTest::keyClick(appIdEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), appSecretEdit());
        QTest::keyClick(appSecretEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), tokenEdit());
        QTest::keyClick(tokenEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), exchangeButton());
        QTest::keyClick(exchangeButton(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), resultTokenEdit());
        QTest::keyClick(resultTokenEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), tokenTypeEdit());
        QTest::keyClick(tokenTypeEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), expiresEdit());
    }

    void ctrlReturnTriggersTheExchange()
    {
        m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
        fillForm();
        tokenEdit()->setFocus();
        QTest::keyClick(tokenEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QTRY_COMPARE(resultTokenEdit()->text(), longToken);
    }

    void ctrlReturnDoesNothingWhileInputIsInvalid()
    {
        fillForm(QStringLiteral("not-digits"));
        QTest::keyClick(tokenEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!parts().isExchanging());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void ctrlHTogglesTheFocusedSecretOnly()
    {
        appSecretEdit()->setFocus();
        QTest::keyClick(appSecretEdit(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(appSecretEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(tokenEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClick(appSecretEdit(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(appSecretEdit()->echoMode(), QLineEdit::Password);
    }

    void remembersTheAppIdButNeverSecretsOrTokens()
    {
        m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
        exchangeAndWait();
        QCOMPARE(AppSettings().lastAppId(), appId);
        m_window->close(); // saves the geometry too
        QSettings().sync();

        QFile file(QSettings().fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains(appId.toUtf8()));
        QVERIFY(!stored.contains(appSecret.toUtf8()));
        QVERIFY(!stored.contains(shortToken.toUtf8()));
        QVERIFY(!stored.contains(longToken.toUtf8()));
        QVERIFY(!AppSettings().windowGeometry().isEmpty());

        // The next window starts with the App ID and an empty secret.
        createWindow();
        QCOMPARE(appIdEdit()->text(), appId);
        QVERIFY(appSecretEdit()->text().isEmpty());
        QVERIFY(tokenEdit()->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), appSecretEdit());
    }

    // The Saved tokens list says "renews automatically" only while systemd says the timer is
    // on, asks systemd once (Settings shows that same answer), and follows the Settings switch.
    void savedTokensFollowTheRenewalSwitch()
    {
        Profile profile;
        profile.name = QStringLiteral("Threads · 42");
        profile.platform = Platform::Threads;
        profile.savedAt = profile.obtainedAt = fixedNow().addDays(-30);
        profile.expiresAt = fixedNow().addDays(30);
        QVERIFY(ProfileStore().put(profile));
        createWindow(); // lists it from the start
        QTreeView* list = find<QTreeView>("savedTokensList");
        QVERIFY(list);
        const auto renewal
            = [list] { return list->model()->index(0, SavedTokensModel::RenewalColumn).data().toString(); };
        QTRY_COMPARE(renewal(), QStringLiteral("renews automatically"));
        // is-active, is-enabled (the window of init() may have asked before it was replaced).
        const QStringList calls = m_systemctl->calls();
        QVERIFY(calls.size() >= 2);
        QCOMPARE(calls.last(), QStringLiteral("--user is-enabled longlived-renew.timer"));

        find<QAction>("settingsAction")->trigger();
        SettingsDialog* dialog = m_window->findChild<SettingsDialog*>();
        QVERIFY(dialog);
        auto* box = dialog->findChild<QCheckBox*>(QStringLiteral("renewTimerCheck"));
        QTRY_VERIFY(box->isVisible() && box->isEnabled());
        QVERIFY(box->isChecked());
        QCOMPARE(m_systemctl->calls(), calls); // the window's answer, not asked again

        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
        const QString by = QLocale().toString(profile.expiresAt.toLocalTime().date(), QLocale::ShortFormat);
        QTRY_COMPARE(renewal(), QStringLiteral("automatic renewal is off: renew by hand before %1").arg(by));
        QCOMPARE(m_systemctl->state(), QStringLiteral("disabled"));
        QVERIFY(!box->isChecked());
        dialog->reject(); // the switch is systemd's: Cancel leaves it off
        QTRY_VERIFY(!m_window->findChild<SettingsDialog*>());
        QCOMPARE(renewal(), QStringLiteral("automatic renewal is off: renew by hand before %1").arg(by));
    }

    void settingsChangeTheApiVersionAndTheClipboardTimeout()
    {
        QAction* settings = m_window->findChild<QAction*>(QStringLiteral("settingsAction"));
        QVERIFY(settings);
        settings->trigger();
        SettingsDialog* dialog = m_window->findChild<SettingsDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QLineEdit* version = dialog->findChild<QLineEdit*>(QStringLiteral("apiVersionEdit"));
        QPushButton* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
        QCOMPARE(version->text(), QStringLiteral("v25.0"));
        version->setText(QStringLiteral("25"));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(version->accessibleDescription(), InputValidator::apiVersionProblem(QStringLiteral("25")));
        QVERIFY(GuiTest::saveSnapshot(dialog, QStringLiteral("09-settings")));
        version->setText(QStringLiteral("v24.0"));
        QVERIFY(ok->isEnabled());
        dialog->findChild<QCheckBox*>(QStringLiteral("clipboardClearCheck"))->setChecked(false);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<SettingsDialog*>());

        QCOMPARE(AppSettings().apiVersion(), QStringLiteral("v24.0"));
        QCOMPARE(AppSettings().clipboardClearSeconds(), 0);
        QCOMPARE(parts().clipboard()->clearTimeoutMs(), 0);

        m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
        exchangeAndWait();
        QCOMPARE(m_server->lastRequest().path, QStringLiteral("/v24.0/oauth/access_token"));

        // Empty = the unversioned API.
        AppSettings().setApiVersion(QString());
        createWindow();
        m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
        exchangeAndWait();
        QCOMPARE(m_server->lastRequest().path, QStringLiteral("/oauth/access_token"));
    }

    void aboutShowsTheVersion()
    {
        m_window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
        QMessageBox* box = m_window->findChild<QMessageBox*>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral(LONGLIVED_VERSION)), qPrintable(box->text()));
        box->close();
    }

    void sidePanelsAndTokenActionsSlotIn()
    {
        auto* panel = new QLabel(QStringLiteral("Example"));
        panel->setObjectName(QStringLiteral("examplePanel"));
        QDockWidget* dock = m_window->addSidePanel(panel, QStringLiteral("Example"));
        QVERIFY(dock);
        QCOMPARE(dock->objectName(), QStringLiteral("examplePanelDock"));
        QVERIFY(find<QMenu>("viewMenu"));
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(panel->isVisible());

        auto* refresh = new QAction(QStringLiteral("E&xample"), m_window.get());
        refresh->setObjectName(QStringLiteral("exampleAction"));
        int triggered = 0;
        connect(refresh, &QAction::triggered, this, [&triggered] { ++triggered; });
        m_window->addTokenAction(refresh);
        QVERIFY(parts().tokenMenu()->actions().contains(refresh));
        QPushButton* button = find<QPushButton>("exampleActionButton");
        QVERIFY(button);
        QCOMPARE(accessibleName(button), QStringLiteral("Example"));
        refresh->setEnabled(false);
        QVERIFY(!button->isEnabled());
        refresh->setEnabled(true);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(triggered, 1);
        snapshot(QStringLiteral("10-side-panel"));

        // The user closes the panel; the next window remembers that.
        dock->toggleViewAction()->trigger();
        QVERIFY(!dock->isVisible());
        m_window->close();
        createWindow();
        auto* again = new QLabel(QStringLiteral("Example"));
        again->setObjectName(QStringLiteral("examplePanel"));
        QDockWidget* restored = m_window->addSidePanel(again, QStringLiteral("Example"));
        QCoreApplication::processEvents();
        QVERIFY(!restored->isVisible());
        restored->toggleViewAction()->trigger();
        QTRY_VERIFY(restored->isVisible());
    }
};

LONGLIVED_GUI_TEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
