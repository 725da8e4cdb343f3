#pragma once

#include <QLineEdit>
#include <QPointer>

#include <optional>

class QAction;
class QMenu;
class QToolButton;
class SecureClipboard;

/// A line edit for secrets (App Secret, tokens): masked by default, with a show/hide toggle
/// inside the field (Ctrl+H while the field has focus) and input-method hints that keep the
/// text out of predictive keyboards. The toggle's text, tooltip and accessible name follow
/// its state ("Show App Secret" / "Hide App Secret").
///
/// Copy and Cut (keys, context menu) of revealed text go through the SecureClipboard (secret
/// hints, timed clear); masked text, or without a SecureClipboard, they do nothing. Nothing is ever left in the X11 PRIMARY selection,
/// which QLineEdit fills whenever text is selected in a revealed field.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(bool revealed READ isRevealed WRITE setRevealed NOTIFY revealedChanged)
    Q_PROPERTY(QString secretName READ secretName WRITE setSecretName)

public:
    explicit SecretLineEdit(QWidget* parent = nullptr);

    bool isRevealed() const;
    /// The name used in the toggle's label, e.g. "App Secret" gives "Show App Secret".
    QString secretName() const { return m_secretName; }
    void setSecretName(const QString& name);

    /// The checkable show/hide action (checked = text visible).
    QAction* revealAction() const { return m_revealAction; }
    /// The button Qt shows inside the field for revealAction().
    QToolButton* revealButton() const;

    /// Where Copy and Cut put the selected text; without one, they do nothing.
    void setClipboard(SecureClipboard* clipboard);
    SecureClipboard* clipboard() const;

    /// The standard context menu with Copy and Cut routed through clipboard(). Caller owns it.
    QMenu* createSecureContextMenu();

public slots:
    void setRevealed(bool revealed);

    /// Copies the selected text through clipboard(); nothing while masked, without a selection
    /// or without a clipboard.
    void copySecurely();
    /// copySecurely(), then removes the selected text (not in a read-only field).
    void cutSecurely();

signals:
    void revealedChanged(bool revealed);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void updateRevealAction();
    void dropSelectionCopy();
    static QAction* standardAction(QMenu* menu, const QString& text, const QString& objectName);

    QPointer<SecureClipboard> m_clipboard;

    QAction* m_revealAction;
    QString m_secretName;
    /// The state the reveal icon shows: an SVG icon costs a parse, so it is made only on a change.
    std::optional<bool> m_iconShowsRevealed;
};
