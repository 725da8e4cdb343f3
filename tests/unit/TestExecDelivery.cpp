// Exec delivery: the token on standard input (never the command line), the environment
// (LONGLIVED_PROFILE in, LongLived's secrets out), the exit status in words, a command that
// cannot start, and the time limit killing a command that hangs.

#include "DeliveryTestSupport.h"
#include "renewal/ExecDelivery.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DeliveryTestSupport;

namespace {
const QString token = QStringLiteral("EAAexecToken0123456789abcdefghijklmnop");

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The test's own shell, chosen here; LongLived itself never runs one.
DeliveryTarget shell(const QString& script, const QStringList& arguments = {})
{
    DeliveryTarget target;
    target.kind = DeliveryTarget::Kind::Exec;
    target.program = QStringLiteral("/bin/sh");
    target.arguments = QStringList {QStringLiteral("-c"), script, QStringLiteral("sh")} + arguments;
    return target;
}
} // namespace

class TestExecDelivery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    DeliveryResult deliver(const DeliveryTarget& target, int limitMs = 30000)
    {
        DeliveryOptions options;
        options.execTimeoutMs = limitMs;
        ExecDelivery delivery(target, token, QStringLiteral("My page"), options);
        return run(&delivery);
    }

private slots:
    void tokenOnStandardInput()
    {
        const QString out = m_dir.filePath(QStringLiteral("stdin.txt"));
        const DeliveryResult result = deliver(shell(QStringLiteral("cat > \"$1\""), {out}));
        QVERIFY2(result.isOk(), qPrintable(result.message()));
        QVERIFY(readFile(out) == token.toUtf8() + '\n');
    }

    void tokenNotOnTheCommandLine()
    {
        const QString out = m_dir.filePath(QStringLiteral("args.txt"));
        QVERIFY(deliver(shell(QStringLiteral("cat > /dev/null; cat /proc/$$/cmdline > \"$1\""), {out})).isOk());
        QVERIFY(!readFile(out).isEmpty());
        QVERIFY(!readFile(out).contains(token.toUtf8()));
    }

    void environment()
    {
        qputenv("LONGLIVED_APP_SECRET", "app-secret-value");
        qputenv("LONGLIVED_TOKEN", "token-value");
        const QString out = m_dir.filePath(QStringLiteral("env.txt"));
        const DeliveryResult result = deliver(shell(QStringLiteral("env > \"$1\""), {out}));
        qunsetenv("LONGLIVED_APP_SECRET");
        qunsetenv("LONGLIVED_TOKEN");
        QVERIFY2(result.isOk(), qPrintable(result.message()));
        const QByteArray env = readFile(out);
        QVERIFY(env.contains("\nLONGLIVED_PROFILE=My page\n") || env.startsWith("LONGLIVED_PROFILE=My page\n"));
        QVERIFY(!env.contains("LONGLIVED_APP_SECRET"));
        QVERIFY(!env.contains("LONGLIVED_TOKEN"));
        QVERIFY(!env.contains("app-secret-value"));
    }

    void exitStatusReported()
    {
        const DeliveryResult result = deliver(shell(QStringLiteral("cat > /dev/null; exit 3")));
        QCOMPARE(result.kind(), DeliveryResult::Kind::ExecFailed);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.message().contains(QStringLiteral("exited with status 3")), qPrintable(result.message()));
    }

    void commandThatCannotStart()
    {
        const DeliveryResult result = deliver(DeliveryTarget::exec(m_dir.filePath(QStringLiteral("no-such-command"))));
        QCOMPARE(result.kind(), DeliveryResult::Kind::ExecNotStarted);
        QVERIFY2(result.message().contains(QStringLiteral("could not be started")), qPrintable(result.message()));
    }

    void hangingCommandKilledAtTheLimit()
    {
        // What the command started is killed too (its own process group).
        const QString pidFile = m_dir.filePath(QStringLiteral("grandchild.pid"));
        const DeliveryResult result
            = deliver(shell(QStringLiteral("sleep 30 & echo $! > \"$1\"; wait"), {pidFile}), 300);
        QCOMPARE(result.kind(), DeliveryResult::Kind::ExecKilled);
        QVERIFY2(result.message().contains(QStringLiteral("was killed after 300 ms")), qPrintable(result.message()));
        const QByteArray pid = readFile(pidFile).trimmed();
        QVERIFY(!pid.isEmpty());
        // Gone, or a zombie waiting for whoever adopted it to reap it: not running either way.
        QTRY_VERIFY(
            !readFile(QStringLiteral("/proc/") + QString::fromLatin1(pid) + QStringLiteral("/stat")).contains(") S "));
    }

    void cancel()
    {
        ExecDelivery delivery(shell(QStringLiteral("sleep 30")), token, QStringLiteral("p"), {});
        auto finished = watch(&delivery);
        delivery.start();
        delivery.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished->done, 10000);
        QCOMPARE(finished->result.kind(), DeliveryResult::Kind::Canceled);
    }

    void commandLineSplitWithoutShell()
    {
        const DeliveryTarget target
            = DeliveryTarget::exec(QStringLiteral("/usr/bin/update-token \"my page\" --quiet $HOME;rm"));
        QCOMPARE(target.program, QStringLiteral("/usr/bin/update-token"));
        QCOMPARE(target.arguments,
                 (QStringList {QStringLiteral("my page"), QStringLiteral("--quiet"), QStringLiteral("$HOME;rm")}));
        QCOMPARE(DeliveryTarget::exec(target.commandLine()).arguments, target.arguments);
        QCOMPARE(DeliveryTarget::exec(QString()).validationError().isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TestExecDelivery)
#include "TestExecDelivery.moc"
