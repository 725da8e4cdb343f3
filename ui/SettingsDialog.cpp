#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "AppSettings.h"
#include "InputValidator.h"
#include "ServiceConfig.h"
#include "StatusColors.h"

#include <QPushButton>

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("restoreDefaultsButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    connect(m_ui->apiVersionEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->clipboardClearCheck, &QCheckBox::toggled, m_ui->clipboardClearSpin, &QWidget::setEnabled);
    validate();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::apiVersion() const
{
    return InputValidator::clean(m_ui->apiVersionEdit->text());
}

void SettingsDialog::setApiVersion(const QString& version)
{
    m_ui->apiVersionEdit->setText(version);
}

int SettingsDialog::clipboardClearSeconds() const
{
    return m_ui->clipboardClearCheck->isChecked() ? m_ui->clipboardClearSpin->value() : 0;
}

void SettingsDialog::setClipboardClearSeconds(int seconds)
{
    m_ui->clipboardClearCheck->setChecked(seconds > 0);
    m_ui->clipboardClearSpin->setEnabled(seconds > 0);
    if (seconds > 0)
        m_ui->clipboardClearSpin->setValue(seconds);
}

bool SettingsDialog::isInputValid() const
{
    return InputValidator::apiVersionProblem(apiVersion()).isEmpty();
}

void SettingsDialog::validate()
{
    const QString problem = InputValidator::apiVersionProblem(apiVersion());
    QPalette pal = m_ui->apiVersionHintLabel->palette();
    if (problem.isEmpty()) {
        pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
        m_ui->apiVersionHintLabel->setText(
            tr("Meta's Graph API version, such as %1 (the default).").arg(QLatin1String(ServiceConfig::defaultApiVersion)));
    } else {
        pal.setColor(QPalette::WindowText, StatusColors::error(palette()));
        m_ui->apiVersionHintLabel->setText(problem);
    }
    m_ui->apiVersionHintLabel->setPalette(pal);
    m_ui->apiVersionEdit->setAccessibleDescription(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SettingsDialog::restoreDefaults()
{
    setApiVersion(QString::fromLatin1(ServiceConfig::defaultApiVersion));
    setClipboardClearSeconds(AppSettings::defaultClipboardClearSeconds);
}
