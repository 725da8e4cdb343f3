#include "MainWindow.h"

#include "AppSettings.h"
#include "DeliveryDialog.h"
#include "DeliveryStatusText.h"
#include "vault/DeliveryStore.h"
#include "ExchangeForm.h"
#include "graph/GraphError.h"
#include "PagesDialog.h"
#include "ProfileActions.h"
#include "renewal/ProfileRenewer.h"
#include "renewal/RenewalTimer.h"
#include "vault/ProfileStore.h"
#include "ResultPanel.h"
#include "SaveTokenWidget.h"
#include "SavedTokensView.h"
#include "SecretLineEdit.h"
#include "SecureClipboard.h"
#include "SettingsDialog.h"
#include "StatusBanner.h"
#include "TokenActions.h"
#include "graph/TokenJob.h"
#include "graph/TokenService.h"
#include "http/NetworkManagerTransport.h"
#include "http/TrustingNetworkAccessManager.h"
#include "vault/TokenVault.h"
#include "UiResources.h"
#include "vault/VaultJob.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

MainWindow::MainWindow(TokenService* service, Clock clock, QWidget* parent)
    : MainWindow(service, static_cast<TokenVault*>(nullptr), std::move(clock), parent)
{
}

MainWindow::MainWindow(TokenService* service, TokenVault* vault, Clock clock, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_clock(std::move(clock))
    , m_form(new ExchangeForm)
    , m_result(new ResultPanel)
    , m_status(new StatusBanner)
    , m_clipboard(new SecureClipboard(this))
{
    m_clipboard->setObjectName(QStringLiteral("secureClipboard"));
    UiResources::ensureInitialized();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("LongLived"));
    // The application's icon (main() sets it) is every window's; a window made without it, as
    // in tests, brings its own. Each QIcon of the SVG is parsed anew, so not twice at start-up.
    if (QGuiApplication::windowIcon().isNull())
        setWindowIcon(QIcon(QStringLiteral(":/icons/longlived.svg")));

    m_form->setObjectName(QStringLiteral("exchangeForm"));
    m_result->setObjectName(QStringLiteral("resultPanel"));
    m_result->setClock(m_clock);
    m_result->setClipboard(m_clipboard);
    // Copy and Cut in the secret inputs go through the secure clipboard too.
    for (QLineEdit* edit : {m_form->appSecretEdit(), m_form->tokenEdit()}) {
        if (auto* secret = qobject_cast<SecretLineEdit*>(edit))
            secret->setClipboard(m_clipboard);
    }
    createStorageParts(vault);
    createCentralWidget();
    connect(m_form, &ExchangeForm::exchangeRequested, this, &MainWindow::exchange);
    connect(m_form, &ExchangeForm::cancelRequested, this, &MainWindow::cancelExchange);
    createMenus();
    createTokenActions();
    QDockWidget* savedDock = createSavedTokensPanel();
    connectSaveAndResult();
    restoreSettings(savedDock);
}

void MainWindow::createStorageParts(TokenVault* vault)
{
    if (!vault) {
        // The application's own settings file; the store goes with the vault.
        auto* store = new ProfileStore;
        vault = new TokenVault(store, this);
        store->setParent(vault);
        vault->setClock(m_clock);
    }
    m_vault = vault;
    m_save = new SaveTokenWidget(m_vault);
    m_save->setObjectName(QStringLiteral("saveTokenWidget"));
    m_saved = new SavedTokensView(m_vault);
    m_saved->setObjectName(QStringLiteral("savedTokensPanel"));
    m_saved->setClock(m_clock);
    // The vault's store, beside the profiles in the same settings file (forgetting a profile
    // removes its targets through it); the requests get a manager of their own (the
    // TokenService's is the caller's and may be pointed elsewhere).
    m_deliveries = m_vault->deliveryStore();
    m_deliveryTransport = std::make_unique<NetworkManagerTransport>(new TrustingNetworkAccessManager(this));
    m_saved->setDeliveryStore(m_deliveries);
    // Asked once, without waiting: the list says "renews automatically" only once systemd
    // says the timer is on, and Settings switches this same timer, so the list follows it.
    m_renewalTimer = new RenewalTimer(this);
    m_renewalTimer->setObjectName(QStringLiteral("renewalTimer"));
    m_saved->setRenewalTimer(m_renewalTimer);
    QMetaObject::invokeMethod(m_renewalTimer, &RenewalTimer::query, Qt::QueuedConnection);
}

void MainWindow::createCentralWidget()
{
    auto* exchangeGroup = new QGroupBox(tr("Exchange a short-lived token"));
    exchangeGroup->setObjectName(QStringLiteral("exchangeGroup"));
    auto* exchangeLayout = new QVBoxLayout(exchangeGroup);
    exchangeLayout->addWidget(m_form);

    auto* resultGroup = new QGroupBox(tr("Result"));
    resultGroup->setObjectName(QStringLiteral("resultGroup"));
    auto* resultLayout = new QVBoxLayout(resultGroup);
    resultLayout->addWidget(m_result);
    resultLayout->addWidget(m_save); // under the token it saves

    // One label column for both groups, so the fields line up down the window.
    const int labelWidth =
        qMax(qMax(m_form->labelColumnWidth(), m_result->labelColumnWidth()), m_save->labelColumnWidth());
    m_form->setLabelColumnMinimumWidth(labelWidth);
    m_result->setLabelColumnMinimumWidth(labelWidth);
    m_save->setLabelColumnMinimumWidth(labelWidth);

    auto* central = new QWidget;
    central->setObjectName(QStringLiteral("exchangePage"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(14, 12, 14, 14);
    layout->setSpacing(12);
    layout->addWidget(exchangeGroup);
    layout->addWidget(m_status);
    layout->addWidget(resultGroup);
    layout->addStretch(1);
    setCentralWidget(central);
}

void MainWindow::createTokenActions()
{
    m_actions = new TokenActions({m_service, m_vault, m_clipboard, m_clock}, m_form, m_result, this);
    // Reachable by shortcut from anywhere in the window, whether or not a menu shows them.
    addActions(m_actions->actions());
    for (QAction* action : {m_actions->refreshAction(), m_actions->inspectAction(), m_actions->pagesAction(),
                            m_actions->verifyAction()})
        addTokenAction(action);
    m_result->addActionButton(m_actions->cancelAction()); // shown only while an action runs
    connect(m_actions, &TokenActions::busyChanged, m_result, &ResultPanel::setBusy);
    connect(m_actions, &TokenActions::message, m_status, &StatusBanner::showMessage);
    connect(m_actions, &TokenActions::failed, m_status, &StatusBanner::showError);
    connect(m_actions, &TokenActions::credentialNeeded, this, [this](TokenActions::Credential which) {
        QLineEdit* edit = which == TokenActions::Credential::AppId ? m_form->appIdEdit() : m_form->appSecretEdit();
        edit->setFocus(Qt::OtherFocusReason);
    });
    connect(m_actions, &TokenActions::refreshed, this, &MainWindow::onRefreshed);
    connect(m_actions, &TokenActions::inspected, this, &MainWindow::onInspected);
}

QDockWidget* MainWindow::createSavedTokensPanel()
{
    // Saved tokens: the list is read from the settings alone, so it shows at once; the keychain
    // is only touched when the user opens, saves or forgets a token.
    // The dock's title says what the panel's own heading says: one is enough.
    if (auto* heading = m_saved->findChild<QLabel*>(QStringLiteral("savedTokensLabel")))
        heading->hide();
    QDockWidget* savedDock = addSidePanel(m_saved, tr("Saved tokens"), Qt::RightDockWidgetArea);
    connect(m_saved, &SavedTokensView::profileActivated, this, &MainWindow::onProfileActivated);
    connect(m_saved->profileActions(), &ProfileActions::deliveryRequested, this, &MainWindow::showDelivery);
    connect(m_saved->profileActions(), &ProfileActions::renewRequested, this, &MainWindow::renewNow);
    m_saved->profileActions()->renewAction()->setVisible(true);
    connect(m_saved, &SavedTokensView::profileForgotten, this, [this](const QString& name) {
        forgetDeliveries(name);
        if (m_result->savedProfile() && m_result->savedProfile()->name == name)
            m_result->setSavedProfile(std::nullopt); // the token stays on screen, now unsaved
        m_status->showMessage(StatusBanner::Kind::Info, tr("Forgot “%1”: it is no longer in the keyring.").arg(name));
    });
    return savedDock;
}

void MainWindow::connectSaveAndResult()
{
    connect(m_save, &SaveTokenWidget::saved, this, [this](const Profile& profile) {
        m_result->setSavedProfile(profile);
        m_status->showMessage(StatusBanner::Kind::Success, tr("Saved “%1” in the keyring.").arg(profile.name));
    });
    connect(m_save, &SaveTokenWidget::saveFailed, this, [this](const VaultError& error) {
        // The details are under the save row; the token itself is untouched.
        m_status->showMessage(StatusBanner::Kind::Warning,
                              tr("Not saved: %1 The token is still shown below, and Copy still works.")
                                  .arg(error.title()));
    });
    connect(m_result, &ResultPanel::resultChanged, this, [this] {
        if (!m_result->hasResult())
            m_save->clear();
        updateResultNote();
    });
}

void MainWindow::restoreSettings(QDockWidget* savedDock)
{
    // Everything here is local and fast (QSettings): the window must appear at once.
    AppSettings settings;
    for (Platform platform : Platforms::all())
        m_form->setAppId(platform, settings.lastAppId(platform));
    applySettings();
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1100, 660);
    if (!restoreState(settings.windowState())) {
        // First start: room for the saved tokens' columns (name, platform, App ID, saved, expires).
        resizeDocks({savedDock}, {440}, Qt::Horizontal);
    }

    QWidget* first = m_form->appIdEdit()->text().isEmpty() ? m_form->appIdEdit() : m_form->appSecretEdit();
    first->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    // Nobody listens any more: no signal about the jobs stopped here.
    const QSignalBlocker blocker(this);
    m_actions->abandon();
    abandonJob();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction* settingsAction = m_fileMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    // QKeySequence::Preferences is empty on some desktops; Ctrl+, is the common fallback.
    settingsAction->setShortcuts({QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_fileMenu->addSeparator();
    QAction* quitAction = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setMenuRole(QAction::QuitRole);
    quitAction->setShortcut(QKeySequence::Quit);

    m_tokenMenu = menuBar()->addMenu(tr("&Token"));
    m_tokenMenu->setObjectName(QStringLiteral("tokenMenu"));
    m_tokenMenu->addAction(m_form->exchangeAction());
    m_tokenMenu->addAction(m_form->cancelAction());
    m_tokenMenu->addSeparator();
    m_tokenMenu->addAction(m_result->copyAction());
    // The button's own action: one Ctrl+S, whether from the menu, the button or the keyboard.
    m_tokenMenu->addAction(m_save->saveAction());
    m_tokenActionsSeparator = m_tokenMenu->addSeparator();
    // Last and apart (addTokenAction() inserts above it): it throws the secrets away.
    m_clearSecretsSeparator = m_tokenMenu->addSeparator();
    m_clearSecretsAction = m_tokenMenu->addAction(tr("C&lear secrets"), this, &MainWindow::clearSecrets);
    m_clearSecretsAction->setObjectName(QStringLiteral("clearSecretsAction"));
    // Browsers' "clear private data" shortcut; QLineEdit binds nothing to it, so it works from the fields.
    m_clearSecretsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_clearSecretsAction->setShortcutContext(Qt::WindowShortcut);
    const QString clearTip = tr("Empty the App Secret, the short-lived token and the long-lived token shown; saved "
                                "tokens stay in the keyring (%1)")
                                 .arg(m_clearSecretsAction->shortcut().toString(QKeySequence::NativeText));
    m_clearSecretsAction->setToolTip(clearTip);
    m_clearSecretsAction->setStatusTip(clearTip);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* aboutAction = m_helpMenu->addAction(tr("&About LongLived"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction* aboutQtAction = m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

QDockWidget* MainWindow::addSidePanel(QWidget* panel, const QString& title, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(panel->objectName() + QStringLiteral("Dock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    dock->setWidget(panel);
    // restoreState() ran in the constructor, before this dock existed: put it back where the
    // user left it (or hidden, if they closed it); the first time, dock it in \a area.
    if (!restoreDockWidget(dock))
        addDockWidget(area, dock);
    if (!m_viewMenu) {
        m_viewMenu = new QMenu(tr("&View"), this);
        m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
        menuBar()->insertMenu(m_helpMenu->menuAction(), m_viewMenu);
    }
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::addTokenAction(QAction* action)
{
    m_tokenMenu->insertAction(m_clearSecretsSeparator, action);
    m_result->addActionButton(action);
}

void MainWindow::exchange()
{
    if (m_job || m_mismatchBox || !m_form->isInputValid())
        return;
    // A token of another platform fails at best (a Threads token sent to Facebook is refused):
    // ask before anything is sent.
    const QString warning = m_form->mismatchWarning();
    if (!warning.isEmpty()) {
        confirmPlatformMismatch(warning);
        return;
    }
    startExchange();
}

void MainWindow::confirmPlatformMismatch(const QString& warning)
{
    const Platform chosen = m_form->platform();
    const std::optional<Platform> detected = Platforms::detect(m_form->request().token);
    if (!detected)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Check the platform"), warning, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("platformMismatchConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Each platform has its own endpoint and its own app: a %1 token sent to %2 is "
                               "refused. Send it to %2 anyway?")
                                .arg(Platforms::displayName(*detected), Platforms::displayName(chosen)));
    QPushButton* switchButton = box->addButton(tr("Switch to %1").arg(Platforms::displayName(*detected)),
                                               QMessageBox::AcceptRole);
    switchButton->setObjectName(QStringLiteral("switchPlatformButton"));
    QPushButton* sendButton = box->addButton(tr("Send to %1 anyway").arg(Platforms::displayName(chosen)),
                                             QMessageBox::DestructiveRole);
    sendButton->setObjectName(QStringLiteral("sendAnywayButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(switchButton);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, switchButton, sendButton, chosen, detected] {
        m_mismatchBox = nullptr; // closed now, deleted later
        if (box->clickedButton() == sendButton) {
            if (m_form->platform() == chosen && m_form->isInputValid())
                startExchange();
        } else if (box->clickedButton() == switchButton) {
            m_form->setPlatform(*detected);
            m_form->setPlatformChosenByUser(false); // it agrees with the token now
            m_status->showMessage(StatusBanner::Kind::Info,
                                  tr("Switched to %1. Check that the App Secret is the %1 app's own, then exchange.")
                                      .arg(Platforms::displayName(*detected)));
            m_form->appSecretEdit()->setFocus(Qt::OtherFocusReason);
        }
    });
    m_mismatchBox = box;
    box->open(); // window-modal, no nested event loop
}

void MainWindow::startExchange()
{
    if (m_job || !m_form->isInputValid())
        return;
    // A new token is coming: whatever ran on the old one no longer matters.
    m_actions->abandon();
    TokenRequest request = m_form->request();
    request.apiVersion = m_service->config().apiVersion;
    if (!request.appId.isEmpty()) {
        // Public; the secret is never stored. Only when it changed: every write syncs the settings
        // file on this thread (lock file, two fdatasync, rename: 10-30 ms measured, bench/).
        AppSettings settings;
        if (settings.lastAppId(request.platform) != request.appId)
            settings.setLastAppId(request.platform, request.appId);
    }

    m_form->setBusy(true);
    m_status->showMessage(StatusBanner::Kind::Busy,
                          tr("Exchanging the %1 token with Meta…").arg(Platforms::displayName(request.platform)));
    m_job = m_service->exchange(request);
    connect(m_job, &TokenJob::succeeded, this, &MainWindow::onExchangeSucceeded);
    connect(m_job, &TokenJob::failed, this, &MainWindow::onExchangeFailed);
}

void MainWindow::cancelExchange()
{
    if (!m_job)
        return;
    m_job->cancel(); // failed(Canceled) follows synchronously
    if (m_job) {
        // Defensive: whatever the job does, the user asked to stop, and the form comes back now.
        abandonJob();
        onExchangeFailed(GraphError(GraphError::Kind::Canceled));
    }
}

void MainWindow::clearSecrets()
{
    discardSecrets();
    if (PagesDialog* pages = m_actions->pagesDialog())
        pages->close(); // its Page tokens are secrets too
    if (m_mismatchBox)
        m_mismatchBox->reject(); // it asks about a token that is gone
    // Only LongLived's own copy: whatever the user copied since then stays.
    m_clipboard->clearIfUnchanged();
    m_status->showMessage(StatusBanner::Kind::Info, tr("Secrets cleared. Saved tokens stay in the keyring."));
    // Focus may have been on a button that is disabled now (Copy); the next thing to type goes here.
    m_form->appSecretEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::discardSecrets()
{
    // First: a late answer would bring a token back.
    m_actions->abandon();
    abandonJob();
    m_saved->abandonOpen(); // a saved token still being read from the keyring
    m_form->clearSecrets();
    m_result->clear(); // the save row forgets the token and the App Secret with it (resultChanged)
}

void MainWindow::onExchangeSucceeded(const TokenResult& result)
{
    m_job = nullptr;
    m_form->setBusy(false);
    m_result->setResult(result); // a new token, not saved yet
    const TokenRequest request = m_form->request();
    m_save->setToken(result, request.appId, m_service->config().apiVersion, request.appSecret);
    QString message = tr("Done: your long-lived token is ready below.");
    if (result.expirySource == TokenResult::ExpirySource::DebugToken) {
        message += QLatin1Char('\n') + tr("Meta's answer did not say when it expires; debug_token did.");
    } else if (!result.hasKnownExpiry() && !result.neverExpires) {
        message += QLatin1Char('\n') + tr("Meta did not say when it expires.");
        if (result.expiryLookupError.isError() && result.expiryLookupError.kind() != GraphError::Kind::Canceled)
            message += QLatin1Char(' ') + tr("Asking debug_token failed: %1").arg(result.expiryLookupError.title());
        else if (Platforms::supportsInspect(result.platform))
            message += QLatin1Char(' ') + tr("Inspect asks debug_token (it needs the App ID and App Secret).");
    }
    m_status->showMessage(StatusBanner::Kind::Success, message);
    m_result->focusCopyButton();
    emit tokenReceived(result);
}

void MainWindow::onExchangeFailed(const GraphError& error)
{
    m_job = nullptr;
    m_form->setBusy(false); // everything typed stays in the form
    // A token from before stays (it may not be saved yet), clearly marked as not this answer.
    m_result->markAsPrevious();
    m_save->markAsPrevious();
    m_status->showError(error);
}

void MainWindow::onProfileActivated(const Profile& profile, const QString& token)
{
    // Shown like a fresh token (masked), and offered for saving under its own name again.
    m_result->setResult(profile.toTokenResult(token), profile);
    m_save->setSavedProfile(profile, token);
    m_status->showMessage(StatusBanner::Kind::Info, tr("Showing the saved token “%1”.").arg(profile.name));
}

void MainWindow::showDelivery(const QString& profileName)
{
    if (m_deliveryDialog && m_deliveryDialog->profileName() == profileName) {
        m_deliveryDialog->raise();
        m_deliveryDialog->activateWindow();
        return;
    }
    if (m_deliveryDialog)
        m_deliveryDialog->reject(); // another profile's: stops what it runs, then goes
    auto* dialog = new DeliveryDialog(profileName, m_deliveries, m_vault, m_deliveryTransport.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_clock);
    m_deliveryDialog = dialog;
    dialog->show();
}

void MainWindow::renewNow(const QString& profileName)
{
    if (m_renewer)
        return; // one at a time: Renew now is disabled meanwhile
    // Forced: the user asked now, whatever the dates say (Meta still decides).
    const RenewalPolicy policy(RenewalPolicy::defaultWithinDays, true, m_clock);
    auto* renewer
        = new ProfileRenewer({m_service, m_vault, m_deliveries, m_deliveryTransport.get()}, policy, profileName, this);
    renewer->setObjectName(QStringLiteral("profileRenewer"));
    m_renewer = renewer;
    m_saved->profileActions()->setRenewing(true);
    m_status->showMessage(StatusBanner::Kind::Busy, tr("Renewing “%1”…").arg(profileName));
    connect(renewer, &ProfileRenewer::finished, this, [this, renewer](const RenewalOutcome& outcome) {
        renewer->deleteLater();
        m_saved->profileActions()->setRenewing(false);
        showRenewalOutcome(outcome);
    });
    renewer->start();
}

void MainWindow::showRenewalOutcome(const RenewalOutcome& outcome)
{
    const QString& name = outcome.profileName;
    if (outcome.failed()) {
        m_status->showMessage(StatusBanner::Kind::Error,
                              tr("“%1” was not renewed: %2").arg(name, outcome.message) + QLatin1Char('\n')
                                  + tr("The token saved before is still in the keyring."));
        return;
    }
    QString text = outcome.action == QLatin1String("renewed")
        ? tr("Renewed “%1”: the new token is in the keyring.").arg(name)
        : tr("“%1”: %2").arg(name, outcome.message);
    for (const DeliveryOutcome& delivery : outcome.deliveries) {
        if (!delivery.result.isOk())
            text += QLatin1Char('\n')
                + tr("Not delivered to %1: %2")
                      .arg(DeliveryStatusText::where(delivery.target), delivery.result.message());
    }
    m_status->showMessage(outcome.isFine() ? StatusBanner::Kind::Success : StatusBanner::Kind::Warning, text);
}

void MainWindow::forgetDeliveries(const QString& profileName)
{
    for (const DeliveryTarget& target : m_deliveries->targets(profileName)) {
        if (target.kind == DeliveryTarget::Kind::N8n)
            m_vault->forgetDeliveryKey(profileName, target.id); // nobody waits: the profile is gone
    }
    m_deliveries->removeProfile(profileName);
}

void MainWindow::onRefreshed(const TokenResult& result)
{
    const std::optional<Profile> profile = m_result->savedProfile();
    m_result->setResult(result); // not saved as it is: the old token is
    if (!profile) {
        const TokenRequest request = m_form->request();
        const bool formMatches = request.platform == result.platform;
        m_save->setToken(result, formMatches ? request.appId : QString(), m_service->config().apiVersion,
                         formMatches ? request.appSecret : QString());
        m_status->showMessage(StatusBanner::Kind::Success,
                              tr("Refreshed: the new token is shown below. It lasts 60 days; the old one is no "
                                 "longer needed."));
        return;
    }

    // Saved: the keychain entry is overwritten in place, the old token kept until the new one
    // is stored. Meanwhile the new token is on screen, so nothing is lost if the keychain fails.
    // As `renew` records it: the new expiry and type, obtained and renewed now.
    const Profile updated = profile->renewedWith(result, m_clock());
    m_save->setToken(result, profile->appId, profile->apiVersion);
    m_save->profileNameEdit()->setText(profile->name); // saving again replaces it (after asking)
    m_status->showMessage(StatusBanner::Kind::Busy,
                          tr("Refreshed. Replacing the token saved as “%1” in the keyring…").arg(profile->name));
    VaultJob* job = m_vault->replaceToken(updated, result.accessToken);
    m_replaceJob = job;
    const QString token = result.accessToken;
    connect(job, &VaultJob::succeeded, this, [this, token](const Profile& stored) {
        const bool shown = m_result->hasResult() && m_result->result().accessToken == token;
        if (shown) {
            m_result->setSavedProfile(stored);
            m_save->setSavedProfile(stored, token);
        }
        m_status->showMessage(StatusBanner::Kind::Success,
                              tr("Refreshed: the new token replaces the one saved as “%1” in the keyring.")
                                  .arg(stored.name));
    });
    connect(job, &VaultJob::failed, this, [this, name = profile->name](const VaultError& error) {
        m_status->showMessage(StatusBanner::Kind::Error,
                              tr("Refreshed, but the keyring still holds the old token of “%1”:").arg(name)
                                  + QLatin1Char('\n') + error.displayText() + QLatin1Char('\n')
                                  + tr("The new token is shown below: copy it, or save it again."));
    });
}

void MainWindow::onInspected(const TokenInfo& info)
{
    TokenResult result = m_result->result();
    if (result.hasKnownExpiry() || result.neverExpires || !info.hasKnownExpiry())
        return;
    // The expiry nobody had said: now debug_token did.
    result.expiresAt = info.expiresAt;
    result.neverExpires = info.neverExpires;
    result.expirySource = TokenResult::ExpirySource::DebugToken;
    const std::optional<Profile> profile = m_result->savedProfile();
    m_result->setResult(result, profile);
    m_save->setExpiry(result.expiresAt, result.neverExpires);
    if (profile && !profile->expiresAt.isValid() && !profile->neverExpires) {
        // Non-secret metadata only: the keychain is not touched.
        Profile updated = *profile;
        updated.expiresAt = result.expiresAt;
        updated.neverExpires = result.neverExpires;
        if (m_vault->profileStore()->put(updated))
            m_result->setSavedProfile(updated);
    }
}

void MainWindow::updateResultNote()
{
    QStringList notes;
    if (m_result->hasResult()) {
        const TokenResult& result = m_result->result();
        if (!result.hasKnownExpiry() && !result.neverExpires && Platforms::supportsInspect(result.platform))
            notes << tr("Meta did not say when this token expires: Inspect asks debug_token.");
        if (Platforms::supportsRefresh(result.platform)) {
            notes << tr("Refresh it before it expires: possible once it is 24 hours old, and each refresh gives "
                        "another 60 days. An expired token cannot be refreshed; you must log in again.");
        }
    }
    m_result->setNote(notes.join(QLatin1Char('\n')));
}

void MainWindow::abandonJob()
{
    if (!m_job)
        return;
    TokenJob* job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel();
    m_form->setBusy(false);
}

void MainWindow::applySettings()
{
    AppSettings settings;
    m_service->setApiVersion(settings.apiVersion());
    m_clipboard->setClearTimeoutMs(settings.clipboardClearSeconds() * 1000);
}

void MainWindow::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    AppSettings settings;
    m_settingsDialog = new SettingsDialog(m_renewalTimer, this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->setApiVersion(settings.apiVersion());
    m_settingsDialog->setClipboardClearSeconds(settings.clipboardClearSeconds());
    connect(m_settingsDialog, &QDialog::accepted, this, [this] {
        AppSettings settings;
        settings.setApiVersion(m_settingsDialog->apiVersion());
        settings.setClipboardClearSeconds(m_settingsDialog->clipboardClearSeconds());
        applySettings();
    });
    m_settingsDialog->open(); // window-modal, no nested event loop
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About LongLived"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>LongLived %1</h3>"
                    "<p>Exchanges Meta short-lived access tokens for long-lived ones.</p>"
                    "<p>Your App Secret and tokens go only to Meta, and are never written to the settings.</p>")
                     .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    box->setInformativeText(tr("Built with Qt %1.").arg(QLatin1String(QT_VERSION_STR)));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

bool MainWindow::waitForKeychainWrites()
{
    if (!m_vault || m_vault->writesInFlight() == 0)
        return false;
    // Closing now could end the process between the keychain write and the profile that lists
    // it. Each keychain call is bounded by the vault's timeout, so this wait is too.
    const int seconds = (m_vault->timeoutMs() * 2 + 999) / 1000;
    m_status->showMessage(StatusBanner::Kind::Busy,
                          tr("Saving to the keyring… LongLived closes when the keyring answers "
                             "(at most %1 s).")
                              .arg(seconds));
    if (!m_closeWhenWritten) {
        m_closeWhenWritten = true;
        // Queued: the finished job's own handlers (the "Saved" message, the list) run first.
        connect(
            m_vault, &TokenVault::writesFinished, this,
            [this] {
                m_closeWhenWritten = false;
                close();
            },
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (waitForKeychainWrites()) {
        event->ignore();
        return;
    }
    // Only what changed: each write syncs the settings file (lock file, fdatasync, rename), and
    // quitting should not wait on the disk for a window that was not moved (bench/).
    AppSettings settings;
    const QByteArray geometry = saveGeometry();
    if (settings.windowGeometry() != geometry)
        settings.setWindowGeometry(geometry);
    const QByteArray state = saveState();
    if (settings.windowState() != state)
        settings.setWindowState(state);
    // The window is gone for the user: the secrets go from its widgets too (the clipboard
    // clears itself on quit).
    discardSecrets();
    QMainWindow::closeEvent(event);
}
