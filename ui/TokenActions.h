#pragma once

#include "StatusBanner.h"
#include "graph/GraphError.h"
#include "graph/TokenInfo.h"
#include "graph/TokenResult.h"
#include "support/Clock.h"
#include "vault/VaultError.h"

#include <QObject>
#include <QPointer>

#include <QList>

#include <functional>

class ExchangeForm;
class GraphJob;
class PagesDialog;
struct PageList;
class QAction;
class ResultPanel;
class SecureClipboard;
class TokenInfoDialog;
class TokenService;
class TokenVault;
class VaultJob;

/// What can be done with the token in the result view, as actions for the Token menu and
/// buttons beside Copy (MainWindow::addTokenAction()):
///  - Refresh (Threads, Instagram): a new 60-day token; refreshed() carries it to the window;
///  - Inspect: debug_token, shown in a TokenInfoDialog; needs the App ID and App Secret;
///  - Pages (Facebook): the user's Pages and their tokens, shown in a PagesDialog;
///  - Verify: /me, "Belongs to <name> (ID …)" in the status banner.
/// Actions that do not apply to the token's platform are hidden. One call at a time, never
/// beside an exchange (while the form is busy: ExchangeForm::isBusy()); Cancel (Escape) stops it
/// at once. Nothing blocks the UI thread.
///
/// It reads its inputs from the parts it is given (the token and its saved profile from the
/// ResultPanel, the App ID and App Secret from the ExchangeForm) and answers only through
/// signals: busyChanged(), message() and failed() for the status area, credentialNeeded() for
/// the field to fill in, refreshed() and inspected() for the token shown. Whoever hosts it
/// connects them; it knows no window.
///
/// The App ID and App Secret come from the form when it is on the token's platform; for a
/// token reopened from Saved tokens the profile's App ID counts, and its stored App Secret
/// (if one was saved) is read from the keychain only when an action needs it.
class TokenActions : public QObject
{
    Q_OBJECT

public:
    /// What the actions use, none owned; all must outlive the actions. Without a vault no
    /// stored App Secret is read.
    struct Collaborators {
        TokenService* service = nullptr;
        TokenVault* vault = nullptr;
        SecureClipboard* clipboard = nullptr; ///< for the Pages view's Copy
        Clock clock = systemClock(); ///< "now" for the Inspect view's expiry
    };
    enum class Credential { AppId, AppSecret };
    Q_ENUM(Credential)

    /// \a form and \a result are read, never changed. \a parent (the window) is the parent of
    /// the Inspect and Pages views too.
    TokenActions(const Collaborators& collaborators, const ExchangeForm* form, const ResultPanel* result,
                 QWidget* parent);
    ~TokenActions() override;

    /// All five, for a host that wants their shortcuts everywhere in its window.
    QList<QAction*> actions() const;

    QAction* refreshAction() const { return m_refreshAction; }
    QAction* inspectAction() const { return m_inspectAction; }
    QAction* pagesAction() const { return m_pagesAction; }
    QAction* verifyAction() const { return m_verifyAction; }
    /// "Cancel" (Escape); visible and enabled only while an action runs.
    QAction* cancelAction() const { return m_cancelAction; }

    bool isBusy() const { return m_busy; }
    /// The Inspect / Pages view opened last, while it is open.
    TokenInfoDialog* inspectDialog() const;
    PagesDialog* pagesDialog() const;

public slots:
    void refresh();
    void inspect();
    void listPages();
    void verify();
    /// Stops the running action; the status says "Canceled.".
    void cancel();
    /// Stops the running action without a word (a new exchange, the window closing).
    void abandon();
    /// Enables and shows the actions for the token shown and what is running.
    void updateActions();

signals:
    /// A refreshed token (the window shows it, and replaces a saved one).
    void refreshed(const TokenResult& result);
    /// debug_token's answer about the token still shown in the result view.
    void inspected(const TokenInfo& info);
    /// An action started or ended.
    void busyChanged(bool busy);
    /// Progress and outcome, for the status area.
    void message(StatusBanner::Kind kind, const QString& text);
    /// An action failed (or was canceled: GraphError::Kind::Canceled).
    void failed(const GraphError& error);
    /// Inspect needs \a which, and the form (on the token's platform) lacks it.
    void credentialNeeded(TokenActions::Credential which);

private:
    using WithCredentials = std::function<void(const QString& appId, const QString& appSecret,
                                               const VaultError& secretError)>;
    /// The App ID and App Secret for \a token (see the class comment); may read the keychain
    /// first, so \a then can run later. Must be called while busy.
    void withCredentials(const TokenResult& token, const WithCredentials& then);
    bool canStart() const;
    void begin(const QString& message, const QString& subject);
    void onResultChanged();
    void end();
    void stopJobs();
    void showFailure(const GraphError& error, const QString& advice = {});
    bool isStillShown(const QString& token) const;
    void showInspection(const TokenInfo& info, const QString& token);
    void showPages(const PageList& pages, const QString& appId);
    void reportMissingCredentials(const TokenResult& token, const QString& appId, const VaultError& secretError);
    static QString refreshAdvice(const GraphError& error);

    Collaborators m_parts;
    const ExchangeForm* m_form;
    const ResultPanel* m_result;
    QWidget* m_dialogParent;
    QAction* m_refreshAction;
    QAction* m_inspectAction;
    QAction* m_pagesAction;
    QAction* m_verifyAction;
    QAction* m_cancelAction;
    QPointer<GraphJob> m_job;
    QPointer<VaultJob> m_secretJob;
    QPointer<TokenInfoDialog> m_inspectDialog;
    QPointer<PagesDialog> m_pagesDialog;
    QString m_subject; ///< the token the running action is about (a secret: never shown)
    bool m_busy = false;
};
