// Exchange and refresh on every platform against loopback servers (one per platform): the
// exact request each one sends, both error shapes, the wrong-app-pair error, and the automatic
// debug_token lookup of an expiry the response did not give.

#include "FlowTestFixture.h"
#include "graph/InspectJob.h"
#include "graph/TokenJob.h"
#include "graph/TokenLifetime.h"

#include <QtTest>

namespace {
const QString appId = QStringLiteral("1234567890123456");
// '+', '/' and '=' must arrive unaltered: they prove full percent-encoding.
const QString appSecret = QStringLiteral("s3cr+t/with=signs");

QByteArray debugTokenBody(qint64 expiresAt, bool valid = true)
{
    return QByteArrayLiteral("{\"data\":{\"app_id\":\"1234567890123456\",\"type\":\"USER\",\"application\":\"LongLived Test\","
                             "\"data_access_expires_at\":1780000000,\"expires_at\":")
        + QByteArray::number(expiresAt) + QByteArrayLiteral(",\"is_valid\":") + (valid ? "true" : "false")
        + QByteArrayLiteral(",\"issued_at\":1772366400,\"scopes\":[\"public_profile\"],\"user_id\":\"10001\"}}");
}
} // namespace

class TestTokenFlows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exchangeSendsThePlatformsRequest_data();
    void exchangeSendsThePlatformsRequest();
    void refreshSendsThePlatformsRequest_data();
    void refreshSendsThePlatformsRequest();
    void refreshOnFacebookIsRefusedWithoutSending();
    void errorsAreParsedOnEveryPlatform_data();
    void errorsAreParsedOnEveryPlatform();

    void expiryIsLookedUpWhenTheResponseHasNone_data();
    void expiryIsLookedUpWhenTheResponseHasNone();
    void expiryStaysUnknownWithoutAppCredentials_data();
    void expiryStaysUnknownWithoutAppCredentials();
    void failedLookupDeliversTheTokenWithTheReason();
    void invalidVerdictLeavesTheExpiryUnknown();
    void cancelDuringLookupDeliversTheToken();
    void cancelBeforeTheAnswerFailsOnce();
    void lookupUsesTheExchangesApiVersion();

private:
    std::unique_ptr<FlowTestFixture> f;
};

void TestTokenFlows::init()
{
    f = std::make_unique<FlowTestFixture>();
    QVERIFY(f->start());
}

void TestTokenFlows::cleanup()
{
    f.reset();
}

void TestTokenFlows::exchangeSendsThePlatformsRequest_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("shortToken");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("query");

    QTest::addRow("facebook") << Platform::Facebook << QStringLiteral("EAAshort+/=")
                              << QStringLiteral("/v25.0/oauth/access_token")
                              << QStringList{QStringLiteral("grant_type=fb_exchange_token"),
                                             QStringLiteral("client_id=") + appId,
                                             QStringLiteral("client_secret=") + appSecret,
                                             QStringLiteral("fb_exchange_token=EAAshort+/=")};
    // Threads and Instagram: no client_id, their own host, no version in the path.
    QTest::addRow("threads") << Platform::Threads << QStringLiteral("THshort") << QStringLiteral("/access_token")
                             << QStringList{QStringLiteral("grant_type=th_exchange_token"),
                                            QStringLiteral("client_secret=") + appSecret,
                                            QStringLiteral("access_token=THshort")};
    QTest::addRow("instagram") << Platform::Instagram << QStringLiteral("IGshort") << QStringLiteral("/access_token")
                               << QStringList{QStringLiteral("grant_type=ig_exchange_token"),
                                              QStringLiteral("client_secret=") + appSecret,
                                              QStringLiteral("access_token=IGshort")};
}

void TestTokenFlows::exchangeSendsThePlatformsRequest()
{
    QFETCH(Platform, platform);
    QFETCH(QString, shortToken);
    QFETCH(QString, path);
    QFETCH(QStringList, query);

    GraphTestServer& server = f->server(platform);
    server.enqueue(GraphTestServer::tokenResponse(QStringLiteral("LONG-") + Platforms::id(platform), 5183944));

    // The App ID is given on every platform: with expires_in present no lookup may follow.
    const auto outcome = waitForJob<TokenResult>(
        f->service->exchange({platform, appId, appSecret, shortToken, QStringLiteral("v25.0")}));
    QVERIFY(outcome.succeeded());
    QVERIFY(outcome.deleted);

    QCOMPARE(f->totalRequests(), 1);
    QCOMPARE(server.requestCount(), 1);
    const GraphTestServer::Request request = server.lastRequest();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.header("Host"), QByteArray("127.0.0.1:") + QByteArray::number(server.port()));
    QCOMPARE(request.path, path);
    QCOMPARE(queryLines(request), query);
    QVERIFY(!request.rawQuery.contains('+')); // '+' would be read as a space by Meta

    const TokenResult& result = *outcome.value;
    QCOMPARE(result.platform, platform);
    QCOMPARE(result.accessToken, QStringLiteral("LONG-") + Platforms::id(platform));
    QCOMPARE(result.tokenType, QStringLiteral("bearer"));
    QVERIFY(result.expiresIn);
    QCOMPARE(*result.expiresIn, qint64(5183944));
    QCOMPARE(result.receivedAt, FlowTestFixture::fixedNow());
    QCOMPARE(result.expiresAt, FlowTestFixture::fixedNow().addSecs(5183944));
    QCOMPARE(result.expirySource, TokenResult::ExpirySource::Response);
    QVERIFY(!result.expiryLookupError.isError());
    QCOMPARE(TokenLifetimes::of(result), TokenLifetime::LongLived);
}

void TestTokenFlows::refreshSendsThePlatformsRequest_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("grantType");

    QTest::addRow("threads") << Platform::Threads << QStringLiteral("th_refresh_token");
    QTest::addRow("instagram") << Platform::Instagram << QStringLiteral("ig_refresh_token");
}

void TestTokenFlows::refreshSendsThePlatformsRequest()
{
    QFETCH(Platform, platform);
    QFETCH(QString, grantType);

    GraphTestServer& server = f->server(platform);
    server.enqueue(GraphTestServer::tokenResponse(QStringLiteral("REFRESHED"), 5184000));
    const QString longToken = Platforms::id(platform).left(2).toUpper() + QStringLiteral("long/lived+token");

    const auto outcome = waitForJob<TokenResult>(f->service->refresh(platform, longToken));
    QVERIFY(outcome.succeeded());
    QVERIFY(outcome.deleted);

    QCOMPARE(f->totalRequests(), 1);
    const GraphTestServer::Request request = server.lastRequest();
    QCOMPARE(request.path, QStringLiteral("/refresh_access_token"));
    QCOMPARE(queryLines(request),
             (QStringList{QStringLiteral("grant_type=") + grantType, QStringLiteral("access_token=") + longToken}));
    QCOMPARE(outcome.value->accessToken, QStringLiteral("REFRESHED"));
    QCOMPARE(outcome.value->expiresAt, FlowTestFixture::fixedNow().addSecs(5184000));
    QCOMPARE(outcome.value->expirySource, TokenResult::ExpirySource::Response);
}

void TestTokenFlows::refreshOnFacebookIsRefusedWithoutSending()
{
    TokenJob* job = f->service->refresh(Platform::Facebook, QStringLiteral("EAAlonglivedtoken"));
    const auto outcome = waitForJob<TokenResult>(job);
    QVERIFY(outcome.failedWith(GraphError::Kind::Refused));
    QVERIFY(outcome.deleted);
    QVERIFY(outcome.error->title().contains(QLatin1String("cannot be refreshed")));
    QVERIFY(outcome.error->displayText().contains(QLatin1String("exchange a new short-lived token")));
    QCOMPARE(outcome.error->kindId(), QStringLiteral("refused"));
    QVERIFY(!outcome.error->isRetryable());
    QCOMPARE(f->totalConnections(), 0);
    QVERIFY(f->service->refreshUrl(Platform::Facebook, QStringLiteral("EAAx")).isEmpty());
}

void TestTokenFlows::errorsAreParsedOnEveryPlatform_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<bool>("refresh");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    const QString expired = QStringLiteral("Error validating access token: Session has expired.");
    const QString noAppData = QStringLiteral("No application data was given for the passed app_id.");
    const QString badSecret = QStringLiteral("Error validating client secret.");
    const QString oauth = QStringLiteral("Invalid OAuth access token - Cannot parse access token");
    using S = GraphTestServer;
    // Each row: the server's status and body, then the expected GraphError::kindId().
    const auto row = [](const QByteArray& name, Platform platform, bool refresh, const S::Response& response,
                        const char* kind, int code, const QString& message) {
        QTest::newRow(name.constData()) << platform << refresh << response.status << response.body << QString::fromLatin1(kind)
                            << code << message;
    };

    for (Platform platform : Platforms::all()) {
        const QByteArray name = Platforms::id(platform).toLatin1();
        row(name + "/nested expired", platform, false, S::nestedError(400, 190, 463, expired), "token_expired", 190,
            expired);
        row(name + "/flat wrong app pair", platform, false, S::flatError(400, 1349026, noAppData), "wrong_app_pair",
            1349026, noAppData);
        row(name + "/flat with error_type", platform, false,
            S::flatError(400, 190, oauth, QStringLiteral("OAuthException")), "token_invalid", 190, oauth);
    }
    row("threads/flat unknown error, HTTP 500", Platform::Threads, false,
        S::flatError(500, 1, QStringLiteral("An unknown error has occurred.")), "temporarily_unavailable", 1,
        QStringLiteral("An unknown error has occurred."));
    row("instagram/flat wrong secret (100)", Platform::Instagram, false,
        S::flatError(400, 100, badSecret, QStringLiteral("OAuthException")), "invalid_app_secret", 100, badSecret);
    row("threads/refresh expired (nested)", Platform::Threads, true, S::nestedError(400, 190, 463, expired),
        "token_expired", 190, expired);
    row("instagram/refresh wrong app pair (flat)", Platform::Instagram, true, S::flatError(400, 1349026, noAppData),
        "wrong_app_pair", 1349026, noAppData);
}

void TestTokenFlows::errorsAreParsedOnEveryPlatform()
{
    QFETCH(Platform, platform);
    QFETCH(bool, refresh);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, message);

    f->server(platform).enqueue(GraphTestServer::Response::json(status, body));
    const QString token = QStringLiteral("TOKENVALUE0123456789");
    TokenJob* job = refresh ? f->service->refresh(platform, token)
                            : f->service->exchange({platform, appId, appSecret, token, QStringLiteral("v25.0")});
    const auto outcome = waitForJob<TokenResult>(job);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kindId(), kind);
    QCOMPARE(outcome.signalCount, 1);
    QVERIFY(outcome.deleted);
    QCOMPARE(f->server(platform).requestCount(), 1);
    QCOMPARE(outcome.error->code, code);
    QCOMPARE(outcome.error->message, message);
    QCOMPARE(outcome.error->httpStatus, status);
    const QString shown = outcome.error->displayText();
    QVERIFY(shown.contains(message));
    QVERIFY(!shown.contains(token));
    QVERIFY(!shown.contains(appSecret));
}

void TestTokenFlows::expiryIsLookedUpWhenTheResponseHasNone_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<qint64>("expiresAt");
    QTest::addColumn<QString>("inspectPath");
    QTest::addColumn<QString>("appToken");

    const QString pair = appId + QLatin1Char('|') + appSecret;
    QTest::addRow("facebook/expires_at set") << Platform::Facebook << qint64(1777500000)
                                             << QStringLiteral("/v25.0/debug_token") << pair;
    QTest::addRow("facebook/never expires") << Platform::Facebook << qint64(0) << QStringLiteral("/v25.0/debug_token")
                                            << pair;
    QTest::addRow("threads/expires_at set") << Platform::Threads << qint64(1777500000)
                                            << QStringLiteral("/v1.0/debug_token") << QStringLiteral("TH|") + pair;
    QTest::addRow("threads/never expires") << Platform::Threads << qint64(0) << QStringLiteral("/v1.0/debug_token")
                                           << QStringLiteral("TH|") + pair;
}

void TestTokenFlows::expiryIsLookedUpWhenTheResponseHasNone()
{
    QFETCH(Platform, platform);
    QFETCH(qint64, expiresAt);
    QFETCH(QString, inspectPath);
    QFETCH(QString, appToken);

    GraphTestServer& server = f->server(platform);
    server.enqueue(GraphTestServer::tokenResponse(QStringLiteral("NEWTOKEN123"), -1)); // no expires_in
    server.enqueue(GraphTestServer::Response::json(200, debugTokenBody(expiresAt)));

    const auto outcome = waitForJob<TokenResult>(
        f->service->exchange({platform, appId, appSecret, QStringLiteral("SHORTTOKEN"), QStringLiteral("v25.0")}));
    QVERIFY(outcome.succeeded());
    QVERIFY(outcome.deleted);

    QCOMPARE(f->totalRequests(), 2);
    QCOMPARE(server.requestCount(), 2);
    const GraphTestServer::Request inspect = server.lastRequest();
    QCOMPARE(inspect.path, inspectPath);
    // The new token is inspected with the app token, never with itself.
    QCOMPARE(queryLines(inspect),
             (QStringList{QStringLiteral("input_token=NEWTOKEN123"), QStringLiteral("access_token=") + appToken}));

    const TokenResult& result = *outcome.value;
    QCOMPARE(result.accessToken, QStringLiteral("NEWTOKEN123"));
    QVERIFY(!result.expiresIn);
    QCOMPARE(result.expirySource, TokenResult::ExpirySource::DebugToken);
    QVERIFY(!result.expiryLookupError.isError());
    if (expiresAt == 0) {
        QVERIFY(result.neverExpires);
        QVERIFY(!result.expiresAt.isValid());
    } else {
        QVERIFY(!result.neverExpires);
        QCOMPARE(result.expiresAt, QDateTime::fromSecsSinceEpoch(expiresAt, Qt::UTC));
    }
}

void TestTokenFlows::expiryStaysUnknownWithoutAppCredentials_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("refresh");

    // Threads and Instagram exchanges need no App ID; without it no app token can be built.
    QTest::addRow("threads exchange without App ID") << Platform::Threads << QString() << false;
    QTest::addRow("instagram exchange without App ID") << Platform::Instagram << QString() << false;
    // Instagram Login has no debug_token: even with the App ID nothing is asked.
    QTest::addRow("instagram exchange with App ID") << Platform::Instagram << appId << false;
    QTest::addRow("facebook exchange without App ID") << Platform::Facebook << QString() << false;
    // A refresh carries no secret at all.
    QTest::addRow("threads refresh") << Platform::Threads << QString() << true;
}

void TestTokenFlows::expiryStaysUnknownWithoutAppCredentials()
{
    QFETCH(Platform, platform);
    QFETCH(QString, id);
    QFETCH(bool, refresh);

    f->server(platform).enqueue(GraphTestServer::tokenResponse(QStringLiteral("NEWTOKEN123"), -1));
    TokenJob* job = refresh ? f->service->refresh(platform, QStringLiteral("OLDTOKEN"))
                            : f->service->exchange({platform, id, appSecret, QStringLiteral("SHORT"), {}});
    const auto outcome = waitForJob<TokenResult>(job);
    QVERIFY(outcome.succeeded());
    QCOMPARE(f->totalRequests(), 1); // no debug_token call
    QVERIFY(!outcome.value->expiresAt.isValid());
    QVERIFY(!outcome.value->neverExpires);
    QVERIFY(!outcome.value->hasKnownExpiry());
    QCOMPARE(outcome.value->expirySource, TokenResult::ExpirySource::Unknown);
    QVERIFY(!outcome.value->expiryLookupError.isError());
    QCOMPARE(TokenLifetimes::of(*outcome.value), TokenLifetime::Unknown);
}

void TestTokenFlows::failedLookupDeliversTheTokenWithTheReason()
{
    f->facebook.enqueue(GraphTestServer::tokenResponse(QStringLiteral("NEWTOKEN123"), -1));
    f->facebook.enqueue(GraphTestServer::nestedError(400, 101, 0, QStringLiteral("Error validating application.")));

    const auto outcome = waitForJob<TokenResult>(
        f->service->exchange({Platform::Facebook, appId, appSecret, QStringLiteral("EAAshort"), QStringLiteral("v25.0")}));
    QVERIFY(outcome.succeeded());
    QCOMPARE(f->facebook.requestCount(), 2);
    QCOMPARE(outcome.value->accessToken, QStringLiteral("NEWTOKEN123"));
    QVERIFY(!outcome.value->hasKnownExpiry());
    QCOMPARE(outcome.value->expirySource, TokenResult::ExpirySource::Unknown);
    QCOMPARE(outcome.value->expiryLookupError.kind(), GraphError::Kind::InvalidAppId);
}

void TestTokenFlows::invalidVerdictLeavesTheExpiryUnknown()
{
    f->facebook.enqueue(GraphTestServer::tokenResponse(QStringLiteral("NEWTOKEN123"), -1));
    f->facebook.enqueue(GraphTestServer::Response::json(
        200, "{\"data\":{\"app_id\":\"1234567890123456\",\"is_valid\":false,\"expires_at\":1777500000,"
             "\"error\":{\"code\":190,\"message\":\"Session has expired\",\"subcode\":463}}}"));

    const auto outcome = waitForJob<TokenResult>(
        f->service->exchange({Platform::Facebook, appId, appSecret, QStringLiteral("EAAshort"), QStringLiteral("v25.0")}));
    QVERIFY(outcome.succeeded());
    QCOMPARE(outcome.value->expirySource, TokenResult::ExpirySource::Unknown);
    QVERIFY(!outcome.value->expiresAt.isValid());
    QCOMPARE(outcome.value->expiryLookupError.kind(), GraphError::Kind::TokenExpired);
}

void TestTokenFlows::cancelDuringLookupDeliversTheToken()
{
    f->threads.enqueue(GraphTestServer::tokenResponse(QStringLiteral("THnewtoken"), -1));
    f->threads.enqueue(GraphTestServer::Response::neverAnswer());

    QPointer<TokenJob> job =
        f->service->exchange({Platform::Threads, appId, appSecret, QStringLiteral("THshort"), {}});
    int succeeded = 0;
    int failed = 0;
    TokenResult result;
    connect(job, &TokenJob::succeeded, this, [&](const TokenResult& r) {
        result = r;
        ++succeeded;
    });
    connect(job, &TokenJob::failed, this, [&] { ++failed; });
    QTRY_COMPARE(f->threads.requestCount(), 2); // the lookup is in flight
    QCOMPARE(succeeded + failed, 0);

    job->cancel();
    QCOMPARE(succeeded, 1); // synchronously
    QCOMPARE(failed, 0);
    QCOMPARE(result.accessToken, QStringLiteral("THnewtoken"));
    QCOMPARE(result.expirySource, TokenResult::ExpirySource::Unknown);
    QCOMPARE(result.expiryLookupError.kind(), GraphError::Kind::Canceled);
    QTRY_VERIFY(job.isNull());
    QCOMPARE(succeeded + failed, 1);
}

void TestTokenFlows::cancelBeforeTheAnswerFailsOnce()
{
    f->instagram.enqueue(GraphTestServer::Response::neverAnswer());
    QPointer<TokenJob> job = f->service->refresh(Platform::Instagram, QStringLiteral("IGlong"));
    int outcomes = 0;
    GraphError error;
    connect(job, &TokenJob::succeeded, this, [&] { ++outcomes; });
    connect(job, &TokenJob::failed, this, [&](const GraphError& e) {
        error = e;
        ++outcomes;
    });
    QTRY_COMPARE(f->instagram.requestCount(), 1);
    job->cancel();
    QCOMPARE(outcomes, 1);
    QCOMPARE(error.kind(), GraphError::Kind::Canceled);
    QTRY_VERIFY(job.isNull());
    QCOMPARE(outcomes, 1);
}

void TestTokenFlows::lookupUsesTheExchangesApiVersion()
{
    f->facebook.enqueue(GraphTestServer::tokenResponse(QStringLiteral("NEWTOKEN123"), -1));
    f->facebook.enqueue(GraphTestServer::Response::json(200, debugTokenBody(1777500000)));
    const auto outcome = waitForJob<TokenResult>(
        f->service->exchange({Platform::Facebook, appId, appSecret, QStringLiteral("EAAshort"), QStringLiteral("v24.0")}));
    QVERIFY(outcome.succeeded());
    const QList<GraphTestServer::Request> requests = f->facebook.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).path, QStringLiteral("/v24.0/oauth/access_token"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/v24.0/debug_token"));
}

QTEST_GUILESS_MAIN(TestTokenFlows)
#include "TestTokenFlows.moc"
