#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

/// Edits the non-secret preferences: the Graph API version (validated by
/// InputValidator::apiVersionProblem; empty = the unversioned API) and how long a copied
/// token stays on the clipboard (or never cleared). It reads and writes nothing itself:
/// the caller fills it, and reads it back on accept().
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// The cleaned API version.
    QString apiVersion() const;
    void setApiVersion(const QString& version);

    /// Seconds; 0 = never clear.
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);

    bool isInputValid() const;

private:
    void validate();
    void restoreDefaults();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
