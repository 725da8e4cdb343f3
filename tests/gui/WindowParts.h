#pragma once

// WindowParts — the parts of a MainWindow as the GUI tests reach them: by object name, the way
// users' tools (screen readers, UI automation) find them, not through accessors of the window.
// One place for the names, for every test that drives a window.

#include "DeliveryDialog.h"
#include "ExchangeForm.h"
#include "ResultPanel.h"
#include "SaveTokenWidget.h"
#include "SavedTokensView.h"
#include "SecureClipboard.h"
#include "StatusBanner.h"
#include "TokenActions.h"
#include "renewal/ProfileRenewer.h"

#include <QMenu>
#include <QMessageBox>
#include <QWidget>

#include <optional>

/// The child of \a parent named \a name (a warning when there is none).
template <typename T> T* findNamed(const QObject* parent, const char* name)
{
    T* child = parent->findChild<T*>(QLatin1String(name));
    if (!child)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return child;
}

/// The visible child of \a parent named \a name, or nullptr: a dialog closed but not yet deleted
/// is gone for the user.
template <typename T> T* findVisible(const QObject* parent, const char* name)
{
    const QList<T*> children = parent->findChildren<T*>(QLatin1String(name));
    for (T* child : children) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

class WindowParts {
public:
    explicit WindowParts(QWidget* window)
        : m_window(window)
    {
    }

    ExchangeForm* exchangeForm() const { return findNamed<ExchangeForm>(m_window, "exchangeForm"); }
    ResultPanel* resultPanel() const { return findNamed<ResultPanel>(m_window, "resultPanel"); }
    StatusBanner* statusBanner() const { return findNamed<StatusBanner>(m_window, "statusBanner"); }
    SaveTokenWidget* saveTokenWidget() const { return findNamed<SaveTokenWidget>(m_window, "saveTokenWidget"); }
    SavedTokensView* savedTokensView() const { return findNamed<SavedTokensView>(m_window, "savedTokensPanel"); }
    TokenActions* tokenActions() const { return findNamed<TokenActions>(m_window, "tokenActions"); }
    SecureClipboard* clipboard() const { return findNamed<SecureClipboard>(m_window, "secureClipboard"); }
    QMenu* tokenMenu() const { return findNamed<QMenu>(m_window, "tokenMenu"); }

    /// An exchange runs: the form is busy (Cancel shown) until Meta answered.
    bool isExchanging() const { return exchangeForm()->isBusy(); }
    /// The saved profile the token shown is stored as.
    std::optional<Profile> currentProfile() const { return resultPanel()->savedProfile(); }
    /// The "send it anyway?" question about a token of another platform, while it is open.
    QMessageBox* platformMismatchBox() const
    {
        return findVisible<QMessageBox>(m_window, "platformMismatchConfirmation");
    }
    /// The Delivery dialog, while it is open.
    DeliveryDialog* deliveryDialog() const { return findVisible<DeliveryDialog>(m_window, "deliveryDialog"); }
    /// A Renew now runs (its renewer lives until it finished).
    bool isRenewing() const
    {
        return m_window->findChild<ProfileRenewer*>(QStringLiteral("profileRenewer")) != nullptr;
    }

private:
    QWidget* m_window;
};
