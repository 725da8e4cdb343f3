#pragma once

#include "http/TransportReply.h"

#include <QPointer>

/// A QNetworkReply behind the TransportReply contract: the body read as it arrives under the
/// size cap, and an answer framed two ways at once refused as HttpConnectionPool refuses it.
/// Takes \a reply over; deleting this aborts it.
class NetworkManagerReply : public TransportReply {
    Q_OBJECT
public:
    NetworkManagerReply(QNetworkReply* reply, qint64 maxBodyBytes);
    ~NetworkManagerReply() override;
    /// A reply that sent nothing and finishes with \a error on the next event-loop turn.
    static NetworkManagerReply* refused(QNetworkReply::NetworkError error);

    QNetworkReply::NetworkError error() const override { return m_error; }
    bool exceededSizeLimit() const override { return m_tooLarge; }
    int statusCode() const override { return m_status; }
    QByteArray header(const QByteArray& name) const override { return firstValue(m_headers, name); }
    QByteArray takeBody() override { return std::move(m_body); }
    void abort() override;

private:
    void onReadyRead();
    void onFinished();
    void finishRefused();
    /// Keeps \a bytes unless the body would pass the cap; then drops all of it.
    void append(const QByteArray& bytes);

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBodyBytes;
    bool m_finished = false;
    QNetworkReply::NetworkError m_error = QNetworkReply::NoError;
    bool m_tooLarge = false;
    int m_status = 0;
    Headers m_headers;
    QByteArray m_body;
};
