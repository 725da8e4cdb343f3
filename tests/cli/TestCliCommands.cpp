// longlived-cli's single-token commands (exchange, refresh, inspect, pages, verify), run as the real
// binary against the loopback GraphTestServer: output on stdout and stderr, the JSON of success
// and of every kind of error, exit statuses 0/1/2/130, and where secrets may come from — and
// proof that a secret given any way never shows in argv, on stderr, or on stdout.

#include "CliProcess.h"
#include "CliTestFixture.h"
#include "GraphTestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {
const QString appId = QStringLiteral("1234567890123456");
// '+', '/' and '=' must arrive unaltered; distinctive, so a leak is easy to find.
const QString appSecret = QStringLiteral("S3cr+t/appsecret=LEAKCHECK");
const QString shortToken = QStringLiteral("EAAshortLivedTokenLEAKCHECK123");
const QString longToken = QStringLiteral("EAAlongLivedTokenResult456");

QJsonObject parseObject(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning() << "not one JSON object:" << bytes.left(300);
        return {};
    }
    return document.object();
}

QByteArray debugTokenBody(qint64 expiresAt, bool valid)
{
    QByteArray body = "{\"data\":{\"app_id\":\"1234567890123456\",\"type\":\"USER\",\"application\":\"LongLived Test\","
                      "\"data_access_expires_at\":1780000000,\"expires_at\":"
        + QByteArray::number(expiresAt) + ",\"is_valid\":" + (valid ? "true" : "false")
        + ",\"issued_at\":1772366400,\"scopes\":[\"public_profile\",\"pages_show_list\"],\"user_id\":\"10001\"";
    if (!valid)
        body += ",\"error\":{\"code\":190,\"message\":\"Session has expired\",\"subcode\":463}";
    return body + "}}";
}
} // namespace

class TestCliCommands : public QObject, private CliTestFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void helpAndVersion();
    void usageErrorsExitWith2_data();
    void usageErrorsExitWith2();
    void secretFlagsAreRejected_data();
    void secretFlagsAreRejected();

    void exchangePrintsTheTokenAlone();
    void exchangeJson();
    void exchangeJsonWithoutExpiresIn();
    void exchangeThreadsAndInstagram_data();
    void exchangeThreadsAndInstagram();
    void exchangeApiVersion_data();
    void exchangeApiVersion();
    void exchangeErrorJson_data();
    void exchangeErrorJson();
    void transportErrors_data();
    void transportErrors();
    void quietSilencesDetailsButNotErrors();

    void secretSources_data();
    void secretSources();
    void secretsNeverLeak_data();
    void secretsNeverLeak();
    void interruptExitsWith130();

    void refresh();
    void refreshRefusesFacebook();
    void refreshError();
    void inspect_data();
    void inspect();
    void inspectRefusesInstagram();
    void pages();
    void pagesError();

    void verify_data();
    void verify();
    void verifyRejectedToken();
    void verifySendsAppSecretProof();
    void verifyUsageErrors_data();
    void verifyUsageErrors();
    void verifyHelp();
    void verifyInterrupted();

private:
    QStringList secretArgs() const;
};

void TestCliCommands::init()
{
    QVERIFY(startFixture());
    writeFile(QStringLiteral("secret"), appSecret.toUtf8() + "\n"); // trailing newline, as `echo` leaves it
    writeFile(QStringLiteral("token"), shortToken.toUtf8() + "\n");
}

void TestCliCommands::cleanup()
{
    stopFixture();
}

QStringList TestCliCommands::secretArgs() const
{
    return {QStringLiteral("--app-secret-file"), m_dir->filePath(QStringLiteral("secret")),
            QStringLiteral("--token-file"), m_dir->filePath(QStringLiteral("token"))};
}

void TestCliCommands::helpAndVersion()
{
    CliProcess cli;
    auto r = cli.run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Exit status"));
    QVERIFY(r.out.contains("130"));
    QVERIFY(r.out.contains("LONGLIVED_APP_SECRET"));
    for (const char* command : {"exchange", "refresh", "inspect", "pages", "batch"})
        QVERIFY2(r.out.contains(command), command);

    for (const char* command : {"exchange", "refresh", "inspect", "pages", "batch"}) {
        r = cli.run({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QByteArray usage = QByteArray("Usage: longlived-cli ") + command;
        QVERIFY2(r.out.startsWith(usage), r.out.left(80).constData());
        QVERIFY(r.out.contains("Exit status"));
        r = cli.run({QStringLiteral("help"), QString::fromLatin1(command)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(usage));
    }

    r = cli.run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("longlived-cli " LONGLIVED_VERSION "\n"));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliCommands::usageErrorsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("envToken"); // LONGLIVED_TOKEN, empty = unset
    QTest::addColumn<QByteArray>("stderrHas");

    const QString secret = QStringLiteral("--app-secret-file=SECRET");
    QTest::addRow("no command") << QStringList {} << QByteArray() << QByteArray("No command");
    QTest::addRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << QByteArray()
                                     << QByteArray("Unknown command");
    QTest::addRow("unknown option") << QStringList {QStringLiteral("exchange"), QStringLiteral("--frob")}
                                    << QByteArray() << QByteArray("Unknown option 'frob'");
    QTest::addRow("option meant for batch")
        << QStringList {QStringLiteral("exchange"), QStringLiteral("--concurrency=2")} << QByteArray()
        << QByteArray("Unknown option");
    QTest::addRow("missing value") << QStringList {QStringLiteral("exchange"), QStringLiteral("--app-id")}
                                   << QByteArray() << QByteArray("Missing value");
    QTest::addRow("bad platform") << QStringList {QStringLiteral("exchange"), QStringLiteral("--platform=myspace")}
                                  << QByteArray() << QByteArray("--platform must be");
    QTest::addRow("bad app id") << QStringList {QStringLiteral("exchange"), QStringLiteral("--app-id=12ab")}
                                << QByteArray() << QByteArray("--app-id");
    QTest::addRow("bad api version") << QStringList {QStringLiteral("exchange"), QStringLiteral("--api-version=25")}
                                     << QByteArray() << QByteArray("--api-version");
    QTest::addRow("bad timeout") << QStringList {QStringLiteral("exchange"), QStringLiteral("--timeout=soon")}
                                 << QByteArray() << QByteArray("--timeout");
    QTest::addRow("no token") << QStringList {QStringLiteral("exchange"), QStringLiteral("--app-id"), appId, secret}
                              << QByteArray() << QByteArray("No token given");
    QTest::addRow("unreadable token file")
        << QStringList {QStringLiteral("exchange"), QStringLiteral("--token-file=/nonexistent/token"), secret}
        << QByteArray() << QByteArray("/nonexistent/token");
    QTest::addRow("facebook without app id")
        << QStringList {QStringLiteral("exchange"), secret} << shortToken.toUtf8() << QByteArray("--app-id");
    QTest::addRow("no secret") << QStringList {QStringLiteral("exchange"), QStringLiteral("--app-id"), appId}
                               << shortToken.toUtf8() << QByteArray("No App Secret given");
    QTest::addRow("undetectable platform")
        << QStringList {QStringLiteral("exchange"), secret} << QByteArray("XYZtoken12345") << QByteArray("--platform");
    QTest::addRow("both from stdin") << QStringList {QStringLiteral("exchange"), QStringLiteral("--token-file=-"),
                                                     QStringLiteral("--app-secret-file=-")}
                                     << QByteArray() << QByteArray("stdin");
    QTest::addRow("batch without input") << QStringList {QStringLiteral("batch")} << QByteArray()
                                         << QByteArray("--input");
    QTest::addRow("batch missing file") << QStringList {QStringLiteral("batch"),
                                                        QStringLiteral("--input=/nonexistent.jsonl")}
                                        << QByteArray() << QByteArray("/nonexistent.jsonl");
    QTest::addRow("batch concurrency 0") << QStringList {QStringLiteral("batch"), QStringLiteral("--input=-"),
                                                         QStringLiteral("--concurrency=0")}
                                         << QByteArray() << QByteArray("--concurrency");
    QTest::addRow("batch bad format") << QStringList {QStringLiteral("batch"), QStringLiteral("--input=-"),
                                                      QStringLiteral("--input-format=xml")}
                                      << QByteArray() << QByteArray("--input-format");
    QTest::addRow("refresh facebook") << QStringList {QStringLiteral("refresh")} << shortToken.toUtf8()
                                      << QByteArray("cannot be refreshed");
    QTest::addRow("inspect without app id")
        << QStringList {QStringLiteral("inspect"), secret} << shortToken.toUtf8() << QByteArray("--app-id");
    QTest::addRow("pages with a Threads token")
        << QStringList {QStringLiteral("pages")} << QByteArray("THtoken123456") << QByteArray("Facebook user token");
}

void TestCliCommands::usageErrorsExitWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, envToken);
    QFETCH(QByteArray, stderrHas);
    arguments.replaceInStrings(QStringLiteral("SECRET"), m_dir->filePath(QStringLiteral("secret")));

    CliProcess cli(m_server->baseUrl());
    if (!envToken.isEmpty())
        cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), QString::fromUtf8(envToken));
    auto r = cli.run(arguments);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(stderrHas), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_server->requestCount(), 0);

    // With --json the same error is also one object on stdout.
    if (!arguments.isEmpty() && !arguments.contains(QStringLiteral("--frob"))) {
        arguments << QStringLiteral("--json");
        r = cli.run(arguments);
        QCOMPARE(r.exitCode, 2);
        const QJsonObject error = parseObject(r.out).value(QLatin1String("error")).toObject();
        QVERIFY2(!error.value(QLatin1String("message")).toString().isEmpty(), r.out.constData());
        QVERIFY(!error.value(QLatin1String("kind")).toString().isEmpty());
        QCOMPARE(error.value(QLatin1String("retryable")).toBool(true), false);
    }
}

void TestCliCommands::secretFlagsAreRejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("advice");
    const QString value = QStringLiteral("VALUEmustNotBeEchoed42");
    QTest::addRow("--app-secret=") << QStringList {QStringLiteral("exchange"), QStringLiteral("--app-secret=") + value}
                                   << QByteArray("--app-secret-file");
    QTest::addRow("--app-secret VALUE") << QStringList {QStringLiteral("exchange"), QStringLiteral("--app-secret"),
                                                        value}
                                        << QByteArray("--app-secret-file");
    QTest::addRow("--client-secret=") << QStringList {QStringLiteral("batch"),
                                                      QStringLiteral("--client-secret=") + value}
                                      << QByteArray("LONGLIVED_APP_SECRET");
    QTest::addRow("--token=") << QStringList {QStringLiteral("exchange"), QStringLiteral("--token=") + value}
                              << QByteArray("--token-file");
    QTest::addRow("--access-token") << QStringList {QStringLiteral("inspect"), QStringLiteral("--access-token"), value}
                                    << QByteArray("LONGLIVED_TOKEN");
    QTest::addRow("before the command") << QStringList {QStringLiteral("--app-secret=") + value,
                                                        QStringLiteral("exchange")}
                                        << QByteArray("--app-secret-file");
}

void TestCliCommands::secretFlagsAreRejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, advice);
    CliProcess cli(m_server->baseUrl());
    for (const bool json : {false, true}) {
        QStringList args = arguments;
        if (json)
            args << QStringLiteral("--json");
        const auto r = cli.run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(advice), r.err.constData());
        QVERIFY(r.err.contains("ps"));
        QVERIFY(!r.err.contains("VALUEmustNotBeEchoed42"));
        QVERIFY(!r.out.contains("VALUEmustNotBeEchoed42"));
        if (json)
            QCOMPARE(
                parseObject(r.out).value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
                QStringLiteral("usage_error"));
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliCommands::exchangePrintsTheTokenAlone()
{
    m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(QStringList {QStringLiteral("exchange"), QStringLiteral("--app-id"), appId} + secretArgs());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, longToken.toUtf8() + "\n"); // TOKEN=$(longlived-cli exchange …) works
    QVERIFY2(r.err.contains("expires in 59 days"), r.err.constData());

    QCOMPARE(m_server->requestCount(), 1);
    const auto request = m_server->lastRequest();
    QCOMPARE(request.path, QStringLiteral("/v25.0/oauth/access_token"));
    QCOMPARE(request.queryValue(QStringLiteral("grant_type")), QStringLiteral("fb_exchange_token"));
    QCOMPARE(request.queryValue(QStringLiteral("client_id")), appId);
    QCOMPARE(request.queryValue(QStringLiteral("client_secret")), appSecret); // trimmed, '+' intact
    QCOMPARE(request.queryValue(QStringLiteral("fb_exchange_token")), shortToken);
}

void TestCliCommands::exchangeJson()
{
    m_server->enqueue(GraphTestServer::tokenResponse(longToken, 5183944));
    CliProcess cli(m_server->baseUrl());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto r
        = cli.run(QStringList {QStringLiteral("exchange"), QStringLiteral("--json"), QStringLiteral("--app-id"), appId}
                  + secretArgs());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outLines().size(), 1);
    // Keys in the documented order.
    const QByteArray prefix = "{\"access_token\":\"" + longToken.toUtf8()
        + "\",\"token_type\":\"bearer\",\"expires_in\":5183944,\"platform\":\"facebook\",\"expires_at\":\"";
    QVERIFY2(r.out.startsWith(prefix), r.out.constData());
    const QJsonObject json = parseObject(r.out);
    QCOMPARE(json.value(QLatin1String("access_token")).toString(), longToken);
    QCOMPARE(json.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(json.value(QLatin1String("expires_in")).toInteger(), 5183944);
    QCOMPARE(json.value(QLatin1String("platform")).toString(), QStringLiteral("facebook"));
    const QString expiresAtText = json.value(QLatin1String("expires_at")).toString();
    QVERIFY(expiresAtText.endsWith(QLatin1Char('Z')));
    const QDateTime expiresAt = QDateTime::fromString(expiresAtText, Qt::ISODate);
    QVERIFY(expiresAt.isValid());
    QVERIFY(qAbs(before.addSecs(5183944).secsTo(expiresAt)) < 30);
}

void TestCliCommands::exchangeJsonWithoutExpiresIn()
{
    // No expires_in: the core asks debug_token; it answers "never expires" (expires_at 0).
    m_server->enqueue(GraphTestServer::tokenResponse(longToken, -1));
    m_server->enqueue(GraphTestServer::Response::json(200, debugTokenBody(0, true)));
    CliProcess cli(m_server->baseUrl());
    auto r
        = cli.run(QStringList {QStringLiteral("exchange"), QStringLiteral("--json"), QStringLiteral("--app-id"), appId}
                  + secretArgs());
    QCOMPARE(r.exitCode, 0);
    QJsonObject json = parseObject(r.out);
    QVERIFY(!json.contains(QLatin1String("expires_in")));
    QVERIFY(json.value(QLatin1String("expires_at")).isNull());
    QCOMPARE(json.value(QLatin1String("never_expires")).toBool(), true);

    // Threads: no App ID, so no lookup: expiry unknown, said so on stderr.
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("THlongLived"), -1, QString()));
    cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), QStringLiteral("THshortLived"));
    r = cli.run({QStringLiteral("exchange"), QStringLiteral("--json"), QStringLiteral("--app-secret-file"),
                 m_dir->filePath(QStringLiteral("secret"))});
    QCOMPARE(r.exitCode, 0);
    json = parseObject(r.out);
    QVERIFY(!json.contains(QLatin1String("expires_in")));
    QVERIFY(!json.contains(QLatin1String("token_type")));
    QVERIFY(json.value(QLatin1String("expires_at")).isNull());
    QVERIFY(r.err.contains("did not say"));
}

void TestCliCommands::exchangeThreadsAndInstagram_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("grant");
    QTest::addRow("threads detected") << QStringLiteral("THshort123") << QStringList {} << QStringLiteral("threads")
                                      << QStringLiteral("th_exchange_token");
    QTest::addRow("instagram detected") << QStringLiteral("IGshort123") << QStringList {} << QStringLiteral("instagram")
                                        << QStringLiteral("ig_exchange_token");
    QTest::addRow("instagram forced") << QStringLiteral("odd-token-123")
                                      << QStringList {QStringLiteral("--platform"), QStringLiteral("instagram")}
                                      << QStringLiteral("instagram") << QStringLiteral("ig_exchange_token");
}

void TestCliCommands::exchangeThreadsAndInstagram()
{
    QFETCH(QString, token);
    QFETCH(QStringList, extra);
    QFETCH(QString, platform);
    QFETCH(QString, grant);
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("LONGresult"), 5184000));
    CliProcess cli(m_server->baseUrl());
    cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), token);
    cli.setEnv(QStringLiteral("LONGLIVED_APP_SECRET"), appSecret);
    const auto r = cli.run(QStringList {QStringLiteral("exchange"), QStringLiteral("--json")} + extra);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parseObject(r.out).value(QLatin1String("platform")).toString(), platform);
    const auto request = m_server->lastRequest();
    QCOMPARE(request.path, QStringLiteral("/access_token"));
    QCOMPARE(request.queryValue(QStringLiteral("grant_type")), grant);
    QCOMPARE(request.queryValue(QStringLiteral("access_token")), token);
    QCOMPARE(request.queryValue(QStringLiteral("client_secret")), appSecret);
    QVERIFY(!request.hasQueryItem(QStringLiteral("client_id")));
}

void TestCliCommands::exchangeApiVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("path");
    QTest::addRow("v24.0") << QStringLiteral("v24.0") << QStringLiteral("/v24.0/oauth/access_token");
    QTest::addRow("unversioned") << QString() << QStringLiteral("/oauth/access_token");
}

void TestCliCommands::exchangeApiVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, path);
    m_server->enqueue(GraphTestServer::tokenResponse(longToken));
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(QStringList {QStringLiteral("exchange"), QStringLiteral("--app-id"), appId,
                                        QStringLiteral("--api-version"), version}
                           + secretArgs());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->lastRequest().path, path);
}

void TestCliCommands::exchangeErrorJson_data()
{
    QTest::addColumn<GraphTestServer::Response>("response");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("subcode");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("retryable");

    QTest::addRow("expired") << GraphTestServer::nestedError(400, 190, 463, QStringLiteral("Session has expired"))
                             << QStringLiteral("token_expired") << 190 << 463 << QStringLiteral("OAuthException")
                             << false;
    QTest::addRow("wrong secret") << GraphTestServer::nestedError(400, 1, 0,
                                                                  QStringLiteral("Error validating client secret."))
                                  << QStringLiteral("invalid_app_secret") << 1 << 0 << QStringLiteral("OAuthException")
                                  << false;
    QTest::addRow("rate limited") << GraphTestServer::nestedError(400, 4, 0,
                                                                  QStringLiteral("Application request limit reached"))
                                  << QStringLiteral("rate_limited") << 4 << 0 << QStringLiteral("OAuthException")
                                  << true;
    QTest::addRow("flat threads") << GraphTestServer::flatError(400, 1349026,
                                                                QStringLiteral("No application data was given"))
                                  << QStringLiteral("wrong_app_pair") << 1349026 << 0 << QString() << false;
    QTest::addRow("html from a proxy") << GraphTestServer::html(502) << QStringLiteral("not_json") << 0 << 0
                                       << QString() << true;
}

void TestCliCommands::exchangeErrorJson()
{
    QFETCH(GraphTestServer::Response, response);
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(int, subcode);
    QFETCH(QString, type);
    QFETCH(bool, retryable);

    m_server->enqueue(response);
    CliProcess cli(m_server->baseUrl());
    const auto r
        = cli.run(QStringList {QStringLiteral("exchange"), QStringLiteral("--json"), QStringLiteral("--app-id"), appId}
                  + secretArgs());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(m_server->requestCount(), 1); // single commands never retry: the caller decides
    QCOMPARE(r.outLines().size(), 1);
    QVERIFY2(r.out.startsWith("{\"error\":{\"message\":"), r.out.constData());
    const QJsonObject error = parseObject(r.out).value(QLatin1String("error")).toObject();
    for (const char* key : {"message", "type", "code", "error_subcode", "fbtrace_id", "remedy", "retryable", "kind"})
        QVERIFY2(error.contains(QLatin1String(key)), key);
    QCOMPARE(error.value(QLatin1String("kind")).toString(), kind);
    QCOMPARE(error.value(QLatin1String("retryable")).toBool(), retryable);
    QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(!error.value(QLatin1String("remedy")).toString().isEmpty());
    if (code)
        QCOMPARE(error.value(QLatin1String("code")).toInt(), code);
    else
        QVERIFY(error.value(QLatin1String("code")).isNull());
    if (subcode)
        QCOMPARE(error.value(QLatin1String("error_subcode")).toInt(), subcode);
    else
        QVERIFY(error.value(QLatin1String("error_subcode")).isNull());
    if (type.isEmpty())
        QVERIFY(error.value(QLatin1String("type")).isNull());
    else
        QCOMPARE(error.value(QLatin1String("type")).toString(), type);
    if (kind != QLatin1String("not_json") && kind != QLatin1String("wrong_app_pair")) {
        QCOMPARE(error.value(QLatin1String("fbtrace_id")).toString(), QStringLiteral("A1b2C3d4E5f"));
        QVERIFY(r.err.contains("A1b2C3d4E5f")); // Meta support asks for it
    }
    QVERIFY(r.err.startsWith("Error: "));
    QVERIFY(!r.err.contains(appSecret.toUtf8()));
    QVERIFY(!r.err.contains(shortToken.toUtf8()));
    QVERIFY(!r.out.contains(appSecret.toUtf8()));
}

void TestCliCommands::transportErrors_data()
{
    QTest::addColumn<QString>("baseUrl"); // PORT = the server's port; DEAD = a closed port
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("kind");
    QTest::addRow("refused") << QStringLiteral("http://127.0.0.1:DEAD") << QStringList {}
                             << QStringLiteral("connection_refused");
    QTest::addRow("insecure http") << QStringLiteral("http://graph.example.com") << QStringList {}
                                   << QStringLiteral("insecure_url");
    QTest::addRow("timeout") << QStringLiteral("http://127.0.0.1:PORT")
                             << QStringList {QStringLiteral("--timeout"), QStringLiteral("1")}
                             << QStringLiteral("timeout");
}

void TestCliCommands::transportErrors()
{
    QFETCH(QString, baseUrl);
    QFETCH(QStringList, extra);
    QFETCH(QString, kind);
    quint16 deadPort = 0;
    {
        GraphTestServer dead;
        QVERIFY(dead.start());
        deadPort = dead.port();
    }
    m_server->setDefaultResponse(GraphTestServer::Response::neverAnswer());
    baseUrl.replace(QStringLiteral("PORT"), QString::number(m_server->port()));
    baseUrl.replace(QStringLiteral("DEAD"), QString::number(deadPort));
    CliProcess cli {QUrl(baseUrl)};
    QElapsedTimer clock;
    clock.start();
    const auto r
        = cli.run(QStringList {QStringLiteral("exchange"), QStringLiteral("--json"), QStringLiteral("--app-id"), appId}
                  + secretArgs() + extra);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(parseObject(r.out).value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(), kind);
    QVERIFY(clock.elapsed() < 10000);
    QVERIFY(!r.err.contains(appSecret.toUtf8()));
    QVERIFY(!r.err.contains("client_secret")); // never the URL (nor errorString(), which embeds it)
}

void TestCliCommands::quietSilencesDetailsButNotErrors()
{
    m_server->enqueue(GraphTestServer::tokenResponse(longToken));
    CliProcess cli(m_server->baseUrl());
    auto r = cli.run(QStringList {QStringLiteral("exchange"), QStringLiteral("-q"), QStringLiteral("--app-id"), appId}
                     + secretArgs());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, longToken.toUtf8() + "\n");
    QVERIFY2(r.err.isEmpty(), r.err.constData());

    m_server->enqueue(GraphTestServer::nestedError(400, 190, 463, QStringLiteral("Session has expired")));
    r = cli.run(QStringList {QStringLiteral("exchange"), QStringLiteral("--quiet"), QStringLiteral("--app-id"), appId}
                + secretArgs());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("The token has expired"));
}

void TestCliCommands::secretSources_data()
{
    QTest::addColumn<QString>("how");
    QTest::addRow("files") << QStringLiteral("files");
    QTest::addRow("secret on stdin") << QStringLiteral("secret-stdin");
    QTest::addRow("token on stdin") << QStringLiteral("token-stdin");
    QTest::addRow("environment") << QStringLiteral("env");
}

void TestCliCommands::secretSources()
{
    QFETCH(QString, how);
    m_server->enqueue(GraphTestServer::tokenResponse(longToken));
    CliProcess cli(m_server->baseUrl());
    QStringList args {QStringLiteral("exchange"), QStringLiteral("--app-id"), appId};
    const QString secretFile = m_dir->filePath(QStringLiteral("secret"));
    const QString tokenFile = m_dir->filePath(QStringLiteral("token"));
    if (how == QLatin1String("files")) {
        args << QStringLiteral("--app-secret-file") << secretFile << QStringLiteral("--token-file") << tokenFile;
    } else if (how == QLatin1String("secret-stdin")) {
        args << QStringLiteral("--app-secret-file") << QStringLiteral("-") << QStringLiteral("--token-file")
             << tokenFile;
        cli.setStdin(appSecret.toUtf8() + "\r\n");
    } else if (how == QLatin1String("token-stdin")) {
        args << QStringLiteral("--app-secret-file") << secretFile << QStringLiteral("--token-file")
             << QStringLiteral("-");
        cli.setStdin("  " + shortToken.toUtf8() + "\n");
    } else {
        cli.setEnv(QStringLiteral("LONGLIVED_APP_SECRET"), appSecret);
        cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), shortToken);
    }
    const auto r = cli.run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, longToken.toUtf8() + "\n");
    const auto request = m_server->lastRequest();
    QCOMPARE(request.queryValue(QStringLiteral("client_secret")), appSecret);
    QCOMPARE(request.queryValue(QStringLiteral("fb_exchange_token")), shortToken);
}

void TestCliCommands::secretsNeverLeak_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("fails");
    for (const bool fails : {false, true}) {
        const char* outcome = fails ? "error" : "success";
        QTest::addRow("files, %s", outcome) << QStringLiteral("files") << fails;
        QTest::addRow("stdin, %s", outcome) << QStringLiteral("stdin") << fails;
        QTest::addRow("environment, %s", outcome) << QStringLiteral("env") << fails;
    }
}

void TestCliCommands::secretsNeverLeak()
{
    QFETCH(QString, how);
    QFETCH(bool, fails);
    // The answer is delayed so argv can be read from /proc while the request is in flight.
    const auto answer = fails
        ? GraphTestServer::nestedError(400, 1, 0, QStringLiteral("Error validating client secret."))
        : GraphTestServer::tokenResponse(longToken);
    m_server->enqueue(answer.delayed(300));
    CliProcess cli(m_server->baseUrl());
    QStringList args {QStringLiteral("exchange"), QStringLiteral("--app-id"), appId};
    if (how == QLatin1String("files")) {
        args << secretArgs();
    } else if (how == QLatin1String("stdin")) {
        args << QStringLiteral("--app-secret-file=-") << QStringLiteral("--token-file")
             << m_dir->filePath(QStringLiteral("token"));
        cli.setStdin(appSecret.toUtf8());
    } else {
        cli.setEnv(QStringLiteral("LONGLIVED_APP_SECRET"), appSecret);
        cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), shortToken);
    }
    QByteArray argvWhileRunning;
    const auto r = cli.run(args, 30000, [&](QProcess& process, CliProcess::Result&) {
        if (m_server->requestCount() == 0)
            return true;
        argvWhileRunning = CliProcess::cmdline(process.processId());
        return false;
    });
    QCOMPARE(r.exitCode, fails ? 1 : 0);
    QVERIFY(!argvWhileRunning.isEmpty());
    for (const QByteArray& secret : {appSecret.toUtf8(), shortToken.toUtf8()}) {
        QVERIFY2(!argvWhileRunning.contains(secret), "a secret is in argv");
        QVERIFY2(!r.err.contains(secret), r.err.constData());
        QVERIFY2(!r.out.contains(secret), "a secret is on stdout");
        // Not even percent-encoded.
        QVERIFY(!r.err.contains(QUrl::toPercentEncoding(QString::fromUtf8(secret))));
    }
    QCOMPARE(r.out, fails ? QByteArray() : longToken.toUtf8() + "\n"); // only the result the user asked for
    if (!fails)
        QVERIFY(!r.err.contains(longToken.toUtf8()));
}

void TestCliCommands::interruptExitsWith130()
{
    m_server->setDefaultResponse(GraphTestServer::Response::neverAnswer());
    CliProcess cli(m_server->baseUrl());
    bool signaled = false;
    const auto r
        = cli.run(QStringList {QStringLiteral("exchange"), QStringLiteral("--json"), QStringLiteral("--app-id"), appId}
                      + secretArgs(),
                  20000, [&](QProcess& process, CliProcess::Result&) {
                      if (m_server->requestCount() == 0)
                          return true;
                      ::kill(pid_t(process.processId()), SIGINT);
                      signaled = true;
                      return false;
                  });
    QVERIFY(signaled);
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit); // handled, not killed by the signal
    QCOMPARE(r.exitCode, 130);
    QVERIFY(r.err.contains("Interrupted"));
    QCOMPARE(parseObject(r.out).value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("interrupted"));
}

void TestCliCommands::refresh()
{
    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("THrefreshed"), 5184000));
    CliProcess cli(m_server->baseUrl());
    cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), QStringLiteral("THlongLived"));
    auto r = cli.run({QStringLiteral("refresh")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("THrefreshed\n"));
    QVERIFY(r.err.contains("refreshed"));
    auto request = m_server->lastRequest();
    QCOMPARE(request.path, QStringLiteral("/refresh_access_token"));
    QCOMPARE(request.queryValue(QStringLiteral("grant_type")), QStringLiteral("th_refresh_token"));
    QCOMPARE(request.queryValue(QStringLiteral("access_token")), QStringLiteral("THlongLived"));
    QVERIFY(!request.hasQueryItem(QStringLiteral("client_secret"))); // refresh needs no secret

    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("IGrefreshed"), 5184000));
    cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), QStringLiteral("IGlongLived"));
    r = cli.run({QStringLiteral("refresh"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = parseObject(r.out);
    QCOMPARE(json.value(QLatin1String("access_token")).toString(), QStringLiteral("IGrefreshed"));
    QCOMPARE(json.value(QLatin1String("platform")).toString(), QStringLiteral("instagram"));
    QCOMPARE(json.value(QLatin1String("expires_in")).toInteger(), 5184000);
    QCOMPARE(m_server->lastRequest().queryValue(QStringLiteral("grant_type")), QStringLiteral("ig_refresh_token"));
}

void TestCliCommands::refreshRefusesFacebook()
{
    CliProcess cli(m_server->baseUrl());
    cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), QStringLiteral("THlongLived"));
    const auto r = cli.run({QStringLiteral("refresh"), QStringLiteral("--platform"), QStringLiteral("facebook")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("exchange"));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliCommands::refreshError()
{
    m_server->enqueue(
        GraphTestServer::flatError(400, 190, QStringLiteral("Session has expired"), QStringLiteral("OAuthException")));
    CliProcess cli(m_server->baseUrl());
    cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), QStringLiteral("THlongLived"));
    const auto r = cli.run({QStringLiteral("refresh"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error = parseObject(r.out).value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toInt(), 190);
    QCOMPARE(error.value(QLatin1String("message")).toString(), QStringLiteral("Session has expired"));
    QVERIFY(!r.err.contains("THlongLived"));
}

void TestCliCommands::inspect_data()
{
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("json");
    QTest::addRow("valid, json") << true << true;
    QTest::addRow("valid, text") << true << false;
    QTest::addRow("invalid, json") << false << true;
    QTest::addRow("invalid, text") << false << false;
}

void TestCliCommands::inspect()
{
    QFETCH(bool, valid);
    QFETCH(bool, json);
    const qint64 expiresAt = QDateTime::currentSecsSinceEpoch() + 50 * 86400;
    m_server->enqueue(GraphTestServer::Response::json(200, debugTokenBody(expiresAt, valid)));
    CliProcess cli(m_server->baseUrl());
    QStringList args = QStringList {QStringLiteral("inspect"), QStringLiteral("--app-id"), appId} + secretArgs();
    if (json)
        args << QStringLiteral("--json");
    const auto r = cli.run(args);
    QCOMPARE(r.exitCode, valid ? 0 : 1); // scripts can test validity with the exit status

    const auto request = m_server->lastRequest();
    QCOMPARE(request.path, QStringLiteral("/v25.0/debug_token"));
    QCOMPARE(request.queryValue(QStringLiteral("input_token")), shortToken);
    QCOMPARE(request.queryValue(QStringLiteral("access_token")), appId + QLatin1Char('|') + appSecret);
    QVERIFY(!r.err.contains(appSecret.toUtf8()));
    QVERIFY(!r.out.contains(appSecret.toUtf8()));
    QVERIFY(!r.out.contains(shortToken.toUtf8()));

    if (json) {
        const QJsonObject info = parseObject(r.out);
        QCOMPARE(info.value(QLatin1String("is_valid")).toBool(), valid);
        QCOMPARE(info.value(QLatin1String("platform")).toString(), QStringLiteral("facebook"));
        QCOMPARE(info.value(QLatin1String("type")).toString(), QStringLiteral("USER"));
        QCOMPARE(info.value(QLatin1String("app_id")).toString(), appId);
        QCOMPARE(info.value(QLatin1String("user_id")).toString(), QStringLiteral("10001"));
        QCOMPARE(info.value(QLatin1String("scopes")).toArray().size(), 2);
        QCOMPARE(info.value(QLatin1String("expires_at")).toString(),
                 QDateTime::fromSecsSinceEpoch(expiresAt, Qt::UTC).toString(Qt::ISODate));
        QCOMPARE(info.value(QLatin1String("never_expires")).toBool(true), false);
        if (valid) {
            QVERIFY(info.value(QLatin1String("error")).isNull());
        } else {
            const QJsonObject error = info.value(QLatin1String("error")).toObject();
            QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("token_expired"));
        }
    } else {
        QVERIFY2(r.out.contains(valid ? "Valid:" : "Reason:"), r.out.constData());
        QVERIFY(r.out.contains("public_profile, pages_show_list"));
        QVERIFY(r.out.contains("LongLived Test (1234567890123456)"));
    }
}

void TestCliCommands::inspectRefusesInstagram()
{
    CliProcess cli(m_server->baseUrl());
    cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), QStringLiteral("IGlongLived"));
    cli.setEnv(QStringLiteral("LONGLIVED_APP_SECRET"), appSecret);
    const auto r = cli.run({QStringLiteral("inspect"), QStringLiteral("--app-id"), appId});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("debug_token"));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliCommands::pages()
{
    const QByteArray body
        = "{\"data\":[{\"access_token\":\"EAApageOne\",\"category\":\"Brand\",\"name\":\"First Page\","
          "\"id\":\"111\",\"tasks\":[\"MANAGE\",\"CREATE_CONTENT\"]},"
          "{\"access_token\":\"EAApageTwo\",\"category\":\"Shop\",\"name\":\"Second\\tPage\",\"id\":\"222\","
          "\"tasks\":[\"ADVERTISE\"]}],\"paging\":{\"cursors\":{\"before\":\"QVFI\",\"after\":\"QVFJ\"}}}";
    m_server->enqueue(GraphTestServer::Response::json(200, body));
    CliProcess cli(m_server->baseUrl());
    auto r = cli.run(QStringList {QStringLiteral("pages")} + secretArgs());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outLines(), (QList<QByteArray> {"111\tFirst Page\tEAApageOne", "222\tSecond Page\tEAApageTwo"}));
    QVERIFY(r.err.contains("2 Pages"));
    auto request = m_server->lastRequest();
    QCOMPARE(request.path, QStringLiteral("/v25.0/me/accounts"));
    QCOMPARE(request.queryValue(QStringLiteral("access_token")), shortToken);
    QVERIFY(request.hasQueryItem(QStringLiteral("appsecret_proof"))); // the secret was given

    m_server->enqueue(GraphTestServer::Response::json(200, body));
    cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), shortToken);
    r = cli.run({QStringLiteral("pages"), QStringLiteral("--json")}); // no secret: no proof, no prompt
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!m_server->lastRequest().hasQueryItem(QStringLiteral("appsecret_proof")));
    const QJsonObject json = parseObject(r.out);
    const QJsonArray data = json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.at(0).toObject().value(QLatin1String("access_token")).toString(), QStringLiteral("EAApageOne"));
    QCOMPARE(data.at(0).toObject().value(QLatin1String("tasks")).toArray().size(), 2);
    QCOMPARE(data.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Second\tPage"));
    QCOMPARE(json.value(QLatin1String("truncated")).toBool(true), false);
    QVERIFY(json.value(QLatin1String("warnings")).isArray());
}

void TestCliCommands::pagesError()
{
    m_server->enqueue(GraphTestServer::nestedError(400, 190, 460, QStringLiteral("The password was changed")));
    CliProcess cli(m_server->baseUrl());
    cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), shortToken);
    const auto r = cli.run({QStringLiteral("pages"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(parseObject(r.out).value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("password_changed"));
}

void TestCliCommands::verify_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("human");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("username");

    QTest::addRow("facebook") << shortToken << QStringList {}
                              << QByteArray("{\"id\":\"10001\",\"name\":\"Jane Doe\"}")
                              << QStringLiteral("/v25.0/me") << QByteArray("Jane Doe (ID 10001)")
                              << QStringLiteral("facebook") << QStringLiteral("10001") << QStringLiteral("Jane Doe")
                              << QString();
    QTest::addRow("threads") << QStringLiteral("THlongLived") << QStringList {}
                             << QByteArray("{\"id\":\"20002\",\"username\":\"jane\"}")
                             << QStringLiteral("/v1.0/me") << QByteArray("@jane (ID 20002)")
                             << QStringLiteral("threads") << QStringLiteral("20002") << QString()
                             << QStringLiteral("jane");
    QTest::addRow("instagram forced, id alone")
        << QStringLiteral("odd-token-123") << QStringList {QStringLiteral("--platform"), QStringLiteral("instagram")}
        << QByteArray("{\"user_id\":30003}") << QStringLiteral("/me") << QByteArray("ID 30003")
        << QStringLiteral("instagram") << QString() << QString() << QString();
}

void TestCliCommands::verify()
{
    QFETCH(QString, token);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QByteArray, human);
    QFETCH(QString, platform);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, username);

    m_server->enqueue(GraphTestServer::Response::json(200, body));
    CliProcess cli(m_server->baseUrl());
    cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), token);
    auto r = cli.run(QStringList {QStringLiteral("verify")} + extra);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, human + "\n");
    QVERIFY2(r.err.contains("token works"), r.err.constData());
    QVERIFY(!r.err.contains(token.toUtf8()));
    const auto request = m_server->lastRequest();
    QCOMPARE(request.path, path);
    QCOMPARE(request.queryValue(QStringLiteral("access_token")), token);
    QVERIFY(request.hasQueryItem(QStringLiteral("fields")));
    QVERIFY(!request.hasQueryItem(QStringLiteral("appsecret_proof"))); // no secret: no proof, no prompt

    m_server->enqueue(GraphTestServer::Response::json(200, body));
    r = cli.run(QStringList {QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("-q")} + extra);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.outLines().size(), 1);
    QVERIFY2(r.out.startsWith(QByteArray("{\"platform\":\"" + platform.toUtf8() + "\",\"id\":")), r.out.constData());
    const QJsonObject json = parseObject(r.out);
    QCOMPARE(json.value(QLatin1String("platform")).toString(), platform);
    const auto stringOrNull = [&json](const char* key, const QString& expected) {
        const QJsonValue value = json.value(QLatin1String(key));
        return expected.isEmpty() ? value.isNull() : value.toString() == expected;
    };
    QVERIFY(stringOrNull("id", id));
    QVERIFY(stringOrNull("name", name));
    QVERIFY(stringOrNull("username", username));
    QVERIFY(stringOrNull("user_id", platform == QLatin1String("instagram") ? QStringLiteral("30003") : QString()));
    QVERIFY(!r.out.contains(token.toUtf8()));
}

void TestCliCommands::verifyRejectedToken()
{
    for (const bool json : {false, true}) {
        m_server->enqueue(GraphTestServer::nestedError(400, 190, 460, QStringLiteral("The password was changed")));
        CliProcess cli(m_server->baseUrl());
        QStringList args = QStringList {QStringLiteral("verify")} + secretArgs();
        if (json)
            args << QStringLiteral("--json");
        const auto r = cli.run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Error: "), r.err.constData());
        QVERIFY(!r.err.contains(shortToken.toUtf8()));
        QVERIFY(!r.err.contains(appSecret.toUtf8()));
        if (!json) {
            QVERIFY(r.out.isEmpty());
            continue;
        }
        // The same error object as every other command's.
        QCOMPARE(r.outLines().size(), 1);
        QVERIFY2(r.out.startsWith("{\"error\":{\"message\":"), r.out.constData());
        const QJsonObject error = parseObject(r.out).value(QLatin1String("error")).toObject();
        for (const char* key :
             {"message", "type", "code", "error_subcode", "fbtrace_id", "remedy", "retryable", "kind"})
            QVERIFY2(error.contains(QLatin1String(key)), key);
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("password_changed"));
        QCOMPARE(error.value(QLatin1String("code")).toInt(), 190);
        QCOMPARE(error.value(QLatin1String("error_subcode")).toInt(), 460);
        QVERIFY(!r.out.contains(shortToken.toUtf8()));
    }
    QCOMPARE(m_server->requestCount(), 2); // never retried: the caller decides
}

void TestCliCommands::verifySendsAppSecretProof()
{
    // HMAC-SHA256(key = App Secret, message = token), hex: what Meta checks.
    const QString proof = QString::fromLatin1(
        QMessageAuthenticationCode::hash(shortToken.toUtf8(), appSecret.toUtf8(), QCryptographicHash::Sha256)
            .toHex());
    const QByteArray body = "{\"id\":\"10001\",\"name\":\"Jane Doe\"}";
    m_server->enqueue(GraphTestServer::Response::json(200, body));
    CliProcess cli(m_server->baseUrl());
    auto r = cli.run(QStringList {QStringLiteral("verify")} + secretArgs());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->lastRequest().queryValue(QStringLiteral("appsecret_proof")), proof);
    QVERIFY(!m_server->lastRequest().hasQueryItem(QStringLiteral("client_secret"))); // the proof, never the secret

    m_server->enqueue(GraphTestServer::Response::json(200, body));
    cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), shortToken);
    cli.setEnv(QStringLiteral("LONGLIVED_APP_SECRET"), appSecret);
    r = cli.run({QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->lastRequest().queryValue(QStringLiteral("appsecret_proof")), proof);
    for (const QByteArray& secret : {appSecret.toUtf8(), shortToken.toUtf8()}) {
        QVERIFY(!r.out.contains(secret));
        QVERIFY(!r.err.contains(secret));
    }
}

void TestCliCommands::verifyUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("envToken"); // LONGLIVED_TOKEN, empty = unset
    QTest::addColumn<QByteArray>("stderrHas");
    QTest::addColumn<QByteArray>("kind");

    const QString verify = QStringLiteral("verify");
    QTest::addRow("no token") << QStringList {verify} << QByteArray() << QByteArray("No token given")
                              << QByteArray("missing_input");
    QTest::addRow("unreadable token file")
        << QStringList {verify, QStringLiteral("--token-file=/nonexistent/token")} << QByteArray()
        << QByteArray("/nonexistent/token") << QByteArray("missing_input");
    QTest::addRow("unreadable secret file")
        << QStringList {verify, QStringLiteral("--app-secret-file=/nonexistent/secret")} << shortToken.toUtf8()
        << QByteArray("/nonexistent/secret") << QByteArray("missing_input");
    QTest::addRow("undetectable platform") << QStringList {verify} << QByteArray("XYZtoken12345")
                                           << QByteArray("--platform") << QByteArray("usage_error");
    QTest::addRow("bad platform") << QStringList {verify, QStringLiteral("--platform=myspace")} << QByteArray()
                                  << QByteArray("--platform must be") << QByteArray("usage_error");
    QTest::addRow("an app id is not an option")
        << QStringList {verify, QStringLiteral("--app-id=123")} << QByteArray() << QByteArray("Unknown option 'app-id'")
        << QByteArray("usage_error");
    QTest::addRow("a token as an argument")
        << QStringList {verify, QStringLiteral("EAAtokenAsArgument")} << QByteArray()
        << QByteArray("takes no arguments") << QByteArray("usage_error");
    QTest::addRow("a token as a flag") << QStringList {verify, QStringLiteral("--token=EAAtokenAsArgument")}
                                       << QByteArray() << QByteArray("--token-file") << QByteArray("usage_error");
    QTest::addRow("both from stdin")
        << QStringList {verify, QStringLiteral("--token-file=-"), QStringLiteral("--app-secret-file=-")} << QByteArray()
        << QByteArray("stdin") << QByteArray("usage_error");
}

void TestCliCommands::verifyUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, envToken);
    QFETCH(QByteArray, stderrHas);
    QFETCH(QByteArray, kind);

    CliProcess cli(m_server->baseUrl());
    if (!envToken.isEmpty())
        cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), QString::fromUtf8(envToken));
    for (const bool json : {false, true}) {
        QStringList args = arguments;
        if (json)
            args << QStringLiteral("--json");
        const auto r = cli.run(args);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(stderrHas), r.err.constData());
        QVERIFY(!r.err.contains("EAAtokenAsArgument"));
        if (!json) {
            QVERIFY(r.out.isEmpty());
            continue;
        }
        const QJsonObject error = parseObject(r.out).value(QLatin1String("error")).toObject();
        QVERIFY2(!error.value(QLatin1String("message")).toString().isEmpty(), r.out.constData());
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QString::fromLatin1(kind));
        QCOMPARE(error.value(QLatin1String("retryable")).toBool(true), false);
        QVERIFY(!r.out.contains("EAAtokenAsArgument"));
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliCommands::verifyHelp()
{
    CliProcess cli;
    auto r = cli.run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("\n  verify    "), r.out.constData());
    for (const QStringList& args : {QStringList {QStringLiteral("verify"), QStringLiteral("--help")},
                                    QStringList {QStringLiteral("help"), QStringLiteral("verify")},
                                    QStringList {QStringLiteral("--help"), QStringLiteral("verify")}}) {
        r = cli.run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Usage: longlived-cli verify "), r.out.left(80).constData());
        for (const char* option : {"--platform", "--app-secret-file", "--token-file", "--json", "--timeout"})
            QVERIFY2(r.out.contains(option), option);
        QVERIFY(!r.out.contains("--app-id"));
        QVERIFY(r.out.contains("Exit status"));
    }
}

void TestCliCommands::verifyInterrupted()
{
    // Ctrl-C cancels the /me call in flight (the session's typed cancel) and exits 130.
    m_server->setDefaultResponse(GraphTestServer::Response::neverAnswer());
    CliProcess cli(m_server->baseUrl());
    cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), shortToken);
    bool signaled = false;
    const auto r = cli.run({QStringLiteral("verify"), QStringLiteral("--json")}, 20000,
                           [&](QProcess& process, CliProcess::Result&) {
                               if (m_server->requestCount() == 0)
                                   return true;
                               ::kill(pid_t(process.processId()), SIGINT);
                               signaled = true;
                               return false;
                           });
    QVERIFY(signaled);
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 130);
    QVERIFY(r.err.contains("Interrupted"));
    QVERIFY(!r.err.contains("Error:")); // the cancel is not reported as a failure
    QCOMPARE(r.outLines().size(), 1);
    QCOMPARE(parseObject(r.out).value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("interrupted"));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
