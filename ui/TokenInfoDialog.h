#pragma once

#include "graph/TokenInfo.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

class QLineEdit;
class QPlainTextEdit;
class QLabel;

namespace Ui {
class TokenInfoDialog;
}

/// The Inspect view: what Meta's debug_token says about a token — whether it is valid, its
/// type, app, user, scopes, when it was issued, when it expires ("Never" for expires_at 0) and
/// when its data access expires. Every value is in a read-only field whose accessible name is
/// its label, so it can be selected, copied and read by screen readers. Holds no token.
class TokenInfoDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TokenInfoDialog(QWidget* parent = nullptr);
    ~TokenInfoDialog() override;

    /// Shows \a info; relative times ("in 59 days") are counted from \a now.
    void setInfo(const TokenInfo& info, const QDateTime& now);
    const TokenInfo& info() const { return m_info; }

    QLineEdit* validEdit() const;
    QLineEdit* typeEdit() const;
    QLineEdit* appEdit() const;
    QLineEdit* userEdit() const;
    QPlainTextEdit* scopesEdit() const;
    QLineEdit* issuedEdit() const;
    QLineEdit* expiresEdit() const;
    QLineEdit* dataAccessEdit() const;
    QLabel* problemLabel() const;

    /// The words for a debug_token time: "<absolute> (<relative>)", or "Not stated".
    static QString timeText(const QDateTime& time, const QDateTime& now);

private:
    std::unique_ptr<Ui::TokenInfoDialog> m_ui;
    TokenInfo m_info;
};
