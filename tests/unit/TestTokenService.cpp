// TokenService::exchange against a real HTTP server on 127.0.0.1 (GraphTestServer): the exact
// request Meta receives, every answer docs/graph-api.md describes, and every way the transport fails.

#include "graph/GraphError.h"
#include "GraphTestServer.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenJob.h"
#include "graph/TokenService.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpServer>
#include <QtTest>

#include <atomic>
#include <memory>
#include <optional>

using Kind = GraphError::Kind;
using Response = GraphTestServer::Response;

namespace {

const QString appId = QStringLiteral("1234567890123456");
// Every character a form decoder could alter: '+' (space), '/', '=', '%' and an encoded-looking "%41".
const QString trickySecret = QStringLiteral("ab+cd/ef=gh%41ij%");
const QString shortToken = QStringLiteral("EAAGshort+lived/token==%");
const QString trace = QStringLiteral("A1b2C3d4E5f");

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
}

struct Outcome {
    std::optional<TokenResult> result;
    std::optional<GraphError> error;
    int outcomes = 0;
    bool deleted = false;
    qint64 elapsedMs = 0;
};

TokenRequest facebookRequest(const QString& secret = trickySecret, const QString& token = shortToken)
{
    TokenRequest request;
    request.platform = Platform::Facebook;
    request.appId = appId;
    request.appSecret = secret;
    request.token = token;
    return request;
}

// Connects right after exchange() (the contract: the job is running, outcomes are queued) and
// waits by condition until the job reported and deleted itself.
Outcome run(TokenService& service, const TokenRequest& request, int timeoutMs = 10000)
{
    auto outcome = std::make_shared<Outcome>();
    QElapsedTimer clock;
    clock.start();
    TokenJob* job = service.exchange(request);
    QPointer<TokenJob> guard(job);
    QObject::connect(job, &TokenJob::succeeded, job, [outcome](const TokenResult& result) {
        outcome->result = result;
        ++outcome->outcomes;
    });
    QObject::connect(job, &TokenJob::failed, job, [outcome](const GraphError& error) {
        outcome->error = error;
        ++outcome->outcomes;
    });
    (void)QTest::qWaitFor([&] { return outcome->outcomes > 0 && guard.isNull(); }, timeoutMs);
    outcome->elapsedMs = clock.elapsed();
    outcome->deleted = guard.isNull();
    // A second outcome queued before the job was deleted would be delivered here.
    QCoreApplication::sendPostedEvents();
    return *outcome;
}

QByteArray describe(const Outcome& o)
{
    if (o.error)
        return "failed: " + o.error->kindId().toLatin1() + " http " + QByteArray::number(o.error->httpStatus) + " code "
            + QByteArray::number(o.error->code) + " msg " + o.error->message.toUtf8();
    if (o.result)
        return "succeeded";
    return "no outcome";
}

} // namespace

class TestTokenService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exchangeSendsExactRequest();
    void unversionedPathWhenApiVersionEmpty();
    void basePathAndRequestVersion();
    void threadsAndInstagramExchangeRequests();
    void expiresInAbsentMeansUnknownExpiry();
    void legacyExpiresField();
    void expiryIsResponseTimePlusExpiresIn();
    void expiresInAsString();

    void graphErrors_data();
    void graphErrors();

    void htmlFromProxyIsNotJson();
    void textJavascriptAccepted();
    void badBodies_data();
    void badBodies();
    void missingAccessToken();
    void connectionResetMidBody();
    void serverNeverAnswers();
    void idleTimeout();
    void dripFeedPastDeadline();
    void dripFeedWithinDeadlineSucceeds();
    void cancelIsImmediate();
    void connectionRefused();
    void plainHttpToRemoteHostRefusedBeforeSending_data();
    void plainHttpToRemoteHostRefusedBeforeSending();
    void httpsToMetaIsAttempted();
    void responseTooLarge();
    void rateLimitedWithRetryAfter();
    void serviceUnavailableHtmlWithRetryAfter();
    void crossOriginRedirectNotFollowed();
    void metaEchoingTheTokenDoesNotLeakIt();
    void nextExchangeSucceedsAfterFailure();
    void concurrentExchangesDoNotCrossTalk();

private:
    std::unique_ptr<GraphTestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    ServiceConfig m_config;

    std::unique_ptr<TokenService> makeService(Clock clock = [] { return fixedNow(); }) const
    {
        return std::make_unique<TokenService>(m_network.get(), m_config, std::move(clock));
    }
};

void TestTokenService::init()
{
    m_server = std::make_unique<GraphTestServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    // A system proxy (http_proxy in CI) must not sit between the client and the loopback server.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_config = ServiceConfig();
    m_config.facebookBaseUrl = m_server->baseUrl();
    m_config.threadsBaseUrl = m_server->baseUrl();
    m_config.instagramBaseUrl = m_server->baseUrl();
    m_config.deadlineMs = 8000;
}

void TestTokenService::cleanup()
{
    m_network.reset();
    m_server.reset();
}

void TestTokenService::exchangeSendsExactRequest()
{
    auto service = makeService();
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAALongLived/Token+1=="), 5183944));
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.result, describe(o).constData());
    QCOMPARE(o.outcomes, 1);
    QVERIFY(o.deleted);

    QCOMPARE(m_server->requestCount(), 1);
    const GraphTestServer::Request r = m_server->lastRequest();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v25.0/oauth/access_token"));
    QCOMPARE(r.queryKeys(), QStringList({QStringLiteral("grant_type"), QStringLiteral("client_id"),
                                         QStringLiteral("client_secret"), QStringLiteral("fb_exchange_token")}));
    QCOMPARE(r.queryValue(QStringLiteral("grant_type")), QStringLiteral("fb_exchange_token"));
    QCOMPARE(r.queryValue(QStringLiteral("client_id")), appId);
    QCOMPARE(r.queryValue(QStringLiteral("client_secret")), trickySecret);
    QCOMPARE(r.queryValue(QStringLiteral("fb_exchange_token")), shortToken);
    // Encoded on the wire: a raw '+' would be read as a space by Meta.
    QVERIFY2(r.rawQuery.contains("client_secret=ab%2Bcd%2Fef%3Dgh%2541ij%25"), r.rawQuery.constData());
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.header("Authorization").isEmpty());
    QVERIFY(r.header("User-Agent").startsWith("LongLived/"));

    const TokenResult& t = *o.result;
    QCOMPARE(t.platform, Platform::Facebook);
    QCOMPARE(t.accessToken, QStringLiteral("EAALongLived/Token+1=="));
    QCOMPARE(t.tokenType, QStringLiteral("bearer"));
    QCOMPARE(t.expiresIn, std::optional<qint64>(5183944));
    QCOMPARE(t.receivedAt, fixedNow());
    QCOMPARE(t.expiresAt, fixedNow().addSecs(5183944));
    QVERIFY(t.hasKnownExpiry());
    QVERIFY(!t.neverExpires);
}

void TestTokenService::unversionedPathWhenApiVersionEmpty()
{
    auto service = makeService();
    service->setApiVersion(QString());
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAlong")));
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.result, describe(o).constData());
    QCOMPARE(m_server->lastRequest().path, QStringLiteral("/oauth/access_token"));
    QCOMPARE(m_server->lastRequest().queryValue(QStringLiteral("grant_type")), QStringLiteral("fb_exchange_token"));

    service->setApiVersion(QStringLiteral("v24.0"));
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAlong")));
    QVERIFY(run(*service, facebookRequest()).result);
    QCOMPARE(m_server->lastRequest().path, QStringLiteral("/v24.0/oauth/access_token"));
}

void TestTokenService::basePathAndRequestVersion()
{
    // A base URL with a path (a gateway in front of Graph), with and without a trailing slash.
    QUrl base = m_server->baseUrl();
    base.setPath(QStringLiteral("/graph/"));
    m_config.facebookBaseUrl = base;
    auto service = makeService();
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAlong")));
    QVERIFY(run(*service, facebookRequest()).result);
    QCOMPARE(m_server->lastRequest().path, QStringLiteral("/graph/v25.0/oauth/access_token"));

    // TokenRequest::apiVersion, when set, wins over the service's version.
    TokenRequest request = facebookRequest();
    request.apiVersion = QStringLiteral("v23.0");
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAlong")));
    QVERIFY(run(*service, request).result);
    QCOMPARE(m_server->lastRequest().path, QStringLiteral("/graph/v23.0/oauth/access_token"));
}

void TestTokenService::threadsAndInstagramExchangeRequests()
{
    auto service = makeService();
    TokenRequest request;
    request.platform = Platform::Threads;
    request.appId = appId; // must not be sent: Threads takes no client_id
    request.appSecret = trickySecret;
    request.token = QStringLiteral("THshort+/=");
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("THlong"), 5184000));
    Outcome o = run(*service, request);
    QVERIFY2(o.result, describe(o).constData());
    QCOMPARE(o.result->platform, Platform::Threads);
    GraphTestServer::Request r = m_server->lastRequest();
    QCOMPARE(r.path, QStringLiteral("/access_token"));
    QCOMPARE(r.queryKeys(), QStringList({QStringLiteral("grant_type"), QStringLiteral("client_secret"),
                                         QStringLiteral("access_token")}));
    QCOMPARE(r.queryValue(QStringLiteral("grant_type")), QStringLiteral("th_exchange_token"));
    QCOMPARE(r.queryValue(QStringLiteral("client_secret")), trickySecret);
    QCOMPARE(r.queryValue(QStringLiteral("access_token")), QStringLiteral("THshort+/="));

    request.platform = Platform::Instagram;
    request.token = QStringLiteral("IGshort");
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("IGlong"), 5184000));
    o = run(*service, request);
    QVERIFY2(o.result, describe(o).constData());
    QCOMPARE(o.result->platform, Platform::Instagram);
    r = m_server->lastRequest();
    QCOMPARE(r.path, QStringLiteral("/access_token"));
    QCOMPARE(r.queryValue(QStringLiteral("grant_type")), QStringLiteral("ig_exchange_token"));
    QVERIFY(!r.hasQueryItem(QStringLiteral("client_id")));
}

void TestTokenService::expiresInAbsentMeansUnknownExpiry()
{
    auto service = makeService();
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAalreadyLong"), -1));
    // Without expires_in the service asks debug_token; when that fails too, the expiry stays
    // unknown: nothing is invented.
    m_server->enqueue(GraphTestServer::nestedError(400, 2, 0, QStringLiteral("An unexpected error has occurred.")));
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.result, describe(o).constData());
    QCOMPARE(o.result->accessToken, QStringLiteral("EAAalreadyLong"));
    QVERIFY(!o.result->expiresIn.has_value());
    QVERIFY(!o.result->expiresAt.isValid());
    QVERIFY(!o.result->hasKnownExpiry());
    QVERIFY(!o.result->neverExpires); // unknown is not "never"
    QCOMPARE(o.result->expirySource, TokenResult::ExpirySource::Unknown);
    QCOMPARE(o.result->receivedAt, fixedNow());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->lastRequest().path, QStringLiteral("/v25.0/debug_token"));
    QVERIFY(o.result->expiryLookupError.isError());

    // Threads without an App ID: no lookup possible, the expiry is simply unknown.
    TokenRequest threads;
    threads.platform = Platform::Threads;
    threads.appSecret = trickySecret;
    threads.token = QStringLiteral("THshort");
    m_server->clearRequests();
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("THlong"), -1));
    const Outcome t = run(*service, threads);
    QVERIFY2(t.result, describe(t).constData());
    QVERIFY(!t.result->hasKnownExpiry());
    QVERIFY(!t.result->neverExpires);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestTokenService::legacyExpiresField()
{
    auto service = makeService();
    m_server->enqueue(GraphTestServer::legacyExpiresResponse(QStringLiteral("EAAold"), 5183944));
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.result, describe(o).constData());
    QCOMPARE(o.result->expiresIn, std::optional<qint64>(5183944));
    QCOMPARE(o.result->expiresAt, fixedNow().addSecs(5183944));
}

void TestTokenService::expiryIsResponseTimePlusExpiresIn()
{
    // The clock answers T0 until the server has produced its answer, T1 afterwards: the
    // expiry must be computed from T1, the time the response arrived.
    const QDateTime t0 = fixedNow();
    const QDateTime t1 = t0.addSecs(7200);
    auto answered = std::make_shared<std::atomic<bool>>(false);
    m_server->setHandler([answered](const GraphTestServer::Request&) {
        answered->store(true);
        return GraphTestServer::tokenResponse(QStringLiteral("EAAlong"), 3600);
    });
    auto service = makeService([=] { return answered->load() ? t1 : t0; });
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.result, describe(o).constData());
    QCOMPARE(o.result->receivedAt, t1);
    QCOMPARE(o.result->expiresAt, t1.addSecs(3600));
    QCOMPARE(o.result->expiresAt.timeSpec(), Qt::UTC);
}

void TestTokenService::expiresInAsString()
{
    auto service = makeService();
    m_server->enqueue(Response::json(200, "{\"access_token\":\"EAAx\",\"token_type\":\"bearer\",\"expires_in\":\"60\"}"));
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.result, describe(o).constData());
    QCOMPARE(o.result->expiresAt, fixedNow().addSecs(60));
}

void TestTokenService::graphErrors_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<Response>("response");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("subcode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fbtraceId");
    QTest::addColumn<QString>("shown"); // what displayText must say (error_user_msg when present)

    const auto nested = [](int status, int code, int subcode, const QString& message) {
        return GraphTestServer::nestedError(status, code, subcode, message);
    };
    const auto row = [&](const char* name, Platform platform, const Response& response, Kind kind, bool retryable,
                         int code, int subcode, const QString& message, const QString& fbtrace) {
        QTest::newRow(name) << platform << response << kind << retryable << code << subcode << message << fbtrace
                            << message;
    };
    const auto fb = Platform::Facebook;
    const QString m101 = QStringLiteral("Error validating application. Invalid application ID.");
    const QString mSecret = QStringLiteral("Error validating client secret.");
    const QString m190 = QStringLiteral("Invalid OAuth access token - Cannot parse access token");
    const QString m463 = QStringLiteral("Error validating access token: Session has expired on Tuesday, 09-Jan-24 "
                                        "03:00:00 PST. The current time is Wednesday, 10-Jan-24 04:05:06 PST.");
    const QString m467 = QStringLiteral("Error validating access token: The session is invalid because the user "
                                        "logged out.");
    const QString m460 = QStringLiteral("Error validating access token: The session has been invalidated because "
                                        "the user changed their password or Facebook has changed the session for "
                                        "security reasons.");
    const QString m458 = QStringLiteral("Error validating access token: User 123 has not authorized application 456.");
    const QString m459 = QStringLiteral("Error validating access token: You cannot access the app till you log in to "
                                        "www.facebook.com and follow the instructions given.");
    const QString m464 = QStringLiteral("Error validating access token: Sessions for the user are not allowed "
                                        "because the user is not a confirmed user.");

    row("101 invalid app id", fb, nested(400, 101, 0, m101), Kind::InvalidAppId, false, 101, 0, m101, trace);
    row("1 client secret", fb, nested(400, 1, 0, mSecret), Kind::InvalidAppSecret, false, 1, 0, mSecret, trace);
    row("190 invalid", fb, nested(400, 190, 0, m190), Kind::TokenInvalid, false, 190, 0, m190, trace);
    row("190/463 expired", fb, nested(400, 190, 463, m463), Kind::TokenExpired, false, 190, 463, m463, trace);
    row("190/467 invalidated", fb, nested(400, 190, 467, m467), Kind::TokenInvalidated, false, 190, 467, m467, trace);
    row("190/460 password", fb, nested(400, 190, 460, m460), Kind::PasswordChanged, false, 190, 460, m460, trace);
    row("190/458 app removed", fb, nested(400, 190, 458, m458), Kind::AppRemoved, false, 190, 458, m458, trace);
    row("190/459 checkpoint", fb, nested(400, 190, 459, m459), Kind::AccountCheckpoint, false, 190, 459, m459, trace);
    row("190/464 unconfirmed", fb, nested(400, 190, 464, m464), Kind::AccountCheckpoint, false, 190, 464, m464,
        trace);
    const QString m4 = QStringLiteral("(#4) Application request limit reached");
    const QString m17 = QStringLiteral("(#17) User request limit reached");
    const QString m32 = QStringLiteral("(#32) Page request limit reached");
    const QString m613 = QStringLiteral("(#613) Calls to this api have exceeded the rate limit.");
    row("4 app rate limit", fb, nested(400, 4, 0, m4), Kind::RateLimited, true, 4, 0, m4, trace);
    row("17 user rate limit", fb, nested(400, 17, 0, m17), Kind::RateLimited, true, 17, 0, m17, trace);
    row("32 page rate limit", fb, nested(400, 32, 0, m32), Kind::RateLimited, true, 32, 0, m32, trace);
    row("613 custom rate limit", fb, nested(400, 613, 0, m613), Kind::RateLimited, true, 613, 0, m613, trace);
    const QString m1 = QStringLiteral("An unknown error has occurred.");
    const QString m2 = QStringLiteral("An unexpected error has occurred. Please retry your request later.");
    row("1 unknown", fb, nested(500, 1, 0, m1), Kind::TemporarilyUnavailable, true, 1, 0, m1, trace);
    row("2 temporary", fb, nested(503, 2, 0, m2), Kind::TemporarilyUnavailable, true, 2, 0, m2, trace);
    const QString m10 = QStringLiteral("(#10) Application does not have permission for this action");
    const QString m200 = QStringLiteral("(#200) Permissions error");
    const QString m299 = QStringLiteral("(#299) Requires extended permission");
    row("10 permission", fb, nested(403, 10, 0, m10), Kind::PermissionMissing, false, 10, 0, m10, trace);
    row("200 permission", fb, nested(403, 200, 0, m200), Kind::PermissionMissing, false, 200, 0, m200, trace);
    row("299 permission", fb, nested(403, 299, 0, m299), Kind::PermissionMissing, false, 299, 0, m299, trace);
    const QString m100 = QStringLiteral("Unsupported get request. Please read the Graph API documentation at "
                                        "https://developers.facebook.com/docs/graph-api");
    const QString m33 = QStringLiteral("Unsupported get request. Object with ID 'me' does not exist, cannot be "
                                       "loaded due to missing permissions, or does not support this operation.");
    row("100 unsupported", fb, nested(400, 100, 0, m100), Kind::UnsupportedRequest, false, 100, 0, m100, trace);
    row("100/33 unsupported", fb, nested(400, 100, 33, m33), Kind::UnsupportedRequest, false, 100, 33, m33, trace);
    row("33 unsupported", fb, nested(400, 33, 0, m33), Kind::UnsupportedRequest, false, 33, 0, m33, trace);

    const QString m1349026 = QStringLiteral("No application data was given. Please check that you are using the App "
                                            "ID of your Threads app.");
    row("1349026 flat threads", Platform::Threads, GraphTestServer::flatError(400, 1349026, m1349026),
        Kind::WrongAppPair, false, 1349026, 0, m1349026, QString());
    row("100 secret instagram", Platform::Instagram, nested(400, 100, 0, mSecret), Kind::InvalidAppSecret, false, 100,
        0, mSecret, trace);
    row("flat threads secret", Platform::Threads,
        GraphTestServer::flatError(400, 400, mSecret, QStringLiteral("OAuthException")), Kind::InvalidAppSecret,
        false, 400, 0, mSecret, QString());
    const QString mFlat = QStringLiteral("Invalid OAuth access token.");
    row("flat threads other", Platform::Threads,
        GraphTestServer::flatError(400, 400, mFlat, QStringLiteral("OAuthException")), Kind::ApiOther, false, 400, 0,
        mFlat, QString());
    row("flat threads 1 on 500", Platform::Threads, GraphTestServer::flatError(500, 1, m1), Kind::TemporarilyUnavailable,
        true, 1, 0, m1, QString());
    row("190 on HTTP 401 with WWW-Authenticate", fb, nested(401, 190, 0, m190), Kind::TokenInvalid, false, 190, 0,
        m190, trace);
    row("no fbtrace_id (old answer)", fb, GraphTestServer::nestedError(400, 190, 463, m463,
                                                                        QStringLiteral("OAuthException"), QString()),
        Kind::TokenExpired, false, 190, 463, m463, QString());

    const QString userMsg = QStringLiteral("Your password was changed. Please log in again.");
    QTest::newRow("error_user_msg preferred")
        << fb
        << GraphTestServer::nestedError(400, 190, 460, m460, QStringLiteral("OAuthException"), trace,
                                        QStringLiteral("Password changed"), userMsg)
        << Kind::PasswordChanged << false << 190 << 460 << m460 << trace << userMsg;
}

void TestTokenService::graphErrors()
{
    QFETCH(Platform, platform);
    QFETCH(Response, response);
    QFETCH(Kind, kind);
    QFETCH(bool, retryable);
    QFETCH(int, code);
    QFETCH(int, subcode);
    QFETCH(QString, message);
    QFETCH(QString, fbtraceId);
    QFETCH(QString, shown);

    auto service = makeService();
    m_server->enqueue(response);
    TokenRequest request = facebookRequest();
    request.platform = platform;
    const Outcome o = run(*service, request);
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.outcomes, 1);
    QVERIFY(o.deleted);
    const GraphError& e = *o.error;
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.isRetryable(), retryable);
    QCOMPARE(e.httpStatus, response.status);
    QCOMPARE(e.code, code);
    QCOMPARE(e.subcode, subcode);
    QCOMPARE(e.message, message);
    QCOMPARE(e.fbtraceId, fbtraceId);
    const QString text = e.displayText();
    QVERIFY2(text.contains(shown), qPrintable(text));
    QVERIFY(text.startsWith(e.title()));
    if (shown != message)
        QVERIFY2(!text.contains(message), qPrintable(text)); // error_user_msg replaces message
    if (!fbtraceId.isEmpty())
        QVERIFY2(text.contains(fbtraceId), qPrintable(text));
    QVERIFY(!text.contains(trickySecret));
    QVERIFY(!text.contains(shortToken));
    QCOMPARE(m_server->requestCount(), 1); // no silent retry inside the service
}

void TestTokenService::htmlFromProxyIsNotJson()
{
    auto service = makeService();
    // A proxy page that echoes the request URL, secret and token included.
    const QByteArray echoed = "<html><body><h1>502 Bad Gateway</h1><p>upstream failed for "
                              "/v25.0/oauth/access_token?client_secret="
        + trickySecret.toUtf8() + "&amp;fb_exchange_token=" + shortToken.toUtf8() + "</p></body></html>";
    m_server->enqueue(GraphTestServer::html(502, echoed));
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    const GraphError& e = *o.error;
    QCOMPARE(e.kind(), Kind::NotJson);
    QCOMPARE(e.httpStatus, 502);
    QCOMPARE(e.contentType, QStringLiteral("text/html"));
    QVERIFY(e.isRetryable());
    const QString everything = e.displayText() + e.title() + e.remedy() + e.message + e.userMessage + e.userTitle;
    QVERIFY2(everything.contains(QLatin1String("502")), qPrintable(everything));
    QVERIFY2(everything.contains(QLatin1String("text/html")), qPrintable(everything));
    QVERIFY(!everything.contains(QLatin1String("Bad Gateway</h1>")));
    QVERIFY(!everything.contains(QLatin1String("upstream failed")));
    QVERIFY(!everything.contains(QLatin1String("<html")));
    QVERIFY(!everything.contains(trickySecret));
    QVERIFY(!everything.contains(shortToken));
}

void TestTokenService::textJavascriptAccepted()
{
    auto service = makeService();
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAjs"), 100)
                          .withContentType("text/javascript; charset=UTF-8"));
    Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.result, describe(o).constData());
    QCOMPARE(o.result->accessToken, QStringLiteral("EAAjs"));

    // An error in the old content type is still a Graph error, not "not JSON".
    m_server->enqueue(GraphTestServer::nestedError(400, 190, 463, QStringLiteral("expired"))
                          .withContentType("text/javascript; charset=UTF-8"));
    o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::TokenExpired);
}

void TestTokenService::badBodies_data()
{
    QTest::addColumn<Response>("response");
    QTest::addColumn<int>("status");
    QTest::addRow("malformed JSON") << Response::json(200, "{\"access_token\":EAAabc,}") << 200;
    QTest::addRow("truncated JSON") << Response::json(200, "{\"access_token\":\"EAAabc\",\"token_ty") << 200;
    QTest::addRow("empty body") << Response::json(200, QByteArray()) << 200;
    QTest::addRow("JSON array") << Response::json(200, "[{\"access_token\":\"EAAabc\"}]") << 200;
    QTest::addRow("JSON string") << Response::json(200, "\"EAAabc\"") << 200;
    QTest::addRow("form encoded (pre-2.3 Graph)")
        << Response::json(200, "access_token=EAAabc&expires=5183944").withContentType("text/plain") << 200;
    QTest::addRow("empty 500") << Response::json(500, QByteArray()) << 500;
}

void TestTokenService::badBodies()
{
    QFETCH(Response, response);
    QFETCH(int, status);
    auto service = makeService();
    m_server->enqueue(response);
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::NotJson);
    QCOMPARE(o.error->httpStatus, status);
    QVERIFY(!o.error->displayText().contains(QLatin1String("EAAabc")));
    QVERIFY(!o.error->title().isEmpty());
}

void TestTokenService::missingAccessToken()
{
    auto service = makeService();
    m_server->enqueue(Response::json(200, "{\"token_type\":\"bearer\",\"expires_in\":5183944}"));
    Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::MissingField);

    m_server->enqueue(Response::json(200, "{\"access_token\":\"\"}"));
    o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::MissingField);

    // A JSON error body without a Graph error in it, on an HTTP error status.
    m_server->enqueue(Response::json(404, "{\"detail\":\"not here\"}"));
    o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::HttpError);
    QCOMPARE(o.error->httpStatus, 404);
    QVERIFY(!o.error->isRetryable());
}

void TestTokenService::connectionResetMidBody()
{
    auto service = makeService();
    // Default, not enqueued: should Qt resend the GET (it may when the close outruns the bytes),
    // the retry is cut the same way.
    m_server->setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAA") + QString(200, QLatin1Char('x')))
                                     .resetMidBody(40));
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::ConnectionReset);
    QVERIFY(o.error->isRetryable());
    QCOMPARE(o.outcomes, 1);
}

void TestTokenService::serverNeverAnswers()
{
    m_config.deadlineMs = 300;
    auto service = makeService();
    m_server->setDefaultResponse(Response::neverAnswer());
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::Timeout);
    QVERIFY(o.error->isRetryable());
    QVERIFY2(o.elapsedMs >= 280, QByteArray::number(o.elapsedMs).constData());
    QVERIFY2(o.elapsedMs < 3000, QByteArray::number(o.elapsedMs).constData());
    QCOMPARE(m_server->requestCount(), 1);
}

void TestTokenService::idleTimeout()
{
    // The idle timeout (no byte for idleTimeoutMs) fires before the overall deadline.
    m_config.idleTimeoutMs = 250;
    m_config.deadlineMs = 8000;
    auto service = makeService();
    m_server->setDefaultResponse(Response::neverAnswer());
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::Timeout);
    QVERIFY2(o.elapsedMs < 4000, QByteArray::number(o.elapsedMs).constData());
}

void TestTokenService::dripFeedPastDeadline()
{
    // Bytes keep coming (so no idle timeout), but the whole answer takes ~4 s: the overall
    // deadline must end it.
    m_config.deadlineMs = 300;
    m_config.idleTimeoutMs = 5000;
    auto service = makeService();
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAdrip")).dripFeed(50));
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::Timeout);
    QVERIFY2(o.elapsedMs >= 280 && o.elapsedMs < 3000, QByteArray::number(o.elapsedMs).constData());
}

void TestTokenService::dripFeedWithinDeadlineSucceeds()
{
    m_config.idleTimeoutMs = 1000;
    auto service = makeService();
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAslow"), 60).dripFeed(2));
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.result, describe(o).constData());
    QCOMPARE(o.result->accessToken, QStringLiteral("EAAslow"));
}

void TestTokenService::cancelIsImmediate()
{
    auto service = makeService();
    m_server->setDefaultResponse(Response::neverAnswer());
    TokenJob* job = service->exchange(facebookRequest());
    QPointer<TokenJob> guard(job);
    int failures = 0;
    int successes = 0;
    std::optional<GraphError> error;
    connect(job, &TokenJob::failed, job, [&](const GraphError& e) {
        ++failures;
        error = e;
    });
    connect(job, &TokenJob::succeeded, job, [&] { ++successes; });
    QTRY_COMPARE(m_server->requestCount(), 1); // the request is in flight

    QElapsedTimer clock;
    clock.start();
    job->cancel();
    // Synchronous, as TokenJob documents.
    QCOMPARE(failures, 1);
    QVERIFY(clock.elapsed() < 200);
    QCOMPARE(error->kind(), Kind::Canceled);
    QVERIFY(!error->isRetryable());
    QVERIFY(error->remedy().isEmpty());
    QTRY_VERIFY(guard.isNull()); // the job deletes itself
    QCOMPARE(failures, 1);
    QCOMPARE(successes, 0);

    // Canceling twice, or after the end, is harmless (the pointer is null now).
    if (guard)
        guard->cancel();
}

void TestTokenService::connectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    QUrl url = m_server->baseUrl();
    url.setPort(closedPort);
    m_config.facebookBaseUrl = url;
    auto service = makeService();
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::ConnectionRefused);
    QVERIFY(!o.error->remedy().isEmpty());
    QVERIFY(!o.error->displayText().contains(QString::number(closedPort))); // no URL in the text
}

void TestTokenService::plainHttpToRemoteHostRefusedBeforeSending_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addRow("example.invalid") << QUrl(QStringLiteral("http://example.invalid"));
    QTest::addRow("10.0.0.1") << QUrl(QStringLiteral("http://10.0.0.1:8765"));
    QTest::addRow("graph.facebook.com over http") << QUrl(QStringLiteral("http://graph.facebook.com"));
    QTest::addRow("loopback-looking name") << QUrl(QStringLiteral("http://127.0.0.1.example.invalid"));
    QTest::addRow("userinfo trick") << QUrl(QStringLiteral("http://127.0.0.1@example.invalid/"));
    QTest::addRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/"));
    // Loopback by name only: the hosts file, a resolver or a proxy decides where it goes.
    QTest::addRow("localhost") << QUrl(QStringLiteral("http://localhost:8765"));
    QTest::addRow("LOCALHOST.") << QUrl(QStringLiteral("http://LOCALHOST.:8765"));
}

void TestTokenService::plainHttpToRemoteHostRefusedBeforeSending()
{
    QFETCH(QUrl, base);
    // Every request this manager sends goes through the test server acting as an HTTP proxy:
    // had anything been sent (to any host), the server would have seen a connection.
    m_network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_server->port()));
    m_config.facebookBaseUrl = base;
    auto service = makeService();
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::InsecureUrl);
    QVERIFY(!o.error->isRetryable());
    QCOMPARE(o.outcomes, 1);
    QVERIFY(o.deleted);
    QCOMPARE(m_server->connectionCount(), 0);
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(!o.error->displayText().contains(base.toString()));
    QVERIFY(!o.error->displayText().contains(trickySecret));
}

void TestTokenService::httpsToMetaIsAttempted()
{
    // The default https://graph.facebook.com is allowed: through the test server as an HTTP
    // proxy, the only thing that leaves is a CONNECT to graph.facebook.com:443 (TLS inside).
    m_network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_server->port()));
    m_server->setDefaultResponse(Response::json(403, "{}").withHeader("Connection", "close"));
    ServiceConfig defaults;
    defaults.deadlineMs = 5000;
    TokenService service(m_network.get(), defaults, [] { return fixedNow(); });
    const Outcome o = run(service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QVERIFY(o.error->kind() != Kind::InsecureUrl);
    QTRY_VERIFY(m_server->requestCount() >= 1);
    const GraphTestServer::Request r = m_server->requests().constFirst();
    QCOMPARE(r.method, QByteArray("CONNECT"));
    QCOMPARE(r.rawTarget, QByteArray("graph.facebook.com:443"));
    QVERIFY(r.rawQuery.isEmpty()); // the secret stayed inside the (never established) TLS tunnel
}

void TestTokenService::responseTooLarge()
{
    m_config.maxResponseBytes = 4096;
    auto service = makeService();
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAA") + QString(256 * 1024, QLatin1Char('z'))));
    Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::ResponseTooLarge);
    QCOMPARE(o.outcomes, 1);

    // Just under the cap is fine.
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAA") + QString(3000, QLatin1Char('z'))));
    o = run(*service, facebookRequest());
    QVERIFY2(o.result, describe(o).constData());
}

void TestTokenService::rateLimitedWithRetryAfter()
{
    auto service = makeService();
    m_server->enqueue(
        GraphTestServer::nestedError(429, 4, 0, QStringLiteral("(#4) Application request limit reached"))
            .withHeader("Retry-After", "120"));
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::RateLimited);
    QCOMPARE(o.error->httpStatus, 429);
    QCOMPARE(o.error->retryAfterSeconds, 120);
    QVERIFY(o.error->isRetryable());
    QVERIFY2(o.error->remedy().contains(QLatin1String("120")), qPrintable(o.error->remedy()));
}

void TestTokenService::serviceUnavailableHtmlWithRetryAfter()
{
    auto service = makeService();
    // HTTP-date form, relative to the injected clock (2026-03-01 12:00:00 UTC).
    m_server->enqueue(GraphTestServer::html(503).withHeader("Retry-After", "Sun, 01 Mar 2026 12:00:30 GMT"));
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::NotJson);
    QCOMPARE(o.error->httpStatus, 503);
    QCOMPARE(o.error->retryAfterSeconds, 30);
    QVERIFY(o.error->isRetryable());
}

void TestTokenService::crossOriginRedirectNotFollowed()
{
    // A redirect to another origin would carry the secret (in the URL it points to, or
    // re-sent) to a host the user never chose: it must not be followed.
    GraphTestServer other;
    QVERIFY(other.start());
    other.setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAstolen")));
    QUrl target = other.baseUrl();
    target.setPath(QStringLiteral("/v25.0/oauth/access_token"));
    m_server->enqueue(Response::json(302, "{}").withHeader("Location", target.toEncoded()));
    auto service = makeService();
    const Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error, describe(o).constData());
    QCOMPARE(o.error->kind(), Kind::RedirectRefused);
    QVERIFY(!o.error->isRetryable()); // it would only be redirected again
    QVERIFY2(o.error->displayText().contains(QLatin1String("redirected")), qPrintable(o.error->displayText()));
    QCOMPARE(other.connectionCount(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestTokenService::metaEchoingTheTokenDoesNotLeakIt()
{
    // Graph answers "Malformed access token <the token>" for some inputs: the error the
    // user sees must not carry the token (or the secret) verbatim.
    const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QString token = QStringLiteral("EAAGmalformed0123456789ABCDEFGHIJ");
    auto service = makeService();
    m_server->enqueue(GraphTestServer::nestedError(400, 190, 0, QStringLiteral("Malformed access token ") + token,
                                                   QStringLiteral("OAuthException"), trace,
                                                   QStringLiteral("Bad token ") + token,
                                                   QStringLiteral("The token ") + token + QStringLiteral(" with ")
                                                       + secret + QStringLiteral(" is malformed")));
    const Outcome o = run(*service, facebookRequest(secret, token));
    QVERIFY2(o.error, describe(o).constData());
    const GraphError& e = *o.error;
    QCOMPARE(e.kind(), Kind::TokenInvalid);
    for (const QString& text : {e.message, e.userMessage, e.userTitle, e.displayText()}) {
        QVERIFY2(!text.contains(token), qPrintable(text));
        QVERIFY2(!text.contains(secret), qPrintable(text));
    }
    QVERIFY(e.message.startsWith(QLatin1String("Malformed access token "))); // the rest of Meta's words stay
}

void TestTokenService::nextExchangeSucceedsAfterFailure()
{
    m_config.deadlineMs = 400;
    auto service = makeService();

    m_server->setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAA") + QString(100, QLatin1Char('r')))
                                     .resetMidBody());
    Outcome o = run(*service, facebookRequest());
    QVERIFY2(o.error && o.error->kind() == Kind::ConnectionReset, describe(o).constData());
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAafterReset")));
    o = run(*service, facebookRequest());
    QVERIFY2(o.result, describe(o).constData());
    QCOMPARE(o.result->accessToken, QStringLiteral("EAAafterReset"));

    m_server->enqueue(GraphTestServer::nestedError(400, 190, 463, QStringLiteral("expired")));
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAafterError")));
    o = run(*service, facebookRequest());
    QVERIFY2(o.error && o.error->kind() == Kind::TokenExpired, describe(o).constData());
    o = run(*service, facebookRequest());
    QVERIFY2(o.result, describe(o).constData());
    QCOMPARE(o.result->accessToken, QStringLiteral("EAAafterError"));

    m_server->enqueue(Response::neverAnswer());
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAafterTimeout")));
    o = run(*service, facebookRequest());
    QVERIFY2(o.error && o.error->kind() == Kind::Timeout, describe(o).constData());
    o = run(*service, facebookRequest());
    QVERIFY2(o.result, describe(o).constData());
    QCOMPARE(o.result->accessToken, QStringLiteral("EAAafterTimeout"));
    QCOMPARE(m_server->pendingResponses(), 0);
}

void TestTokenService::concurrentExchangesDoNotCrossTalk()
{
    // Answers depend on the request (slowest first), so each job must get its own answer.
    m_server->setHandler([](const GraphTestServer::Request& request) {
        const QString token = request.queryValue(QStringLiteral("fb_exchange_token"));
        const int delay = 300 - token.right(1).toInt() * 50;
        return GraphTestServer::tokenResponse(QStringLiteral("LONG-") + token, 3600).delayed(delay);
    });
    auto service = makeService();
    QList<QPointer<TokenJob>> jobs;
    QMap<int, QString> results;
    for (int i = 0; i < 5; ++i) {
        TokenJob* job = service->exchange(facebookRequest(trickySecret, QStringLiteral("EAAshort%1").arg(i)));
        connect(job, &TokenJob::succeeded, job, [&results, i](const TokenResult& r) { results.insert(i, r.accessToken); });
        jobs << job;
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, 10000);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(results.value(i), QStringLiteral("LONG-EAAshort%1").arg(i));
    QCOMPARE(m_server->requestCount(), 5);
    QTRY_VERIFY(std::all_of(jobs.cbegin(), jobs.cend(), [](const QPointer<TokenJob>& j) { return j.isNull(); }));
}

QTEST_GUILESS_MAIN(TestTokenService)
#include "TestTokenService.moc"
