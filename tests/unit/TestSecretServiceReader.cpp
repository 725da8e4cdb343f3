// SecretServiceReader against the REAL Secret Service (the suite's gnome-keyring), a GNOME Keyring
// of the test's own that it locks, a bus with no Secret Service and one that never answers.
// Entries are written through QtKeychain, as LongLived writes them, so the reader is checked
// against what QtKeychain really stores.

#include "KeyringTestSupport.h"
#include "vault/SecretServiceMessages.h"
#include "vault/SecretServiceReader.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace KeyringTestSupport;
using Outcome = SecretServiceReader::Outcome;

namespace {
struct Answer {
    bool done = false;
    Outcome outcome = Outcome::LeftToQtKeychain;
    QString text;
};

// Starts a read; the answer lands in the shared struct (which outlives the test's frame).
std::shared_ptr<Answer> startRead(SecretServiceReader& reader, const QString& service, const QString& key,
                                  QObject* context, int deadlineMs = 10000)
{
    auto answer = std::make_shared<Answer>();
    reader.read(service, key, QDeadlineTimer(deadlineMs), context, [answer](Outcome outcome, const QString& text) {
        answer->done = true;
        answer->outcome = outcome;
        answer->text = text;
    });
    return answer;
}

// Writes an entry through QtKeychain (text, or binary when \a binary) and waits for it.
bool writeWithQtKeychain(const QString& service, const QString& key, const QByteArray& value, bool binary)
{
    auto* job = new QKeychain::WritePasswordJob(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    if (binary)
        job->setBinaryData(value);
    else
        job->setTextData(QString::fromUtf8(value));
    bool finished = false;
    bool succeeded = false;
    QObject::connect(job, &QKeychain::Job::finished, [&](QKeychain::Job* done) {
        finished = true;
        succeeded = done->error() == QKeychain::NoError;
    });
    job->start();
    return QTest::qWaitFor([&] { return finished; }, 20000) && succeeded;
}

void deleteWithQtKeychain(const QString& service, const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, [&finished] { finished = true; });
    job->start();
    if (!QTest::qWaitFor([&] { return finished; }, 20000))
        qWarning("QtKeychain did not delete the test entry within 20 s");
}
} // namespace

class TestSecretServiceReader : public QObject {
    Q_OBJECT

private:
    // Unique per run, so that running this outside the sandbox never touches a real entry.
    const QString m_service
        = QStringLiteral("LongLived reader test ") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QStringList m_keys;
    QTemporaryDir m_dir;

    std::unique_ptr<SecretServiceReader> sessionReader() const
    {
        return std::make_unique<SecretServiceReader>(QDBusConnection::sessionBus(),
                                                     SecretServiceMessages::serviceName());
    }

    QString written(const QString& key, const QByteArray& value, bool binary = false)
    {
        m_keys << key;
        if (!writeWithQtKeychain(m_service, key, value, binary))
            return QString();
        return key;
    }

private slots:
    void initTestCase()
    {
        LONGLIVED_REQUIRE_SECRET_SERVICE();
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        for (const QString& key : std::as_const(m_keys))
            deleteWithQtKeychain(m_service, key);
    }

    void readsWhatQtKeychainWrote()
    {
        // Not only ASCII: an API key or a secret may hold anything a text field takes.
        const QByteArray value = QStringLiteral("EAAtoken·ünïcode€0123456789").toUtf8();
        const QString key = written(QStringLiteral("token/Threads · 42"), value);
        QVERIFY(!key.isEmpty());
        const auto reader = sessionReader();
        QObject context;
        const auto answer = startRead(*reader, m_service, key, &context);
        QVERIFY(!answer->done); // never from within read()
        QTRY_VERIFY_WITH_TIMEOUT(answer->done, 15000);
        QCOMPARE(answer->outcome, Outcome::Read);
        QVERIFY(answer->text == QString::fromUtf8(value)); // QVERIFY: a failure prints no secret
    }

    void manyReadsShareOneSession()
    {
        const QString first = written(QStringLiteral("token/first"), "first-token-value");
        const QString second = written(QStringLiteral("token/second"), "second-token-value");
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const auto reader = sessionReader();
        QObject context;
        // Started together: both ask for the one session before either has it.
        const auto a = startRead(*reader, m_service, first, &context);
        const auto b = startRead(*reader, m_service, second, &context);
        QTRY_VERIFY_WITH_TIMEOUT(a->done && b->done, 15000);
        QCOMPARE(a->outcome, Outcome::Read);
        QCOMPARE(b->outcome, Outcome::Read);
        QVERIFY(a->text == QStringLiteral("first-token-value"));
        QVERIFY(b->text == QStringLiteral("second-token-value"));
        const auto again = startRead(*reader, m_service, first, &context);
        QTRY_VERIFY_WITH_TIMEOUT(again->done, 15000);
        QCOMPARE(again->outcome, Outcome::Read);
    }

    void missingEntryIsLeftToQtKeychain()
    {
        const auto reader = sessionReader();
        QObject context;
        const auto answer = startRead(*reader, m_service, QStringLiteral("token/nobody"), &context);
        QTRY_VERIFY_WITH_TIMEOUT(answer->done, 15000);
        QCOMPARE(answer->outcome, Outcome::LeftToQtKeychain);
        QVERIFY(answer->text.isEmpty());
    }

    void binaryEntryIsLeftToQtKeychain()
    {
        // QtKeychain keeps binary data base64-encoded with type "base64": only it decodes that.
        const QString key = written(QStringLiteral("binary"), QByteArray("\x01\x02\x03", 3), true);
        QVERIFY(!key.isEmpty());
        const auto reader = sessionReader();
        QObject context;
        const auto answer = startRead(*reader, m_service, key, &context);
        QTRY_VERIFY_WITH_TIMEOUT(answer->done, 15000);
        QCOMPARE(answer->outcome, Outcome::LeftToQtKeychain);
    }

    void aReadWhoseContextEndsNeverAnswers()
    {
        const QString key = written(QStringLiteral("token/context"), "context-token-value");
        QVERIFY(!key.isEmpty());
        const auto reader = sessionReader();
        auto context = std::make_unique<QObject>();
        const auto dropped = startRead(*reader, m_service, key, context.get());
        context.reset();
        // A later read on the same connection is answered after the dropped one would have been.
        QObject other;
        const auto later = startRead(*reader, m_service, key, &other);
        QTRY_VERIFY_WITH_TIMEOUT(later->done, 15000);
        QCOMPARE(later->outcome, Outcome::Read);
        QVERIFY(!dropped->done);
    }

    void lockedCollectionIsSaidAndLeftToQtKeychain()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            QSKIP("gnome-keyring-daemon is missing (Debian package gnome-keyring)");
        PrivateBus bus;
        QString why;
        QVERIFY2(bus.start(&why), qPrintable(why));
        const QString home = m_dir.filePath(QStringLiteral("locked-home"));
        QVERIFY(QDir().mkpath(home));
        const QProcessEnvironment env = isolatedEnvironment(home, bus.address());
        PrivateKeyring keyring;
        QVERIFY2(keyring.start(env, &why), qPrintable(why));
        const QString key = QStringLiteral("token/locked");
        QVERIFY(secretToolStore(env,
                                {QStringLiteral("server"), m_service, QStringLiteral("user"), key,
                                 QStringLiteral("type"), QStringLiteral("plaintext")},
                                "locked-token-value"));
        SecretServiceReader reader(keyring.connection(), SecretServiceMessages::serviceName());
        QObject context;
        const auto unlocked = startRead(reader, m_service, key, &context);
        QTRY_VERIFY_WITH_TIMEOUT(unlocked->done, 15000);
        QCOMPARE(unlocked->outcome, Outcome::Read);

        // Locked: no prompt from here (QtKeychain shows the keyring's unlock prompt, or reports
        // the lock), and an answer at once.
        QVERIFY(keyring.lock());
        const auto locked = startRead(reader, m_service, key, &context);
        QTRY_VERIFY_WITH_TIMEOUT(locked->done, 5000);
        QCOMPARE(locked->outcome, Outcome::Locked);
        QVERIFY(locked->text.isEmpty());
        // An entry that is in no collection is not "locked".
        const auto missing = startRead(reader, m_service, QStringLiteral("token/nobody"), &context);
        QTRY_VERIFY_WITH_TIMEOUT(missing->done, 5000);
        QCOMPARE(missing->outcome, Outcome::LeftToQtKeychain);
    }

    void privateBusWithoutAnAnsweringSecretService_data()
    {
        QTest::addColumn<bool>("silentOwner");
        QTest::addColumn<int>("deadlineMs");
        QTest::addColumn<Outcome>("expected");
        // Nothing owns org.freedesktop.secrets: QtKeychain reports "no keyring service".
        QTest::newRow("no Secret Service") << false << 5000 << Outcome::LeftToQtKeychain;
        // An owner that takes the call and never answers: over by the deadline, not later.
        QTest::newRow("never answers") << true << 300 << Outcome::TimedOut;
    }

    void privateBusWithoutAnAnsweringSecretService()
    {
        QFETCH(bool, silentOwner);
        QFETCH(int, deadlineMs);
        QFETCH(Outcome, expected);
        PrivateBus bus;
        QString why;
        QVERIFY2(bus.start(&why), qPrintable(why));
        NeverAnsweringSecretService silent;
        if (silentOwner)
            QVERIFY2(silent.start(bus.address(), &why), qPrintable(why));
        const QString name = QStringLiteral("reader-on-a-private-bus");
        const auto disconnect = qScopeGuard([&name] { QDBusConnection::disconnectFromBus(name); });
        SecretServiceReader reader(QDBusConnection::connectToBus(bus.address(), name),
                                   SecretServiceMessages::serviceName());
        QObject context;
        const auto answer = startRead(reader, m_service, QStringLiteral("token/any"), &context, deadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(answer->done, 10000);
        QCOMPARE(answer->outcome, expected);
        QCOMPARE(silent.callCount(), silentOwner ? 1 : 0);
    }

    void noBusIsLeftToQtKeychain()
    {
        SecretServiceReader reader(QDBusConnection(QStringLiteral("never connected")),
                                   SecretServiceMessages::serviceName());
        QObject context;
        const auto answer = startRead(reader, m_service, QStringLiteral("token/any"), &context);
        QVERIFY(!answer->done);
        QTRY_VERIFY_WITH_TIMEOUT(answer->done, 5000);
        QCOMPARE(answer->outcome, Outcome::LeftToQtKeychain);
    }

    void kdeDesktopsAreLeftToQtKeychain_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("secretService");
        QTest::newRow("no desktop") << QString() << QString() << true;
        QTest::newRow("GNOME") << QStringLiteral("XDG_CURRENT_DESKTOP") << QStringLiteral("GNOME") << true;
        QTest::newRow("Ubuntu's GNOME") << QStringLiteral("XDG_CURRENT_DESKTOP") << QStringLiteral("ubuntu:GNOME")
                                        << true;
        QTest::newRow("XFCE") << QStringLiteral("XDG_CURRENT_DESKTOP") << QStringLiteral("XFCE") << true;
        QTest::newRow("Plasma") << QStringLiteral("XDG_CURRENT_DESKTOP") << QStringLiteral("KDE") << false;
        QTest::newRow("Plasma session") << QStringLiteral("DESKTOP_SESSION") << QStringLiteral("plasma") << false;
        QTest::newRow("KDE 4 session") << QStringLiteral("DESKTOP_SESSION") << QStringLiteral("kde4") << false;
        QTest::newRow("KDE full session") << QStringLiteral("KDE_FULL_SESSION") << QStringLiteral("true") << false;
    }

    void kdeDesktopsAreLeftToQtKeychain()
    {
        // On KDE QtKeychain prefers KWallet's own interface: its entries need not be in the
        // Secret Service at all.
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(bool, secretService);
        QProcessEnvironment environment;
        if (!variable.isEmpty())
            environment.insert(variable, value);
        QCOMPARE(SecretServiceReader::qtKeychainUsesSecretService(environment), secretService);
    }
};

QTEST_GUILESS_MAIN(TestSecretServiceReader)
#include "TestSecretServiceReader.moc"
