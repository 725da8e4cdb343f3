#pragma once

#include "support/Clock.h"
#include "vault/Profile.h"
#include "graph/TokenInfo.h"
#include "graph/TokenResult.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class DeliveryDialog;
class DeliveryStore;
class ExchangeForm;
class GraphError;
class QDockWidget;
class QMenu;
class QMessageBox;
class NetworkManagerTransport;
class ProfileRenewer;
class RenewalTimer;
struct RenewalOutcome;
class ResultPanel;
class SaveTokenWidget;
class SavedTokensView;
class SecureClipboard;
class SettingsDialog;
class StatusBanner;
class TokenActions;
class TokenJob;
class TokenService;
class TokenVault;
class VaultJob;

/// The window `longlived`: the exchange form (with its platform), the status area and the
/// result panel with "Save to keychain" under it, one under the other; the Saved tokens panel
/// docked beside them; menus (File, Token, View, Help). It wires the form to the TokenService,
/// the result to the SecureClipboard and the TokenVault, and the token actions (Refresh,
/// Inspect, Pages, Verify: TokenActions) to the result; the widgets themselves know no service.
///
/// Start-up touches no keychain: Saved tokens is read from the ProfileStore (QSettings); a
/// token is read from the keychain only when the user opens a saved profile.
///
/// Before an exchange whose token's prefix names another platform than the chosen one, the
/// window asks (switch the platform, send anyway, or cancel): nothing is sent until then.
///
/// Extending it:
///  - a side panel (saved tokens, ...): addSidePanel(widget, title) docks it and adds a
///    toggle to the View menu; docks in the same area become tabs;
///  - a token action: addTokenAction(action) puts it in the Token menu and as a button
///    beside Copy; give the action's owner the parts it reads (the ResultPanel's token) and
///    connect its signals to the StatusBanner, as createTokenActions() does for TokenActions.
///
/// The parts are found by object name (exchangeForm, resultPanel, statusBanner,
/// saveTokenWidget, savedTokensPanel, tokenActions, secureClipboard, tokenMenu, ...), as users'
/// tools and the tests find them; the window has no accessors for them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// \a service is not owned and must outlive the window. \a clock gives "now" for the
    /// relative expiry (the service has its own, for receivedAt; pass the same one).
    explicit MainWindow(TokenService* service, Clock clock = systemClock(), QWidget* parent = nullptr);
    /// As above, keeping tokens in \a vault (not owned; it and its ProfileStore must outlive the
    /// window). Without one (nullptr) the window makes its own on the application's settings.
    MainWindow(TokenService* service, TokenVault* vault, Clock clock = systemClock(), QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Docks \a panel (give it an objectName: the dock's layout is saved under it) and adds
    /// its show/hide toggle to the View menu. Returns the dock.
    QDockWidget* addSidePanel(QWidget* panel, const QString& title,
                              Qt::DockWidgetArea area = Qt::LeftDockWidgetArea);
    /// Adds \a action to the Token menu and as a button in the result panel.
    void addTokenAction(QAction* action);

public slots:
    void exchange();
    void cancelExchange();
    /// Stops an exchange or token action in flight (its answer would bring a token back),
    /// empties the App Secret and short-lived token fields and the result view, closes the
    /// Pages view (it holds Page tokens) and clears the clipboard if it still holds a token
    /// LongLived copied. The App ID, the platform and the saved tokens in the keyring stay.
    void clearSecrets();
    void showSettings();
    void showAbout();
    /// Opens the Delivery dialog of the saved profile \a profileName (non-modal; one at a time).
    void showDelivery(const QString& profileName);
    /// Renews the saved profile \a profileName now (forced: Meta is asked whatever the dates
    /// say), stores and delivers the new token as `renew` does; the outcome shows in the status
    /// area and the list follows the profile. One renewal at a time.
    void renewNow(const QString& profileName);

signals:
    /// A new long-lived token arrived (it is also shown in the result panel).
    void tokenReceived(const TokenResult& result);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// True (and "Saving…" shown, the close retried when done) while keychain writes run.
    bool waitForKeychainWrites();
    void createStorageParts(TokenVault* vault);
    void createCentralWidget();
    void createTokenActions();
    QDockWidget* createSavedTokensPanel();
    void connectSaveAndResult();
    void restoreSettings(QDockWidget* savedDock);
    void createMenus();
    void startExchange();
    void confirmPlatformMismatch(const QString& warning);
    void onExchangeSucceeded(const TokenResult& result);
    void onExchangeFailed(const GraphError& error);
    void onProfileActivated(const Profile& profile, const QString& token);
    void onRefreshed(const TokenResult& result);
    void onInspected(const TokenInfo& info);
    void updateResultNote();
    void applySettings();
    void abandonJob();
    /// What clearSecrets() and closing the window share: no job left to bring a token back,
    /// no secret left in the form or the result view.
    void discardSecrets();
    /// A forgotten profile's delivery targets go too, with their n8n keys.
    void forgetDeliveries(const QString& profileName);
    void showRenewalOutcome(const RenewalOutcome& outcome);

    TokenService* m_service;
    Clock m_clock;
    ExchangeForm* m_form;
    ResultPanel* m_result;
    StatusBanner* m_status;
    SecureClipboard* m_clipboard;
    TokenVault* m_vault = nullptr;
    bool m_closeWhenWritten = false; ///< a close waits for writesFinished()
    SaveTokenWidget* m_save = nullptr;
    SavedTokensView* m_saved = nullptr;
    TokenActions* m_actions = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_tokenMenu = nullptr;
    QMenu* m_viewMenu = nullptr; ///< created with the first side panel
    QMenu* m_helpMenu = nullptr;
    QAction* m_tokenActionsSeparator = nullptr;
    QAction* m_clearSecretsSeparator = nullptr; ///< token actions go in before it
    /// "Clear secrets" (Ctrl+Shift+Del), last in the Token menu; always enabled.
    QAction* m_clearSecretsAction = nullptr;
    QPointer<TokenJob> m_job;
    QPointer<VaultJob> m_replaceJob;
    QPointer<QMessageBox> m_mismatchBox;
    QPointer<SettingsDialog> m_settingsDialog;
    DeliveryStore* m_deliveries = nullptr;
    std::unique_ptr<NetworkManagerTransport> m_deliveryTransport; ///< on a network manager of its own (a child)
    QPointer<DeliveryDialog> m_deliveryDialog;
    QPointer<ProfileRenewer> m_renewer;
    RenewalTimer* m_renewalTimer = nullptr;
};
