// What longlived-cli writes cannot be turned against the user, run as the real binary against
// GraphTestServer: Page names, app names, Meta's messages and saved profiles' names carrying
// terminal escape sequences reach the terminal defused (and JSON escaped); results that could
// not be written (a full disk: /dev/full) fail the command; --output never follows a symbolic
// link, never empties the input through a hard link, and leaves a file only its owner can read.

#include "CliProcess.h"
#include "CliTestFixture.h"
#include "GraphTestServer.h"
#include "vault/Profile.h"
#include "vault/ProfileStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace {
const QString appId = QStringLiteral("1234567890123456");

// Clear the screen, retitle the window, move the cursor up (C1 CSI), add a row.
const QByteArray evilJson = "Evil\\u001b[2J\\u001b]0;pwned\\u0007\\u009b1A\\nValid:             yes\\u007f";
const QString evil = QStringLiteral("Evil\x1b[2J\x1b]0;pwned\x07") + QChar(0x9b) + QStringLiteral("1A\nValid:             yes\x7f");

/// Whether \a bytes hold anything a terminal would act on: C0 controls but '\n' and '\t', DEL,
/// C1 controls (UTF-8 0xC2 0x80–0x9F).
bool hasTerminalControls(const QByteArray& bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return true;
        if (c == 0xc2 && i + 1 < bytes.size() && static_cast<unsigned char>(bytes.at(i + 1)) >= 0x80
            && static_cast<unsigned char>(bytes.at(i + 1)) <= 0x9f)
            return true;
    }
    return false;
}

QByteArray pagesBody()
{
    return "{\"data\":[{\"access_token\":\"EAApageOne\",\"category\":\"Brand\",\"name\":\"" + evilJson
        + "\",\"id\":\"111\",\"tasks\":[\"MANAGE\"]}]}";
}

QByteArray debugTokenBody()
{
    return "{\"data\":{\"app_id\":\"1234567890123456\",\"type\":\"USER\",\"application\":\"" + evilJson
        + "\",\"expires_at\":0,\"is_valid\":false,\"scopes\":[\"public_profile\"],\"user_id\":\"10001\","
          "\"error\":{\"code\":190,\"message\":\"Session has expired\",\"subcode\":463}}}";
}

mode_t modeOf(const QString& path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}
} // namespace

class TestCliOutputSafety : public QObject, private CliTestFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pageNamesCannotDriveTheTerminal();
    void pagesJsonEscapesEveryControl();
    void inspectValuesCannotAddRows();
    void metaMessagesOnStderrAreDefused();
    void profileNamesCannotDriveTheTerminal();

    void unwritableStdoutFailsTheCommand();
    void unwritableOutputFailsTheBatch();

    void outputDoesNotFollowSymbolicLinks();
    void outputRefusesAHardLinkToTheInput();
    void outputIsMadePrivate();
    void outputRefusesTheAppSecretFile();

private:
    QStringList secretArgs() const;
    QStringList batchArgs(const QString& input, const QString& output) const;
    QByteArray readFile(const QString& name) const;
};

void TestCliOutputSafety::init()
{
    QVERIFY(startFixture());
    writeFile(QStringLiteral("secret"), "S3cretForTheOutputTests\n");
    writeFile(QStringLiteral("token"), "EAAshortLivedToken\n");
}

void TestCliOutputSafety::cleanup()
{
    stopFixture();
}

QByteArray TestCliOutputSafety::readFile(const QString& name) const
{
    QFile file(m_dir->filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

QStringList TestCliOutputSafety::secretArgs() const
{
    return {QStringLiteral("--app-secret-file"), m_dir->filePath(QStringLiteral("secret")),
            QStringLiteral("--token-file"), m_dir->filePath(QStringLiteral("token"))};
}

QStringList TestCliOutputSafety::batchArgs(const QString& input, const QString& output) const
{
    return {QStringLiteral("batch"),
            QStringLiteral("--input"),
            input,
            QStringLiteral("--output"),
            output,
            QStringLiteral("--app-id"),
            appId,
            QStringLiteral("--app-secret-file"),
            m_dir->filePath(QStringLiteral("secret"))};
}

void TestCliOutputSafety::pageNamesCannotDriveTheTerminal()
{
    m_server->enqueue(GraphTestServer::Response::json(200, pagesBody()));
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(QStringList {QStringLiteral("pages")} + secretArgs());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!hasTerminalControls(r.out), r.out.toHex(' ').constData());
    QCOMPARE(r.outLines().size(), 1); // the line break in the name added no row
    const QList<QByteArray> fields = r.outLines().first().split('\t');
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(0), QByteArray("111"));
    QVERIFY(fields.at(1).startsWith("Evil"));
    QVERIFY(fields.at(1).contains("[2J")); // shown, defused: the user sees something was there
    QCOMPARE(fields.at(2), QByteArray("EAApageOne"));
    QVERIFY(!hasTerminalControls(r.err));
}

void TestCliOutputSafety::pagesJsonEscapesEveryControl()
{
    m_server->enqueue(GraphTestServer::Response::json(200, pagesBody()));
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(QStringList {QStringLiteral("pages"), QStringLiteral("--json")} + secretArgs());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!hasTerminalControls(r.out), r.out.constData());
    QVERIFY(r.out.contains("\\u001b[2J"));
    QVERIFY(r.out.contains("\\u009b1A"));
    QVERIFY(r.out.contains("\\u007f"));
    // Escaped, not altered: the name arrives whole.
    const QJsonArray data = QJsonDocument::fromJson(r.out).object().value(QLatin1String("data")).toArray();
    QCOMPARE(data.at(0).toObject().value(QLatin1String("name")).toString(), evil);
}

void TestCliOutputSafety::inspectValuesCannotAddRows()
{
    m_server->enqueue(GraphTestServer::Response::json(200, debugTokenBody()));
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(QStringList {QStringLiteral("inspect"), QStringLiteral("--app-id"), appId} + secretArgs());
    QCOMPARE(r.exitCode, 1); // not valid
    QVERIFY2(!hasTerminalControls(r.out), r.out.toHex(' ').constData());
    int validRows = 0;
    for (const QByteArray& line : r.outLines()) {
        if (line.startsWith("Valid:"))
            ++validRows;
    }
    QCOMPARE(validRows, 1); // the app's name did not add a "Valid: yes" of its own
    QVERIFY(r.outLines().first().startsWith("Valid:"));
    QVERIFY(r.outLines().first().endsWith(" no"));
}

void TestCliOutputSafety::metaMessagesOnStderrAreDefused()
{
    // Not an OAuthException: GraphTestServer would copy the message into a header.
    m_server->enqueue(GraphTestServer::nestedError(400, 100, 0, evil, QStringLiteral("GraphMethodException")));
    CliProcess cli(m_server->baseUrl());
    auto r = cli.run(QStringList {QStringLiteral("exchange"), QStringLiteral("--app-id"), appId} + secretArgs());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Meta says: Evil"), r.err.constData());
    QVERIFY2(!hasTerminalControls(r.err), r.err.toHex(' ').constData());

    // The same message in --json: escaped in the object, defused on stderr.
    m_server->enqueue(GraphTestServer::nestedError(400, 100, 0, evil, QStringLiteral("GraphMethodException")));
    r = cli.run(QStringList {QStringLiteral("exchange"), QStringLiteral("--json"), QStringLiteral("--app-id"), appId}
                + secretArgs());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!hasTerminalControls(r.err));
    QVERIFY(!hasTerminalControls(r.out));
    const QJsonObject error = QJsonDocument::fromJson(r.out).object().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("message")).toString(), evil);
}

void TestCliOutputSafety::profileNamesCannotDriveTheTerminal()
{
    // Saved profiles are the desktop app's QSettings file: anything that can write it can name one.
    const QString name = QStringLiteral("brand\x1b]0;pwned\x07\tcolumn") + QChar(0x9b) + QStringLiteral("2J\nrow");
    {
        ProfileStore store(m_dir->filePath(QStringLiteral("LongLived/LongLived.conf")));
        Profile profile;
        profile.name = name;
        profile.platform = Platform::Threads;
        profile.neverExpires = true;
        QVERIFY(store.put(profile));
    }
    CliProcess cli;
    cli.setEnv(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path());
    auto r = cli.run({QStringLiteral("keychain"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!hasTerminalControls(r.out), r.out.toHex(' ').constData());
    QCOMPARE(r.outLines().size(), 1);
    const QList<QByteArray> fields = r.outLines().first().split('\t');
    QCOMPARE(fields.size(), 4);
    QVERIFY(fields.at(0).startsWith("brand"));
    QVERIFY(fields.at(0).endsWith("2J row"));
    QCOMPARE(fields.at(1), QByteArray("threads"));

    r = cli.run({QStringLiteral("keychain"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!hasTerminalControls(r.out));
    const QJsonArray profiles = QJsonDocument::fromJson(r.out).object().value(QLatin1String("profiles")).toArray();
    QCOMPARE(profiles.at(0).toObject().value(QLatin1String("name")).toString(), name);
}

void TestCliOutputSafety::unwritableStdoutFailsTheCommand()
{
    // /dev/full: every write fails with ENOSPC, as on a full disk.
    const QString full = QStringLiteral("/dev/full");
    const mode_t fullMode = modeOf(full);
    CliProcess cli(m_server->baseUrl());
    cli.setStdoutFile(full);

    m_server->enqueue(GraphTestServer::tokenResponse(QStringLiteral("EAAlongLivedResult"), 5183944));
    auto r = cli.run(QStringList {QStringLiteral("exchange"), QStringLiteral("--app-id"), appId} + secretArgs());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Could not write the results to standard output"), r.err.constData());
    QVERIFY(r.err.contains(::strerror(ENOSPC)));

    m_server->enqueue(GraphTestServer::Response::json(200, pagesBody()));
    r = cli.run(QStringList {QStringLiteral("pages"), QStringLiteral("--json")} + secretArgs());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Could not write the results to standard output"));

    r = cli.run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Could not write the results to standard output"));

    // A failure stays the failure it was: a usage error is still 2.
    r = cli.run({QStringLiteral("exchange"), QStringLiteral("--json"), QStringLiteral("--no-such-option")});
    QCOMPARE(r.exitCode, 2);

    r = cli.run(batchArgs(writeFile(QStringLiteral("in.jsonl"), "{\"token\":\"EAAok1\"}\n"), QStringLiteral("-")));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Could not write the results to standard output"));
    QCOMPARE(modeOf(full), fullMode);
}

void TestCliOutputSafety::unwritableOutputFailsTheBatch()
{
    const QString full = QStringLiteral("/dev/full");
    const mode_t fullMode = modeOf(full);
    m_server->setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAlongLivedResult"), 5183944));
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(batchArgs(writeFile(QStringLiteral("in.jsonl"), "{\"token\":\"EAAok1\"}\n{\"token\":\"EAAok2\"}\n"), full));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Could not write the results to /dev/full"), r.err.constData());
    // A device is written to, never made private or truncated (this may run as root).
    QCOMPARE(modeOf(full), fullMode);
}

void TestCliOutputSafety::outputDoesNotFollowSymbolicLinks()
{
    const QByteArray precious = "precious, not to be overwritten\n";
    const QString victim = writeFile(QStringLiteral("victim"), precious);
    const QString input = writeFile(QStringLiteral("in.jsonl"), "{\"token\":\"EAAok1\"}\n");
    const QString link = m_dir->filePath(QStringLiteral("out.jsonl"));
    QVERIFY(QFile::link(victim, link));
    m_server->setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAlongLivedResult"), 5183944));
    CliProcess cli(m_server->baseUrl());
    auto r = cli.run(batchArgs(input, link));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("symbolic link"), r.err.constData());
    QCOMPARE(readFile(QStringLiteral("victim")), precious);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(m_server->requestCount(), 0);

    // A dangling link would have created its target.
    const QString dangling = m_dir->filePath(QStringLiteral("dangling.jsonl"));
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("created-through-the-link")), dangling));
    r = cli.run(batchArgs(input, dangling));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("created-through-the-link"))));

    // A link to the input: refused too, the input intact.
    const QString toInput = m_dir->filePath(QStringLiteral("to-input.jsonl"));
    QVERIFY(QFile::link(input, toInput));
    r = cli.run(batchArgs(input, toInput));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(readFile(QStringLiteral("in.jsonl")), QByteArray("{\"token\":\"EAAok1\"}\n"));
}

void TestCliOutputSafety::outputRefusesAHardLinkToTheInput()
{
    const QByteArray content = "{\"token\":\"EAAok1\"}\n{\"token\":\"EAAok2\"}\n";
    const QString input = writeFile(QStringLiteral("in.jsonl"), content);
    const QString hardLink = m_dir->filePath(QStringLiteral("also-in.jsonl"));
    QCOMPARE(::link(QFile::encodeName(input).constData(), QFile::encodeName(hardLink).constData()), 0);
    m_server->setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAlongLivedResult"), 5183944));
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(batchArgs(input, hardLink));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("must not be the input"), r.err.constData());
    QCOMPARE(readFile(QStringLiteral("in.jsonl")), content);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliOutputSafety::outputRefusesTheAppSecretFile()
{
    // The same file named twice (here through a symbolic link to it): the secret stays.
    const QString input = writeFile(QStringLiteral("in.jsonl"), "{\"token\":\"EAAok1\"}\n");
    const QString link = m_dir->filePath(QStringLiteral("secret-link"));
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("secret")), link));
    CliProcess cli(m_server->baseUrl());
    QStringList args = batchArgs(input, m_dir->filePath(QStringLiteral("secret")));
    const auto r = cli.run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("must not be the App Secret file"), r.err.constData());
    QCOMPARE(readFile(QStringLiteral("secret")), QByteArray("S3cretForTheOutputTests\n"));
    args[args.indexOf(QStringLiteral("--app-secret-file")) + 1] = link;
    QCOMPARE(cli.run(args).exitCode, 2);
    QCOMPARE(readFile(QStringLiteral("secret")), QByteArray("S3cretForTheOutputTests\n"));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliOutputSafety::outputIsMadePrivate()
{
    const QString output = writeFile(QStringLiteral("out.jsonl"), "an older, longer content that must go away\n");
    QVERIFY(::chmod(QFile::encodeName(output).constData(), 0644) == 0);
    m_server->setDefaultResponse(GraphTestServer::tokenResponse(QStringLiteral("EAAlongLivedResult"), 5183944));
    CliProcess cli(m_server->baseUrl());
    const auto r = cli.run(batchArgs(writeFile(QStringLiteral("in.jsonl"), "{\"token\":\"EAAok1\"}\n"), output));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(modeOf(output), mode_t(0600)); // it holds tokens now
    const QByteArray written = readFile(QStringLiteral("out.jsonl"));
    QVERIFY2(written.startsWith("{\"line\":1,") && written.count('\n') == 1, written.constData());
}

QTEST_GUILESS_MAIN(TestCliOutputSafety)
#include "TestCliOutputSafety.moc"
