#pragma once

#include <QNetworkCookie>
#include <QNetworkCookieJar>

/// A cookie jar that keeps nothing. Token calls need no cookies, and a jar shared by all of a
/// batch's requests would carry one account's cookies into another's calls and grow with
/// every response.
class NullCookieJar : public QNetworkCookieJar
{
    Q_OBJECT
public:
    using QNetworkCookieJar::QNetworkCookieJar;

    QList<QNetworkCookie> cookiesForUrl(const QUrl&) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie>&, const QUrl&) override { return false; }
};
