// `longlived-cli renew --enable-timer / --disable-timer` as a user runs them: the real binary,
// with the recording stand-in for systemctl first on its PATH (tests/support/recording-systemctl.sh
// answers as systemd 252 does). RenewTimerSwitch's own cases are in TestRenewTimerSwitch.

#include "CliProcess.h"
#include "FakeSystemctl.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestCliRenewTimer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void enableAndDisableRunSystemctl();
    void withoutAUserManagerPrintsTheCrontabLine();
    void refusedIsAnError();
    void switchesTakeNoRunOptions_data();
    void switchesTakeNoRunOptions();

private:
    /// The CLI with a PATH whose `systemctl` is the stand-in.
    CliProcess cli() const;

    QTemporaryDir m_bin;
};

void TestCliRenewTimer::init()
{
    QVERIFY(m_bin.isValid());
    const QString link = m_bin.filePath(QStringLiteral("systemctl"));
    QFile::remove(link);
    QVERIFY(QFile::link(FakeSystemctl::program(), link));
}

CliProcess TestCliRenewTimer::cli() const
{
    CliProcess process; // drops every LONGLIVED_ variable: the stand-in's folder is handed on below
    process.setEnv(QStringLiteral("PATH"), m_bin.path() + QLatin1Char(':') + qEnvironmentVariable("PATH"));
    process.setEnv(QStringLiteral("LONGLIVED_FAKE_SYSTEMCTL_DIR"), qEnvironmentVariable("LONGLIVED_FAKE_SYSTEMCTL_DIR"));
    return process;
}

void TestCliRenewTimer::enableAndDisableRunSystemctl()
{
    FakeSystemctl systemctl(QStringLiteral("disabled"));
    QVERIFY(systemctl.isValid());
    auto r = cli().run({QStringLiteral("renew"), QStringLiteral("--enable-timer")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(systemctl.state(), QStringLiteral("enabled"));
    QVERIFY(systemctl.calls().contains(QStringLiteral("--user enable --now longlived-renew.timer")));
    QVERIFY(r.out.isEmpty());

    r = cli().run({QStringLiteral("renew"), QStringLiteral("--disable-timer")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(systemctl.state(), QStringLiteral("disabled"));
    QVERIFY(systemctl.calls().contains(QStringLiteral("--user disable --now longlived-renew.timer")));
}

void TestCliRenewTimer::withoutAUserManagerPrintsTheCrontabLine()
{
    FakeSystemctl systemctl(QStringLiteral("no-manager"));
    const auto r = cli().run({QStringLiteral("renew"), QStringLiteral("--enable-timer")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("renew --notify"), r.err.constData()); // the crontab line
    QVERIFY2(r.err.contains("crontab"), r.err.constData());
    QVERIFY(!systemctl.calls().isEmpty()); // systemd was asked, and said there is no user manager
    QVERIFY(!systemctl.calls().join(QLatin1Char('\n')).contains(QLatin1String("enable")));
}

void TestCliRenewTimer::refusedIsAnError()
{
    FakeSystemctl systemctl(QStringLiteral("refuse"));
    const auto r = cli().run({QStringLiteral("renew"), QStringLiteral("--enable-timer")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(systemctl.calls().contains(QStringLiteral("--user enable --now longlived-renew.timer")));
    QCOMPARE(systemctl.state(), QStringLiteral("refuse"));
}

void TestCliRenewTimer::switchesTakeNoRunOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("both") << QStringList {QStringLiteral("--enable-timer"), QStringLiteral("--disable-timer")};
    QTest::addRow("with --force") << QStringList {QStringLiteral("--enable-timer"), QStringLiteral("--force")};
    QTest::addRow("with --json") << QStringList {QStringLiteral("--disable-timer"), QStringLiteral("--json")};
    QTest::addRow("with --profile")
        << QStringList {QStringLiteral("--enable-timer"), QStringLiteral("--profile"), QStringLiteral("x")};
}

void TestCliRenewTimer::switchesTakeNoRunOptions()
{
    QFETCH(QStringList, arguments);
    FakeSystemctl systemctl(QStringLiteral("disabled"));
    const auto r = cli().run(QStringList {QStringLiteral("renew")} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(systemctl.calls().isEmpty()); // refused before systemd is asked anything
}

QTEST_GUILESS_MAIN(TestCliRenewTimer)
#include "TestCliRenewTimer.moc"
