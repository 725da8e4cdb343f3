// DeliveryStore: targets kept per profile beside ProfileStore's profile in the profile's file,
// stable ids, history noted per attempt, pending targets, and never a secret in the file.

#include "vault/DeliveryStore.h"
#include "vault/ProfileStore.h"
#include "StoredSettings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
const QString profile = QStringLiteral("Facebook · 1234");
const QString token = QStringLiteral("EAAstoreToken0123456789abcdefghijklmn");
const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-01T12:00:00Z"), Qt::ISODate);
} // namespace

class TestDeliveryStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    // Everything written: the settings file and every profile's file.
    QByteArray fileBytes() const { return StoredSettings::bytes(m_file); }

private slots:
    void init()
    {
        m_file = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ini"));
        QFile::remove(m_file);
    }

    void roundTripWithIds()
    {
        {
            DeliveryStore store(m_file);
            const auto n8n = store.add(profile,
                                       DeliveryTarget::n8n(QUrl(QStringLiteral("https://n8n.example.com")),
                                                           QStringLiteral("3BWxfPPkMN1s54s8")));
            QVERIFY(n8n);
            QCOMPARE(n8n->id, QStringLiteral("n8n-1"));
            const auto file = store.add(
                profile,
                DeliveryTarget::file(QStringLiteral("/run/user/1000/token.env"), QStringLiteral("env:FB_TOKEN")));
            QCOMPARE(file->id, QStringLiteral("file-2"));
            const auto exec = store.add(QStringLiteral("other"),
                                        DeliveryTarget::exec(QStringLiteral("/usr/local/bin/push \"a b\" -q")));
            QCOMPARE(exec->id, QStringLiteral("exec-1"));
        }
        DeliveryStore reopened(m_file);
        const QList<DeliveryTarget> targets = reopened.targets(profile);
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(0).kind, DeliveryTarget::Kind::N8n);
        QCOMPARE(targets.at(0).n8nUrl, QUrl(QStringLiteral("https://n8n.example.com")));
        QCOMPARE(targets.at(0).credentialId, QStringLiteral("3BWxfPPkMN1s54s8"));
        QCOMPARE(targets.at(0).field, QStringLiteral("accessToken"));
        QCOMPARE(targets.at(1).format, QStringLiteral("env:FB_TOKEN"));
        QCOMPARE(targets.at(1).path, QStringLiteral("/run/user/1000/token.env"));
        const auto exec = reopened.target(QStringLiteral("other"), QStringLiteral("exec-1"));
        QVERIFY(exec);
        QCOMPARE(exec->arguments, (QStringList {QStringLiteral("a b"), QStringLiteral("-q")}));
        QCOMPARE(reopened.profileNames(), (QStringList {profile, QStringLiteral("other")}));
    }

    void fileIsPrivateWhenDeliveriesCreateIt()
    {
        // Delivery targets may be the first thing written (before any token is saved): the file
        // is still the owner's only, whatever the umask.
        const mode_t oldMask = ::umask(022);
        bool added = false;
        {
            DeliveryStore store(m_file);
            added = store.add(profile, DeliveryTarget::file(m_dir.filePath(QStringLiteral("out.token")))).has_value();
        }
        ::umask(oldMask);
        QVERIFY(added);
        const QFile::Permissions all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
            | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        const QString folder = DeliveryStore(m_file).folder();
        const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files.size(), 1);
        QCOMPARE(QFileInfo(folder + QLatin1Char('/') + files.first()).permissions() & all,
                 QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFileInfo(folder).permissions() & all, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // Targets an older version kept in the settings file move to the profiles' files on first
    // use, with their history and their last number, and the old keys go.
    void migratesTheSingleFile()
    {
        {
            QSettings old(m_file, QSettings::IniFormat);
            old.beginWriteArray(QStringLiteral("deliveries"), 3);
            const char* owners[] = {"A", "B", "A"};
            for (int i = 0; i < 3; ++i) {
                old.setArrayIndex(i);
                old.setValue(QStringLiteral("profile"), QString::fromLatin1(owners[i]));
                old.setValue(QStringLiteral("id"), QStringLiteral("file-%1").arg(i + 1));
                old.setValue(QStringLiteral("kind"), QStringLiteral("file"));
                old.setValue(QStringLiteral("path"), QStringLiteral("/tmp/%1").arg(i));
                old.setValue(QStringLiteral("deliveredFingerprint"), DeliveryTarget::fingerprint(token));
            }
            old.endArray();
            old.setValue(QStringLiteral("deliveryIds/A"), 7);
            old.setValue(QStringLiteral("deliveryIds/C"), 2); // its targets all removed
            old.setValue(QStringLiteral("other"), QStringLiteral("kept"));
        }
        DeliveryStore store(m_file);
        QCOMPARE(store.profileNames(), (QStringList {QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(store.targets(QStringLiteral("A")).size(), 2);
        QCOMPARE(store.targets(QStringLiteral("A")).at(1).path, QStringLiteral("/tmp/2"));
        QVERIFY(store.pendingTargets(QStringLiteral("B"), DeliveryTarget::fingerprint(token)).isEmpty());
        QSettings old(m_file, QSettings::IniFormat);
        QVERIFY(old.childGroups().isEmpty());
        QCOMPARE(old.value(QStringLiteral("other")).toString(), QStringLiteral("kept"));
        DeliveryStore again(m_file);
        QCOMPARE(again.add(QStringLiteral("A"), DeliveryTarget::file(QStringLiteral("/tmp/x")))->id,
                 QStringLiteral("file-8"));
        QCOMPARE(again.add(QStringLiteral("C"), DeliveryTarget::file(QStringLiteral("/tmp/y")))->id,
                 QStringLiteral("file-3"));
    }

    void invalidTargetsAreNotAdded()
    {
        DeliveryStore store(m_file);
        QVERIFY(!store.add(profile,
                           DeliveryTarget::n8n(QUrl(QStringLiteral("http://n8n.example.com")), QStringLiteral("abc"))));
        QVERIFY(!store.add(profile, DeliveryTarget::file(QStringLiteral("/tmp/x"), QStringLiteral("env:1A"))));
        QVERIFY(!store.add(QString(), DeliveryTarget::file(QStringLiteral("/tmp/x"))));
        QVERIFY(store.targets(profile).isEmpty());
    }

    void removeKeepsOtherIds()
    {
        DeliveryStore store(m_file);
        store.add(profile, DeliveryTarget::file(QStringLiteral("/tmp/a")));
        store.add(profile, DeliveryTarget::file(QStringLiteral("/tmp/b")));
        QVERIFY(store.remove(profile, QStringLiteral("file-1")));
        QVERIFY(!store.remove(profile, QStringLiteral("file-1")));
        QCOMPARE(store.targets(profile).size(), 1);
        QCOMPARE(store.targets(profile).at(0).id, QStringLiteral("file-2"));
        QCOMPARE(store.add(profile, DeliveryTarget::file(QStringLiteral("/tmp/c")))->id, QStringLiteral("file-3"));
        // The newest removed: its number is not given out again (its n8n key may still exist).
        QVERIFY(store.remove(profile, QStringLiteral("file-3")));
        QCOMPARE(store.add(profile, DeliveryTarget::file(QStringLiteral("/tmp/d")))->id, QStringLiteral("file-4"));
        QVERIFY(store.removeProfile(profile));
        QVERIFY(store.targets(profile).isEmpty());
        QCOMPARE(DeliveryStore(m_file).add(profile, DeliveryTarget::file(QStringLiteral("/tmp/e")))->id,
                 QStringLiteral("file-5"));
    }

    void sharesTheFileWithProfiles()
    {
        ProfileStore profiles(m_file);
        Profile p;
        p.name = profile;
        QVERIFY(profiles.put(p));
        DeliveryStore store(m_file);
        QVERIFY(store.add(profile, DeliveryTarget::file(QStringLiteral("/tmp/a"))));
        QCOMPARE(store.fileName(), profiles.fileName());
        QVERIFY(profiles.contains(profile));
        QVERIFY(profiles.put(p)); // rewriting the profiles leaves the deliveries alone, and back
        QCOMPARE(store.targets(profile).size(), 1);
    }

    // renew lets go of each profile's targets once it ends: they are read from the file again.
    void releasedTargetsAreReadAgain()
    {
        DeliveryStore store(m_file);
        QVERIFY(store.add(profile, DeliveryTarget::file(QStringLiteral("/tmp/a"))));
        QCOMPARE(store.targets(profile).size(), 1);
        store.releaseParsed(profile);
        store.releaseParsed(QString());
        {
            DeliveryStore other(m_file);
            QVERIFY(other.add(profile, DeliveryTarget::file(QStringLiteral("/tmp/b"))));
        }
        const QList<DeliveryTarget> targets = store.targets(profile);
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(1).path, QStringLiteral("/tmp/b"));
    }

    void historyAndPendingTargets()
    {
        DeliveryStore store(m_file);
        store.add(profile, DeliveryTarget::file(QStringLiteral("/tmp/a")));
        store.add(profile, DeliveryTarget::file(QStringLiteral("/tmp/b")));
        const QString fingerprint = DeliveryTarget::fingerprint(token);
        QCOMPARE(store.pendingTargets(profile, fingerprint).size(), 2);

        QVERIFY(store.recordResult(profile, QStringLiteral("file-1"), DeliveryResult::success(), fingerprint, now));
        DeliveryResult failed(DeliveryResult::Kind::FileFailed, QStringLiteral("Disk full"));
        QVERIFY(store.recordResult(profile, QStringLiteral("file-2"), failed, fingerprint, now));

        const QList<DeliveryTarget> pending = store.pendingTargets(profile, fingerprint);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).id, QStringLiteral("file-2"));
        QCOMPARE(pending.at(0).lastOk, false);
        QCOMPARE(pending.at(0).lastMessage, QStringLiteral("Disk full"));
        QCOMPARE(pending.at(0).lastResultKind, QStringLiteral("file_failed"));
        QCOMPARE(pending.at(0).lastAttemptAt, now);
        QVERIFY(!pending.at(0).lastDeliveredAt.isValid());

        const auto delivered = store.target(profile, QStringLiteral("file-1"));
        QCOMPARE(delivered->deliveredFingerprint, fingerprint);
        QCOMPARE(delivered->lastDeliveredAt, now);
        // A later failure keeps the fingerprint of what the target still holds.
        QVERIFY(store.recordResult(profile, QStringLiteral("file-1"), failed,
                                   DeliveryTarget::fingerprint(QStringLiteral("new")), now.addDays(1)));
        QCOMPARE(store.target(profile, QStringLiteral("file-1"))->deliveredFingerprint, fingerprint);
        QCOMPARE(store.pendingTargets(profile, DeliveryTarget::fingerprint(QStringLiteral("new"))).size(), 2);
    }

    // Without the token (the window's list, and renew deciding whether to read the keychain): a
    // target holds the current token when its last successful delivery came after the token was
    // saved, whatever came later.
    void receivedByTime()
    {
        DeliveryStore store(m_file);
        store.add(profile, DeliveryTarget::file(QStringLiteral("/tmp/a")));
        QVERIFY(!store.target(profile, QStringLiteral("file-1"))->deliveredAfter(now.addDays(-1)));
        QVERIFY(store.recordResult(profile, QStringLiteral("file-1"), DeliveryResult::success(),
                                   DeliveryTarget::fingerprint(token), now));
        const auto delivered = store.target(profile, QStringLiteral("file-1"));
        QVERIFY(delivered->deliveredAfter(now.addDays(-1)));
        QVERIFY(!delivered->deliveredAfter(now)); // same moment: may have carried the token it replaced
        QVERIFY(!delivered->deliveredAfter(now.addSecs(1))); // renewed since
        QVERIFY(!delivered->deliveredAfter(QDateTime())); // nothing known
        DeliveryResult failed(DeliveryResult::Kind::FileFailed, QStringLiteral("Disk full"));
        QVERIFY(store.recordResult(profile, QStringLiteral("file-1"), failed, DeliveryTarget::fingerprint(token),
                                   now.addDays(1)));
        QVERIFY(store.target(profile, QStringLiteral("file-1"))->deliveredAfter(now.addDays(-1)));
    }

    void noSecretInTheFile()
    {
        DeliveryStore store(m_file);
        store.add(profile, DeliveryTarget::n8n(QUrl(QStringLiteral("https://n8n.example.com")), QStringLiteral("abc")));
        store.recordResult(profile, QStringLiteral("n8n-1"), DeliveryResult::success(),
                           DeliveryTarget::fingerprint(token), now);
        const QByteArray bytes = fileBytes();
        QVERIFY(bytes.contains("deliveredFingerprint"));
        QVERIFY(!bytes.contains(token.toUtf8()));
        QVERIFY(!bytes.contains(token.left(12).toUtf8()));
        QCOMPARE(DeliveryTarget::fingerprint(token).size(), 16);
        QVERIFY(!token.contains(DeliveryTarget::fingerprint(token)));
    }

    void jsonListing()
    {
        DeliveryStore store(m_file);
        const auto target = store.add(profile, DeliveryTarget::file(QStringLiteral("/tmp/a"), QStringLiteral("env:X")));
        const QJsonObject json = target->toJson();
        QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("file-1"));
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("file"));
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("env:X"));
        QVERIFY(target->description().contains(QStringLiteral("/tmp/a")));
    }

    // The parsed targets are kept; a result noted after another writer removed an earlier
    // target lands on the right entry, and one for a target removed meanwhile is not revived.
    void recordResultFollowsAnotherWriter()
    {
        const DeliveryTarget target = DeliveryTarget::file(QStringLiteral("/tmp/a.env"), QStringLiteral("token"));
        DeliveryStore store(m_file);
        QVERIFY(store.add(profile, target));
        QVERIFY(store.add(QStringLiteral("other"), target));
        QCOMPARE(store.targets(QStringLiteral("other")).size(), 1);
        {
            DeliveryStore window(m_file);
            QVERIFY(window.remove(profile, QStringLiteral("file-1"))); // "other" moves up
            QVERIFY(window.add(QStringLiteral("third"), target));
        }
        QVERIFY(store.targets(profile).isEmpty());
        QVERIFY(!store.recordResult(profile, QStringLiteral("file-1"), DeliveryResult::success(), QStringLiteral("f1"),
                                    now));
        QVERIFY(store.recordResult(QStringLiteral("other"), QStringLiteral("file-1"), DeliveryResult::success(),
                                   QStringLiteral("f2"), now));

        DeliveryStore reread(m_file);
        QVERIFY(reread.targets(profile).isEmpty());
        QCOMPARE(reread.profileNames(), (QStringList {QStringLiteral("other"), QStringLiteral("third")}));
        QCOMPARE(reread.targets(QStringLiteral("other")).first().deliveredFingerprint, QStringLiteral("f2"));
        QVERIFY(reread.targets(QStringLiteral("third")).first().deliveredFingerprint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeliveryStore)
#include "TestDeliveryStore.moc"
