#include "SaveTokenWidget.h"
#include "ui_SaveTokenWidget.h"

#include "vault/ProfileStore.h"
#include "StatusColors.h"
#include "vault/TokenVault.h"
#include "vault/VaultJob.h"

#include <QAction>
#include <QMessageBox>

SaveTokenWidget::SaveTokenWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SaveTokenWidget>())
    , m_saveAction(new QAction(tr("Save to keychain"), this))
{
    m_ui->setupUi(this);

    m_saveAction->setObjectName(QStringLiteral("saveToKeychainAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    m_saveAction->setToolTip(tr("Save the token in the OS keychain (%1)")
                                 .arg(m_saveAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, &SaveTokenWidget::save);

    // The button mirrors the action, so the shortcut, a menu entry and the button are one thing.
    m_ui->saveToKeychainButton->setToolTip(m_saveAction->toolTip());
    connect(m_ui->saveToKeychainButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_saveAction, &QAction::changed, this,
            [this] { m_ui->saveToKeychainButton->setEnabled(m_saveAction->isEnabled()); });

    // textChanged, not textEdited: text set through accessibility counts too.
    connect(m_ui->profileNameEdit, &QLineEdit::textChanged, this, &SaveTokenWidget::updateActions);
    connect(m_ui->profileNameEdit, &QLineEdit::returnPressed, m_saveAction, &QAction::trigger);

    clear();
}

SaveTokenWidget::SaveTokenWidget(TokenVault* vault, QWidget* parent)
    : SaveTokenWidget(parent)
{
    setVault(vault);
}

SaveTokenWidget::~SaveTokenWidget() = default;

void SaveTokenWidget::setVault(TokenVault* vault)
{
    m_vault = vault;
    updateActions();
}

void SaveTokenWidget::setToken(const TokenResult& result, const QString& appId, const QString& apiVersion,
                               const QString& appSecret)
{
    m_profile = Profile::fromTokenResult(Profile::defaultName(result.platform, appId), result, appId, apiVersion);
    m_token = result.accessToken;
    m_appSecret = appSecret;
    m_savedName.clear();
    m_ui->profileNameEdit->setText(m_profile.name);
    m_ui->storeSecretCheckBox->setChecked(false);
    m_ui->storeSecretCheckBox->setEnabled(!m_appSecret.isEmpty());
    showStatus(QString(), false);
    showAsPrevious(false);
    updateActions();
}

void SaveTokenWidget::setSavedProfile(const Profile& profile, const QString& token)
{
    m_profile = profile;
    m_token = token;
    m_appSecret.clear(); // not loaded: a stored one is kept as it is
    m_savedName = profile.name;
    m_ui->profileNameEdit->setText(profile.name);
    m_ui->storeSecretCheckBox->setChecked(profile.hasStoredSecret);
    m_ui->storeSecretCheckBox->setEnabled(false);
    showStatus(QString(), false);
    showAsPrevious(false);
    updateActions();
}

void SaveTokenWidget::setExpiry(const QDateTime& expiresAt, bool neverExpires)
{
    m_profile.expiresAt = expiresAt;
    m_profile.neverExpires = neverExpires;
}

void SaveTokenWidget::clear()
{
    m_profile = Profile();
    m_token.clear();
    m_appSecret.clear();
    m_savedName.clear();
    m_ui->profileNameEdit->clear();
    m_ui->storeSecretCheckBox->setChecked(false);
    m_ui->storeSecretCheckBox->setEnabled(false);
    showStatus(QString(), false);
    showAsPrevious(false);
    updateActions();
}

void SaveTokenWidget::markAsPrevious()
{
    if (!m_token.isEmpty())
        showAsPrevious(true);
}

void SaveTokenWidget::showAsPrevious(bool previous)
{
    const QString text = previous ? tr("Save previous token to keychain") : tr("Save to keychain");
    m_saveAction->setText(text);
    m_ui->saveToKeychainButton->setText(text);
    m_ui->saveToKeychainButton->setAccessibleName(text);
}

QString SaveTokenWidget::profileName() const
{
    return m_ui->profileNameEdit->text().trimmed();
}

QLineEdit* SaveTokenWidget::profileNameEdit() const
{
    return m_ui->profileNameEdit;
}

QCheckBox* SaveTokenWidget::storeSecretCheckBox() const
{
    return m_ui->storeSecretCheckBox;
}

QPushButton* SaveTokenWidget::saveButton() const
{
    return m_ui->saveToKeychainButton;
}

QLabel* SaveTokenWidget::statusLabel() const
{
    return m_ui->saveStatusLabel;
}

int SaveTokenWidget::labelColumnWidth() const
{
    return m_ui->profileNameLabel->sizeHint().width();
}

void SaveTokenWidget::setLabelColumnMinimumWidth(int width)
{
    m_ui->saveTokenLayout->setColumnMinimumWidth(0, width);
}

void SaveTokenWidget::save()
{
    updateActions();
    if (!m_saveAction->isEnabled() || m_confirmation)
        return;
    const QString name = profileName();
    if (name == m_savedName || !m_vault->profileStore()->contains(name)) {
        startSave();
        return;
    }

    auto* box = new QMessageBox(QMessageBox::Question, tr("Replace saved token"),
                                tr("A saved token named “%1” already exists. Replace it with this one?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("replaceConfirmation"));
    box->setTextFormat(Qt::PlainText); // a profile name is shown as typed, never as markup
    box->setInformativeText(tr("The token saved under this name will be overwritten in the keyring."));
    QPushButton* replace = box->addButton(tr("Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("confirmReplaceButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, replace] {
        m_confirmation = nullptr; // closed now, deleted later
        if (box->clickedButton() == replace)
            startSave();
    });
    m_confirmation = box;
    box->open();
}

void SaveTokenWidget::startSave()
{
    if (!m_vault || !hasToken() || isBusy())
        return;
    Profile profile = m_profile;
    profile.name = profileName();
    // With the secret at hand, the box decides (unchecked removes one stored earlier under this
    // name); without it (a reopened profile), whatever is stored stays.
    std::optional<QString> secret;
    if (!m_appSecret.isEmpty())
        secret = m_ui->storeSecretCheckBox->isChecked() ? m_appSecret : QString();

    VaultJob* job = m_vault->save(profile, m_token, secret);
    m_job = job;
    showStatus(tr("Saving “%1” in the keyring…").arg(profile.name), false);
    updateActions();
    emit busyChanged(true);
    connect(job, &VaultJob::succeeded, this, [this](const Profile& stored) {
        m_job = nullptr;
        m_savedName = stored.name;
        m_profile = stored;
        showStatus(stored.hasStoredSecret ? tr("Saved in the keyring as “%1”, with the App Secret.").arg(stored.name)
                                          : tr("Saved in the keyring as “%1”.").arg(stored.name),
                   false);
        updateActions();
        emit busyChanged(false);
        emit saved(stored);
    });
    connect(job, &VaultJob::failed, this, [this](const VaultError& error) {
        m_job = nullptr;
        showStatus(error.displayText(), true);
        updateActions();
        emit busyChanged(false);
        emit saveFailed(error);
    });
}

void SaveTokenWidget::updateActions()
{
    const bool busy = isBusy();
    m_saveAction->setEnabled(m_vault && hasToken() && !profileName().isEmpty() && !busy);
    m_ui->saveToKeychainButton->setEnabled(m_saveAction->isEnabled());
    m_ui->profileNameEdit->setReadOnly(busy);
    m_ui->profileNameEdit->setEnabled(hasToken());
}

void SaveTokenWidget::showStatus(const QString& text, bool isError)
{
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, StatusColors::error(palette));
    m_ui->saveStatusLabel->setPalette(palette);
    m_ui->saveStatusLabel->setProperty("statusKind", isError ? QStringLiteral("error") : QStringLiteral("info"));
    m_ui->saveStatusLabel->setText(text);
    m_ui->saveStatusLabel->setVisible(!text.isEmpty());
}
