#pragma once

#include <QFrame>

class GraphError;
class QLabel;

/// The window's status area: one message with an icon and a colour for its kind (busy,
/// success, error, ...). The text is in a selectable QLabel whose accessible description is
/// "Status" (its accessible name is its text, which is what screen readers announce), so
/// users can read, select and copy a trace ID. Text is plain, never rich.
class StatusBanner : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(QString kindName READ kindName)

public:
    enum class Kind { None, Info, Busy, Success, Warning, Error };
    Q_ENUM(Kind)

    explicit StatusBanner(QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    /// "none", "info", "busy", "success", "warning", "error" (style sheet selector, tests).
    QString kindName() const;
    QString text() const;
    QLabel* label() const { return m_text; }

public slots:
    void showMessage(StatusBanner::Kind kind, const QString& text);
    /// GraphError::displayText() as an error, or as plain information for a cancellation.
    void showError(const GraphError& error);
    void clearMessage();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyStyle();

    Kind m_kind = Kind::None;
    QLabel* m_icon;
    QLabel* m_text;
};
