// debug_token on Facebook and Threads against loopback servers: the app token (never the
// inspected token) as access_token, every field of "data" parsed, expires_at 0 = never, an
// invalid token's reason, refusals that send nothing, errors in both shapes.

#include "FlowTestFixture.h"
#include "graph/InspectJob.h"
#include "graph/TokenInfo.h"
#include "graph/TokenLifetime.h"

#include <QtTest>

namespace {
const QString appId = QStringLiteral("1234567890123456");
const QString appSecret = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString inspected = QStringLiteral("EAAinspected+token/value");

QByteArray fullBody(qint64 expiresAt)
{
    // As Meta writes it: compact, '/' escaped, numbers as numbers.
    return QByteArrayLiteral("{\"data\":{\"app_id\":\"1234567890123456\",\"type\":\"USER\",\"application\":\"LongLived\\/Test\","
                             "\"data_access_expires_at\":1780000000,\"expires_at\":")
        + QByteArray::number(expiresAt)
        + QByteArrayLiteral(",\"is_valid\":true,\"issued_at\":1772366400,\"scopes\":[\"pages_show_list\",\"public_profile\"],"
                            "\"granular_scopes\":[{\"scope\":\"pages_show_list\",\"target_ids\":[\"111\",\"222\"]},"
                            "{\"scope\":\"public_profile\"}],\"user_id\":\"10001\"}}");
}
} // namespace

class TestInspectToken : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void inspectsWithTheAppToken_data();
    void inspectsWithTheAppToken();
    void reportsWhyATokenIsInvalid();
    void refusesInstagramWithoutSending();
    void refusesWithoutAppCredentials_data();
    void refusesWithoutAppCredentials();
    void errorsInBothShapes_data();
    void errorsInBothShapes();
    void answerWithoutDataIsMissingField();
    void cancelFailsOnce();

private:
    std::unique_ptr<FlowTestFixture> f;
};

void TestInspectToken::init()
{
    f = std::make_unique<FlowTestFixture>();
    QVERIFY(f->start());
}

void TestInspectToken::cleanup()
{
    f.reset();
}

void TestInspectToken::inspectsWithTheAppToken_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<qint64>("expiresAt");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("appToken");

    const QString pair = appId + QLatin1Char('|') + appSecret;
    QTest::addRow("facebook/expires") << Platform::Facebook << qint64(1777500000) << QStringLiteral("/v25.0/debug_token")
                                      << pair;
    QTest::addRow("facebook/never") << Platform::Facebook << qint64(0) << QStringLiteral("/v25.0/debug_token") << pair;
    QTest::addRow("threads/expires") << Platform::Threads << qint64(1777500000) << QStringLiteral("/v1.0/debug_token")
                                     << QStringLiteral("TH|") + pair;
    QTest::addRow("threads/never") << Platform::Threads << qint64(0) << QStringLiteral("/v1.0/debug_token")
                                   << QStringLiteral("TH|") + pair;
}

void TestInspectToken::inspectsWithTheAppToken()
{
    QFETCH(Platform, platform);
    QFETCH(qint64, expiresAt);
    QFETCH(QString, path);
    QFETCH(QString, appToken);

    GraphTestServer& server = f->server(platform);
    server.enqueue(GraphTestServer::Response::json(200, fullBody(expiresAt)));
    const auto outcome = waitForJob<TokenInfo>(f->service->inspect(platform, inspected, appId, appSecret));
    QVERIFY(outcome.succeeded());
    QVERIFY(outcome.deleted);

    QCOMPARE(f->totalRequests(), 1);
    const GraphTestServer::Request request = server.lastRequest();
    QCOMPARE(request.path, path);
    QCOMPARE(queryLines(request),
             (QStringList{QStringLiteral("input_token=") + inspected, QStringLiteral("access_token=") + appToken}));
    QVERIFY(request.queryValue(QStringLiteral("access_token")) != inspected);

    const TokenInfo& info = *outcome.value;
    QCOMPARE(info.platform, platform);
    QCOMPARE(info.appId, appId);
    QCOMPARE(info.type, QStringLiteral("USER"));
    QCOMPARE(info.application, QStringLiteral("LongLived/Test"));
    QCOMPARE(info.userId, QStringLiteral("10001"));
    QVERIFY(info.isValid);
    QCOMPARE(info.issuedAt, QDateTime::fromSecsSinceEpoch(1772366400, Qt::UTC));
    QCOMPARE(info.dataAccessExpiresAt, QDateTime::fromSecsSinceEpoch(1780000000, Qt::UTC));
    QCOMPARE(info.scopes, (QStringList{QStringLiteral("pages_show_list"), QStringLiteral("public_profile")}));
    QCOMPARE(info.granularScopes.size(), 2);
    QCOMPARE(info.granularScopes.at(0).scope, QStringLiteral("pages_show_list"));
    QCOMPARE(info.granularScopes.at(0).targetIds, (QStringList{QStringLiteral("111"), QStringLiteral("222")}));
    QVERIFY(info.granularScopes.at(1).targetIds.isEmpty());
    QVERIFY(!info.error.isError());
    QVERIFY(info.hasKnownExpiry());
    if (expiresAt == 0) {
        QVERIFY(info.neverExpires);
        QVERIFY(!info.expiresAt.isValid());
        QCOMPARE(TokenLifetimes::of(info, FlowTestFixture::fixedNow()), TokenLifetime::LongLived);
    } else {
        QVERIFY(!info.neverExpires);
        QCOMPARE(info.expiresAt, QDateTime::fromSecsSinceEpoch(expiresAt, Qt::UTC));
        QCOMPARE(TokenLifetimes::of(info, FlowTestFixture::fixedNow()), TokenLifetime::LongLived);
    }
}

void TestInspectToken::reportsWhyATokenIsInvalid()
{
    f->facebook.enqueue(GraphTestServer::Response::json(
        200, "{\"data\":{\"app_id\":\"1234567890123456\",\"type\":\"USER\",\"application\":\"LongLived\","
             "\"expires_at\":1772370000,\"is_valid\":false,\"issued_at\":1772366400,\"scopes\":[],"
             "\"error\":{\"code\":190,\"message\":\"Error validating access token: Session has expired.\","
             "\"subcode\":463},\"user_id\":\"10001\"}}"));
    const auto outcome = waitForJob<TokenInfo>(f->service->inspect(Platform::Facebook, inspected, appId, appSecret));
    QVERIFY(outcome.succeeded()); // Meta answered; its verdict is "invalid"
    const TokenInfo& info = *outcome.value;
    QVERIFY(!info.isValid);
    QCOMPARE(info.error.kind(), GraphError::Kind::TokenExpired);
    QCOMPARE(info.error.code, 190);
    QCOMPARE(info.error.subcode, 463);
    QCOMPARE(info.error.message, QStringLiteral("Error validating access token: Session has expired."));
    // One hour from issue to expiry: short-lived.
    QCOMPARE(TokenLifetimes::of(info, FlowTestFixture::fixedNow()), TokenLifetime::ShortLived);
}

void TestInspectToken::refusesInstagramWithoutSending()
{
    const auto outcome =
        waitForJob<TokenInfo>(f->service->inspect(Platform::Instagram, QStringLiteral("IGtoken"), appId, appSecret));
    QVERIFY(outcome.failedWith(GraphError::Kind::Refused));
    QVERIFY(outcome.deleted);
    QVERIFY(outcome.error->title().contains(QLatin1String("Instagram")));
    QCOMPARE(f->totalConnections(), 0);
}

void TestInspectToken::refusesWithoutAppCredentials_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QTest::addRow("facebook without App ID") << Platform::Facebook << QString() << appSecret;
    QTest::addRow("facebook without secret") << Platform::Facebook << appId << QString();
    QTest::addRow("threads without App ID") << Platform::Threads << QString() << appSecret;
}

void TestInspectToken::refusesWithoutAppCredentials()
{
    QFETCH(Platform, platform);
    QFETCH(QString, id);
    QFETCH(QString, secret);
    const auto outcome = waitForJob<TokenInfo>(f->service->inspect(platform, inspected, id, secret));
    QVERIFY(outcome.failedWith(GraphError::Kind::Refused));
    QVERIFY(outcome.error->title().contains(QLatin1String("App ID and App Secret")));
    QCOMPARE(f->totalConnections(), 0);
}

void TestInspectToken::errorsInBothShapes_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");

    using S = GraphTestServer;
    const auto row = [](const char* name, Platform platform, const S::Response& response, const char* kind) {
        QTest::newRow(name) << platform << response.status << response.body << QString::fromLatin1(kind);
    };
    row("facebook/nested invalid App ID", Platform::Facebook,
        S::nestedError(400, 101, 0, QStringLiteral("Error validating application. Invalid application ID.")),
        "invalid_app_id");
    row("facebook/nested wrong secret", Platform::Facebook,
        S::nestedError(400, 1, 0, QStringLiteral("Error validating client secret.")), "invalid_app_secret");
    row("threads/flat wrong app pair", Platform::Threads,
        S::flatError(400, 1349026, QStringLiteral("No application data was given for the passed app_id.")),
        "wrong_app_pair");
    row("threads/nested token invalid", Platform::Threads,
        S::nestedError(400, 190, 0, QStringLiteral("Invalid OAuth access token - Cannot parse access token")),
        "token_invalid");
}

void TestInspectToken::errorsInBothShapes()
{
    QFETCH(Platform, platform);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);

    f->server(platform).enqueue(GraphTestServer::Response::json(status, body));
    const auto outcome = waitForJob<TokenInfo>(f->service->inspect(platform, inspected, appId, appSecret));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kindId(), kind);
    QCOMPARE(outcome.signalCount, 1);
    QVERIFY(outcome.deleted);
    QVERIFY(!outcome.error->displayText().contains(appSecret));
}

void TestInspectToken::answerWithoutDataIsMissingField()
{
    f->facebook.enqueue(GraphTestServer::Response::json(200, "{\"success\":true}"));
    const auto outcome = waitForJob<TokenInfo>(f->service->inspect(Platform::Facebook, inspected, appId, appSecret));
    QVERIFY(outcome.failedWith(GraphError::Kind::MissingField));
}

void TestInspectToken::cancelFailsOnce()
{
    f->facebook.enqueue(GraphTestServer::Response::neverAnswer());
    QPointer<InspectJob> job = f->service->inspect(Platform::Facebook, inspected, appId, appSecret);
    int outcomes = 0;
    GraphError error;
    connect(job, &InspectJob::succeeded, this, [&] { ++outcomes; });
    connect(job, &InspectJob::failed, this, [&](const GraphError& e) {
        error = e;
        ++outcomes;
    });
    QTRY_COMPARE(f->facebook.requestCount(), 1);
    job->cancel();
    QCOMPARE(outcomes, 1);
    QCOMPARE(error.kind(), GraphError::Kind::Canceled);
    job->cancel(); // a second cancel changes nothing
    QTRY_VERIFY(job.isNull());
    QCOMPARE(outcomes, 1);
}

QTEST_GUILESS_MAIN(TestInspectToken)
#include "TestInspectToken.moc"
