// One request contract for both transports (NetworkManagerTransport and the keep-alive
// HttpConnectionPool), for requests other than a plain GET: a PATCH with the caller's headers
// and a body arrives intact; the body cap holds; abort() ends it at once; a redirect is the
// answer, never followed (a PATCH is not replayed and an API key never reaches another origin);
// a header that could end the header block early is refused before anything is sent.
// The job base (TransportJob) sends plain http:// only to a loopback address literal: anything
// else is refused, asynchronously and once, with nothing sent.
// The n8n credential update, a TransportJob like every Graph request, keeps its deadline,
// cancel(), cap and redirect rule through either transport too.
// The GET rows (TLS, proxies, caps, faults) are in TestTransport and TestFaultMatrix.

#include "GraphTestServer.h"
#include "N8nTestServer.h"
#include "http/HttpConnectionPool.h"
#include "http/NetworkManagerTransport.h"
#include "http/TransportJob.h"
#include "http/TransportReply.h"
#include "renewal/N8nDelivery.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QtTest>

#include <memory>
#include <optional>

namespace {

const QString apiKey = QStringLiteral("n8n_api_ReQuEsTcOnTrAcT0123456789");
const QString credentialId = QStringLiteral("3BWxfPPkMN1s54s8");

struct Sent {
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    bool tooLarge = false;
    QByteArray body;
};

// The transport a row runs through, with what it needs alive.
class Transport {
public:
    explicit Transport(bool pooled)
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_transport = pooled ? static_cast<HttpTransport*>(&m_pool) : &m_manager;
    }
    HttpTransport* operator->() const { return m_transport; }

private:
    QNetworkAccessManager m_network;
    NetworkManagerTransport m_manager {&m_network};
    HttpConnectionPool m_pool;
    HttpTransport* m_transport = nullptr;
};

Sent collect(TransportReply* reply)
{
    Sent sent;
    sent.finished = true;
    sent.error = reply->error();
    sent.status = reply->statusCode();
    sent.tooLarge = reply->exceededSizeLimit();
    sent.body = reply->takeBody();
    return sent;
}

Sent run(HttpTransport* transport, const HttpRequest& request)
{
    std::unique_ptr<TransportReply> reply(transport->send(request));
    Sent sent;
    QObject::connect(reply.get(), &TransportReply::finished, reply.get(), [&] { sent = collect(reply.get()); });
    (void)QTest::qWaitFor([&] { return sent.finished; }, 15000);
    return sent;
}

QByteArray patchBody(const QString& token)
{
    const QJsonObject body {{QStringLiteral("data"), QJsonObject {{QStringLiteral("accessToken"), token}}},
                            {QStringLiteral("isPartialData"), true}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

HttpRequest patch(const QUrl& base, const QByteArray& body)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("PATCH");
    request.url = base;
    request.url.setPath(QStringLiteral("/api/v1/credentials/") + credentialId);
    request.headers = {{QByteArrayLiteral("X-N8N-API-KEY"), apiKey.toUtf8()},
                       {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request.body = body;
    return request;
}

// The outcome of one N8nDelivery, and how many times it finished.
struct Delivered {
    int count = 0;
    DeliveryResult result;
};

std::shared_ptr<Delivered> watch(N8nDelivery* delivery)
{
    auto delivered = std::make_shared<Delivered>();
    QObject::connect(delivery, &Delivery::finished, delivery, [delivered](const DeliveryResult& result) {
        ++delivered->count;
        delivered->result = result;
    });
    return delivered;
}

// How a TransportJob ended, and how many times.
struct Ended {
    int count = 0;
    std::optional<TransportJob::Stop> stop; ///< empty: an answer arrived
    int status = 0;
};

// The bare job base, with nothing of Graph or n8n: sends one request and notes how it ended.
class ProbeJob : public TransportJob {
public:
    ProbeJob(HttpTransport* transport, std::shared_ptr<Ended> ended)
        : TransportJob(transport, nullptr)
        , m_ended(std::move(ended))
    {
    }
    void start(const HttpRequest& request) { send(request, 15000); }

private:
    void onAnswer(TransportReply& reply) override
    {
        if (endOnce()) {
            ++m_ended->count;
            m_ended->status = reply.statusCode();
        }
    }
    void onStopped(Stop reason, bool /*wasSending*/) override
    {
        if (endOnce()) {
            ++m_ended->count;
            m_ended->stop = reason;
        }
    }

    std::shared_ptr<Ended> m_ended;
};

} // namespace

class TestRequestContract : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void patchArrivesIntact_data() { transports(); }
    void patchArrivesIntact();
    void answerOverTheCapIsCutOff_data() { transports(); }
    void answerOverTheCapIsCutOff();
    void abortEndsItAtOnce_data() { transports(); }
    void abortEndsItAtOnce();
    void redirectIsTheAnswer_data();
    void redirectIsTheAnswer();
    void headerThatEndsTheBlockIsRefused_data() { transports(); }
    void headerThatEndsTheBlockIsRefused();
    void jobRefusesPlainHttpToAName_data() { transports(); }
    void jobRefusesPlainHttpToAName();
    void jobSendsPlainHttpToLoopback_data() { transports(); }
    void jobSendsPlainHttpToLoopback();
    void cancelBeforeARefusalEndsOnce();

    void n8nDelivered_data() { transports(); }
    void n8nDelivered();
    void n8nDeadline_data() { transports(); }
    void n8nDeadline();
    void n8nCancel_data() { transports(); }
    void n8nCancel();
    void n8nAnswerOverTheCap_data() { transports(); }
    void n8nAnswerOverTheCap();
    void n8nRedirectKeepsTheKey_data() { transports(); }
    void n8nRedirectKeepsTheKey();

private:
    static void transports();
    /// Delivers a token to the server's credential through \a transport and waits for the end.
    DeliveryResult deliver(HttpTransport* transport, const DeliveryOptions& options = {});
    DeliveryTarget target() const { return DeliveryTarget::n8n(m_n8n->baseUrl(), credentialId); }

    std::unique_ptr<N8nTestServer> m_n8n;
};

void TestRequestContract::transports()
{
    QTest::addColumn<bool>("pooled");
    QTest::addRow("network manager") << false;
    QTest::addRow("pool") << true;
}

void TestRequestContract::init()
{
    m_n8n = std::make_unique<N8nTestServer>();
    QVERIFY(m_n8n->start());
    m_n8n->setApiKey(apiKey);
    m_n8n->addCredential(credentialId, {{QStringLiteral("appId"), QStringLiteral("42")}});
}

void TestRequestContract::cleanup()
{
    m_n8n.reset();
}

void TestRequestContract::patchArrivesIntact()
{
    QFETCH(bool, pooled);
    Transport transport(pooled);
    // Larger than one TCP segment and one socket write: the body must arrive whole.
    const QString token = QStringLiteral("EAA") + QString(200 * 1024, QLatin1Char('t'));
    const QByteArray body = patchBody(token);
    for (int i = 0; i < 2; ++i) { // the second on a kept-alive connection (pool)
        const Sent sent = run(transport.operator->(), patch(m_n8n->baseUrl(), body));
        QCOMPARE(sent.error, QNetworkReply::NoError);
        QCOMPARE(sent.status, 200);
    }
    QVERIFY2(m_n8n->violations().isEmpty(), qPrintable(m_n8n->violations().join(QLatin1Char('\n'))));
    QCOMPARE(m_n8n->credentialData(credentialId).value(QStringLiteral("accessToken")).toString(), token);
    const GraphTestServer::Request received = m_n8n->http().lastRequest();
    QCOMPARE(received.method, QByteArrayLiteral("PATCH"));
    QCOMPARE(received.body, body);
    QCOMPARE(received.header("X-N8N-API-KEY"), apiKey.toUtf8());
    QCOMPARE(received.header("Content-Type"), QByteArrayLiteral("application/json"));
    QCOMPARE(received.header("Content-Length"), QByteArray::number(body.size()));
    QCOMPARE(received.header("Accept"), QByteArrayLiteral("application/json"));
    QVERIFY(received.header("User-Agent").startsWith("LongLived/"));
}

void TestRequestContract::answerOverTheCapIsCutOff()
{
    QFETCH(bool, pooled);
    Transport transport(pooled);
    m_n8n->http().enqueue(GraphTestServer::Response::json(200, "{\"message\":\"" + QByteArray(8192, 'x') + "\"}"));
    HttpRequest request = patch(m_n8n->baseUrl(), patchBody(QStringLiteral("EAAcap")));
    request.limits.maxResponseBytes = 1024;
    const Sent sent = run(transport.operator->(), request);
    QVERIFY(sent.tooLarge);
    QVERIFY(sent.error != QNetworkReply::NoError);
    QVERIFY(sent.body.isEmpty());
}

void TestRequestContract::abortEndsItAtOnce()
{
    QFETCH(bool, pooled);
    Transport transport(pooled);
    m_n8n->http().enqueue(GraphTestServer::Response::neverAnswer());
    std::unique_ptr<TransportReply> reply(transport->send(patch(m_n8n->baseUrl(), patchBody(QStringLiteral("EAAx")))));
    Sent sent;
    connect(reply.get(), &TransportReply::finished, reply.get(), [&] { sent = collect(reply.get()); });
    QVERIFY(QTest::qWaitFor([&] { return m_n8n->http().requestCount() == 1; }, 15000));
    QVERIFY2(!sent.finished,
             QByteArray(QByteArray::number(int(sent.error)) + " " + QByteArray::number(sent.status)).constData());
    reply->abort();
    QVERIFY(sent.finished); // synchronously
    QCOMPARE(sent.error, QNetworkReply::OperationCanceledError);
}

void TestRequestContract::redirectIsTheAnswer_data()
{
    QTest::addColumn<bool>("pooled");
    QTest::addColumn<bool>("sameOrigin");
    for (const bool pooled : {false, true}) {
        const char* name = pooled ? "pool" : "network manager";
        QTest::addRow("%s: another origin", name) << pooled << false;
        QTest::addRow("%s: same origin", name) << pooled << true;
    }
}

void TestRequestContract::redirectIsTheAnswer()
{
    QFETCH(bool, pooled);
    QFETCH(bool, sameOrigin);
    Transport transport(pooled);
    GraphTestServer other;
    QVERIFY(other.start());
    QUrl location = sameOrigin ? m_n8n->baseUrl() : other.baseUrl();
    location.setPath(QStringLiteral("/api/v1/credentials/") + credentialId);
    for (const int status : {301, 307, 308}) {
        m_n8n->http().clearRequests();
        m_n8n->http().enqueue(
            GraphTestServer::Response::json(status, "{}").withHeader("Location", location.toEncoded()));
        const Sent sent = run(transport.operator->(), patch(m_n8n->baseUrl(), patchBody(QStringLiteral("EAAr"))));
        QCOMPARE(sent.error, QNetworkReply::NoError);
        QCOMPARE(sent.status, status);
        QCOMPARE(m_n8n->http().requestCount(), 1); // not replayed, not even to the same origin
    }
    QCOMPARE(other.connectionCount(), 0); // the API key never left for another origin
}

void TestRequestContract::headerThatEndsTheBlockIsRefused()
{
    QFETCH(bool, pooled);
    Transport transport(pooled);
    HttpRequest request = patch(m_n8n->baseUrl(), patchBody(QStringLiteral("EAAh")));
    request.headers.append({QByteArrayLiteral("X-N8N-API-KEY"), QByteArrayLiteral("key\r\nX-Injected: 1")});
    QCOMPARE(run(transport.operator->(), request).error, QNetworkReply::ProtocolInvalidOperationError);
    request.headers.last() = {QByteArrayLiteral("Bad Name"), QByteArrayLiteral("1")};
    QCOMPARE(run(transport.operator->(), request).error, QNetworkReply::ProtocolInvalidOperationError);
    request = patch(m_n8n->baseUrl(), {});
    request.method = QByteArrayLiteral("PATCH /x HTTP/1.1\r\n");
    QCOMPARE(run(transport.operator->(), request).error, QNetworkReply::ProtocolInvalidOperationError);
    QCOMPARE(m_n8n->http().connectionCount(), 0);
}

void TestRequestContract::jobRefusesPlainHttpToAName()
{
    // http://localhost:PORT reaches the loopback server if sent: a name may resolve anywhere,
    // so only an address literal may carry a secret in clear.
    QFETCH(bool, pooled);
    Transport transport(pooled);
    QUrl url = m_n8n->baseUrl();
    url.setHost(QStringLiteral("localhost"));
    auto ended = std::make_shared<Ended>();
    QPointer<ProbeJob> job = new ProbeJob(transport.operator->(), ended);
    job->start(patch(url, patchBody(QStringLiteral("EAAnotSent"))));
    QCOMPARE(ended->count, 0); // asynchronous, like every outcome: callers connect after start()
    QVERIFY(QTest::qWaitFor([&] { return ended->count > 0; }, 15000));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(ended->count, 1);
    QVERIFY(ended->stop == TransportJob::Stop::Refused);
    QTRY_VERIFY(job.isNull()); // ended jobs delete themselves
    QCOMPARE(m_n8n->http().connectionCount(), 0);
}

void TestRequestContract::jobSendsPlainHttpToLoopback()
{
    QFETCH(bool, pooled);
    Transport transport(pooled);
    auto ended = std::make_shared<Ended>();
    auto* job = new ProbeJob(transport.operator->(), ended);
    job->start(patch(m_n8n->baseUrl(), patchBody(QStringLiteral("EAAsent"))));
    QVERIFY(QTest::qWaitFor([&] { return ended->count > 0; }, 15000));
    QCOMPARE(ended->count, 1);
    QVERIFY(!ended->stop);
    QCOMPARE(ended->status, 200);
    QCOMPARE(m_n8n->http().requestCount(), 1);
}

void TestRequestContract::cancelBeforeARefusalEndsOnce()
{
    Transport transport(false);
    auto ended = std::make_shared<Ended>();
    auto* job = new ProbeJob(transport.operator->(), ended);
    job->start(HttpRequest::get(QUrl(QStringLiteral("http://n8n.example.com/")), {}));
    job->cancel();
    QCOMPARE(ended->count, 1);
    QVERIFY(ended->stop == TransportJob::Stop::Canceled);
    QCoreApplication::sendPostedEvents(); // the queued refusal finds the job ended
    QCOMPARE(ended->count, 1);
}

DeliveryResult TestRequestContract::deliver(HttpTransport* transport, const DeliveryOptions& options)
{
    N8nDelivery delivery(target(), QStringLiteral("EAAdelivered"), apiKey, transport, options);
    auto delivered = watch(&delivery);
    delivery.start();
    (void)QTest::qWaitFor([&] { return delivered->count > 0; }, 15000);
    QCoreApplication::sendPostedEvents(); // a second outcome queued before the end would show
    // No result, or two, fails the test here: no kind returned instead could stand for it.
    if (delivered->count != 1)
        QTest::qFail(qPrintable(QStringLiteral("the delivery finished %1 times, not once").arg(delivered->count)),
                     __FILE__, __LINE__);
    return delivered->result;
}

void TestRequestContract::n8nDelivered()
{
    QFETCH(bool, pooled);
    Transport transport(pooled);
    const DeliveryResult result = deliver(transport.operator->());
    QVERIFY2(result.isOk(), qPrintable(result.message()));
    QCOMPARE(m_n8n->credentialData(credentialId).value(QStringLiteral("accessToken")).toString(),
             QStringLiteral("EAAdelivered"));
    QVERIFY2(m_n8n->violations().isEmpty(), qPrintable(m_n8n->violations().join(QLatin1Char('\n'))));
}

void TestRequestContract::n8nDeadline()
{
    QFETCH(bool, pooled);
    Transport transport(pooled);
    m_n8n->http().enqueue(GraphTestServer::Response::neverAnswer());
    DeliveryOptions options;
    options.deadlineMs = 300;
    QElapsedTimer clock;
    clock.start();
    const DeliveryResult result = deliver(transport.operator->(), options);
    QCOMPARE(result.kind(), DeliveryResult::Kind::Timeout);
    QVERIFY2(clock.elapsed() >= options.deadlineMs - 2, QByteArray::number(clock.elapsed()).constData());
    QVERIFY(!result.message().contains(apiKey));
}

void TestRequestContract::n8nCancel()
{
    QFETCH(bool, pooled);
    Transport transport(pooled);
    m_n8n->http().enqueue(GraphTestServer::Response::neverAnswer());
    N8nDelivery delivery(target(), QStringLiteral("EAAcanceled"), apiKey, transport.operator->(), {});
    auto delivered = watch(&delivery);
    delivery.start();
    QVERIFY(QTest::qWaitFor([&] { return m_n8n->http().requestCount() == 1; }, 15000));
    QCOMPARE(delivered->count, 0);
    delivery.cancel();
    QCOMPARE(delivered->count, 1); // synchronously
    QCOMPARE(delivered->result.kind(), DeliveryResult::Kind::Canceled);
    delivery.cancel();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(delivered->count, 1);
}

void TestRequestContract::n8nAnswerOverTheCap()
{
    QFETCH(bool, pooled);
    Transport transport(pooled);
    m_n8n->http().enqueue(GraphTestServer::Response::json(200, "{\"message\":\"" + QByteArray(8192, 'x') + "\"}"));
    DeliveryOptions options;
    options.maxResponseBytes = 1024;
    const DeliveryResult result = deliver(transport.operator->(), options);
    QCOMPARE(result.kind(), DeliveryResult::Kind::HttpError);
    QVERIFY2(result.message().contains(QStringLiteral("cut off")), qPrintable(result.message()));
}

void TestRequestContract::n8nRedirectKeepsTheKey()
{
    QFETCH(bool, pooled);
    Transport transport(pooled);
    GraphTestServer other;
    QVERIFY(other.start());
    QUrl location = other.baseUrl();
    location.setPath(QStringLiteral("/api/v1/credentials/") + credentialId);
    m_n8n->http().enqueue(GraphTestServer::Response::json(308, "{}").withHeader("Location", location.toEncoded()));
    const DeliveryResult result = deliver(transport.operator->());
    QCOMPARE(result.kind(), DeliveryResult::Kind::HttpError);
    QCOMPARE(result.httpStatus, 308);
    QCOMPARE(other.connectionCount(), 0);
    QCOMPARE(m_n8n->http().requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestRequestContract)
#include "TestRequestContract.moc"
