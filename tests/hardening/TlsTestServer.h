#pragma once

// TlsTestServer — an HTTPS server on 127.0.0.1 with a certificate made for the test run
// (openssl: self-signed, see generate(), or signed by a test authority, see generateSignedBy()),
// in its own thread like GraphTestServer, so it keeps
// answering while the test thread blocks on a child process. It records how far each client
// got: TCP connection and handshake started, handshake completed, and the HTTP request lines
// that arrived inside TLS. A client that rejects the certificate must leave requestLines()
// empty: nothing of the request (URL, secret) was sent.

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <memory>

class TlsTestServer
{
public:
    /// A certificate and its key for CN=localhost, subjectAltName DNS:localhost, DNS:\a extraName
    /// (when given) and IP:127.0.0.1, valid for two days.
    struct Identity {
        QSslCertificate certificate;
        QSslKey key;
        QString problem; ///< why generation failed; empty on success
        bool isValid() const { return !certificate.isNull() && !key.isNull(); }
    };
    /// Runs `openssl req -x509` in \a directory (needs the openssl program: scripts/install-deps.sh).
    static Identity generate(const QString& directory, const QString& extraName = {});
    /// A certificate authority made for the test run (CN=LongLived Test CA), for signing only.
    static Identity generateAuthority(const QString& directory);
    /// A server certificate for \a commonName and \a subjectAltNames ("DNS:a.example,IP:127.0.0.1"),
    /// signed by \a authority: a client that trusts the authority trusts it, for those names only.
    static Identity generateSignedBy(const Identity& authority, const QString& directory, const QString& commonName,
                                     const QString& subjectAltNames);

    explicit TlsTestServer(const Identity& identity);
    ~TlsTestServer();
    TlsTestServer(const TlsTestServer&) = delete;
    TlsTestServer& operator=(const TlsTestServer&) = delete;

    bool start();
    quint16 port() const;
    /// https://127.0.0.1:PORT
    QUrl baseUrl() const;

    /// What every request gets (default: a Facebook token response).
    void setResponseBody(const QByteArray& json);

    int handshakesStarted() const;   ///< TCP connections that began the TLS handshake
    int handshakesCompleted() const; ///< connections that became encrypted
    int handshakeFailures() const;   ///< connections that ended in a TLS error
    QList<QByteArray> requestLines() const; ///< "GET /path?query HTTP/1.1" of each request

private:
    struct Private;
    std::unique_ptr<Private> d;
};
