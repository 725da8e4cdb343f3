#include "LifetimeBar.h"

#include "StatusColors.h"

#include <QApplication>
#include <QEvent>

namespace {
constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;
} // namespace

LifetimeBar::LifetimeBar(QWidget* parent)
    : QProgressBar(parent)
{
    // Hours: fine enough for a 60-day bar, small enough for an int.
    setRange(0, int(fullLifetimeSeconds / hour));
    setTextVisible(true);
    setAccessibleName(tr("Remaining lifetime"));
    reset();
}

void LifetimeBar::setLifetime(const QDateTime& now, const QDateTime& expiresAt)
{
    if (!expiresAt.isValid()) {
        reset();
        return;
    }
    const qint64 remaining = now.secsTo(expiresAt);
    QString text;
    if (remaining <= 0) {
        m_state = State::Expired;
        setValue(0);
        text = tr("Expired");
    } else {
        m_state = remaining < warningSeconds ? State::Warning : State::Normal;
        setValue(int(qMin(remaining, fullLifetimeSeconds) / hour));
        if (remaining >= day)
            text = tr("%n day(s) left of 60", nullptr, int(remaining / day));
        else if (remaining >= hour)
            text = tr("%n hour(s) left of 60 days", nullptr, int(remaining / hour));
        else
            text = tr("Less than an hour left");
    }
    setFormat(text);
    setAccessibleDescription(text);
    applyStyle();
}

void LifetimeBar::reset()
{
    m_state = State::Unknown;
    setValue(0);
    setFormat(QString());
    setAccessibleDescription(QString());
    applyStyle();
}

void LifetimeBar::changeEvent(QEvent* event)
{
    QProgressBar::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyStyle();
}

void LifetimeBar::applyStyle()
{
    // A complete (small) style sheet rather than a palette tweak: styles such as macOS and
    // GTK ignore the palette's highlight for progress bars, and a half-styled bar looks broken.
    // The application's palette: the style sheet rewrites this widget's own (no feedback).
    const QPalette pal = QApplication::palette(this);
    QColor chunk;
    QColor border = pal.color(QPalette::Mid);
    switch (m_state) {
    case State::Normal:
        chunk = StatusColors::success(pal);
        break;
    case State::Warning:
        chunk = StatusColors::warning(pal);
        border = chunk;
        break;
    case State::Expired:
        chunk = StatusColors::error(pal);
        border = chunk;
        break;
    case State::Unknown:
        chunk = pal.color(QPalette::Mid);
        break;
    }
    QColor tint = chunk;
    tint.setAlpha(90);
    const QString sheet = QStringLiteral(
        "QProgressBar { border: 1px solid %1; border-radius: 4px; background: %2; color: %3;"
        " text-align: center; min-height: 1.4em; }"
        "QProgressBar::chunk { background: %4; border-radius: 3px; }")
        .arg(border.name(), pal.color(QPalette::Base).name(), pal.color(QPalette::Text).name(),
             tint.name(QColor::HexArgb));
    // setStyleSheet re-polishes: skip it when nothing changed (this runs each minute).
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}
