#include "http/NetworkManagerReply.h"

namespace {
// Transfer-Encoding and Content-Length in one answer with a body (RFC 9112 §6.3: a server MUST
// NOT send both). Qt reads it as chunked; HttpResponseParser refuses it, and so does this
// reply, so that both transports give the same error for the same answer.
bool hasConflictingFraming(const QNetworkReply* reply, int status)
{
    return status != 204 && status != 304 && reply->hasRawHeader("Transfer-Encoding")
        && reply->hasRawHeader("Content-Length");
}
} // namespace

NetworkManagerReply::NetworkManagerReply(QNetworkReply* reply, qint64 maxBodyBytes)
    : m_reply(reply)
    , m_maxBodyBytes(maxBodyBytes)
{
    if (!reply)
        return;
    connect(reply, &QNetworkReply::readyRead, this, &NetworkManagerReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &NetworkManagerReply::onFinished);
}

NetworkManagerReply::~NetworkManagerReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

NetworkManagerReply* NetworkManagerReply::refused(QNetworkReply::NetworkError error)
{
    auto* reply = new NetworkManagerReply(nullptr, 0);
    reply->m_error = error;
    QMetaObject::invokeMethod(reply, &NetworkManagerReply::finishRefused, Qt::QueuedConnection);
    return reply;
}

void NetworkManagerReply::finishRefused()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

void NetworkManagerReply::abort()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->abort(); // emits finished() synchronously
        return;
    }
    m_error = QNetworkReply::OperationCanceledError; // a refused request, canceled before it finished
    finishRefused();
}

void NetworkManagerReply::append(const QByteArray& bytes)
{
    if (m_tooLarge)
        return;
    if (m_body.size() + bytes.size() > m_maxBodyBytes) {
        m_tooLarge = true;
        m_body.clear();
        return;
    }
    m_body += bytes;
}

void NetworkManagerReply::onReadyRead()
{
    append(m_reply->readAll());
    if (m_tooLarge)
        m_reply->abort(); // the rest is not wanted: finished() follows at once
}

void NetworkManagerReply::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply.clear();
    reply->deleteLater();
    m_finished = true;
    m_error = reply->error();
    if (reply->isOpen()) // closed when aborted (by us, or by Qt on the idle timeout)
        append(reply->readAll());
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_error == QNetworkReply::NoError && hasConflictingFraming(reply, m_status)) {
        m_error = QNetworkReply::ProtocolFailure; // as the pool reports it
        m_status = 0;
    }
    if (m_error != QNetworkReply::ProtocolFailure)
        m_headers = reply->rawHeaderPairs();
    if (m_error == QNetworkReply::ProtocolFailure || m_tooLarge)
        m_body.clear();
    emit finished();
}
