#pragma once

#include "http/HttpRequest.h"
#include "http/TransportReply.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QUrl>

class HttpConnectionPool;

/// One request sent through an HttpConnectionPool (the TransportReply contract). Owned by
/// whoever called HttpConnectionPool::send(); deleting it before finished() cancels it.
class HttpPoolReply : public TransportReply {
    Q_OBJECT
public:
    ~HttpPoolReply() override;

    /// The URL asked for, or the last same-origin redirect's target.
    const QUrl& url() const { return m_request.url; }
    const HttpRequest& request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    QNetworkReply::NetworkError error() const override { return m_error; }
    bool exceededSizeLimit() const override { return m_tooLarge; }
    int statusCode() const override { return m_status; }
    /// The first value of header \a name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray& name) const override { return firstValue(m_headers, name); }
    QByteArray takeBody() override { return std::move(m_body); }
    /// Same-origin redirects followed so far.
    int redirectCount() const { return m_redirects; }

    void abort() override;

private:
    friend class HttpConnectionPool;
    friend class HttpConnection;

    HttpPoolReply(HttpConnectionPool* pool, const HttpRequest& request);
    void finish(QNetworkReply::NetworkError error);

    QPointer<HttpConnectionPool> m_pool;
    HttpRequest m_request; ///< its URL: the last same-origin redirect's target
    int m_redirects = 0;
    int m_resends = 0;
    bool m_finished = false;
    QNetworkReply::NetworkError m_error = QNetworkReply::NoError;
    bool m_tooLarge = false;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
};
