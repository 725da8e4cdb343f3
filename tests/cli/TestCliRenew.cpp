// `longlived-cli renew` as a process, with the REAL Secret Service of scripts/run-tests.sh, a
// loopback Graph server answering the refresh, and a loopback n8n server receiving deliveries:
// renewed and delivered, not due (plenty left, under 24 h), needs a login, expired, Meta
// refusing, a delivery that fails and then succeeds, --dry-run, the --json shape.

#include "CliProcess.h"
#include "vault/DeliveryStore.h"
#include "vault/DeliveryTarget.h"
#include "GraphTestServer.h"
#include "KeyringTestSupport.h"
#include "N8nTestServer.h"
#include "vault/Profile.h"
#include "vault/ProfileStore.h"
#include "vault/TokenVault.h"
#include "vault/VaultJob.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusObjectPath>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace KeyringTestSupport;

namespace {
constexpr qint64 day = 24 * 60 * 60;
const QString apiKey = QStringLiteral("n8n_api_renew_test");
const QString credentialId = QStringLiteral("CredRenew01");
} // namespace

/// A desktop's notification daemon on the test's session bus: records what it is asked to show.
class NotificationService : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown {
        QString appName;
        QString summary;
        QString body;
    };
    QList<Shown> shown;

public slots:
    uint Notify(const QString& appName, uint, const QString&, const QString& summary, const QString& body,
                const QStringList&, const QVariantMap&, int)
    {
        shown.append({appName, summary, body});
        return uint(shown.size());
    }
};

class TestCliRenew : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void renewsAndDelivers();
    void notDueSaysWhy();
    void needsLoginAndExpired();
    void metaRefusesTheRefresh();
    void failedDeliveryIsRetriedNextRun();
    void dryRunSendsNothing();
    void unknownProfileIsAUsageError();
    void twoRunsRefreshOnce();
    void aHeldLockIsReported();
    void killedBetweenMetaAndTheKeychain();
    void notifiesWhatNeedsTheUser();
    void notifyWithoutAServiceIsNoError();
    void lockedKeyringIsReportedAsLocked();

private:
    /// Starts the CLI without waiting (the caller waits).
    std::unique_ptr<QProcess> startCli(const QStringList& arguments, const QProcessEnvironment& env) const;
    /// Runs the CLI with this process's event loop turning (in-process D-Bus services answer).
    static CliProcess::Result runWithEventLoop(const CliProcess& process, const QStringList& arguments);
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("LongLived/LongLived.conf")); }
    CliProcess cli() const;
    /// Saves a profile (keychain and list) whose token was obtained \a ageSeconds ago and
    /// expires in \a expiresIn seconds; returns its unique name.
    QString saveProfile(const QString& base, Platform platform, qint64 ageSeconds, qint64 expiresIn,
                        const QString& token);
    /// Adds an n8n target to \a name, its API key in the keychain.
    void addN8nTarget(const QString& name);
    QString storedToken(const QString& name) const;
    static QJsonObject onlyLine(const CliProcess::Result& result);
    /// The refresh requests the Graph server received.
    int refreshCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GraphTestServer> m_graph;
    std::unique_ptr<N8nTestServer> m_n8n;
    QStringList m_names;
    QString m_refreshedToken;
};

void TestCliRenew::initTestCase()
{
    LONGLIVED_REQUIRE_SECRET_SERVICE();
}

void TestCliRenew::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_graph = std::make_unique<GraphTestServer>();
    QVERIFY(m_graph->start());
    m_refreshedToken = QStringLiteral("THrenewed%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString refreshed = m_refreshedToken;
    m_graph->setHandler([refreshed](const GraphTestServer::Request& request) {
        if (request.path == QLatin1String("/refresh_access_token"))
            return GraphTestServer::tokenResponse(refreshed, 5183944);
        return GraphTestServer::Response::json(404, "{}");
    });
    m_n8n = std::make_unique<N8nTestServer>();
    QVERIFY(m_n8n->start());
    m_n8n->setApiKey(apiKey);
    m_n8n->addCredential(credentialId, {{QStringLiteral("accessToken"), QStringLiteral("old")}});
}

void TestCliRenew::cleanup()
{
    QVERIFY(forgetLeftovers(m_names, m_dir->filePath(QStringLiteral("scratch.ini"))));
    ProfileStore store(settingsFile());
    TokenVault vault(&store);
    DeliveryStore deliveries(settingsFile());
    for (const QString& name : std::as_const(m_names)) {
        for (const DeliveryTarget& target : deliveries.targets(name)) {
            QSignalSpy gone(vault.forgetDeliveryKey(name, target.id), &VaultJob::succeeded);
            gone.wait(10000);
        }
    }
    m_names.clear();
    m_n8n.reset();
    m_graph.reset();
}

CliProcess TestCliRenew::cli() const
{
    CliProcess process(m_graph->baseUrl());
    process.setEnv(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path());
    process.setEnv(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
    return process;
}

QString TestCliRenew::saveProfile(const QString& base, Platform platform, qint64 ageSeconds, qint64 expiresIn,
                                  const QString& token)
{
    const QString name = QStringLiteral("renew %1 %2").arg(base, QUuid::createUuid().toString(QUuid::Id128).left(8));
    m_names << name;
    ProfileStore store(settingsFile());
    TokenVault vault(&store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Profile profile;
    profile.name = name;
    profile.platform = platform;
    profile.appId = QStringLiteral("1234567890");
    profile.obtainedAt = now.addSecs(-ageSeconds);
    profile.expiresAt = now.addSecs(expiresIn);
    profile.tokenType = QStringLiteral("bearer");
    QSignalSpy saved(vault.save(profile, token), &VaultJob::succeeded);
    if (!saved.wait(15000))
        qWarning("the profile was not saved");
    return name;
}

void TestCliRenew::addN8nTarget(const QString& name)
{
    DeliveryStore deliveries(settingsFile());
    const std::optional<DeliveryTarget> target
        = deliveries.add(name, DeliveryTarget::n8n(m_n8n->baseUrl(), credentialId));
    QVERIFY(target.has_value());
    ProfileStore store(settingsFile());
    TokenVault vault(&store);
    QSignalSpy saved(vault.saveDeliveryKey(name, target->id, apiKey), &VaultJob::succeeded);
    QVERIFY(saved.wait(15000));
}

QString TestCliRenew::storedToken(const QString& name) const
{
    return secretToolLookup(
        {QStringLiteral("server"), TokenVault::serviceName(), QStringLiteral("user"), TokenVault::tokenKey(name)});
}

QJsonObject TestCliRenew::onlyLine(const CliProcess::Result& result)
{
    const QList<QByteArray> lines = result.outLines();
    if (lines.size() != 1) {
        qWarning("expected one line on stdout, got %d", int(lines.size()));
        return {};
    }
    return QJsonDocument::fromJson(lines.first()).object();
}

int TestCliRenew::refreshCount() const
{
    int count = 0;
    for (const GraphTestServer::Request& request : m_graph->requests())
        count += request.path == QLatin1String("/refresh_access_token") ? 1 : 0;
    return count;
}

void TestCliRenew::renewsAndDelivers()
{
    const QString oldToken = QStringLiteral("THold%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString name = saveProfile(QStringLiteral("due"), Platform::Threads, 50 * day, 5 * day, oldToken);
    addN8nTarget(name);
    const QString file = m_dir->filePath(QStringLiteral("token.env"));
    QVERIFY(DeliveryStore(settingsFile()).add(name, DeliveryTarget::file(file, QStringLiteral("env:THREADS_TOKEN"))));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto r = cli().run({QStringLiteral("renew"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = onlyLine(r);
    QVERIFY2(!json.isEmpty(), r.out.constData());
    const QStringList keys {QStringLiteral("profile"),    QStringLiteral("platform"),   QStringLiteral("action"),
                            QStringLiteral("message"),    QStringLiteral("expires_at"), QStringLiteral("never_expires"),
                            QStringLiteral("renewed_at"), QStringLiteral("deliveries"), QStringLiteral("error")};
    QCOMPARE(json.keys().size(), keys.size());
    for (const QString& key : keys)
        QVERIFY2(json.contains(key), qPrintable(key));
    QCOMPARE(json.value(QLatin1String("profile")).toString(), name);
    QCOMPARE(json.value(QLatin1String("platform")).toString(), QStringLiteral("threads"));
    QCOMPARE(json.value(QLatin1String("action")).toString(), QStringLiteral("renewed"));
    QVERIFY(json.value(QLatin1String("error")).isNull());
    const QDateTime expires = QDateTime::fromString(json.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
    QVERIFY(expires > before.addDays(59));
    QVERIFY(QDateTime::fromString(json.value(QLatin1String("renewed_at")).toString(), Qt::ISODate) >= before);
    const QJsonArray deliveries = json.value(QLatin1String("deliveries")).toArray();
    QCOMPARE(deliveries.size(), 2);
    for (const QJsonValue& delivery : deliveries)
        QVERIFY2(delivery.toObject().value(QLatin1String("ok")).toBool(), r.err.constData());
    QCOMPARE(deliveries.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("n8n"));

    // Meta was asked once, with the old token; the new one is everywhere it belongs.
    QCOMPARE(refreshCount(), 1);
    QVERIFY(m_graph->requests().first().queryValue(QStringLiteral("access_token")) == oldToken);
    QVERIFY(storedToken(name) == m_refreshedToken);
    QVERIFY(m_n8n->credentialData(credentialId).value(QLatin1String("accessToken")).toString() == m_refreshedToken);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll() == "THREADS_TOKEN=" + m_refreshedToken.toUtf8() + "\n");
    const Profile stored = *ProfileStore(settingsFile()).profile(name);
    QCOMPARE(stored.expiresAt.toSecsSinceEpoch(), expires.toSecsSinceEpoch()); // JSON has whole seconds
    QVERIFY(stored.renewedAt >= before);
    QVERIFY(stored.obtainedAt >= before);
    QVERIFY(!r.out.contains(m_refreshedToken.toUtf8()) && !r.err.contains(m_refreshedToken.toUtf8()));
    QVERIFY(!r.err.contains(oldToken.toUtf8()));
    QVERIFY(m_n8n->violations().isEmpty());

    // The human line on stderr.
    const auto again = cli().run({QStringLiteral("renew"), QStringLiteral("--profile"), name});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.isEmpty());
    QVERIFY2(again.err.contains(QByteArray(name.toUtf8() + ": Not due: obtained less than 24 hours ago")),
             again.err.constData());
    QCOMPARE(refreshCount(), 1);
}

void TestCliRenew::notDueSaysWhy()
{
    const QString plenty = saveProfile(QStringLiteral("plenty"), Platform::Instagram, 10 * day, 50 * day,
                                       QStringLiteral("IGplenty0123456789"));
    const QString young
        = saveProfile(QStringLiteral("young"), Platform::Threads, 3600, 5 * day, QStringLiteral("THyoung0123456789"));
    auto r = cli().run({QStringLiteral("renew"), QStringLiteral("--profile"), plenty, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject json = onlyLine(r);
    QCOMPARE(json.value(QLatin1String("action")).toString(), QStringLiteral("not_due"));
    QVERIFY2(json.value(QLatin1String("message"))
                 .toString()
                 .startsWith(QLatin1String("Not due: 49 days left. It is renewed when 14 days or fewer remain.")),
             qPrintable(json.value(QLatin1String("message")).toString()));
    r = cli().run({QStringLiteral("renew"), QStringLiteral("--profile"), young, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    json = onlyLine(r);
    QCOMPARE(json.value(QLatin1String("action")).toString(), QStringLiteral("not_due"));
    QVERIFY(json.value(QLatin1String("message")).toString().contains(QLatin1String("less than 24 hours ago")));
    // --within 60 makes the plenty one due.
    r = cli().run({QStringLiteral("renew"), QStringLiteral("--profile"), plenty, QStringLiteral("--within"),
                   QStringLiteral("60"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(onlyLine(r).value(QLatin1String("action")).toString(), QStringLiteral("renewed"));
    QCOMPARE(refreshCount(), 1);
}

void TestCliRenew::needsLoginAndExpired()
{
    const QString facebook = saveProfile(QStringLiteral("facebook"), Platform::Facebook, 50 * day, 5 * day,
                                         QStringLiteral("EAAfacebook0123456789"));
    const QString expired = saveProfile(QStringLiteral("expired"), Platform::Threads, 70 * day, -2 * day,
                                        QStringLiteral("THexpired0123456789"));
    const QString page
        = saveProfile(QStringLiteral("page"), Platform::Facebook, 5 * day, 0, QStringLiteral("EAApage0123456789"));
    {
        ProfileStore store(settingsFile());
        Profile never = *store.profile(page);
        never.expiresAt = QDateTime();
        never.neverExpires = true;
        QVERIFY(store.put(never));
    }
    const auto r
        = cli().run({QStringLiteral("renew"), QStringLiteral("--profile"), facebook, QStringLiteral("--profile"),
                     expired, QStringLiteral("--profile"), page, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QMap<QString, QJsonObject> byName;
    for (const QByteArray& line : r.outLines()) {
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        byName.insert(json.value(QLatin1String("profile")).toString(), json);
    }
    QCOMPARE(byName.size(), 3);
    QCOMPARE(byName.value(facebook).value(QLatin1String("action")).toString(), QStringLiteral("needs_login"));
    QVERIFY(byName.value(facebook)
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("cannot be refreshed")));
    QCOMPARE(byName.value(expired).value(QLatin1String("action")).toString(), QStringLiteral("expired"));
    QCOMPARE(byName.value(page).value(QLatin1String("action")).toString(), QStringLiteral("never_expires"));
    QCOMPARE(byName.value(page).value(QLatin1String("never_expires")).toBool(), true);
    QCOMPARE(m_graph->requestCount(), 0);
    QVERIFY(r.err.contains("Needs a new login"));
}

void TestCliRenew::metaRefusesTheRefresh()
{
    const QString oldToken = QStringLiteral("THrefused%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString name = saveProfile(QStringLiteral("refused"), Platform::Threads, 50 * day, 5 * day, oldToken);
    addN8nTarget(name);
    const Profile before = *ProfileStore(settingsFile()).profile(name);
    m_graph->enqueue(GraphTestServer::flatError(400, 190, QStringLiteral("Error validating access token"),
                                                QStringLiteral("OAuthException")));
    const auto r = cli().run({QStringLiteral("renew"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = onlyLine(r);
    QCOMPARE(json.value(QLatin1String("action")).toString(), QStringLiteral("failed"));
    const QJsonObject error = json.value(QLatin1String("error")).toObject();
    QVERIFY2(!error.value(QLatin1String("kind")).toString().isEmpty(), r.out.constData());
    QCOMPARE(error.value(QLatin1String("code")).toInt(), 190);
    QCOMPARE(json.value(QLatin1String("deliveries")).toArray().size(), 0);
    // Nothing lost: the old token stays, the profile only notes the failure.
    QVERIFY(storedToken(name) == oldToken);
    const Profile after = *ProfileStore(settingsFile()).profile(name);
    QCOMPARE(after.expiresAt, before.expiresAt);
    QVERIFY(after.renewalFailedAt.isValid());
    QVERIFY(!after.renewalError.isEmpty());
    QCOMPARE(m_n8n->http().requestCount(), 0);
    QVERIFY(r.err.contains("Error validating access token") || r.err.contains(name.toUtf8()));
}

void TestCliRenew::failedDeliveryIsRetriedNextRun()
{
    const QString name = saveProfile(QStringLiteral("delivery"), Platform::Threads, 50 * day, 5 * day,
                                     QStringLiteral("THdelivery0123456789"));
    addN8nTarget(name);
    m_n8n->setKeyMayUpdate(false); // 403: the key lacks credential:update
    auto r = cli().run({QStringLiteral("renew"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QJsonObject json = onlyLine(r);
    QCOMPARE(json.value(QLatin1String("action")).toString(), QStringLiteral("renewed"));
    QJsonObject delivery = json.value(QLatin1String("deliveries")).toArray().first().toObject();
    QCOMPARE(delivery.value(QLatin1String("ok")).toBool(), false);
    QCOMPARE(delivery.value(QLatin1String("result")).toString(), QStringLiteral("forbidden"));
    QVERIFY(storedToken(name) == m_refreshedToken); // renewed all the same
    QVERIFY(m_n8n->credentialData(credentialId).value(QLatin1String("accessToken")).toString() == QLatin1String("old"));

    m_n8n->setKeyMayUpdate(true);
    r = cli().run({QStringLiteral("renew"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    json = onlyLine(r);
    QCOMPARE(json.value(QLatin1String("action")).toString(), QStringLiteral("not_due"));
    delivery = json.value(QLatin1String("deliveries")).toArray().first().toObject();
    QCOMPARE(delivery.value(QLatin1String("ok")).toBool(), true);
    QVERIFY(m_n8n->credentialData(credentialId).value(QLatin1String("accessToken")).toString() == m_refreshedToken);
    QCOMPARE(refreshCount(), 1);

    // Delivered: a third run has nothing to send, and does not even read the keychain. The
    // token is deleted there behind LongLived's back: a read would fail the run.
    QVERIFY(forgetLeftovers({name}, m_dir->filePath(QStringLiteral("unread.ini"))));
    QVERIFY(storedToken(name).isEmpty());
    r = cli().run({QStringLiteral("renew"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(onlyLine(r).value(QLatin1String("action")).toString(), QStringLiteral("not_due"));
    QCOMPARE(onlyLine(r).value(QLatin1String("deliveries")).toArray().size(), 0);
    QCOMPARE(m_n8n->http().requestCount(), 2);
}

void TestCliRenew::dryRunSendsNothing()
{
    const QString oldToken = QStringLiteral("THdry0123456789");
    const QString name = saveProfile(QStringLiteral("dry"), Platform::Threads, 50 * day, 5 * day, oldToken);
    addN8nTarget(name);
    const Profile before = *ProfileStore(settingsFile()).profile(name);
    const auto r = cli().run({QStringLiteral("renew"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = onlyLine(r);
    QCOMPARE(json.value(QLatin1String("action")).toString(), QStringLiteral("due"));
    QVERIFY(json.value(QLatin1String("message")).toString().startsWith(QLatin1String("Due: expires in 4 days.")));
    QCOMPARE(m_graph->connectionCount(), 0);
    QCOMPARE(m_n8n->http().connectionCount(), 0);
    QVERIFY(storedToken(name) == oldToken);
    QCOMPARE(*ProfileStore(settingsFile()).profile(name), before);
}

void TestCliRenew::unknownProfileIsAUsageError()
{
    auto r = cli().run(
        {QStringLiteral("renew"), QStringLiteral("--profile"), QStringLiteral("nobody"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("nobody"));
    for (const QStringList& args :
         {QStringList {QStringLiteral("renew"), QStringLiteral("--within"), QStringLiteral("x")},
          QStringList {QStringLiteral("renew"), QStringLiteral("--within"), QStringLiteral("-1")},
          QStringList {QStringLiteral("renew"), QStringLiteral("extra")}}) {
        r = cli().run(args);
        QCOMPARE(r.exitCode, 2);
    }
    r = cli().run({QStringLiteral("renew")}); // no profiles at all
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("No saved profiles"));
}

std::unique_ptr<QProcess> TestCliRenew::startCli(const QStringList& arguments, const QProcessEnvironment& env) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->start(CliProcess::program(), arguments);
    process->waitForStarted(5000);
    return process;
}

CliProcess::Result TestCliRenew::runWithEventLoop(const CliProcess& cliProcess, const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(const_cast<CliProcess&>(cliProcess).environment());
    process.start(CliProcess::program(), arguments);
    CliProcess::Result result;
    if (!process.waitForStarted(5000))
        return result;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    result.finished = process.state() == QProcess::NotRunning;
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// A timer's run and a person's at the same moment: the second waits for the first and then
// finds nothing due; Meta is asked once.
void TestCliRenew::twoRunsRefreshOnce()
{
    const QString name = saveProfile(QStringLiteral("twice"), Platform::Threads, 50 * day, 5 * day,
                                     QStringLiteral("THtwice0123456789"));
    m_graph->enqueue(GraphTestServer::tokenResponse(m_refreshedToken).delayed(1500));
    const QProcessEnvironment env = cli().environment();
    const QStringList args {QStringLiteral("renew"), QStringLiteral("--json")};
    auto first = startCli(args, env);
    auto second = startCli(args, env);
    QVERIFY(first->waitForFinished(30000));
    QVERIFY(second->waitForFinished(30000));
    QCOMPARE(refreshCount(), 1);
    QCOMPARE(first->exitCode(), 0);
    QCOMPARE(second->exitCode(), 0);
    QStringList actions;
    for (QProcess* process : {first.get(), second.get()})
        actions << QJsonDocument::fromJson(process->readAllStandardOutput())
                       .object()
                       .value(QLatin1String("action"))
                       .toString();
    actions.sort();
    QCOMPARE(actions, (QStringList {QStringLiteral("not_due"), QStringLiteral("renewed")}));
    QVERIFY(storedToken(name) == m_refreshedToken);
}

void TestCliRenew::aHeldLockIsReported()
{
    const QString oldToken = QStringLiteral("THheld0123456789");
    const QString name = saveProfile(QStringLiteral("held"), Platform::Threads, 50 * day, 5 * day, oldToken);
    m_graph->enqueue(GraphTestServer::tokenResponse(m_refreshedToken).delayed(4000));
    auto first = startCli({QStringLiteral("renew")}, cli().environment());
    QTRY_COMPARE_WITH_TIMEOUT(m_graph->requestCount(), 1, 15000); // the first run holds the lock
    const auto r = cli().run(
        {QStringLiteral("renew"), QStringLiteral("--json"), QStringLiteral("--lock-wait-ms"), QStringLiteral("100")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error = QJsonDocument::fromJson(r.out).object().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("locked_by_other_run"));
    QVERIFY2(r.err.contains("Another renew run (process "), r.err.constData());
    QVERIFY(first->waitForFinished(30000));
    QCOMPARE(first->exitCode(), 0);
    QCOMPARE(refreshCount(), 1);
    QVERIFY(storedToken(name) == m_refreshedToken);
}

// SIGKILL with Meta's new token in hand and the keychain not yet written: the keychain and the
// list still agree (the old token, the old expiry), the lock is not left held, and the next
// run renews.
void TestCliRenew::killedBetweenMetaAndTheKeychain()
{
    const QString oldToken = QStringLiteral("THkilled%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString name = saveProfile(QStringLiteral("killed"), Platform::Threads, 50 * day, 5 * day, oldToken);
    const Profile before = *ProfileStore(settingsFile()).profile(name);
    QProcessEnvironment env = cli().environment();
    env.insert(QStringLiteral("LONGLIVED_TEST_HOLD_BEFORE_KEYCHAIN_WRITE"), QStringLiteral("1"));
    auto held = startCli({QStringLiteral("renew")}, env);
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += held->readAllStandardError()).contains("holding before the keychain write"),
                             15000);
    QCOMPARE(refreshCount(), 1); // Meta has answered
    held->kill(); // SIGKILL
    QVERIFY(held->waitForFinished(5000));
    QCOMPARE(held->exitStatus(), QProcess::CrashExit);

    QVERIFY(storedToken(name) == oldToken);
    ProfileStore store(settingsFile());
    QCOMPARE(*store.profile(name), before);
    QVERIFY(!store.pendingReplace(name).has_value());

    const auto r = cli().run(
        {QStringLiteral("renew"), QStringLiteral("--json"), QStringLiteral("--lock-wait-ms"), QStringLiteral("2000")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(onlyLine(r).value(QLatin1String("action")).toString(), QStringLiteral("renewed"));
    QVERIFY(storedToken(name) == m_refreshedToken);
    QVERIFY(ProfileStore(settingsFile()).profile(name)->expiresAt > before.expiresAt);
}

void TestCliRenew::notifiesWhatNeedsTheUser()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("needs a session bus: run it through scripts/run-tests.sh");
    QDBusConnection server
        = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("notifications"));
    NotificationService service;
    QVERIFY(server.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
                                  QDBusConnection::ExportAllSlots));
    QVERIFY(server.registerService(QStringLiteral("org.freedesktop.Notifications")));
    const auto unregister = qScopeGuard([&server] {
        server.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        server.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        QDBusConnection::disconnectFromBus(QStringLiteral("notifications"));
    });

    // All well: nothing shown.
    const QString fine = saveProfile(QStringLiteral("fine"), Platform::Threads, 10 * day, 50 * day,
                                     QStringLiteral("THfine0123456789"));
    auto r = runWithEventLoop(cli(), {QStringLiteral("renew"), QStringLiteral("--notify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(service.shown.isEmpty());

    const QString login = saveProfile(QStringLiteral("login"), Platform::Facebook, 50 * day, 3 * day,
                                      QStringLiteral("EAAlogin0123456789"));
    r = runWithEventLoop(cli(), {QStringLiteral("renew"), QStringLiteral("--notify")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(service.shown.size(), 1);
    QCOMPARE(service.shown.first().appName, QStringLiteral("LongLived"));
    QCOMPARE(service.shown.first().summary, QStringLiteral("LongLived: ") + login);
    QVERIFY(service.shown.first().body.startsWith(QLatin1String("Needs a new login")));
    QVERIFY(!r.err.contains("No desktop notification"));
    Q_UNUSED(fine)
}

void TestCliRenew::notifyWithoutAServiceIsNoError()
{
    if (QDBusConnection::sessionBus().isConnected()
        && QDBusConnection::sessionBus().interface()->isServiceRegistered(
            QStringLiteral("org.freedesktop.Notifications")))
        QSKIP("a notification service runs on this bus");
    saveProfile(QStringLiteral("expired"), Platform::Instagram, 70 * day, -day, QStringLiteral("IGexpired0123456789"));
    const auto r = runWithEventLoop(cli(), {QStringLiteral("renew"), QStringLiteral("--notify")});
    QCOMPARE(r.exitCode, 1); // for the expired token, not for the missing service
    QVERIFY2(r.err.contains("No desktop notification was shown: No desktop notification service is running."),
             r.err.constData());
}

// A keyring locked at run time (its own gnome-keyring on a private bus, so the suite's keyring
// stays unlocked): reported as locked, exit 1, nothing lost.
void TestCliRenew::lockedKeyringIsReportedAsLocked()
{
    if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
        QSKIP("gnome-keyring-daemon is missing (Debian package gnome-keyring)");
    PrivateBus bus;
    QString why;
    QVERIFY2(bus.start(&why), qPrintable(why));
    const QString home = m_dir->filePath(QStringLiteral("locked-home"));
    QVERIFY(QDir().mkpath(home));
    QProcessEnvironment env = isolatedEnvironment(home, bus.address());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path()); // the profiles this test writes
    PrivateKeyring keyring;
    QVERIFY2(keyring.start(env, &why), qPrintable(why));

    // The token as QtKeychain stores it (attributes server, user, type), then the profile.
    const QString name = QStringLiteral("renew locked %1").arg(QCoreApplication::applicationPid());
    QVERIFY(secretToolStore(env,
                            {QStringLiteral("server"), TokenVault::serviceName(), QStringLiteral("user"),
                             TokenVault::tokenKey(name), QStringLiteral("type"), QStringLiteral("plaintext")},
                            "THlocked0123456789"));
    Profile profile;
    profile.name = name;
    profile.platform = Platform::Threads;
    profile.obtainedAt = QDateTime::currentDateTimeUtc().addDays(-50);
    profile.expiresAt = QDateTime::currentDateTimeUtc().addDays(5);
    QVERIFY(ProfileStore(settingsFile()).put(profile));

    // Locked, as a screen lock or a session start without auto-unlock leaves it.
    QVERIFY(keyring.lock());

    CliProcess process(m_graph->baseUrl());
    for (const QString& key : env.keys())
        process.setEnv(key, env.value(key));
    const auto r = process.run({QStringLiteral("renew"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = onlyLine(r);
    QCOMPARE(json.value(QLatin1String("action")).toString(), QStringLiteral("failed"));
    QCOMPARE(json.value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("locked"));
    QVERIFY2(r.err.contains("locked"), r.err.constData());
    QCOMPARE(m_graph->requestCount(), 0); // nothing asked of Meta without the token
    QCOMPARE(ProfileStore(settingsFile()).profile(name)->expiresAt, profile.expiresAt);
}

QTEST_GUILESS_MAIN(TestCliRenew)
#include "TestCliRenew.moc"
