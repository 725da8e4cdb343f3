#pragma once

#include "graph/GraphJob.h"
#include "graph/PageList.h"

#include <QSet>

/// Lists the user's Facebook Pages with their Page tokens (TokenService::pages()): GET
/// /me/accounts, then every paging.next link — but only to the configured Graph server (same
/// scheme, host and port), so the user token never goes anywhere else — up to maxRequests
/// requests. Emits exactly one of succeeded() or failed(), then deletes itself.
class PagesJob : public GraphJob
{
    Q_OBJECT
public:
    /// Requests made at most (the first one included); 50 × Meta's 25 per page is plenty.
    static constexpr int maxRequests = 50;

    PagesJob(HttpTransport* transport, const ServiceConfig& config, Clock clock, const QString& userToken,
             const QString& appSecret, TokenLifetime userTokenLifetime, QObject* parent = nullptr);

    /// Same scheme, host and port (default ports filled in); user info never matches.
    static bool isSameOrigin(const QUrl& url, const QUrl& base);

signals:
    void succeeded(const PageList& pages);

protected:
    void onJson(const QJsonObject& json, const QDateTime& receivedAt) override;

private:
    QUrl withCredentials(QUrl next) const;

    QString m_userToken;
    QString m_appSecret;
    PageList m_result;
    int m_requests = 0;
    QSet<QString> m_visited;
};
