#pragma once

#include "support/Clock.h"
#include "graph/TokenResult.h"
#include "vault/Profile.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class LifetimeBar;
class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class SecureClipboard;

namespace Ui {
class ResultPanel;
}

/// Shows the current long-lived token: the token (masked by default), its type, its expiry
/// as absolute local time and relative text refreshed each minute, and a lifetime bar.
/// Copy (Ctrl+Shift+C) goes through the SecureClipboard; its countdown is shown beside
/// the buttons. More token actions (Save, Refresh, Inspect, Pages, Verify, ...) are added
/// with addActionButton() and read the current token from result().
class ResultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultPanel(QWidget* parent = nullptr);
    ~ResultPanel() override;

    /// The source of "now" for the relative expiry text (pinned in tests).
    void setClock(Clock clock);
    /// Where Copy puts the token; without one, Copy is unavailable.
    void setClipboard(SecureClipboard* clipboard);

    bool hasResult() const { return m_hasResult; }
    /// The token shown; a default TokenResult when hasResult() is false.
    const TokenResult& result() const { return m_result; }
    /// Shows \a result; \a savedAs is the saved profile it is stored as (opened from Saved
    /// tokens, say), nullopt for a token that is not saved.
    void setResult(const TokenResult& result, const std::optional<Profile>& savedAs = std::nullopt);
    /// Nothing shown, and no saved profile either.
    void clear();

    /// The saved profile the token shown is stored as (set with it, saved since, or refreshed
    /// in place); nullopt for a token that is not saved. Not a secret: names and dates only.
    const std::optional<Profile>& savedProfile() const { return m_savedProfile; }
    /// The token shown was saved as \a profile (nullopt: it is no longer saved, e.g. forgotten).
    void setSavedProfile(const std::optional<Profile>& profile);

    /// After a failed exchange: the token shown is the one from before, perhaps not saved yet.
    /// It stays (Copy and Save keep working), labelled "Previous token" with a sentence saying
    /// why, until the next setResult() or clear().
    void markAsPrevious();
    bool isPrevious() const { return m_previous; }

    /// "Copy" (Ctrl+Shift+C), enabled while a token is shown.
    QAction* copyAction() const { return m_copyAction; }

    /// Adds a button for \a action after the existing ones (Copy first). The button follows
    /// the action's text, tooltip, enabled state and visibility; its objectName is the
    /// action's objectName + "Button". Returns the button (owned by the panel).
    QPushButton* addActionButton(QAction* action);

    /// Shows the busy indicator beside the action buttons while a token action runs.
    void setBusy(bool busy);
    bool isBusy() const;

    /// A sentence under the actions about the token shown (e.g. the refresh rules); empty hides it.
    void setNote(const QString& note);
    QString note() const;

    /// Width the label column needs (see ExchangeForm::labelColumnWidth()).
    int labelColumnWidth() const;
    void setLabelColumnMinimumWidth(int width);

    QLineEdit* tokenEdit() const;
    QLineEdit* tokenTypeEdit() const;
    QLineEdit* expiresEdit() const;
    LifetimeBar* lifetimeBar() const;

    /// Puts the keyboard focus on Copy (after a new token arrived: the next thing to do).
    void focusCopyButton();

public slots:
    void copyToken();
    /// Recomputes the relative expiry text and the bar (a timer calls it each minute).
    void refreshExpiry();

signals:
    /// A token was shown or the panel was cleared.
    void resultChanged();

private:
    void showClipboardStatus(const QString& text);
    void showAsPrevious(bool previous);
    static QString tokenTypeText(const TokenResult& result);

    std::unique_ptr<Ui::ResultPanel> m_ui;
    Clock m_clock = systemClock();
    QPointer<SecureClipboard> m_clipboard;
    QAction* m_copyAction;
    QTimer m_refreshTimer;
    TokenResult m_result;
    std::optional<Profile> m_savedProfile;
    bool m_hasResult = false;
    bool m_previous = false;
    QLabel* m_previousLabel;
    int m_nextActionIndex = 1; // after the Copy button
};
