#pragma once

#include <QDateTime>
#include <QProgressBar>

/// The remaining lifetime of a long-lived token as a bar out of 60 days, colour-coded:
/// normal, a warning under 7 days, expired. Hidden meaning is also in text (the bar's
/// format and accessible description), never in colour alone.
class LifetimeBar : public QProgressBar
{
    Q_OBJECT
    Q_PROPERTY(State state READ state)

public:
    enum class State { Unknown, Normal, Warning, Expired };
    Q_ENUM(State)

    static constexpr qint64 fullLifetimeSeconds = 60LL * 24 * 3600;
    static constexpr qint64 warningSeconds = 7LL * 24 * 3600;

    explicit LifetimeBar(QWidget* parent = nullptr);

    /// Shows what is left between \a now and \a expiresAt; an invalid \a expiresAt resets the bar.
    void setLifetime(const QDateTime& now, const QDateTime& expiresAt);
    void reset();

    State state() const { return m_state; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyStyle();

    State m_state = State::Unknown;
};
