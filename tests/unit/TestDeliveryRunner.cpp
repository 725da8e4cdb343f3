// DeliveryRunner with the REAL keychain (the private Secret Service of scripts/run-tests.sh):
// the n8n API key and the saved token come from the keychain, every target gets the token,
// outcomes are noted, a failed target is retried by a later run and a served one is not sent
// the same token again. Skips without a Secret Service, fails instead when
// LONGLIVED_REQUIRE_KEYRING=1.

#include "renewal/DeliveryRunner.h"
#include "vault/DeliveryStore.h"
#include "DeliveryFixture.h"
#include "KeyringTestSupport.h"
#include "N8nTestServer.h"
#include "StoredSettings.h"
#include "vault/ProfileStore.h"
#include "vault/TokenVault.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace KeyringTestSupport;

class TestDeliveryRunner : public QObject, private DeliveryFixture {
    Q_OBJECT

private:
    // A saved profile with an n8n target (its key in the keychain) and a file target.
    void setUpProfile(const QString& token)
    {
        Profile profile;
        profile.name = m_name;
        QVERIFY(waitForVault(m_vault->save(profile, token)));
        const auto n8n = m_deliveries->add(m_name, DeliveryTarget::n8n(m_n8n->baseUrl(), credentialId));
        QVERIFY(n8n);
        QVERIFY(waitForVault(m_vault->saveDeliveryKey(m_name, n8n->id, m_apiKey)));
        QVERIFY(m_deliveries->add(m_name, DeliveryTarget::file(m_dir.filePath(m_name + QStringLiteral(".token")))));
    }

    QList<DeliveryOutcome> runToEnd(DeliveryRunner& runner)
    {
        QSignalSpy finished(&runner, &DeliveryRunner::finished);
        const qsizetype before = runner.outcomes().size();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000))
            qWarning("runner did not finish within 30 s");
        return runner.outcomes().mid(before);
    }

    QStringList ids(const QList<DeliveryOutcome>& outcomes) const
    {
        QStringList list;
        for (const DeliveryOutcome& outcome : outcomes)
            list << outcome.target.id + (outcome.result.isOk() ? QStringLiteral(":ok") : QStringLiteral(":failed"));
        return list;
    }

private slots:
    void initTestCase()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        QVERIFY(m_dir.isValid());
    }

    void init() { QVERIFY(startDeliveryFixture(QStringLiteral("LongLived delivery test "))); }

    void cleanup() { stopDeliveryFixture(); }

    void documentedKeyName()
    {
        QCOMPARE(TokenVault::deliveryKeyKey(QStringLiteral("Page"), QStringLiteral("n8n-1")),
                 QStringLiteral("n8n-key/Page/n8n-1"));
    }

    void savedTokenToEveryTargetWithTheKeyFromTheKeychain()
    {
        const QString token = uniqueSecret(QStringLiteral("EAA"));
        setUpProfile(token);
        DeliveryRunner runner(m_deliveries.get(), m_vault.get(), &m_transport);
        runner.deliverSaved(m_name);
        const QList<DeliveryOutcome> outcomes = runToEnd(runner);
        QCOMPARE(ids(outcomes), (QStringList {QStringLiteral("n8n-1:ok"), QStringLiteral("file-2:ok")}));
        QVERIFY(runner.allSucceeded());

        // n8n saw exactly one PATCH with the keychain's key and the token.
        QCOMPARE(m_n8n->http().requestCount(), 1);
        QVERIFY(m_n8n->http().lastRequest().header("X-N8N-API-KEY") == m_apiKey.toUtf8());
        QVERIFY(m_n8n->credentialData(credentialId).value(QStringLiteral("accessToken")).toString() == token);
        QCOMPARE(m_n8n->credentialData(credentialId).value(QStringLiteral("appId")).toString(), QStringLiteral("42"));
        QVERIFY2(m_n8n->violations().isEmpty(), qPrintable(m_n8n->violations().join(QLatin1Char('\n'))));
        QVERIFY(readFile(m_dir.filePath(m_name + QStringLiteral(".token"))) == token.toUtf8() + '\n');

        // The key is in the keychain, and neither secret in the settings file.
        QCOMPARE(longLivedItems(TokenVault::serviceName(), TokenVault::deliveryKeyKey(m_name, QStringLiteral("n8n-1")))
                     .size(),
                 1);
        const QByteArray settings = StoredSettings::bytes(m_deliveries->fileName());
        QVERIFY(settings.contains("n8n-1"));
        QVERIFY(!settings.contains(token.toUtf8()));
        QVERIFY(!settings.contains(m_apiKey.toUtf8()));
    }

    void failedTargetRetriedLaterAndServedTargetNotResent()
    {
        const QString token = uniqueSecret(QStringLiteral("EAA"));
        setUpProfile(token);
        DeliveryRunner runner(m_deliveries.get(), m_vault.get(), &m_transport);

        // First run: n8n is down for a moment.
        m_n8n->http().enqueue(N8nTestServer::error(503, QStringLiteral("Service unavailable")));
        runner.deliver(m_name, token);
        QCOMPARE(ids(runToEnd(runner)), (QStringList {QStringLiteral("n8n-1:failed"), QStringLiteral("file-2:ok")}));
        QVERIFY(!runner.allSucceeded());
        const auto failed = m_deliveries->target(m_name, QStringLiteral("n8n-1"));
        QVERIFY(failed->deliveredFingerprint.isEmpty());
        QVERIFY(failed->lastMessage.contains(QStringLiteral("503")));

        // A later run catches up on the failed target only.
        runner.deliverSaved(m_name, DeliveryRunner::Scope::Pending);
        QCOMPARE(ids(runToEnd(runner)), QStringList {QStringLiteral("n8n-1:ok")});
        QCOMPARE(m_n8n->http().requestCount(), 2);
        QVERIFY(m_n8n->credentialData(credentialId).value(QStringLiteral("accessToken")).toString() == token);

        // And the next one has nothing to send.
        runner.deliverSaved(m_name, DeliveryRunner::Scope::Pending);
        QVERIFY(runToEnd(runner).isEmpty());
        QCOMPARE(m_n8n->http().requestCount(), 2);

        // A new token is pending everywhere again.
        const QString renewed = uniqueSecret(QStringLiteral("EAA"));
        runner.deliver(m_name, renewed, DeliveryRunner::Scope::Pending);
        QCOMPARE(ids(runToEnd(runner)), (QStringList {QStringLiteral("n8n-1:ok"), QStringLiteral("file-2:ok")}));
        QCOMPARE(m_deliveries->target(m_name, QStringLiteral("file-2"))->deliveredFingerprint,
                 DeliveryTarget::fingerprint(renewed));
    }

    void missingKeyIsAnOutcome()
    {
        const QString token = uniqueSecret(QStringLiteral("EAA"));
        setUpProfile(token);
        QVERIFY(waitForVault(m_vault->forgetDeliveryKey(m_name, QStringLiteral("n8n-1"))));
        DeliveryRunner runner(m_deliveries.get(), m_vault.get(), &m_transport);
        runner.deliver(m_name, token, DeliveryRunner::Scope::All, {QStringLiteral("n8n-1")});
        const QList<DeliveryOutcome> outcomes = runToEnd(runner);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.at(0).result.kind(), DeliveryResult::Kind::MissingKey);
        QCOMPARE(m_n8n->http().connectionCount(), 0);
    }

    void unsavedProfileReported()
    {
        QVERIFY(m_deliveries->add(m_name, DeliveryTarget::file(m_dir.filePath(QStringLiteral("never.token")))));
        DeliveryRunner runner(m_deliveries.get(), m_vault.get(), &m_transport);
        QSignalSpy unavailable(&runner, &DeliveryRunner::tokenUnavailable);
        runner.deliverSaved(m_name);
        QVERIFY(runToEnd(runner).isEmpty());
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(!runner.allSucceeded());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.token"))));
    }

    void cancelStopsTheQueue()
    {
        const QString token = uniqueSecret(QStringLiteral("EAA"));
        setUpProfile(token);
        m_n8n->http().enqueue(GraphTestServer::Response::neverAnswer());
        DeliveryRunner runner(m_deliveries.get(), m_vault.get(), &m_transport);
        QSignalSpy finished(&runner, &DeliveryRunner::finished);
        runner.deliver(m_name, token);
        QTRY_COMPARE_WITH_TIMEOUT(m_n8n->http().requestCount(), 1, 20000);
        runner.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(ids(runner.outcomes()), QStringList {QStringLiteral("n8n-1:failed")});
        QCOMPARE(runner.outcomes().at(0).result.kind(), DeliveryResult::Kind::Canceled);
        QVERIFY(!QFile::exists(m_dir.filePath(m_name + QStringLiteral(".token"))));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryRunner)
#include "TestDeliveryRunner.moc"
