// InputValidator: what users paste, cleaned and checked; messages name the field, never its content.

#include "graph/InputValidator.h"

#include <QtTest>

class TestInputValidator : public QObject
{
    Q_OBJECT

private slots:
    void clean_data();
    void clean();
    void appId_data();
    void appId();
    void appSecret_data();
    void appSecret();
    void token_data();
    void token();
    void apiVersion_data();
    void apiVersion();
    void messagesNeverEchoTheInput();
};

void TestInputValidator::clean_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("cleaned");
    QTest::addRow("as is") << QStringLiteral("EAAabc") << QStringLiteral("EAAabc");
    QTest::addRow("spaces") << QStringLiteral("  EAAabc  ") << QStringLiteral("EAAabc");
    QTest::addRow("terminal newline") << QStringLiteral("EAAabc\n") << QStringLiteral("EAAabc");
    QTest::addRow("windows newline") << QStringLiteral("EAAabc\r\n") << QStringLiteral("EAAabc");
    QTest::addRow("tabs") << QStringLiteral("\tEAAabc\t") << QStringLiteral("EAAabc");
    QTest::addRow("no-break space (browser)") << QStringLiteral("\u00a0EAAabc\u00a0") << QStringLiteral("EAAabc");
    QTest::addRow("zero-width space (web page)") << QStringLiteral("\u200bEAAabc\u200b") << QStringLiteral("EAAabc");
    QTest::addRow("byte order mark") << QStringLiteral("\ufeffEAAabc") << QStringLiteral("EAAabc");
    QTest::addRow("mixed") << QStringLiteral(" \u200b\u00a0EAAabc\u2060\r\n ") << QStringLiteral("EAAabc");
    QTest::addRow("inner space kept (reported, not hidden)") << QStringLiteral(" EAA abc ")
                                                             << QStringLiteral("EAA abc");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("only whitespace") << QStringLiteral(" \n\t\u200b") << QString();
}

void TestInputValidator::clean()
{
    QFETCH(QString, input);
    QFETCH(QString, cleaned);
    QCOMPARE(InputValidator::clean(input), cleaned);
}

void TestInputValidator::appId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addRow("16 digits") << QStringLiteral("1234567890123456") << true;
    QTest::addRow("15 digits") << QStringLiteral("123456789012345") << true;
    QTest::addRow("short") << QStringLiteral("42") << true;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("letters") << QStringLiteral("12345abc") << false;
    QTest::addRow("app token pasted") << QStringLiteral("1234|abcdef") << false;
    QTest::addRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663") << false;
    QTest::addRow("inner space") << QStringLiteral("1234 5678") << false;
    QTest::addRow("too long") << QString(33, QLatin1Char('1')) << false;
    QTest::addRow("32 digits") << QString(32, QLatin1Char('1')) << true;
}

void TestInputValidator::appId()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(InputValidator::appIdProblem(input).isEmpty(), valid);
}

void TestInputValidator::appSecret_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addRow("32 hex") << QStringLiteral("0123456789abcdef0123456789abcdef") << true;
    QTest::addRow("other characters") << QStringLiteral("ab+cd/ef=gh%") << true;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("inner space") << QStringLiteral("0123 4567") << false;
    QTest::addRow("inner newline") << QStringLiteral("0123\n4567") << false;
    QTest::addRow("inner tab") << QStringLiteral("0123\t4567") << false;
}

void TestInputValidator::appSecret()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(InputValidator::appSecretProblem(input).isEmpty(), valid);
}

void TestInputValidator::token_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addRow("facebook") << QStringLiteral("EAAGm0PX4ZCpsBAKZAZBq1w2e3r4t5y6u7i8o9p") << true;
    QTest::addRow("threads") << QStringLiteral("THAAJx1y2z3-_.~") << true;
    QTest::addRow("instagram") << QStringLiteral("IGQVJYeUk4") << true;
    QTest::addRow("app token") << QStringLiteral("1234567890|abcdef0123") << true;
    QTest::addRow("url-safe extras") << QStringLiteral("EAA+/=%") << true;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("inner space") << QStringLiteral("EAA abc") << false;
    QTest::addRow("cut by a newline") << QStringLiteral("EAAabc\ndef") << false;
    QTest::addRow("quote") << QStringLiteral("EAA\"abc") << false;
    QTest::addRow("angle bracket") << QStringLiteral("EAA<abc>") << false;
    QTest::addRow("ampersand (pasted URL)") << QStringLiteral("EAAabc&expires_in=5183944") << false;
    QTest::addRow("non-ASCII") << QStringLiteral("EAA\u00e9abc") << false;
    QTest::addRow("zero-width inside") << QStringLiteral("EAA\u200babc") << false;
}

void TestInputValidator::token()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(InputValidator::tokenProblem(input).isEmpty(), valid);
}

void TestInputValidator::apiVersion_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addRow("v25.0") << QStringLiteral("v25.0") << true;
    QTest::addRow("v3.2") << QStringLiteral("v3.2") << true;
    QTest::addRow("v26.0") << QStringLiteral("v26.0") << true;
    QTest::addRow("empty = unversioned") << QString() << true;
    QTest::addRow("no v") << QStringLiteral("25.0") << false;
    QTest::addRow("no minor") << QStringLiteral("v25") << false;
    QTest::addRow("upper V") << QStringLiteral("V25.0") << false;
    QTest::addRow("trailing slash") << QStringLiteral("v25.0/") << false;
    QTest::addRow("path injection") << QStringLiteral("v25.0/../me") << false;
    QTest::addRow("text") << QStringLiteral("latest") << false;
}

void TestInputValidator::apiVersion()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(InputValidator::apiVersionProblem(input).isEmpty(), valid);
}

void TestInputValidator::messagesNeverEchoTheInput()
{
    const QString bad = QStringLiteral("SeNtInEl 0123456789abcdef<>\u00e9");
    const QStringList problems = {InputValidator::appIdProblem(bad), InputValidator::appSecretProblem(bad),
                                  InputValidator::tokenProblem(bad), InputValidator::apiVersionProblem(bad)};
    for (const QString& problem : problems) {
        QVERIFY(!problem.isEmpty());
        QVERIFY2(!problem.contains(QLatin1String("SeNtInEl")), qPrintable(problem));
        QVERIFY(!problem.contains(QLatin1String("0123456789abcdef")));
    }
}

QTEST_GUILESS_MAIN(TestInputValidator)
#include "TestInputValidator.moc"
