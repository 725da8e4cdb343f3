// Faults never lose work: every way the server or the network can fail
// ends in its own error kind, within the deadline, and the next exchange on the same service
// (the same process, for the CLI) succeeds — through either transport (QNetworkAccessManager,
// and the batch's HttpConnectionPool). The GUI side (the user's input stays) is in
// TestGuiHardening::faultsKeepTheFormAndTheNextExchangeWorks.
//
// Existing tests already prove single rows in more depth: TestTokenService (graphErrors,
// badBodies, connectionResetMidBody, serverNeverAnswers, idleTimeout, dripFeedPastDeadline,
// rateLimitedWithRetryAfter, serviceUnavailableHtmlWithRetryAfter, nextExchangeSucceedsAfterFailure),
// TestCliCommands::transportErrors, TestCliBatch::retryAfterIsHonoured / transientFailuresAreTriedThreeTimes.

#include "CliProcess.h"
#include "graph/GraphError.h"
#include "GraphTestServer.h"
#include "http/HttpConnectionPool.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenJob.h"
#include "graph/TokenService.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using Kind = GraphError::Kind;
using Response = GraphTestServer::Response;

namespace {

constexpr int deadlineMs = 1000;  ///< the overall deadline of every call here
constexpr int marginMs = 2500;    ///< scheduling slack on a loaded 2-core machine (and sanitizers)

const QString appId = QStringLiteral("1234567890123456");
const QString appSecret = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString shortToken = QStringLiteral("EAAfaultMatrixShortToken0123456789");

struct Fault {
    Response response;
    bool asDefault = false; ///< Qt may resend the GET after an early close: every request gets it
    Kind kind = Kind::None;
    int httpStatus = 0;
    int retryAfter = 0;
    QString titleContains;  ///< a piece of the message the user sees
};

QList<QPair<QByteArray, Fault>> faults()
{
    const auto html = [](int status) { return GraphTestServer::html(status); };
    const auto rate = [](int code) {
        return GraphTestServer::nestedError(400, code, 0, QStringLiteral("(#%1) Rate limit reached").arg(code));
    };
    const Response token = GraphTestServer::tokenResponse(QStringLiteral("EAA") + QString(120, QLatin1Char('t')));
    QList<QPair<QByteArray, Fault>> list{
        {"stall after connect", {Response::neverAnswer(), true, Kind::Timeout, 0, 0, QStringLiteral("in time")}},
        {"drip-fed body past the deadline",
         {token.dripFeed(40), false, Kind::Timeout, 0, 0, QStringLiteral("in time")}},
        {"reset mid-body", {token.resetMidBody(30), true, Kind::ConnectionReset, 0, 0, QStringLiteral("cut off")}},
        {"closed without an answer",
         {Response::closeWithoutAnswer(), true, Kind::ConnectionReset, 0, 0, QStringLiteral("cut off")}},
        {"500 with HTML", {html(500), false, Kind::NotJson, 500, 0, QStringLiteral("HTTP 500, text/html")}},
        {"502 with HTML", {html(502), false, Kind::NotJson, 502, 0, QStringLiteral("HTTP 502, text/html")}},
        {"503 with HTML and Retry-After",
         {html(503).withHeader("Retry-After", "30"), false, Kind::NotJson, 503, 30, QStringLiteral("HTTP 503")}},
        {"429 with Retry-After",
         {GraphTestServer::nestedError(429, 4, 0, QStringLiteral("(#4) Application request limit reached"))
              .withHeader("Retry-After", "120"),
          false, Kind::RateLimited, 429, 120, QStringLiteral("rate limit")}},
        {"throttled: code 4", {rate(4), false, Kind::RateLimited, 400, 0, QStringLiteral("rate limit")}},
        {"throttled: code 17", {rate(17), false, Kind::RateLimited, 400, 0, QStringLiteral("rate limit")}},
        {"throttled: code 32", {rate(32), false, Kind::RateLimited, 400, 0, QStringLiteral("rate limit")}},
        {"throttled: code 613", {rate(613), false, Kind::RateLimited, 400, 0, QStringLiteral("rate limit")}},
        {"malformed JSON",
         {Response::json(200, "{\"access_token\":EAAabc,}"), false, Kind::NotJson, 200, 0, QStringLiteral("not Meta's JSON")}},
        {"truncated JSON",
         {Response::json(200, "{\"access_token\":\"EAAabc\",\"tok"), false, Kind::NotJson, 200, 0,
          QStringLiteral("not Meta's JSON")}},
        {"empty body", {Response::json(200, QByteArray()), false, Kind::NotJson, 200, 0, QStringLiteral("not Meta's JSON")}},
        {"wrong content type",
         {Response::json(200, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)).withContentType("image/png"), false,
          Kind::NotJson, 200, 0, QStringLiteral("image/png")}},
        // Content-Length and chunked at once (RFC 9112 §6.3): not trusted, although the chunks
        // alone would give a token.
        {"content-length and chunked",
         {Response::json(200, "44\r\n{\"access_token\":\"EAAsmuggled\",\"token_type\":\"bearer\","
                              "\"expires_in\":60}\r\n0\r\n\r\n")
              .withHeader("Transfer-Encoding", "chunked"),
          false, Kind::NotJson, 0, 0, QStringLiteral("cut short")}},
        {"JSON without the token", {Response::json(200, "{\"token_type\":\"bearer\"}"), false, Kind::MissingField, 0, 0,
                                    QStringLiteral("access token")}},
    };
    return list;
}

struct Outcome {
    std::optional<TokenResult> result;
    std::optional<GraphError> error;
    int outcomes = 0;
    qint64 elapsedMs = 0;
};

Outcome exchange(TokenService& service)
{
    TokenRequest request;
    request.appId = appId;
    request.appSecret = appSecret;
    request.token = shortToken;
    auto outcome = std::make_shared<Outcome>();
    QElapsedTimer clock;
    clock.start();
    TokenJob* job = service.exchange(request);
    QPointer<TokenJob> guard(job);
    QObject::connect(job, &TokenJob::succeeded, job, [outcome](const TokenResult& r) {
        outcome->result = r;
        ++outcome->outcomes;
    });
    QObject::connect(job, &TokenJob::failed, job, [outcome](const GraphError& e) {
        outcome->error = e;
        ++outcome->outcomes;
    });
    (void)QTest::qWaitFor([&] { return guard.isNull(); }, deadlineMs + 3 * marginMs);
    outcome->elapsedMs = clock.elapsed();
    QCoreApplication::sendPostedEvents(); // a second outcome queued before the job went would show
    return *outcome;
}

QByteArray describe(const Outcome& o)
{
    if (o.error)
        return "failed: " + o.error->kindId().toLatin1() + " (" + o.error->title().toUtf8() + ")";
    return o.result ? "succeeded" : "no outcome";
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void coreService_data();
    void coreService();
    void coreConnectionRefusedThenServerAppears();
    void lenientContentTypeIsAccepted();

    void cliExchange_data();
    void cliExchange();
    void cliConnectionRefused();
    void cliEndsPromptlyWhileTheNameLookupHangs_data();
    void cliEndsPromptlyWhileTheNameLookupHangs();
    void cliBatchKeepsWorkingAfterEveryFault();

private:
    QStringList cliArgs() const;
    /// A batch reading its lines from stdin, with the same deadline.
    QStringList cliBatchArgs() const;

    std::unique_ptr<GraphTestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    ServiceConfig m_config;
    QTemporaryDir m_dir;
};

void TestFaultMatrix::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile secret(m_dir.filePath(QStringLiteral("secret")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(appSecret.toUtf8());
    QFile token(m_dir.filePath(QStringLiteral("token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(shortToken.toUtf8());
}

void TestFaultMatrix::init()
{
    m_server = std::make_unique<GraphTestServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_config = ServiceConfig();
    m_config.facebookBaseUrl = m_config.threadsBaseUrl = m_config.instagramBaseUrl = m_server->baseUrl();
    m_config.deadlineMs = deadlineMs;
}

void TestFaultMatrix::cleanup()
{
    m_network.reset();
    m_server.reset();
}

void TestFaultMatrix::coreService_data()
{
    // Both transports: QNetworkAccessManager (the GUI, single CLI commands) and the keep-alive
    // pool (batches) must end every fault alike.
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("pooled");
    for (const auto& [name, fault] : faults()) {
        QTest::addRow("%s", name.constData()) << fault << false;
        QTest::addRow("pool: %s", name.constData()) << fault << true;
    }
}

void TestFaultMatrix::coreService()
{
    QFETCH(Fault, fault);
    QFETCH(bool, pooled);
    HttpConnectionPool pool;
    TokenService service(m_network.get(), m_config);
    if (pooled)
        service.setTransport(&pool);
    if (fault.asDefault)
        m_server->setDefaultResponse(fault.response);
    else
        m_server->enqueue(fault.response);

    const Outcome o = exchange(service);
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.outcomes, 1);
    QCOMPARE(o.error->kind(), fault.kind);
    if (fault.httpStatus != 0)
        QCOMPARE(o.error->httpStatus, fault.httpStatus);
    QCOMPARE(o.error->retryAfterSeconds, fault.retryAfter);
    QVERIFY2(o.error->displayText().contains(fault.titleContains, Qt::CaseInsensitive),
             qPrintable(o.error->displayText()));
    QVERIFY2(!o.error->displayText().contains(appSecret) && !o.error->displayText().contains(shortToken),
             qPrintable(o.error->displayText()));
    // Within the deadline (a timeout: at it, not long after).
    QVERIFY2(o.elapsedMs < deadlineMs + marginMs, QByteArray::number(o.elapsedMs).constData());
    if (fault.kind == Kind::Timeout)
        // Never early (a precise timer; 2 ms for rounding to whole milliseconds).
        QVERIFY2(o.elapsedMs >= deadlineMs - 2, QByteArray::number(o.elapsedMs).constData());

    // The same service, right after: works.
    m_server->setDefaultResponse(GraphTestServer::nestedError(500, -1, 0, QStringLiteral("unexpected request")));
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAafterTheFault")));
    const Outcome next = exchange(service);
    QVERIFY2(next.result, describe(next).constData());
    QCOMPARE(next.result->accessToken, QStringLiteral("EAAafterTheFault"));
}

void TestFaultMatrix::coreConnectionRefusedThenServerAppears()
{
    // Nothing listens: refused at once. Then a server appears on that port: the same service
    // reaches it.
    const quint16 port = closedPort();
    QUrl base = m_server->baseUrl();
    base.setPort(port);
    m_config.facebookBaseUrl = base;
    TokenService service(m_network.get(), m_config);
    const Outcome o = exchange(service);
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::ConnectionRefused);
    QVERIFY2(o.elapsedMs < deadlineMs, QByteArray::number(o.elapsedMs).constData());
    QVERIFY(o.error->displayText().contains(QLatin1String("refused")));

    GraphTestServer late;
    QVERIFY(late.start(port));
    late.enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAlateServer")));
    const Outcome next = exchange(service);
    QVERIFY2(next.result, describe(next).constData());
    QCOMPARE(next.result->accessToken, QStringLiteral("EAAlateServer"));
}

void TestFaultMatrix::lenientContentTypeIsAccepted()
{
    // Meta's older content type, and proxies that relabel JSON: the body decides, not the label.
    TokenService service(m_network.get(), m_config);
    for (const QByteArray& type : {QByteArray("text/javascript; charset=UTF-8"), QByteArray("text/plain"), QByteArray()}) {
        m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAlabel")).withContentType(type));
        const Outcome o = exchange(service);
        QVERIFY2(o.result, describe(o).constData());
    }
}

// ---------------------------------------------------------------------------------------------
// longlived-cli

QStringList TestFaultMatrix::cliArgs() const
{
    return {QStringLiteral("exchange"), QStringLiteral("--json"), QStringLiteral("--app-id"), appId,
            QStringLiteral("--app-secret-file"), m_dir.filePath(QStringLiteral("secret")), QStringLiteral("--token-file"),
            m_dir.filePath(QStringLiteral("token")), QStringLiteral("--timeout"), QString::number(deadlineMs / 1000)};
}

QStringList TestFaultMatrix::cliBatchArgs() const
{
    return {QStringLiteral("batch"), QStringLiteral("--input"), QStringLiteral("-"), QStringLiteral("--app-id"), appId,
            QStringLiteral("--app-secret-file"), m_dir.filePath(QStringLiteral("secret")), QStringLiteral("--timeout"),
            QString::number(deadlineMs / 1000), QStringLiteral("--no-progress")};
}

void TestFaultMatrix::cliExchange_data()
{
    QTest::addColumn<Fault>("fault");
    for (const auto& [name, fault] : faults())
        QTest::newRow(name.constData()) << fault;
}

void TestFaultMatrix::cliExchange()
{
    QFETCH(Fault, fault);
    if (fault.asDefault)
        m_server->setDefaultResponse(fault.response);
    else
        m_server->enqueue(fault.response);
    CliProcess cli(m_server->baseUrl());
    QElapsedTimer clock;
    clock.start();
    const auto r = cli.run(cliArgs());
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error = QJsonDocument::fromJson(r.out).object().value(QLatin1String("error")).toObject();
    GraphError expected(fault.kind);
    QCOMPARE(error.value(QLatin1String("kind")).toString(), expected.kindId());
    QVERIFY2(r.err.contains("Error: "), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(fault.titleContains, Qt::CaseInsensitive), r.err.constData());
    QVERIFY(!r.err.contains(appSecret.toUtf8()) && !r.err.contains(shortToken.toUtf8()));
    // The process itself starts, reads its inputs and exits: allow it on top of the deadline.
    QVERIFY2(elapsed < deadlineMs + 2 * marginMs, QByteArray::number(elapsed).constData());
}

void TestFaultMatrix::cliConnectionRefused()
{
    QUrl base = m_server->baseUrl();
    base.setPort(closedPort());
    CliProcess cli(base);
    const auto r = cli.run(cliArgs());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("connection_refused"));
    QVERIFY(r.err.contains("refused"));
}

void TestFaultMatrix::cliEndsPromptlyWhileTheNameLookupHangs_data()
{
    QTest::addColumn<bool>("batch");
    QTest::newRow("exchange") << false;
    QTest::newRow("batch") << true;
}

void TestFaultMatrix::cliEndsPromptlyWhileTheNameLookupHangs()
{
    // A DNS server that does not answer: getaddrinfo(3) blocks in a Qt worker thread for tens
    // of seconds, and Qt waits for those threads when a process exits. The deadline must end
    // the process, not only the request (found in CI: the error came after 10 s, the exit
    // after more than 30).
    QFETCH(bool, batch);
    QUrl base;
    base.setScheme(QStringLiteral("https"));
    base.setHost(QStringLiteral("graph.stall.test"));
    CliProcess cli(base);
    cli.useTestResolver();
    QStringList arguments = cliArgs();
    int attempts = 1;
    if (batch) {
        arguments = cliBatchArgs();
        cli.setStdin("{\"token\":\"" + shortToken.toUtf8() + "\"}\n");
        attempts = 3; // a timeout is tried again in a batch
    }
    QElapsedTimer clock;
    clock.start();
    const auto r = cli.run(arguments);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(r.finished, qPrintable(QStringLiteral("still running after %1 ms").arg(elapsed)));
    QCOMPARE(r.exitCode, 1);
    const QJsonObject record = QJsonDocument::fromJson(r.outLines().value(0)).object();
    QCOMPARE(record.value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("timeout"));
    QVERIFY2(elapsed < attempts * deadlineMs + 2 * marginMs, QByteArray::number(elapsed).constData());
}

void TestFaultMatrix::cliBatchKeepsWorkingAfterEveryFault()
{
    // One process, one service: a line with each fault, each followed by a good line. Every
    // fault line gets its own error record, every good line its token, in input order.
    const QList<QPair<QByteArray, Fault>> list = faults();
    m_server->setHandler([list](const GraphTestServer::Request& request) {
        const QString token = request.queryValue(QStringLiteral("fb_exchange_token"));
        if (token.startsWith(QLatin1String("EAAgood")))
            return GraphTestServer::tokenResponse(QStringLiteral("EAAlong") + token.mid(7));
        const int index = token.mid(8).toInt(); // "EAAfault<n>"
        return list.at(index).second.response;
    });
    QByteArray input;
    for (int i = 0; i < list.size(); ++i) {
        input += "{\"token\":\"EAAfault" + QByteArray::number(i) + "\",\"id\":\"fault-" + QByteArray::number(i) + "\"}\n";
        input += "{\"token\":\"EAAgood" + QByteArray::number(i) + "\",\"id\":\"good-" + QByteArray::number(i) + "\"}\n";
    }
    CliProcess cli(m_server->baseUrl());
    cli.setStdin(input);
    // Retry-After above the cap is not retried (a few seconds here instead of minutes).
    cli.setEnv(QStringLiteral("LONGLIVED_RETRY_AFTER_CAP_MS"), QStringLiteral("1000"));
    QElapsedTimer clock;
    clock.start();
    const auto r = cli.run(cliBatchArgs()
                               + QStringList {QStringLiteral("--continue-on-fail"), QStringLiteral("--concurrency"),
                                              QStringLiteral("1")},
                           120000);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(r.exitCode, 1); // some lines failed
    const QList<QByteArray> records = r.outLines();
    QCOMPARE(records.size(), list.size() * 2);
    int timeouts = 0;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject bad = QJsonDocument::fromJson(records.at(2 * i)).object();
        const QJsonObject good = QJsonDocument::fromJson(records.at(2 * i + 1)).object();
        const Fault& fault = list.at(i).second;
        QCOMPARE(bad.value(QLatin1String("id")).toString(), QStringLiteral("fault-%1").arg(i));
        QCOMPARE(bad.value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
                 GraphError(fault.kind).kindId());
        QCOMPARE(good.value(QLatin1String("id")).toString(), QStringLiteral("good-%1").arg(i));
        QVERIFY2(good.value(QLatin1String("ok")).toBool(), records.at(2 * i + 1).constData());
        QCOMPARE(good.value(QLatin1String("access_token")).toString(), QStringLiteral("EAAlong%1").arg(i));
        if (fault.kind == Kind::Timeout)
            timeouts += bad.value(QLatin1String("attempts")).toInt(1);
    }
    // Every timeout costs at most its deadline; everything else is quick.
    QVERIFY2(elapsed < timeouts * deadlineMs + 4 * marginMs, QByteArray::number(elapsed).constData());
    QVERIFY(!r.err.contains(appSecret.toUtf8()));
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "TestFaultMatrix.moc"
