#include "MainWindow.h"

#include "AppSettings.h"
#include "ExchangeForm.h"
#include "GraphError.h"
#include "ResultPanel.h"
#include "SecureClipboard.h"
#include "SettingsDialog.h"
#include "StatusBanner.h"
#include "TokenJob.h"
#include "TokenService.h"
#include "UiResources.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

MainWindow::MainWindow(TokenService* service, Clock clock, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_clock(std::move(clock))
    , m_form(new ExchangeForm)
    , m_result(new ResultPanel)
    , m_status(new StatusBanner)
    , m_clipboard(new SecureClipboard(this))
{
    UiResources::ensureInitialized();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("LongLived"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/longlived.svg")));

    m_form->setObjectName(QStringLiteral("exchangeForm"));
    m_result->setObjectName(QStringLiteral("resultPanel"));
    m_result->setClock(m_clock);
    m_result->setClipboard(m_clipboard);

    auto* exchangeGroup = new QGroupBox(tr("Exchange a short-lived token"));
    exchangeGroup->setObjectName(QStringLiteral("exchangeGroup"));
    auto* exchangeLayout = new QVBoxLayout(exchangeGroup);
    exchangeLayout->addWidget(m_form);

    auto* resultGroup = new QGroupBox(tr("Result"));
    resultGroup->setObjectName(QStringLiteral("resultGroup"));
    auto* resultLayout = new QVBoxLayout(resultGroup);
    resultLayout->addWidget(m_result);

    // One label column for both groups, so the fields line up down the window.
    const int labelWidth = qMax(m_form->labelColumnWidth(), m_result->labelColumnWidth());
    m_form->setLabelColumnMinimumWidth(labelWidth);
    m_result->setLabelColumnMinimumWidth(labelWidth);

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

    connect(m_form, &ExchangeForm::exchangeRequested, this, &MainWindow::exchange);
    connect(m_form, &ExchangeForm::cancelRequested, this, &MainWindow::cancelExchange);

    createMenus();

    // Everything here is local and fast (QSettings): the window must appear at once.
    AppSettings settings;
    m_form->setAppId(settings.lastAppId());
    applySettings();
    if (!restoreGeometry(settings.windowGeometry()))
        resize(700, 540);
    restoreState(settings.windowState());

    QWidget* first = m_form->appIdEdit()->text().isEmpty() ? m_form->appIdEdit() : m_form->appSecretEdit();
    first->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
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
    m_tokenActionsSeparator = m_tokenMenu->addSeparator();

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
    m_tokenMenu->addAction(action);
    m_result->addActionButton(action);
}

void MainWindow::exchange()
{
    if (m_job || !m_form->isInputValid())
        return;
    TokenRequest request = m_form->request();
    request.apiVersion = m_service->config().apiVersion;
    if (!request.appId.isEmpty())
        AppSettings().setLastAppId(request.appId); // public; the secret is never stored

    m_form->setBusy(true);
    m_status->showMessage(StatusBanner::Kind::Busy, tr("Exchanging the token with Meta…"));
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

void MainWindow::onExchangeSucceeded(const TokenResult& result)
{
    m_job = nullptr;
    m_form->setBusy(false);
    m_result->setResult(result);
    QString message = tr("Done: your long-lived token is ready below.");
    if (result.expirySource == TokenResult::ExpirySource::DebugToken) {
        message += QLatin1Char('\n') + tr("Meta's answer did not say when it expires; debug_token did.");
    } else if (!result.hasKnownExpiry() && !result.neverExpires) {
        message += QLatin1Char('\n') + tr("Meta did not say when it expires.");
        if (result.expiryLookupError.isError() && result.expiryLookupError.kind() != GraphError::Kind::Canceled)
            message += QLatin1Char(' ') + tr("Asking debug_token failed: %1").arg(result.expiryLookupError.title());
    }
    m_status->showMessage(StatusBanner::Kind::Success, message);
    if (QWidget* copy = m_result->findChild<QPushButton*>(QStringLiteral("copyButton")))
        copy->setFocus(Qt::OtherFocusReason);
    emit tokenReceived(result);
}

void MainWindow::onExchangeFailed(const GraphError& error)
{
    m_job = nullptr;
    m_form->setBusy(false); // everything typed stays in the form
    m_status->showError(error);
}

void MainWindow::abandonJob()
{
    if (!m_job)
        return;
    TokenJob* job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel();
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
    m_settingsDialog = new SettingsDialog(this);
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    abandonJob();
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
}
