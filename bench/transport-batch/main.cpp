// longlived-bench-transport-batch: a batch of exchanges through the core library on either of
// its two HttpTransports — a reference beside `longlived-cli batch` in bench/https.sh, not a
// product. The CLI always sends a batch through HttpConnectionPool; this program measures what
// QNetworkAccessManager (NetworkManagerTransport, HTTP/2 over TLS) would cost for the same work,
// and the pool on the same footing. Per line: TokenService::exchange() (the request, the
// transport, the parser, the result), CONCURRENCY jobs in flight, nothing written.
//
//   longlived-bench-transport-batch qnam|pool INPUT.jsonl CONCURRENCY APP_ID SECRET_FILE
//
// The Graph base URL comes from LONGLIVED_GRAPH_URL, the trusted CAs from SSL_CERT_FILE, as for
// longlived-cli. Exit status 0 when every line's exchange succeeded.
#include "graph/TokenJob.h"
#include "graph/TokenService.h"
#include "http/HttpConnectionPool.h"
#include "http/NetworkManagerTransport.h"
#include "http/TrustingNetworkAccessManager.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

namespace {

class TransportBatch {
public:
    TransportBatch(TokenService* service, QFile* input, TokenRequest request)
        : m_service(service)
        , m_input(input)
        , m_request(std::move(request))
    {
    }

    void start(int concurrency)
    {
        for (int i = 0; i < concurrency; ++i)
            sendNext();
        finishIfDone();
    }

    qint64 succeeded() const { return m_succeeded; }
    qint64 failed() const { return m_failed; }

private:
    void sendNext()
    {
        const QString token = nextToken();
        if (token.isEmpty())
            return;
        TokenRequest request = m_request;
        request.token = token;
        TokenJob* job = m_service->exchange(request);
        ++m_inFlight;
        QObject::connect(job, &TokenJob::succeeded, [this] { onEnded(true); });
        QObject::connect(job, &TokenJob::failed, [this] { onEnded(false); });
    }

    QString nextToken()
    {
        while (!m_input->atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(m_input->readLine()).object();
            const QString token = line.value(QLatin1String("token")).toString();
            if (!token.isEmpty())
                return token;
        }
        return {};
    }

    void onEnded(bool ok)
    {
        --m_inFlight;
        ++(ok ? m_succeeded : m_failed);
        sendNext();
        finishIfDone();
    }

    void finishIfDone()
    {
        if (m_inFlight == 0) // queued: quit() before exec() would be lost
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    }

    TokenService* m_service;
    QFile* m_input;
    TokenRequest m_request;
    qint64 m_inFlight = 0;
    qint64 m_succeeded = 0;
    qint64 m_failed = 0;
};

QString readSecret(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll().trimmed());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString kind = args.value(1);
    QFile input(args.value(2));
    const int concurrency = args.value(3).toInt();
    if (args.size() != 6 || (kind != QLatin1String("qnam") && kind != QLatin1String("pool")) || concurrency < 1
        || !input.open(QIODevice::ReadOnly)) {
        std::fputs("usage: longlived-bench-transport-batch qnam|pool INPUT.jsonl CONCURRENCY APP_ID SECRET_FILE\n",
                   stderr);
        return 2;
    }
    TokenRequest request;
    request.platform = Platform::Facebook;
    request.appId = args.value(4);
    request.appSecret = readSecret(args.value(5));

    TrustingNetworkAccessManager network;
    TokenService service(&network, ServiceConfig::fromEnvironment());
    std::unique_ptr<HttpConnectionPool> pool;
    if (kind == QLatin1String("pool")) {
        pool = std::make_unique<HttpConnectionPool>();
        service.setTransport(pool.get());
    }
    TransportBatch batch(&service, &input, request);
    batch.start(concurrency);
    app.exec();
    std::fprintf(stderr, "%lld succeeded, %lld failed\n", static_cast<long long>(batch.succeeded()),
                 static_cast<long long>(batch.failed()));
    return batch.failed() == 0 ? 0 : 1;
}
