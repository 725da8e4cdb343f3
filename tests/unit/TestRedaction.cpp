// End to end: exchanges that succeed and fail in every way, with ALL logging switched on
// (every category, debug included, Qt's own too), must never let the App Secret or a token
// reach a log line or any text of the resulting GraphError.

#include "graph/GraphError.h"
#include "GraphTestServer.h"
#include "LogCapture.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenJob.h"
#include "graph/TokenService.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QtTest>

#include <optional>

using Kind = GraphError::Kind;
using Response = GraphTestServer::Response;

namespace {

// Sentinels: unmistakable, with the characters that get percent-encoded.
const QString sentinelSecret = QStringLiteral("SeNtInElSeCrEt+/=%0123456789abcdef");
const QString sentinelToken = QStringLiteral("EAASeNtInElToKeN0123456789abcdefXYZ");
const QString sentinelLongToken = QStringLiteral("EAALoNgSeNtInEl0123456789abcdefXYZ");

// The forms a sentinel could take in a log line: plain, percent-encoded (either hex case),
// JSON-escaped, and the distinctive middle part alone.
QStringList formsOf(const QString& value)
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    QString json = value;
    json.replace(QLatin1Char('/'), QLatin1String("\\/"));
    return {value, encoded, encoded.toLower(), json, QStringLiteral("SeNtInEl"), QStringLiteral("LoNgSeNtInEl")};
}

struct Outcome {
    std::optional<TokenResult> result;
    std::optional<GraphError> error;
};

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void scenarios_data();
    void scenarios();
    void cancelAndInsecureUrl();

private:
    Outcome run(TokenService& service, const TokenRequest& request);
    void verifyClean(const Outcome& outcome);

    std::unique_ptr<GraphTestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    ServiceConfig m_config;
};

void TestRedaction::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
}

void TestRedaction::cleanupTestCase()
{
    QLoggingCategory::setFilterRules(QString());
}

void TestRedaction::init()
{
    m_server = std::make_unique<GraphTestServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_config = ServiceConfig();
    m_config.facebookBaseUrl = m_server->baseUrl();
    m_config.threadsBaseUrl = m_server->baseUrl();
    m_config.instagramBaseUrl = m_server->baseUrl();
    m_config.deadlineMs = 5000;
    LogCapture::start();
}

void TestRedaction::cleanup()
{
    // Tear down while still capturing: destructors log too.
    m_network.reset();
    m_server.reset();
    LogCapture::stop();
}

Outcome TestRedaction::run(TokenService& service, const TokenRequest& request)
{
    auto outcome = std::make_shared<Outcome>();
    TokenJob* job = service.exchange(request);
    QPointer<TokenJob> guard(job);
    connect(job, &TokenJob::succeeded, job, [outcome](const TokenResult& r) { outcome->result = r; });
    connect(job, &TokenJob::failed, job, [outcome](const GraphError& e) { outcome->error = e; });
    (void)QTest::qWaitFor([&] { return guard.isNull(); }, 10000);
    return *outcome;
}

void TestRedaction::verifyClean(const Outcome& outcome)
{
    const QStringList lines = LogCapture::lines();
    // The capture works: our own categories said something about the call.
    QVERIFY2(LogCapture::heardLongLived(), qPrintable(lines.join(QLatin1Char('\n'))));

    for (const QString& line : lines) {
        for (const QString& value : {sentinelSecret, sentinelToken, sentinelLongToken}) {
            for (const QString& form : formsOf(value))
                QVERIFY2(!line.contains(form), qPrintable(QStringLiteral("log line leaks '%1': %2").arg(form, line)));
        }
    }
    QList<GraphError> errors;
    if (outcome.error)
        errors << *outcome.error;
    if (outcome.result)
        errors << outcome.result->expiryLookupError; // the debug_token lookup's error, if any
    for (const GraphError& e : std::as_const(errors)) {
        for (const QString& text : {e.displayText(), e.title(), e.remedy(), e.message, e.userMessage, e.userTitle,
                                    e.type, e.contentType, e.kindId()}) {
            for (const QString& value : {sentinelSecret, sentinelToken, sentinelLongToken}) {
                for (const QString& form : formsOf(value))
                    QVERIFY2(!text.contains(form), qPrintable(QStringLiteral("error text leaks: ") + text));
            }
        }
    }
}

void TestRedaction::scenarios_data()
{
    QTest::addColumn<QList<Response>>("responses");
    QTest::addColumn<Kind>("kind"); // None: success
    QTest::addColumn<int>("deadlineMs");

    const auto error = [](int status, int code, int subcode, const QString& message) {
        return GraphTestServer::nestedError(status, code, subcode, message);
    };
    QTest::addRow("success") << QList<Response>{GraphTestServer::tokenResponse(sentinelLongToken, 5183944)}
                             << Kind::None << 5000;
    QTest::addRow("success, expiry from debug_token")
        << QList<Response>{GraphTestServer::tokenResponse(sentinelLongToken, -1),
                           Response::json(200, "{\"data\":{\"app_id\":\"1234567890123456\",\"type\":\"USER\","
                                               "\"is_valid\":true,\"expires_at\":1777777777,\"scopes\":[]}}")}
        << Kind::None << 5000;
    QTest::addRow("success, debug_token fails echoing the app token")
        << QList<Response>{GraphTestServer::tokenResponse(sentinelLongToken, -1),
                           error(400, 190, 0, QStringLiteral("Malformed access token 1234567890123456|")
                                                  + sentinelSecret)}
        << Kind::None << 5000;
    QTest::addRow("expired") << QList<Response>{error(400, 190, 463, QStringLiteral("Session has expired"))}
                             << Kind::TokenExpired << 5000;
    QTest::addRow("wrong secret") << QList<Response>{error(400, 1, 0, QStringLiteral("Error validating client secret."))}
                                  << Kind::InvalidAppSecret << 5000;
    QTest::addRow("Meta echoes the token")
        << QList<Response>{GraphTestServer::nestedError(400, 190, 0, QStringLiteral("Malformed access token ")
                                                                          + sentinelToken,
                                                        QStringLiteral("OAuthException"), QStringLiteral("Tr4ce"),
                                                        sentinelToken, QStringLiteral("Secret ") + sentinelSecret)}
        << Kind::TokenInvalid << 5000;
    QTest::addRow("flat shape echoing the secret")
        << QList<Response>{GraphTestServer::flatError(400, 400, QStringLiteral("Bad client_secret=")
                                                                     + sentinelSecret,
                                                      QStringLiteral("OAuthException"))}
        << Kind::ApiOther << 5000;
    QTest::addRow("proxy page echoing the URL")
        << QList<Response>{GraphTestServer::html(
               502, "<html>502 for /oauth/access_token?client_secret="
                        + QUrl::toPercentEncoding(sentinelSecret) + "&fb_exchange_token=" + sentinelToken.toUtf8()
                        + "</html>")}
        << Kind::NotJson << 5000;
    QTest::addRow("rate limited") << QList<Response>{error(429, 4, 0, QStringLiteral("(#4) limit"))
                                                         .withHeader("Retry-After", "60")}
                                  << Kind::RateLimited << 5000;
    QTest::addRow("reset mid body")
        << QList<Response>{GraphTestServer::tokenResponse(sentinelLongToken).resetMidBody(30)}
        << Kind::ConnectionReset << 5000;
    QTest::addRow("never answers") << QList<Response>{Response::neverAnswer()} << Kind::Timeout << 300;
    QTest::addRow("drip past deadline")
        << QList<Response>{GraphTestServer::tokenResponse(sentinelLongToken).dripFeed(40)} << Kind::Timeout << 300;
    QTest::addRow("too large") << QList<Response>{GraphTestServer::tokenResponse(sentinelLongToken + QString(
                                                                                     2 * 1024 * 1024, QLatin1Char('x')))}
                               << Kind::ResponseTooLarge << 5000;
    QTest::addRow("missing field") << QList<Response>{Response::json(200, "{\"token_type\":\"bearer\"}")}
                                   << Kind::MissingField << 5000;
}

void TestRedaction::scenarios()
{
    QFETCH(QList<Response>, responses);
    QFETCH(Kind, kind);
    QFETCH(int, deadlineMs);
    for (const Response& response : responses)
        m_server->enqueue(response);
    // Should Qt resend a GET whose connection closed early, the retry gets the same treatment.
    m_server->setDefaultResponse(responses.constLast());
    m_config.deadlineMs = deadlineMs;
    TokenService service(m_network.get(), m_config);
    TokenRequest request;
    request.appId = QStringLiteral("1234567890123456");
    request.appSecret = sentinelSecret;
    request.token = sentinelToken;
    const Outcome outcome = run(service, request);
    if (kind == Kind::None) {
        QVERIFY(outcome.result);
        QCOMPARE(outcome.result->accessToken, sentinelLongToken);
    } else {
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), kind);
    }
    // The server did receive the real secret: the test would notice a request without it.
    QCOMPARE(m_server->requests().constFirst().queryValue(QStringLiteral("client_secret")), sentinelSecret);
    verifyClean(outcome);
}

void TestRedaction::cancelAndInsecureUrl()
{
    TokenRequest request;
    request.appId = QStringLiteral("1234567890123456");
    request.appSecret = sentinelSecret;
    request.token = sentinelToken;

    m_server->setDefaultResponse(Response::neverAnswer());
    TokenService service(m_network.get(), m_config);
    TokenJob* job = service.exchange(request);
    std::optional<GraphError> canceled;
    connect(job, &TokenJob::failed, job, [&](const GraphError& e) { canceled = e; });
    QTRY_COMPARE(m_server->requestCount(), 1);
    job->cancel();
    QVERIFY(canceled);
    QCOMPARE(canceled->kind(), Kind::Canceled);
    verifyClean({std::nullopt, canceled});

    ServiceConfig remote = m_config;
    remote.facebookBaseUrl = QUrl(QStringLiteral("http://user:") + QString::fromLatin1(QUrl::toPercentEncoding(sentinelSecret))
                                  + QStringLiteral("@example.invalid/"));
    TokenService insecure(m_network.get(), remote);
    const Outcome outcome = run(insecure, request);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), Kind::InsecureUrl);
    verifyClean(outcome);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "TestRedaction.moc"
