#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// A Qt Linguist .ts file as the translation tests need it: every message with its context,
/// source, translation state and translated text (one string, or the plural forms).
class TsFile
{
public:
    struct Message {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        QString type;           ///< "", "unfinished", "vanished" or "obsolete"
        QStringList forms;      ///< the translation; one entry unless numerus
        QString where() const { return context + QStringLiteral(": \"") + source + QLatin1Char('"'); }
    };

    /// Reads \a path; on failure returns false and says why in errorString().
    bool read(const QString& path);

    QString language() const { return m_language; }
    const QList<Message>& messages() const { return m_messages; }
    QString errorString() const { return m_error; }

private:
    QString m_language;
    QList<Message> m_messages;
    QString m_error;
};
