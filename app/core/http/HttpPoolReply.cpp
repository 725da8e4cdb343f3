#include "http/HttpPoolReply.h"

#include "http/HttpConnectionPool.h"

HttpPoolReply::HttpPoolReply(HttpConnectionPool* pool, const HttpRequest& request)
    : m_pool(pool)
    , m_request(request)
{
}

HttpPoolReply::~HttpPoolReply()
{
    if (!m_finished && m_pool)
        m_pool->forget(this); // deleted while queued or in flight: its connection is not reusable
}

void HttpPoolReply::abort()
{
    if (m_finished)
        return;
    if (m_pool)
        m_pool->forget(this);
    finish(QNetworkReply::OperationCanceledError);
}

void HttpPoolReply::finish(QNetworkReply::NetworkError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (error != QNetworkReply::NoError) {
        m_headers.clear();
        m_body.clear();
    }
    emit finished();
}
