// ExpiryFormatter: the words for a token's expiry in the window and on the command line, with a
// pinned "now" and the English catalogue loaded, as both programs load it.
#include "support/ExpiryFormatter.h"
#include "GuiTestMain.h"
#include "graph/TokenResult.h"

class TestExpiryFormatter : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC); }

private slots:
    void relative_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::addRow("long-lived, as Meta sends it") << qint64(5183944) << QStringLiteral("in 59 days");
        QTest::addRow("exactly 60 days") << qint64(5184000) << QStringLiteral("in 60 days");
        QTest::addRow("one day") << qint64(86400 + 5) << QStringLiteral("in 1 day");
        QTest::addRow("hours") << qint64(3 * 3600 + 59) << QStringLiteral("in 3 hours");
        QTest::addRow("one hour") << qint64(3600) << QStringLiteral("in 1 hour");
        QTest::addRow("minutes") << qint64(12 * 60 + 3) << QStringLiteral("in 12 minutes");
        QTest::addRow("seconds") << qint64(30) << QStringLiteral("in less than a minute");
        QTest::addRow("just now") << qint64(0) << QStringLiteral("expired just now");
        QTest::addRow("minutes ago") << qint64(-120) << QStringLiteral("expired 2 minutes ago");
        QTest::addRow("hour ago") << qint64(-3600) << QStringLiteral("expired 1 hour ago");
        QTest::addRow("days ago") << qint64(-2 * 86400 - 100) << QStringLiteral("expired 2 days ago");
    }

    void relative()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(ExpiryFormatter::relative(now(), now().addSecs(seconds)), expected);
    }

    void describeKnownExpiry()
    {
        TokenResult result;
        result.receivedAt = now();
        result.expiresIn = 5183944;
        result.expiresAt = now().addSecs(5183944);
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        const QString text = ExpiryFormatter::describe(result, now(), locale);
        QVERIFY2(text.contains(QLatin1String("(in 59 days)")), qPrintable(text));
        // The absolute part is the local date in the locale's long format.
        QVERIFY2(text.contains(locale.toString(result.expiresAt.toLocalTime().date(), QLocale::LongFormat)),
                 qPrintable(text));
    }

    void describeUnknownExpiryNeverInventsOne()
    {
        TokenResult result;
        result.receivedAt = now();
        QCOMPARE(ExpiryFormatter::describe(result, now()),
                 QStringLiteral("Unknown — Meta did not say when this token expires"));
    }

    void describeNeverExpires()
    {
        TokenResult result;
        result.neverExpires = true;
        QCOMPARE(ExpiryFormatter::describe(result, now()), ExpiryFormatter::neverExpiresText());
    }

    void duration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("60 days as Meta sends it") << qint64(5183944) << QStringLiteral("59 days");
        QTest::addRow("1 day 2 hours") << qint64(86400 + 7200 + 5) << QStringLiteral("1 day 2 hours");
        QTest::addRow("1 day") << qint64(86400 + 59) << QStringLiteral("1 day");
        QTest::addRow("1 hour 1 minute") << qint64(3660) << QStringLiteral("1 hour 1 minute");
        QTest::addRow("2 hours") << qint64(7200 + 30) << QStringLiteral("2 hours");
        QTest::addRow("5 minutes") << qint64(300) << QStringLiteral("5 minutes");
        QTest::addRow("1 second") << qint64(1) << QStringLiteral("1 second");
        QTest::addRow("negative") << qint64(-5) << QStringLiteral("0 seconds");
    }

    void duration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(ExpiryFormatter::duration(seconds), text);
    }

    void sentence()
    {
        TokenResult result;
        QCOMPARE(ExpiryFormatter::sentence(result, now()), QStringLiteral("Meta did not say when it expires."));
        result.expiresAt = now().addSecs(5183944);
        QCOMPARE(ExpiryFormatter::sentence(result, now()), QStringLiteral("It expires in 59 days (2026-04-30 11:59 UTC)."));
        result.expiresAt = now().addSecs(-60);
        QCOMPARE(ExpiryFormatter::sentence(result, now()), QStringLiteral("It expired at 2026-03-01 11:59 UTC."));
        result.neverExpires = true;
        QCOMPARE(ExpiryFormatter::sentence(result, now()), QStringLiteral("It does not expire."));
    }
};

LONGLIVED_GUI_TEST_MAIN(TestExpiryFormatter)
#include "TestExpiryFormatter.moc"
