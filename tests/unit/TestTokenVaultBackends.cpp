// TokenVault where there is no keyring to talk to, each case in a child process (the keychain
// backend and its session bus are fixed per process) with its own HOME:
// - no session bus at all, or a bus address whose socket does not exist → NoBackend, quickly;
// - a bus on which nothing provides org.freedesktop.secrets → NoBackend;
// - a Secret Service that takes every call and never answers → Timeout after the vault's own
//   limit, the event loop running all along.
// Afterwards no file the child could write (its whole HOME) contains the token or the secret.
//
// The child is this binary again, run with --vault-probe (see runProbe()).

#include "KeyringTestSupport.h"
#include "vault/ProfileStore.h"
#include "vault/TokenVault.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace KeyringTestSupport;

namespace {
const QString probeToken = QStringLiteral("EAAprobeTOKEN0123456789abcdef");
const QString probeSecret = QStringLiteral("probeSECRET0123456789abcdef");
const QString probeProfile = QStringLiteral("Facebook · 1234567890");

// The child: one vault operation, then one JSON line on stdout with its outcome, how long it
// took and the longest the event loop went without running a 10 ms timer.
int runProbe(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption probe(QStringLiteral("vault-probe"));
    const QCommandLineOption operation(QStringLiteral("operation"), QString(), QStringLiteral("save|load|forget"));
    const QCommandLineOption settings(QStringLiteral("settings"), QString(), QStringLiteral("file"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("ms"));
    parser.addOptions({probe, operation, settings, timeout});
    parser.process(app);

    ProfileStore store(parser.value(settings));
    TokenVault vault(&store);
    vault.setTimeoutMs(parser.value(timeout).toInt());

    QElapsedTimer sinceTick;
    qint64 maxStallMs = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        maxStallMs = qMax(maxStallMs, sinceTick.restart());
    });

    QElapsedTimer elapsed;
    elapsed.start();
    sinceTick.start();
    ticker.start();
    VaultJob* job = nullptr;
    const QString op = parser.value(operation);
    if (op == QLatin1String("save")) {
        Profile profile;
        profile.name = probeProfile;
        profile.appId = QStringLiteral("1234567890");
        job = vault.save(profile, probeToken, probeSecret);
    } else if (op == QLatin1String("load")) {
        job = vault.load(probeProfile, true);
    } else {
        job = vault.forget(probeProfile);
    }

    const auto report = [&](const VaultError& error) {
        ticker.stop();
        QJsonObject json{{QStringLiteral("succeeded"), !error.isError()},
                         {QStringLiteral("kind"), error.kindId()},
                         {QStringLiteral("text"), error.displayText()},
                         {QStringLiteral("elapsedMs"), elapsed.elapsed()},
                         {QStringLiteral("maxStallMs"), maxStallMs}};
        std::fputs(QJsonDocument(json).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
        std::fflush(stdout);
        app.exit(0);
    };
    QObject::connect(job, &VaultJob::succeeded, &app, [&] { report(VaultError()); });
    QObject::connect(job, &VaultJob::failed, &app, report);
    return app.exec();
}
} // namespace

class TestTokenVaultBackends : public QObject
{
    Q_OBJECT

private:
    struct ProbeResult {
        bool ran = false;
        bool succeeded = false;
        QString kind;
        QString text;
        qint64 elapsedMs = 0;
        qint64 maxStallMs = 0;
    };

    static ProbeResult probe(const QString& operation, const QString& settingsFile, int timeoutMs,
                             const QProcessEnvironment& env)
    {
        const QByteArray out = runSelf({QStringLiteral("--vault-probe"), QStringLiteral("--operation"), operation,
                                        QStringLiteral("--settings"), settingsFile, QStringLiteral("--timeout"),
                                        QString::number(timeoutMs)},
                                       env, 60000);
        ProbeResult result;
        const QJsonObject json = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        result.ran = !json.isEmpty();
        result.succeeded = json.value(QStringLiteral("succeeded")).toBool();
        result.kind = json.value(QStringLiteral("kind")).toString();
        result.text = json.value(QStringLiteral("text")).toString();
        result.elapsedMs = json.value(QStringLiteral("elapsedMs")).toInteger();
        result.maxStallMs = json.value(QStringLiteral("maxStallMs")).toInteger();
        return result;
    }

    static Profile storedProfile()
    {
        Profile profile;
        profile.name = probeProfile;
        profile.appId = QStringLiteral("1234567890");
        profile.savedAt = QDateTime::currentDateTimeUtc();
        profile.hasStoredSecret = true;
        return profile;
    }

    // Nothing the child wrote, anywhere in its HOME, holds the token or the secret.
    static void verifyNoSecretOnDisk(const QString& home)
    {
        QCOMPARE(filesContaining(home, probeToken.toUtf8()), QStringList());
        QCOMPARE(filesContaining(home, probeSecret.toUtf8()), QStringList());
        QCOMPARE(filesContaining(home, probeToken.toUtf8().toBase64()), QStringList());
    }

private slots:
    void noBackend_data()
    {
        QTest::addColumn<QString>("busAddress");
        QTest::addColumn<QString>("operation");
        for (const QString& operation : {QStringLiteral("save"), QStringLiteral("load"), QStringLiteral("forget")}) {
            QTest::addRow("socket missing, %s", qPrintable(operation))
                << QStringLiteral("unix:path=/nonexistent") << operation;
            QTest::addRow("no session bus, %s", qPrintable(operation)) << QString() << operation;
        }
    }

    void noBackend()
    {
        QFETCH(QString, busAddress);
        QFETCH(QString, operation);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString settings = home.filePath(QStringLiteral(".config/LongLived/LongLived.conf"));
        if (operation != QLatin1String("save"))
            QVERIFY(ProfileStore(settings).put(storedProfile()));

        const ProbeResult result = probe(operation, settings, TokenVault::defaultTimeoutMs,
                                         isolatedEnvironment(home.path(), busAddress));
        QVERIFY(result.ran);
        QCOMPARE(result.kind, QStringLiteral("no_backend"));
        QVERIFY2(result.text.startsWith(QLatin1String("No keyring service is running.")), qPrintable(result.text));
        QVERIFY(result.text.contains(QLatin1String("GNOME Keyring or KWallet")));
        QVERIFY2(result.elapsedMs < 5000, qPrintable(QString::number(result.elapsedMs))); // quickly, not a timeout

        // A failed save lists nothing; a failed forget keeps the profile.
        QCOMPARE(ProfileStore(settings).contains(probeProfile), operation != QLatin1String("save"));
        verifyNoSecretOnDisk(home.path());
    }

    void noSecretServiceOnTheBus()
    {
        PrivateBus bus;
        QString why;
        QVERIFY2(bus.start(&why), qPrintable(why));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString settings = home.filePath(QStringLiteral("settings.ini"));

        const ProbeResult result = probe(QStringLiteral("save"), settings, TokenVault::defaultTimeoutMs,
                                         isolatedEnvironment(home.path(), bus.address()));
        QVERIFY(result.ran);
        QCOMPARE(result.kind, QStringLiteral("no_backend"));
        QVERIFY(result.text.startsWith(QLatin1String("No keyring service is running.")));
        QVERIFY(!ProfileStore(settings).contains(probeProfile));
        verifyNoSecretOnDisk(home.path());
    }

    void secretServiceThatNeverAnswers_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addRow("save") << QStringLiteral("save");
        QTest::addRow("load") << QStringLiteral("load");
        QTest::addRow("forget") << QStringLiteral("forget");
    }

    void secretServiceThatNeverAnswers()
    {
        QFETCH(QString, operation);
        PrivateBus bus;
        QString why;
        QVERIFY2(bus.start(&why), qPrintable(why));
        NeverAnsweringSecretService silent;
        QVERIFY2(silent.start(bus.address(), &why), qPrintable(why));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString settings = home.filePath(QStringLiteral("settings.ini"));
        if (operation != QLatin1String("save"))
            QVERIFY(ProfileStore(settings).put(storedProfile()));

        const int limitMs = 2000;
        const ProbeResult result = probe(operation, settings, limitMs, isolatedEnvironment(home.path(), bus.address()));
        QVERIFY(result.ran);
        QCOMPARE(result.kind, QStringLiteral("timeout"));
        QVERIFY2(result.text.startsWith(QLatin1String("The keyring did not answer within 2 second")),
                 qPrintable(result.text));
        QVERIFY(silent.callCount() > 0); // the calls did reach the silent service
        // Failed at the vault's limit (a coarse QTimer may fire up to 5 % early), not at D-Bus's own 25 s.
        QVERIFY2(result.elapsedMs >= limitMs * 9 / 10 && result.elapsedMs < 10000,
                 qPrintable(QString::number(result.elapsedMs)));
        // The event loop kept running while the keychain did not answer.
        QVERIFY2(result.maxStallMs < limitMs / 2, qPrintable(QString::number(result.maxStallMs)));

        QCOMPARE(ProfileStore(settings).contains(probeProfile), operation != QLatin1String("save"));
        verifyNoSecretOnDisk(home.path());
    }
};

int main(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--vault-probe") == 0)
            return runProbe(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestTokenVaultBackends test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestTokenVaultBackends.moc"
