#pragma once

#include "support/Clock.h"
#include "vault/Profile.h"
#include "vault/TokenVault.h"
#include "vault/VaultError.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class DeliveryStore;
class ProfileActions;
class QAction;
class QLabel;
class QMessageBox;
class QPushButton;
class QTreeView;
class RenewalTimer;
class SavedTokensModel;

namespace Ui {
class SavedTokensView;
}

/// "Saved tokens": the profiles kept in the keychain, with platform, App ID, when saved and
/// the remaining lifetime. The list comes from the ProfileStore alone (no keychain access, so
/// it shows at once at start-up, keyring locked or not) and follows it as it changes.
/// The keychain is touched only when the user opens a profile (selecting or activating a row
/// loads its token asynchronously, then profileActivated() carries it) or forgets one
/// (Forget, after a confirmation). Failures show the VaultError's text under the list.
///
/// Hosting it: `new SavedTokensView(vault, parent)`, connect profileActivated() to show the
/// token (Profile::toTokenResult(token) gives a TokenResult); for the Delivery column and
/// button, setDeliveryStore() and answer profileActions()->deliveryRequested().
class SavedTokensView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    explicit SavedTokensView(QWidget* parent = nullptr);
    /// \a vault (and its ProfileStore) must outlive the view.
    explicit SavedTokensView(TokenVault* vault, QWidget* parent = nullptr);
    ~SavedTokensView() override;

    void setVault(TokenVault* vault);
    /// Where the Delivery column reads each profile's targets from (it follows the store's
    /// changes); without one the column shows "—". Must outlive the view.
    void setDeliveryStore(DeliveryStore* store);
    /// The renewal timer whose state the Renewal and Delivery columns follow (every answer it
    /// gets, also when Settings switches it). The view only listens: the host asks it. Without
    /// one the columns say what holds whether or not the timer runs.
    void setRenewalTimer(RenewalTimer* timer);
    /// Delivery… and Renew now for the selected profile (buttons and the list's context menu);
    /// the host answers their requests.
    ProfileActions* profileActions() const { return m_profileActions; }
    TokenVault* vault() const { return m_vault; }
    /// The source of "now" for the remaining lifetimes (pinned in tests).
    void setClock(Clock clock);

    /// The name of the selected profile; empty when none is selected.
    QString currentProfileName() const;
    /// A keychain call of this view is running (open, forget or save).
    bool isBusy() const;

    SavedTokensModel* model() const { return m_model; }
    QTreeView* list() const;
    QPushButton* forgetButton() const;
    QPushButton* deliveryButton() const;
    QPushButton* renewButton() const;
    QLabel* statusLabel() const;
    /// Names a save started but never finished (the keyring timed out, LongLived was ended
    /// mid-save): their keychain entries may exist with no profile listing them.
    QLabel* unfinishedLabel() const { return m_unfinishedLabel; }
    /// Deletes those possible entries (and forgets the names).
    QPushButton* forgetUnfinishedButton() const { return m_forgetUnfinishedButton; }

public slots:
    /// Reads the list again from the ProfileStore (done automatically when it changes).
    void reload();
    /// Selects the profile named \a name, which opens it.
    void selectProfile(const QString& name);
    /// Loads the token of \a name from the keychain; profileActivated() follows on success.
    /// A newer open supersedes an older one still running.
    void openProfile(const QString& name);
    /// Drops the result of an open still running: its token will not be shown (the user
    /// cleared the window's secrets meanwhile). The keychain read itself finishes unseen.
    void abandonOpen();
    /// Asks for confirmation, then deletes the selected profile's keychain entries and the profile.
    void forgetCurrent();
    /// Saves \a token (and \a appSecret when not empty; an empty one leaves a stored secret
    /// alone) under \a profile through the vault and reports here, then selects the profile
    /// without opening it; for hosts that offer saving without a SaveTokenWidget.
    void saveToken(const Profile& profile, const QString& token, const QString& appSecret = QString());

signals:
    /// The token of \a profile was read from the keychain (a secret: show it masked).
    void profileActivated(const Profile& profile, const QString& token);
    /// \a name's keychain entries and profile were deleted.
    void profileForgotten(const QString& name);
    /// A keychain call failed; the view shows error.displayText() itself as well.
    void vaultFailed(const VaultError& error);
    void busyChanged(bool busy);

private:
    void onCurrentRowChanged();
    void confirmForget(const QString& name);
    void forget(const QString& name);
    void showStatus(const QString& text, bool isError = false);
    void setStatus(const QString& text, const QString& kind);
    void showError(const VaultError& error);
    void showIdleStatus();
    void track(VaultJob* job);
    void updateActions();
    void updateUnfinished();
    void forgetUnfinished();
    void reloadDeliveries();
    void mirror(QAction* action, QPushButton* button);
    void showContextMenu(const QPoint& position);

    std::unique_ptr<Ui::SavedTokensView> m_ui;
    SavedTokensModel* m_model;
    QPointer<TokenVault> m_vault;
    QPointer<DeliveryStore> m_deliveries;
    QPointer<RenewalTimer> m_renewalTimer;
    ProfileActions* m_profileActions;
    QPointer<VaultJob> m_openJob;
    QList<QPointer<VaultJob>> m_jobs; // every job of this view still running
    QPointer<QMessageBox> m_confirmation;
    QTimer m_lifetimeTimer;
    bool m_restoringSelection = false;
    bool m_wasBusy = false;
    QLabel* m_unfinishedLabel = nullptr;
    QPushButton* m_forgetUnfinishedButton = nullptr;
};
