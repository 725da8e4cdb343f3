#include "ResultPanel.h"
#include "ui_ResultPanel.h"

#include "support/ExpiryFormatter.h"
#include "LifetimeBar.h"
#include "SecureClipboard.h"

#include <QAction>
#include <QToolButton>

ResultPanel::ResultPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultPanel>())
    , m_copyAction(new QAction(tr("&Copy"), this))
    , m_previousLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_previousLabel->setObjectName(QStringLiteral("previousResultLabel"));
    m_previousLabel->setTextFormat(Qt::PlainText);
    m_previousLabel->setWordWrap(true);
    m_previousLabel->setText(tr("The last exchange failed. This is the token from before: it may not be saved yet."));
    m_previousLabel->setVisible(false);
    m_ui->resultLayout->addWidget(m_previousLabel, m_ui->resultLayout->rowCount(), 1);
    m_ui->resultTokenEdit->setSecretName(tr("Long-lived token"));
    m_ui->resultTokenEdit->revealButton()->setObjectName(QStringLiteral("resultTokenRevealButton"));

    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setShortcutContext(Qt::WindowShortcut);
    m_copyAction->setToolTip(tr("Copy the long-lived token; the clipboard is cleared after a while (%1)")
                                 .arg(m_copyAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_copyAction);
    m_ui->copyButton->setToolTip(m_copyAction->toolTip());
    connect(m_copyAction, &QAction::triggered, this, &ResultPanel::copyToken);
    connect(m_ui->copyButton, &QPushButton::clicked, m_copyAction, &QAction::trigger);
    connect(m_copyAction, &QAction::changed, this,
            [this] { m_ui->copyButton->setEnabled(m_copyAction->isEnabled()); });

    // The relative text ("in 59 days") changes slowly: once a minute is plenty, and cheap.
    m_refreshTimer.setInterval(60 * 1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ResultPanel::refreshExpiry);

    m_ui->clipboardStatusLabel->setVisible(false);
    m_ui->actionBusyIndicator->setVisible(false);
    m_ui->resultNoteLabel->setVisible(false);
    clear();
}

ResultPanel::~ResultPanel() = default;

int ResultPanel::labelColumnWidth() const
{
    int width = 0;
    for (const QLabel* label : {m_ui->resultTokenLabel, m_ui->tokenTypeLabel, m_ui->expiresLabel})
        width = qMax(width, label->sizeHint().width());
    return width;
}

void ResultPanel::setLabelColumnMinimumWidth(int width)
{
    m_ui->resultLayout->setColumnMinimumWidth(0, width);
}

void ResultPanel::setBusy(bool busy)
{
    m_ui->actionBusyIndicator->setVisible(busy);
}

bool ResultPanel::isBusy() const
{
    return !m_ui->actionBusyIndicator->isHidden();
}

void ResultPanel::setNote(const QString& note)
{
    m_ui->resultNoteLabel->setText(note);
    m_ui->resultNoteLabel->setVisible(!note.isEmpty());
}

QString ResultPanel::note() const
{
    return m_ui->resultNoteLabel->text();
}

QLineEdit* ResultPanel::tokenEdit() const
{
    return m_ui->resultTokenEdit;
}

QLineEdit* ResultPanel::tokenTypeEdit() const
{
    return m_ui->tokenTypeEdit;
}

QLineEdit* ResultPanel::expiresEdit() const
{
    return m_ui->expiresEdit;
}

LifetimeBar* ResultPanel::lifetimeBar() const
{
    return m_ui->lifetimeBar;
}

void ResultPanel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshExpiry();
}

void ResultPanel::setClipboard(SecureClipboard* clipboard)
{
    if (m_clipboard)
        m_clipboard->disconnect(this);
    m_clipboard = clipboard;
    m_ui->resultTokenEdit->setClipboard(clipboard);
    m_copyAction->setEnabled(m_hasResult && m_clipboard);
    if (!clipboard)
        return;
    connect(clipboard, &SecureClipboard::copied, this, [this] {
        if (m_clipboard->clearTimeoutMs() == 0)
            showClipboardStatus(tr("Copied. The clipboard is not cleared automatically (see Settings)."));
    });
    connect(clipboard, &SecureClipboard::countdownChanged, this,
            [this](int seconds) { showClipboardStatus(tr("Clipboard clears in %n s", nullptr, seconds)); });
    connect(clipboard, &SecureClipboard::cleared, this, [this] { showClipboardStatus(tr("Clipboard cleared.")); });
    connect(clipboard, &SecureClipboard::released, this, [this] { showClipboardStatus(QString()); });
}

void ResultPanel::setResult(const TokenResult& result, const std::optional<Profile>& savedAs)
{
    m_result = result;
    m_savedProfile = savedAs;
    m_hasResult = true;
    showAsPrevious(false);
    m_ui->resultTokenEdit->setRevealed(false); // every new token starts masked
    m_ui->resultTokenEdit->setText(result.accessToken);
    m_ui->resultTokenEdit->setCursorPosition(0);
    m_ui->tokenTypeEdit->setText(tokenTypeText(result));
    m_ui->expiresEdit->setToolTip(
        result.hasKnownExpiry() ? result.expiresAt.toUTC().toString(Qt::ISODate) : QString());
    m_copyAction->setEnabled(m_clipboard != nullptr);
    refreshExpiry();
    emit resultChanged();
}

QString ResultPanel::tokenTypeText(const TokenResult& result)
{
    if (!result.tokenType.isEmpty())
        return result.tokenType;
    // A profile from before the type was kept: Meta may well have said; we just don't know.
    return result.tokenTypeRecorded ? tr("Not stated by Meta") : tr("Not recorded when it was saved");
}

void ResultPanel::setSavedProfile(const std::optional<Profile>& profile)
{
    m_savedProfile = profile;
}

void ResultPanel::clear()
{
    m_result = TokenResult();
    m_savedProfile.reset();
    m_hasResult = false;
    showAsPrevious(false);
    m_ui->resultTokenEdit->setRevealed(false);
    // Unlike clear(), not an undoable edit: the token would stay in the field's undo history.
    m_ui->resultTokenEdit->setText(QString());
    m_ui->tokenTypeEdit->clear();
    m_ui->expiresEdit->clear();
    m_ui->expiresEdit->setToolTip(QString());
    m_copyAction->setEnabled(false);
    refreshExpiry();
    emit resultChanged();
}

void ResultPanel::refreshExpiry()
{
    if (!m_hasResult) {
        m_refreshTimer.stop();
        m_ui->lifetimeBar->reset();
        m_ui->lifetimeBar->setVisible(false);
        return;
    }
    const QDateTime now = m_clock();
    const QString text = ExpiryFormatter::describe(m_result, now);
    if (m_ui->expiresEdit->text() != text) {
        m_ui->expiresEdit->setText(text);
        m_ui->expiresEdit->setCursorPosition(0);
    }
    // No bar for an unknown expiry: a bar would suggest a lifetime nobody stated.
    const bool known = m_result.hasKnownExpiry() && !m_result.neverExpires;
    m_ui->lifetimeBar->setVisible(known);
    if (known) {
        m_ui->lifetimeBar->setLifetime(now, m_result.expiresAt);
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    } else {
        m_ui->lifetimeBar->reset();
        m_refreshTimer.stop();
    }
}

void ResultPanel::focusCopyButton()
{
    m_ui->copyButton->setFocus(Qt::OtherFocusReason);
}

void ResultPanel::copyToken()
{
    if (m_hasResult && m_clipboard && !m_result.accessToken.isEmpty())
        m_clipboard->copy(m_result.accessToken);
}

QPushButton* ResultPanel::addActionButton(QAction* action)
{
    auto* button = new QPushButton(this);
    button->setAutoDefault(false);
    if (!action->objectName().isEmpty())
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
    const auto sync = [button, action] {
        button->setText(action->text());
        button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
        button->setToolTip(action->toolTip());
        button->setIcon(action->icon());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
    };
    sync();
    connect(action, &QAction::changed, button, sync);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_ui->actionsLayout->insertWidget(m_nextActionIndex++, button);
    // Keep the tab order top-to-bottom, left-to-right: after the last action button.
    QWidget* previous = m_ui->copyButton;
    for (int i = 1; i < m_nextActionIndex - 1; ++i) {
        if (QWidget* w = m_ui->actionsLayout->itemAt(i)->widget())
            previous = w;
    }
    setTabOrder(previous, button);
    return button;
}

void ResultPanel::markAsPrevious()
{
    if (m_hasResult)
        showAsPrevious(true);
}

void ResultPanel::showAsPrevious(bool previous)
{
    m_previous = previous;
    m_previousLabel->setVisible(previous);
    // The field's label, its accessible name and the Copy button all say which token this is.
    const QString label = previous ? tr("Pre&vious token") : tr("Lon&g-lived token");
    m_ui->resultTokenLabel->setText(label);
    m_ui->resultTokenEdit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    m_ui->resultTokenEdit->setSecretName(previous ? tr("Previous token") : tr("Long-lived token"));
    const QString copy = previous ? tr("&Copy previous token") : tr("&Copy");
    m_copyAction->setText(copy);
    m_ui->copyButton->setText(copy);
    m_ui->copyButton->setAccessibleName(QString(copy).remove(QLatin1Char('&')));
}

void ResultPanel::showClipboardStatus(const QString& text)
{
    m_ui->clipboardStatusLabel->setText(text);
    m_ui->clipboardStatusLabel->setVisible(!text.isEmpty());
}
