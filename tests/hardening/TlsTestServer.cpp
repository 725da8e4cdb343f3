#include "TlsTestServer.h"

#include "LoopbackServerThread.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

struct TlsTestServer::Private {
    Identity identity;
    mutable QMutex mutex;
    QByteArray responseBody = "{\"access_token\":\"EAAtlsToken\",\"token_type\":\"bearer\",\"expires_in\":5183944}";
    int started = 0;
    int completed = 0;
    int failures = 0;
    QList<QByteArray> lines;
    LoopbackServerThread thread{QStringLiteral("TlsTestServer")};

    QSslServer* makeServer(QObject* worker);
    void onEncrypted(QSslSocket* socket);
};

namespace {

// The common part of every certificate made here: a fresh P-256 key, valid for two days.
QStringList newCertificateArguments(const QString& keyPath, const QString& certPath, const QString& subject)
{
    return {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), subject};
}

// Runs openssl with \a arguments and loads what it wrote to \a certPath and \a keyPath.
TlsTestServer::Identity runOpenssl(const QStringList& arguments, const QString& certPath, const QString& keyPath)
{
    TlsTestServer::Identity identity;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted(10000)) {
        identity.problem = QStringLiteral("the openssl program is missing (scripts/install-deps.sh installs it)");
        return identity;
    }
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        identity.problem = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
        return identity;
    }
    QFile cert(certPath);
    QFile key(keyPath);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        identity.problem = QStringLiteral("openssl wrote no certificate");
        return identity;
    }
    identity.certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
    identity.key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    if (!identity.isValid())
        identity.problem = QStringLiteral("the generated certificate or key could not be loaded");
    return identity;
}

} // namespace

TlsTestServer::Identity TlsTestServer::generate(const QString& directory, const QString& extraName)
{
    const QString keyPath = QDir(directory).filePath(QStringLiteral("tls-test-key.pem"));
    const QString certPath = QDir(directory).filePath(QStringLiteral("tls-test-cert.pem"));
    QString names = QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1");
    if (!extraName.isEmpty())
        names += QStringLiteral(",DNS:") + extraName;
    return runOpenssl(newCertificateArguments(keyPath, certPath, QStringLiteral("/CN=localhost"))
                          + QStringList{QStringLiteral("-addext"), names},
                      certPath, keyPath);
}

TlsTestServer::Identity TlsTestServer::generateAuthority(const QString& directory)
{
    const QString keyPath = QDir(directory).filePath(QStringLiteral("tls-test-ca-key.pem"));
    const QString certPath = QDir(directory).filePath(QStringLiteral("tls-test-ca-cert.pem"));
    return runOpenssl(newCertificateArguments(keyPath, certPath, QStringLiteral("/CN=LongLived Test CA"))
                          + QStringList{QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                        QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign")},
                      certPath, keyPath);
}

TlsTestServer::Identity TlsTestServer::generateSignedBy(const Identity& authority, const QString& directory,
                                                        const QString& commonName, const QString& subjectAltNames)
{
    const QDir dir(directory);
    // openssl signs with the authority's files (req -x509 -CA, OpenSSL 3).
    const QString caCertPath = dir.filePath(QStringLiteral("tls-test-ca-cert.pem"));
    const QString caKeyPath = dir.filePath(QStringLiteral("tls-test-ca-key.pem"));
    QFile caCert(caCertPath);
    QFile caKey(caKeyPath);
    if (!authority.isValid() || !caCert.open(QIODevice::WriteOnly) || !caKey.open(QIODevice::WriteOnly)
        || caCert.write(authority.certificate.toPem()) < 0 || caKey.write(authority.key.toPem()) < 0) {
        Identity failed;
        failed.problem = QStringLiteral("the authority could not be written for openssl");
        return failed;
    }
    caCert.close();
    caKey.close();
    const QString keyPath = dir.filePath(commonName + QStringLiteral("-key.pem"));
    const QString certPath = dir.filePath(commonName + QStringLiteral("-cert.pem"));
    return runOpenssl(newCertificateArguments(keyPath, certPath, QStringLiteral("/CN=") + commonName)
                          + QStringList{QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + subjectAltNames,
                                        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:FALSE"),
                                        QStringLiteral("-CA"), caCertPath, QStringLiteral("-CAkey"), caKeyPath},
                      certPath, keyPath);
}

TlsTestServer::TlsTestServer(const Identity& identity)
    : d(std::make_unique<Private>())
{
    d->identity = identity;
}

TlsTestServer::~TlsTestServer() = default;

bool TlsTestServer::start()
{
    if (!d->identity.isValid())
        return false;
    Private* p = d.get();
    return d->thread.start([p](QTcpSocket* socket) { p->onEncrypted(qobject_cast<QSslSocket*>(socket)); }, 0,
                           [p](QObject* worker) { return p->makeServer(worker); });
}

QSslServer* TlsTestServer::Private::makeServer(QObject* worker)
{
    auto* server = new QSslServer(worker);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(identity.certificate);
    config.setPrivateKey(identity.key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks no client certificate
    server->setSslConfiguration(config);
    server->setHandshakeTimeout(10000);
    QObject::connect(server, &QSslServer::startedEncryptionHandshake, server, [this](QSslSocket*) {
        QMutexLocker lock(&mutex);
        ++started;
    });
    QObject::connect(server, &QSslServer::errorOccurred, server, [this](QSslSocket*, QAbstractSocket::SocketError) {
        QMutexLocker lock(&mutex);
        ++failures;
    });
    return server;
}

void TlsTestServer::Private::onEncrypted(QSslSocket* socket)
{
    {
        QMutexLocker lock(&mutex);
        ++completed;
    }
    auto buffer = std::make_shared<QByteArray>();
    const auto serve = [this, socket, buffer] {
        *buffer += socket->readAll();
        qsizetype end;
        while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
            const QByteArray line = buffer->left(buffer->indexOf("\r\n"));
            buffer->remove(0, end + 4);
            QByteArray body;
            {
                QMutexLocker lock(&mutex);
                lines << line;
                body = responseBody;
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body);
        }
    };
    QObject::connect(socket, &QSslSocket::readyRead, socket, serve);
    QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        serve();
}

quint16 TlsTestServer::port() const
{
    return d->thread.port();
}

QUrl TlsTestServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void TlsTestServer::setResponseBody(const QByteArray& json)
{
    QMutexLocker lock(&d->mutex);
    d->responseBody = json;
}

int TlsTestServer::handshakesStarted() const
{
    QMutexLocker lock(&d->mutex);
    return d->started;
}

int TlsTestServer::handshakesCompleted() const
{
    QMutexLocker lock(&d->mutex);
    return d->completed;
}

int TlsTestServer::handshakeFailures() const
{
    QMutexLocker lock(&d->mutex);
    return d->failures;
}

QList<QByteArray> TlsTestServer::requestLines() const
{
    QMutexLocker lock(&d->mutex);
    return d->lines;
}
