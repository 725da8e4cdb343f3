#include "StatusBanner.h"

#include "graph/GraphError.h"
#include "StatusColors.h"
#include "UiResources.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

StatusBanner::StatusBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    UiResources::ensureInitialized();
    setObjectName(QStringLiteral("statusBanner"));
    m_icon->setObjectName(QStringLiteral("statusIcon"));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    const int iconSize = fontMetrics().height() + 2;
    m_icon->setFixedSize(iconSize, iconSize);
    m_text->setObjectName(QStringLiteral("statusLabel"));
    m_text->setTextFormat(Qt::PlainText); // Meta's messages must never be rendered as HTML
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleDescription(tr("Status"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);

    setVisible(false);
    applyStyle();
}

QString StatusBanner::kindName() const
{
    switch (m_kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Info: return QStringLiteral("info");
    case Kind::Busy: return QStringLiteral("busy");
    case Kind::Success: return QStringLiteral("success");
    case Kind::Warning: return QStringLiteral("warning");
    case Kind::Error: return QStringLiteral("error");
    }
    return {};
}

QString StatusBanner::text() const
{
    return m_text->text();
}

void StatusBanner::showMessage(StatusBanner::Kind kind, const QString& text)
{
    m_kind = text.isEmpty() ? Kind::None : kind;
    m_text->setText(text);
    QString icon;
    switch (m_kind) {
    case Kind::Info:
    case Kind::Busy:
        icon = QStringLiteral(":/icons/status-info.svg");
        break;
    case Kind::Success:
        icon = QStringLiteral(":/icons/status-success.svg");
        break;
    case Kind::Warning:
        icon = QStringLiteral(":/icons/status-warning.svg");
        break;
    case Kind::Error:
        icon = QStringLiteral(":/icons/status-error.svg");
        break;
    case Kind::None:
        break;
    }
    const int size = m_icon->width();
    m_icon->setPixmap(icon.isEmpty() ? QPixmap() : QIcon(icon).pixmap(size, size));
    setVisible(m_kind != Kind::None);
    applyStyle();
    if (m_kind == Kind::Error) {
        // Errors appear away from the focus: ask screen readers to announce them.
        QAccessibleEvent event(m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void StatusBanner::showError(const GraphError& error)
{
    const Kind kind = error.kind() == GraphError::Kind::Canceled ? Kind::Info : Kind::Error;
    showMessage(kind, error.displayText());
}

void StatusBanner::clearMessage()
{
    showMessage(Kind::None, QString());
}

void StatusBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyStyle();
}

void StatusBanner::applyStyle()
{
    // The application's palette, not this widget's: the style sheet below rewrites this
    // widget's palette, and deriving from it would feed back (and loop).
    const QPalette pal = QApplication::palette(this);
    QColor accent;
    switch (m_kind) {
    case Kind::Error:
        accent = StatusColors::error(pal);
        break;
    case Kind::Warning:
        accent = StatusColors::warning(pal);
        break;
    case Kind::Success:
        accent = StatusColors::success(pal);
        break;
    case Kind::Info:
    case Kind::Busy:
    case Kind::None:
        accent = StatusColors::info(pal);
        break;
    }
    // A tint of the accent over the window colour keeps the palette's own text colour readable.
    QColor tint = accent;
    tint.setAlpha(StatusColors::isDark(pal) ? 50 : 28);
    const QString sheet = QStringLiteral("#statusBanner { background: %1; border: 1px solid %2;"
                                         " border-left: 4px solid %3; border-radius: 4px; }")
                              .arg(tint.name(QColor::HexArgb), accent.lighter(StatusColors::isDark(pal) ? 80 : 150).name(),
                                   accent.name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}
