#pragma once

#include "Platform.h"
#include "TokenRequest.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;

namespace Ui {
class ExchangeForm;
}

/// The inputs of an exchange: App ID, App Secret and the short-lived token. Validates on
/// every textChanged() (so text set by assistive technology counts), shows InputValidator's
/// message under a field once the user has typed into it, and enables Exchange only when
/// everything is valid. While busy, the inputs are read-only and Cancel is offered; the
/// form never clears what was typed.
///
/// The form knows no service: it emits exchangeRequested()/cancelRequested() and hands out
/// the cleaned request(). A platform selector can drive setPlatform() (the App ID row is
/// only shown for platforms whose exchange needs it).
class ExchangeForm : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy WRITE setBusy)
    Q_PROPERTY(bool inputValid READ isInputValid NOTIFY inputValidityChanged)

public:
    explicit ExchangeForm(QWidget* parent = nullptr);
    ~ExchangeForm() override;

    Platform platform() const { return m_platform; }
    void setPlatform(Platform platform);

    /// The cleaned App ID.
    QString appId() const;
    void setAppId(const QString& appId);

    /// The cleaned inputs (surrounding whitespace and newlines removed). apiVersion is left
    /// empty: it is a setting, not part of the form.
    TokenRequest request() const;
    bool isInputValid() const { return m_valid; }

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);

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

signals:
    void exchangeRequested();
    void cancelRequested();
    void inputValidityChanged(bool valid);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Field { AppIdField, SecretField, TokenField, FieldCount };

    void validate();
    void showProblem(QLineEdit* edit, QLabel* label, const QString& problem);
    void updateActions();
    void applyProblemColour();

    std::unique_ptr<Ui::ExchangeForm> m_ui;
    QAction* m_exchangeAction;
    QAction* m_cancelAction;
    Platform m_platform = Platform::Facebook;
    bool m_touched[FieldCount] = {false, false, false};
    bool m_valid = false;
    bool m_busy = false;
};
