// `longlived-cli batch` as a process against GraphTestServer: one record per input line in
// input order (blank lines skipped but counted), error records for bad JSON and missing tokens,
// --continue-on-fail versus stopping at the first failure, retries of transient failures with
// the attempts counted and Retry-After honoured, CSV input, Ctrl-C, the cap on echoed ids.
// Peak memory: TestCliBatchMemory.

#include "CliProcess.h"
#include "CliTestFixture.h"
#include "GraphTestServer.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {
const QString appId = QStringLiteral("1234567890123456");
const QString appSecret = QStringLiteral("GlobalS3cretLEAKCHECK");

using Response = GraphTestServer::Response;

// The server's answers depend on the token, so they hold whatever order the concurrent
// requests arrive in. Token names say what happens: EAAok…, EAAexpired…, EAAthrottled…
// (rate limited once), EAAretryafter… (429 with Retry-After: 1 once), EAAbigretry… (429 with
// Retry-After: 3), EAAalways503…, EAAslow… (answers after 300 ms), EAAhang… (never answers).
struct Scripted {
    QMutex mutex;
    QHash<QString, int> seen;

    Response answer(const GraphTestServer::Request& request)
    {
        QString token = request.queryValue(QStringLiteral("fb_exchange_token"));
        if (token.isEmpty())
            token = request.queryValue(QStringLiteral("access_token"));
        int count = 0;
        {
            QMutexLocker lock(&mutex);
            count = ++seen[token];
        }
        const Response ok = GraphTestServer::tokenResponse(QStringLiteral("LONG-") + token, 5183944);
        if (token.startsWith(QLatin1String("EAAexpired")))
            return GraphTestServer::nestedError(400, 190, 463, QStringLiteral("Session has expired"));
        if (token.startsWith(QLatin1String("EAAthrottled")) && count == 1)
            return GraphTestServer::nestedError(400, 4, 0, QStringLiteral("Application request limit reached"));
        if (token.startsWith(QLatin1String("EAAretryafter")) && count == 1)
            return GraphTestServer::nestedError(429, 4, 0, QStringLiteral("Application request limit reached"))
                .withHeader("Retry-After", "1");
        if (token.startsWith(QLatin1String("EAAbigretry")))
            return GraphTestServer::nestedError(429, 4, 0, QStringLiteral("Application request limit reached"))
                .withHeader("Retry-After", "3");
        if (token.startsWith(QLatin1String("EAAalways503")))
            return GraphTestServer::html(503);
        if (token.startsWith(QLatin1String("EAAslow")))
            return ok.delayed(300);
        if (token.startsWith(QLatin1String("EAAhang")))
            return Response::neverAnswer();
        return ok;
    }
};

QList<QJsonObject> records(const QByteArray& out)
{
    QList<QJsonObject> result;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject()) {
            qWarning() << "not a JSON object:" << line.left(200);
            return {};
        }
        result << document.object();
    }
    return result;
}

QList<int> field(const QList<QJsonObject>& records, const char* key)
{
    QList<int> values;
    for (const QJsonObject& record : records)
        values << record.value(QLatin1String(key)).toInt(-1);
    return values;
}

QList<bool> okFlags(const QList<QJsonObject>& records)
{
    QList<bool> values;
    for (const QJsonObject& record : records)
        values << record.value(QLatin1String("ok")).toBool();
    return values;
}

QString errorKind(const QJsonObject& record)
{
    return record.value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString();
}
} // namespace

class TestCliBatch : public QObject, private CliTestFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void mixedLinesWithContinueOnFail();
    void stopsAtTheFirstFailure();
    void stopWaitsForEarlierLinesAndDropsLaterOnes();
    void recordsStayInInputOrder();
    void connectionsAreReused();
    void requestsToOneHostStayWithinTheLimit_data();
    void requestsToOneHostStayWithinTheLimit();
    void retryAfterIsHonoured();
    void transientFailuresAreTriedThreeTimes();
    void retryAfterAboveTheCapIsNotRetried();
    void lineProblemsGetTheirOwnRecords();
    void refreshBatch();
    void csvInput();
    void csvWithSemicolonsAndCrLf();
    void csvWithoutTokenColumnIsAUsageError();
    void stdinInputAndOutputFile();
    void emptyInput();
    void secretsNeverLeak();
    void interruptWritesAnInOrderPrefix();
    void longIdsGetAnErrorRecord();

private:
    QStringList batchArgs(const QString& input) const;

    std::shared_ptr<Scripted> m_script;
};

void TestCliBatch::init()
{
    QVERIFY(startFixture());
    m_script = std::make_shared<Scripted>();
    m_server->setHandler(
        [script = m_script](const GraphTestServer::Request& request) { return script->answer(request); });
    writeFile(QStringLiteral("secret"), appSecret.toUtf8() + "\n");
}

void TestCliBatch::cleanup()
{
    stopFixture();
}

QStringList TestCliBatch::batchArgs(const QString& input) const
{
    return {QStringLiteral("batch"),
            QStringLiteral("--input"),
            input,
            QStringLiteral("--app-id"),
            appId,
            QStringLiteral("--app-secret-file"),
            m_dir->filePath(QStringLiteral("secret"))};
}

namespace {
const QByteArray mixedInput = "{\"token\":\"EAAok1\",\"id\":\"a\"}\n"                       // 1
                              "not json\n"                                                  // 2
                              "\n"                                                          // 3 blank: skipped
                              "{\"id\":4}\n"                                                // 4 no token
                              "{\"token\":\"EAAexpired5\",\"id\":5}\n"                      // 5 API error
                              "{\"token\":\"EAAthrottled6\",\"id\":\"six\"}\n"              // 6 rate limited once
                              "{\"token\":\"THok7\",\"app_secret\":\"threads-secret-7\"}\n" // 7 own secret
                              "   \t \r\n"                                                  // 8 blank
                              "{\"token\":\"IGok9\",\"platform\":\"instagram\"}\n"          // 9
                              "{\"token\":\"EAAok10\",\"app_id\":\"999\"}";                 // 10, no final newline
} // namespace

void TestCliBatch::mixedLinesWithContinueOnFail()
{
    const QString input = writeFile(QStringLiteral("mixed.jsonl"), mixedInput);
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(batchArgs(input) << QStringLiteral("--continue-on-fail"));
    QCOMPARE(r.exitCode, 1); // some lines failed
    const auto recs = records(r.out);
    QCOMPARE(field(recs, "line"), (QList<int> {1, 2, 4, 5, 6, 7, 9, 10}));
    QCOMPARE(okFlags(recs), (QList<bool> {true, false, false, false, true, true, true, true}));
    QCOMPARE(field(recs, "attempts"), (QList<int> {1, 0, 0, 1, 2, 1, 1, 1}));
    QCOMPARE(errorKind(recs.at(1)), QStringLiteral("bad_json"));
    QCOMPARE(errorKind(recs.at(2)), QStringLiteral("missing_token"));
    QCOMPARE(errorKind(recs.at(3)), QStringLiteral("token_expired"));
    QCOMPARE(recs.at(3).value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), 190);

    // ids echoed as given (string, number, absent = null)
    QCOMPARE(recs.at(0).value(QLatin1String("id")).toString(), QStringLiteral("a"));
    QVERIFY(recs.at(1).value(QLatin1String("id")).isNull());
    QCOMPARE(recs.at(2).value(QLatin1String("id")).toInt(), 4);
    QCOMPARE(recs.at(4).value(QLatin1String("id")).toString(), QStringLiteral("six"));

    // success records carry the documented fields
    const QJsonObject first = recs.at(0);
    QCOMPARE(first.value(QLatin1String("platform")).toString(), QStringLiteral("facebook"));
    QCOMPARE(first.value(QLatin1String("access_token")).toString(), QStringLiteral("LONG-EAAok1"));
    QCOMPARE(first.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(first.value(QLatin1String("expires_in")).toInteger(), 5183944);
    QVERIFY(first.value(QLatin1String("expires_at")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(recs.at(5).value(QLatin1String("platform")).toString(), QStringLiteral("threads"));
    QCOMPARE(recs.at(6).value(QLatin1String("platform")).toString(), QStringLiteral("instagram"));
    QVERIFY(r.out.startsWith("{\"line\":1,\"id\":\"a\",\"ok\":true,\"platform\":\"facebook\",\"access_token\":"));

    // per-line overrides of the secret and the App ID; the shared ones otherwise
    bool sawThreads = false;
    bool sawOwnAppId = false;
    for (const auto& request : m_server->requests()) {
        const QString token = request.queryValue(QStringLiteral("access_token"));
        if (token == QLatin1String("THok7")) {
            sawThreads = true;
            QCOMPARE(request.queryValue(QStringLiteral("client_secret")), QStringLiteral("threads-secret-7"));
        } else if (request.queryValue(QStringLiteral("fb_exchange_token")) == QLatin1String("EAAok10")) {
            sawOwnAppId = true;
            QCOMPARE(request.queryValue(QStringLiteral("client_id")), QStringLiteral("999"));
        } else {
            QCOMPARE(request.queryValue(QStringLiteral("client_secret")), appSecret);
        }
    }
    QVERIFY(sawThreads);
    QVERIFY(sawOwnAppId);
    QCOMPARE(m_server->requestCount(), 7); // 6 network lines + 1 retry
    QVERIFY(r.err.contains("5 succeeded, 3 failed"));
}

void TestCliBatch::stopsAtTheFirstFailure()
{
    const QString input = writeFile(QStringLiteral("mixed.jsonl"), mixedInput);
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(batchArgs(input));
    QCOMPARE(r.exitCode, 1);
    const auto recs = records(r.out);
    QCOMPARE(field(recs, "line"), (QList<int> {1, 2})); // the failing line's record is the last
    QCOMPARE(okFlags(recs), (QList<bool> {true, false}));
}

void TestCliBatch::stopWaitsForEarlierLinesAndDropsLaterOnes()
{
    QByteArray input = "{\"token\":\"EAAslow1\"}\n{\"token\":\"EAAexpired2\"}\n";
    for (int i = 3; i <= 12; ++i)
        input += "{\"token\":\"EAAok" + QByteArray::number(i) + "\"}\n";
    CliProcess cli(m_server->baseUrl());
    const auto r
        = cli.run(batchArgs(writeFile(QStringLiteral("stop.jsonl"), input)) << QStringLiteral("--concurrency=4"));
    QCOMPARE(r.exitCode, 1);
    const auto recs = records(r.out);
    QCOMPARE(field(recs, "line"), (QList<int> {1, 2}));
    QCOMPARE(okFlags(recs), (QList<bool> {true, false}));
    QVERIFY(m_server->requestCount() < 12); // reading stopped at the failure
}

void TestCliBatch::recordsStayInInputOrder()
{
    QByteArray input;
    for (int i = 1; i <= 60; ++i)
        input += "{\"token\":\"" + QByteArray(i % 7 == 0 ? "EAAslow" : "EAAok") + QByteArray::number(i)
            + "\",\"id\":" + QByteArray::number(i) + "}\n";
    CliProcess cli(m_server->baseUrl());
    const auto r
        = cli.run(batchArgs(writeFile(QStringLiteral("order.jsonl"), input)) << QStringLiteral("--concurrency=16"));
    QCOMPARE(r.exitCode, 0);
    const auto recs = records(r.out);
    QCOMPARE(recs.size(), 60);
    for (int i = 0; i < 60; ++i) {
        QCOMPARE(recs.at(i).value(QLatin1String("line")).toInt(), i + 1);
        QCOMPARE(recs.at(i).value(QLatin1String("id")).toInt(), i + 1);
        QVERIFY(recs.at(i).value(QLatin1String("access_token")).toString().endsWith(QString::number(i + 1)));
    }
}

void TestCliBatch::connectionsAreReused()
{
    // Over https every new connection is a TLS handshake. At most 6 requests go to one host at
    // a time (HttpConnectionPool's connections per origin), on keep-alive connections that are
    // reused however high --concurrency: exactly 6 connections, never one per request.
    QByteArray input;
    for (int i = 1; i <= 1000; ++i)
        input += "{\"token\":\"EAAok" + QByteArray::number(i) + "\"}\n";
    CliProcess cli(m_server->baseUrl());
    const auto r
        = cli.run(batchArgs(writeFile(QStringLiteral("reuse.jsonl"), input)) << QStringLiteral("--concurrency=16"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outLines().size(), 1000);
    QCOMPARE(m_server->requestCount(), 1000);
    QCOMPARE(m_server->connectionCount(), 6);
}

void TestCliBatch::requestsToOneHostStayWithinTheLimit_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("expectedPeak");
    QTest::addRow("--concurrency 3") << 3 << 3;
    // Above the pool's connections per host, the rest of the window waits in the pool.
    QTest::addRow("--concurrency 16") << 16 << 6;
}

void TestCliBatch::requestsToOneHostStayWithinTheLimit()
{
    // Every answer takes 300 ms, so the requests of a window overlap at the server, which
    // counts how many it holds at once. Facebook, Threads and Instagram lines alike: here all
    // three go to the one test server, and the limit is per host, not per platform.
    QFETCH(int, concurrency);
    QFETCH(int, expectedPeak);
    QByteArray input;
    for (int i = 1; i <= 24; ++i) {
        static const char* const platforms[] = {"facebook", "threads", "instagram"};
        input += "{\"token\":\"EAAslow" + QByteArray::number(i) + "\",\"platform\":\"" + platforms[i % 3]
            + "\",\"id\":" + QByteArray::number(i) + "}\n";
    }
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(batchArgs(writeFile(QStringLiteral("peak.jsonl"), input))
                           << QStringLiteral("--concurrency=%1").arg(concurrency));
    QCOMPARE(r.exitCode, 0);
    const auto recs = records(r.out);
    QCOMPARE(recs.size(), 24);
    for (int i = 0; i < 24; ++i)
        QCOMPARE(recs.at(i).value(QLatin1String("id")).toInt(), i + 1); // still in input order
    QCOMPARE(m_server->requestCount(), 24);
    QCOMPARE(m_server->maxRequestsInFlight(), expectedPeak);
    QVERIFY(m_server->connectionCount() <= expectedPeak);
}

void TestCliBatch::retryAfterIsHonoured()
{
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(batchArgs(writeFile(QStringLiteral("ra.jsonl"), "{\"token\":\"EAAretryafter1\"}\n")));
    QCOMPARE(r.exitCode, 0);
    const auto recs = records(r.out);
    QCOMPARE(recs.size(), 1);
    QCOMPARE(recs.at(0).value(QLatin1String("attempts")).toInt(), 2);
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    // Retry-After: 1 wins over the (5 ms) backoff: the second request came a second later.
    const qint64 gapMs = requests.at(0).receivedAt.msecsTo(requests.at(1).receivedAt);
    QVERIFY2(gapMs >= 990, qPrintable(QString::number(gapMs)));
    QVERIFY2(gapMs < 5000, qPrintable(QString::number(gapMs)));
}

void TestCliBatch::transientFailuresAreTriedThreeTimes()
{
    const QByteArray input = "{\"token\":\"EAAalways503a\"}\n{\"token\":\"EAAexpired2\"}\n";
    CliProcess cli(m_server->baseUrl());
    const auto r
        = cli.run(batchArgs(writeFile(QStringLiteral("t.jsonl"), input)) << QStringLiteral("--continue-on-fail"));
    QCOMPARE(r.exitCode, 1);
    const auto recs = records(r.out);
    QCOMPARE(field(recs, "attempts"), (QList<int> {3, 1})); // at most 3; non-transient never retried
    const QJsonObject error = recs.at(0).value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("retryable")).toBool(), true);
    QCOMPARE(error.value(QLatin1String("http_status")).toInt(), 503);
    QCOMPARE(recs.at(1).value(QLatin1String("error")).toObject().value(QLatin1String("retryable")).toBool(true), false);
    QCOMPARE(m_server->requestCount(), 4);
}

void TestCliBatch::retryAfterAboveTheCapIsNotRetried()
{
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(batchArgs(writeFile(QStringLiteral("cap.jsonl"), "{\"token\":\"EAAbigretry1\"}\n"))
                           << QStringLiteral("--retry-after-cap-ms=500"));
    QCOMPARE(r.exitCode, 1);
    const auto recs = records(r.out);
    QCOMPARE(recs.size(), 1);
    QCOMPARE(recs.at(0).value(QLatin1String("attempts")).toInt(), 1);
    const QJsonObject error = recs.at(0).value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("retry_after")).toInt(), 3);
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("rate_limited"));
}

void TestCliBatch::lineProblemsGetTheirOwnRecords()
{
    const QByteArray input = "[1,2]\n"                                           // 1 not an object
                             "{\"token\":\"\"}\n"                                // 2 empty token
                             "{\"token\":\"EAA has spaces\"}\n"                  // 3 invalid token
                             "{\"token\":\"EAAok4\",\"platform\":\"myspace\"}\n" // 4 unknown platform
                             "{\"token\":\"XYZok5\"}\n"                          // 5 undetectable
                             "{\"token\":\"EAAok6\",\"app_id\":\"abc\"}\n"       // 6 bad App ID
                             "{\"token\":\"EAAok7\",\"app_secret\":7}\n";        // 7 wrong type
    CliProcess cli(m_server->baseUrl());
    const auto r
        = cli.run(batchArgs(writeFile(QStringLiteral("p.jsonl"), input)) << QStringLiteral("--continue-on-fail"));
    QCOMPARE(r.exitCode, 1);
    const auto recs = records(r.out);
    QCOMPARE(field(recs, "line"), (QList<int> {1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(okFlags(recs), (QList<bool>(7, false)));
    QCOMPARE(field(recs, "attempts"), (QList<int>(7, 0)));
    QStringList kinds;
    for (const QJsonObject& record : recs)
        kinds << errorKind(record);
    QCOMPARE(kinds,
             (QStringList {QStringLiteral("bad_json"), QStringLiteral("missing_token"), QStringLiteral("invalid_input"),
                           QStringLiteral("invalid_input"), QStringLiteral("unknown_platform"),
                           QStringLiteral("invalid_input"), QStringLiteral("invalid_input")}));
    QCOMPARE(m_server->requestCount(), 0);

    // No shared secret and none on the line.
    CliProcess bare(m_server->baseUrl());
    const auto r2 = bare.run({QStringLiteral("batch"), QStringLiteral("--input"),
                              writeFile(QStringLiteral("nosecret.jsonl"), "{\"token\":\"THok1\"}\n")});
    QCOMPARE(r2.exitCode, 1);
    QCOMPARE(errorKind(records(r2.out).value(0)), QStringLiteral("missing_app_secret"));
}

void TestCliBatch::refreshBatch()
{
    const QByteArray input = "{\"token\":\"THlong1\"}\n{\"token\":\"IGlong2\"}\n{\"token\":\"EAAlong3\"}\n";
    CliProcess cli(m_server->baseUrl());
    // No App ID, no secret: a refresh needs neither.
    const auto r = cli.run({QStringLiteral("batch"), QStringLiteral("--refresh"), QStringLiteral("--continue-on-fail"),
                            QStringLiteral("--input"), writeFile(QStringLiteral("refresh.jsonl"), input)});
    QCOMPARE(r.exitCode, 1);
    const auto recs = records(r.out);
    QCOMPARE(okFlags(recs), (QList<bool> {true, true, false}));
    QCOMPARE(field(recs, "attempts"), (QList<int> {1, 1, 0}));
    QCOMPARE(recs.at(0).value(QLatin1String("access_token")).toString(), QStringLiteral("LONG-THlong1"));
    QCOMPARE(errorKind(recs.at(2)), QStringLiteral("unsupported_refresh"));
    QStringList grants;
    for (const auto& request : m_server->requests()) {
        QCOMPARE(request.path, QStringLiteral("/refresh_access_token"));
        QVERIFY(!request.hasQueryItem(QStringLiteral("client_secret")));
        grants << request.queryValue(QStringLiteral("grant_type"));
    }
    grants.sort();
    QCOMPARE(grants, (QStringList {QStringLiteral("ig_refresh_token"), QStringLiteral("th_refresh_token")}));
}

void TestCliBatch::csvInput()
{
    const QByteArray csv = "id,token,platform,app_secret,extra\n"
                           "\"acct \"\"one\"\"\",EAAok1,,,ignored\n"
                           "\"multi\nline id\",THok2,threads,\"sec,ret\",\n"
                           "\n"
                           "three,,,,\n"
                           "four,\"EAAexpired4\"\n";
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(batchArgs(writeFile(QStringLiteral("in.csv"), csv)) << QStringLiteral("--continue-on-fail"));
    QCOMPARE(r.exitCode, 1);
    const auto recs = records(r.out);
    QCOMPARE(field(recs, "line"), (QList<int> {2, 3, 6, 7})); // physical lines: the quoted id spans 3–4
    QCOMPARE(okFlags(recs), (QList<bool> {true, true, false, false}));
    QCOMPARE(recs.at(0).value(QLatin1String("id")).toString(), QStringLiteral("acct \"one\""));
    QCOMPARE(recs.at(1).value(QLatin1String("id")).toString(), QStringLiteral("multi\nline id"));
    QCOMPARE(recs.at(1).value(QLatin1String("platform")).toString(), QStringLiteral("threads"));
    QCOMPARE(errorKind(recs.at(2)), QStringLiteral("missing_token"));
    QCOMPARE(errorKind(recs.at(3)), QStringLiteral("token_expired"));
    for (const auto& request : m_server->requests()) {
        if (request.queryValue(QStringLiteral("access_token")) == QLatin1String("THok2"))
            QCOMPARE(request.queryValue(QStringLiteral("client_secret")), QStringLiteral("sec,ret"));
    }
}

void TestCliBatch::csvWithSemicolonsAndCrLf()
{
    const QByteArray csv = "\xEF\xBB\xBFtoken;id\r\nEAAok1;first\r\nEAAok2;second\r\n";
    CliProcess cli(m_server->baseUrl());
    // --input-format given explicitly: the file name does not end in .csv
    const auto r
        = cli.run(batchArgs(writeFile(QStringLiteral("semi.txt"), csv)) << QStringLiteral("--input-format=csv"));
    QCOMPARE(r.exitCode, 0);
    const auto recs = records(r.out);
    QCOMPARE(field(recs, "line"), (QList<int> {2, 3}));
    QCOMPARE(recs.at(1).value(QLatin1String("id")).toString(), QStringLiteral("second"));
    QCOMPARE(recs.at(1).value(QLatin1String("access_token")).toString(), QStringLiteral("LONG-EAAok2"));
}

void TestCliBatch::csvWithoutTokenColumnIsAUsageError()
{
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(batchArgs(writeFile(QStringLiteral("bad.csv"), "id,name\n1,x\n")));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("token"));
    QVERIFY(r.out.isEmpty());
}

void TestCliBatch::stdinInputAndOutputFile()
{
    const QString output = m_dir->filePath(QStringLiteral("out.jsonl"));
    CliProcess cli(m_server->baseUrl());
    cli.setStdin("{\"token\":\"EAAok1\"}\n{\"token\":\"EAAok2\"}\n");
    const auto r = cli.run(batchArgs(QStringLiteral("-")) << QStringLiteral("--output") << output);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto recs = records(file.readAll());
    QCOMPARE(field(recs, "line"), (QList<int> {1, 2}));
    // It holds tokens: readable by the owner only.
    QCOMPARE(
        QFileInfo(output).permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());

    // --output naming the input would truncate it before it is read.
    const QByteArray input = "{\"token\":\"EAAok1\"}\n";
    const QString same = writeFile(QStringLiteral("same.jsonl"), input);
    const auto refused = cli.run(batchArgs(same) << QStringLiteral("--output") << same);
    QCOMPARE(refused.exitCode, 2);
    QFile unchanged(same);
    QVERIFY(unchanged.open(QIODevice::ReadOnly));
    QCOMPARE(unchanged.readAll(), input);
}

void TestCliBatch::emptyInput()
{
    CliProcess cli(m_server->baseUrl());
    auto r = cli.run(batchArgs(writeFile(QStringLiteral("empty.jsonl"), "\n\n")));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    r = cli.run(batchArgs(writeFile(QStringLiteral("empty.csv"), "")));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
}

void TestCliBatch::secretsNeverLeak()
{
    const QByteArray lineSecret = "LineSecretLEAKCHECK";
    const QByteArray input = "{\"token\":\"EAAexpiredSHORTLEAK1\"}\n{\"token\":\"THokSHORTLEAK2\",\"app_secret\":\""
        + lineSecret + "\"}\n{\"token\":\"EAAalways503SHORTLEAK3\"}\nnot json SHORTLEAK4\n";
    CliProcess cli(m_server->baseUrl());
    QByteArray argv;
    const auto r
        = cli.run(batchArgs(writeFile(QStringLiteral("s.jsonl"), input)) << QStringLiteral("--continue-on-fail"), 30000,
                  [&](QProcess& process, CliProcess::Result&) {
                      argv = CliProcess::cmdline(process.processId());
                      return argv.isEmpty();
                  });
    QCOMPARE(r.exitCode, 1);
    for (const QByteArray& secret : {appSecret.toUtf8(), lineSecret}) {
        QVERIFY(!argv.contains(secret));
        QVERIFY(!r.err.contains(secret));
        QVERIFY(!r.out.contains(secret));
    }
    QVERIFY2(!r.err.contains("SHORTLEAK"), r.err.constData());
    // stdout: the resulting long-lived tokens only ("LONG-" + the short one here, by the script)
    QCOMPARE(r.out.count("SHORTLEAK"), 1);
    QVERIFY(r.out.contains("LONG-THokSHORTLEAK2"));
}

void TestCliBatch::interruptWritesAnInOrderPrefix()
{
    const QByteArray input = "{\"token\":\"EAAok1\"}\n{\"token\":\"EAAok2\"}\n{\"token\":\"EAAhang3\"}\n"
                             "{\"token\":\"EAAok4\"}\n{\"token\":\"EAAok5\"}\n";
    CliProcess cli(m_server->baseUrl());
    bool signaled = false;
    const auto r = cli.run(batchArgs(writeFile(QStringLiteral("int.jsonl"), input)), 20000,
                           [&](QProcess& process, CliProcess::Result& partial) {
                               // Lines 4 and 5 are done too, but wait behind line 3.
                               if (partial.out.count('\n') < 2 || m_server->requestCount() < 5)
                                   return true;
                               ::kill(pid_t(process.processId()), SIGINT);
                               signaled = true;
                               return false;
                           });
    QVERIFY(signaled);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 130);
    QCOMPARE(field(records(r.out), "line"), (QList<int> {1, 2}));
    QVERIFY(r.err.contains("Interrupted"));
}

void TestCliBatch::longIdsGetAnErrorRecord()
{
    // The echoed id is at most 1 KiB of JSON text; a longer one is refused with its line.
    const QByteArray fits(1022, 'x'); // 1024 bytes with its quotes
    const QByteArray tooLong(1023, 'x');
    const QByteArray input = "{\"token\":\"EAAok1\",\"id\":\"" + fits + "\"}\n"
                             "{\"token\":\"EAAok2\",\"id\":\"" + tooLong + "\"}\n"
                             "{\"token\":\"EAAok3\",\"id\":[\"" + fits + "\"]}\n"
                             "{\"token\":\"EAAok4\",\"id\":4}\n";
    CliProcess cli(m_server->baseUrl());
    auto r = cli.run(batchArgs(writeFile(QStringLiteral("ids.jsonl"), input)) << QStringLiteral("--continue-on-fail"));
    QCOMPARE(r.exitCode, 1);
    auto recs = records(r.out);
    QCOMPARE(okFlags(recs), (QList<bool> {true, false, false, true}));
    QCOMPARE(recs.at(0).value(QLatin1String("id")).toString().toUtf8(), fits);
    QVERIFY(recs.at(1).value(QLatin1String("id")).isNull());
    QCOMPARE(errorKind(recs.at(1)), QStringLiteral("id_too_long"));
    QCOMPARE(field(recs, "attempts"), (QList<int> {1, 0, 0, 1}));
    QCOMPARE(errorKind(recs.at(2)), QStringLiteral("id_too_long")); // an array of 1024 + 2 bytes
    QCOMPARE(m_server->requestCount(), 2);

    // CSV: the same limit.
    const QByteArray csv = "token,id\nEAAok1," + tooLong + tooLong + "\n";
    r = cli.run(batchArgs(writeFile(QStringLiteral("ids.csv"), csv)));
    QCOMPARE(r.exitCode, 1);
    recs = records(r.out);
    QCOMPARE(recs.size(), 1);
    QCOMPARE(errorKind(recs.at(0)), QStringLiteral("id_too_long"));
    QVERIFY(r.err.contains("longer than 1024 bytes"));
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "TestCliBatch.moc"
