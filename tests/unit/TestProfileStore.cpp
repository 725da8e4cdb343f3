// ProfileStore and Profile: the non-secret half of saved tokens, one small INI file per profile.

#include "vault/Profile.h"
#include "vault/ProfileStore.h"
#include "graph/TokenResult.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
// Owner, group and others; QFileInfo also reports the current user's bits (ReadUser etc.).
constexpr QFile::Permissions allPermissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
    | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(const char* iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate); }

    static Profile sample(const QString& name)
    {
        Profile p;
        p.name = name;
        p.platform = Platform::Threads;
        p.appId = QStringLiteral("1234567890");
        p.savedAt = at("2026-03-01T10:00:00.123Z");
        p.expiresAt = at("2026-04-30T10:00:00Z");
        p.tokenType = QStringLiteral("bearer");
        p.apiVersion = QStringLiteral("v25.0");
        p.hasStoredSecret = true;
        return p;
    }

    // The file of one profile: the folder's name rule (ProfileFolder), spelled out.
    QString profileFile(const QString& name) const
    {
        return ProfileStore(m_file).folder() + QLatin1Char('/') + QString::fromLatin1(name.toUtf8().toHex())
            + QStringLiteral(".conf");
    }

    static QByteArray readAll(const QString& fileName)
    {
        QFile file(fileName);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A profile "old" as a version before per-profile files kept it, without a token type.
    void writeOlderProfile() const
    {
        QSettings old(m_file, QSettings::IniFormat);
        old.beginWriteArray(QStringLiteral("profiles"), 1);
        old.setArrayIndex(0);
        old.setValue(QStringLiteral("name"), QStringLiteral("old"));
        old.setValue(QStringLiteral("platform"), QStringLiteral("facebook"));
        old.endArray();
    }

    QTemporaryDir m_dir;
    QString m_file;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_file);
    }

    void emptyAtFirst()
    {
        ProfileStore store(m_file);
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.contains(QStringLiteral("anything")));
        QVERIFY(!store.profile(QStringLiteral("anything")).has_value());
        QCOMPARE(store.fileName(), m_file);
    }

    void putAndReadBackInAnotherInstance()
    {
        Profile never = sample(QStringLiteral("Page token"));
        never.neverExpires = true;
        never.expiresAt = {};
        never.hasStoredSecret = false;
        Profile unknown = sample(QStringLiteral("facebook · 42 / with slash"));
        unknown.platform = Platform::Facebook;
        unknown.expiresAt = {};
        unknown.apiVersion = QString(); // the unversioned API

        {
            ProfileStore store(m_file);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            QVERIFY(store.put(sample(QStringLiteral("Threads · 1234567890"))));
            QVERIFY(store.put(never));
            QVERIFY(store.put(unknown));
            QCOMPARE(changed.count(), 3);
        }
        ProfileStore reopened(m_file); // what the next start of the app sees
        const QList<Profile> profiles = reopened.profiles();
        QCOMPARE(profiles.size(), 3);
        // Sorted by name, case-insensitively.
        QCOMPARE(profiles.at(0).name, unknown.name);
        QCOMPARE(profiles.at(1).name, never.name);
        QCOMPARE(profiles.at(2), sample(QStringLiteral("Threads · 1234567890")));
        QCOMPARE(profiles.at(0), unknown);
        QVERIFY(!profiles.at(0).expiresAt.isValid());
        QCOMPARE(profiles.at(1), never);
        QCOMPARE(profiles.at(2).savedAt.timeSpec(), Qt::UTC);
    }

    void putReplacesSameName()
    {
        ProfileStore store(m_file);
        QVERIFY(store.put(sample(QStringLiteral("A"))));
        Profile changed = sample(QStringLiteral("A"));
        changed.appId = QStringLiteral("999");
        changed.hasStoredSecret = false;
        QVERIFY(store.put(changed));
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(*store.profile(QStringLiteral("A")), changed);
    }

    void removeLeavesNoStaleEntries()
    {
        ProfileStore store(m_file);
        for (const char* name : {"one", "two", "three"})
            QVERIFY(store.put(sample(QString::fromLatin1(name))));
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(store.remove(QStringLiteral("two")));
        QVERIFY(!store.remove(QStringLiteral("two")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(ProfileStore(m_file).profiles().size(), 2);
        QVERIFY(store.remove(QStringLiteral("one")));
        QVERIFY(store.remove(QStringLiteral("three")));
        QVERIFY(store.profiles().isEmpty());
        // Each removed profile's file is gone with it.
        QVERIFY(QDir(store.folder()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void invalidProfileIsRefused()
    {
        ProfileStore store(m_file);
        QVERIFY(!store.put(sample(QStringLiteral("   "))));
        QVERIFY(store.profiles().isEmpty());
    }

    // The settings file holds exactly the documented non-secret keys.
    void fileHoldsOnlyDocumentedKeys()
    {
        {
            ProfileStore store(m_file);
            QVERIFY(store.put(sample(QStringLiteral("A"))));
        }
        QVERIFY(!QFile::exists(m_file)); // the settings file itself is not written
        QSettings settings(profileFile(QStringLiteral("A")), QSettings::IniFormat);
        QCOMPARE(settings.childGroups(), QStringList {QStringLiteral("profile")});
        QCOMPARE(settings.childKeys(), QStringList {QStringLiteral("name")});
        settings.beginGroup(QStringLiteral("profile"));
        QStringList keys = settings.allKeys();
        keys.sort();
        QCOMPARE(
            keys,
            (QStringList {QStringLiteral("apiVersion"), QStringLiteral("appId"), QStringLiteral("expiresAt"),
                          QStringLiteral("hasStoredSecret"), QStringLiteral("name"), QStringLiteral("neverExpires"),
                          QStringLiteral("platform"), QStringLiteral("savedAt"), QStringLiteral("tokenType")}));
        QCOMPARE(settings.value(QStringLiteral("platform")).toString(), QStringLiteral("threads"));
        QCOMPARE(settings.value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2026-04-30T10:00:00.000Z"));
    }

    void defaultName()
    {
        QCOMPARE(Profile::defaultName(Platform::Facebook, QStringLiteral("1234567890")),
                 QStringLiteral("Facebook · 1234567890"));
        QCOMPARE(Profile::defaultName(Platform::Threads, QStringLiteral(" 42 ")), QStringLiteral("Threads · 42"));
        QCOMPARE(Profile::defaultName(Platform::Instagram, QString()), QStringLiteral("Instagram"));
    }

    void fromTokenResult()
    {
        TokenResult result;
        result.platform = Platform::Instagram;
        result.accessToken = QStringLiteral("IGQVJ-not-stored-in-a-profile");
        result.expiresAt = at("2026-05-01T00:00:00Z");
        result.tokenType = QStringLiteral("bearer");
        const Profile p = Profile::fromTokenResult(QStringLiteral("  mine "), result, QStringLiteral("77"),
                                                   QStringLiteral("v24.0"));
        QCOMPARE(p.name, QStringLiteral("mine"));
        QCOMPARE(p.platform, Platform::Instagram);
        QCOMPARE(p.appId, QStringLiteral("77"));
        QCOMPARE(p.expiresAt, result.expiresAt);
        QCOMPARE(p.apiVersion, QStringLiteral("v24.0"));
        QCOMPARE(p.tokenType, QStringLiteral("bearer"));
        QCOMPARE(p.toTokenResult(QStringLiteral("IGQVJtoken")).tokenType, QStringLiteral("bearer"));
        QVERIFY(!p.neverExpires);
        QVERIFY(!p.hasStoredSecret);
    }

    void lifetime_data()
    {
        QTest::addColumn<QDateTime>("expiresAt");
        QTest::addColumn<bool>("neverExpires");
        QTest::addColumn<Profile::Lifetime>("lifetime");
        QTest::addColumn<bool>("needsAttention");
        const QDateTime now = at("2026-03-01T12:00:00Z");
        QTest::addRow("unknown") << QDateTime() << false << Profile::Lifetime::Unknown << false;
        QTest::addRow("never") << QDateTime() << true << Profile::Lifetime::Never << false;
        QTest::addRow("never wins over a date") << now.addDays(-3) << true << Profile::Lifetime::Never << false;
        QTest::addRow("60 days") << now.addDays(60) << false << Profile::Lifetime::Remaining << false;
        QTest::addRow("exactly 7 days") << now.addDays(7) << false << Profile::Lifetime::Remaining << false;
        QTest::addRow("just under 7 days") << now.addSecs(7 * 86400 - 1) << false << Profile::Lifetime::Remaining
                                           << true;
        QTest::addRow("1 hour") << now.addSecs(3600) << false << Profile::Lifetime::Remaining << true;
        QTest::addRow("now") << now << false << Profile::Lifetime::Expired << true;
        QTest::addRow("past") << now.addDays(-1) << false << Profile::Lifetime::Expired << true;
    }

    void lifetime()
    {
        QFETCH(QDateTime, expiresAt);
        QFETCH(bool, neverExpires);
        QFETCH(Profile::Lifetime, lifetime);
        QFETCH(bool, needsAttention);
        Profile p = sample(QStringLiteral("x"));
        p.expiresAt = expiresAt;
        p.neverExpires = neverExpires;
        const QDateTime now = at("2026-03-01T12:00:00Z");
        QCOMPARE(p.lifetime(now), lifetime);
        QCOMPARE(p.needsAttention(now), needsAttention);
    }

    void settingsFileIsPrivate()
    {
        // A permissive umask, as on many desktops: the file must still be the owner's only.
        const mode_t oldMask = ::umask(022);
        const QString folder = m_dir.filePath(QStringLiteral("newFolder"));
        const QString file = folder + QStringLiteral("/LongLived.conf");
        {
            ProfileStore store(file);
            QVERIFY(store.put(sample(QStringLiteral("one"))));
            QVERIFY(store.put(sample(QStringLiteral("two")))); // a rewrite keeps the mode
        }
        ::umask(oldMask);
        const QString profiles = folder + QStringLiteral("/profiles");
        QCOMPARE(ProfileStore(file).folder(), profiles);
        for (const QString& name : QDir(profiles).entryList(QDir::Files | QDir::Hidden))
            QCOMPARE(QFileInfo(profiles + QLatin1Char('/') + name).permissions() & allPermissions,
                     QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QDir(profiles).entryList(QDir::Files | QDir::Hidden).size(), 2);
        QCOMPARE(QFileInfo(profiles).permissions() & allPermissions,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(QFileInfo(folder).permissions() & allPermissions,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void existingSettingsFileIsNarrowedOnWrite()
    {
        // A file an older version wrote with the umask's 0644; its folder is the user's and stays.
        writeOlderProfile();
        QVERIFY(QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        const QFile::Permissions folderBefore = QFileInfo(m_dir.path()).permissions();
        ProfileStore store(m_file);
        QVERIFY(store.put(sample(QStringLiteral("one"))));
        QVERIFY(store.remove(QStringLiteral("one")));
        QCOMPARE(QFileInfo(m_file).permissions() & allPermissions, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFileInfo(m_dir.path()).permissions(), folderBefore);
    }

    void tokenTypeOfOlderProfilesIsNotRecorded()
    {
        // A profile written before the type was kept: no tokenType key at all.
        writeOlderProfile();
        ProfileStore store(m_file);
        Profile silent = sample(QStringLiteral("silent")); // Meta said no type
        silent.tokenType.clear();
        QVERIFY(store.put(silent)); // rewrites the old profile too

        const Profile old = *ProfileStore(m_file).profile(QStringLiteral("old"));
        QVERIFY(!old.tokenTypeRecorded);
        QVERIFY(!old.toTokenResult(QStringLiteral("EAAtoken")).tokenTypeRecorded);
        const Profile reread = *ProfileStore(m_file).profile(QStringLiteral("silent"));
        QVERIFY(reread.tokenTypeRecorded);
        QVERIFY(reread.tokenType.isEmpty());
        QVERIFY(reread.toTokenResult(QStringLiteral("EAAtoken")).tokenTypeRecorded);
    }

    // What renew notes about a profile survives a reread; the keys exist only once set.
    void renewalFieldsPersist()
    {
        const QDateTime now = at("2026-04-20T08:00:00Z");
        TokenResult result;
        result.platform = Platform::Threads;
        result.accessToken = QStringLiteral("THnot-stored-in-a-profile");
        result.receivedAt = now.addSecs(-2);
        result.expiresAt = now.addDays(60);
        result.tokenType = QStringLiteral("bearer");
        const Profile failed = sample(QStringLiteral("A")).withRenewalFailure(QStringLiteral("Meta said no."), now);
        const Profile renewed = failed.renewedWith(result, now);
        QCOMPARE(renewed.obtainedAt, now.addSecs(-2));
        QCOMPARE(renewed.obtainedTime(), now.addSecs(-2));
        QCOMPARE(renewed.renewedAt, now);
        QCOMPARE(renewed.expiresAt, now.addDays(60));
        QVERIFY(!renewed.renewalFailedAt.isValid());
        QVERIFY(renewed.renewalError.isEmpty());
        QCOMPARE(sample(QStringLiteral("B")).obtainedTime(), sample(QStringLiteral("B")).savedAt); // older profiles

        {
            ProfileStore store(m_file);
            QVERIFY(store.put(failed));
            QVERIFY(store.put(renewed.withRenewalFailure(QStringLiteral("The keyring is locked."), now.addDays(1))));
        }
        const Profile reread = *ProfileStore(m_file).profile(QStringLiteral("A"));
        QCOMPARE(reread.renewedAt, now);
        QCOMPARE(reread.obtainedAt, now.addSecs(-2));
        QCOMPARE(reread.renewalFailedAt, now.addDays(1));
        QCOMPARE(reread.renewalError, QStringLiteral("The keyring is locked."));
        QVERIFY(!ProfileStore(m_file).profile(QStringLiteral("A"))->renewalError.isEmpty());
    }

    // The note of a token replacement in flight: written, read back, cleared; never the token.
    void pendingReplaceRoundTrip()
    {
        ProfileStore store(m_file);
        QVERIFY(store.put(sample(QStringLiteral("A"))));
        Profile updated = sample(QStringLiteral("A"));
        updated.expiresAt = at("2026-06-30T10:00:00Z");
        QVERIFY(store.setPendingReplace(updated, QStringLiteral("0123456789abcdef")));
        QVERIFY(store.setPendingReplace(sample(QStringLiteral("B")), QStringLiteral("fedcba9876543210")));

        const auto note = ProfileStore(m_file).pendingReplace(QStringLiteral("A"));
        QVERIFY(note.has_value());
        QCOMPARE(note->profile, updated);
        QCOMPARE(note->tokenFingerprint, QStringLiteral("0123456789abcdef"));
        QCOMPARE(store.profile(QStringLiteral("A"))->expiresAt, sample(QStringLiteral("A")).expiresAt); // list untouched
        QCOMPARE(store.profiles().size(), 1);

        QVERIFY(store.clearPendingReplace(QStringLiteral("A")));
        QVERIFY(!store.pendingReplace(QStringLiteral("A")).has_value());
        QVERIFY(store.pendingReplace(QStringLiteral("B")).has_value());
        QVERIFY(store.clearPendingReplace(QStringLiteral("B")));
        QVERIFY(store.clearPendingReplace(QStringLiteral("B"))); // nothing to clear is fine
        QVERIFY(!QSettings(m_file, QSettings::IniFormat).childGroups().contains(QStringLiteral("pendingReplaces")));
    }

    // The parsed list is kept, but a change on disk by another writer is seen at the next look.
    void seesAnotherWritersChange()
    {
        ProfileStore store(m_file);
        QVERIFY(store.put(sample(QStringLiteral("A"))));
        QCOMPARE(store.profiles().size(), 1);
        {
            ProfileStore other(m_file); // the window, or a second longlived-cli
            QVERIFY(other.put(sample(QStringLiteral("B"))));
            QVERIFY(other.setPendingReplace(sample(QStringLiteral("B")), QStringLiteral("0123456789abcdef")));
            QVERIFY(other.addPending(QStringLiteral("C")));
        }
        QVERIFY(store.contains(QStringLiteral("B")));
        QVERIFY(store.pendingReplace(QStringLiteral("B")).has_value());
        QCOMPARE(store.pendingNames(), QStringList {QStringLiteral("C")});

        // Replaced outright, as another process's QSaveFile does: B without its note, C gone.
        QSaveFile raw(profileFile(QStringLiteral("B")));
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write("[General]\nname=B\n[profile]\nname=B\nplatform=threads\nappId=9\n");
        QVERIFY(raw.commit());
        QVERIFY(QFile::remove(profileFile(QStringLiteral("C"))));
        const QList<Profile> listed = store.profiles();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.last().name, QStringLiteral("B"));
        QCOMPARE(listed.last().appId, QStringLiteral("9"));
        QVERIFY(!store.pendingReplace(QStringLiteral("B")).has_value());
        QVERIFY(store.pendingNames().isEmpty());
    }

    // A long run lets go of each profile once done with it: the store reads the file again at
    // the next lookup, and shrinks its table once most profiles were let go.
    void releasedProfilesAreReadAgain()
    {
        ProfileStore store(m_file);
        const int count = 300; // more than the table's smallest size, so that it shrinks
        for (int i = 0; i < count; ++i)
            QVERIFY(store.put(sample(QStringLiteral("p%1").arg(i, 3, 10, QLatin1Char('0')))));
        QCOMPARE(store.profiles().size(), count);
        for (int i = 0; i < count; ++i)
            store.releaseParsed(QStringLiteral("p%1").arg(i, 3, 10, QLatin1Char('0')));
        store.releaseParsed(QString());
        store.releaseParsed(QStringLiteral("never saved"));
        QCOMPARE(*store.profile(QStringLiteral("p123")), sample(QStringLiteral("p123")));
        {
            ProfileStore other(m_file);
            Profile changed = sample(QStringLiteral("p007"));
            changed.appId = QStringLiteral("777");
            QVERIFY(other.put(changed));
        }
        const QList<Profile> listed = store.profiles();
        QCOMPARE(listed.size(), count);
        QCOMPARE(listed.at(7).appId, QStringLiteral("777"));
    }

    // Two stores that each kept an older list: neither write is lost, and an entry changed in
    // place lands on the profile it belongs to even after the other reordered the list.
    void noWriteIsLostBetweenWriters()
    {
        ProfileStore first(m_file);
        ProfileStore second(m_file);
        QVERIFY(first.put(sample(QStringLiteral("A"))));
        QVERIFY(first.put(sample(QStringLiteral("B"))));
        QCOMPARE(second.profiles().size(), 2);
        QVERIFY(first.remove(QStringLiteral("A"))); // B moves to the first index
        QVERIFY(first.put(sample(QStringLiteral("C"))));

        Profile renewed = sample(QStringLiteral("B"));
        renewed.renewedAt = at("2026-04-21T08:00:00Z");
        QVERIFY(second.putSettled(renewed));
        QVERIFY(second.put(sample(QStringLiteral("D"))));

        ProfileStore reread(m_file);
        QStringList names;
        for (const Profile& profile : reread.profiles())
            names << profile.name;
        QCOMPARE(names, (QStringList {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
        QCOMPARE(reread.profile(QStringLiteral("B"))->renewedAt, renewed.renewedAt);
        QVERIFY(!reread.profile(QStringLiteral("C"))->renewedAt.isValid());
        QCOMPARE(first.profiles().size(), 3);
    }

    // A profile, its pending name and its pending-replace note settle in one write; a field
    // cleared in place (the renewal error) is gone from the file.
    void putSettledClearsNotesInOneWrite()
    {
        ProfileStore store(m_file);
        const Profile failed = sample(QStringLiteral("A"))
                                   .withRenewalFailure(QStringLiteral("Meta said no."), at("2026-04-20T08:00:00Z"));
        QVERIFY(store.put(failed));
        QVERIFY(store.addPending(QStringLiteral("A")));
        QVERIFY(store.setPendingReplace(sample(QStringLiteral("A")), QStringLiteral("0123456789abcdef")));
        QVERIFY(store.putSettled(sample(QStringLiteral("A"))));

        ProfileStore reread(m_file);
        QVERIFY(reread.pendingNames().isEmpty());
        QVERIFY(!reread.pendingReplace(QStringLiteral("A")).has_value());
        QVERIFY(reread.profile(QStringLiteral("A"))->renewalError.isEmpty());
        QVERIFY(!reread.profile(QStringLiteral("A"))->renewalFailedAt.isValid());
        const QByteArray contents = readAll(profileFile(QStringLiteral("A")));
        QVERIFY(contents.contains("appId"));
        QVERIFY(!contents.contains("renewalError"));
        QVERIFY(!contents.contains("pendingSave"));
    }

    // A symbolic link planted in place of a profile's file is not written through.
    void symbolicLinkIsNotFollowed()
    {
        ProfileStore store(m_file);
        QVERIFY(store.put(sample(QStringLiteral("first")))); // creates the folder
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere.txt"));
        {
            QFile target(elsewhere);
            QVERIFY(target.open(QIODevice::WriteOnly));
            target.write("untouched\n");
        }
        QVERIFY(QFile::link(elsewhere, profileFile(QStringLiteral("victim"))));
        QVERIFY(!store.put(sample(QStringLiteral("victim"))));
        QCOMPARE(readAll(elsewhere), QByteArray("untouched\n"));
        QVERIFY(QFileInfo(profileFile(QStringLiteral("victim"))).isSymLink());
    }

    // Any character in a name: each profile has its own file, and the names come back exact.
    void namesWithAnyCharacter()
    {
        const QStringList names {QStringLiteral("a/b"), QStringLiteral("../up"), QStringLiteral("Ünïcødé · 42"),
                                 QStringLiteral("A"),   QStringLiteral("a"),     QString(300, QLatin1Char('x'))};
        {
            ProfileStore store(m_file);
            for (const QString& name : names)
                QVERIFY(store.put(sample(name)));
        }
        ProfileStore reread(m_file);
        QCOMPARE(reread.profiles().size(), names.size());
        for (const QString& name : names)
            QCOMPARE(reread.profile(name)->name, name);
        QCOMPARE(QDir(reread.folder()).entryList(QDir::Files | QDir::Hidden).size(), names.size());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("up"))));
    }

    // Profiles an older version kept in the settings file move to their own files on first
    // use, once and without loss, and the old keys go; other settings stay.
    void migratesTheSingleFile()
    {
        {
            ProfileStore writer(m_file);
            QVERIFY(writer.put(sample(QStringLiteral("placeholder")))); // creates the folder only
        }
        {
            QSettings old(m_file, QSettings::IniFormat);
            old.setValue(QStringLiteral("window/geometry"), QStringLiteral("kept"));
            old.beginWriteArray(QStringLiteral("profiles"), 2);
            const Profile a
                = sample(QStringLiteral("A")).withRenewalFailure(QStringLiteral("no"), at("2026-04-20T08:00:00Z"));
            for (int i = 0; i < 2; ++i) {
                old.setArrayIndex(i);
                const Profile p = i == 0 ? a : sample(QStringLiteral("B"));
                old.setValue(QStringLiteral("name"), p.name);
                old.setValue(QStringLiteral("platform"), QStringLiteral("threads"));
                old.setValue(QStringLiteral("appId"), p.appId);
                old.setValue(QStringLiteral("expiresAt"), QStringLiteral("2026-04-30T10:00:00.000Z"));
                old.setValue(QStringLiteral("renewalError"), p.renewalError);
            }
            old.endArray();
            old.beginWriteArray(QStringLiteral("pendingReplaces"), 1);
            old.setArrayIndex(0);
            old.setValue(QStringLiteral("name"), QStringLiteral("B"));
            old.setValue(QStringLiteral("platform"), QStringLiteral("threads"));
            old.setValue(QStringLiteral("appId"), QStringLiteral("77"));
            old.setValue(QStringLiteral("tokenFingerprint"), QStringLiteral("0123456789abcdef"));
            old.endArray();
            old.setValue(QStringLiteral("pendingSaves"), QStringList {QStringLiteral("C")});
        }
        ProfileStore store(m_file);
        QCOMPARE(store.profiles().size(), 3);
        QCOMPARE(store.profile(QStringLiteral("A"))->renewalError, QStringLiteral("no"));
        QCOMPARE(store.profile(QStringLiteral("A"))->expiresAt, at("2026-04-30T10:00:00Z"));
        QCOMPARE(store.pendingReplace(QStringLiteral("B"))->profile.appId, QStringLiteral("77"));
        QCOMPARE(store.unfinishedNames(), QStringList {QStringLiteral("C")});

        QSettings old(m_file, QSettings::IniFormat);
        QCOMPARE(old.childGroups(), QStringList {QStringLiteral("window")});
        QVERIFY(!old.contains(QStringLiteral("pendingSaves")));
        QVERIFY(QFile::exists(profileFile(QStringLiteral("A"))));
        // Once: a second store finds the same, from the files alone.
        QCOMPARE(ProfileStore(m_file).profiles().size(), 3);
        QCOMPARE(ProfileStore(m_file).pendingReplace(QStringLiteral("B"))->tokenFingerprint,
                 QStringLiteral("0123456789abcdef"));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
