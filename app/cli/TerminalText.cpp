#include "TerminalText.h"

#include <algorithm>

bool TerminalText::isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f);
}

QString TerminalText::sanitized(const QString& text, Layout layout)
{
    // Most text has nothing to replace: no copy then.
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    QString out = text;
    for (QChar& c : out) {
        if (!isControl(c))
            continue;
        const char16_t u = c.unicode();
        if (layout == Layout::KeepNewlines && (u == u'\n' || u == u'\t'))
            continue;
        const bool whitespace = u == u'\t' || u == u'\n' || u == u'\v' || u == u'\f' || u == u'\r';
        c = whitespace ? QLatin1Char(' ') : QChar(QChar::ReplacementCharacter);
    }
    return out;
}

QString TerminalText::row(const QStringList& fields)
{
    QStringList clean;
    clean.reserve(fields.size());
    for (const QString& field : fields)
        clean << sanitized(field);
    return clean.join(QLatin1Char('\t'));
}
