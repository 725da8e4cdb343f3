#include "PagesDialog.h"
#include "ui_PagesDialog.h"

#include "vault/ProfileStore.h"
#include "support/Redactor.h"
#include "SecureClipboard.h"
#include "StatusColors.h"
#include "vault/TokenVault.h"
#include "vault/VaultJob.h"

#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

PagesDialog::PagesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PagesDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("pagesDialog"));
    if (QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("pagesCloseButton"));
        close->setAutoDefault(false);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copyPageTokenButton, &QPushButton::clicked, this, &PagesDialog::copyCurrent);
    connect(m_ui->savePageTokenButton, &QPushButton::clicked, this, &PagesDialog::saveCurrent);
    connect(m_ui->pagesList, &QTreeWidget::currentItemChanged, this, [this] {
        showStatus(QString());
        updateButtons();
    });

    QHeaderView* header = m_ui->pagesList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TasksColumn, QHeaderView::Stretch);

    applyWarningColour();
    m_ui->pagesWarningLabel->setVisible(false);
    showStatus(QString());
    updateButtons();
}

PagesDialog::~PagesDialog() = default;

QTreeWidget* PagesDialog::list() const { return m_ui->pagesList; }
QPushButton* PagesDialog::copyButton() const { return m_ui->copyPageTokenButton; }
QPushButton* PagesDialog::saveButton() const { return m_ui->savePageTokenButton; }
QLabel* PagesDialog::statusLabel() const { return m_ui->pagesStatusLabel; }
QLabel* PagesDialog::warningLabel() const { return m_ui->pagesWarningLabel; }

QString PagesDialog::profileNameFor(const Page& page)
{
    return tr("Page · %1").arg(page.name.isEmpty() ? page.id : page.name);
}

void PagesDialog::setPages(const PageList& pages)
{
    m_pages = pages;
    m_ui->pagesList->clear();
    for (const Page& page : pages.pages) {
        auto* item = new QTreeWidgetItem(m_ui->pagesList);
        item->setText(NameColumn, page.name);
        item->setText(IdColumn, page.id);
        item->setText(TasksColumn, page.tasks.join(QStringLiteral(", ")));
        // Never the token itself in a list cell: a hint to tell them apart is enough.
        if (page.accessToken.isEmpty()) {
            item->setText(TokenColumn, tr("none (permission missing)"));
            item->setToolTip(TokenColumn, tr("Meta gave no token for this Page: the user token lacks a permission "
                                             "such as pages_show_list or pages_manage_metadata."));
        } else {
            item->setText(TokenColumn, Redactor::mask(page.accessToken));
            item->setToolTip(TokenColumn, tr("Masked. Use “Copy page token” to copy the whole token."));
        }
    }
    const QStringList warnings = pages.warnings();
    m_ui->pagesWarningLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->pagesWarningLabel->setVisible(!warnings.isEmpty());
    setWindowTitle(tr("%n Page(s) and their tokens", nullptr, int(pages.pages.size())));
    if (!pages.pages.isEmpty())
        selectPage(0);
    updateButtons();
}

void PagesDialog::setClipboard(SecureClipboard* clipboard)
{
    m_clipboard = clipboard;
    updateButtons();
}

void PagesDialog::setVault(TokenVault* vault, const QString& appId, const QString& apiVersion)
{
    m_vault = vault;
    m_appId = appId;
    m_apiVersion = apiVersion;
    updateButtons();
}

Page PagesDialog::currentPage() const
{
    const QModelIndex current = m_ui->pagesList->currentIndex();
    if (!current.isValid() || current.row() >= m_pages.pages.size())
        return {};
    return m_pages.pages.at(current.row());
}

void PagesDialog::selectPage(int row)
{
    if (QTreeWidgetItem* item = m_ui->pagesList->topLevelItem(row))
        m_ui->pagesList->setCurrentItem(item);
}

void PagesDialog::copyCurrent()
{
    const Page page = currentPage();
    if (!m_clipboard || page.accessToken.isEmpty())
        return;
    m_clipboard->copy(page.accessToken);
    const int seconds = m_clipboard->clearTimeoutMs() / 1000;
    showStatus(seconds > 0 ? tr("Copied the token of “%1”; the clipboard clears in %n s.", nullptr, seconds).arg(page.name)
                           : tr("Copied the token of “%1”.").arg(page.name));
}

void PagesDialog::saveCurrent()
{
    const Page page = currentPage();
    if (!m_vault || page.accessToken.isEmpty() || m_saveJob || m_confirmation)
        return;
    const QString name = profileNameFor(page);
    if (!m_vault->profileStore()->contains(name)) {
        startSave(page);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Replace saved token"),
                                tr("A saved token named “%1” already exists. Replace it with this Page's token?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("replaceConfirmation"));
    box->setTextFormat(Qt::PlainText); // Page names come from Meta: shown as text, never as markup
    QPushButton* replace = box->addButton(tr("Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("confirmReplaceButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, replace, page] {
        m_confirmation = nullptr;
        if (box->clickedButton() == replace)
            startSave(page);
    });
    m_confirmation = box;
    box->open();
}

void PagesDialog::startSave(const Page& page)
{
    if (!m_vault)
        return;
    Profile profile;
    profile.name = profileNameFor(page);
    profile.platform = Platform::Facebook;
    profile.appId = m_appId;
    profile.apiVersion = m_apiVersion;
    // Page tokens taken from a long-lived user token do not expire (Meta's debug_token says
    // expires_at 0); from anything else their expiry is not known here.
    profile.neverExpires = m_pages.userTokenLifetime == TokenLifetime::LongLived;
    VaultJob* job = m_vault->save(profile, page.accessToken);
    m_saveJob = job;
    showStatus(tr("Saving “%1” in the keyring…").arg(profile.name));
    updateButtons();
    connect(job, &VaultJob::succeeded, this, [this](const Profile& stored) {
        m_saveJob = nullptr;
        showStatus(tr("Saved in the keyring as “%1”.").arg(stored.name));
        updateButtons();
        emit pageSaved(stored);
    });
    connect(job, &VaultJob::failed, this, [this](const VaultError& error) {
        m_saveJob = nullptr;
        showStatus(error.displayText(), true);
        updateButtons();
        emit saveFailed(error);
    });
}

void PagesDialog::showStatus(const QString& text, bool isError)
{
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, StatusColors::error(palette));
    m_ui->pagesStatusLabel->setPalette(palette);
    m_ui->pagesStatusLabel->setProperty("statusKind", isError ? QStringLiteral("error") : QStringLiteral("info"));
    m_ui->pagesStatusLabel->setText(text);
}

void PagesDialog::updateButtons()
{
    const bool hasToken = !currentPage().accessToken.isEmpty();
    m_ui->copyPageTokenButton->setEnabled(hasToken && m_clipboard);
    m_ui->savePageTokenButton->setEnabled(hasToken && m_vault && !m_saveJob);
}

void PagesDialog::applyWarningColour()
{
    QPalette palette = m_ui->pagesWarningLabel->palette();
    palette.setColor(QPalette::WindowText, StatusColors::warning(this->palette()));
    m_ui->pagesWarningLabel->setPalette(palette);
}

void PagesDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyWarningColour();
}
