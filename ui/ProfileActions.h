#pragma once

#include <QObject>
#include <QString>

class QAction;

/// What the user can do with one saved profile besides opening and forgetting it: Delivery…
/// (its delivery targets) and Renew now. Saved tokens shows them as buttons and in the list's
/// context menu and keeps them on the selected profile; whoever hosts the view (MainWindow)
/// answers the requests, so the view needs no network, renewer or dialog of its own.
class ProfileActions : public QObject {
    Q_OBJECT
public:
    explicit ProfileActions(QObject* parent = nullptr);

    /// "Delivery…": emits deliveryRequested() for profileName().
    QAction* deliveryAction() const { return m_deliveryAction; }
    /// "Renew now": emits renewRequested() for profileName().
    QAction* renewAction() const { return m_renewAction; }

    QString profileName() const { return m_profileName; }
    /// The profile the actions apply to; empty disables them.
    void setProfileName(const QString& name);
    /// false while the host cannot take a request (a keychain call of the view runs).
    void setAvailable(bool available);
    /// A renewal of profileName() runs: Renew now waits for it.
    void setRenewing(bool renewing);

signals:
    void deliveryRequested(const QString& profileName);
    void renewRequested(const QString& profileName);

private:
    void updateEnabled();

    QAction* m_deliveryAction;
    QAction* m_renewAction;
    QString m_profileName;
    bool m_available = true;
    bool m_renewing = false;
};
