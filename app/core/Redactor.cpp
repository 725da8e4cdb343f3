#include "Redactor.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace {
const QStringList& sensitiveKeys()
{
    static const QStringList keys = {
        QStringLiteral("client_secret"),   QStringLiteral("access_token"),
        QStringLiteral("fb_exchange_token"), QStringLiteral("input_token"),
        QStringLiteral("appsecret_proof"), QStringLiteral("code"),
        QStringLiteral("app_secret"),      QStringLiteral("token"),
        QStringLiteral("refresh_token"),   QStringLiteral("password"),
    };
    return keys;
}
} // namespace

QString Redactor::mask(const QString& secret)
{
    if (secret.size() < 12)
        return QStringLiteral("…");
    return secret.left(4) + QStringLiteral("…") + secret.right(3);
}

bool Redactor::isSensitiveKey(const QString& key)
{
    return sensitiveKeys().contains(key.toLower());
}

QString Redactor::url(const QUrl& url)
{
    QUrl clean = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    QUrlQuery query(clean);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QUrlQuery masked;
    for (const auto& [key, value] : items)
        masked.addQueryItem(key, isSensitiveKey(key) ? mask(value) : value);
    clean.setQuery(masked);
    return clean.toDisplayString(QUrl::RemoveUserInfo);
}

QString Redactor::scrub(const QString& text, const QStringList& secrets)
{
    QString out = text;
    for (const QString& secret : secrets) {
        if (secret.isEmpty())
            continue;
        const QString masked = mask(secret);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        QString jsonEscaped = secret; // JSON bodies as Meta writes them: '/' as "\/"
        jsonEscaped.replace(QLatin1Char('/'), QLatin1String("\\/"));
        out.replace(secret, masked);
        // Percent-encoding may use either hex case (%2B or %2b).
        if (encoded != secret)
            out.replace(encoded, masked, Qt::CaseInsensitive);
        if (jsonEscaped != secret)
            out.replace(jsonEscaped, masked);
    }

    // Values of sensitive keys wherever they appear: key=value in queries, "key":"value" in JSON.
    static const QRegularExpression queryValue(
        QStringLiteral("(?<![A-Za-z_])(client_secret|access_token|fb_exchange_token|input_token|"
                       "appsecret_proof|code|app_secret|refresh_token|password)=([^&\\s\"']+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonValue(
        QStringLiteral("\"(client_secret|access_token|fb_exchange_token|input_token|appsecret_proof|"
                       "app_secret|token|refresh_token|password)\"\\s*:\\s*\"([^\"]*)\""),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authorization(
        // Any scheme (Bearer, OAuth, Basic, ...) or none; the scheme stays, the credential goes.
        // [ \t] rather than \s so a credential-less header never swallows the next line.
        QStringLiteral("(Authorization:[ \\t]*(?:[A-Za-z][A-Za-z0-9._~+-]*[ \\t]+)?)(\\S+)"),
        QRegularExpression::CaseInsensitiveOption);

    const auto replaceGroup2 = [](QString& subject, const QRegularExpression& re, const QString& format) {
        QString result;
        qsizetype last = 0;
        auto it = re.globalMatch(subject);
        while (it.hasNext()) {
            const auto m = it.next();
            result += QStringView(subject).mid(last, m.capturedStart(0) - last);
            result += format.arg(m.captured(1), mask(m.captured(2)));
            last = m.capturedEnd(0);
        }
        result += QStringView(subject).mid(last);
        subject = result;
    };
    replaceGroup2(out, queryValue, QStringLiteral("%1=%2"));
    replaceGroup2(out, jsonValue, QStringLiteral("\"%1\":\"%2\""));
    replaceGroup2(out, authorization, QStringLiteral("%1%2"));
    return out;
}
