// No secret leaks, anywhere. Sentinel App Secrets and tokens go through
// every flow — exchange on each platform, refresh, inspect, pages, verify; successes, Graph
// errors that echo what they were sent, proxy pages that echo the URL, timeouts — with every
// logging category on, debug included (QT_LOGGING_RULES="*.debug=true"). The sentinels must
// show in none of: log lines, stderr, error texts, settings and other files the programs
// write, the CLI's argv. Only what the user asked for — the CLI's token on stdout, its
// --output file — may carry a RESULTING token; never the App Secret or the token sent.
//
// The GUI side (status label, settings file, revealed field, clipboard) is in TestGuiHardening;
// Redactor itself in TestRedactor; the Facebook exchange's log lines in TestRedaction.

#include "CliProcess.h"
#include "graph/GraphError.h"
#include "GraphTestServer.h"
#include "LogCapture.h"
#include "graph/Identity.h"
#include "graph/InspectJob.h"
#include "graph/PageList.h"
#include "graph/PagesJob.h"
#include "SentinelScan.h"
#include "graph/ServiceConfig.h"
#include "graph/TokenInfo.h"
#include "graph/TokenJob.h"
#include "graph/TokenService.h"
#include "graph/VerifyJob.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <functional>
#include <optional>

using Response = GraphTestServer::Response;

namespace {

const QString appId = QStringLiteral("1234567890123456");
// Unmistakable, and with the characters that get percent-encoded or JSON-escaped.
const QString appSecret = QStringLiteral("SeNtInElApPsEcReT+/=0123456789abcdef");
const QString facebookShort = QStringLiteral("EAASeNtInElShOrTfb0123456789abcdefXYZ");
const QString threadsShort = QStringLiteral("THSeNtInElShOrTth0123456789abcdefXYZ");
const QString instagramShort = QStringLiteral("IGSeNtInElShOrTig0123456789abcdefXYZ");
// What comes back: may reach the user's own output (stdout, --output, the revealed field).
const QString facebookLong = QStringLiteral("EAASeNtInElLoNgfb0123456789abcdefXYZ");
const QString threadsLong = QStringLiteral("THSeNtInElLoNgth0123456789abcdefXYZ");
const QString instagramLong = QStringLiteral("IGSeNtInElLoNgig0123456789abcdefXYZ");
const QString pageToken = QStringLiteral("EAASeNtInElPaGe0123456789abcdefXYZ");

// Never shown anywhere, not even on stdout.
const QStringList inputSecrets{appSecret, facebookShort, threadsShort, instagramShort};
// Never in logs, stderr or files other than the requested output.
const QStringList resultSecrets{facebookLong, threadsLong, instagramLong, pageToken};

// Meta (or a gateway) repeating what it was sent: every sensitive value of the request's
// query — App Secret, tokens, the app token "{app-id}|{app-secret}" and its secret part —
// raw and percent-encoded. Nothing else: a server cannot echo what it never received.
QString echoOf(const GraphTestServer::Request& request)
{
    QStringList said;
    for (const auto& [key, value] : request.query) {
        if (key == QLatin1String("grant_type") || key == QLatin1String("client_id") || key == QLatin1String("fields"))
            continue;
        said << key + QLatin1Char('=') + value << QString::fromLatin1(QUrl::toPercentEncoding(value));
        if (value.contains(QLatin1Char('|')))
            said << value.section(QLatin1Char('|'), -1);
    }
    return said.join(QLatin1Char(' '));
}

using Responder = std::function<Response(const GraphTestServer::Request&)>;

Responder fixed(const Response& response)
{
    return [response](const GraphTestServer::Request&) { return response; };
}

Responder nestedEcho(int status = 400)
{
    return [status](const GraphTestServer::Request& request) {
        const QString said = QStringLiteral("Malformed access token: ") + echoOf(request);
        return GraphTestServer::nestedError(status, 190, 0, said, QStringLiteral("OAuthException"),
                                            QStringLiteral("TrAcE123"), QStringLiteral("Bad ") + echoOf(request), said);
    };
}

Responder flatEcho()
{
    return [](const GraphTestServer::Request& request) {
        return GraphTestServer::flatError(400, 400, QStringLiteral("Invalid request: ") + echoOf(request),
                                          QStringLiteral("OAuthException"));
    };
}

Responder htmlEcho()
{
    return [](const GraphTestServer::Request& request) {
        return GraphTestServer::html(502, "<html><body>502 upstream failed for " + request.rawTarget + " "
                                              + echoOf(request).toUtf8() + "</body></html>");
    };
}

Response debugTokenValid()
{
    return Response::json(200, "{\"data\":{\"app_id\":\"1234567890123456\",\"type\":\"USER\",\"application\":"
                               "\"App\",\"user_id\":\"10001\",\"is_valid\":true,\"expires_at\":1777777777,"
                               "\"issued_at\":1770000000,\"scopes\":[\"public_profile\"]}}");
}

Responder debugTokenInvalidEcho()
{
    return [](const GraphTestServer::Request& request) {
        return Response::json(200, "{\"data\":{\"app_id\":\"1234567890123456\",\"type\":\"USER\",\"is_valid\":false,"
                                   "\"error\":{\"code\":190,\"message\":"
                                       + GraphTestServer::jsonString(QStringLiteral("Malformed access token: ") + echoOf(request))
                                       + ",\"subcode\":0},\"scopes\":[]}}");
    };
}

Response pagesList()
{
    return Response::json(200, "{\"data\":[{\"access_token\":\"" + pageToken.toUtf8()
                                   + "\",\"name\":\"Page\",\"id\":\"1\",\"category\":\"Brand\",\"tasks\":[\"MANAGE\"]}],"
                                     "\"paging\":{\"cursors\":{\"before\":\"a\",\"after\":\"b\"}}}");
}

/// The texts of a GraphError a user or a log could see.
QStringList textsOf(const GraphError& e)
{
    return {e.displayText(), e.title(), e.remedy(), e.message, e.userMessage, e.userTitle, e.type, e.contentType,
            e.fbtraceId, e.kindId()};
}

} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void coreFlows_data();
    void coreFlows();

    void cliCommands_data();
    void cliCommands();
    void cliBatch_data();
    void cliBatch();
    void cliArgvWhileWaitingAndOnCancel();

private:
    /// Answers request n with responses[n-1] (the last one again for any further request, should
    /// Qt resend a GET); the first one after \a firstDelayMs.
    void serve(const QList<Responder>& responses, int firstDelayMs = 0);
    void verifyLogsClean();
    CliProcess cli(const QUrl& baseUrl);
    void verifyCliClean(const CliProcess::Result& r, const QStringList& allowedOnStdout, const QString& what);

    std::unique_ptr<GraphTestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenService> m_service;
    std::unique_ptr<QTemporaryDir> m_home;    ///< the CLI's HOME and XDG folders
    std::unique_ptr<QTemporaryDir> m_secrets; ///< secret files, outside HOME
};

void TestSecretLeaks::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
}

void TestSecretLeaks::cleanupTestCase()
{
    QLoggingCategory::setFilterRules(QString());
}

void TestSecretLeaks::init()
{
    m_server = std::make_unique<GraphTestServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    ServiceConfig config;
    config.facebookBaseUrl = config.threadsBaseUrl = config.instagramBaseUrl = m_server->baseUrl();
    config.deadlineMs = 2000;
    m_service = std::make_unique<TokenService>(m_network.get(), config);
    m_home = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_secrets->isValid());
    LogCapture::start();
}

void TestSecretLeaks::cleanup()
{
    // Tear down while still capturing: destructors log too.
    m_service.reset();
    m_network.reset();
    m_server.reset();
    LogCapture::stop();
    if (!QTest::currentTestFailed())
        verifyLogsClean();
    m_home.reset();
    m_secrets.reset();
}

void TestSecretLeaks::serve(const QList<Responder>& responses, int firstDelayMs)
{
    m_server->setHandler([responses, firstDelayMs](const GraphTestServer::Request& request) {
        const qsizetype index = qMin<qsizetype>(request.serial, responses.size()) - 1;
        Response response = responses.at(index)(request);
        if (request.serial == 1 && firstDelayMs > 0)
            response = response.delayed(firstDelayMs);
        return response;
    });
}

void TestSecretLeaks::verifyLogsClean()
{
    const QByteArray all = LogCapture::lines().join(QLatin1Char('\n')).toUtf8();
    const QString hit = SentinelScan::findIn(all, inputSecrets + resultSecrets);
    QVERIFY2(hit.isEmpty(), qPrintable(QStringLiteral("a log line leaks: ") + hit));
}

// ---------------------------------------------------------------------------------------------
// The core, in this process: every flow, with its log lines captured.

using Flow = std::function<void(TokenService&, std::function<void(const QStringList& texts)>)>;
Q_DECLARE_METATYPE(Flow)

void TestSecretLeaks::coreFlows_data()
{
    QTest::addColumn<QList<Responder>>("responses");
    QTest::addColumn<Flow>("flow");

    // Each flow reports every text its outcome carries (error texts, TokenInfo's error, the
    // warnings of a page list) through `texts`.
    const auto exchange = [](Platform platform, const QString& token) {
        return Flow([platform, token](TokenService& service, std::function<void(const QStringList&)> texts) {
            TokenRequest request;
            request.platform = platform;
            request.appId = appId;
            request.appSecret = appSecret;
            request.token = token;
            TokenJob* job = service.exchange(request);
            QObject::connect(job, &TokenJob::failed, job, [texts](const GraphError& e) { texts(textsOf(e)); });
            QObject::connect(job, &TokenJob::succeeded, job,
                             [texts](const TokenResult& r) { texts(textsOf(r.expiryLookupError)); });
        });
    };
    const auto refresh = [](Platform platform, const QString& token) {
        return Flow([platform, token](TokenService& service, std::function<void(const QStringList&)> texts) {
            TokenJob* job = service.refresh(platform, token);
            QObject::connect(job, &TokenJob::failed, job, [texts](const GraphError& e) { texts(textsOf(e)); });
            QObject::connect(job, &TokenJob::succeeded, job, [texts](const TokenResult&) { texts({}); });
        });
    };
    const auto inspect = [](Platform platform, const QString& token) {
        return Flow([platform, token](TokenService& service, std::function<void(const QStringList&)> texts) {
            InspectJob* job = service.inspect(platform, token, appId, appSecret);
            QObject::connect(job, &InspectJob::failed, job, [texts](const GraphError& e) { texts(textsOf(e)); });
            QObject::connect(job, &InspectJob::succeeded, job, [texts](const TokenInfo& info) {
                texts(textsOf(info.error) + QStringList{info.type, info.application, info.appId, info.userId});
            });
        });
    };
    const Flow pages([](TokenService& service, std::function<void(const QStringList&)> texts) {
        PagesJob* job = service.pages(facebookLong, appSecret);
        QObject::connect(job, &PagesJob::failed, job, [texts](const GraphError& e) { texts(textsOf(e)); });
        QObject::connect(job, &PagesJob::succeeded, job, [texts](const PageList& list) { texts(list.warnings()); });
    });
    const auto verify = [](Platform platform, const QString& token) {
        return Flow([platform, token](TokenService& service, std::function<void(const QStringList&)> texts) {
            VerifyJob* job = service.verify(platform, token, appSecret);
            QObject::connect(job, &VerifyJob::failed, job, [texts](const GraphError& e) { texts(textsOf(e)); });
            QObject::connect(job, &VerifyJob::succeeded, job,
                             [texts](const Identity& who) { texts({who.displayName()}); });
        });
    };

    const struct {
        const char* name;
        Platform platform;
        QString shortToken;
        QString longToken;
    } platforms[] = {{"facebook", Platform::Facebook, facebookShort, facebookLong},
                     {"threads", Platform::Threads, threadsShort, threadsLong},
                     {"instagram", Platform::Instagram, instagramShort, instagramLong}};
    for (const auto& p : platforms) {
        QTest::addRow("exchange %s ok", p.name)
            << QList<Responder>{fixed(GraphTestServer::tokenResponse(p.longToken))} << exchange(p.platform, p.shortToken);
        QTest::addRow("exchange %s ok, expiry lookup echoes", p.name)
            << QList<Responder>{fixed(GraphTestServer::tokenResponse(p.longToken, -1)), nestedEcho()}
            << exchange(p.platform, p.shortToken);
        QTest::addRow("exchange %s nested echo", p.name) << QList<Responder>{nestedEcho()}
                                                         << exchange(p.platform, p.shortToken);
        QTest::addRow("exchange %s flat echo", p.name) << QList<Responder>{flatEcho()} << exchange(p.platform, p.shortToken);
        QTest::addRow("exchange %s html echo", p.name) << QList<Responder>{htmlEcho()} << exchange(p.platform, p.shortToken);
        QTest::addRow("exchange %s timeout", p.name) << QList<Responder>{fixed(Response::neverAnswer())}
                                                     << exchange(p.platform, p.shortToken);
        QTest::addRow("exchange %s reset", p.name)
            << QList<Responder>{fixed(GraphTestServer::tokenResponse(p.longToken).resetMidBody(20))}
            << exchange(p.platform, p.shortToken);
        QTest::addRow("verify %s ok", p.name)
            << QList<Responder>{fixed(Response::json(200, "{\"id\":\"10001\",\"name\":\"Someone\",\"username\":\"someone\"}"))}
            << verify(p.platform, p.longToken);
        QTest::addRow("verify %s echo", p.name) << QList<Responder>{nestedEcho()} << verify(p.platform, p.longToken);
    }
    for (const auto& p : {platforms[1], platforms[2]}) {
        QTest::addRow("refresh %s ok", p.name)
            << QList<Responder>{fixed(GraphTestServer::tokenResponse(p.longToken))} << refresh(p.platform, p.longToken);
        QTest::addRow("refresh %s echo", p.name) << QList<Responder>{flatEcho()} << refresh(p.platform, p.longToken);
    }
    for (const auto& p : {platforms[0], platforms[1]}) {
        QTest::addRow("inspect %s valid", p.name) << QList<Responder>{fixed(debugTokenValid())}
                                                  << inspect(p.platform, p.shortToken);
        QTest::addRow("inspect %s invalid, error echoes", p.name)
            << QList<Responder>{debugTokenInvalidEcho()} << inspect(p.platform, p.shortToken);
        QTest::addRow("inspect %s graph error echoes", p.name)
            << QList<Responder>{nestedEcho()} << inspect(p.platform, p.shortToken);
    }
    QTest::addRow("pages ok") << QList<Responder>{fixed(pagesList())} << pages;
    QTest::addRow("pages echo") << QList<Responder>{nestedEcho()} << pages;
    QTest::addRow("pages html echo") << QList<Responder>{htmlEcho()} << pages;
}

void TestSecretLeaks::coreFlows()
{
    QFETCH(QList<Responder>, responses);
    QFETCH(Flow, flow);
    serve(responses);

    bool done = false;
    QStringList texts;
    flow(*m_service, [&](const QStringList& t) {
        texts = t;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(m_server->requestCount() >= 1);
    for (const QString& text : std::as_const(texts)) {
        const QString hit = SentinelScan::findIn(text.toUtf8(), inputSecrets + resultSecrets);
        QVERIFY2(hit.isEmpty(), qPrintable(QStringLiteral("a text the user or a log sees leaks: ") + hit));
    }
    // The capture works: our categories logged the call (at debug level).
    QVERIFY(LogCapture::heardLongLived());
}

// ---------------------------------------------------------------------------------------------
// longlived-cli as a process: stderr with every category on, stdout, argv, and every file
// it leaves in a fresh HOME.

CliProcess TestSecretLeaks::cli(const QUrl& baseUrl)
{
    CliProcess process(baseUrl);
    process.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    const QString home = m_home->path();
    process.setEnv(QStringLiteral("HOME"), home);
    process.setEnv(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    process.setEnv(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    process.setEnv(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    process.setEnv(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    process.setEnv(QStringLiteral("TMPDIR"), home + QStringLiteral("/tmp"));
    QDir().mkpath(home + QStringLiteral("/tmp"));
    return process;
}

void TestSecretLeaks::verifyCliClean(const CliProcess::Result& r, const QStringList& allowedOnStdout,
                                     const QString& what)
{
    QVERIFY2(r.finished, qPrintable(what + QStringLiteral(": did not finish")));
    // Logging was really on: the core's debug lines reached stderr.
    QVERIFY2(r.err.contains("longlived.network"), qPrintable(what + QStringLiteral(": no debug output: ")
                                                             + QString::fromUtf8(r.err)));
    QString hit = SentinelScan::findIn(r.err, inputSecrets + resultSecrets);
    QVERIFY2(hit.isEmpty(), qPrintable(what + QStringLiteral(": stderr leaks ") + hit));
    QStringList forbiddenOnStdout = inputSecrets;
    for (const QString& s : resultSecrets) {
        if (!allowedOnStdout.contains(s))
            forbiddenOnStdout << s;
    }
    hit = SentinelScan::findIn(r.out, forbiddenOnStdout);
    QVERIFY2(hit.isEmpty(), qPrintable(what + QStringLiteral(": stdout leaks ") + hit));
    QVERIFY2(!r.cmdline.isEmpty(), "argv was not read while the program ran");
    hit = SentinelScan::findIn(r.cmdline, inputSecrets + resultSecrets);
    QVERIFY2(hit.isEmpty(), qPrintable(what + QStringLiteral(": argv leaks ") + hit));
    const QStringList files = SentinelScan::scanDirectory(m_home->path(), inputSecrets + resultSecrets);
    QVERIFY2(files.isEmpty(), qPrintable(what + QStringLiteral(": a file leaks: ") + files.join(QLatin1Char('\n'))));
}

void TestSecretLeaks::cliCommands_data()
{
    QTest::addColumn<QStringList>("args");   // FILE:secret / FILE:token = a file holding that sentinel
    QTest::addColumn<QString>("secretVia");  // "file", "env", "stdin" or "" (none)
    QTest::addColumn<QString>("tokenVia");   // "file", "env", "stdin"
    QTest::addColumn<QString>("token");
    QTest::addColumn<QList<Responder>>("responses");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("allowedOnStdout");

    const QStringList fbExchange{QStringLiteral("exchange"), QStringLiteral("--app-id"), appId};
    const QStringList none;
    for (const QString& via : {QStringLiteral("file"), QStringLiteral("env"), QStringLiteral("stdin")}) {
        const QString tokenVia = via == QLatin1String("stdin") ? QStringLiteral("file") : via;
        QTest::addRow("exchange facebook, secret via %s, ok", qPrintable(via))
            << fbExchange << via << tokenVia << facebookShort << QList<Responder>{fixed(GraphTestServer::tokenResponse(facebookLong))}
            << 0 << QStringList{facebookLong};
        QTest::addRow("exchange facebook, secret via %s, echo", qPrintable(via))
            << fbExchange << via << tokenVia << facebookShort << QList<Responder>{nestedEcho()} << 1 << none;
        QTest::addRow("exchange facebook --json, secret via %s, html echo", qPrintable(via))
            << fbExchange + QStringList{QStringLiteral("--json")} << via << tokenVia << facebookShort
            << QList<Responder>{htmlEcho()} << 1 << none;
    }
    QTest::addRow("exchange facebook, token on stdin, expiry lookup echoes")
        << fbExchange + QStringList{QStringLiteral("--json")} << QStringLiteral("env") << QStringLiteral("stdin")
        << facebookShort << QList<Responder>{fixed(GraphTestServer::tokenResponse(facebookLong, -1)), nestedEcho()} << 0
        << QStringList{facebookLong};
    QTest::addRow("exchange threads ok") << QStringList{QStringLiteral("exchange")} << QStringLiteral("env")
                                         << QStringLiteral("env") << threadsShort
                                         << QList<Responder>{fixed(GraphTestServer::tokenResponse(threadsLong))} << 0
                                         << QStringList{threadsLong};
    QTest::addRow("exchange threads flat echo --json") << QStringList{QStringLiteral("exchange"), QStringLiteral("--json")}
                                                       << QStringLiteral("file") << QStringLiteral("file") << threadsShort
                                                       << QList<Responder>{flatEcho()} << 1 << none;
    QTest::addRow("exchange instagram echo") << QStringList{QStringLiteral("exchange")} << QStringLiteral("stdin")
                                             << QStringLiteral("env") << instagramShort << QList<Responder>{flatEcho()}
                                             << 1 << none;
    QTest::addRow("refresh threads ok") << QStringList{QStringLiteral("refresh")} << QString() << QStringLiteral("file")
                                        << threadsLong << QList<Responder>{fixed(GraphTestServer::tokenResponse(threadsLong))}
                                        << 0 << QStringList{threadsLong};
    QTest::addRow("refresh instagram echo") << QStringList{QStringLiteral("refresh"), QStringLiteral("--json")}
                                            << QString() << QStringLiteral("env") << instagramLong
                                            << QList<Responder>{flatEcho()} << 1 << none;
    const QStringList fbInspect{QStringLiteral("inspect"), QStringLiteral("--app-id"), appId};
    QTest::addRow("inspect valid") << fbInspect << QStringLiteral("file") << QStringLiteral("env") << facebookShort
                                   << QList<Responder>{fixed(debugTokenValid())} << 0 << none;
    QTest::addRow("inspect invalid, error echoes --json")
        << fbInspect + QStringList{QStringLiteral("--json")} << QStringLiteral("env") << QStringLiteral("file")
        << facebookShort << QList<Responder>{debugTokenInvalidEcho()} << 1 << none;
    QTest::addRow("inspect invalid, error echoes") << fbInspect << QStringLiteral("env") << QStringLiteral("file")
                                                   << facebookShort << QList<Responder>{debugTokenInvalidEcho()} << 1
                                                   << none;
    QTest::addRow("pages ok") << QStringList{QStringLiteral("pages")} << QStringLiteral("file") << QStringLiteral("env")
                              << facebookLong << QList<Responder>{fixed(pagesList())} << 0 << QStringList{pageToken};
    QTest::addRow("pages echo --json") << QStringList{QStringLiteral("pages"), QStringLiteral("--json")}
                                       << QStringLiteral("env") << QStringLiteral("file") << facebookLong
                                       << QList<Responder>{nestedEcho()} << 1 << none;
}

void TestSecretLeaks::cliCommands()
{
    QFETCH(QStringList, args);
    QFETCH(QString, secretVia);
    QFETCH(QString, tokenVia);
    QFETCH(QString, token);
    QFETCH(QList<Responder>, responses);
    QFETCH(int, exitCode);
    QFETCH(QStringList, allowedOnStdout);

    // The first answer is delayed, so argv is read from /proc while the request is in flight.
    serve(responses, 200);
    CliProcess process = cli(m_server->baseUrl());
    const auto writeSecretFile = [&](const QString& name, const QString& value) {
        const QString path = m_secrets->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(value.toUtf8() + '\n');
        return path;
    };
    if (secretVia == QLatin1String("file"))
        args << QStringLiteral("--app-secret-file") << writeSecretFile(QStringLiteral("secret"), appSecret);
    else if (secretVia == QLatin1String("env"))
        process.setEnv(QStringLiteral("LONGLIVED_APP_SECRET"), appSecret);
    else if (secretVia == QLatin1String("stdin"))
        args << QStringLiteral("--app-secret-file") << QStringLiteral("-");
    if (tokenVia == QLatin1String("file"))
        args << QStringLiteral("--token-file") << writeSecretFile(QStringLiteral("token"), token);
    else if (tokenVia == QLatin1String("env"))
        process.setEnv(QStringLiteral("LONGLIVED_TOKEN"), token);
    else
        args << QStringLiteral("--token-file") << QStringLiteral("-");
    process.setStdin((secretVia == QLatin1String("stdin") ? appSecret : token).toUtf8() + '\n');

    const auto r = process.run(args, 30000);
    QCOMPARE(r.exitCode, exitCode);
    verifyCliClean(r, allowedOnStdout, QString::fromLatin1(QTest::currentDataTag()));
    if (exitCode == 0 && !allowedOnStdout.isEmpty())
        QVERIFY2(r.out.contains(allowedOnStdout.constFirst().toUtf8()), r.out.constData()); // it did its job
}

void TestSecretLeaks::cliBatch_data()
{
    QTest::addColumn<QString>("sharedSecretVia"); // "file" or "env"
    QTest::addColumn<bool>("toFile");             // --output FILE instead of stdout
    QTest::addRow("shared secret from a file, records on stdout") << QStringLiteral("file") << false;
    QTest::addRow("shared secret from the environment, records to a file") << QStringLiteral("env") << true;
}

void TestSecretLeaks::cliBatch()
{
    QFETCH(QString, sharedSecretVia);
    QFETCH(bool, toFile);
    // Answers by token: good lines succeed, the others fail in ways that echo.
    m_server->setHandler([](const GraphTestServer::Request& request) {
        const QString token = request.queryValue(QStringLiteral("fb_exchange_token")).isEmpty()
            ? request.queryValue(QStringLiteral("access_token"))
            : request.queryValue(QStringLiteral("fb_exchange_token"));
        if (token == facebookShort)
            return GraphTestServer::tokenResponse(facebookLong).delayed(100);
        if (token == threadsShort)
            return flatEcho()(request);
        if (token == instagramShort)
            return htmlEcho()(request);
        return nestedEcho()(request);
    });
    const QByteArray secretJson = GraphTestServer::jsonString(appSecret);
    const QByteArray input = "{\"token\":\"" + facebookShort.toUtf8() + "\",\"app_id\":\"" + appId.toUtf8()
        + "\",\"id\":1}\n"
          "{\"token\":\"" + threadsShort.toUtf8() + "\",\"app_secret\":" + secretJson + ",\"id\":2}\n"
          "{\"token\":\"" + instagramShort.toUtf8() + "\",\"id\":3}\n"
          "{\"token\":\"" + facebookShort.toUtf8() + "\",\"app_id\":\"not-digits\",\"app_secret\":" + secretJson
        + ",\"id\":4}\n"
          "this line is not JSON " + appSecret.toUtf8() + "\n";
    const QString inputPath = m_secrets->filePath(QStringLiteral("batch.jsonl"));
    QFile file(inputPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(input);
    file.close();

    CliProcess process = cli(m_server->baseUrl());
    QStringList args{QStringLiteral("batch"), QStringLiteral("--input"), inputPath, QStringLiteral("--continue-on-fail"),
                     QStringLiteral("--app-id"), appId};
    if (sharedSecretVia == QLatin1String("file")) {
        const QString path = m_secrets->filePath(QStringLiteral("secret"));
        QFile secret(path);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(appSecret.toUtf8());
        args << QStringLiteral("--app-secret-file") << path;
    } else {
        process.setEnv(QStringLiteral("LONGLIVED_APP_SECRET"), appSecret);
    }
    // The requested output goes outside HOME: it holds the resulting tokens by design.
    const QString outputPath = m_secrets->filePath(QStringLiteral("out.jsonl"));
    if (toFile)
        args << QStringLiteral("--output") << outputPath;
    const auto r = process.run(args, 60000);
    QCOMPARE(r.exitCode, 1); // some lines failed
    verifyCliClean(r, {facebookLong}, QStringLiteral("batch"));
    QByteArray records = r.out;
    if (toFile) {
        QFile out(outputPath);
        QVERIFY(out.open(QIODevice::ReadOnly));
        records = out.readAll();
        QCOMPARE(out.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }
    QCOMPARE(records.count('\n'), 5);
    QVERIFY(records.contains(facebookLong.toUtf8())); // the token the user asked for
    const QString hit = SentinelScan::findIn(records, inputSecrets + QStringList{threadsLong, instagramLong, pageToken});
    QVERIFY2(hit.isEmpty(), qPrintable(QStringLiteral("a batch record leaks: ") + hit));
}

void TestSecretLeaks::cliArgvWhileWaitingAndOnCancel()
{
    // A server that never answers: argv is read while the CLI waits with the secret in memory,
    // then Ctrl-C; what it prints on the way out is checked too.
    m_server->setDefaultResponse(Response::neverAnswer());
    CliProcess process = cli(m_server->baseUrl());
    process.setEnv(QStringLiteral("LONGLIVED_APP_SECRET"), appSecret);
    process.setEnv(QStringLiteral("LONGLIVED_TOKEN"), facebookShort);
    QByteArray argv;
    const auto r = process.run({QStringLiteral("exchange"), QStringLiteral("--json"), QStringLiteral("--app-id"), appId},
                               30000, [&](QProcess& child, CliProcess::Result&) {
                                   if (m_server->requestCount() == 0)
                                       return true;
                                   argv = CliProcess::cmdline(child.processId());
                                   ::kill(pid_t(child.processId()), SIGINT);
                                   return false;
                               });
    QCOMPARE(r.exitCode, 130);
    QVERIFY(!argv.isEmpty());
    QVERIFY(argv.contains("exchange"));
    const QString hit = SentinelScan::findIn(argv, inputSecrets);
    QVERIFY2(hit.isEmpty(), qPrintable(hit));
    verifyCliClean(r, {}, QStringLiteral("interrupted exchange"));
    // The request did carry the secret: the sentinel was live.
    QCOMPARE(m_server->lastRequest().queryValue(QStringLiteral("client_secret")), appSecret);
}

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "TestSecretLeaks.moc"
