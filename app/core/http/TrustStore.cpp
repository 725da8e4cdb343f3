#include "http/TrustStore.h"

#include "support/LoggingCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <mutex>

namespace {

QList<QSslCertificate> certificatesInFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslCertificate::fromData(file.readAll(), QSsl::Pem);
}

// Every PEM file of the folder (OpenSSL itself looks only at hash-named links such as
// `5ed36f99.0`; a folder made by c_rehash holds those beside the originals, so both are read
// and the duplicates do no harm).
QList<QSslCertificate> certificatesInFolder(const QString& path)
{
    QList<QSslCertificate> certificates;
    const QFileInfoList entries = QDir(path).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& entry : entries)
        certificates += certificatesInFile(entry.absoluteFilePath());
    return certificates;
}

} // namespace

void TrustStore::ensureLoaded()
{
    static std::once_flag loaded;
    std::call_once(loaded, [] {
        for (const QString& problem : applyEnvironment().problems)
            qWarning("%s", qPrintable(problem));
    });
}

TrustStore::Outcome TrustStore::applyEnvironment()
{
    return apply(qEnvironmentVariable("SSL_CERT_FILE"), qEnvironmentVariable("SSL_CERT_DIR"));
}

TrustStore::Outcome TrustStore::apply(const QString& file, const QString& dirs)
{
    Outcome outcome;
    if (file.isEmpty() && dirs.isEmpty())
        return outcome;

    // Tests watch for this line to prove that a command without TLS never reads the files.
    qCDebug(lcNetwork) << "reading the trust store from SSL_CERT_FILE/SSL_CERT_DIR";
    QList<QSslCertificate> certificates;
    if (!file.isEmpty()) {
        const QList<QSslCertificate> found = certificatesInFile(file);
        if (found.isEmpty())
            outcome.problems << tr("SSL_CERT_FILE (%1) holds no readable PEM certificate.").arg(file);
        certificates += found;
    }
    for (const QString& dir : dirs.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QList<QSslCertificate> found = certificatesInFolder(dir);
        if (found.isEmpty())
            outcome.problems << tr("SSL_CERT_DIR (%1) holds no readable PEM certificate.").arg(dir);
        certificates += found;
    }

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(certificates); // also stops Qt loading the system set on demand
    QSslConfiguration::setDefaultConfiguration(configuration);
    outcome.replaced = true;
    outcome.certificates = int(certificates.size());
    qCInfo(lcNetwork) << "trusting" << outcome.certificates << "certificates from SSL_CERT_FILE/SSL_CERT_DIR";
    return outcome;
}
