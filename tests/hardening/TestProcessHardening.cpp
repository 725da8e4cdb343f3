// Process hardening: both programs make themselves non-dumpable and set a
// core-file limit of 0 first thing in main(), in release builds, before a secret is in memory.
//
// From outside, the dumpable flag itself cannot be read (PR_GET_DUMPABLE answers only for the
// calling process), so: ProcessHardening::apply() is checked in a forked child of this test,
// and the programs are checked through what apply() alone does to them that is visible in
// /proc/<pid>/limits: a HARD core-file limit of 0 (this test raises its own soft limit
// first, and a process can lower its hard limit only itself). When not running as root, the
// owner of /proc/<pid>/status (root for a non-dumpable process) is checked too.

#include "CliProcess.h"
#include "GraphTestServer.h"
#include "support/ProcessHardening.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <optional>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitizerBuild = true; // ASan sets both core limits to 0 itself (disable_coredump)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool sanitizerBuild = true;
#else
constexpr bool sanitizerBuild = false;
#endif
#else
constexpr bool sanitizerBuild = false;
#endif

struct CoreLimit {
    QByteArray soft;
    QByteArray hard;
};

// "Max core file size        0                    0                    bytes"
std::optional<CoreLimit> coreLimitOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (!line.startsWith("Max core file size"))
            continue;
        const QList<QByteArray> fields = line.mid(18).simplified().split(' ');
        if (fields.size() >= 2)
            return CoreLimit{fields.at(0), fields.at(1)};
    }
    return std::nullopt;
}

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void applyMakesTheProcessNonDumpable();
    void cliHardensItselfAtStart();
    void guiHardensItselfAtStart();

private:
    struct Sample {
        std::optional<CoreLimit> limit;
        uint statusOwner = 0;
    };
    static Sample sample(qint64 pid);
    void verifyHardened(const Sample& sample, const QByteArray& what);
    bool m_limitProves = true;
};

void TestProcessHardening::initTestCase()
{
    // Children inherit this: a soft limit above 0 and the hard limit as it is, so a child
    // showing a hard limit of 0 lowered it itself.
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    if (limit.rlim_max == 0) {
        m_limitProves = false;
        if (!sanitizerBuild)
            qWarning("the hard core-file limit is already 0 here: the programs' limits prove nothing");
        return;
    }
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? rlim_t(1 << 20) : limit.rlim_max;
    QCOMPARE(setrlimit(RLIMIT_CORE, &limit), 0);
}

void TestProcessHardening::applyMakesTheProcessNonDumpable()
{
    QVERIFY(ProcessHardening::isDumpable()); // this test process: untouched
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // Only async-signal-safe calls from here on (a forked child of a threaded process).
        const bool applied = ProcessHardening::apply();
        rlimit limit{};
        getrlimit(RLIMIT_CORE, &limit);
        int code = 0;
        if (ProcessHardening::isEnabled()) {
            if (!applied)
                code = 1;
            else if (ProcessHardening::isDumpable())
                code = 2;
            else if (limit.rlim_cur != 0 || limit.rlim_max != 0)
                code = 3;
        } else if (applied || !ProcessHardening::isDumpable()) {
            code = 4; // debug builds keep their core dumps
        }
        _exit(code);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QVERIFY(ProcessHardening::isDumpable()); // the parent is unaffected
}

void TestProcessHardening::verifyHardened(const Sample& sample, const QByteArray& what)
{
    if (!ProcessHardening::isEnabled()) {
        qInfo("debug build: %s keeps core dumps on purpose", what.constData());
        return;
    }
    QVERIFY2(sample.limit, "cannot read /proc/<pid>/limits");
    QVERIFY2(sample.limit->soft == "0" && sample.limit->hard == "0",
             QByteArray(what + " core-file limit: soft " + sample.limit->soft + ", hard " + sample.limit->hard).constData());
    if (getuid() != 0)
        QCOMPARE(sample.statusOwner, 0u); // /proc/<pid> of a non-dumpable process belongs to root
    if (!m_limitProves)
        qInfo("the environment's hard core limit was already 0 (a sanitizer build sets it too)");
}

TestProcessHardening::Sample TestProcessHardening::sample(qint64 pid)
{
    return {coreLimitOf(pid), QFileInfo(QStringLiteral("/proc/%1/status").arg(pid)).ownerId()};
}

void TestProcessHardening::cliHardensItselfAtStart()
{
    GraphTestServer server;
    QVERIFY(server.start());
    server.setDefaultResponse(GraphTestServer::Response::neverAnswer());
    QTemporaryDir dir;
    QFile secret(dir.filePath(QStringLiteral("secret")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("0123456789abcdef0123456789abcdef\n");
    secret.close();
    CliProcess cli(server.baseUrl());
    cli.setEnv(QStringLiteral("LONGLIVED_TOKEN"), QStringLiteral("EAAshortLivedToken0123456789"));
    std::optional<Sample> seen;
    const auto r = cli.run({QStringLiteral("exchange"), QStringLiteral("--app-id"), QStringLiteral("1234567890"),
                            QStringLiteral("--app-secret-file"), secret.fileName()},
                           30000, [&](QProcess& process, CliProcess::Result&) {
                               if (server.requestCount() == 0)
                                   return true; // not yet holding the secret in a request
                               seen = sample(process.processId());
                               ::kill(pid_t(process.processId()), SIGINT);
                               return false;
                           });
    QVERIFY(seen);
    QCOMPARE(r.exitCode, 130);
    verifyHardened(*seen, "longlived-cli");
}

void TestProcessHardening::guiHardensItselfAtStart()
{
    QTemporaryDir home;
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(LONGLIVED_GUI_PATH), {});
    QVERIFY(gui.waitForStarted(10000));
    // apply() is main()'s first statement; wait until the program runs main (the limits of a
    // process still in exec are the parent's), then check.
    const qint64 pid = gui.processId();
    if (ProcessHardening::isEnabled()) {
        QTRY_VERIFY_WITH_TIMEOUT(coreLimitOf(pid) && coreLimitOf(pid)->hard == "0", 10000);
    }
    verifyHardened(sample(pid), "longlived");
    gui.terminate();
    if (!gui.waitForFinished(10000)) {
        gui.kill();
        gui.waitForFinished(5000);
    }
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
