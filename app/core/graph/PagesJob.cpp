#include "graph/PagesJob.h"

#include "graph/AppSecretProof.h"
#include "support/LoggingCategories.h"

#include <QJsonArray>
#include <QUrlQuery>

PagesJob::PagesJob(HttpTransport* transport, const ServiceConfig& config, Clock clock, const QString& userToken,
                   const QString& appSecret, TokenLifetime userTokenLifetime, QObject* parent)
    : GraphJob(transport, config, std::move(clock), parent)
    , m_userToken(userToken)
    , m_appSecret(appSecret)
{
    m_result.userTokenLifetime = userTokenLifetime;
}

bool PagesJob::isSameOrigin(const QUrl& url, const QUrl& base)
{
    if (!url.isValid() || !base.isValid() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    return scheme == base.scheme().toLower() && !url.host().isEmpty()
        && url.host().compare(base.host(), Qt::CaseInsensitive) == 0
        && url.port(defaultPort) == base.port(defaultPort);
}

QUrl PagesJob::withCredentials(QUrl next) const
{
    // Meta's next links carry the query of the first request, access_token included. Should a
    // gateway drop it (or the proof), add ours back rather than fail half-way.
    const QUrlQuery existing(next);
    QString token = existing.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    QString query = next.query(QUrl::FullyEncoded);
    const auto append = [&query](const QString& key, const QString& value) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    if (token.isEmpty()) {
        token = m_userToken;
        append(QStringLiteral("access_token"), token);
    }
    if (!m_appSecret.isEmpty() && !existing.hasQueryItem(QStringLiteral("appsecret_proof")))
        append(QStringLiteral("appsecret_proof"), AppSecretProof::compute(m_appSecret, token));
    next.setQuery(query, QUrl::StrictMode);
    return next;
}

void PagesJob::onJson(const QJsonObject& json, const QDateTime& /*receivedAt*/)
{
    ++m_requests;
    if (!json.value(QLatin1String("data")).isArray()) {
        fail(GraphError(GraphError::Kind::MissingField));
        return;
    }
    const QJsonArray data = json.value(QLatin1String("data")).toArray();
    for (const QJsonValue& item : data) {
        if (item.isObject())
            m_result.pages << Page::fromJson(item.toObject());
    }

    const QString nextText = json.value(QLatin1String("paging")).toObject().value(QLatin1String("next")).toString();
    if (nextText.isEmpty()) {
        finish();
        emit succeeded(m_result);
        return;
    }
    const QUrl next(nextText, QUrl::StrictMode);
    if (!isSameOrigin(next, config().facebookBaseUrl)) {
        qCWarning(lcService) << "paging.next points to another server; not followed:" << next.scheme() << next.host();
        GraphError error(GraphError::Kind::Refused);
        error.userTitle = tr("Meta's answer pointed to the next page of results on another server (%1). "
                             "LongLived did not follow it, so your token was not sent there.")
                              .arg(next.host().isEmpty() ? tr("unknown") : next.host());
        fail(error);
        return;
    }
    const QString key = next.toString(QUrl::FullyEncoded);
    if (m_visited.contains(key)) {
        // A server that hands out the same link again would keep us busy forever.
        finish();
        emit succeeded(m_result);
        return;
    }
    if (m_requests >= maxRequests) {
        m_result.truncated = true;
        finish();
        emit succeeded(m_result);
        return;
    }
    m_visited.insert(key);
    get(withCredentials(next));
}
