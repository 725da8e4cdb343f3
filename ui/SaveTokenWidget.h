#pragma once

#include "vault/Profile.h"
#include "vault/TokenVault.h"
#include "graph/TokenResult.h"
#include "vault/VaultError.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;

namespace Ui {
class SaveTokenWidget;
}

/// "Save to keychain" for the result view: a profile name (defaulting to
/// "<platform> · <App ID>"), "Also store the App Secret" (off by default; only offered when
/// the App Secret is at hand) and the button (Ctrl+S, also as saveAction() for a menu).
/// Saving under the name of another saved token asks before replacing it.
///
/// On failure the VaultError's text shows under the fields, the token stays where it was
/// (this widget never clears the result view) and nothing is written anywhere in plain text.
class SaveTokenWidget : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    explicit SaveTokenWidget(QWidget* parent = nullptr);
    /// \a vault must outlive the widget.
    explicit SaveTokenWidget(TokenVault* vault, QWidget* parent = nullptr);
    ~SaveTokenWidget() override;

    void setVault(TokenVault* vault);
    TokenVault* vault() const { return m_vault; }

    /// Offers \a result for saving (after an exchange or a refresh): the name becomes the
    /// default for its platform and \a appId, the box is unchecked, and enabled only when
    /// \a appSecret is not empty. Holds the token and the secret in memory only.
    void setToken(const TokenResult& result, const QString& appId, const QString& apiVersion,
                  const QString& appSecret = QString());
    /// Offers the token of the saved \a profile (reopened from the list): its name is proposed,
    /// and saving under it again replaces it without asking and keeps its stored App Secret.
    void setSavedProfile(const Profile& profile, const QString& token);
    /// The token on offer turned out to expire at \a expiresAt (or never): e.g. Inspect told.
    void setExpiry(const QDateTime& expiresAt, bool neverExpires);
    /// Nothing to save (the result view was cleared).
    void clear();
    /// The token offered is the previous result (the last exchange failed): the button says so.
    /// Until the next setToken(), setSavedProfile() or clear().
    void markAsPrevious();

    bool hasToken() const { return !m_token.isEmpty(); }
    QString profileName() const;
    bool isBusy() const { return !m_job.isNull(); }

    /// "Save to keychain" (Ctrl+S), enabled when there is a token, a name and nothing running.
    QAction* saveAction() const { return m_saveAction; }
    QLineEdit* profileNameEdit() const;
    QCheckBox* storeSecretCheckBox() const;
    QPushButton* saveButton() const;
    QLabel* statusLabel() const;

    /// Width the label column needs; with setLabelColumnMinimumWidth() the window lines it up
    /// with the result view's labels.
    int labelColumnWidth() const;
    void setLabelColumnMinimumWidth(int width);

public slots:
    /// Saves now (asking first if another saved token has this name).
    void save();

signals:
    void saved(const Profile& profile);
    void saveFailed(const VaultError& error);
    void busyChanged(bool busy);

private:
    void startSave();
    void updateActions();
    void showAsPrevious(bool previous);
    void showStatus(const QString& text, bool isError);

    std::unique_ptr<Ui::SaveTokenWidget> m_ui;
    QAction* m_saveAction;
    QPointer<TokenVault> m_vault;
    QPointer<VaultJob> m_job;
    QPointer<QMessageBox> m_confirmation;
    Profile m_profile;       ///< platform, App ID, expiry, API version of the token on offer
    QString m_token;         ///< the token on offer (a secret)
    QString m_appSecret;     ///< its App Secret when at hand (a secret)
    QString m_savedName;     ///< the saved profile the token on offer is stored under, if any
};
