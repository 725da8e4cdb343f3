// n8n delivery against a loopback n8n-compatible server: the exact PATCH it sends, every
// answer n8n gives in plain language, the deadline and cancel, and plain http:// refused.

#include "DeliveryTestSupport.h"
#include "http/HttpRequest.h"
#include "http/NetworkManagerTransport.h"
#include "renewal/N8nCredentialJob.h"
#include "renewal/N8nDelivery.h"
#include "N8nTestServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace DeliveryTestSupport;

namespace {
const QString credentialId = QStringLiteral("3BWxfPPkMN1s54s8");
const QString apiKey = QStringLiteral("n8n_api_Secr3tKeyValue0123456789");
const QString token = QStringLiteral("EAAtestTokenValue0123456789abcdefghij");
} // namespace

class TestN8nDelivery : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<N8nTestServer> m_n8n;
    QNetworkAccessManager m_network;
    NetworkManagerTransport m_transport {&m_network};

    DeliveryResult deliver(const DeliveryTarget& target, const DeliveryOptions& options = {},
                           const QString& key = apiKey)
    {
        N8nDelivery delivery(target, token, key, &m_transport, options);
        return run(&delivery);
    }

    DeliveryTarget target(const QString& field = DeliveryTarget::defaultField()) const
    {
        return DeliveryTarget::n8n(m_n8n->baseUrl(), credentialId, field);
    }

private slots:
    void init()
    {
        m_n8n = std::make_unique<N8nTestServer>();
        QVERIFY(m_n8n->start());
        m_n8n->setApiKey(apiKey);
        m_n8n->addCredential(
            credentialId,
            {{QStringLiteral("accessToken"), QStringLiteral("old")}, {QStringLiteral("appId"), QStringLiteral("42")}});
    }

    void cleanup() { m_n8n.reset(); }

    void sendsExactlyOnePatchAndMergesTheField()
    {
        const DeliveryResult result = deliver(target());
        QVERIFY2(result.isOk(), qPrintable(result.message()));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(m_n8n->http().requestCount(), 1);
        const GraphTestServer::Request request = m_n8n->http().lastRequest();
        QCOMPARE(request.method, QByteArray("PATCH"));
        QCOMPARE(request.path, QStringLiteral("/api/v1/credentials/") + credentialId);
        QVERIFY(request.header("X-N8N-API-KEY") == apiKey.toUtf8());
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(request.body
                == QByteArray("{\"data\":{\"accessToken\":\"") + token.toUtf8()
                    + QByteArray("\"},\"isPartialData\":true}"));
        QVERIFY2(m_n8n->violations().isEmpty(), qPrintable(m_n8n->violations().join(QLatin1Char('\n'))));
        const QJsonObject stored = m_n8n->credentialData(credentialId);
        QVERIFY(stored.value(QStringLiteral("accessToken")).toString() == token);
        QCOMPARE(stored.value(QStringLiteral("appId")).toString(), QStringLiteral("42")); // merged, not replaced
        QVERIFY(!result.message().contains(token));
    }

    void otherFieldNames()
    {
        QVERIFY(deliver(target(QStringLiteral("value"))).isOk());
        QVERIFY(m_n8n->credentialData(credentialId).value(QStringLiteral("value")).toString() == token);
    }

    void baseUrlWithApiPathIsNotDoubled()
    {
        QUrl base = m_n8n->baseUrl();
        base.setPath(QStringLiteral("/api/v1/"));
        QCOMPARE(N8nCredentialJob::credentialUrl(base, credentialId).path(),
                 QStringLiteral("/api/v1/credentials/") + credentialId);
        base.setPath(QStringLiteral("/n8n/"));
        QCOMPARE(N8nCredentialJob::credentialUrl(base, credentialId).path(),
                 QStringLiteral("/n8n/api/v1/credentials/") + credentialId);
    }

    void statusesInPlainLanguage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("n8nMessage");
        QTest::addColumn<DeliveryResult::Kind>("kind");
        QTest::addColumn<QString>("expected");
        using K = DeliveryResult::Kind;
        QTest::newRow("401") << 401 << QStringLiteral("unauthorized") << K::Unauthorized << QStringLiteral("API key");
        QTest::newRow("403") << 403 << QStringLiteral("Forbidden") << K::Forbidden
                             << QStringLiteral("credential:update");
        QTest::newRow("404 credential") << 404 << QStringLiteral("Credential not found") << K::NotFound
                                        << QStringLiteral("no credential with the id ") + credentialId;
        QTest::newRow("404 path") << 404 << QStringLiteral("not found") << K::NoApi << QStringLiteral("no API");
        QTest::newRow("405") << 405 << QStringLiteral("Method not allowed") << K::NoApi << QStringLiteral("no API");
        QTest::newRow("400") << 400 << QStringLiteral("request/body/data must NOT have additional properties")
                             << K::Rejected << QStringLiteral("must NOT have additional properties");
        QTest::newRow("415") << 415 << QStringLiteral("Unsupported Media Type") << K::WrongContentType
                             << QStringLiteral("content type");
        QTest::newRow("500") << 500 << QStringLiteral("Internal error") << K::HttpError
                             << QStringLiteral("HTTP error 500");
    }

    void statusesInPlainLanguage()
    {
        QFETCH(int, status);
        QFETCH(QString, n8nMessage);
        QFETCH(DeliveryResult::Kind, kind);
        QFETCH(QString, expected);
        m_n8n->http().enqueue(N8nTestServer::error(status, n8nMessage));
        const DeliveryResult result = deliver(target());
        QCOMPARE(result.kind(), kind);
        QCOMPARE(result.httpStatus, status);
        QVERIFY2(result.message().contains(expected), qPrintable(result.message()));
    }

    // The test server itself answers like n8n: the real paths to 401, 403, 404, 400.
    void serverAnswersLikeN8n()
    {
        QCOMPARE(deliver(target(), {}, QStringLiteral("wrong-key")).kind(), DeliveryResult::Kind::Unauthorized);
        m_n8n->setKeyMayUpdate(false);
        QCOMPARE(deliver(target()).kind(), DeliveryResult::Kind::Forbidden);
        m_n8n->setKeyMayUpdate(true);
        QCOMPARE(deliver(DeliveryTarget::n8n(m_n8n->baseUrl(), QStringLiteral("unknownId"))).kind(),
                 DeliveryResult::Kind::NotFound);
    }

    void n8nTextIsCleanedOfSecrets()
    {
        m_n8n->http().enqueue(
            N8nTestServer::error(400, QStringLiteral("bad value ") + token + QStringLiteral("\n") + apiKey));
        const DeliveryResult result = deliver(target());
        QCOMPARE(result.kind(), DeliveryResult::Kind::Rejected);
        QVERIFY(!result.message().contains(token));
        QVERIFY(!result.message().contains(apiKey));
        QVERIFY(!result.message().contains(QLatin1Char('\n')));
    }

    void deadline()
    {
        m_n8n->http().enqueue(GraphTestServer::Response::neverAnswer());
        DeliveryOptions options;
        options.deadlineMs = 300;
        const DeliveryResult result = deliver(target(), options);
        QCOMPARE(result.kind(), DeliveryResult::Kind::Timeout);
        QVERIFY(!result.message().contains(m_n8n->baseUrl().toString()));
    }

    void idleTimeout()
    {
        m_n8n->http().enqueue(GraphTestServer::Response::neverAnswer());
        DeliveryOptions options;
        options.idleTimeoutMs = 200;
        const DeliveryResult result = deliver(target(), options);
        QCOMPARE(result.kind(), DeliveryResult::Kind::Timeout);
        QVERIFY2(result.message().contains(QStringLiteral("n8n")), qPrintable(result.message()));
    }

    void connectionRefusedInPlainLanguage()
    {
        const DeliveryTarget closed = target();
        m_n8n.reset(); // nothing listens on that port any more
        const DeliveryResult result = deliver(closed);
        QCOMPARE(result.kind(), DeliveryResult::Kind::Network);
        QVERIFY2(result.message().contains(QStringLiteral("refused")), qPrintable(result.message()));
        QVERIFY(!result.message().contains(closed.n8nUrl.toString()));
    }

    void cancelWhileWaiting()
    {
        m_n8n->http().enqueue(GraphTestServer::Response::neverAnswer());
        N8nDelivery delivery(target(), token, apiKey, &m_transport, {});
        auto finished = watch(&delivery);
        delivery.start();
        QTRY_COMPARE(m_n8n->http().requestCount(), 1);
        delivery.cancel();
        QTRY_VERIFY(finished->done);
        QCOMPARE(finished->result.kind(), DeliveryResult::Kind::Canceled);
        delivery.cancel();
        QCOMPARE(finished->count, 1);
    }

    void plainHttpToOtherHostsRefusedBeforeConnecting()
    {
        // The address points at the loopback server's port, so a sent request would arrive there.
        QUrl url = m_n8n->baseUrl();
        url.setHost(QStringLiteral("n8n.example.com"));
        const DeliveryResult result = deliver(DeliveryTarget::n8n(url, credentialId));
        QCOMPARE(result.kind(), DeliveryResult::Kind::InsecureUrl);
        QCOMPARE(m_n8n->http().connectionCount(), 0);
    }

    void storedKeyThatCannotBeAHeaderIsExplained()
    {
        // A key kept from before keys were checked on entry: named as the problem, never sent.
        const DeliveryResult broken = deliver(target(), {}, QStringLiteral("n8n_api_Sec\r\nret"));
        QCOMPARE(broken.kind(), DeliveryResult::Kind::InvalidTarget);
        QVERIFY2(broken.message().contains(QLatin1String("line break")), qPrintable(broken.message()));
        QVERIFY(!broken.message().contains(QLatin1String("n8n_api_Sec")));
        QCOMPARE(m_n8n->http().connectionCount(), 0);

        // A line break around it (a key pasted with its newline) is only trimmed.
        const DeliveryResult padded = deliver(target(), {}, apiKey + QStringLiteral("\n"));
        QVERIFY2(padded.isOk(), qPrintable(padded.message()));
        QVERIFY(m_n8n->http().lastRequest().header("X-N8N-API-KEY") == apiKey.toUtf8());
    }

    void credentialIdsCannotInjectAPath_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("slash") << QStringLiteral("../workflows/1");
        QTest::newRow("query") << QStringLiteral("abc?x=1");
        QTest::newRow("encoded") << QStringLiteral("abc%2F1");
        QTest::newRow("empty") << QString();
    }

    void credentialIdsCannotInjectAPath()
    {
        QFETCH(QString, id);
        QVERIFY(!DeliveryTarget::isValidCredentialId(id));
        QCOMPARE(deliver(DeliveryTarget::n8n(m_n8n->baseUrl(), id)).kind(), DeliveryResult::Kind::InvalidTarget);
        QCOMPARE(m_n8n->http().connectionCount(), 0);
    }

    void validIds()
    {
        QVERIFY(DeliveryTarget::isValidCredentialId(credentialId));
        QVERIFY(DeliveryTarget::isValidCredentialId(QStringLiteral("a-b_C9")));
    }

    void apiKeysThatCanBeAHeader_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem"); // a phrase of the message; empty: accepted
        const QString control = QStringLiteral("line break or another control character");
        const QString header = QStringLiteral("HTTP header");
        QTest::newRow("n8n's old format") << apiKey << QString();
        QTest::newRow("JWT") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl-_") << QString();
        QTest::newRow("punctuation") << QStringLiteral("a!#$%&'*+-.^_`|~=/:;<>?@[]{}\\\"z") << QString();
        QTest::newRow("longest") << QString(DeliveryTarget::maxApiKeyLength, QLatin1Char('k')) << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the n8n API key");
        QTest::newRow("CR LF inside") << QStringLiteral("n8n_api_Sec\r\nret") << control;
        QTest::newRow("lone CR inside") << QStringLiteral("n8n_api_Sec\rret") << control;
        QTest::newRow("LF inside") << QStringLiteral("n8n_api_Sec\nret") << control;
        QTest::newRow("tab") << QStringLiteral("n8n_api_Sec\tret") << control;
        QTest::newRow("NUL") << QString(QStringLiteral("n8n_api_Sec") + QChar(0) + QStringLiteral("ret")) << control;
        QTest::newRow("DEL") << QStringLiteral("n8n_api_Sec\x7fret") << control;
        QTest::newRow("C1 control") << QStringLiteral("n8n_api_Sec\u0085ret") << control;
        QTest::newRow("line separator") << QStringLiteral("n8n_api_Sec\u2028ret") << control;
        QTest::newRow("Latin-1 letter") << QStringLiteral("n8n_api_S\u00e9cret") << header;
        QTest::newRow("no-break space inside") << QStringLiteral("n8n_api_Sec\u00a0ret") << header;
        QTest::newRow("zero-width space inside") << QStringLiteral("n8n_api_Sec\u200bret") << header;
        QTest::newRow("beyond Latin-1") << QStringLiteral("n8n_api_Sec\u20acret") << header;
        QTest::newRow("too long") << QString(DeliveryTarget::maxApiKeyLength + 1, QLatin1Char('k'))
                                  << QStringLiteral("too long");
    }

    void apiKeysThatCanBeAHeader()
    {
        QFETCH(QString, key);
        QFETCH(QString, problem);
        const QString message = DeliveryTarget::apiKeyProblem(key);
        HttpRequest request;
        request.method = QByteArrayLiteral("PATCH");
        request.headers = {{QByteArrayLiteral("X-N8N-API-KEY"), key.toUtf8()}};
        if (problem.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            QVERIFY(request.isWellFormed()); // what the rule accepts, the transport sends
        } else {
            QVERIFY2(message.contains(problem), qPrintable(message));
            QVERIFY(!message.contains(QLatin1String("n8n_api_S")) && !message.contains(QLatin1String("kkkk")));
        }
    }
};

QTEST_GUILESS_MAIN(TestN8nDelivery)
#include "TestN8nDelivery.moc"
