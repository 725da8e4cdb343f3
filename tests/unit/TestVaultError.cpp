// VaultError: QtKeychain's codes and the messages seen on Linux mapped to plain language.

#include "vault/VaultError.h"

#include <qt6keychain/keychain.h>

#include <QTest>

class TestVaultError : public QObject
{
    Q_OBJECT

private slots:
    void mapsKeychainErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<VaultError::Kind>("kind");

        QTest::addRow("no error") << int(QKeychain::NoError) << QString() << VaultError::Kind::None;
        QTest::addRow("entry not found") << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
                                         << VaultError::Kind::NotFound;
        QTest::addRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << QString()
                                          << VaultError::Kind::Other;
        QTest::addRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QString()
                                        << VaultError::Kind::Canceled;
        // What gnome-keyring answers for a locked login keyring whose prompt cannot be shown.
        QTest::addRow("locked collection") << int(QKeychain::AccessDenied)
                                           << QStringLiteral("Cannot create an item in a locked collection")
                                           << VaultError::Kind::Locked;
        QTest::addRow("no backend") << int(QKeychain::NoBackendAvailable)
                                    << QStringLiteral("No keychain service available") << VaultError::Kind::NoBackend;
        QTest::addRow("not implemented") << int(QKeychain::NotImplemented) << QString()
                                         << VaultError::Kind::NoBackend;
        // OtherError (7) with the messages libsecret / D-Bus give (seen with QtKeychain 0.13.2).
        QTest::addRow("no session bus, no display")
            << int(QKeychain::OtherError) << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
            << VaultError::Kind::NoBackend;
        QTest::addRow("bus socket missing")
            << int(QKeychain::OtherError) << QStringLiteral("Could not connect: No such file or directory")
            << VaultError::Kind::NoBackend;
        QTest::addRow("no secrets service on the bus")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << VaultError::Kind::NoBackend;
        QTest::addRow("kwallet path without bus")
            << int(QKeychain::OtherError)
            << QStringLiteral("Could not open wallet: org.freedesktop.DBus.Error.NoServer; D-Bus is not running")
            << VaultError::Kind::NoBackend;
        QTest::addRow("keyring never set up")
            << int(QKeychain::OtherError)
            << QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”")
            << VaultError::Kind::Locked;
        QTest::addRow("prompt dismissed") << int(QKeychain::OtherError) << QStringLiteral("Operation was cancelled")
                                          << VaultError::Kind::Canceled;
        QTest::addRow("d-bus call timed out") << int(QKeychain::OtherError) << QStringLiteral("Timeout was reached")
                                              << VaultError::Kind::Timeout;
        QTest::addRow("anything else") << int(QKeychain::OtherError) << QStringLiteral("Unknown error")
                                       << VaultError::Kind::Other;
    }

    void mapsKeychainErrors()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(VaultError::Kind, kind);
        const VaultError error = VaultError::fromKeychain(code, message);
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.isError(), kind != VaultError::Kind::None);
        if (error.isError()) {
            QVERIFY(!error.title().isEmpty());
            QVERIFY(!error.remedy().isEmpty());
            QVERIFY(error.displayText().startsWith(error.title()));
            QVERIFY(!error.kindId().isEmpty());
        }
    }

    void plainLanguageWithWhatToDo()
    {
        const VaultError noBackend = VaultError::fromKeychain(QKeychain::OtherError,
                                                              QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
        QCOMPARE(noBackend.title(), QStringLiteral("No keyring service is running."));
        QVERIFY(noBackend.remedy().contains(QLatin1String("GNOME Keyring or KWallet")));
        // The D-Bus jargon stays out of the text the user reads, but is kept for logs.
        QVERIFY(!noBackend.displayText().contains(QLatin1String("autolaunch")));
        QVERIFY(noBackend.detail().contains(QLatin1String("autolaunch")));
        QCOMPARE(noBackend.kindId(), QStringLiteral("no_backend"));

        const VaultError locked = VaultError::fromKeychain(QKeychain::AccessDenied, QString());
        QVERIFY(locked.title().startsWith(QLatin1String("The keyring is locked")));
        QVERIFY(locked.remedy().contains(QLatin1String("Unlock")));

        const VaultError other = VaultError::fromKeychain(QKeychain::OtherError, QStringLiteral("Something odd"));
        QVERIFY(other.displayText().contains(QLatin1String("Something odd")));
    }

    void timeoutNamesTheLimit()
    {
        const VaultError tenSeconds = VaultError::timeout(10000);
        QCOMPARE(tenSeconds.kind(), VaultError::Kind::Timeout);
        QCOMPARE(tenSeconds.timeoutMs(), 10000);
        QVERIFY2(tenSeconds.title().startsWith(QLatin1String("The keyring did not answer within 10 second")),
                 qPrintable(tenSeconds.title()));
        QVERIFY(VaultError::timeout(250).title().contains(QLatin1String("250 milliseconds")));
        QCOMPARE(tenSeconds.kindId(), QStringLiteral("timeout"));
    }

    // A message that carries something secret-looking is scrubbed before it is kept.
    void neverCarriesSecrets()
    {
        const QString token = QStringLiteral("EAAGm0PX4ZCpsBAKZC1secretTOKEN");
        const VaultError error = VaultError::fromKeychain(
            QKeychain::OtherError, QStringLiteral("failed for access_token=") + token);
        QVERIFY(!error.detail().contains(token));
        QVERIFY(!error.displayText().contains(token));
    }

    // VaultError.cpp duplicates QtKeychain's numbering to keep keychain.h out of its header.
    void keychainNumberingIsAsAssumed()
    {
        QCOMPARE(int(QKeychain::EntryNotFound), 1);
        QCOMPARE(int(QKeychain::CouldNotDeleteEntry), 2);
        QCOMPARE(int(QKeychain::AccessDeniedByUser), 3);
        QCOMPARE(int(QKeychain::AccessDenied), 4);
        QCOMPARE(int(QKeychain::NoBackendAvailable), 5);
        QCOMPARE(int(QKeychain::NotImplemented), 6);
        QCOMPARE(int(QKeychain::OtherError), 7);
    }
};

QTEST_GUILESS_MAIN(TestVaultError)
#include "TestVaultError.moc"
