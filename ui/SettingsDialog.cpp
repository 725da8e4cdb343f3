#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "AppSettings.h"
#include "graph/InputValidator.h"
#include "renewal/RenewalTimer.h"
#include "graph/ServiceConfig.h"
#include "StatusColors.h"

#include <QPushButton>

SettingsDialog::SettingsDialog(QWidget* parent)
    : SettingsDialog(nullptr, parent)
{
}

SettingsDialog::SettingsDialog(RenewalTimer* renewalTimer, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_renewalTimer(renewalTimer ? renewalTimer : new RenewalTimer(this))
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
    // clicked, not toggled: only the user's click switches systemd, never showing its state.
    connect(m_ui->renewTimerCheck, &QCheckBox::clicked, this, &SettingsDialog::switchRenewalTimer);
    connect(m_renewalTimer, &RenewalTimer::finished, this, &SettingsDialog::showRenewalState);
    m_ui->crontabLabel->hide();
    m_ui->crontabEdit->hide();
    validate();
    showRenewalBusy(QString());
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

void SettingsDialog::setSystemctlProgram(const QString& program)
{
    m_renewalTimer->setSystemctlProgram(program);
}

void SettingsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_renewalAsked)
        return;
    m_renewalAsked = true;
    // A shared timer may have its answer already, or be getting it (finished() shows it then).
    if (!m_renewalTimer->isRunning() && m_renewalTimer->state() != RenewalTimer::State::Unknown)
        return showRenewalState();
    showRenewalBusy(tr("Asking systemd whether saved tokens are renewed automatically…"));
    if (!m_renewalTimer->isRunning())
        m_renewalTimer->query();
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

void SettingsDialog::switchRenewalTimer(bool on)
{
    showRenewalBusy(on ? tr("Switching automatic renewal on…") : tr("Switching automatic renewal off…"));
    if (on)
        m_renewalTimer->enable();
    else
        m_renewalTimer->disable();
}

void SettingsDialog::showRenewalBusy(const QString& status)
{
    m_ui->renewTimerCheck->setEnabled(false);
    m_ui->renewTimerStatusLabel->setText(status);
    m_ui->renewTimerStatusLabel->setPalette(palette());
    m_ui->renewTimerCheck->setAccessibleDescription(status);
}

void SettingsDialog::showRenewalState()
{
    const RenewalTimer::State state = m_renewalTimer->state();
    const bool offersCrontab = m_renewalTimer->offersCrontab();
    // Unknown stays switchable: trying again is the way to learn more.
    m_ui->renewTimerCheck->setEnabled(state != RenewalTimer::State::NoUserManager
                                      && state != RenewalTimer::State::NotInstalled);
    m_ui->renewTimerCheck->setChecked(state == RenewalTimer::State::Enabled);

    QString status = m_renewalTimer->message();
    if (offersCrontab) {
        status += QLatin1Char(' ') + RenewalTimer::crontabHint();
        m_ui->crontabEdit->setText(RenewalTimer::crontabLine(RenewalTimer::installedCliPath()));
    }
    m_ui->crontabLabel->setVisible(offersCrontab);
    m_ui->crontabEdit->setVisible(offersCrontab);
    QPalette pal = palette();
    if (!m_renewalTimer->succeeded())
        pal.setColor(QPalette::WindowText, StatusColors::error(palette()));
    m_ui->renewTimerStatusLabel->setPalette(pal);
    m_ui->renewTimerStatusLabel->setText(status);
    m_ui->renewTimerCheck->setAccessibleDescription(status);
}
