#include "TokenActions.h"

#include "ExchangeForm.h"
#include "graph/Identity.h"
#include "graph/InspectJob.h"
#include "PagesDialog.h"
#include "graph/PagesJob.h"
#include "ResultPanel.h"
#include "SecureClipboard.h"
#include "TokenInfoDialog.h"
#include "graph/TokenJob.h"
#include "graph/TokenLifetime.h"
#include "graph/TokenService.h"
#include "vault/TokenVault.h"
#include "vault/VaultJob.h"
#include "graph/VerifyJob.h"

#include <QAction>

TokenActions::TokenActions(const Collaborators& collaborators, const ExchangeForm* form, const ResultPanel* result,
                           QWidget* parent)
    : QObject(parent)
    , m_parts(collaborators)
    , m_form(form)
    , m_result(result)
    , m_dialogParent(parent)
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
    setObjectName(QStringLiteral("tokenActions"));
    // Reachable by shortcut from anywhere in the window the host adds them to, menu or not.
    for (QAction* action : actions())
        action->setShortcutContext(Qt::WindowShortcut);

    connect(m_refreshAction, &QAction::triggered, this, &TokenActions::refresh);
    connect(m_inspectAction, &QAction::triggered, this, &TokenActions::inspect);
    connect(m_pagesAction, &QAction::triggered, this, &TokenActions::listPages);
    connect(m_verifyAction, &QAction::triggered, this, &TokenActions::verify);
    connect(m_cancelAction, &QAction::triggered, this, &TokenActions::cancel);

    connect(m_result, &ResultPanel::resultChanged, this, &TokenActions::onResultChanged);
    connect(m_form, &ExchangeForm::platformChanged, this, &TokenActions::updateActions);
    connect(m_form, &ExchangeForm::busyChanged, this, &TokenActions::updateActions);
    updateActions();
}

QList<QAction*> TokenActions::actions() const
{
    return {m_refreshAction, m_inspectAction, m_pagesAction, m_verifyAction, m_cancelAction};
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
    return !m_busy && !m_form->isBusy() && m_result->hasResult() && !m_result->result().accessToken.isEmpty();
}

void TokenActions::updateActions()
{
    const Platform platform = m_result->hasResult() ? m_result->result().platform : m_form->platform();
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

void TokenActions::begin(const QString& text, const QString& subject)
{
    m_busy = true;
    m_subject = subject;
    emit message(StatusBanner::Kind::Busy, text);
    updateActions();
    emit busyChanged(true);
}

void TokenActions::end()
{
    if (!m_busy)
        return;
    m_busy = false;
    m_subject.clear();
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
    emit failed(GraphError(GraphError::Kind::Canceled));
}

void TokenActions::abandon()
{
    stopJobs();
    end();
}

bool TokenActions::isStillShown(const QString& token) const
{
    return m_result->hasResult() && m_result->result().accessToken == token;
}

void TokenActions::showFailure(const GraphError& error, const QString& advice)
{
    if (error.kind() == GraphError::Kind::Canceled || advice.isEmpty()) {
        emit failed(error);
        return;
    }
    emit message(StatusBanner::Kind::Error, error.displayText() + QLatin1Char('\n') + advice);
}

void TokenActions::withCredentials(const TokenResult& token, const WithCredentials& then)
{
    QString appId;
    QString secret;
    // The form's pair belongs to the platform chosen there; another platform's app cannot vouch
    // for this token.
    if (m_form->platform() == token.platform) {
        const TokenRequest request = m_form->request();
        appId = request.appId;
        secret = request.appSecret;
    }
    const std::optional<Profile> profile = m_result->savedProfile();
    if (profile && profile->platform == token.platform && !profile->appId.isEmpty()) {
        if (!appId.isEmpty() && appId != profile->appId)
            secret.clear(); // the form holds another app's pair
        appId = profile->appId;
    }
    if (!secret.isEmpty() || !profile || !profile->hasStoredSecret || !m_parts.vault) {
        then(appId, secret, VaultError());
        return;
    }

    // The App Secret saved with the profile: read from the keychain now that it is needed.
    emit message(StatusBanner::Kind::Busy,
                 tr("Reading the App Secret saved with “%1” from the keyring…").arg(profile->name));
    VaultJob* job = m_parts.vault->load(profile->name, true);
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
    const TokenResult token = m_result->result();
    if (!Platforms::supportsRefresh(token.platform))
        return;
    begin(tr("Refreshing the %1 token with Meta…").arg(Platforms::displayName(token.platform)), token.accessToken);
    TokenJob* job = m_parts.service->refresh(token.platform, token.accessToken);
    m_job = job;
    connect(job, &TokenJob::succeeded, this, [this](const TokenResult& result) {
        m_job = nullptr;
        end();
        emit refreshed(result);
    });
    connect(job, &TokenJob::failed, this, [this](const GraphError& error) {
        m_job = nullptr;
        end();
        showFailure(error, refreshAdvice(error));
    });
}

QString TokenActions::refreshAdvice(const GraphError& error)
{
    switch (error.kind()) {
    case GraphError::Kind::TokenExpired:
    case GraphError::Kind::TokenInvalid:
    case GraphError::Kind::TokenInvalidated:
    case GraphError::Kind::PasswordChanged:
    case GraphError::Kind::AppRemoved:
        return tr("This token can no longer be refreshed: log in again to get a new short-lived token, then "
                  "exchange it. (A token not refreshed within its 60 days cannot be brought back.)");
    case GraphError::Kind::ApiOther:
    case GraphError::Kind::PermissionMissing:
    case GraphError::Kind::UnsupportedRequest:
        return tr("Only a long-lived token that is at least 24 hours old and has not expired can be refreshed.");
    default:
        return QString();
    }
}

void TokenActions::inspect()
{
    if (!canStart())
        return;
    const TokenResult token = m_result->result();
    if (!Platforms::supportsInspect(token.platform))
        return;
    begin(tr("Asking Meta's debug_token about the token…"), token.accessToken);
    withCredentials(token, [this, token](const QString& appId, const QString& appSecret, const VaultError& secretError) {
        if (appId.isEmpty() || appSecret.isEmpty()) {
            end();
            reportMissingCredentials(token, appId, secretError);
            return;
        }
        emit message(StatusBanner::Kind::Busy, tr("Asking Meta's debug_token about the token…"));
        InspectJob* job = m_parts.service->inspect(token.platform, token.accessToken, appId, appSecret);
        m_job = job;
        connect(job, &InspectJob::succeeded, this, [this, token](const TokenInfo& info) {
            m_job = nullptr;
            end();
            showInspection(info, token.accessToken);
        });
        connect(job, &InspectJob::failed, this, [this](const GraphError& error) {
            m_job = nullptr;
            end();
            showFailure(error);
        });
    });
}

void TokenActions::reportMissingCredentials(const TokenResult& token, const QString& appId,
                                            const VaultError& secretError)
{
    const QString platform = Platforms::displayName(token.platform);
    const bool formOnPlatform = m_form->platform() == token.platform;
    QString text = formOnPlatform
        ? tr("Inspect needs the App ID and App Secret of the %1 app this token belongs to: enter them in the "
             "form above, then try again.")
              .arg(platform)
        : tr("Inspect needs the App ID and App Secret of the %1 app this token belongs to: choose %1 in the "
             "form above and enter them, then try again.")
              .arg(platform);
    if (secretError.isError())
        text += QLatin1Char('\n')
            + tr("The App Secret saved with this token could not be read: %1").arg(secretError.displayText());
    emit message(StatusBanner::Kind::Warning, text);
    if (formOnPlatform)
        emit credentialNeeded(appId.isEmpty() ? Credential::AppId : Credential::AppSecret);
}

void TokenActions::showInspection(const TokenInfo& info, const QString& token)
{
    if (m_inspectDialog)
        m_inspectDialog->close();
    auto* dialog = new TokenInfoDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInfo(info, m_parts.clock());
    m_inspectDialog = dialog;
    dialog->show();
    if (info.isValid) {
        emit message(StatusBanner::Kind::Success,
                     tr("Meta says the token is valid; the details are in the Inspect window."));
    } else {
        emit message(StatusBanner::Kind::Warning,
                     tr("Meta says the token is not valid: %1")
                         .arg(info.error.isError() ? info.error.title() : tr("no reason given.")));
    }
    if (isStillShown(token))
        emit inspected(info);
}

void TokenActions::listPages()
{
    if (!canStart())
        return;
    const TokenResult token = m_result->result();
    if (token.platform != Platform::Facebook)
        return;
    begin(tr("Listing the Pages of this user token…"), token.accessToken);
    withCredentials(token, [this, token](const QString& appId, const QString& appSecret, const VaultError&) {
        emit message(StatusBanner::Kind::Busy, tr("Listing the Pages of this user token…"));
        PagesJob* job = m_parts.service->pages(token.accessToken, appSecret, TokenLifetimes::of(token));
        m_job = job;
        connect(job, &PagesJob::succeeded, this, [this, appId](const PageList& pages) {
            m_job = nullptr;
            end();
            showPages(pages, appId);
        });
        connect(job, &PagesJob::failed, this, [this](const GraphError& error) {
            m_job = nullptr;
            end();
            showFailure(error);
        });
    });
}

void TokenActions::showPages(const PageList& pages, const QString& appId)
{
    if (pages.pages.isEmpty()) {
        emit message(StatusBanner::Kind::Info,
                     tr("Meta listed no Pages for this token. Its user must manage a Page, and the token needs the "
                        "pages_show_list permission."));
        return;
    }
    if (m_pagesDialog)
        m_pagesDialog->close();
    auto* dialog = new PagesDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClipboard(m_parts.clipboard);
    dialog->setVault(m_parts.vault, appId, m_parts.service->config().apiVersion);
    dialog->setPages(pages);
    m_pagesDialog = dialog;
    dialog->show();
    const QString found
        = tr("Found %n Page(s); their tokens are in the Pages window.", nullptr, int(pages.pages.size()));
    const QStringList warnings = pages.warnings();
    if (warnings.isEmpty())
        emit message(StatusBanner::Kind::Success, found);
    else
        emit message(StatusBanner::Kind::Warning, found + QLatin1Char('\n') + warnings.join(QLatin1Char('\n')));
}

void TokenActions::verify()
{
    if (!canStart())
        return;
    const TokenResult token = m_result->result();
    begin(tr("Asking Meta whom the token belongs to…"), token.accessToken);
    withCredentials(token, [this, token](const QString&, const QString& appSecret, const VaultError&) {
        emit message(StatusBanner::Kind::Busy, tr("Asking Meta whom the token belongs to…"));
        VerifyJob* job = m_parts.service->verify(token.platform, token.accessToken, appSecret);
        m_job = job;
        connect(job, &VerifyJob::succeeded, this, [this](const Identity& identity) {
            m_job = nullptr;
            end();
            const QString id = identity.id.isEmpty() ? identity.userId : identity.id;
            const QString who = identity.displayName();
            const QString text = who.isEmpty() || who == id
                ? tr("The token works. Belongs to the account with ID %1.").arg(id)
                : tr("The token works. Belongs to %1 (ID %2).").arg(who, id);
            emit message(StatusBanner::Kind::Success, text);
        });
        connect(job, &VerifyJob::failed, this, [this](const GraphError& error) {
            m_job = nullptr;
            end();
            showFailure(error);
        });
    });
}
