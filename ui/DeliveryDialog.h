#pragma once

#include "support/Clock.h"
#include "renewal/DeliveryOptions.h"
#include "vault/DeliveryTarget.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class DeliveryRunner;
class DeliveryStore;
class QLabel;
class QLineEdit;
class HttpTransport;
class QPushButton;
class QTreeWidget;
class TokenVault;
class VaultJob;

namespace Ui {
class DeliveryDialog;
}

/// "Delivery" for one saved profile: its delivery targets (kind, where, what happened last),
/// adding each kind (an n8n credential, a file, a command), Test (delivers the saved token to
/// the selected target now) and Remove.
///
/// Everything runs asynchronously, one operation at a time, and Cancel stops it: keychain calls
/// (an n8n target's API key is stored in the keyring when added, deleted when removed) and the
/// test delivery (DeliveryRunner). Results are shown in plain words, never with the token or
/// the key; the API key field is masked and emptied once the key is stored. A field the core
/// refuses shows why right under it, and what was typed stays.
class DeliveryDialog : public QDialog {
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    /// \a store, \a vault and \a transport must outlive the dialog.
    DeliveryDialog(const QString& profileName, DeliveryStore* store, TokenVault* vault, HttpTransport* transport,
                   QWidget* parent = nullptr);
    ~DeliveryDialog() override;

    QString profileName() const { return m_profileName; }
    /// The source of "now" for "delivered 2 hours ago" and the attempt times (tests pin it).
    void setClock(Clock clock);
    /// Limits of the test delivery (tests shorten them).
    void setDeliveryOptions(const DeliveryOptions& options);
    bool isBusy() const { return m_busy; }

    QTreeWidget* targetsList() const;
    QLabel* statusLabel() const;
    QPushButton* testButton() const;
    QPushButton* removeButton() const;
    QPushButton* addButton() const;
    QPushButton* cancelButton() const;

public slots:
    /// Reads the targets again from the store (done automatically when they change).
    void reload();
    /// Adds the target described by the "Add a target" fields (validated first).
    void addTarget();
    /// Delivers the saved token to the selected target now.
    void testCurrent();
    /// Removes the selected target (an n8n target's key from the keyring first).
    void removeCurrent();
    /// Stops waiting for what is running; see cancelRunning().
    void cancel();
    void reject() override;

signals:
    void busyChanged(bool busy);
    /// An add, test or remove ended (\a ok: it did what was asked), or was canceled.
    void operationFinished(bool ok);

private:
    enum class Kind { N8n, File, Exec };

    void setUpKinds();
    void chooseFile();
    std::optional<DeliveryTarget> targetFromFields();
    bool validateN8n();
    bool validateFile();
    bool validateExec();
    bool showFieldError(QLineEdit* edit, QLabel* error, const QString& text);
    void clearFieldErrors();
    void clearAddFields();
    void addWithKey(const DeliveryTarget& target, const QString& apiKey);
    void forgetKeyThenRemove(const DeliveryTarget& target);
    void removeFromStore(const QString& targetId);
    void onTestFinished();
    QString currentTargetId() const;
    std::optional<DeliveryTarget> currentTarget() const;
    void setBusy(bool busy, const QString& status = QString());
    void finishOperation(bool ok, const QString& text);
    void showStatus(const QString& text, bool isError);
    void updateActions();

    std::unique_ptr<Ui::DeliveryDialog> m_ui;
    QString m_profileName;
    DeliveryStore* m_store;
    TokenVault* m_vault;
    DeliveryRunner* m_runner;
    Clock m_clock = systemClock();
    QPointer<VaultJob> m_job;
    /// Bumped by cancel(): answers of what was canceled no longer speak in the dialog.
    quint64 m_generation = 0;
    qsizetype m_outcomesBefore = 0;
    bool m_busy = false;
    bool m_tokenUnavailable = false;
    QString m_tokenProblem;
};
