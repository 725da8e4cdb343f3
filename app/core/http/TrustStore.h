#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The certificate authorities LongLived trusts for TLS.
///
/// By default the system's CA set (Qt's default TLS configuration). When `SSL_CERT_FILE` (a PEM
/// bundle) or `SSL_CERT_DIR` (folders of PEM files, separated by ':') is set, the certificates
/// they name *replace* the system set, as they do for curl, git, Python and other OpenSSL-based
/// tools — the way users behind a TLS-inspecting company proxy, and the benchmarks' test CA,
/// make a private CA trusted. It only ever changes *which* authorities are trusted: nothing here
/// can switch verification off, and a variable naming no readable certificate leaves nothing
/// trusted (every TLS connection fails with the certificate error) rather than falling back.
///
/// Both transports (QNetworkAccessManager and HttpConnectionPool) use Qt's default TLS
/// configuration, and both call ensureLoaded() just before their first TLS connection
/// (TrustingNetworkAccessManager, HttpConnection): reading a folder of CAs costs a noticeable
/// part of a second, which a command that never speaks TLS (a loopback server, `--help`) should
/// not pay.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    struct Outcome {
        bool replaced = false;   ///< the system set was replaced
        int certificates = 0;    ///< how many certificates are trusted instead
        QStringList problems;    ///< for stderr or the log: a variable that names nothing usable
    };

    /// Applies the environment's variables the first time it is called in the process (from any
    /// thread; later calls return at once), and writes what it found wrong to the warning log.
    /// Call it before a TLS socket or request takes Qt's default TLS configuration.
    static void ensureLoaded();
    /// Reads `SSL_CERT_FILE` and `SSL_CERT_DIR`; without either, changes nothing.
    static Outcome applyEnvironment();
    /// Trusts the certificates in \a file and in the folders of \a dirs (':'-separated) instead
    /// of the system set; both empty: changes nothing.
    static Outcome apply(const QString& file, const QString& dirs);
};
