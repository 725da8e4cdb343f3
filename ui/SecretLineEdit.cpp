#include "SecretLineEdit.h"

#include "SecureClipboard.h"
#include "UiResources.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QToolButton>

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_revealAction(new QAction(this))
{
    UiResources::ensureInitialized();
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                        | Qt::ImhHiddenText);
    // Dragging the text out would bypass the secure clipboard's hints and timeout.
    setDragEnabled(false);

    m_revealAction->setObjectName(QStringLiteral("revealAction"));
    m_revealAction->setCheckable(true);
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    // Per field: Ctrl+H toggles the secret that has focus, not every secret in the window.
    m_revealAction->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_revealAction, QLineEdit::TrailingPosition);
    connect(m_revealAction, &QAction::toggled, this, &SecretLineEdit::setRevealed);

    if (QToolButton* button = revealButton())
        button->setObjectName(QStringLiteral("revealButton"));
    updateRevealAction();
}

bool SecretLineEdit::isRevealed() const
{
    return echoMode() == QLineEdit::Normal;
}

void SecretLineEdit::setSecretName(const QString& name)
{
    m_secretName = name;
    updateRevealAction();
}

QToolButton* SecretLineEdit::revealButton() const
{
    const QList<QObject*> objects = m_revealAction->associatedObjects();
    for (QObject* object : objects) {
        if (auto* button = qobject_cast<QToolButton*>(object))
            return button;
    }
    return nullptr;
}

void SecretLineEdit::setRevealed(bool revealed)
{
    if (revealed == isRevealed())
        return;
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    // Normal echo mode drops the hidden-text hint; the text stays sensitive either way.
    setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                        | (revealed ? Qt::ImhNone : Qt::ImhHiddenText));
    m_revealAction->setChecked(revealed);
    updateRevealAction();
    emit revealedChanged(revealed);
}

void SecretLineEdit::updateRevealAction()
{
    const bool revealed = isRevealed();
    QString label;
    if (m_secretName.isEmpty())
        label = revealed ? tr("Hide") : tr("Show");
    else
        label = revealed ? tr("Hide %1").arg(m_secretName) : tr("Show %1").arg(m_secretName);
    m_revealAction->setText(label);
    m_revealAction->setToolTip(
        tr("%1 (%2)").arg(label, m_revealAction->shortcut().toString(QKeySequence::NativeText)));
    if (m_iconShowsRevealed != revealed) {
        m_iconShowsRevealed = revealed;
        m_revealAction->setIcon(
            QIcon::fromTheme(revealed ? QStringLiteral("view-hidden") : QStringLiteral("view-visible"),
                             QIcon(revealed ? QStringLiteral(":/icons/eye-off.svg") : QStringLiteral(":/icons/eye.svg"))));
    }
    if (QToolButton* button = revealButton())
        button->setAccessibleName(label);
}

void SecretLineEdit::setClipboard(SecureClipboard* clipboard)
{
    m_clipboard = clipboard;
}

SecureClipboard* SecretLineEdit::clipboard() const
{
    return m_clipboard;
}

void SecretLineEdit::copySecurely()
{
    // Masked text is not copied (as Qt and browsers do for password fields): reveal it first.
    if (m_clipboard && hasSelectedText() && isRevealed())
        m_clipboard->copy(selectedText());
}

void SecretLineEdit::cutSecurely()
{
    if (isReadOnly() || !hasSelectedText() || !m_clipboard || !isRevealed())
        return;
    copySecurely();
    del();
}

bool SecretLineEdit::event(QEvent* event)
{
    const bool handled = QLineEdit::event(event);
    // QLineEdit copies every selection it makes in Normal echo mode (mouse release, Shift+arrows,
    // double click) to PRIMARY. The selection is served to other programs only from the event
    // loop, so giving it up before returning there means no program ever receives the text.
    switch (event->type()) {
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::FocusIn:
    case QEvent::FocusOut:
        dropSelectionCopy();
        break;
    default:
        break;
    }
    return handled;
}

void SecretLineEdit::dropSelectionCopy()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard || !clipboard->supportsSelection() || !clipboard->ownsSelection())
        return;
    const QMimeData* data = clipboard->mimeData(QClipboard::Selection);
    const QString selected = data ? data->text() : QString();
    if (!selected.isEmpty() && text().contains(selected))
        clipboard->clear(QClipboard::Selection);
}

void SecretLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySecurely();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Cut)) {
        cutSecurely();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

namespace {
// QLineEdit's own menu texts, translated by Qt's catalogue. Passed as variables so that lupdate
// does not copy them into LongLived's catalogue.
const char* const copyText = "&Copy";
const char* const cutText = "Cu&t";

QString qLineEditText(const char* text)
{
    const char* const context = "QLineEdit";
    return QCoreApplication::translate(context, text);
}
} // namespace

QAction* SecretLineEdit::standardAction(QMenu* menu, const QString& text, const QString& objectName)
{
    // Qt 6.4 gives QLineEdit's standard actions no object names: found by their (translated)
    // text, named here so they can be found again.
    for (QAction* action : menu->actions()) {
        if (action->objectName() == objectName || action->text().section(QLatin1Char('\t'), 0, 0) == text) {
            action->setObjectName(objectName);
            return action;
        }
    }
    return nullptr;
}

QMenu* SecretLineEdit::createSecureContextMenu()
{
    QMenu* menu = createStandardContextMenu();
    const bool canCopy = hasSelectedText() && m_clipboard && isRevealed();
    // Qt's own actions would copy without the secret hints and without the timed clear.
    if (QAction* copy = standardAction(menu, qLineEditText(copyText), QStringLiteral("edit-copy"))) {
        QObject::disconnect(copy, nullptr, this, nullptr);
        copy->setEnabled(canCopy);
        connect(copy, &QAction::triggered, this, &SecretLineEdit::copySecurely);
    }
    if (QAction* cut = standardAction(menu, qLineEditText(cutText), QStringLiteral("edit-cut"))) {
        QObject::disconnect(cut, nullptr, this, nullptr);
        cut->setEnabled(canCopy && !isReadOnly());
        connect(cut, &QAction::triggered, this, &SecretLineEdit::cutSecurely);
    }
    return menu;
}

void SecretLineEdit::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createSecureContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}
