// /me on each platform against loopback servers: the platform's host, path and fields, the
// appsecret_proof when the secret is at hand, the identity parsed, errors in both shapes.

#include "FlowTestFixture.h"
#include "graph/Identity.h"
#include "graph/VerifyJob.h"

#include <QtTest>

namespace {
const QString appSecret = QStringLiteral("0123456789abcdef0123456789abcdef");
}

class TestVerifyJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void callsThePlatformsMe_data();
    void callsThePlatformsMe();
    void errorsInBothShapes_data();
    void errorsInBothShapes();
    void answerWithoutIdIsMissingField();

private:
    std::unique_ptr<FlowTestFixture> f;
};

void TestVerifyJob::init()
{
    f = std::make_unique<FlowTestFixture>();
    QVERIFY(f->start());
}

void TestVerifyJob::cleanup()
{
    f.reset();
}

void TestVerifyJob::callsThePlatformsMe_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<bool>("withSecret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("displayName");

    for (bool withSecret : {true, false}) {
        const char* suffix = withSecret ? "with proof" : "without secret";
        QTest::addRow("facebook/%s", suffix)
            << Platform::Facebook << withSecret << QStringLiteral("EAAuser+token/1") << QStringLiteral("/v25.0/me")
            << QStringLiteral("id,name") << QByteArray("{\"id\":\"10001\",\"name\":\"Test User\"}")
            << QStringLiteral("Test User");
        QTest::addRow("threads/%s", suffix)
            << Platform::Threads << withSecret << QStringLiteral("THuser+token/1") << QStringLiteral("/v1.0/me")
            << QStringLiteral("id,username") << QByteArray("{\"id\":\"26000001\",\"username\":\"tester\"}")
            << QStringLiteral("@tester");
        QTest::addRow("instagram/%s", suffix)
            << Platform::Instagram << withSecret << QStringLiteral("IGuser+token/1") << QStringLiteral("/me")
            << QStringLiteral("user_id,username")
            << QByteArray("{\"user_id\":\"17840000000000001\",\"username\":\"ig_tester\",\"id\":\"9000001\"}")
            << QStringLiteral("@ig_tester");
    }
}

void TestVerifyJob::callsThePlatformsMe()
{
    QFETCH(Platform, platform);
    QFETCH(bool, withSecret);
    QFETCH(QString, token);
    QFETCH(QString, path);
    QFETCH(QString, fields);
    QFETCH(QByteArray, body);
    QFETCH(QString, displayName);

    GraphTestServer& server = f->server(platform);
    server.enqueue(GraphTestServer::Response::json(200, body));
    const auto outcome = waitForJob<Identity>(f->service->verify(platform, token, withSecret ? appSecret : QString()));
    QVERIFY(outcome.succeeded());
    QVERIFY(outcome.deleted);

    QCOMPARE(f->totalRequests(), 1);
    const GraphTestServer::Request request = server.lastRequest();
    QCOMPARE(request.path, path);
    QStringList query{QStringLiteral("fields=") + fields, QStringLiteral("access_token=") + token};
    if (withSecret)
        query << QStringLiteral("appsecret_proof=") + referenceProof(appSecret, token);
    QCOMPARE(queryLines(request), query);

    const Identity& identity = *outcome.value;
    QCOMPARE(identity.platform, platform);
    QCOMPARE(identity.displayName(), displayName);
    switch (platform) {
    case Platform::Facebook:
        QCOMPARE(identity.id, QStringLiteral("10001"));
        QCOMPARE(identity.name, QStringLiteral("Test User"));
        break;
    case Platform::Threads:
        QCOMPARE(identity.id, QStringLiteral("26000001"));
        QCOMPARE(identity.username, QStringLiteral("tester"));
        break;
    case Platform::Instagram:
        QCOMPARE(identity.userId, QStringLiteral("17840000000000001"));
        QCOMPARE(identity.id, QStringLiteral("9000001"));
        QCOMPARE(identity.username, QStringLiteral("ig_tester"));
        break;
    }
}

void TestVerifyJob::errorsInBothShapes_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");

    using S = GraphTestServer;
    const auto row = [](const char* name, Platform platform, const S::Response& response, const char* kind) {
        QTest::newRow(name) << platform << response.status << response.body << QString::fromLatin1(kind);
    };
    row("facebook/nested invalidated", Platform::Facebook,
        S::nestedError(400, 190, 467, QStringLiteral("Error validating access token: The user has logged out.")),
        "token_invalidated");
    row("threads/flat with error_type", Platform::Threads,
        S::flatError(400, 190, QStringLiteral("Invalid OAuth access token"), QStringLiteral("OAuthException")),
        "token_invalid");
    row("threads/flat unknown, HTTP 500", Platform::Threads,
        S::flatError(500, 1, QStringLiteral("An unknown error has occurred.")), "temporarily_unavailable");
    row("instagram/nested expired", Platform::Instagram,
        S::nestedError(400, 190, 463, QStringLiteral("Session has expired")), "token_expired");
    row("instagram/flat wrong app pair", Platform::Instagram,
        S::flatError(400, 1349026, QStringLiteral("No application data was given")), "wrong_app_pair");
}

void TestVerifyJob::errorsInBothShapes()
{
    QFETCH(Platform, platform);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);

    f->server(platform).enqueue(GraphTestServer::Response::json(status, body));
    const QString token = QStringLiteral("TOKEN0123456789abcdef");
    const auto outcome = waitForJob<Identity>(f->service->verify(platform, token, appSecret));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kindId(), kind);
    QCOMPARE(outcome.signalCount, 1);
    QVERIFY(outcome.deleted);
    QVERIFY(!outcome.error->displayText().contains(token));
}

void TestVerifyJob::answerWithoutIdIsMissingField()
{
    f->threads.enqueue(GraphTestServer::Response::json(200, "{\"username\":\"\"}"));
    const auto outcome = waitForJob<Identity>(f->service->verify(Platform::Threads, QStringLiteral("THtoken")));
    QVERIFY(outcome.failedWith(GraphError::Kind::MissingField));
}

QTEST_GUILESS_MAIN(TestVerifyJob)
#include "TestVerifyJob.moc"
