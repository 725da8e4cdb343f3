#include "TokenActions.h"

#include "ExchangeForm.h"
#include "graph/Identity.h"
#include "graph/InspectJob.h"
#include "MainWindow.h"
#include "PagesDialog.h"
#include "graph/PagesJob.h"
#include "ResultPanel.h"
#include "StatusBanner.h"
#include "TokenInfoDialog.h"
#include "graph/TokenJob.h"
#include "graph/TokenLifetime.h"
#include "graph/TokenService.h"
#include "vault/TokenVault.h"
#include "vault/VaultJob.h"
#include "graph/VerifyJob.h"

#include <QAction>
#include <QLineEdit>

TokenActions::TokenActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_refreshAction(new QAction(tr("Refresh"), this))
    , m_inspectAction(new QAction(tr("I&nspect"), this))
    , m_pagesAction(new QAction(tr("P&ages"), this))
    , m_verifyAction(new QAction(tr("Verify"), this))
    , m_cancelAction(new QAction(tr("Cancel"), this))
{
    // "Refresh" and "Verify" have no mnemonic: every letter of both is taken in the window
    // (App &ID, App &Secret, Short-&lived token, &Exchange, Lon&g-lived, Token t&ype,
    // Expi&res, &Copy and the menus &File, &Token, &View, &Help).
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refreshAction->setToolTip(
        tr("Get a new long-lived token that lasts 60 days from now (%1). Threads and Instagram only. Works for a "
           "long-lived token that is at least 24 hours old and has not expired; a token not refreshed within its "
           "60 days is gone for good, and you must log in again.")
            .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_inspectAction->setObjectName(QStringLiteral("inspectAction"));
    m_inspectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_inspectAction->setToolTip(tr("Ask Meta's debug_token about the token: valid or not, type, app, user, scopes "
                                   "and expiry (%1). Needs the App ID and App Secret.")
                                    .arg(m_inspectAction->shortcut().toString(QKeySequence::NativeText)));
    m_pagesAction->setObjectName(QStringLiteral("pagesAction"));
    m_pagesAction->setToolTip(tr("List the Facebook Pages this user token manages, with a Page token for each; "
                                 "from a long-lived user token, Page tokens do not expire."));
    m_verifyAction->setObjectName(QStringLiteral("verifyAction"));
    m_verifyAction->setToolTip(tr("Check that the token works: ask Meta whom it belongs to."));
    m_cancelAction->setObjectName(QStringLiteral("cancelTokenAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop the running request (%1)")
                                   .arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
    for (QAction* action : {m_refreshAction, m_inspectAction, m_pagesAction, m_verifyAction, m_cancelAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        // Reachable by shortcut from anywhere in the window, whether or not a menu shows them.
        window->addAction(action);
    }

    connect(m_refreshAction, &QAction::triggered, this, &TokenActions::refresh);
    connect(m_inspectAction, &QAction::triggered, this, &TokenActions::inspect);
    connect(m_pagesAction, &QAction::triggered, this, &TokenActions::listPages);
    connect(m_verifyAction, &QAction::triggered, this, &TokenActions::verify);
    connect(m_cancelAction, &QAction::triggered, this, &TokenActions::cancel);

    connect(window->resultPanel(), &ResultPanel::resultChanged, this, &TokenActions::onResultChanged);
    connect(window->exchangeForm(), &ExchangeForm::platformChanged, this, &TokenActions::updateActions);
    connect(window, &MainWindow::exchangingChanged, this, &TokenActions::updateActions);
    updateActions();
}

TokenActions::~TokenActions()
{
    stopJobs();
}

TokenInfoDialog* TokenActions::inspectDialog() const
{
    return m_inspectDialog;
}

PagesDialog* TokenActions::pagesDialog() const
{
    return m_pagesDialog;
}

bool TokenActions::canStart() const
{
    return !m_busy && !m_window->isExchanging() && m_window->resultPanel()->hasResult()
        && !m_window->resultPanel()->result().accessToken.isEmpty();
}

void TokenActions::updateActions()
{
    const ResultPanel* panel = m_window->resultPanel();
    const Platform platform = panel->hasResult() ? panel->result().platform : m_window->exchangeForm()->platform();
    const bool ready = canStart();
    const auto offer = [ready](QAction* action, bool applies) {
        action->setVisible(applies);
        action->setEnabled(ready && applies);
    };
    offer(m_refreshAction, Platforms::supportsRefresh(platform));
    offer(m_inspectAction, Platforms::supportsInspect(platform));
    offer(m_pagesAction, platform == Platform::Facebook);
    offer(m_verifyAction, true);
    m_cancelAction->setVisible(m_busy);
    m_cancelAction->setEnabled(m_busy);
}

void TokenActions::onResultChanged()
{
    // Another token is shown now (a saved one opened, say): what ran on the old one must not
    // land on the new one, least of all a refresh replacing a saved token with another's.
    if (m_busy && !isStillShown(m_subject))
        abandon();
    updateActions();
}

void TokenActions::begin(const QString& message, const QString& subject)
{
    m_busy = true;
    m_subject = subject;
    m_window->statusBanner()->showMessage(StatusBanner::Kind::Busy, message);
    m_window->resultPanel()->setBusy(true);
    updateActions();
    emit busyChanged(true);
}

void TokenActions::end()
{
    if (!m_busy)
        return;
    m_busy = false;
    m_subject.clear();
    m_window->resultPanel()->setBusy(false);
    updateActions();
    emit busyChanged(false);
}

void TokenActions::stopJobs()
{
    // Disconnected first: a job's failed(Canceled) must not report anything any more.
    m_secretJob = nullptr; // a keychain read cannot be stopped; its answer is ignored
    if (GraphJob* job = m_job) {
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
    }
}

void TokenActions::cancel()
{
    if (!m_busy)
        return;
    stopJobs();
    end();
    m_window->statusBanner()->showError(GraphError(GraphError::Kind::Canceled));
}

void TokenActions::abandon()
{
    stopJobs();
    end();
}

bool TokenActions::isStillShown(const QString& token) const
{
    const ResultPanel* panel = m_window->resultPanel();
    return panel->hasResult() && panel->result().accessToken == token;
}

void TokenActions::showFailure(const GraphError& error, const QString& advice)
{
    if (error.kind() == GraphError::Kind::Canceled || advice.isEmpty()) {
        m_window->statusBanner()->showError(error);
        return;
    }
    m_window->statusBanner()->showMessage(StatusBanner::Kind::Error, error.displayText() + QLatin1Char('\n') + advice);
}

void TokenActions::withCredentials(const TokenResult& token, const WithCredentials& then)
{
    QString appId;
    QString secret;
    const ExchangeForm* form = m_window->exchangeForm();
    // The form's pair belongs to the platform chosen there; another platform's app cannot vouch
    // for this token.
    if (form->platform() == token.platform) {
        const TokenRequest request = form->request();
        appId = request.appId;
        secret = request.appSecret;
    }
    const std::optional<Profile> profile = m_window->currentProfile();
    if (profile && profile->platform == token.platform && !profile->appId.isEmpty()) {
        if (!appId.isEmpty() && appId != profile->appId)
            secret.clear(); // the form holds another app's pair
        appId = profile->appId;
    }
    if (!secret.isEmpty() || !profile || !profile->hasStoredSecret || !m_window->vault()) {
        then(appId, secret, VaultError());
        return;
    }

    // The App Secret saved with the profile: read from the keychain now that it is needed.
    m_window->statusBanner()->showMessage(StatusBanner::Kind::Busy,
                                          tr("Reading the App Secret saved with “%1” from the keyring…").arg(profile->name));
    VaultJob* job = m_window->vault()->load(profile->name, true);
    m_secretJob = job;
    connect(job, &VaultJob::succeeded, this, [this, job, appId, then] {
        if (job != m_secretJob)
            return; // canceled meanwhile
        m_secretJob = nullptr;
        then(appId, job->appSecret(), VaultError());
    });
    connect(job, &VaultJob::failed, this, [this, job, appId, then](const VaultError& error) {
        if (job != m_secretJob)
            return;
        m_secretJob = nullptr;
        then(appId, QString(), error);
    });
}

void TokenActions::refresh()
{
    if (!canStart())
        return;
    const TokenResult token = m_window->resultPanel()->result();
    if (!Platforms::supportsRefresh(token.platform))
        return;
    begin(tr("Refreshing the %1 token with Meta…").arg(Platforms::displayName(token.platform)), token.accessToken);
    TokenJob* job = m_window->service()->refresh(token.platform, token.accessToken);
    m_job = job;
    connect(job, &TokenJob::succeeded, this, [this](const TokenResult& result) {
        m_job = nullptr;
        end();
        emit refreshed(result);
    });
    connect(job, &TokenJob::failed, this, [this](const GraphError& error) {
        m_job = nullptr;
        end();
        QString advice;
        switch (error.kind()) {
        case GraphError::Kind::TokenExpired:
        case GraphError::Kind::TokenInvalid:
        case GraphError::Kind::TokenInvalidated:
        case GraphError::Kind::PasswordChanged:
        case GraphError::Kind::AppRemoved:
            advice = tr("This token can no longer be refreshed: log in again to get a new short-lived token, then "
                        "exchange it. (A token not refreshed within its 60 days cannot be brought back.)");
            break;
        case GraphError::Kind::ApiOther:
        case GraphError::Kind::PermissionMissing:
        case GraphError::Kind::UnsupportedRequest:
            advice = tr("Only a long-lived token that is at least 24 hours old and has not expired can be refreshed.");
            break;
        default:
            break;
        }
        showFailure(error, advice);
    });
}

void TokenActions::inspect()
{
    if (!canStart())
        return;
    const TokenResult token = m_window->resultPanel()->result();
    if (!Platforms::supportsInspect(token.platform))
        return;
    begin(tr("Asking Meta's debug_token about the token…"), token.accessToken);
    withCredentials(token, [this, token](const QString& appId, const QString& appSecret, const VaultError& secretError) {
        if (appId.isEmpty() || appSecret.isEmpty()) {
            end();
            const QString platform = Platforms::displayName(token.platform);
            ExchangeForm* form = m_window->exchangeForm();
            QString text = form->platform() == token.platform
                ? tr("Inspect needs the App ID and App Secret of the %1 app this token belongs to: enter them in the "
                     "form above, then try again.")
                      .arg(platform)
                : tr("Inspect needs the App ID and App Secret of the %1 app this token belongs to: choose %1 in the "
                     "form above and enter them, then try again.")
                      .arg(platform);
            if (secretError.isError())
                text += QLatin1Char('\n') + tr("The App Secret saved with this token could not be read: %1").arg(secretError.displayText());
            m_window->statusBanner()->showMessage(StatusBanner::Kind::Warning, text);
            if (form->platform() == token.platform)
                (appId.isEmpty() ? form->appIdEdit() : form->appSecretEdit())->setFocus(Qt::OtherFocusReason);
            return;
        }
        m_window->statusBanner()->showMessage(StatusBanner::Kind::Busy, tr("Asking Meta's debug_token about the token…"));
        InspectJob* job = m_window->service()->inspect(token.platform, token.accessToken, appId, appSecret);
        m_job = job;
        connect(job, &InspectJob::succeeded, this, [this, token](const TokenInfo& info) {
            m_job = nullptr;
            end();
            if (m_inspectDialog)
                m_inspectDialog->close();
            auto* dialog = new TokenInfoDialog(m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setInfo(info, m_window->clock()());
            m_inspectDialog = dialog;
            dialog->show();
            if (info.isValid) {
                m_window->statusBanner()->showMessage(StatusBanner::Kind::Success,
                                                      tr("Meta says the token is valid; the details are in the Inspect window."));
            } else {
                m_window->statusBanner()->showMessage(
                    StatusBanner::Kind::Warning,
                    tr("Meta says the token is not valid: %1")
                        .arg(info.error.isError() ? info.error.title() : tr("no reason given.")));
            }
            if (isStillShown(token.accessToken))
                emit inspected(info);
        });
        connect(job, &InspectJob::failed, this, [this](const GraphError& error) {
            m_job = nullptr;
            end();
            showFailure(error);
        });
    });
}

void TokenActions::listPages()
{
    if (!canStart())
        return;
    const TokenResult token = m_window->resultPanel()->result();
    if (token.platform != Platform::Facebook)
        return;
    begin(tr("Listing the Pages of this user token…"), token.accessToken);
    withCredentials(token, [this, token](const QString& appId, const QString& appSecret, const VaultError&) {
        m_window->statusBanner()->showMessage(StatusBanner::Kind::Busy, tr("Listing the Pages of this user token…"));
        PagesJob* job = m_window->service()->pages(token.accessToken, appSecret, TokenLifetimes::of(token));
        m_job = job;
        connect(job, &PagesJob::succeeded, this, [this, appId](const PageList& pages) {
            m_job = nullptr;
            end();
            if (pages.pages.isEmpty()) {
                m_window->statusBanner()->showMessage(
                    StatusBanner::Kind::Info,
                    tr("Meta listed no Pages for this token. Its user must manage a Page, and the token needs the "
                       "pages_show_list permission."));
                return;
            }
            if (m_pagesDialog)
                m_pagesDialog->close();
            auto* dialog = new PagesDialog(m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setClipboard(m_window->clipboard());
            dialog->setVault(m_window->vault(), appId, m_window->service()->config().apiVersion);
            dialog->setPages(pages);
            m_pagesDialog = dialog;
            dialog->show();
            const QString found = tr("Found %n Page(s); their tokens are in the Pages window.", nullptr,
                                     int(pages.pages.size()));
            const QStringList warnings = pages.warnings();
            if (warnings.isEmpty())
                m_window->statusBanner()->showMessage(StatusBanner::Kind::Success, found);
            else
                m_window->statusBanner()->showMessage(StatusBanner::Kind::Warning,
                                                      found + QLatin1Char('\n') + warnings.join(QLatin1Char('\n')));
        });
        connect(job, &PagesJob::failed, this, [this](const GraphError& error) {
            m_job = nullptr;
            end();
            showFailure(error);
        });
    });
}

void TokenActions::verify()
{
    if (!canStart())
        return;
    const TokenResult token = m_window->resultPanel()->result();
    begin(tr("Asking Meta whom the token belongs to…"), token.accessToken);
    withCredentials(token, [this, token](const QString&, const QString& appSecret, const VaultError&) {
        m_window->statusBanner()->showMessage(StatusBanner::Kind::Busy, tr("Asking Meta whom the token belongs to…"));
        VerifyJob* job = m_window->service()->verify(token.platform, token.accessToken, appSecret);
        m_job = job;
        connect(job, &VerifyJob::succeeded, this, [this](const Identity& identity) {
            m_job = nullptr;
            end();
            const QString id = identity.id.isEmpty() ? identity.userId : identity.id;
            const QString who = identity.displayName();
            const QString text = who.isEmpty() || who == id
                ? tr("The token works. Belongs to the account with ID %1.").arg(id)
                : tr("The token works. Belongs to %1 (ID %2).").arg(who, id);
            m_window->statusBanner()->showMessage(StatusBanner::Kind::Success, text);
        });
        connect(job, &VerifyJob::failed, this, [this](const GraphError& error) {
            m_job = nullptr;
            end();
            showFailure(error);
        });
    });
}
