// ResponseParser: bytes to a result or a typed error, as pure functions.

#include "graph/ResponseParser.h"

#include <QJsonDocument>
#include <QtTest>

#include <ctime>

using Kind = GraphError::Kind;

namespace {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
}

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void fromNetworkError_data();
    void fromNetworkError();
    void parseBody_data();
    void parseBody();
    void nestedErrorKeepsEveryField();
    void flatShapesKeepTheMessage();
    void notJsonNeverCarriesTheBody();
    void parseToken_data();
    void parseToken();
    void parseTokenConvertsToUtc();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void parseRetryAfterIgnoresTheLocalTimeZone_data();
    void parseRetryAfterIgnoresTheLocalTimeZone();
};

void TestResponseParser::fromNetworkError_data()
{
    using E = QNetworkReply::NetworkError;
    QTest::addColumn<E>("error");
    QTest::addColumn<Kind>("kind");
    QTest::addRow("none") << E::NoError << Kind::None;
    QTest::addRow("refused") << E::ConnectionRefusedError << Kind::ConnectionRefused;
    QTest::addRow("host not found") << E::HostNotFoundError << Kind::HostNotFound;
    QTest::addRow("tls") << E::SslHandshakeFailedError << Kind::TlsFailure;
    QTest::addRow("timeout") << E::TimeoutError << Kind::Timeout;
    QTest::addRow("canceled by transfer timeout") << E::OperationCanceledError << Kind::Timeout;
    QTest::addRow("remote closed") << E::RemoteHostClosedError << Kind::ConnectionReset;
    QTest::addRow("proxy refused") << E::ProxyConnectionRefusedError << Kind::ProxyFailure;
    QTest::addRow("proxy closed") << E::ProxyConnectionClosedError << Kind::ProxyFailure;
    QTest::addRow("proxy not found") << E::ProxyNotFoundError << Kind::ProxyFailure;
    QTest::addRow("proxy timeout") << E::ProxyTimeoutError << Kind::ProxyFailure;
    QTest::addRow("proxy auth") << E::ProxyAuthenticationRequiredError << Kind::ProxyFailure;
    QTest::addRow("temporary network") << E::TemporaryNetworkFailureError << Kind::NetworkFailure;
    QTest::addRow("insecure redirect") << E::InsecureRedirectError << Kind::RedirectRefused;
    QTest::addRow("too many redirects") << E::TooManyRedirectsError << Kind::RedirectRefused;
    QTest::addRow("unknown network") << E::UnknownNetworkError << Kind::NetworkFailure;
    // HTTP-level errors: the body says more, so no transport error.
    QTest::addRow("404") << E::ContentNotFoundError << Kind::None;
    QTest::addRow("403") << E::ContentAccessDenied << Kind::None;
    QTest::addRow("400") << E::ProtocolInvalidOperationError << Kind::None;
    QTest::addRow("500") << E::InternalServerError << Kind::None;
    QTest::addRow("503") << E::ServiceUnavailableError << Kind::None;
    QTest::addRow("unknown server") << E::UnknownServerError << Kind::None;
}

void TestResponseParser::fromNetworkError()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(Kind, kind);
    QCOMPARE(ResponseParser::fromNetworkError(error).kind(), kind);
}

void TestResponseParser::parseBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind"); // None: the JSON object comes back

    const QByteArray json = "application/json; charset=UTF-8";
    QTest::addRow("token") << 200 << json
                           << QByteArray("{\"access_token\":\"EAAx\",\"token_type\":\"bearer\",\"expires_in\":5183944}")
                           << Kind::None;
    QTest::addRow("token, text/javascript") << 200 << QByteArray("text/javascript; charset=UTF-8")
                                            << QByteArray("{\"access_token\":\"EAAx\"}") << Kind::None;
    QTest::addRow("token, no content type") << 200 << QByteArray() << QByteArray("{\"access_token\":\"EAAx\"}")
                                            << Kind::None;
    QTest::addRow("escaped slashes") << 200 << json << QByteArray("{\"access_token\":\"EAA\\/x\"}") << Kind::None;
    QTest::addRow("empty object 200") << 200 << json << QByteArray("{}") << Kind::None;
    QTest::addRow("nested 190/463") << 400 << json
                                    << QByteArray("{\"error\":{\"message\":\"expired\",\"type\":\"OAuthException\","
                                                  "\"code\":190,\"error_subcode\":463,\"fbtrace_id\":\"A\"}}")
                                    << Kind::TokenExpired;
    QTest::addRow("nested on 200") << 200 << json << QByteArray("{\"error\":{\"code\":4}}") << Kind::RateLimited;
    QTest::addRow("nested, codes as strings") << 400 << json
                                              << QByteArray("{\"error\":{\"code\":\"190\",\"error_subcode\":\"463\"}}")
                                              << Kind::TokenExpired;
    QTest::addRow("nested, empty error") << 400 << json << QByteArray("{\"error\":{}}") << Kind::ApiOther;
    QTest::addRow("flat error_code") << 400 << json
                                     << QByteArray("{\"error_message\":\"No application data\",\"error_code\":1349026}")
                                     << Kind::WrongAppPair;
    QTest::addRow("flat code + error_type") << 400 << json
                                            << QByteArray("{\"error_type\":\"OAuthException\",\"code\":400,"
                                                          "\"error_message\":\"Error validating client secret.\"}")
                                            << Kind::InvalidAppSecret;
    QTest::addRow("flat 1 on 500") << 500 << json
                                   << QByteArray("{\"error_message\":\"An unknown error has occurred.\",\"error_code\":1}")
                                   << Kind::TemporarilyUnavailable;
    QTest::addRow("oauth-style string error") << 400 << json
                                              << QByteArray("{\"error\":\"invalid_request\",\"error_description\":\"x\"}")
                                              << Kind::ApiOther;
    QTest::addRow("json without error on 404") << 404 << json << QByteArray("{\"detail\":\"nope\"}")
                                               << Kind::HttpError;
    QTest::addRow("json without error on 500") << 500 << json << QByteArray("{}") << Kind::HttpError;
    QTest::addRow("html 502") << 502 << QByteArray("text/html") << QByteArray("<html>Bad Gateway</html>")
                              << Kind::NotJson;
    QTest::addRow("html 200") << 200 << QByteArray("text/html") << QByteArray("<html>captive portal</html>")
                              << Kind::NotJson;
    QTest::addRow("empty") << 200 << json << QByteArray() << Kind::NotJson;
    QTest::addRow("whitespace") << 200 << json << QByteArray(" \r\n") << Kind::NotJson;
    QTest::addRow("truncated") << 200 << json << QByteArray("{\"access_token\":\"EA") << Kind::NotJson;
    QTest::addRow("malformed") << 200 << json << QByteArray("{access_token:EAA}") << Kind::NotJson;
    QTest::addRow("array") << 200 << json << QByteArray("[{\"access_token\":\"EAAx\"}]") << Kind::NotJson;
    QTest::addRow("null") << 200 << json << QByteArray("null") << Kind::NotJson;
    QTest::addRow("form encoded") << 200 << QByteArray("text/plain") << QByteArray("access_token=EAAx&expires=60")
                                  << Kind::NotJson;
    QTest::addRow("binary") << 200 << json << QByteArray("\x00\xff\xfe{", 4) << Kind::NotJson;
}

void TestResponseParser::parseBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    const auto parsed = ResponseParser::parseBody(status, contentType, body);
    if (kind == Kind::None) {
        if (const auto* error = std::get_if<GraphError>(&parsed))
            QFAIL(qPrintable(error->kindId()));
        return;
    }
    QVERIFY(std::holds_alternative<GraphError>(parsed));
    const GraphError& error = std::get<GraphError>(parsed);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus, status);
}

void TestResponseParser::nestedErrorKeepsEveryField()
{
    const QByteArray body = "{\"error\":{\"message\":\"Error validating access token: Session has expired\",\"type\":"
                            "\"OAuthException\",\"code\":190,\"error_subcode\":463,\"is_transient\":false,"
                            "\"error_user_title\":\"Session expired\",\"error_user_msg\":\"Please log in again.\","
                            "\"fbtrace_id\":\"A1b2C3d4E5f\"}}";
    const auto parsed = ResponseParser::parseBody(400, "application/json; charset=UTF-8", body);
    QVERIFY(std::holds_alternative<GraphError>(parsed));
    const GraphError& e = std::get<GraphError>(parsed);
    QCOMPARE(e.kind(), Kind::TokenExpired);
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.code, 190);
    QCOMPARE(e.subcode, 463);
    QCOMPARE(e.type, QStringLiteral("OAuthException"));
    QCOMPARE(e.message, QStringLiteral("Error validating access token: Session has expired"));
    QCOMPARE(e.userTitle, QStringLiteral("Session expired"));
    QCOMPARE(e.userMessage, QStringLiteral("Please log in again."));
    QCOMPARE(e.fbtraceId, QStringLiteral("A1b2C3d4E5f"));
    QVERIFY(e.displayText().contains(QLatin1String("A1b2C3d4E5f")));
    QVERIFY(e.displayText().contains(QLatin1String("Please log in again.")));

    // graphError() alone: no Graph error in a token response.
    QVERIFY(!ResponseParser::graphError(object("{\"access_token\":\"EAAx\"}")).isError());
}

void TestResponseParser::flatShapesKeepTheMessage()
{
    GraphError e = ResponseParser::graphError(
        object("{\"error_type\":\"OAuthException\",\"code\":400,\"error_message\":\"Invalid OAuth access token.\"}"), 400);
    QCOMPARE(e.code, 400);
    QCOMPARE(e.type, QStringLiteral("OAuthException"));
    QCOMPARE(e.message, QStringLiteral("Invalid OAuth access token."));
    QCOMPARE(e.httpStatus, 400);
    QVERIFY(e.displayText().contains(e.message));

    e = ResponseParser::graphError(object("{\"error_message\":\"No application data was given.\",\"error_code\":1349026}"),
                                   400);
    QCOMPARE(e.kind(), Kind::WrongAppPair);
    QCOMPARE(e.code, 1349026);
    QCOMPARE(e.message, QStringLiteral("No application data was given."));

    // error_code wins over code when both are present.
    e = ResponseParser::graphError(object("{\"error_message\":\"x\",\"error_code\":1349026,\"code\":400}"));
    QCOMPARE(e.code, 1349026);

    e = ResponseParser::graphError(object("{\"error_message\":\"An unknown error has occurred.\",\"error_code\":1}"),
                                   500);
    QCOMPARE(e.kind(), Kind::TemporarilyUnavailable);
    QVERIFY(e.isRetryable());
}

void TestResponseParser::notJsonNeverCarriesTheBody()
{
    const QByteArray secret = "s3cr3tVALUEfromTheQuery";
    const QByteArray body = "<html><body>Upstream error for /oauth/access_token?client_secret=" + secret
        + "</body></html>";
    const auto parsed = ResponseParser::parseBody(502, "text/html; charset=utf-8", body);
    QVERIFY(std::holds_alternative<GraphError>(parsed));
    const GraphError& e = std::get<GraphError>(parsed);
    QCOMPARE(e.kind(), Kind::NotJson);
    QCOMPARE(e.contentType, QStringLiteral("text/html")); // media type only
    for (const QString& text : {e.title(), e.remedy(), e.displayText(), e.message, e.userMessage, e.userTitle}) {
        QVERIFY(!text.contains(QString::fromLatin1(secret)));
        QVERIFY(!text.contains(QLatin1String("Upstream")));
        QVERIFY(!text.contains(QLatin1String("<html")));
    }
    // A huge content type is cut.
    const auto odd = ResponseParser::parseBody(502, QByteArray(5000, 'x'), "<html>");
    QVERIFY(std::get<GraphError>(odd).contentType.size() <= 100);
}

void TestResponseParser::parseToken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("tokenType");
    QTest::addColumn<qint64>("expiresIn"); // -1: absent
    QTest::addColumn<bool>("knownExpiry");

    QTest::addRow("full") << QByteArray("{\"access_token\":\"EAAx\",\"token_type\":\"bearer\",\"expires_in\":5183944}")
                          << true << QStringLiteral("bearer") << qint64(5183944) << true;
    QTest::addRow("threads") << QByteArray("{\"access_token\":\"THx\",\"token_type\":\"bearer\",\"expires_in\":5184000}")
                             << true << QStringLiteral("bearer") << qint64(5184000) << true;
    QTest::addRow("no expires_in") << QByteArray("{\"access_token\":\"EAAx\",\"token_type\":\"bearer\"}") << true
                                   << QStringLiteral("bearer") << qint64(-1) << false;
    QTest::addRow("legacy expires") << QByteArray("{\"access_token\":\"EAAx\",\"expires\":3600}") << true << QString()
                                    << qint64(3600) << true;
    QTest::addRow("expires_in wins over expires") << QByteArray("{\"access_token\":\"EAAx\",\"expires_in\":60,\"expires\":3600}")
                                                  << true << QString() << qint64(60) << true;
    QTest::addRow("expires_in as string") << QByteArray("{\"access_token\":\"EAAx\",\"expires_in\":\"60\"}") << true
                                          << QString() << qint64(60) << true;
    QTest::addRow("expires_in 0") << QByteArray("{\"access_token\":\"EAAx\",\"expires_in\":0}") << true << QString()
                                  << qint64(0) << false;
    QTest::addRow("expires_in negative") << QByteArray("{\"access_token\":\"EAAx\",\"expires_in\":-5}") << true
                                         << QString() << qint64(-1) << false;
    QTest::addRow("expires_in absurd") << QByteArray("{\"access_token\":\"EAAx\",\"expires_in\":1e300}") << true
                                       << QString() << qint64(-1) << false;
    QTest::addRow("expires_in garbage") << QByteArray("{\"access_token\":\"EAAx\",\"expires_in\":\"soon\"}") << true
                                        << QString() << qint64(-1) << false;
    QTest::addRow("threads code exchange: numeric user_id, no token_type")
        << QByteArray("{\"access_token\":\"THx\",\"user_id\":17841400000000000}") << true << QString() << qint64(-1)
        << false;
    QTest::addRow("no access_token") << QByteArray("{\"token_type\":\"bearer\",\"expires_in\":60}") << false
                                     << QString() << qint64(-1) << false;
    QTest::addRow("empty access_token") << QByteArray("{\"access_token\":\"\"}") << false << QString() << qint64(-1)
                                        << false;
    QTest::addRow("numeric access_token") << QByteArray("{\"access_token\":12345}") << false << QString()
                                          << qint64(-1) << false;
}

void TestResponseParser::parseToken()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, tokenType);
    QFETCH(qint64, expiresIn);
    QFETCH(bool, knownExpiry);

    const auto parsed = ResponseParser::parseToken(object(json), Platform::Threads, fixedNow());
    if (!ok) {
        QVERIFY(std::holds_alternative<GraphError>(parsed));
        QCOMPARE(std::get<GraphError>(parsed).kind(), Kind::MissingField);
        return;
    }
    QVERIFY(std::holds_alternative<TokenResult>(parsed));
    const TokenResult& t = std::get<TokenResult>(parsed);
    QCOMPARE(t.platform, Platform::Threads);
    QVERIFY(!t.accessToken.isEmpty());
    QCOMPARE(t.tokenType, tokenType);
    QCOMPARE(t.receivedAt, fixedNow());
    if (expiresIn < 0)
        QVERIFY(!t.expiresIn.has_value());
    else
        QCOMPARE(t.expiresIn, std::optional<qint64>(expiresIn));
    QCOMPARE(t.hasKnownExpiry(), knownExpiry);
    if (knownExpiry) {
        QCOMPARE(t.expiresAt, fixedNow().addSecs(expiresIn));
        QCOMPARE(t.expirySource, TokenResult::ExpirySource::Response);
    } else {
        QVERIFY(!t.expiresAt.isValid());
        QVERIFY(!t.neverExpires);
        QCOMPARE(t.expirySource, TokenResult::ExpirySource::Unknown);
    }
}

void TestResponseParser::parseTokenConvertsToUtc()
{
    const QDateTime local = QDateTime(QDate(2026, 3, 1), QTime(14, 0), Qt::OffsetFromUTC, 2 * 3600);
    const auto parsed = ResponseParser::parseToken(object("{\"access_token\":\"EAAx\",\"expires_in\":60}"),
                                                   Platform::Facebook, local);
    const TokenResult& t = std::get<TokenResult>(parsed);
    QCOMPARE(t.receivedAt.timeSpec(), Qt::UTC);
    QCOMPARE(t.receivedAt, fixedNow());
    QCOMPARE(t.expiresAt, fixedNow().addSecs(60));
}

void TestResponseParser::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::addRow("absent") << QByteArray() << 0;
    QTest::addRow("seconds") << QByteArray("120") << 120;
    QTest::addRow("padded") << QByteArray("  7 ") << 7;
    QTest::addRow("zero") << QByteArray("0") << 0;
    QTest::addRow("negative") << QByteArray("-3") << 0;
    QTest::addRow("garbage") << QByteArray("soon") << 0;
    QTest::addRow("fraction") << QByteArray("1.5") << 0;
    QTest::addRow("http date +30 s") << QByteArray("Sun, 01 Mar 2026 12:00:30 GMT") << 30;
    QTest::addRow("http date +1 h") << QByteArray("Sun, 01 Mar 2026 13:00:00 GMT") << 3600;
    QTest::addRow("http date in the past") << QByteArray("Sat, 28 Feb 2026 12:00:00 GMT") << 0;
    QTest::addRow("http date far ahead, capped at a day") << QByteArray("Wed, 01 Apr 2026 12:00:00 GMT") << 86400;
    QTest::addRow("huge seconds, capped at a day") << QByteArray("999999999") << 86400;
    // The obsolete forms a recipient must still accept (RFC 9110 §5.6.7).
    QTest::addRow("rfc 850 date") << QByteArray("Sunday, 01-Mar-26 12:00:30 GMT") << 30;
    QTest::addRow("asctime date") << QByteArray("Sun Mar  1 12:00:30 2026") << 30;
    QTest::addRow("asctime date, two-digit day") << QByteArray("Sun Mar 01 12:01:00 2026") << 60;
    QTest::addRow("lowercase names") << QByteArray("sun, 01 mar 2026 12:00:30 gmt") << 30;
    QTest::addRow("not GMT") << QByteArray("Sun, 01 Mar 2026 12:00:30 CET") << 0;
    QTest::addRow("numeric zone") << QByteArray("Sun, 01 Mar 2026 12:00:30 +0000") << 0;
    QTest::addRow("no such day") << QByteArray("Tue, 31 Feb 2026 12:00:30 GMT") << 0;
    QTest::addRow("hour 24") << QByteArray("Sun, 01 Mar 2026 24:00:30 GMT") << 0;
    QTest::addRow("one-digit hour") << QByteArray("Sun, 01 Mar 2026 2:00:30 GMT") << 0;
    QTest::addRow("no such month") << QByteArray("Sun, 01 Mrz 2026 12:00:30 GMT") << 0;
    QTest::addRow("no such weekday") << QByteArray("Son, 01 Mar 2026 12:00:30 GMT") << 0;
    QTest::addRow("trailing garbage") << QByteArray("Sun, 01 Mar 2026 12:00:30 GMT x") << 0;
    QTest::addRow("signed year") << QByteArray("Sun, 01 Mar +026 12:00:30 GMT") << 0;
}

void TestResponseParser::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    QCOMPARE(ResponseParser::parseRetryAfter(value, fixedNow()), seconds);
}

void TestResponseParser::parseRetryAfterIgnoresTheLocalTimeZone_data()
{
    QTest::addColumn<QByteArray>("timeZone"); // POSIX TZ rules: no time zone database needed
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    const QByteArray europe = "CET-1CEST,M3.5.0,M10.5.0/3"; // 29 Mar 2026: 02:00 local does not exist
    const QDateTime gap(QDate(2026, 3, 29), QTime(2, 29, 30), Qt::UTC);
    QTest::addRow("a GMT time that local time skips")
        << europe << gap << QByteArray("Sun, 29 Mar 2026 02:30:00 GMT") << 30;
    QTest::addRow("rfc 850, skipped locally") << europe << gap << QByteArray("Sunday, 29-Mar-26 02:30:00 GMT") << 30;
    QTest::addRow("asctime, skipped locally") << europe << gap << QByteArray("Sun Mar 29 02:30:00 2026") << 30;
    const QDateTime twice(QDate(2026, 10, 25), QTime(2, 29, 30), Qt::UTC); // 02:30 local happens twice
    QTest::addRow("a GMT time local time repeats")
        << europe << twice << QByteArray("Sun, 25 Oct 2026 02:30:00 GMT") << 30;
    const QByteArray soon = "Sun, 01 Mar 2026 12:00:30 GMT";
    QTest::addRow("far east") << QByteArray("<+14>-14") << fixedNow() << soon << 30;
    QTest::addRow("far west") << QByteArray("<-12>12") << fixedNow() << soon << 30;
}

void TestResponseParser::parseRetryAfterIgnoresTheLocalTimeZone()
{
    QFETCH(QByteArray, timeZone);
    QFETCH(QDateTime, now);
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const bool hadZone = qEnvironmentVariableIsSet("TZ");
    const QByteArray savedZone = qgetenv("TZ");
    const auto restore = qScopeGuard([&] {
        if (hadZone)
            qputenv("TZ", savedZone);
        else
            qunsetenv("TZ");
        tzset();
    });
    qputenv("TZ", timeZone);
    tzset();
    QVERIFY(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::LocalTime).offsetFromUtc() != 0); // the zone took effect
    QCOMPARE(ResponseParser::parseRetryAfter(value, now), seconds);
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "TestResponseParser.moc"
