#include "DeliveryDialog.h"
#include "ui_DeliveryDialog.h"

#include "renewal/DeliveryRunner.h"
#include "DeliveryStatusText.h"
#include "graph/InputValidator.h"
#include "vault/DeliveryStore.h"
#include "StatusColors.h"
#include "vault/TokenVault.h"
#include "vault/VaultJob.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>

namespace {
// Stand-ins for the other fields while one field is checked on its own, so the core's rules
// (and its words) decide, and the message lands beside the field it is about.
const QString validCredential = QStringLiteral("credential");
const QUrl validN8nUrl = QUrl(QStringLiteral("https://n8n.invalid"));
const QString validPath = QStringLiteral("/token");
} // namespace

DeliveryDialog::DeliveryDialog(const QString& profileName, DeliveryStore* store, TokenVault* vault,
                               HttpTransport* transport, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeliveryDialog>())
    , m_profileName(profileName)
    , m_store(store)
    , m_vault(vault)
    , m_runner(new DeliveryRunner(store, vault, transport, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("deliveryDialog"));
    setWindowTitle(tr("Delivery of “%1”").arg(profileName));
    m_ui->targetsList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->targetsList->header()->setStretchLastSection(true);
    setUpKinds();
    clearFieldErrors();

    connect(m_ui->targetsList, &QTreeWidget::currentItemChanged, this, &DeliveryDialog::updateActions);
    connect(m_ui->addButton, &QPushButton::clicked, this, &DeliveryDialog::addTarget);
    connect(m_ui->testButton, &QPushButton::clicked, this, &DeliveryDialog::testCurrent);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &DeliveryDialog::removeCurrent);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DeliveryDialog::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &DeliveryDialog::reject);
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &DeliveryDialog::chooseFile);
    connect(m_store, &DeliveryStore::deliveriesChanged, this, &DeliveryDialog::reload);
    connect(m_runner, &DeliveryRunner::tokenUnavailable, this,
            [this](const QString&, const VaultError& error) { m_tokenProblem = error.displayText(); });
    connect(m_runner, &DeliveryRunner::finished, this, &DeliveryDialog::onTestFinished);
    reload();
}

DeliveryDialog::~DeliveryDialog() = default;

void DeliveryDialog::setUpKinds()
{
    m_ui->kindCombo->addItem(tr("n8n credential"));
    m_ui->kindCombo->addItem(tr("File"));
    m_ui->kindCombo->addItem(tr("Command"));
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, m_ui->kindPages, &QStackedWidget::setCurrentIndex);
    m_ui->formatCombo->addItem(tr("The token alone"), QStringLiteral("token"));
    m_ui->formatCombo->addItem(tr("A variable assignment: VARIABLE=token"), QStringLiteral("env"));
    const auto followFormat = [this] {
        const bool env = m_ui->formatCombo->currentData().toString() == QLatin1String("env");
        m_ui->variableEdit->setEnabled(env);
        m_ui->variableLabel->setEnabled(env);
    };
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, followFormat);
    followFormat();
}

void DeliveryDialog::setClock(Clock clock)
{
    m_clock = clock;
    m_runner->setClock(std::move(clock));
    reload();
}

void DeliveryDialog::setDeliveryOptions(const DeliveryOptions& options)
{
    m_runner->setOptions(options);
}

QTreeWidget* DeliveryDialog::targetsList() const
{
    return m_ui->targetsList;
}

QLabel* DeliveryDialog::statusLabel() const
{
    return m_ui->statusLabel;
}

QPushButton* DeliveryDialog::testButton() const
{
    return m_ui->testButton;
}

QPushButton* DeliveryDialog::removeButton() const
{
    return m_ui->removeButton;
}

QPushButton* DeliveryDialog::addButton() const
{
    return m_ui->addButton;
}

QPushButton* DeliveryDialog::cancelButton() const
{
    return m_ui->cancelButton;
}

void DeliveryDialog::reload()
{
    const QString current = currentTargetId();
    const QDateTime now = m_clock();
    QTreeWidget* list = m_ui->targetsList;
    list->clear();
    for (const DeliveryTarget& target : m_store->targets(m_profileName)) {
        auto* item = new QTreeWidgetItem(list,
                                         {DeliveryStatusText::kindName(target.kind), DeliveryStatusText::where(target),
                                          DeliveryStatusText::lastDelivery(target, now)});
        item->setData(0, Qt::UserRole, target.id);
        item->setToolTip(2, target.lastMessage);
        if (DeliveryStatusText::anyFailed({target}))
            item->setForeground(2, StatusColors::error(palette()));
        if (target.id == current)
            list->setCurrentItem(item);
    }
    updateActions();
}

QString DeliveryDialog::currentTargetId() const
{
    const QTreeWidgetItem* item = m_ui->targetsList->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

std::optional<DeliveryTarget> DeliveryDialog::currentTarget() const
{
    const QString id = currentTargetId();
    return id.isEmpty() ? std::nullopt : m_store->target(m_profileName, id);
}

void DeliveryDialog::chooseFile()
{
    // Not the static getSaveFileName(): no nested event loop while keychain answers may come.
    auto* chooser = new QFileDialog(this, tr("File for the token"), m_ui->filePathEdit->text());
    chooser->setObjectName(QStringLiteral("deliveryFileChooser"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setOption(QFileDialog::DontConfirmOverwrite); // replacing it is the point
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString& path) { m_ui->filePathEdit->setText(QDir::toNativeSeparators(path)); });
    chooser->open();
}

bool DeliveryDialog::showFieldError(QLineEdit* edit, QLabel* error, const QString& text)
{
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, StatusColors::error(this->palette()));
    error->setPalette(palette);
    error->setText(text);
    error->setVisible(!text.isEmpty());
    // A screen reader on the field hears why it was refused.
    edit->setAccessibleDescription(text);
    return text.isEmpty();
}

void DeliveryDialog::clearFieldErrors()
{
    const QList<QPair<QLineEdit*, QLabel*>> fields {
        {m_ui->n8nUrlEdit, m_ui->n8nUrlError},     {m_ui->credentialEdit, m_ui->credentialError},
        {m_ui->fieldEdit, m_ui->fieldError},       {m_ui->apiKeyEdit, m_ui->apiKeyError},
        {m_ui->filePathEdit, m_ui->filePathError}, {m_ui->variableEdit, m_ui->variableError},
        {m_ui->commandEdit, m_ui->commandError}};
    for (const auto& [edit, error] : fields)
        showFieldError(edit, error, QString());
}

bool DeliveryDialog::validateN8n()
{
    const QUrl url(m_ui->n8nUrlEdit->text().trimmed());
    const QString credential = m_ui->credentialEdit->text().trimmed();
    bool ok = showFieldError(m_ui->n8nUrlEdit, m_ui->n8nUrlError,
                             DeliveryTarget::n8n(url, validCredential).validationError());
    ok &= showFieldError(m_ui->credentialEdit, m_ui->credentialError,
                         DeliveryTarget::n8n(validN8nUrl, credential).validationError());
    ok &= showFieldError(m_ui->fieldEdit, m_ui->fieldError,
                         DeliveryTarget::n8n(validN8nUrl, validCredential, m_ui->fieldEdit->text()).validationError());
    ok &= showFieldError(m_ui->apiKeyEdit, m_ui->apiKeyError,
                         DeliveryTarget::apiKeyProblem(InputValidator::clean(m_ui->apiKeyEdit->text())));
    return ok;
}

bool DeliveryDialog::validateFile()
{
    // Checked as typed: a relative path would depend on where LongLived was started from.
    DeliveryTarget path;
    path.kind = DeliveryTarget::Kind::File;
    path.path = QDir::fromNativeSeparators(m_ui->filePathEdit->text().trimmed());
    bool ok = showFieldError(m_ui->filePathEdit, m_ui->filePathError, path.validationError());
    if (m_ui->formatCombo->currentData().toString() == QLatin1String("env")) {
        const QString format = QStringLiteral("env:") + m_ui->variableEdit->text().trimmed();
        ok &= showFieldError(m_ui->variableEdit, m_ui->variableError,
                             DeliveryTarget::file(validPath, format).validationError());
    }
    return ok;
}

bool DeliveryDialog::validateExec()
{
    return showFieldError(m_ui->commandEdit, m_ui->commandError,
                          DeliveryTarget::exec(m_ui->commandEdit->text()).validationError());
}

std::optional<DeliveryTarget> DeliveryDialog::targetFromFields()
{
    clearFieldErrors();
    switch (Kind(m_ui->kindCombo->currentIndex())) {
    case Kind::N8n:
        if (!validateN8n())
            return std::nullopt;
        return DeliveryTarget::n8n(QUrl(m_ui->n8nUrlEdit->text().trimmed()), m_ui->credentialEdit->text(),
                                   m_ui->fieldEdit->text());
    case Kind::File: {
        if (!validateFile())
            return std::nullopt;
        const bool env = m_ui->formatCombo->currentData().toString() == QLatin1String("env");
        return DeliveryTarget::file(QDir::fromNativeSeparators(m_ui->filePathEdit->text().trimmed()),
                                    env ? QStringLiteral("env:") + m_ui->variableEdit->text().trimmed()
                                        : QStringLiteral("token"));
    }
    case Kind::Exec:
        if (!validateExec())
            return std::nullopt;
        return DeliveryTarget::exec(m_ui->commandEdit->text());
    }
    return std::nullopt;
}

void DeliveryDialog::clearAddFields()
{
    const QList<QLineEdit*> edits {m_ui->n8nUrlEdit,   m_ui->credentialEdit, m_ui->apiKeyEdit,
                                   m_ui->filePathEdit, m_ui->variableEdit,   m_ui->commandEdit};
    for (QLineEdit* edit : edits)
        edit->clear();
    m_ui->fieldEdit->setText(DeliveryTarget::defaultField());
}

void DeliveryDialog::addTarget()
{
    if (m_busy)
        return;
    const std::optional<DeliveryTarget> target = targetFromFields();
    if (!target) {
        showStatus(tr("Not added: see the marked fields."), true);
        emit operationFinished(false);
        return;
    }
    if (target->kind == DeliveryTarget::Kind::N8n) {
        addWithKey(*target, InputValidator::clean(m_ui->apiKeyEdit->text()));
        return;
    }
    const std::optional<DeliveryTarget> stored = m_store->add(m_profileName, *target);
    if (!stored) {
        finishOperation(false, tr("Not added: LongLived's settings file could not be written."));
        return;
    }
    clearAddFields();
    finishOperation(true, tr("Added: %1.").arg(DeliveryStatusText::where(*stored)));
}

void DeliveryDialog::addWithKey(const DeliveryTarget& target, const QString& apiKey)
{
    const std::optional<DeliveryTarget> stored = m_store->add(m_profileName, target);
    if (!stored) {
        finishOperation(false, tr("Not added: LongLived's settings file could not be written."));
        return;
    }
    setBusy(true, tr("Storing the API key in the keyring…"));
    VaultJob* job = m_vault->saveDeliveryKey(m_profileName, stored->id, apiKey);
    m_job = job;
    const quint64 generation = m_generation;
    // Kept consistent even when the dialog is gone: without its key (not stored, or the add
    // canceled) the target is taken out again. Connected to the store, which outlives the dialog.
    DeliveryStore* store = m_store;
    TokenVault* vault = m_vault;
    const QString name = m_profileName;
    const QString id = stored->id;
    const QPointer<DeliveryDialog> self(this);
    connect(job, &VaultJob::failed, store, [store, name, id] { store->remove(name, id); });
    connect(job, &VaultJob::succeeded, store, [self, generation, store, vault, name, id] {
        if (self && self->m_generation == generation)
            return;
        vault->forgetDeliveryKey(name, id);
        store->remove(name, id);
    });
    connect(job, &VaultJob::succeeded, this, [this, generation, id] {
        if (m_generation != generation)
            return;
        clearAddFields(); // the key is never shown again
        const std::optional<DeliveryTarget> added = m_store->target(m_profileName, id);
        finishOperation(
            true, tr("Added: %1. Its API key is in the keyring.").arg(added ? DeliveryStatusText::where(*added) : id));
    });
    connect(job, &VaultJob::failed, this, [this, generation](const VaultError& error) {
        if (m_generation == generation)
            finishOperation(
                false, tr("Not added: the API key could not be stored in the keyring. %1").arg(error.displayText()));
    });
}

void DeliveryDialog::removeCurrent()
{
    const std::optional<DeliveryTarget> target = currentTarget();
    if (m_busy || !target)
        return;
    if (target->kind == DeliveryTarget::Kind::N8n)
        forgetKeyThenRemove(*target);
    else
        removeFromStore(target->id);
}

void DeliveryDialog::removeFromStore(const QString& targetId)
{
    const std::optional<DeliveryTarget> target = m_store->target(m_profileName, targetId);
    const QString where = target ? DeliveryStatusText::where(*target) : targetId;
    if (m_store->remove(m_profileName, targetId))
        finishOperation(true, tr("Removed: %1.").arg(where));
    else
        finishOperation(false, tr("Not removed: LongLived's settings file could not be written."));
}

void DeliveryDialog::forgetKeyThenRemove(const DeliveryTarget& target)
{
    setBusy(true, tr("Deleting the API key from the keyring…"));
    VaultJob* job = m_vault->forgetDeliveryKey(m_profileName, target.id);
    m_job = job;
    const quint64 generation = m_generation;
    // Once its key is gone the target cannot work: it goes, whether or not anyone still waits.
    DeliveryStore* store = m_store;
    const QString name = m_profileName;
    const QString id = target.id;
    const QString where = DeliveryStatusText::where(target);
    connect(job, &VaultJob::succeeded, store, [store, name, id] { store->remove(name, id); });
    connect(job, &VaultJob::succeeded, this, [this, generation, where] {
        if (m_generation == generation)
            finishOperation(true, tr("Removed: %1. Its API key was deleted from the keyring.").arg(where));
    });
    connect(job, &VaultJob::failed, this, [this, generation](const VaultError& error) {
        if (m_generation == generation)
            finishOperation(
                false,
                tr("Not removed: the API key could not be deleted from the keyring. %1").arg(error.displayText()));
    });
}

void DeliveryDialog::testCurrent()
{
    const std::optional<DeliveryTarget> target = currentTarget();
    if (m_busy || !target)
        return;
    m_tokenProblem.clear();
    m_outcomesBefore = m_runner->outcomes().size();
    setBusy(true, tr("Delivering the saved token to %1…").arg(DeliveryStatusText::where(*target)));
    m_runner->deliverSaved(m_profileName, DeliveryRunner::Scope::All, {target->id});
}

void DeliveryDialog::onTestFinished()
{
    if (!m_busy)
        return;
    const QList<DeliveryOutcome> outcomes = m_runner->outcomes().mid(m_outcomesBefore);
    if (!m_tokenProblem.isEmpty()) {
        finishOperation(
            false, tr("Not delivered: the saved token could not be read from the keyring. %1").arg(m_tokenProblem));
    } else if (outcomes.isEmpty()) {
        finishOperation(false, tr("Not delivered: the test was canceled."));
    } else if (const DeliveryOutcome& outcome = outcomes.last(); outcome.result.isOk()) {
        finishOperation(true,
                        tr("Delivered: %1 has the saved token now.").arg(DeliveryStatusText::where(outcome.target)));
    } else {
        finishOperation(false, tr("Not delivered: %1").arg(outcome.result.message()));
    }
}

void DeliveryDialog::cancel()
{
    if (!m_busy)
        return;
    if (m_runner->isRunning()) {
        // The delivery in flight ends as canceled; onTestFinished() reports it.
        showStatus(tr("Canceling…"), false);
        m_runner->cancel();
        return;
    }
    ++m_generation; // the keyring's late answer no longer speaks here
    finishOperation(false, tr("Canceled: no longer waiting for the keyring."));
}

void DeliveryDialog::reject()
{
    cancel();
    QDialog::reject();
}

void DeliveryDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    if (!status.isEmpty())
        showStatus(status, false);
    updateActions();
    emit busyChanged(busy);
}

void DeliveryDialog::finishOperation(bool ok, const QString& text)
{
    if (m_busy)
        setBusy(false);
    showStatus(text, !ok);
    emit operationFinished(ok);
}

void DeliveryDialog::showStatus(const QString& text, bool isError)
{
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, StatusColors::error(palette));
    m_ui->statusLabel->setPalette(palette);
    m_ui->statusLabel->setProperty("statusKind", isError ? QStringLiteral("error") : QStringLiteral("info"));
    m_ui->statusLabel->setText(text);
}

void DeliveryDialog::updateActions()
{
    const bool selected = !currentTargetId().isEmpty();
    m_ui->testButton->setEnabled(selected && !m_busy);
    m_ui->removeButton->setEnabled(selected && !m_busy);
    m_ui->addButton->setEnabled(!m_busy);
    m_ui->cancelButton->setEnabled(m_busy);
}
