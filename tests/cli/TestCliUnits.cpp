// The CLI's building blocks without a process: BatchInputReader (streaming from files and
// pipes, line numbers, CSV quoting, over-long lines), JsonOutput (order and escaping),
// RetryPolicy (the backoff schedule, Retry-After, the cap), CommandLine, the commands'
// parsing (CommandRegistry, Command), SecretSource taking its variable out of the
// environment, TerminalText.

#include "BatchInputReader.h"
#include "CliApplication.h"
#include "Command.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "commands/BatchCommand.h"
#include "commands/DeliverCommand.h"
#include "commands/KeychainCommand.h"
#include "graph/GraphError.h"
#include "JsonOutput.h"
#include "graph/RetryPolicy.h"
#include "SecretSource.h"
#include "TerminalText.h"
#include "graph/TokenResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {
QList<BatchItem> readAll(BatchInputReader& reader)
{
    QList<BatchItem> items;
    while (!reader.atEnd()) {
        if (auto item = reader.next())
            items << *item;
        else if (!reader.atEnd())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return items;
}

QList<qint64> lines(const QList<BatchItem>& items)
{
    QList<qint64> result;
    for (const BatchItem& item : items)
        result << item.line;
    return result;
}
} // namespace

class TestCliUnits : public QObject
{
    Q_OBJECT

private slots:
    void readerJsonLines();
    void readerCsv();
    void readerSkipsOverlongLines();
    void readerStreamsFromAPipe();
    void jsonOutputKeepsOrderAndEscapes();
    void jsonOutputEscapesDelAndC1();
    void terminalTextReplacesControls_data();
    void terminalTextReplacesControls();
    void secretSourceTakesTheVariableOutOfTheEnvironment();
    void retryPolicySchedule();
    void retryPolicyHonoursRetryAfter();
    void retryPolicyFromEnvironment();
    void commandLineParses();
    void registryListsEveryCommand();
    void commandsParseTheirOwnOptions();
    void commandLineRejectsSecretFlags_data();
    void commandLineRejectsSecretFlags();
    void onlyTheKeychainNeedsTheGlibLoop();

private:
    QString writeFile(const QByteArray& content);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestCliUnits::writeFile(const QByteArray& content)
{
    const QString path = m_dir.filePath(QStringLiteral("input%1").arg(++m_files));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestCliUnits::readerJsonLines()
{
    BatchInputReader reader(BatchInputReader::Format::JsonLines);
    QString problem;
    QVERIFY(reader.open(writeFile("\xEF\xBB\xBF{\"token\":\"EAA1\",\"id\":\"x\",\"app_id\":123}\r\n"
                                  "\n"
                                  "{\"token\":\"EAA2\",\"platform\":\"threads\",\"app_secret\":\" s \"}\n"
                                  "{broken\n"
                                  "{\"token\":42}\n"
                                  "{\"token\":\"EAA6\",\"platform\":[1]}"),
                        &problem));
    const auto items = readAll(reader);
    QCOMPARE(lines(items), (QList<qint64> {1, 3, 4, 5, 6}));
    QCOMPARE(items.at(0).token, QStringLiteral("EAA1")); // the byte-order mark is gone
    QCOMPARE(items.at(0).id.toString(), QStringLiteral("x"));
    QCOMPARE(items.at(0).appId, QStringLiteral("123"));
    QVERIFY(items.at(0).isValid());
    QCOMPARE(items.at(1).platform, QStringLiteral("threads"));
    QCOMPARE(items.at(1).appSecret, QStringLiteral("s"));
    QCOMPARE(items.at(2).problemKind, QStringLiteral("bad_json"));
    QCOMPARE(items.at(3).problemKind, QStringLiteral("missing_token"));
    QCOMPARE(items.at(4).problemKind, QStringLiteral("invalid_input"));
    QVERIFY(reader.fatalProblem().isEmpty());
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

void TestCliUnits::readerCsv()
{
    BatchInputReader reader(BatchInputReader::Format::Csv);
    QString problem;
    QVERIFY(reader.open(writeFile("ID, Token ,app_secret\n"
                                  "1,EAA1,\"a,b\"\n"
                                  "\"2\n\n2\",\"EAA\"\"2\",\n"
                                  "3,\"EAA3\"tail,\n"
                                  "4,\"unterminated\n"),
                        &problem));
    const auto items = readAll(reader);
    QCOMPARE(lines(items), (QList<qint64> {2, 3, 6, 7}));
    QCOMPARE(items.at(0).appSecret, QStringLiteral("a,b"));
    QCOMPARE(items.at(1).id.toString(), QStringLiteral("2\n\n2"));
    QCOMPARE(items.at(1).token, QStringLiteral("EAA\"2"));
    QCOMPARE(items.at(2).token, QStringLiteral("EAA3tail"));
    QCOMPARE(items.at(3).problemKind, QStringLiteral("bad_csv"));

    BatchInputReader noToken(BatchInputReader::Format::Csv);
    QVERIFY(noToken.open(writeFile("id,secret\n1,2\n"), &problem));
    QVERIFY(readAll(noToken).isEmpty());
    QVERIFY(noToken.fatalProblem().contains(QLatin1String("token")));
}

void TestCliUnits::readerSkipsOverlongLines()
{
    QByteArray content = "{\"token\":\"EAA1\"}\n{\"token\":\"";
    content += QByteArray(BatchInputReader::maxLineBytes + 100, 'x');
    content += "\"}\n{\"token\":\"EAA3\"}\n";
    BatchInputReader reader(BatchInputReader::Format::JsonLines);
    QString problem;
    QVERIFY(reader.open(writeFile(content), &problem));
    const auto items = readAll(reader);
    QCOMPARE(lines(items), (QList<qint64> {1, 2, 3}));
    QCOMPARE(items.at(1).problemKind, QStringLiteral("line_too_long"));
    QCOMPARE(items.at(2).token, QStringLiteral("EAA3"));
}

void TestCliUnits::readerStreamsFromAPipe()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    BatchInputReader reader(BatchInputReader::Format::JsonLines);
    QString problem;
    QVERIFY(reader.open(QStringLiteral("/proc/self/fd/%1").arg(fds[0]), &problem));
    ::close(fds[0]); // the reader opened its own descriptor of the pipe
    QSignalSpy ready(&reader, &BatchInputReader::readyRead);

    QVERIFY(!reader.next()); // nothing yet: waits for the notifier instead of blocking
    QVERIFY(!reader.atEnd());
    const auto send = [&](const QByteArray& bytes) {
        QCOMPARE(::write(fds[1], bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    };
    send("{\"token\":\"EA"); // half a line
    QVERIFY(ready.wait(2000));
    QVERIFY(!reader.next());
    send("A1\"}\n\n{\"token\":\"EAA3\"}\n{\"tok");
    QVERIFY(ready.wait(2000));
    auto first = reader.next();
    QVERIFY(first);
    QCOMPARE(first->token, QStringLiteral("EAA1"));
    auto second = reader.next();
    QVERIFY(second);
    QCOMPARE(second->line, 3);
    QVERIFY(!reader.next());
    send("en\":\"EAA4\"}"); // the last line has no newline
    ::close(fds[1]);
    const auto rest = readAll(reader);
    QCOMPARE(lines(rest), (QList<qint64> {4}));
    QCOMPARE(rest.at(0).token, QStringLiteral("EAA4"));
    QVERIFY(reader.atEnd());
}

void TestCliUnits::jsonOutputKeepsOrderAndEscapes()
{
    JsonOutput json;
    json.add("z", QStringLiteral("quote\" backslash\\ newline\n tab\t ctrl\x01 é €"));
    json.add("a", qint64(5183944));
    json.add("m", true);
    json.addNull("n");
    json.add("id", QJsonValue(12345678901.0));
    json.add("f", QJsonValue(1.5));
    json.addTime("t", QDateTime(QDate(2026, 1, 27), QTime(10, 0, 5), Qt::UTC));
    const QByteArray out = json.toJson();
    QVERIFY2(out.startsWith("{\"z\":\"quote\\\" backslash\\\\ newline\\n tab\\t ctrl\\u0001 "), out.constData());
    QVERIFY(out.endsWith(
        ",\"a\":5183944,\"m\":true,\"n\":null,\"id\":12345678901,\"f\":1.5,\"t\":\"2026-01-27T10:00:05Z\"}"));
    const QJsonObject parsed = QJsonDocument::fromJson(out).object();
    QCOMPARE(parsed.value(QLatin1String("z")).toString(),
             QStringLiteral("quote\" backslash\\ newline\n tab\t ctrl\x01 é €"));

    GraphError error(GraphError::Kind::RateLimited);
    error.code = 4;
    error.message = QStringLiteral("Application request limit reached");
    error.retryAfterSeconds = 7;
    const QJsonObject object = QJsonDocument::fromJson(JsonOutput::errorObject(error)).object();
    QCOMPARE(object.value(QLatin1String("message")).toString(), error.message);
    QCOMPARE(object.value(QLatin1String("code")).toInt(), 4);
    QVERIFY(object.value(QLatin1String("error_subcode")).isNull());
    QVERIFY(object.value(QLatin1String("fbtrace_id")).isNull());
    QCOMPARE(object.value(QLatin1String("retryable")).toBool(), true);
    QCOMPARE(object.value(QLatin1String("kind")).toString(), QStringLiteral("rate_limited"));
    QCOMPARE(object.value(QLatin1String("retry_after")).toInt(), 7);
    QVERIFY(object.value(QLatin1String("remedy")).toString().contains(QLatin1String("7")));
}

void TestCliUnits::retryPolicySchedule()
{
    RetryPolicy policy;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 300;
    const RetryPolicy::Random none = [](quint32) { return 0u; };
    const RetryPolicy::Random most = [](quint32 bound) { return bound - 1; };
    // Equal jitter: between half and all of base * 2^(n-1), capped.
    QCOMPARE(policy.backoffMs(1, none), 50);
    QCOMPARE(policy.backoffMs(1, most), 100);
    QCOMPARE(policy.backoffMs(2, none), 100);
    QCOMPARE(policy.backoffMs(2, most), 200);
    QCOMPARE(policy.backoffMs(3, most), 300);
    QCOMPARE(policy.backoffMs(40, most), 300); // no overflow
    for (int i = 0; i < 100; ++i) {
        const int delay = policy.backoffMs(2);
        QVERIFY(delay >= 100 && delay <= 200);
    }

    const GraphError transient(GraphError::Kind::TemporarilyUnavailable);
    QVERIFY(policy.nextDelayMs(transient, 1));
    QVERIFY(policy.nextDelayMs(transient, 2));
    QVERIFY(!policy.nextDelayMs(transient, 3)); // 3 attempts in all
    QVERIFY(!policy.nextDelayMs(GraphError(GraphError::Kind::TokenExpired), 1));
    QVERIFY(!policy.nextDelayMs(GraphError(GraphError::Kind::Canceled), 1));
    GraphError http502(GraphError::Kind::NotJson);
    http502.httpStatus = 502;
    QVERIFY(policy.nextDelayMs(http502, 1));
    GraphError http404(GraphError::Kind::NotJson);
    http404.httpStatus = 404;
    QVERIFY(!policy.nextDelayMs(http404, 1));
}

void TestCliUnits::retryPolicyHonoursRetryAfter()
{
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    policy.retryAfterCapMs = 60000;
    GraphError limited(GraphError::Kind::RateLimited);
    limited.retryAfterSeconds = 30;
    QCOMPARE(policy.nextDelayMs(limited, 1).value_or(-1), 30000);
    limited.retryAfterSeconds = 61; // asks for longer than the cap: give up rather than come back early
    QVERIFY(!policy.nextDelayMs(limited, 1));
    limited.retryAfterSeconds = 0;
    QVERIFY(policy.nextDelayMs(limited, 1).value_or(-1) <= 10);
}

void TestCliUnits::retryPolicyFromEnvironment()
{
    qputenv("LONGLIVED_RETRY_BASE_MS", "7");
    qputenv("LONGLIVED_RETRY_AFTER_CAP_MS", "not a number");
    const RetryPolicy policy = RetryPolicy::fromEnvironment();
    qunsetenv("LONGLIVED_RETRY_BASE_MS");
    qunsetenv("LONGLIVED_RETRY_AFTER_CAP_MS");
    QCOMPARE(policy.baseDelayMs, 7);
    QCOMPARE(policy.retryAfterCapMs, RetryPolicy().retryAfterCapMs);
}

void TestCliUnits::commandLineParses()
{
    const QString program = QStringLiteral("longlived-cli");
    auto r = CommandLine::parse({program, QStringLiteral("--json"), QStringLiteral("exchange"),
                                 QStringLiteral("--platform=Threads"), QStringLiteral("--api-version="),
                                 QStringLiteral("--token-file"), QStringLiteral("-"), QStringLiteral("-q")});
    QCOMPARE(r.status, CommandLine::Result::Status::Run);
    QVERIFY(r.command);
    QCOMPARE(r.command->name(), QStringLiteral("exchange"));
    QVERIFY(r.command->options().json);
    QVERIFY(r.command->options().quiet);
    QCOMPARE(r.command->options().platform, std::optional<Platform>(Platform::Threads));
    QCOMPARE(r.command->options().apiVersion, std::optional<QString>(QString()));
    QCOMPARE(r.command->options().tokenFile, QStringLiteral("-"));

    r = CommandLine::parse({program, QStringLiteral("batch"), QStringLiteral("-i"), QStringLiteral("tokens.CSV"),
                            QStringLiteral("--concurrency=99"), QStringLiteral("--continue-on-fail")});
    QCOMPARE(r.status, CommandLine::Result::Status::Run);
    const auto* batch = dynamic_cast<const BatchCommand*>(r.command.get());
    QVERIFY(batch);
    QCOMPARE(batch->batchOptions().inputFormat, BatchInputReader::Format::Csv);
    QCOMPARE(batch->batchOptions().concurrency, BatchCommand::maxConcurrency);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(batch->batchOptions().continueOnFail);

    r = CommandLine::parse({program, QStringLiteral("exchange"), QStringLiteral("EAAsecretToken")});
    QCOMPARE(r.status, CommandLine::Result::Status::UsageError);
    QVERIFY(!r.text.contains(QLatin1String("EAAsecretToken")));
    r = CommandLine::parse({program, QStringLiteral("EAAsecretToken")});
    QCOMPARE(r.status, CommandLine::Result::Status::UsageError);
    QVERIFY(!r.text.contains(QLatin1String("EAAsecretToken")));
}

void TestCliUnits::registryListsEveryCommand()
{
    // The one list: the overview, the dispatch and the help all come from it, in its order.
    const QStringList names = CommandRegistry::names();
    QCOMPARE(names,
             (QStringList {QStringLiteral("exchange"), QStringLiteral("refresh"), QStringLiteral("inspect"),
                           QStringLiteral("pages"), QStringLiteral("verify"), QStringLiteral("keychain"),
                           QStringLiteral("batch"), QStringLiteral("renew"), QStringLiteral("deliver")}));
    QCOMPARE(CommandLine::commandNames(), names);
    const QString overview = CommandLine::mainHelp();
    qsizetype previous = -1;
    for (const QString& name : names) {
        const Command* command = CommandRegistry::find(name);
        QVERIFY(command);
        const qsizetype at = overview.indexOf(QStringLiteral("  %1").arg(name, -10) + command->description());
        QVERIFY2(at > previous, qPrintable(name));
        previous = at;
        QVERIFY(command->help().startsWith(QStringLiteral("Usage: longlived-cli ") + name + QLatin1Char(' ')));
        QCOMPARE(CommandLine::commandHelp(name), command->help());
        // A fresh instance each time: parsing one never changes another.
        const auto fresh = CommandRegistry::create(name);
        QVERIFY(fresh && fresh.get() != command && fresh != CommandRegistry::create(name));
    }
    QVERIFY(!CommandRegistry::find(QStringLiteral("frobnicate")));
    QVERIFY(!CommandRegistry::create(QStringLiteral("frobnicate")));
    QVERIFY(CommandLine::commandHelp(QStringLiteral("frobnicate")).isEmpty());
}

void TestCliUnits::commandsParseTheirOwnOptions()
{
    const QString program = QStringLiteral("longlived-cli");
    // verify: the common token and secret options, --platform; no App ID.
    auto r = CommandLine::parse({program, QStringLiteral("verify"), QStringLiteral("--platform"),
                                 QStringLiteral("instagram"), QStringLiteral("--app-secret-file=-"),
                                 QStringLiteral("--timeout=5")});
    QCOMPARE(r.status, CommandLine::Result::Status::Run);
    QCOMPARE(r.command->name(), QStringLiteral("verify"));
    QCOMPARE(r.command->options().platform, std::optional<Platform>(Platform::Instagram));
    QCOMPARE(r.command->options().appSecretFile, QStringLiteral("-"));
    QCOMPARE(r.command->options().timeoutMs, 5000);
    QVERIFY(r.command->options().timeoutSet);
    QVERIFY(!r.command->options().json);
    r = CommandLine::parse({program, QStringLiteral("verify"), QStringLiteral("--app-id=1")});
    QCOMPARE(r.status, CommandLine::Result::Status::UsageError);
    QVERIFY(r.text.contains(QLatin1String("Unknown option 'app-id'")));
    QVERIFY(r.text.contains(QLatin1String("longlived-cli verify --help")));
    r = CommandLine::parse({program, QStringLiteral("verify"), QStringLiteral("EAAsecretToken"), QStringLiteral("--json")});
    QCOMPARE(r.status, CommandLine::Result::Status::UsageError);
    QVERIFY(r.jsonRequested);
    QVERIFY(!r.text.contains(QLatin1String("EAAsecretToken")));

    // keychain: the only command with positional arguments.
    r = CommandLine::parse({program, QStringLiteral("keychain"), QStringLiteral("get"), QStringLiteral(" Facebook · 1 ")});
    QCOMPARE(r.status, CommandLine::Result::Status::Run);
    const auto* keychain = dynamic_cast<const KeychainCommand*>(r.command.get());
    QVERIFY(keychain);
    QCOMPARE(keychain->action(), QStringLiteral("get"));
    QCOMPARE(keychain->profileName(), QStringLiteral("Facebook · 1"));
    QVERIFY(keychain->needsGlibEventLoop());
    r = CommandLine::parse({program, QStringLiteral("keychain"), QStringLiteral("list"), QStringLiteral("x")});
    QCOMPARE(r.status, CommandLine::Result::Status::UsageError);

    // deliver: an action, profile names and a target id; the target checked before anything runs.
    r = CommandLine::parse({program, QStringLiteral("deliver"), QStringLiteral("add"), QStringLiteral(" p "),
                            QStringLiteral("--file=/tmp/token"), QStringLiteral("--format=env:TOKEN")});
    QCOMPARE(r.status, CommandLine::Result::Status::Run);
    const auto* deliver = dynamic_cast<const DeliverCommand*>(r.command.get());
    QVERIFY(deliver);
    QCOMPARE(deliver->profileNames(), QStringList {QStringLiteral("p")});
    QCOMPARE(deliver->target().kind, DeliveryTarget::Kind::File);
    QCOMPARE(deliver->target().envVariable(), QStringLiteral("TOKEN"));
    QVERIFY(deliver->needsGlibEventLoop());
    r = CommandLine::parse({program, QStringLiteral("deliver"), QStringLiteral("add"), QStringLiteral("p"),
                            QStringLiteral("--exec=/bin/true"), QStringLiteral("--format=token")});
    QCOMPARE(r.status, CommandLine::Result::Status::UsageError);

    // --save: the keychain (and its GLib event loop) only when asked for.
    const Command* exchange = CommandRegistry::find(QStringLiteral("exchange"));
    QVERIFY(!exchange->needsGlibEventLoopFor({QStringLiteral("--json")}));
    QVERIFY(exchange->needsGlibEventLoopFor({QStringLiteral("--save"), QStringLiteral("x")}));
    QVERIFY(exchange->needsGlibEventLoopFor({QStringLiteral("-save=x")}));
    QVERIFY(!exchange->needsGlibEventLoopFor({QStringLiteral("--"), QStringLiteral("--save")}));

    // --help after the command: its help, not a run.
    r = CommandLine::parse({program, QStringLiteral("verify"), QStringLiteral("--help")});
    QCOMPARE(r.status, CommandLine::Result::Status::Help);
    QCOMPARE(r.text, CommandLine::commandHelp(QStringLiteral("verify")));
}

void TestCliUnits::commandLineRejectsSecretFlags_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("rejected");
    QTest::addRow("--app-secret=x") << QStringLiteral("--app-secret=x") << true;
    QTest::addRow("--app-secret") << QStringLiteral("--app-secret") << true;
    QTest::addRow("--token=x") << QStringLiteral("--token=x") << true;
    QTest::addRow("--client-secret=x") << QStringLiteral("--client-secret=x") << true;
    QTest::addRow("--access-token=x") << QStringLiteral("--access-token=x") << true;
    QTest::addRow("--app-secret-file=x") << QStringLiteral("--app-secret-file=x") << false;
    QTest::addRow("--token-file") << QStringLiteral("--token-file") << false;
}

void TestCliUnits::commandLineRejectsSecretFlags()
{
    QFETCH(QString, argument);
    QFETCH(bool, rejected);
    const QString message = CommandLine::rejectedSecretFlag(argument);
    QCOMPARE(!message.isEmpty(), rejected);
    if (rejected) {
        QVERIFY(!message.contains(QLatin1String("=x")));
        QVERIFY(message.contains(QLatin1String("-file")));
    }
}

void TestCliUnits::onlyTheKeychainNeedsTheGlibLoop()
{
    // libsecret answers through GLib callbacks: on Qt's own loop a keychain call would wait for
    // its timeout. Every other command takes the lighter loop.
    const auto needs = [](std::initializer_list<const char*> args) {
        std::vector<const char*> argv{"longlived-cli"};
        argv.insert(argv.end(), args);
        return CliApplication::needsGlibEventLoop(int(argv.size()), argv.data());
    };
    QVERIFY(needs({"keychain", "list"}));
    QVERIFY(needs({"--json", "keychain", "get", "Facebook · 1"}));
    QVERIFY(!needs({"batch", "--input", "-"}));
    QVERIFY(!needs({"exchange", "--app-id", "1", "--token-file", "keychain.txt"}));
    QVERIFY(needs({"exchange", "--app-id", "1", "--save", "Facebook · 1"}));
    QVERIFY(needs({"refresh", "--save=Threads"}));
    QVERIFY(needs({"deliver", "list"}));
    QVERIFY(!needs({}));
}

void TestCliUnits::jsonOutputEscapesDelAndC1()
{
    // JSON allows DEL and U+0080–U+009F raw, but records are read on terminals too, where
    // U+009B is "ESC [": escaped like the C0 controls, in strings and in an echoed id alike.
    const QString evil = QStringLiteral("a\x1b[2J b\x7f c") + QChar(0x9b) + QStringLiteral("31m d") + QChar(0x85)
        + QStringLiteral(" e\u00a0\u00bf");
    const QByteArray quoted = JsonOutput::quoted(evil);
    QCOMPARE(quoted, QByteArray("\"a\\u001b[2J b\\u007f c\\u009b31m d\\u0085 e\xc2\xa0\xc2\xbf\""));
    QJsonObject object;
    object.insert(QStringLiteral("k") + QChar(0x9b), evil);
    const QByteArray id = JsonOutput::value(QJsonArray {object, evil});
    QVERIFY2(!id.contains('\x1b') && !id.contains('\x7f') && !id.contains("\xc2\x9b") && !id.contains("\xc2\x85"),
             id.constData());
    const QJsonArray back = QJsonDocument::fromJson(id).array();
    QCOMPARE(back.at(1).toString(), evil);
    QCOMPARE(back.at(0).toObject().value(QStringLiteral("k") + QChar(0x9b)).toString(), evil);
}

void TestCliUnits::terminalTextReplacesControls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("oneLine");
    QTest::addColumn<QString>("keepNewlines");
    const QString r = QString(QChar(QChar::ReplacementCharacter));
    QTest::addRow("plain") << QStringLiteral("Page · Ünïcode") << QStringLiteral("Page · Ünïcode")
                           << QStringLiteral("Page · Ünïcode");
    QTest::addRow("csi") << QStringLiteral("a\x1b[2Jb") << QString(QStringLiteral("a") + r + QStringLiteral("[2Jb"))
                         << QString(QStringLiteral("a") + r + QStringLiteral("[2Jb"));
    QTest::addRow("osc title") << QStringLiteral("\x1b]0;pwned\x07") << QString(r + QStringLiteral("]0;pwned") + r)
                               << QString(r + QStringLiteral("]0;pwned") + r);
    QTest::addRow("c1 csi and del") << QString(QChar(0x9b) + QStringLiteral("1A\x7f"))
                                    << QString(r + QStringLiteral("1A") + r) << QString(r + QStringLiteral("1A") + r);
    QTest::addRow("whitespace") << QStringLiteral("a\tb\nc\rd\be") << QString(QStringLiteral("a b c d") + r + QStringLiteral("e"))
                                << QString(QStringLiteral("a\tb\nc d") + r + QStringLiteral("e"));
    QTest::addRow("nul") << QString(QStringLiteral("x") + QChar(0) + QStringLiteral("y"))
                         << QString(QStringLiteral("x") + r + QStringLiteral("y"))
                         << QString(QStringLiteral("x") + r + QStringLiteral("y"));
}

void TestCliUnits::terminalTextReplacesControls()
{
    QFETCH(QString, text);
    QFETCH(QString, oneLine);
    QFETCH(QString, keepNewlines);
    QCOMPARE(TerminalText::sanitized(text), oneLine);
    QCOMPARE(TerminalText::sanitized(text, TerminalText::Layout::KeepNewlines), keepNewlines);
    QCOMPARE(TerminalText::row({text, QStringLiteral("x\ty")}), QString(oneLine + QStringLiteral("\tx y")));
}

void TestCliUnits::secretSourceTakesTheVariableOutOfTheEnvironment()
{
    // What a process started after the secret was read (a D-Bus auto-launch, a helper some
    // library runs) inherits: the environment as it is then.
    const auto childSees = [](const char* name) {
        QProcess env;
        env.start(QStringLiteral("/usr/bin/env"), QStringList());
        if (!env.waitForFinished(10000))
            return true;
        return env.readAllStandardOutput().contains(QByteArray(QByteArray(name) + '='));
    };
    qputenv("LONGLIVED_TEST_SECRET", "EAAfromTheEnvironment");
    QVERIFY(childSees("LONGLIVED_TEST_SECRET")); // the check itself works
    SecretSource::Result result = SecretSource::obtain({}, "LONGLIVED_TEST_SECRET", QStringLiteral("label"), false);
    QCOMPARE(result.status, SecretSource::Status::Ok);
    QCOMPARE(result.value, QStringLiteral("EAAfromTheEnvironment"));
    QVERIFY(!qEnvironmentVariableIsSet("LONGLIVED_TEST_SECRET"));
    QVERIFY(!childSees("LONGLIVED_TEST_SECRET"));

    // A file wins over the variable; the variable goes all the same.
    qputenv("LONGLIVED_TEST_SECRET", "EAAfromTheEnvironment");
    result = SecretSource::obtain(writeFile("EAAfromTheFile\n"), "LONGLIVED_TEST_SECRET", QStringLiteral("label"), false);
    QCOMPARE(result.value, QStringLiteral("EAAfromTheFile"));
    QVERIFY(!qEnvironmentVariableIsSet("LONGLIVED_TEST_SECRET"));
    QVERIFY(!childSees("LONGLIVED_TEST_SECRET"));
}

QTEST_GUILESS_MAIN(TestCliUnits)
#include "TestCliUnits.moc"
