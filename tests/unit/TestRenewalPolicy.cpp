// RenewalPolicy: which action `renew` takes for a profile, with the clock pinned — every
// action and reason, and the edges at 24 hours since the token was obtained and at DAYS
// before its expiry.

#include "vault/Profile.h"
#include "renewal/RenewalPolicy.h"

#include <QTest>

Q_DECLARE_METATYPE(RenewalDecision::Action)
Q_DECLARE_METATYPE(RenewalDecision::Reason)

namespace {
const QDateTime now = QDateTime::fromString(QStringLiteral("2026-05-10T12:00:00Z"), Qt::ISODate);
constexpr qint64 hour = 60 * 60;
constexpr qint64 day = 24 * hour;

Profile profile(Platform platform, qint64 obtainedSecondsAgo, qint64 expiresInSeconds)
{
    Profile p;
    p.name = QStringLiteral("p");
    p.platform = platform;
    p.obtainedAt = now.addSecs(-obtainedSecondsAgo);
    p.savedAt = p.obtainedAt;
    p.expiresAt = now.addSecs(expiresInSeconds);
    return p;
}
} // namespace

class TestRenewalPolicy : public QObject {
    Q_OBJECT

private slots:
    void decide_data()
    {
        using A = RenewalDecision::Action;
        using R = RenewalDecision::Reason;
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<int>("withinDays");
        QTest::addColumn<bool>("force");
        QTest::addColumn<A>("action");
        QTest::addColumn<R>("reason");

        const Platform th = Platform::Threads;
        QTest::newRow("threads due") << profile(th, 50 * day, 10 * day) << 14 << false << A::Renew << R::Due;
        QTest::newRow("instagram due") << profile(Platform::Instagram, 50 * day, 1 * hour) << 14 << false << A::Renew
                                       << R::Due;
        QTest::newRow("exactly DAYS left: due") << profile(th, 50 * day, 14 * day) << 14 << false << A::Renew << R::Due;
        QTest::newRow("a second more than DAYS")
            << profile(th, 40 * day, 14 * day + 1) << 14 << false << A::NotDue << R::PlentyLeft;
        QTest::newRow("--within 30") << profile(th, 40 * day, 20 * day) << 30 << false << A::Renew << R::Due;
        QTest::newRow("exactly 24 h old: due") << profile(th, day, 5 * day) << 14 << false << A::Renew << R::Due;
        QTest::newRow("a second under 24 h")
            << profile(th, day - 1, 5 * day) << 14 << false << A::NotDue << R::TooRecent;
        QTest::newRow("forced, plenty left") << profile(th, 2 * day, 58 * day) << 14 << true << A::Renew << R::Forced;
        QTest::newRow("forced, under 24 h") << profile(th, hour, 59 * day) << 14 << true << A::Renew << R::Forced;
        QTest::newRow("threads expired") << profile(th, 61 * day, -day) << 14 << false << A::Expired << R::PastExpiry;
        QTest::newRow("expired at this second")
            << profile(th, 60 * day, 0) << 14 << true << A::Expired << R::PastExpiry;
        const Platform fb = Platform::Facebook;
        QTest::newRow("facebook within DAYS")
            << profile(fb, 50 * day, 10 * day) << 14 << false << A::NeedsLogin << R::CannotRefresh;
        QTest::newRow("facebook exactly DAYS")
            << profile(fb, 46 * day, 14 * day) << 14 << false << A::NeedsLogin << R::CannotRefresh;
        QTest::newRow("facebook plenty left")
            << profile(fb, 10 * day, 50 * day) << 14 << false << A::NotDue << R::PlentyLeft;
        QTest::newRow("facebook forced still needs a login")
            << profile(fb, 50 * day, 10 * day) << 14 << true << A::NeedsLogin << R::CannotRefresh;
        QTest::newRow("facebook expired")
            << profile(fb, 70 * day, -10 * day) << 14 << false << A::Expired << R::PastExpiry;

        Profile page = profile(fb, 10 * day, 0);
        page.expiresAt = QDateTime();
        page.neverExpires = true;
        QTest::newRow("page token") << page << 14 << true << A::NeverExpires << R::NoExpiry;
        Profile unknown = profile(fb, 10 * day, 0);
        unknown.expiresAt = QDateTime();
        QTest::newRow("unknown, no secret") << unknown << 14 << false << A::UnknownExpiry << R::NoSecret;
        unknown.hasStoredSecret = true;
        QTest::newRow("unknown, secret stored") << unknown << 14 << false << A::UnknownExpiry << R::CanInspect;
        unknown.platform = Platform::Instagram;
        QTest::newRow("unknown instagram") << unknown << 14 << false << A::UnknownExpiry << R::CannotInspect;
        QTest::newRow("unknown instagram forced") << unknown << 14 << true << A::Renew << R::Forced;
    }

    void decide()
    {
        QFETCH(Profile, profile);
        QFETCH(int, withinDays);
        QFETCH(bool, force);
        QFETCH(RenewalDecision::Action, action);
        QFETCH(RenewalDecision::Reason, reason);
        const RenewalPolicy policy(withinDays, force, [] { return now; });
        const RenewalDecision decision = policy.decide(profile);
        QCOMPARE(decision.action, action);
        QCOMPARE(decision.reason, reason);
        QCOMPARE(decision.withinDays, withinDays);
        QVERIFY(!decision.message().isEmpty());
    }

    // An older profile without obtainedAt counts from when it was saved.
    void olderProfilesCountFromSavedAt()
    {
        Profile old = profile(Platform::Threads, 0, 5 * day);
        old.obtainedAt = QDateTime();
        old.savedAt = now.addSecs(-2 * hour);
        const RenewalPolicy policy(14, false, [] { return now; });
        QCOMPARE(policy.decide(old).reason, RenewalDecision::Reason::TooRecent);
        QCOMPARE(policy.decide(old).dueAt, now.addSecs(22 * hour));
        old.savedAt = now.addSecs(-2 * day);
        QCOMPARE(policy.decide(old).action, RenewalDecision::Action::Renew);
    }

    void notDueSaysWhenAndWhy()
    {
        const RenewalPolicy policy(14, false, [] { return now; });
        const RenewalDecision plenty = policy.decide(profile(Platform::Threads, 10 * day, 50 * day));
        QCOMPARE(plenty.dueAt, now.addSecs(36 * day));
        // Without the English catalogue (plural forms) loaded, "%n day(s)" reads "50 day(s)".
        QVERIFY(plenty.message().startsWith(QLatin1String("Not due: 50 day")));
        QVERIFY(plenty.message().contains(QLatin1String("when 14 day")));
        const RenewalDecision young = policy.decide(profile(Platform::Threads, hour, 59 * day));
        QVERIFY(young.message().contains(QLatin1String("less than 24 hours ago")));
        const QString facebook
            = RenewalPolicy(1, false, [] { return now; }).decide(profile(Platform::Facebook, day, 20 * day)).message();
        QVERIFY(facebook.startsWith(QLatin1String("Not due: 20 day")));
        QVERIFY(facebook.contains(QLatin1String("when 1 day")));
    }

    void messagesSayWhatToDo()
    {
        const RenewalPolicy policy(14, false, [] { return now; });
        const RenewalDecision login = policy.decide(profile(Platform::Facebook, 50 * day, day + hour));
        QCOMPARE(login.actionId(), QStringLiteral("needs_login"));
        QVERIFY(login.message().startsWith(QLatin1String("Needs a new login: expires in 1 day")));
        const RenewalDecision expired = policy.decide(profile(Platform::Threads, 70 * day, -3 * day));
        QCOMPARE(expired.actionId(), QStringLiteral("expired"));
        QVERIFY(expired.message().startsWith(QLatin1String("Expired 3 day")));
        QCOMPARE(policy.decide(profile(Platform::Threads, 50 * day, 3 * day)).actionId(), QStringLiteral("renewed"));
        QVERIFY(policy.decide(profile(Platform::Threads, 50 * day, 3 * day))
                    .message()
                    .startsWith(QLatin1String("Due: expires in 3 day")));
    }

    void negativeWindowIsZero()
    {
        QCOMPARE(RenewalPolicy(-5).withinDays(), 0);
        QCOMPARE(RenewalPolicy().withinDays(), RenewalPolicy::defaultWithinDays);
        QCOMPARE(RenewalPolicy::defaultWithinDays, 14);
    }
};

QTEST_GUILESS_MAIN(TestRenewalPolicy)
#include "TestRenewalPolicy.moc"
