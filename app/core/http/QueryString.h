#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

/// Builds a query string with every value fully percent-encoded. QUrlQuery leaves '+' as is,
/// which servers read as a space: secrets and tokens with '+', '/', '=' or '%' would arrive
/// altered.
class QueryString
{
public:
    using Items = QList<QPair<QString, QString>>;

    static void apply(QUrl& url, const Items& items)
    {
        QString query;
        for (const auto& [key, value] : items) {
            if (!query.isEmpty())
                query += QLatin1Char('&');
            query += QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
                + QString::fromLatin1(QUrl::toPercentEncoding(value));
        }
        url.setQuery(query, QUrl::StrictMode);
    }
};
