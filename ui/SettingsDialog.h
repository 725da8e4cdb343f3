#pragma once

#include <QDialog>

#include <memory>

class RenewalTimer;

namespace Ui {
class SettingsDialog;
}

/// Edits the non-secret preferences: the Graph API version (validated by
/// InputValidator::apiVersionProblem; empty = the unversioned API) and how long a copied
/// token stays on the clipboard (or never cleared). It reads and writes nothing itself:
/// the caller fills it, and reads it back on accept().
///
/// One exception: "Renew saved tokens automatically" shows and switches the systemd user timer
/// (RenewalTimer) at once, since its state lives in systemd, not in LongLived's settings — OK or
/// Cancel do not change it. The timer can be the window's (shared, so what the box switches the
/// rest of the window sees at once); its state is asked for when the dialog is first shown
/// unless the timer already knows it or is asking, without blocking the window; while systemd
/// answers, and where it cannot (no user manager, units not installed: then the equivalent
/// crontab line is shown), the box is disabled and says why.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    /// Shows and switches \a renewalTimer (not owned; it must outlive the dialog).
    explicit SettingsDialog(RenewalTimer* renewalTimer, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// The cleaned API version.
    QString apiVersion() const;
    void setApiVersion(const QString& version);

    /// Seconds; 0 = never clear.
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);

    bool isInputValid() const;

    /// The systemctl the renewal switch runs ("systemctl" on PATH unless set; tests set a
    /// stand-in). Set it before the dialog is shown.
    void setSystemctlProgram(const QString& program);
    RenewalTimer* renewalTimer() const { return m_renewalTimer; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void validate();
    void restoreDefaults();
    void switchRenewalTimer(bool on);
    void showRenewalBusy(const QString& status);
    void showRenewalState();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    RenewalTimer* m_renewalTimer = nullptr;
    bool m_renewalAsked = false;
};
