#pragma once

#include <QLineEdit>

class QAction;
class QToolButton;

/// A line edit for secrets (App Secret, tokens): masked by default, with a show/hide toggle
/// inside the field (Ctrl+H while the field has focus) and input-method hints that keep the
/// text out of predictive keyboards. The toggle's text, tooltip and accessible name follow
/// its state ("Show App Secret" / "Hide App Secret").
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

public slots:
    void setRevealed(bool revealed);

signals:
    void revealedChanged(bool revealed);

private:
    void updateRevealAction();

    QAction* m_revealAction;
    QString m_secretName;
};
