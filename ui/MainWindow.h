#pragma once

#include "Clock.h"
#include "TokenResult.h"

#include <QMainWindow>
#include <QPointer>

class ExchangeForm;
class GraphError;
class QDockWidget;
class QMenu;
class ResultPanel;
class SecureClipboard;
class SettingsDialog;
class StatusBanner;
class TokenJob;
class TokenService;

/// The window `longlived`: the exchange form, the status area and the result panel, one
/// under the other, plus menus (File, Token, Help). It wires the form to the TokenService
/// and the result to the SecureClipboard; the widgets themselves know no service.
///
/// Extending it:
///  - a side panel (saved tokens, ...): addSidePanel(widget, title) docks it and adds a
///    toggle to the View menu; docks in the same area become tabs;
///  - a token action (Refresh, Inspect, Pages, Verify, Save, ...): addTokenAction(action)
///    puts it in the Token menu and as a button beside Copy; read the token from
///    resultPanel()->result() and report with statusBanner();
///  - a platform selector: ExchangeForm::setPlatform().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// \a service is not owned and must outlive the window. \a clock gives "now" for the
    /// relative expiry (the service has its own, for receivedAt; pass the same one).
    explicit MainWindow(TokenService* service, Clock clock = systemClock(), QWidget* parent = nullptr);
    ~MainWindow() override;

    TokenService* service() const { return m_service; }
    ExchangeForm* exchangeForm() const { return m_form; }
    ResultPanel* resultPanel() const { return m_result; }
    StatusBanner* statusBanner() const { return m_status; }
    SecureClipboard* clipboard() const { return m_clipboard; }

    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* tokenMenu() const { return m_tokenMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }
    /// Created with the first side panel.
    QMenu* viewMenu() const { return m_viewMenu; }

    /// Docks \a panel (give it an objectName: the dock's layout is saved under it) and adds
    /// its show/hide toggle to the View menu. Returns the dock.
    QDockWidget* addSidePanel(QWidget* panel, const QString& title,
                              Qt::DockWidgetArea area = Qt::LeftDockWidgetArea);
    /// Adds \a action to the Token menu and as a button in the result panel.
    void addTokenAction(QAction* action);

    bool isExchanging() const { return !m_job.isNull(); }

public slots:
    void exchange();
    void cancelExchange();
    void showSettings();
    void showAbout();

signals:
    /// A new long-lived token arrived (it is also shown in the result panel).
    void tokenReceived(const TokenResult& result);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void onExchangeSucceeded(const TokenResult& result);
    void onExchangeFailed(const GraphError& error);
    void applySettings();
    void abandonJob();

    TokenService* m_service;
    Clock m_clock;
    ExchangeForm* m_form;
    ResultPanel* m_result;
    StatusBanner* m_status;
    SecureClipboard* m_clipboard;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_tokenMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_tokenActionsSeparator = nullptr;
    QPointer<TokenJob> m_job;
    QPointer<SettingsDialog> m_settingsDialog;
};
