#pragma once

#include <QString>
#include <QStringList>

/// Text for a terminal, made harmless. Page names, user and app names, Meta's error messages
/// and the names of saved profiles come from outside; printed as they are, an escape sequence
/// in one ("\x1b[2J", "\x1b]0;…\x07", U+009B) would clear the screen, retitle the window, move
/// the cursor over earlier output or worse. OutputWriter passes every human-readable line
/// through here (the one place); JSON output needs none of it (JsonOutput escapes controls).
class TerminalText
{
public:
    /// What may stay of the whitespace controls.
    enum class Layout {
        OneLine,      ///< a field or a line of results: tab, line breaks etc. become a space
        KeepNewlines, ///< a message on stderr: '\n' and '\t' (which move the cursor only onwards) stay
    };

    /// \a text with every control character replaced: C0 (U+0000–U+001F, ESC among them), DEL
    /// and C1 (U+0080–U+009F) become U+FFFD, visibly; whitespace controls become a space
    /// unless \a layout keeps them.
    static QString sanitized(const QString& text, Layout layout = Layout::OneLine);
    /// Whether \a c is a control character: C0, DEL or C1.
    static bool isControl(QChar c);
    /// \a fields sanitized one by one (OneLine) and joined with tabs: a field cannot add a column
    /// or a row.
    static QString row(const QStringList& fields);
};
