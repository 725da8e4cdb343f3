// /me/accounts against a loopback server: two pages joined through paging.next, the
// appsecret_proof on every request, next links to another server refused (the token never
// goes there), the cap on the number of requests, and the short-lived warning.

#include "graph/AppSecretProof.h"
#include "FlowTestFixture.h"
#include "graph/PagesJob.h"
#include "graph/TokenLifetime.h"
#include "graph/TokenResult.h"

#include <QtTest>

namespace {
const QString userToken = QStringLiteral("EAAuser+token/long=lived");
const QString appSecret = QStringLiteral("0123456789abcdef0123456789abcdef");

QByteArray pageJson(const QString& id, const QString& name, const QString& token)
{
    return "{\"access_token\":" + GraphTestServer::jsonString(token) + ",\"category\":\"Local business\","
        + "\"category_list\":[{\"id\":\"2500\",\"name\":\"Local business\"}],\"name\":"
        + GraphTestServer::jsonString(name) + ",\"id\":" + GraphTestServer::jsonString(id)
        + ",\"tasks\":[\"ANALYZE\",\"ADVERTISE\",\"MODERATE\",\"CREATE_CONTENT\",\"MANAGE\"]}";
}

QByteArray accountsBody(const QList<QByteArray>& pages, const QString& next = {})
{
    QByteArray body = "{\"data\":[";
    for (qsizetype i = 0; i < pages.size(); ++i)
        body += (i ? "," : "") + pages.at(i);
    body += "],\"paging\":{\"cursors\":{\"before\":\"QVFIUmJlZAm9yZA\",\"after\":\"QVFIUmFmdGVy\"}";
    if (!next.isEmpty())
        body += ",\"next\":" + GraphTestServer::jsonString(next);
    return body + "}}";
}

QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
} // namespace

class TestPagesJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void followsNextAcrossTwoPages_data();
    void followsNextAcrossTwoPages();
    void noProofWithoutSecret();
    void refusesNextOnAnotherServer_data();
    void refusesNextOnAnotherServer();
    void capsTheNumberOfRequests();
    void warnsWhenTheUserTokenIsShortLived();
    void errorsAndMissingData();

private:
    std::unique_ptr<FlowTestFixture> f;
};

void TestPagesJob::init()
{
    f = std::make_unique<FlowTestFixture>();
    QVERIFY(f->start());
}

void TestPagesJob::cleanup()
{
    f.reset();
}

void TestPagesJob::followsNextAcrossTwoPages_data()
{
    QTest::addColumn<bool>("nextCarriesCredentials");
    // Meta's next links repeat the first request's query (token and proof included)...
    QTest::addRow("next with token and proof") << true;
    // ...and should a gateway drop them, LongLived adds them back.
    QTest::addRow("next without token and proof") << false;
}

void TestPagesJob::followsNextAcrossTwoPages()
{
    QFETCH(bool, nextCarriesCredentials);
    const QString proof = referenceProof(appSecret, userToken);
    QString next = f->facebook.baseUrl().toString() + QStringLiteral("/v25.0/me/accounts?");
    if (nextCarriesCredentials)
        next += QStringLiteral("access_token=") + encoded(userToken) + QStringLiteral("&appsecret_proof=") + proof
            + QLatin1Char('&');
    next += QStringLiteral("limit=2&after=QVFIUmFmdGVy");

    f->facebook.enqueue(GraphTestServer::Response::json(
        200, accountsBody({pageJson(QStringLiteral("111"), QStringLiteral("Café Ünïcode"), QStringLiteral("EAApage1")),
                           pageJson(QStringLiteral("222"), QStringLiteral("Second/Page"), QStringLiteral("EAApage2"))},
                          next)));
    f->facebook.enqueue(GraphTestServer::Response::json(
        200, accountsBody({pageJson(QStringLiteral("333"), QStringLiteral("Third"), QStringLiteral("EAApage3"))})));

    const auto outcome = waitForJob<PageList>(f->service->pages(userToken, appSecret, TokenLifetime::LongLived));
    QVERIFY(outcome.succeeded());
    QVERIFY(outcome.deleted);

    const QList<GraphTestServer::Request> requests = f->facebook.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(f->totalRequests(), 2);
    QCOMPARE(requests.at(0).path, QStringLiteral("/v25.0/me/accounts"));
    QCOMPARE(queryLines(requests.at(0)),
             (QStringList{QStringLiteral("access_token=") + userToken, QStringLiteral("appsecret_proof=") + proof}));
    QCOMPARE(requests.at(1).path, QStringLiteral("/v25.0/me/accounts"));
    QCOMPARE(requests.at(1).queryValue(QStringLiteral("after")), QStringLiteral("QVFIUmFmdGVy"));
    QCOMPARE(requests.at(1).queryValue(QStringLiteral("access_token")), userToken);
    QCOMPARE(requests.at(1).queryValues(QStringLiteral("access_token")).size(), 1);
    QCOMPARE(requests.at(1).queryValue(QStringLiteral("appsecret_proof")), proof);
    QCOMPARE(requests.at(1).queryValues(QStringLiteral("appsecret_proof")).size(), 1);

    const PageList& list = *outcome.value;
    QCOMPARE(list.pages.size(), 3);
    QVERIFY(!list.truncated);
    QVERIFY(!list.hasShortLivedWarning());
    QVERIFY(list.warnings().isEmpty());
    const Page& first = list.pages.at(0);
    QCOMPARE(first.id, QStringLiteral("111"));
    QCOMPARE(first.name, QStringLiteral("Café Ünïcode"));
    QCOMPARE(first.category, QStringLiteral("Local business"));
    QCOMPARE(first.tasks, (QStringList{QStringLiteral("ANALYZE"), QStringLiteral("ADVERTISE"),
                                       QStringLiteral("MODERATE"), QStringLiteral("CREATE_CONTENT"),
                                       QStringLiteral("MANAGE")}));
    QCOMPARE(first.accessToken, QStringLiteral("EAApage1"));
    QCOMPARE(list.pages.at(1).name, QStringLiteral("Second/Page"));
    QCOMPARE(list.pages.at(2).id, QStringLiteral("333"));
    QCOMPARE(list.pages.at(2).accessToken, QStringLiteral("EAApage3"));
}

void TestPagesJob::noProofWithoutSecret()
{
    f->facebook.enqueue(GraphTestServer::Response::json(200, accountsBody({})));
    const auto outcome = waitForJob<PageList>(f->service->pages(userToken));
    QVERIFY(outcome.succeeded());
    QVERIFY(outcome.value->pages.isEmpty());
    QCOMPARE(queryLines(f->facebook.lastRequest()), QStringList{QStringLiteral("access_token=") + userToken});
}

void TestPagesJob::refusesNextOnAnotherServer_data()
{
    QTest::addColumn<QString>("next");
    QTest::addColumn<bool>("toOtherServer");

    // The Threads test server: same host, another port (a real second server that must see nothing).
    QTest::addRow("other port") << QStringLiteral("OTHER/v25.0/me/accounts?after=X") << true;
    QTest::addRow("other host") << QStringLiteral("https://graph.example.net/v25.0/me/accounts?after=X") << false;
    QTest::addRow("localhost for 127.0.0.1") << QStringLiteral("http://localhost:PORT/v25.0/me/accounts?after=X")
                                             << false;
    QTest::addRow("other scheme") << QStringLiteral("https://127.0.0.1:PORT/v25.0/me/accounts?after=X") << false;
    QTest::addRow("user info") << QStringLiteral("http://evil@127.0.0.1:PORT/v25.0/me/accounts?after=X") << false;
    QTest::addRow("relative") << QStringLiteral("/v25.0/me/accounts?after=X") << false;
}

void TestPagesJob::refusesNextOnAnotherServer()
{
    QFETCH(QString, next);
    QFETCH(bool, toOtherServer);
    next.replace(QLatin1String("OTHER"), f->threads.baseUrl().toString());
    next.replace(QLatin1String("PORT"), QString::number(f->facebook.port()));

    f->facebook.enqueue(GraphTestServer::Response::json(
        200, accountsBody({pageJson(QStringLiteral("111"), QStringLiteral("One"), QStringLiteral("EAApage1"))}, next)));
    // The refusal is logged with the scheme and host only (no token, no query).
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^paging\\.next points to another server; "
                                                                         "not followed: \"[a-z]*\" \"[a-z0-9.]*\"$")));
    const auto outcome = waitForJob<PageList>(f->service->pages(userToken, appSecret));
    QVERIFY(outcome.failedWith(GraphError::Kind::Refused));
    QVERIFY(outcome.deleted);
    QVERIFY(outcome.error->title().contains(QLatin1String("another server")));
    QVERIFY(!outcome.error->displayText().contains(userToken));
    QCOMPARE(f->facebook.requestCount(), 1);
    if (toOtherServer)
        QCOMPARE(f->threads.connectionCount(), 0);
    QCOMPARE(f->threads.requestCount() + f->instagram.requestCount(), 0);
}

void TestPagesJob::capsTheNumberOfRequests()
{
    // A server that always announces one more page.
    const QString base = f->facebook.baseUrl().toString();
    f->facebook.setHandler([base](const GraphTestServer::Request& request) {
        const int n = request.queryValue(QStringLiteral("after")).toInt() + 1;
        const QString next = base + QStringLiteral("/v25.0/me/accounts?access_token=x&after=") + QString::number(n);
        return GraphTestServer::Response::json(
            200, accountsBody({pageJson(QString::number(n), QStringLiteral("Page"), QStringLiteral("EAAp"))}, next));
    });
    const auto outcome = waitForJob<PageList>(f->service->pages(userToken), 60000);
    QVERIFY(outcome.succeeded());
    QCOMPARE(f->facebook.requestCount(), PagesJob::maxRequests);
    QCOMPARE(outcome.value->pages.size(), PagesJob::maxRequests);
    QVERIFY(outcome.value->truncated);
    QCOMPARE(outcome.value->warnings().size(), 1);
}

void TestPagesJob::warnsWhenTheUserTokenIsShortLived()
{
    // What the caller knows: a short-lived exchange result (expires in an hour).
    TokenResult shortResult;
    shortResult.receivedAt = FlowTestFixture::fixedNow();
    shortResult.expiresIn = 3600;
    shortResult.expiresAt = shortResult.receivedAt.addSecs(3600);
    QCOMPARE(TokenLifetimes::of(shortResult), TokenLifetime::ShortLived);

    f->facebook.enqueue(GraphTestServer::Response::json(
        200, accountsBody({pageJson(QStringLiteral("111"), QStringLiteral("One"), QStringLiteral("EAApage1"))})));
    const auto outcome = waitForJob<PageList>(f->service->pages(userToken, {}, TokenLifetimes::of(shortResult)));
    QVERIFY(outcome.succeeded());
    QVERIFY(outcome.value->hasShortLivedWarning());
    QCOMPARE(outcome.value->warnings().size(), 1);
    QVERIFY(outcome.value->warnings().constFirst().contains(QLatin1String("short-lived")));
}

void TestPagesJob::errorsAndMissingData()
{
    f->facebook.enqueue(GraphTestServer::nestedError(400, 190, 460, QStringLiteral("Password changed")));
    auto outcome = waitForJob<PageList>(f->service->pages(userToken, appSecret));
    QVERIFY(outcome.failedWith(GraphError::Kind::PasswordChanged));

    f->facebook.enqueue(GraphTestServer::Response::json(200, "{\"paging\":{}}"));
    outcome = waitForJob<PageList>(f->service->pages(userToken, appSecret));
    QVERIFY(outcome.failedWith(GraphError::Kind::MissingField));

    // An error on the second page ends the job with that error.
    f->facebook.enqueue(GraphTestServer::Response::json(
        200, accountsBody({pageJson(QStringLiteral("1"), QStringLiteral("One"), QStringLiteral("EAAp"))},
                          f->facebook.baseUrl().toString() + QStringLiteral("/v25.0/me/accounts?after=A"))));
    f->facebook.enqueue(GraphTestServer::nestedError(400, 4, 0, QStringLiteral("Application request limit reached")));
    outcome = waitForJob<PageList>(f->service->pages(userToken, appSecret));
    QVERIFY(outcome.failedWith(GraphError::Kind::RateLimited));
}

QTEST_GUILESS_MAIN(TestPagesJob)
#include "TestPagesJob.moc"
