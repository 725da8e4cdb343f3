#pragma once

#include "graph/Platform.h"
#include "graph/TokenRequest.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Ui {
class ExchangeForm;
}

/// The inputs of an exchange: the platform, App ID, App Secret and the short-lived token.
/// Validates on every textChanged() (so text set by assistive technology counts), shows
/// InputValidator's message under a field once the user has typed into it, and enables
/// Exchange only when everything is valid. While busy, the inputs are read-only and Cancel is
/// offered; the form never clears what was typed.
///
/// The platform follows the pasted token's prefix (Platforms::detect) until the user picks one
/// in the combo box; from then on the user's choice stands until the token field is emptied.
/// A token whose prefix names another platform than the chosen one gets a warning under the
/// token field (mismatchWarning()); the window asks before sending it.
///
/// The App ID row adapts: required for Facebook, optional for Threads (only Inspect and the
/// automatic expiry lookup use it), hidden for Instagram. Each platform keeps its own App ID
/// (Threads and Instagram apps have their own), swapped in when the platform changes.
///
/// The form knows no service: it emits exchangeRequested()/cancelRequested() and hands out
/// the cleaned request().
class ExchangeForm : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy WRITE setBusy)
    Q_PROPERTY(bool inputValid READ isInputValid NOTIFY inputValidityChanged)

public:
    explicit ExchangeForm(QWidget* parent = nullptr);
    ~ExchangeForm() override;

    Platform platform() const { return m_platform; }
    /// Shows \a platform's fields (and its remembered App ID). Does not count as the user's
    /// choice: a token pasted later may still switch the platform.
    void setPlatform(Platform platform);
    /// Whether the user picked the platform in the combo box (auto-detection is then off until
    /// the token field is emptied).
    bool isPlatformChosenByUser() const { return m_platformChosenByUser; }
    /// As if the user picked \a platform (or, with false, as if nothing was picked).
    void setPlatformChosenByUser(bool chosen) { m_platformChosenByUser = chosen; }

    /// Whether the App ID row is offered for \a platform: required for Facebook's exchange,
    /// optional for Threads (Inspect, expiry lookup), absent for Instagram (no debug_token).
    static bool offersAppId(Platform platform);

    /// The cleaned App ID in the field (the current platform's).
    QString appId() const;
    /// Sets the current platform's App ID.
    void setAppId(const QString& appId);
    /// Remembers \a appId for \a platform; shown whenever that platform is chosen.
    void setAppId(Platform platform, const QString& appId);

    /// The translated warning when the token's prefix names another platform than the chosen
    /// one; empty when they agree or the prefix is unknown.
    QString mismatchWarning() const;

    /// The cleaned inputs (surrounding whitespace and newlines removed). apiVersion is left
    /// empty: it is a setting, not part of the form.
    TokenRequest request() const;
    bool isInputValid() const { return m_valid; }

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);

    /// Empties the App Secret and token fields — their undo history too, so Ctrl+Z cannot bring
    /// a secret back — and masks them again. The App ID and platform stay. For "Clear" and for
    /// closing the window.
    void clearSecrets();

    /// "Exchange" (Ctrl+Return); enabled only when the input is valid and nothing is running.
    QAction* exchangeAction() const { return m_exchangeAction; }
    /// "Cancel" (Escape); enabled only while busy.
    QAction* cancelAction() const { return m_cancelAction; }

    /// Width the label column needs; with setLabelColumnMinimumWidth() the window lines up
    /// the fields of several forms.
    int labelColumnWidth() const;
    void setLabelColumnMinimumWidth(int width);

    QLineEdit* appIdEdit() const;
    QLineEdit* appSecretEdit() const;
    QLineEdit* tokenEdit() const;
    QComboBox* platformCombo() const;

signals:
    void exchangeRequested();
    void cancelRequested();
    void inputValidityChanged(bool valid);
    /// The platform changed, by detection, by the user or through setPlatform().
    void platformChanged(Platform platform);
    /// setBusy() changed the form's state: an exchange started or ended.
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Field { AppIdField, SecretField, TokenField, FieldCount };

    void validate();
    void onTokenChanged(const QString& text);
    void onPlatformActivated(int index);
    void applyPlatform(Platform platform);
    void updatePlatformTexts();
    void showProblem(QLineEdit* edit, QLabel* label, const QString& problem, const QString& warning = {});
    void updateActions();
    void applyProblemColour();

    std::unique_ptr<Ui::ExchangeForm> m_ui;
    QAction* m_exchangeAction;
    QAction* m_cancelAction;
    Platform m_platform = Platform::Facebook;
    QMap<Platform, QString> m_appIds; ///< each platform's App ID while another one is shown
    bool m_platformChosenByUser = false;
    bool m_touched[FieldCount] = {false, false, false};
    bool m_valid = false;
    bool m_busy = false;
};
