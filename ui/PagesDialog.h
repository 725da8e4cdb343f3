#pragma once

#include "graph/PageList.h"
#include "vault/Profile.h"
#include "vault/VaultError.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QMessageBox;
class QPushButton;
class QTreeWidget;
class SecureClipboard;
class TokenVault;
class VaultJob;

namespace Ui {
class PagesDialog;
}

/// The Pages view: the Facebook Pages a user token manages (/me/accounts, every page of
/// paging.next) with each Page's name, ID, tasks and its Page token — masked (only a hint such
/// as "EAAB…9xQ" shows). Copy puts the selected Page's token on the SecureClipboard; Save to
/// keychain stores it as the profile "Page · <name>" (asking before replacing one). The warnings
/// of the list (a short-lived user token gives short-lived Page tokens) show at the top.
///
/// Holds the Page tokens in memory only, for as long as it is open.
class PagesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, TasksColumn, TokenColumn };

    explicit PagesDialog(QWidget* parent = nullptr);
    ~PagesDialog() override;

    void setPages(const PageList& pages);
    const PageList& pages() const { return m_pages; }
    /// Where Copy puts a Page token; without one, Copy is unavailable.
    void setClipboard(SecureClipboard* clipboard);
    /// Where Save puts a Page token; \a appId and \a apiVersion go into the saved profile.
    void setVault(TokenVault* vault, const QString& appId, const QString& apiVersion);

    /// The profile name a Page is saved under: "Page · <name>".
    static QString profileNameFor(const Page& page);

    /// The selected Page; a default Page when none is selected.
    Page currentPage() const;
    void selectPage(int row);

    QTreeWidget* list() const;
    QPushButton* copyButton() const;
    QPushButton* saveButton() const;
    QLabel* statusLabel() const;
    QLabel* warningLabel() const;

public slots:
    void copyCurrent();
    /// Saves the selected Page's token (asking first if a saved token has that name).
    void saveCurrent();

signals:
    void pageSaved(const Profile& profile);
    void saveFailed(const VaultError& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void startSave(const Page& page);
    void showStatus(const QString& text, bool isError = false);
    void updateButtons();
    void applyWarningColour();

    std::unique_ptr<Ui::PagesDialog> m_ui;
    PageList m_pages;
    QPointer<SecureClipboard> m_clipboard;
    QPointer<TokenVault> m_vault;
    QPointer<VaultJob> m_saveJob;
    QPointer<QMessageBox> m_confirmation;
    QString m_appId;
    QString m_apiVersion;
};
