#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>

/// One request sent through an HttpTransport, as its caller sees it, whichever transport sent it.
/// Emits finished() exactly once (also after abort()), then holds the outcome: a transport
/// error, or the status, headers and whole body of the answer. Owned by the caller of
/// HttpTransport::send(); deleting it before finished() cancels the request.
class TransportReply : public QObject {
    Q_OBJECT
public:
    /// NoError when an answer arrived (whatever its HTTP status). The codes are
    /// QNetworkReply's, so both transports report alike; ProtocolFailure stands for an answer
    /// that is not HTTP (or frames its body two ways at once).
    virtual QNetworkReply::NetworkError error() const = 0;
    /// The answer's body was over the size cap: nothing of it is kept.
    virtual bool exceededSizeLimit() const = 0;
    virtual int statusCode() const = 0;
    /// The value of header \a name (case-insensitive); empty when absent.
    virtual QByteArray header(const QByteArray& name) const = 0;
    virtual QByteArray takeBody() = 0;
    /// Stops the request at once; finished() follows synchronously with
    /// OperationCanceledError, unless the reply had already finished.
    virtual void abort() = 0;

signals:
    void finished();

protected:
    using QObject::QObject;
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    /// The first value of \a name (case-insensitive) in \a headers; empty when absent.
    static QByteArray firstValue(const Headers& headers, const QByteArray& name)
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};
