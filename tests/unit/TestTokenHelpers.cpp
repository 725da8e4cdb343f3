// The pure parts of the token flows, without a network: appsecret_proof against RFC 4231,
// prefix detection and the mismatch warning, the URLs for Meta's real hosts, debug_token and
// /me parsing edge cases, token lifetimes, and the same-origin rule for paging.next.

#include "graph/AppSecretProof.h"
#include "FlowTestFixture.h"
#include "graph/Identity.h"
#include "graph/PageList.h"
#include "graph/PagesJob.h"
#include "support/Redactor.h"
#include "graph/TokenInfo.h"
#include "graph/TokenLifetime.h"
#include "graph/TokenResult.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QtTest>

namespace {
QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QStringList decodedQuery(const QUrl& url)
{
    QStringList lines;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items)
        lines << key + QLatin1Char('=') + value;
    return lines;
}
} // namespace

class TestTokenHelpers : public QObject
{
    Q_OBJECT

private slots:
    void appSecretProofMatchesRfc4231_data();
    void appSecretProofMatchesRfc4231();
    void appSecretProofMatchesReferenceOnTokens();
    void detectsPlatformFromPrefix_data();
    void detectsPlatformFromPrefix();
    void warnsOnMismatch_data();
    void warnsOnMismatch();
    void urlsForMetasHosts();
    void unversionedFacebookPaths();
    void redactedUrlsHideSecrets();
    void tokenInfoEdgeCases();
    void identityDisplayName();
    void lifetimes();
    void sameOrigin_data();
    void sameOrigin();
    void refusedErrorHasAGenericTitle();
};

void TestTokenHelpers::appSecretProofMatchesRfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("mac");
    // RFC 4231, test cases 1 and 2 (HMAC-SHA-256).
    QTest::addRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                            << QStringLiteral("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::addRow("case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                            << QStringLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

void TestTokenHelpers::appSecretProofMatchesRfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QFETCH(QString, mac);
    QCOMPARE(referenceHmacSha256Hex(key, message), mac); // the test's own HMAC is right...
    QCOMPARE(AppSecretProof::compute(QString::fromLatin1(key), QString::fromLatin1(message)), mac); // ...and so is ours
}

void TestTokenHelpers::appSecretProofMatchesReferenceOnTokens()
{
    const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QStringList tokens = {QStringLiteral("EAAGm0PX4ZCpsBAKZCZBz"), QStringLiteral("THAAx+/=token"),
                                QStringLiteral("IGQVJ") + QString(300, QLatin1Char('x'))};
    for (const QString& token : tokens) {
        QCOMPARE(AppSecretProof::compute(secret, token), referenceProof(secret, token));
        QCOMPARE(AppSecretProof::compute(secret, token).size(), 64);
    }
    QVERIFY(AppSecretProof::compute({}, QStringLiteral("EAA")).isEmpty());
    QVERIFY(AppSecretProof::compute(secret, {}).isEmpty());
}

void TestTokenHelpers::detectsPlatformFromPrefix_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("platform"); // id, or empty for unknown
    QTest::addRow("facebook") << QStringLiteral("EAAGm0PX4ZCps") << QStringLiteral("facebook");
    QTest::addRow("threads") << QStringLiteral("THQWJYeE1") << QStringLiteral("threads");
    QTest::addRow("instagram") << QStringLiteral("IGQVJYeE1") << QStringLiteral("instagram");
    QTest::addRow("pasted with whitespace") << QStringLiteral("  \nTHabc\n") << QStringLiteral("threads");
    QTest::addRow("unknown") << QStringLiteral("abc123") << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestTokenHelpers::detectsPlatformFromPrefix()
{
    QFETCH(QString, token);
    QFETCH(QString, platform);
    const std::optional<Platform> detected = Platforms::detect(token);
    QCOMPARE(detected ? Platforms::id(*detected) : QString(), platform);
}

void TestTokenHelpers::warnsOnMismatch_data()
{
    QTest::addColumn<Platform>("chosen");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("detectedName"); // empty: no warning

    // The bug LongLived exists to avoid: a Threads token sent to the Facebook endpoint.
    QTest::addRow("threads token, facebook chosen") << Platform::Facebook << QStringLiteral("THtoken12345")
                                                    << QStringLiteral("Threads");
    QTest::addRow("facebook token, threads chosen") << Platform::Threads << QStringLiteral("EAAtoken12345")
                                                    << QStringLiteral("Facebook");
    QTest::addRow("facebook token, instagram chosen") << Platform::Instagram << QStringLiteral("EAAtoken12345")
                                                      << QStringLiteral("Facebook");
    QTest::addRow("instagram token, threads chosen") << Platform::Threads << QStringLiteral("IGtoken12345")
                                                     << QStringLiteral("Instagram");
    for (Platform platform : Platforms::all()) {
        const QString token = platform == Platform::Facebook ? QStringLiteral("EAAx")
            : platform == Platform::Threads                  ? QStringLiteral("THx")
                                                             : QStringLiteral("IGx");
        QTest::addRow("%s matches", qPrintable(Platforms::id(platform))) << platform << token << QString();
        QTest::addRow("%s, unknown prefix", qPrintable(Platforms::id(platform)))
            << platform << QStringLiteral("zzz123") << QString();
    }
}

void TestTokenHelpers::warnsOnMismatch()
{
    QFETCH(Platform, chosen);
    QFETCH(QString, token);
    QFETCH(QString, detectedName);
    const QString warning = Platforms::mismatchWarning(chosen, token);
    if (detectedName.isEmpty()) {
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        return;
    }
    QVERIFY(warning.contains(detectedName));
    QVERIFY(warning.contains(Platforms::displayName(chosen)));
    QVERIFY(!warning.contains(token));
}

void TestTokenHelpers::urlsForMetasHosts()
{
    const ServiceConfig config; // Meta's real hosts; nothing is sent in this test
    TokenService service(nullptr, config);
    const QString secret = QStringLiteral("sec+ret");
    const QString id = QStringLiteral("1234");

    struct Expected {
        QUrl url;
        QString base;
        QStringList query;
    };
    const QList<Expected> cases = {
        {service.exchangeUrl({Platform::Facebook, id, secret, QStringLiteral("EAAs"), {}}),
         QStringLiteral("https://graph.facebook.com/v25.0/oauth/access_token"),
         {QStringLiteral("grant_type=fb_exchange_token"), QStringLiteral("client_id=1234"),
          QStringLiteral("client_secret=sec+ret"), QStringLiteral("fb_exchange_token=EAAs")}},
        {service.exchangeUrl({Platform::Threads, id, secret, QStringLiteral("THs"), {}}),
         QStringLiteral("https://graph.threads.net/access_token"),
         {QStringLiteral("grant_type=th_exchange_token"), QStringLiteral("client_secret=sec+ret"),
          QStringLiteral("access_token=THs")}},
        {service.exchangeUrl({Platform::Instagram, id, secret, QStringLiteral("IGs"), {}}),
         QStringLiteral("https://graph.instagram.com/access_token"),
         {QStringLiteral("grant_type=ig_exchange_token"), QStringLiteral("client_secret=sec+ret"),
          QStringLiteral("access_token=IGs")}},
        {service.refreshUrl(Platform::Threads, QStringLiteral("THl")),
         QStringLiteral("https://graph.threads.net/refresh_access_token"),
         {QStringLiteral("grant_type=th_refresh_token"), QStringLiteral("access_token=THl")}},
        {service.refreshUrl(Platform::Instagram, QStringLiteral("IGl")),
         QStringLiteral("https://graph.instagram.com/refresh_access_token"),
         {QStringLiteral("grant_type=ig_refresh_token"), QStringLiteral("access_token=IGl")}},
        {service.inspectUrl(Platform::Facebook, QStringLiteral("EAAi"), id, secret),
         QStringLiteral("https://graph.facebook.com/v25.0/debug_token"),
         {QStringLiteral("input_token=EAAi"), QStringLiteral("access_token=1234|sec+ret")}},
        {service.inspectUrl(Platform::Threads, QStringLiteral("THi"), id, secret),
         QStringLiteral("https://graph.threads.net/v1.0/debug_token"),
         {QStringLiteral("input_token=THi"), QStringLiteral("access_token=TH|1234|sec+ret")}},
        {service.pagesUrl(QStringLiteral("EAAu")), QStringLiteral("https://graph.facebook.com/v25.0/me/accounts"),
         {QStringLiteral("access_token=EAAu")}},
        {service.verifyUrl(Platform::Facebook, QStringLiteral("EAAu")), QStringLiteral("https://graph.facebook.com/v25.0/me"),
         {QStringLiteral("fields=id,name"), QStringLiteral("access_token=EAAu")}},
        {service.verifyUrl(Platform::Threads, QStringLiteral("THu")), QStringLiteral("https://graph.threads.net/v1.0/me"),
         {QStringLiteral("fields=id,username"), QStringLiteral("access_token=THu")}},
        {service.verifyUrl(Platform::Instagram, QStringLiteral("IGu")), QStringLiteral("https://graph.instagram.com/me"),
         {QStringLiteral("fields=user_id,username"), QStringLiteral("access_token=IGu")}},
    };
    for (const Expected& expected : cases) {
        QCOMPARE(expected.url.adjusted(QUrl::RemoveQuery).toString(), expected.base);
        QCOMPARE(decodedQuery(expected.url), expected.query);
        QVERIFY(!expected.url.query(QUrl::FullyEncoded).contains(QLatin1Char('+')));
    }
    QVERIFY(service.refreshUrl(Platform::Facebook, QStringLiteral("EAA")).isEmpty());
    QVERIFY(service.inspectUrl(Platform::Instagram, QStringLiteral("IG"), id, secret).isEmpty());
    QVERIFY(service.inspectUrl(Platform::Facebook, QStringLiteral("EAA"), {}, secret).isEmpty());
}

void TestTokenHelpers::unversionedFacebookPaths()
{
    ServiceConfig config;
    config.apiVersion.clear();
    TokenService service(nullptr, config);
    QCOMPARE(service.inspectUrl(Platform::Facebook, QStringLiteral("t"), QStringLiteral("1"), QStringLiteral("s")).path(),
             QStringLiteral("/debug_token"));
    QCOMPARE(service.pagesUrl(QStringLiteral("t")).path(), QStringLiteral("/me/accounts"));
    QCOMPARE(service.verifyUrl(Platform::Facebook, QStringLiteral("t")).path(), QStringLiteral("/me"));
    // Threads' own version is not Facebook's setting.
    QCOMPARE(service.verifyUrl(Platform::Threads, QStringLiteral("t")).path(), QStringLiteral("/v1.0/me"));
}

void TestTokenHelpers::redactedUrlsHideSecrets()
{
    TokenService service(nullptr, ServiceConfig());
    const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QString token = QStringLiteral("EAAGm0PX4ZCpsBAKZCZBzSECRETTOKEN");
    const QStringList logged = {
        Redactor::url(service.inspectUrl(Platform::Facebook, token, QStringLiteral("1234"), secret)),
        Redactor::url(service.inspectUrl(Platform::Threads, token, QStringLiteral("1234"), secret)),
        Redactor::url(service.pagesUrl(token, secret)),
        Redactor::url(service.verifyUrl(Platform::Facebook, token, secret)),
        Redactor::url(service.refreshUrl(Platform::Threads, token)),
    };
    for (const QString& line : logged) {
        QVERIFY2(!line.contains(secret), qPrintable(line));
        QVERIFY2(!line.contains(token), qPrintable(line));
        QVERIFY2(!line.contains(AppSecretProof::compute(secret, token)), qPrintable(line));
    }
}

void TestTokenHelpers::tokenInfoEdgeCases()
{
    auto parsed = TokenInfo::fromJson(object("{\"error\":{}}"), Platform::Facebook);
    QVERIFY(std::holds_alternative<GraphError>(parsed));
    QCOMPARE(std::get<GraphError>(parsed).kind(), GraphError::Kind::MissingField);

    // No expires_at at all: unknown, not "never".
    parsed = TokenInfo::fromJson(object("{\"data\":{\"is_valid\":true}}"), Platform::Facebook);
    TokenInfo info = std::get<TokenInfo>(parsed);
    QVERIFY(!info.neverExpires);
    QVERIFY(!info.hasKnownExpiry());
    QCOMPARE(TokenLifetimes::of(info, FlowTestFixture::fixedNow()), TokenLifetime::Unknown);

    // Numbers as strings (some gateways), ids as numbers, a "0" string means never.
    parsed = TokenInfo::fromJson(object("{\"data\":{\"app_id\":1234567890123456,\"user_id\":42,\"is_valid\":true,"
                                        "\"expires_at\":\"0\",\"issued_at\":\"1772366400\",\"data_access_expires_at\":0}}"),
                                 Platform::Threads);
    info = std::get<TokenInfo>(parsed);
    QCOMPARE(info.appId, QStringLiteral("1234567890123456"));
    QCOMPARE(info.userId, QStringLiteral("42"));
    QVERIFY(info.neverExpires);
    QCOMPARE(info.issuedAt, QDateTime::fromSecsSinceEpoch(1772366400, Qt::UTC));
    QVERIFY(!info.dataAccessExpiresAt.isValid());
    QCOMPARE(info.platform, Platform::Threads);

    // Garbage for expires_at: not said.
    parsed = TokenInfo::fromJson(object("{\"data\":{\"expires_at\":\"soon\"}}"), Platform::Facebook);
    QVERIFY(!std::get<TokenInfo>(parsed).hasKnownExpiry());
}

void TestTokenHelpers::identityDisplayName()
{
    auto parsed = Identity::fromJson(object("{\"id\":\"1\",\"name\":\"N\",\"username\":\"u\"}"), Platform::Facebook);
    QCOMPARE(std::get<Identity>(parsed).displayName(), QStringLiteral("N"));
    parsed = Identity::fromJson(object("{\"id\":12345678901234567}"), Platform::Facebook);
    QCOMPARE(std::get<Identity>(parsed).displayName(), QStringLiteral("12345678901234567"));
    parsed = Identity::fromJson(object("{\"name\":\"nobody\"}"), Platform::Facebook);
    QCOMPARE(std::get<GraphError>(parsed).kind(), GraphError::Kind::MissingField);
}

void TestTokenHelpers::lifetimes()
{
    QCOMPARE(TokenLifetimes::fromSeconds(3600), TokenLifetime::ShortLived);
    QCOMPARE(TokenLifetimes::fromSeconds(7200), TokenLifetime::ShortLived);
    QCOMPARE(TokenLifetimes::fromSeconds(5183944), TokenLifetime::LongLived);
    QCOMPARE(TokenLifetimes::fromSeconds(-1), TokenLifetime::Unknown);

    TokenResult never;
    never.neverExpires = true;
    QCOMPARE(TokenLifetimes::of(never), TokenLifetime::LongLived);

    // debug_token without issued_at: judged by the time left.
    TokenInfo info;
    info.expiresAt = FlowTestFixture::fixedNow().addSecs(1800);
    QCOMPARE(TokenLifetimes::of(info, FlowTestFixture::fixedNow()), TokenLifetime::ShortLived);
    info.expiresAt = FlowTestFixture::fixedNow().addDays(50);
    QCOMPARE(TokenLifetimes::of(info, FlowTestFixture::fixedNow()), TokenLifetime::LongLived);

    PageList list;
    QVERIFY(list.warnings().isEmpty());
    list.userTokenLifetime = TokenLifetime::ShortLived;
    QVERIFY(list.hasShortLivedWarning());
    list.truncated = true;
    QCOMPARE(list.warnings().size(), 2);
}

void TestTokenHelpers::sameOrigin_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("same");
    const QString meta = QStringLiteral("https://graph.facebook.com");
    QTest::addRow("same") << QStringLiteral("https://graph.facebook.com/v25.0/me/accounts?after=x") << meta << true;
    QTest::addRow("explicit default port") << QStringLiteral("https://graph.facebook.com:443/v25.0/x") << meta << true;
    QTest::addRow("host case") << QStringLiteral("https://GRAPH.facebook.com/x") << meta << true;
    QTest::addRow("base with path") << QStringLiteral("https://gw.example/x") << QStringLiteral("https://gw.example/graph")
                                    << true;
    QTest::addRow("other host") << QStringLiteral("https://graph.facebook.com.evil.example/x") << meta << false;
    QTest::addRow("other port") << QStringLiteral("https://graph.facebook.com:8443/x") << meta << false;
    QTest::addRow("http") << QStringLiteral("http://graph.facebook.com/x") << meta << false;
    QTest::addRow("user info") << QStringLiteral("https://a@graph.facebook.com/x") << meta << false;
    QTest::addRow("relative") << QStringLiteral("/v25.0/me/accounts") << meta << false;
    QTest::addRow("loopback port") << QStringLiteral("http://127.0.0.1:8081/x") << QStringLiteral("http://127.0.0.1:8080")
                                   << false;
}

void TestTokenHelpers::sameOrigin()
{
    QFETCH(QString, url);
    QFETCH(QString, base);
    QFETCH(bool, same);
    QCOMPARE(PagesJob::isSameOrigin(QUrl(url), QUrl(base)), same);
}

void TestTokenHelpers::refusedErrorHasAGenericTitle()
{
    const GraphError error(GraphError::Kind::Refused);
    QVERIFY(!error.title().isEmpty());
    QCOMPARE(error.kindId(), QStringLiteral("refused"));
    QVERIFY(!error.isRetryable());
}

QTEST_GUILESS_MAIN(TestTokenHelpers)
#include "TestTokenHelpers.moc"
