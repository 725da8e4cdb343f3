#include "SecretLineEdit.h"

#include "UiResources.h"

#include <QAction>
#include <QIcon>
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
    m_revealAction->setIcon(QIcon::fromTheme(revealed ? QStringLiteral("view-hidden") : QStringLiteral("view-visible"),
                                             QIcon(revealed ? QStringLiteral(":/icons/eye-off.svg")
                                                            : QStringLiteral(":/icons/eye.svg"))));
    if (QToolButton* button = revealButton())
        button->setAccessibleName(label);
}
