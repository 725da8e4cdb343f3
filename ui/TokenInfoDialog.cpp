#include "TokenInfoDialog.h"
#include "ui_TokenInfoDialog.h"

#include "support/ExpiryFormatter.h"
#include "StatusColors.h"

#include <QPushButton>

TokenInfoDialog::TokenInfoDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TokenInfoDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("inspectDialog"));
    if (QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("inspectCloseButton"));
        close->setAutoDefault(false);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPalette palette = m_ui->problemLabel->palette();
    palette.setColor(QPalette::WindowText, StatusColors::error(this->palette()));
    m_ui->problemLabel->setPalette(palette);
    m_ui->problemLabel->setVisible(false);
}

TokenInfoDialog::~TokenInfoDialog() = default;

QLineEdit* TokenInfoDialog::validEdit() const { return m_ui->validEdit; }
QLineEdit* TokenInfoDialog::typeEdit() const { return m_ui->typeEdit; }
QLineEdit* TokenInfoDialog::appEdit() const { return m_ui->appEdit; }
QLineEdit* TokenInfoDialog::userEdit() const { return m_ui->userEdit; }
QPlainTextEdit* TokenInfoDialog::scopesEdit() const { return m_ui->scopesEdit; }
QLineEdit* TokenInfoDialog::issuedEdit() const { return m_ui->issuedEdit; }
QLineEdit* TokenInfoDialog::expiresEdit() const { return m_ui->expiresEdit; }
QLineEdit* TokenInfoDialog::dataAccessEdit() const { return m_ui->dataAccessEdit; }
QLabel* TokenInfoDialog::problemLabel() const { return m_ui->problemLabel; }

QString TokenInfoDialog::timeText(const QDateTime& time, const QDateTime& now)
{
    if (!time.isValid())
        return tr("Not stated");
    return tr("%1 (%2)", "absolute time (relative time)")
        .arg(ExpiryFormatter::absolute(time), ExpiryFormatter::relative(now, time));
}

void TokenInfoDialog::setInfo(const TokenInfo& info, const QDateTime& now)
{
    m_info = info;
    const QString notStated = tr("Not stated");
    setWindowTitle(tr("Inspect %1 token").arg(Platforms::displayName(info.platform)));
    m_ui->introLabel->setText(tr("What Meta's debug_token says about the token in the result view:"));

    m_ui->validEdit->setText(info.isValid ? tr("Yes") : tr("No"));
    m_ui->typeEdit->setText(info.type.isEmpty() ? notStated : info.type);
    if (!info.application.isEmpty() && !info.appId.isEmpty())
        m_ui->appEdit->setText(tr("%1 (ID %2)", "app name (app ID)").arg(info.application, info.appId));
    else if (!info.application.isEmpty() || !info.appId.isEmpty())
        m_ui->appEdit->setText(info.application.isEmpty() ? info.appId : info.application);
    else
        m_ui->appEdit->setText(notStated);
    m_ui->userEdit->setText(info.userId.isEmpty() ? notStated : info.userId);

    QStringList scopeLines;
    scopeLines << (info.scopes.isEmpty() ? tr("None stated") : info.scopes.join(QStringLiteral(", ")));
    for (const TokenInfo::GranularScope& granular : info.granularScopes) {
        // Only the restricted ones add anything to the plain list above.
        if (!granular.targetIds.isEmpty())
            scopeLines << tr("%1: only for %2", "scope: only for object IDs")
                              .arg(granular.scope, granular.targetIds.join(QStringLiteral(", ")));
    }
    m_ui->scopesEdit->setPlainText(scopeLines.join(QLatin1Char('\n')));

    m_ui->issuedEdit->setText(info.issuedAt.isValid() ? ExpiryFormatter::absolute(info.issuedAt) : notStated);
    // expires_at 0 is Meta's way of saying "never" (Page tokens from a long-lived user token).
    m_ui->expiresEdit->setText(info.neverExpires ? tr("Never") : timeText(info.expiresAt, now));
    m_ui->dataAccessEdit->setText(timeText(info.dataAccessExpiresAt, now));
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setCursorPosition(0);

    QString problem;
    if (!info.isValid) {
        problem = info.error.isError() ? info.error.displayText()
                                       : tr("Meta gave no reason. Get a new token and exchange it again.");
    }
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
}
