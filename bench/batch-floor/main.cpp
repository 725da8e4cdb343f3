// longlived-bench-batch-floor: what Qt itself can do for a batch, without QNetworkAccessManager
// — a reference beside `longlived-cli batch` in bench/run.sh, not a product. One thread, N
// keep-alive QTcpSockets (buffered reads), and per line the same work as the CLI: read the JSON
// line, build the same URL with QUrlQuery, parse the JSON answer, write one JSON record.
// Plain HTTP/1.1 with Content-Length only (what bench/server sends): no TLS, proxy, chunked
// encoding, redirects, retries or timeouts.
//
//   longlived-bench-batch-floor BASE_URL INPUT.jsonl OUTPUT.jsonl CONCURRENCY APP_ID SECRET_FILE
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Batch {
    QUrl base;
    QString appId;
    QString secret;
    QFile input;
    QFile output;
    qint64 line = 0;
    qint64 inFlight = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    bool inputDone = false;

    // Sends the next line's request on \a socket; false at the end of the input.
    bool sendNext(QTcpSocket* socket)
    {
        QByteArray text;
        do {
            if (input.atEnd()) {
                inputDone = true;
                return false;
            }
            text = input.readLine().trimmed();
            ++line;
        } while (text.isEmpty());
        const QString token = QJsonDocument::fromJson(text).object().value(QLatin1String("token")).toString();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("fb_exchange_token"));
        query.addQueryItem(QStringLiteral("client_id"), appId);
        query.addQueryItem(QStringLiteral("client_secret"), secret);
        query.addQueryItem(QStringLiteral("fb_exchange_token"), token);
        QUrl url = base;
        url.setPath(QStringLiteral("/v25.0/oauth/access_token"));
        url.setQuery(query);
        socket->write("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\nHost: "
                      + base.authority().toLatin1() + "\r\nConnection: keep-alive\r\n\r\n");
        ++inFlight;
        return true;
    }

    // Writes the record of one answer (status line, headers and body in \a head / \a body).
    void record(const QByteArray& head, const QByteArray& body)
    {
        const bool ok = head.startsWith("HTTP/1.1 200");
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        QJsonObject json;
        json.insert(QStringLiteral("ok"), ok);
        json.insert(QStringLiteral("access_token"), answer.value(QLatin1String("access_token")));
        json.insert(QStringLiteral("token_type"), answer.value(QLatin1String("token_type")));
        json.insert(QStringLiteral("expires_in"), answer.value(QLatin1String("expires_in")));
        output.write(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
        output.flush(); // one record at a time, as the CLI does
        ok ? ++succeeded : ++failed;
        --inFlight;
    }
};

// Length of the body announced in \a head, -1 when there is no Content-Length.
qint64 contentLength(const QByteArray& head)
{
    for (const QByteArray& header : head.split('\n')) {
        if (header.size() > 15 && qstrnicmp(header.constData(), "content-length:", 15) == 0)
            return header.mid(15).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 7) {
        std::fprintf(stderr, "usage: longlived-bench-batch-floor BASE_URL INPUT OUTPUT CONCURRENCY APP_ID SECRET_FILE\n");
        return 2;
    }
    Batch batch;
    batch.base = QUrl(QString::fromLocal8Bit(argv[1]));
    batch.input.setFileName(QString::fromLocal8Bit(argv[2]));
    batch.output.setFileName(QString::fromLocal8Bit(argv[3]));
    const int concurrency = qMax(1, QByteArray(argv[4]).toInt());
    batch.appId = QString::fromLocal8Bit(argv[5]);
    QFile secretFile(QString::fromLocal8Bit(argv[6]));
    if (!batch.input.open(QIODevice::ReadOnly) || !batch.output.open(QIODevice::WriteOnly)
        || !secretFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "longlived-bench-batch-floor: cannot open the files\n");
        return 2;
    }
    batch.secret = QString::fromUtf8(secretFile.readAll().trimmed());

    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> buffers(static_cast<size_t>(concurrency));
    const auto finishIfDone = [&batch] {
        if (batch.inputDone && batch.inFlight == 0)
            QCoreApplication::exit(batch.failed > 0 ? 1 : 0);
    };
    for (int i = 0; i < concurrency; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        QTcpSocket* socket = sockets.back().get();
        QByteArray* buffer = &buffers[size_t(i)];
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&batch, socket, buffer, &finishIfDone] {
            *buffer += socket->readAll();
            for (;;) {
                const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                const QByteArray head = buffer->left(headEnd);
                const qint64 length = contentLength(head);
                if (length < 0 || buffer->size() < headEnd + 4 + length)
                    return;
                batch.record(head, buffer->mid(headEnd + 4, length));
                buffer->remove(0, headEnd + 4 + length);
                batch.sendNext(socket);
                finishIfDone();
            }
        });
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [socket] {
            std::fprintf(stderr, "longlived-bench-batch-floor: %s\n", qPrintable(socket->errorString()));
            QCoreApplication::exit(1);
        });
        socket->connectToHost(batch.base.host(), quint16(batch.base.port(80)));
        if (!batch.sendNext(socket))
            break;
    }
    finishIfDone();
    const int code = batch.inputDone && batch.inFlight == 0 ? 0 : QCoreApplication::exec();
    std::fprintf(stderr, "%lld succeeded, %lld failed\n", batch.succeeded, batch.failed);
    return batch.failed > 0 ? 1 : code;
}
