// Redactor: the one place secrets are masked before a log, a message or stderr.

#include "support/Redactor.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenService.h"

#include <QNetworkAccessManager>
#include <QtTest>

namespace {

const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString trickySecret = QStringLiteral("ab+cd/ef=gh%41ij%kl");
const QString token = QStringLiteral("EAAGm0PX4ZCpsBAKZAZBq1w2e3r4t5y6u7i8o9p");

// Every form a value can take in text: plain, percent-encoded (upper and lower case hex),
// form-encoded and JSON-escaped.
QStringList formsOf(const QString& value)
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    QString lower;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded.at(i) == QLatin1Char('%') && i + 2 < encoded.size()) {
            lower += QLatin1Char('%') + encoded.mid(i + 1, 2).toLower();
            i += 2;
        } else {
            lower += encoded.at(i);
        }
    }
    QString json = value;
    json.replace(QLatin1Char('/'), QLatin1String("\\/"));
    return {value, encoded, lower, json};
}

void verifyNoForm(const QString& text, const QString& value)
{
    for (const QString& form : formsOf(value))
        QVERIFY2(!text.contains(form), qPrintable(QStringLiteral("'%1' found in: %2").arg(form, text)));
}

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void mask_data();
    void mask();
    void maskSecretKeepsNothing();
    void everySensitiveKeyIsScrubbedEverywhere();
    void secretsKeepNothingInText();
    void isSensitiveKey_data();
    void isSensitiveKey();
    void urlOfRealExchange();
    void urlWithPercentEncodedValues();
    void urlDropsUserInfoAndFragment();
    void urlKeysAnyCase();
    void scrubQueryStrings();
    void scrubJsonBodies();
    void scrubAuthorizationHeaders_data();
    void scrubAuthorizationHeaders();
    void scrubExplicitSecrets();
    void scrubLeavesOrdinaryTextAlone();
};

void TestRedactor::mask_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    QTest::addRow("empty") << QString() << QStringLiteral("…");
    QTest::addRow("short") << QStringLiteral("abc") << QStringLiteral("…");
    QTest::addRow("11 chars") << QStringLiteral("EAAB12345xQ") << QStringLiteral("…");
    QTest::addRow("12 chars") << QStringLiteral("EAAB123459xQ") << QStringLiteral("EAAB…");
    QTest::addRow("token") << token << QStringLiteral("EAAG…");
    // An app token: the app ID is public, the App Secret after the '|' goes entirely.
    QTest::addRow("app token") << QStringLiteral("1234567890|") + secret << QStringLiteral("1234567890|…");
    QTest::addRow("Threads app token") << QStringLiteral("TH|1234567890|") + secret
                                       << QStringLiteral("TH|1234567890|…");
}

void TestRedactor::mask()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(Redactor::mask(input), masked);
    // Never the end of a value (where an app token keeps its secret).
    if (input.size() >= 12)
        QVERIFY(!Redactor::mask(input).contains(input.right(3)));
}

void TestRedactor::maskSecretKeepsNothing()
{
    QCOMPARE(Redactor::maskSecret(secret), QStringLiteral("…"));
    QCOMPARE(Redactor::maskSecret(trickySecret), QStringLiteral("…"));
    QCOMPARE(Redactor::maskSecret(QString()), QStringLiteral("…"));
}

void TestRedactor::everySensitiveKeyIsScrubbedEverywhere()
{
    // One list of keys for the URL, query strings and JSON bodies: no form may miss one.
    const QString value = QStringLiteral("ZZvalueOfTheKey0123456789");
    const QStringList keys = Redactor::sensitiveKeys();
    QVERIFY(keys.contains(QStringLiteral("token")));
    QVERIFY(keys.contains(QStringLiteral("code")));
    for (const QString& key : keys) {
        QVERIFY2(Redactor::isSensitiveKey(key), qPrintable(key));
        const QString query = QStringLiteral("a=1&") + key + QLatin1Char('=') + value;
        const QString json = QStringLiteral("{\"") + key + QStringLiteral("\":\"") + value + QStringLiteral("\"}");
        QUrl url(QStringLiteral("https://graph.facebook.com/x"));
        url.setQuery(query);
        for (const QString& redacted : {Redactor::scrub(query), Redactor::scrub(json), Redactor::url(url)}) {
            QVERIFY2(!redacted.contains(value.mid(4)), qPrintable(key + QStringLiteral(": ") + redacted));
            if (Redactor::kindOfKey(key) == Redactor::Kind::Secret)
                QVERIFY2(!redacted.contains(value.left(4)), qPrintable(key + QStringLiteral(": ") + redacted));
        }
    }
}

void TestRedactor::secretsKeepNothingInText()
{
    // The App Secret in a query, in JSON, and as the secret half of an app token.
    const QString appToken = QStringLiteral("1234567890|") + secret;
    const QString text = QStringLiteral("client_secret=") + secret + QStringLiteral(" {\"app_secret\":\"") + secret
        + QStringLiteral("\"} access_token=") + appToken + QStringLiteral(" Meta: bad token ") + appToken
        + QStringLiteral(" secret ") + secret;
    const QString scrubbed = Redactor::scrub(text, {secret}, {appToken});
    QVERIFY2(!scrubbed.contains(secret.left(4)), qPrintable(scrubbed));
    QVERIFY2(!scrubbed.contains(secret.right(3)), qPrintable(scrubbed));
    QVERIFY2(scrubbed.contains(QStringLiteral("bad token 1234567890|…")), qPrintable(scrubbed));
}

void TestRedactor::isSensitiveKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("sensitive");
    for (const char* key : {"client_secret", "access_token", "fb_exchange_token", "input_token", "appsecret_proof",
                            "code", "app_secret", "refresh_token", "password", "Client_Secret", "ACCESS_TOKEN"})
        QTest::addRow("%s", key) << QString::fromLatin1(key) << true;
    for (const char* key : {"grant_type", "client_id", "fields", "redirect_uri", "error_code", "expires_in"})
        QTest::addRow("%s", key) << QString::fromLatin1(key) << false;
}

void TestRedactor::isSensitiveKey()
{
    QFETCH(QString, key);
    QFETCH(bool, sensitive);
    QCOMPARE(Redactor::isSensitiveKey(key), sensitive);
}

void TestRedactor::urlOfRealExchange()
{
    QNetworkAccessManager network;
    TokenService service(&network, ServiceConfig());
    TokenRequest request;
    request.appId = QStringLiteral("1234567890123456");
    request.appSecret = secret;
    request.token = token;
    const QUrl url = service.exchangeUrl(request);
    QVERIFY(url.toString().contains(secret)); // the real URL carries it...

    const QString redacted = Redactor::url(url);
    verifyNoForm(redacted, secret); // ...the redacted one never
    verifyNoForm(redacted, token);
    QVERIFY2(redacted.startsWith(QLatin1String("https://graph.facebook.com/v25.0/oauth/access_token?")),
             qPrintable(redacted));
    QVERIFY2(redacted.contains(QLatin1String("grant_type=fb_exchange_token")), qPrintable(redacted));
    QVERIFY2(redacted.contains(QLatin1String("client_id=1234567890123456")), qPrintable(redacted));
    QVERIFY2(redacted.contains(QStringLiteral("client_secret=…&")), qPrintable(redacted));
    QVERIFY2(redacted.contains(QStringLiteral("fb_exchange_token=EAAG…")), qPrintable(redacted));
}

void TestRedactor::urlWithPercentEncodedValues()
{
    QNetworkAccessManager network;
    TokenService service(&network, ServiceConfig());
    TokenRequest request;
    request.platform = Platform::Threads;
    request.appSecret = trickySecret;
    request.token = QStringLiteral("THAAbc+def/ghi=jkl%mno");
    const QUrl url = service.exchangeUrl(request);
    QVERIFY(url.toEncoded().contains("ab%2Bcd%2Fef%3Dgh%2541ij%25kl"));
    const QString redacted = Redactor::url(url);
    verifyNoForm(redacted, trickySecret);
    verifyNoForm(redacted, request.token);
    QVERIFY(!redacted.contains(QLatin1String("ef%3Dgh")));
    QVERIFY2(redacted.contains(QLatin1String("grant_type=th_exchange_token")), qPrintable(redacted));
}

void TestRedactor::urlDropsUserInfoAndFragment()
{
    const QUrl url(QStringLiteral("https://user:hunter2hunter2@graph.facebook.com/me?fields=id#access_token=EAAfragment12345"));
    const QString redacted = Redactor::url(url);
    QVERIFY(!redacted.contains(QLatin1String("hunter2")));
    QVERIFY(!redacted.contains(QLatin1String("user")));
    QVERIFY(!redacted.contains(QLatin1String("EAAfragment12345")));
    QVERIFY(redacted.contains(QLatin1String("fields=id")));
}

void TestRedactor::urlKeysAnyCase()
{
    QUrl url(QStringLiteral("https://graph.facebook.com/x"));
    url.setQuery(QStringLiteral("CLIENT_SECRET=") + secret + QStringLiteral("&Access_Token=") + token);
    const QString redacted = Redactor::url(url);
    verifyNoForm(redacted, secret);
    verifyNoForm(redacted, token);
}

void TestRedactor::scrubQueryStrings()
{
    const QString line = QStringLiteral("GET /v25.0/oauth/access_token?grant_type=fb_exchange_token&client_id=42&"
                                        "client_secret=")
        + secret + QStringLiteral("&fb_exchange_token=") + token + QStringLiteral(" HTTP/1.1 code=abcdefghijklmnop");
    const QString scrubbed = Redactor::scrub(line);
    verifyNoForm(scrubbed, secret);
    verifyNoForm(scrubbed, token);
    QVERIFY(!scrubbed.contains(QLatin1String("abcdefghijklmnop")));
    QVERIFY(scrubbed.contains(QLatin1String("grant_type=fb_exchange_token")));
    QVERIFY(scrubbed.contains(QLatin1String("client_id=42")));

    // "error_code=190" is not the OAuth "code".
    QCOMPARE(Redactor::scrub(QStringLiteral("error_code=190&fbtrace_id=Abc")),
             QStringLiteral("error_code=190&fbtrace_id=Abc"));

    // Percent-encoded values in a query are masked too.
    const QString encoded = QStringLiteral("client_secret=") + QString::fromLatin1(QUrl::toPercentEncoding(trickySecret));
    verifyNoForm(Redactor::scrub(encoded), trickySecret);
}

void TestRedactor::scrubJsonBodies()
{
    const QString body = QStringLiteral("{\"access_token\":\"") + token
        + QStringLiteral("\",\"token_type\":\"bearer\",\"expires_in\":5183944}");
    const QString scrubbed = Redactor::scrub(body);
    verifyNoForm(scrubbed, token);
    QVERIFY(scrubbed.contains(QLatin1String("\"token_type\":\"bearer\"")));
    QVERIFY(scrubbed.contains(QLatin1String("5183944")));

    // Spaces around the colon, other sensitive keys, several tokens in one body (/me/accounts).
    const QString pretty = QStringLiteral("{ \"data\": [ { \"access_token\" : \"") + token
        + QStringLiteral("\", \"name\": \"My Page\" }, { \"access_token\": \"EAApage2secondtoken0000\" } ],"
                         " \"client_secret\": \"")
        + secret + QStringLiteral("\" }");
    const QString scrubbedPretty = Redactor::scrub(pretty);
    verifyNoForm(scrubbedPretty, token);
    verifyNoForm(scrubbedPretty, secret);
    QVERIFY(!scrubbedPretty.contains(QLatin1String("EAApage2secondtoken0000")));
    QVERIFY(scrubbedPretty.contains(QLatin1String("My Page")));
}

void TestRedactor::scrubAuthorizationHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("credential");
    QTest::addRow("Bearer") << QStringLiteral("Authorization: Bearer ") + token << token;
    QTest::addRow("OAuth") << QStringLiteral("Authorization: OAuth ") + token << token;
    QTest::addRow("lower case") << QStringLiteral("authorization: bearer ") + token << token;
    QTest::addRow("no scheme") << QStringLiteral("Authorization: ") + token << token;
    QTest::addRow("Basic") << QStringLiteral("Authorization: Basic dXNlcjpodW50ZXIyaHVudGVyMg==")
                           << QStringLiteral("dXNlcjpodW50ZXIyaHVudGVyMg==");
    QTest::addRow("in a header dump")
        << QStringLiteral("Host: graph.facebook.com\r\nAuthorization: Bearer ") + token
            + QStringLiteral("\r\nAccept: application/json")
        << token;
}

void TestRedactor::scrubAuthorizationHeaders()
{
    QFETCH(QString, header);
    QFETCH(QString, credential);
    const QString scrubbed = Redactor::scrub(header);
    QVERIFY2(!scrubbed.contains(credential), qPrintable(scrubbed));
    QVERIFY(scrubbed.contains(QLatin1String("uthorization:")));
    if (header.contains(QLatin1String("Accept:")))
        QVERIFY2(scrubbed.contains(QLatin1String("Accept: application/json")), qPrintable(scrubbed));
}

void TestRedactor::scrubExplicitSecrets()
{
    // Free text with no key to recognise: only the explicit list can catch these.
    const QString text = QStringLiteral("Meta says: Malformed access token ") + token
        + QStringLiteral(" (secret ") + trickySecret + QStringLiteral(", encoded ")
        + QString::fromLatin1(QUrl::toPercentEncoding(trickySecret)) + QStringLiteral(", again ") + token
        + QStringLiteral(")");
    const QString scrubbed = Redactor::scrub(text, {trickySecret, QString()}, {token, QString()});
    verifyNoForm(scrubbed, token);
    verifyNoForm(scrubbed, trickySecret);
    QVERIFY(scrubbed.startsWith(QLatin1String("Meta says: Malformed access token ")));
    QCOMPARE(scrubbed.count(Redactor::mask(token)), 2);
    QVERIFY2(scrubbed.contains(QStringLiteral("(secret …, encoded …,")), qPrintable(scrubbed));

    // Lower-case percent-encoding and JSON-escaped slashes are the same secret.
    QString lower = QString::fromLatin1(QUrl::toPercentEncoding(trickySecret)).toLower();
    QString json = trickySecret;
    json.replace(QLatin1Char('/'), QLatin1String("\\/"));
    const QString variants = QStringLiteral("a ") + lower + QStringLiteral(" b ") + json;
    const QString scrubbedVariants = Redactor::scrub(variants, {trickySecret});
    QVERIFY2(!scrubbedVariants.contains(lower), qPrintable(scrubbedVariants));
    QVERIFY2(!scrubbedVariants.contains(json), qPrintable(scrubbedVariants));
}

void TestRedactor::scrubLeavesOrdinaryTextAlone()
{
    const QString text = QStringLiteral("HTTP 400 code 190 subcode 463 fbtrace_id A1b2C3d4E5f, token_type bearer");
    QCOMPARE(Redactor::scrub(text), text);
    QCOMPARE(Redactor::scrub(QString()), QString());
    QCOMPARE(Redactor::scrub(text, {QString()}, {QString()}), text);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
