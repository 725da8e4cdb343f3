#include "support/Redactor.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <utility>

namespace {
struct SensitiveKey
{
    QLatin1String name;
    Redactor::Kind kind;
};

// THE list of keys whose values are secrets or tokens: query items, JSON members, form fields.
// Everything in Redactor (and GraphJob's list of a request's secrets) derives from it.
constexpr SensitiveKey sensitiveKeyTable[] = {
    {QLatin1String("client_secret"), Redactor::Kind::Secret},
    {QLatin1String("app_secret"), Redactor::Kind::Secret},
    {QLatin1String("appsecret_proof"), Redactor::Kind::Secret},
    {QLatin1String("code"), Redactor::Kind::Secret}, // OAuth authorization code: a one-time credential
    {QLatin1String("password"), Redactor::Kind::Secret},
    {QLatin1String("access_token"), Redactor::Kind::Token},
    {QLatin1String("fb_exchange_token"), Redactor::Kind::Token},
    {QLatin1String("input_token"), Redactor::Kind::Token},
    {QLatin1String("refresh_token"), Redactor::Kind::Token},
    {QLatin1String("token"), Redactor::Kind::Token},
};

const SensitiveKey* findKey(const QString& key)
{
    for (const SensitiveKey& entry : sensitiveKeyTable) {
        if (key.compare(entry.name, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

QString maskOfKind(const QString& key, const QString& value)
{
    return Redactor::kindOfKey(key) == Redactor::Kind::Token ? Redactor::mask(value) : Redactor::maskSecret(value);
}

// "name1|name2|…" for a regular expression.
QString keyAlternatives()
{
    QStringList names;
    for (const SensitiveKey& entry : sensitiveKeyTable)
        names << QRegularExpression::escape(entry.name);
    return names.join(QLatin1Char('|'));
}

// Every form \a value takes in text (plain, percent-encoded, JSON-escaped) replaced by \a masked.
void replaceForms(QString& out, const QString& value, const QString& masked)
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    QString jsonEscaped = value; // JSON bodies as Meta writes them: '/' as "\/"
    jsonEscaped.replace(QLatin1Char('/'), QLatin1String("\\/"));
    out.replace(value, masked);
    // Percent-encoding may use either hex case (%2B or %2b).
    if (encoded != value)
        out.replace(encoded, masked, Qt::CaseInsensitive);
    if (jsonEscaped != value)
        out.replace(jsonEscaped, masked);
}

// Replaces capture group 2 of each match of \a re by its mask; \a format rebuilds the match
// from group 1 (%1) and the mask (%2). \a keyed: group 1 is a key whose kind picks the mask.
void replaceGroup2(QString& subject, const QRegularExpression& re, const QString& format, bool keyed)
{
    QString result;
    qsizetype last = 0;
    auto it = re.globalMatch(subject);
    while (it.hasNext()) {
        const auto m = it.next();
        result += QStringView(subject).mid(last, m.capturedStart(0) - last);
        const QString masked =
            keyed ? maskOfKind(m.captured(1), m.captured(2)) : Redactor::maskSecret(m.captured(2));
        result += format.arg(m.captured(1), masked);
        last = m.capturedEnd(0);
    }
    result += QStringView(subject).mid(last);
    subject = result;
}
} // namespace

QString Redactor::mask(const QString& token)
{
    const qsizetype bar = token.lastIndexOf(QLatin1Char('|'));
    if (bar >= 0) // an app token: the app ID is public, what follows the last '|' is the App Secret
        return token.left(bar + 1) + QStringLiteral("…");
    if (token.size() < 12)
        return QStringLiteral("…");
    return token.left(4) + QStringLiteral("…");
}

QString Redactor::maskSecret(const QString& secret)
{
    Q_UNUSED(secret)
    return QStringLiteral("…");
}

bool Redactor::isSensitiveKey(const QString& key)
{
    return findKey(key) != nullptr;
}

Redactor::Kind Redactor::kindOfKey(const QString& key)
{
    const SensitiveKey* entry = findKey(key);
    return entry ? entry->kind : Kind::Secret;
}

QStringList Redactor::sensitiveKeys()
{
    QStringList keys;
    for (const SensitiveKey& entry : sensitiveKeyTable)
        keys << entry.name;
    return keys;
}

QString Redactor::url(const QUrl& url)
{
    QUrl clean = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    QUrlQuery query(clean);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QUrlQuery masked;
    for (const auto& [key, value] : items)
        masked.addQueryItem(key, isSensitiveKey(key) ? maskOfKind(key, value) : value);
    clean.setQuery(masked);
    return clean.toDisplayString(QUrl::RemoveUserInfo);
}

QString Redactor::scrub(const QString& text, const QStringList& secrets, const QStringList& tokens)
{
    QString out = text;
    // Longest first: a token containing a listed secret (an app token and its secret half) is
    // masked whole, with its public part kept.
    for (const QString& token : tokens) {
        if (!token.isEmpty())
            replaceForms(out, token, mask(token));
    }
    for (const QString& secret : secrets) {
        if (!secret.isEmpty())
            replaceForms(out, secret, maskSecret(secret));
    }

    // Values of sensitive keys wherever they appear: key=value in queries, "key":"value" in JSON.
    static const QRegularExpression queryValue(
        QStringLiteral("(?<![A-Za-z_])(%1)=([^&\\s\"']+)").arg(keyAlternatives()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonValue(QStringLiteral("\"(%1)\"\\s*:\\s*\"([^\"]*)\"").arg(keyAlternatives()),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authorization(
        // Any scheme (Bearer, OAuth, Basic, ...) or none; the scheme stays, the credential goes.
        // [ \t] rather than \s so a credential-less header never swallows the next line.
        QStringLiteral("(Authorization:[ \\t]*(?:[A-Za-z][A-Za-z0-9._~+-]*[ \\t]+)?)(\\S+)"),
        QRegularExpression::CaseInsensitiveOption);

    replaceGroup2(out, queryValue, QStringLiteral("%1=%2"), true);
    replaceGroup2(out, jsonValue, QStringLiteral("\"%1\":\"%2\""), true);
    replaceGroup2(out, authorization, QStringLiteral("%1%2"), false);
    return out;
}
