// Platform: identifiers, names, prefix detection and what each platform supports.

#include "graph/Platform.h"

#include <QSet>
#include <QtTest>

class TestPlatform : public QObject
{
    Q_OBJECT

private slots:
    void allInUiOrder();
    void idsRoundTrip();
    void fromId_data();
    void fromId();
    void displayNames();
    void detect_data();
    void detect();
    void capabilities();
    void mismatchWarning();
};

void TestPlatform::allInUiOrder()
{
    QCOMPARE(Platforms::all(), QList<Platform>({Platform::Facebook, Platform::Threads, Platform::Instagram}));
}

void TestPlatform::idsRoundTrip()
{
    QSet<QString> ids;
    for (Platform platform : Platforms::all()) {
        const QString id = Platforms::id(platform);
        QVERIFY(!id.isEmpty());
        QCOMPARE(id, id.toLower());
        QCOMPARE(Platforms::fromId(id), std::optional<Platform>(platform));
        ids.insert(id);
    }
    QCOMPARE(ids, QSet<QString>({QStringLiteral("facebook"), QStringLiteral("threads"), QStringLiteral("instagram")}));
}

void TestPlatform::fromId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("platform"); // -1: none
    QTest::addRow("facebook") << QStringLiteral("facebook") << int(Platform::Facebook);
    QTest::addRow("Threads") << QStringLiteral("Threads") << int(Platform::Threads);
    QTest::addRow("INSTAGRAM") << QStringLiteral("INSTAGRAM") << int(Platform::Instagram);
    QTest::addRow("padded") << QStringLiteral(" threads \n") << int(Platform::Threads);
    QTest::addRow("fb") << QStringLiteral("fb") << -1;
    QTest::addRow("empty") << QString() << -1;
    QTest::addRow("prefix") << QStringLiteral("face") << -1;
    QTest::addRow("display name with accent") << QStringLiteral("Th\u0072eads\u0301") << -1;
}

void TestPlatform::fromId()
{
    QFETCH(QString, input);
    QFETCH(int, platform);
    const std::optional<Platform> parsed = Platforms::fromId(input);
    if (platform < 0)
        QVERIFY(!parsed.has_value());
    else
        QCOMPARE(parsed, std::optional<Platform>(static_cast<Platform>(platform)));
}

void TestPlatform::displayNames()
{
    QCOMPARE(Platforms::displayName(Platform::Facebook), QStringLiteral("Facebook"));
    QCOMPARE(Platforms::displayName(Platform::Threads), QStringLiteral("Threads"));
    QCOMPARE(Platforms::displayName(Platform::Instagram), QStringLiteral("Instagram"));
}

void TestPlatform::detect_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("platform"); // -1: unknown
    QTest::addRow("EAA") << QStringLiteral("EAAGm0PX4ZCpsBA") << int(Platform::Facebook);
    QTest::addRow("EAA padded") << QStringLiteral("  EAAGm0PX4ZCpsBA\n") << int(Platform::Facebook);
    QTest::addRow("TH") << QStringLiteral("THAAJx1y2z3") << int(Platform::Threads);
    QTest::addRow("THQ") << QStringLiteral("THQWJYeUk4") << int(Platform::Threads);
    QTest::addRow("IGQV") << QStringLiteral("IGQVJYeUk4") << int(Platform::Instagram);
    QTest::addRow("IGAA") << QStringLiteral("IGAAxyz") << int(Platform::Instagram);
    QTest::addRow("lower case eaa") << QStringLiteral("eaaGm0") << -1;
    QTest::addRow("EA only") << QStringLiteral("EABxyz") << -1;
    QTest::addRow("app token") << QStringLiteral("1234567890|abcdef") << -1;
    QTest::addRow("empty") << QString() << -1;
}

void TestPlatform::detect()
{
    QFETCH(QString, token);
    QFETCH(int, platform);
    const std::optional<Platform> detected = Platforms::detect(token);
    if (platform < 0)
        QVERIFY(!detected.has_value());
    else
        QCOMPARE(detected, std::optional<Platform>(static_cast<Platform>(platform)));
}

void TestPlatform::capabilities()
{
    // docs/graph-api.md: only Facebook's exchange sends client_id; Facebook user tokens are not
    // refreshed (exchanged again); Instagram Login has no debug_token.
    QVERIFY(Platforms::exchangeNeedsAppId(Platform::Facebook));
    QVERIFY(!Platforms::exchangeNeedsAppId(Platform::Threads));
    QVERIFY(!Platforms::exchangeNeedsAppId(Platform::Instagram));
    QVERIFY(!Platforms::supportsRefresh(Platform::Facebook));
    QVERIFY(Platforms::supportsRefresh(Platform::Threads));
    QVERIFY(Platforms::supportsRefresh(Platform::Instagram));
    QVERIFY(Platforms::supportsInspect(Platform::Facebook));
    QVERIFY(Platforms::supportsInspect(Platform::Threads));
    QVERIFY(!Platforms::supportsInspect(Platform::Instagram));
}

void TestPlatform::mismatchWarning()
{
    const QString threadsToken = QStringLiteral("THAAsecretvalue0123456789");
    const QString warning = Platforms::mismatchWarning(Platform::Facebook, threadsToken);
    QVERIFY(!warning.isEmpty());
    QVERIFY(warning.contains(QLatin1String("Threads")));
    QVERIFY(warning.contains(QLatin1String("Facebook")));
    QVERIFY(!warning.contains(threadsToken));
    QVERIFY(!warning.contains(QLatin1String("secretvalue")));

    QVERIFY(Platforms::mismatchWarning(Platform::Threads, threadsToken).isEmpty());
    QVERIFY(Platforms::mismatchWarning(Platform::Instagram, QStringLiteral("unknownprefix")).isEmpty());
    QVERIFY(!Platforms::mismatchWarning(Platform::Instagram, QStringLiteral("EAAx")).isEmpty());
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "TestPlatform.moc"
