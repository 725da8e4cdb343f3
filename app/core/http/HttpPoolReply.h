#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class HttpConnectionPool;

/// One GET sent through an HttpConnectionPool: what QNetworkReply is to QNetworkAccessManager,
/// reduced to what GraphCall needs. Emits finished() exactly once (also after abort()), then
/// holds the outcome: a transport error, or the status, headers and whole body of the answer.
/// Owned by whoever called HttpConnectionPool::get(); deleting it before finished() cancels it.
class HttpPoolReply : public QObject
{
    Q_OBJECT
public:
    ~HttpPoolReply() override;

    /// The URL asked for, or the last same-origin redirect's target.
    const QUrl& url() const { return m_url; }
    bool isFinished() const { return m_finished; }
    /// NoError when an answer arrived (whatever its HTTP status). The codes are
    /// QNetworkReply's, so ResponseParser maps both transports alike; ProtocolFailure stands
    /// for an answer that is not HTTP.
    QNetworkReply::NetworkError error() const { return m_error; }
    /// The answer's body was over the size cap: nothing of it is kept.
    bool exceededSizeLimit() const { return m_tooLarge; }
    int statusCode() const { return m_status; }
    /// The first value of header \a name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray& name) const;
    QByteArray takeBody() { return std::move(m_body); }
    /// Same-origin redirects followed so far.
    int redirectCount() const { return m_redirects; }

    /// Stops the request at once; finished() follows synchronously with
    /// OperationCanceledError, unless the reply had already finished.
    void abort();

signals:
    void finished();

private:
    friend class HttpConnectionPool;
    friend class HttpConnection;

    HttpPoolReply(HttpConnectionPool* pool, const QUrl& url, int idleTimeoutMs, qint64 maxBodyBytes);
    void finish(QNetworkReply::NetworkError error);

    QPointer<HttpConnectionPool> m_pool;
    QUrl m_url;
    int m_idleTimeoutMs;
    qint64 m_maxBodyBytes;
    int m_redirects = 0;
    int m_resends = 0;
    bool m_finished = false;
    QNetworkReply::NetworkError m_error = QNetworkReply::NoError;
    bool m_tooLarge = false;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
};
