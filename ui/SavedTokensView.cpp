#include "SavedTokensView.h"
#include "ui_SavedTokensView.h"

#include "vault/DeliveryStore.h"
#include "ProfileActions.h"
#include "vault/ProfileStore.h"
#include "SavedTokensModel.h"
#include "renewal/RenewalTimer.h"
#include "StatusColors.h"
#include "vault/TokenVault.h"
#include "vault/VaultJob.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

SavedTokensView::SavedTokensView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SavedTokensView>())
    , m_model(new SavedTokensModel(this))
    , m_profileActions(new ProfileActions(this))
{
    m_ui->setupUi(this);
    m_ui->savedTokensList->setModel(m_model);
    QHeaderView* header = m_ui->savedTokensList->header();
    // In a narrow side panel the name (never cut short) and the remaining lifetime come first;
    // platform, App ID and when saved follow, scrolled to when the panel is too narrow for all.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    // A long reason ("renewal failed: …", "not delivered: …") is cut short with "…" rather than
    // pushing the other columns out of a side panel; the tooltip holds the whole of it.
    header->setMaximumSectionSize(fontMetrics().averageCharWidth() * 48);
    header->moveSection(header->visualIndex(SavedTokensModel::RemainingColumn), 1);
    header->moveSection(header->visualIndex(SavedTokensModel::RenewalColumn), 2);
    header->moveSection(header->visualIndex(SavedTokensModel::DeliveryColumn), 3);

    connect(m_ui->savedTokensList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SavedTokensView::onCurrentRowChanged);
    // Enter or a double click opens the selected row again (e.g. after a failed attempt).
    connect(m_ui->savedTokensList, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openProfile(m_model->profileAt(index.row()).name); });
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &SavedTokensView::forgetCurrent);
    mirror(m_profileActions->deliveryAction(), m_ui->deliveryButton);
    mirror(m_profileActions->renewAction(), m_ui->renewButton);
    m_ui->savedTokensList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->savedTokensList, &QWidget::customContextMenuRequested, this, &SavedTokensView::showContextMenu);

    m_unfinishedLabel = new QLabel(this);
    m_unfinishedLabel->setObjectName(QStringLiteral("unfinishedSavesLabel"));
    m_unfinishedLabel->setTextFormat(Qt::PlainText);
    m_unfinishedLabel->setWordWrap(true);
    m_forgetUnfinishedButton = new QPushButton(tr("Forget unfinished saves"), this);
    m_forgetUnfinishedButton->setObjectName(QStringLiteral("forgetUnfinishedButton"));
    m_forgetUnfinishedButton->setAccessibleName(m_forgetUnfinishedButton->text());
    m_forgetUnfinishedButton->setToolTip(tr("Delete from the keyring whatever these interrupted saves left there"));
    m_forgetUnfinishedButton->setAutoDefault(false);
    auto* unfinishedRow = new QHBoxLayout;
    unfinishedRow->addWidget(m_unfinishedLabel, 1);
    unfinishedRow->addWidget(m_forgetUnfinishedButton);
    m_ui->savedTokensLayout->addLayout(unfinishedRow);
    connect(m_forgetUnfinishedButton, &QPushButton::clicked, this, &SavedTokensView::forgetUnfinished);
    m_unfinishedLabel->setVisible(false);
    m_forgetUnfinishedButton->setVisible(false);

    // Time passes: "in 3 days" must become "in 2 days" while the window stays open.
    m_lifetimeTimer.setInterval(60 * 1000);
    connect(&m_lifetimeTimer, &QTimer::timeout, m_model, &SavedTokensModel::refreshLifetimes);
    m_lifetimeTimer.start();

    showIdleStatus();
    updateActions();
}

SavedTokensView::SavedTokensView(TokenVault* vault, QWidget* parent)
    : SavedTokensView(parent)
{
    setVault(vault);
}

SavedTokensView::~SavedTokensView() = default;

void SavedTokensView::setVault(TokenVault* vault)
{
    if (m_vault) {
        disconnect(m_vault->profileStore(), nullptr, this, nullptr);
        disconnect(m_vault, nullptr, this, nullptr);
    }
    m_vault = vault;
    if (m_vault) {
        connect(m_vault->profileStore(), &ProfileStore::profilesChanged, this, &SavedTokensView::reload);
        connect(m_vault, &TokenVault::writesFinished, this, &SavedTokensView::updateUnfinished);
    }
    reload();
}

void SavedTokensView::setDeliveryStore(DeliveryStore* store)
{
    if (m_deliveries)
        disconnect(m_deliveries, nullptr, this, nullptr);
    m_deliveries = store;
    if (m_deliveries)
        connect(m_deliveries, &DeliveryStore::deliveriesChanged, this, &SavedTokensView::reloadDeliveries);
    reloadDeliveries();
}

void SavedTokensView::setRenewalTimer(RenewalTimer* timer)
{
    if (m_renewalTimer)
        disconnect(m_renewalTimer, nullptr, this, nullptr);
    m_renewalTimer = timer;
    const auto follow = [this] {
        m_model->setRenewalTimerState(m_renewalTimer ? m_renewalTimer->state() : RenewalTimer::State::Unknown);
    };
    if (m_renewalTimer)
        connect(m_renewalTimer, &RenewalTimer::finished, this, follow);
    follow();
}

void SavedTokensView::reloadDeliveries()
{
    QHash<QString, QList<DeliveryTarget>> targets;
    if (m_deliveries) {
        for (const QString& name : m_deliveries->profileNames())
            targets.insert(name, m_deliveries->targets(name));
    }
    m_model->setDeliveryTargets(targets);
}

void SavedTokensView::mirror(QAction* action, QPushButton* button)
{
    // The button is the action's face: same words, same state (the action is also in the menu).
    const auto follow = [action, button] {
        button->setText(action->text());
        button->setAccessibleName(action->text());
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
    };
    connect(action, &QAction::changed, button, follow);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    follow();
}

void SavedTokensView::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_ui->savedTokensList->indexAt(position);
    if (!index.isValid())
        return;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction* action : {m_profileActions->renewAction(), m_profileActions->deliveryAction()}) {
        if (action->isVisible())
            menu->addAction(action);
    }
    menu->popup(m_ui->savedTokensList->viewport()->mapToGlobal(position));
}

void SavedTokensView::setClock(Clock clock)
{
    m_model->setClock(std::move(clock));
}

QTreeView* SavedTokensView::list() const
{
    return m_ui->savedTokensList;
}

QPushButton* SavedTokensView::forgetButton() const
{
    return m_ui->forgetButton;
}

QPushButton* SavedTokensView::deliveryButton() const
{
    return m_ui->deliveryButton;
}

QPushButton* SavedTokensView::renewButton() const
{
    return m_ui->renewButton;
}

QLabel* SavedTokensView::statusLabel() const
{
    return m_ui->savedTokensStatus;
}

QString SavedTokensView::currentProfileName() const
{
    const QModelIndex current = m_ui->savedTokensList->currentIndex();
    return current.isValid() ? m_model->profileAt(current.row()).name : QString();
}

bool SavedTokensView::isBusy() const
{
    for (const QPointer<VaultJob>& job : m_jobs) {
        if (job && !job->isFinished())
            return true;
    }
    return false;
}

void SavedTokensView::reload()
{
    const QString current = currentProfileName();
    // Only the settings: listing never waits for (or unlocks) the keyring.
    m_model->setProfiles(m_vault ? m_vault->profileStore()->profiles() : QList<Profile>());
    reloadDeliveries();
    const int row = m_model->rowOf(current);
    if (row >= 0) {
        // The same profile as before: selecting it again must not open it again.
        m_restoringSelection = true;
        m_ui->savedTokensList->setCurrentIndex(m_model->index(row, SavedTokensModel::NameColumn));
        m_restoringSelection = false;
    }
    showIdleStatus();
    updateActions();
    updateUnfinished();
}

void SavedTokensView::updateUnfinished()
{
    // While a save runs its name is pending by design: only settled leftovers are shown.
    const QStringList names = m_vault && m_vault->writesInFlight() == 0 ? m_vault->profileStore()->unfinishedNames()
                                                                        : QStringList();
    m_unfinishedLabel->setText(
        tr("Unfinished saves may have left entries in the keyring: %1").arg(names.join(QStringLiteral(", "))));
    m_unfinishedLabel->setVisible(!names.isEmpty());
    m_forgetUnfinishedButton->setVisible(!names.isEmpty());
}

void SavedTokensView::forgetUnfinished()
{
    // A save started since the list was shown has its name pending too, by design: while any
    // keychain write runs, nothing is forgotten (the list shows again once they are done).
    if (!m_vault || m_vault->writesInFlight() > 0) {
        updateUnfinished();
        return;
    }
    const QStringList names = m_vault->profileStore()->unfinishedNames();
    for (const QString& name : names)
        forget(name);
}

void SavedTokensView::selectProfile(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_ui->savedTokensList->setCurrentIndex(m_model->index(row, SavedTokensModel::NameColumn));
}

void SavedTokensView::onCurrentRowChanged()
{
    updateActions();
    if (m_restoringSelection)
        return;
    const QString name = currentProfileName();
    if (!name.isEmpty())
        openProfile(name);
}

void SavedTokensView::openProfile(const QString& name)
{
    if (!m_vault || name.isEmpty())
        return;
    VaultJob* job = m_vault->load(name);
    // A newer open supersedes this one: its result is dropped below.
    m_openJob = job;
    track(job);
    showStatus(tr("Opening “%1” from the keyring…").arg(name));
    connect(job, &VaultJob::succeeded, this, [this, job](const Profile& profile) {
        if (job != m_openJob)
            return;
        showStatus(tr("Opened “%1”.").arg(profile.name));
        emit profileActivated(profile, job->token());
    });
    connect(job, &VaultJob::failed, this, [this, job](const VaultError& error) {
        if (job != m_openJob)
            return;
        showError(error);
        emit vaultFailed(error);
    });
}

void SavedTokensView::abandonOpen()
{
    if (!m_openJob)
        return;
    m_openJob.clear(); // its succeeded() compares against m_openJob and is dropped
    setStatus(QString(), QStringLiteral("info")); // no "Opening …" left behind
    showIdleStatus();
}

void SavedTokensView::forgetCurrent()
{
    const QString name = currentProfileName();
    if (!name.isEmpty())
        confirmForget(name);
}

void SavedTokensView::confirmForget(const QString& name)
{
    if (m_confirmation)
        return;
    const Profile profile = m_model->profileAt(m_model->rowOf(name));
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Forget saved token"), tr("Forget “%1”?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("forgetConfirmation"));
    box->setTextFormat(Qt::PlainText); // a profile name is shown as typed, never as markup
    box->setInformativeText(profile.hasStoredSecret
                                ? tr("Its token and the App Secret saved with it will be deleted from the keyring. "
                                     "This cannot be undone.")
                                : tr("Its token will be deleted from the keyring. This cannot be undone."));
    QPushButton* confirm = box->addButton(tr("Forget"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmForgetButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, name] {
        m_confirmation = nullptr; // closed now, deleted later
        if (box->clickedButton() == confirm)
            forget(name);
    });
    m_confirmation = box;
    // Window-modal and non-blocking: no nested event loop while keychain jobs may finish.
    box->open();
}

void SavedTokensView::forget(const QString& name)
{
    if (!m_vault)
        return;
    VaultJob* job = m_vault->forget(name);
    track(job);
    showStatus(tr("Forgetting “%1”…").arg(name));
    connect(job, &VaultJob::succeeded, this, [this, name] {
        showStatus(tr("Forgot “%1”: its keychain entries were deleted.").arg(name));
        emit profileForgotten(name);
    });
    connect(job, &VaultJob::failed, this, [this](const VaultError& error) {
        showError(error);
        emit vaultFailed(error);
    });
}

void SavedTokensView::saveToken(const Profile& profile, const QString& token, const QString& appSecret)
{
    if (!m_vault)
        return;
    VaultJob* job = m_vault->save(profile, token, appSecret.isEmpty() ? std::nullopt : std::optional(appSecret));
    track(job);
    showStatus(tr("Saving “%1” in the keyring…").arg(profile.name.trimmed()));
    connect(job, &VaultJob::succeeded, this, [this](const Profile& stored) {
        showStatus(tr("Saved “%1” in the keyring.").arg(stored.name));
        m_restoringSelection = true; // the token is already shown: select without opening
        selectProfile(stored.name);
        m_restoringSelection = false;
    });
    connect(job, &VaultJob::failed, this, [this](const VaultError& error) {
        showError(error);
        emit vaultFailed(error);
    });
}

void SavedTokensView::track(VaultJob* job)
{
    m_jobs.append(job);
    // Connected before the callers' handlers, so isBusy() is already up to date inside them.
    const auto done = [this] {
        m_jobs.removeIf([](const QPointer<VaultJob>& j) { return !j || j->isFinished(); });
        updateActions();
    };
    connect(job, &VaultJob::succeeded, this, done);
    connect(job, &VaultJob::failed, this, done);
    updateActions();
}

void SavedTokensView::updateActions()
{
    const bool busy = isBusy();
    m_ui->forgetButton->setEnabled(m_vault && !currentProfileName().isEmpty() && !busy);
    m_profileActions->setProfileName(currentProfileName());
    m_profileActions->setAvailable(!m_vault.isNull());
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        emit busyChanged(busy);
    }
}

void SavedTokensView::showStatus(const QString& text, bool isError)
{
    setStatus(text, isError ? QStringLiteral("error") : QStringLiteral("info"));
}

void SavedTokensView::setStatus(const QString& text, const QString& kind)
{
    QLabel* label = m_ui->savedTokensStatus;
    QPalette palette = this->palette();
    if (kind == QLatin1String("error"))
        palette.setColor(QPalette::WindowText, StatusColors::error(palette));
    label->setPalette(palette);
    // "hint", "info" or "error": for the idle logic below, and a handle for tests.
    label->setProperty("statusKind", kind);
    label->setText(text);
}

void SavedTokensView::showError(const VaultError& error)
{
    showStatus(error.displayText(), true);
}

void SavedTokensView::showIdleStatus()
{
    const QString kind = m_ui->savedTokensStatus->property("statusKind").toString();
    if (m_model->rowCount() == 0) {
        if (kind != QLatin1String("error"))
            setStatus(tr("No saved tokens yet. After an exchange, use “Save to keychain”."), QStringLiteral("hint"));
    } else if (kind == QLatin1String("hint")) {
        setStatus(QString(), QStringLiteral("info"));
    }
}
