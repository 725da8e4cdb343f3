// File delivery: atomic replacement (no temporary file left, no partial content), mode 0600
// even over an existing file with another mode, the env format, and symbolic links refused.

#include "DeliveryTestSupport.h"
#include "renewal/FileDelivery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DeliveryTestSupport;

namespace {
const QString token = QStringLiteral("EAAfileToken0123456789abcdefghijklmnop");

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

class TestFileDelivery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    DeliveryResult deliver(const DeliveryTarget& target, const QString& value = token)
    {
        FileDelivery delivery(target, value);
        return run(&delivery);
    }

    QStringList folderEntries() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir dir(m_dir.path());
        for (const QString& name : folderEntries())
            QFile::remove(dir.filePath(name));
    }

    void writesTokenWithMode0600AndLeavesNoTemporaryFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("token.txt"));
        const DeliveryResult result = deliver(DeliveryTarget::file(path));
        QVERIFY2(result.isOk(), qPrintable(result.message()));
        QVERIFY(readFile(path) == token.toUtf8() + '\n');
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
        QCOMPARE(folderEntries(), QStringList {QStringLiteral("token.txt")});
        QVERIFY(!result.message().contains(token));
    }

    void replacesAnExistingFileAndForcesMode0600()
    {
        const QString path = m_dir.filePath(QStringLiteral("token.txt"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older, much longer token that must not leave a tail behind\n");
        old.close();
        QVERIFY(QFile::setPermissions(path, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(deliver(DeliveryTarget::file(path)).isOk());
        QVERIFY(readFile(path) == token.toUtf8() + '\n');
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
        QCOMPARE(folderEntries().size(), 1);
    }

    // A reader holding the old file keeps reading the old, whole content: the new one arrives
    // by rename, never by rewriting the file in place.
    void replacementIsARenameNotAnInPlaceWrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("token.txt"));
        QVERIFY(deliver(DeliveryTarget::file(path), QStringLiteral("first-token")).isOk());
        QFile reader(path);
        QVERIFY(reader.open(QIODevice::ReadOnly));
        QVERIFY(deliver(DeliveryTarget::file(path)).isOk());
        QCOMPARE(reader.readAll(), QByteArray("first-token\n"));
        QVERIFY(readFile(path) == token.toUtf8() + '\n');
    }

    void envFormat()
    {
        const QString path = m_dir.filePath(QStringLiteral("token.env"));
        QVERIFY(deliver(DeliveryTarget::file(path, QStringLiteral("env:FB_TOKEN"))).isOk());
        QVERIFY(readFile(path) == "FB_TOKEN=" + token.toUtf8() + '\n');
    }

    void invalidFormatsRefused_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("digit first") << QStringLiteral("env:1TOKEN");
        QTest::newRow("dash") << QStringLiteral("env:FB-TOKEN");
        QTest::newRow("injection") << QStringLiteral("env:X;rm -rf ~");
        QTest::newRow("empty name") << QStringLiteral("env:");
        QTest::newRow("unknown") << QStringLiteral("json");
    }

    void invalidFormatsRefused()
    {
        QFETCH(QString, format);
        const QString path = m_dir.filePath(QStringLiteral("token.env"));
        QCOMPARE(deliver(DeliveryTarget::file(path, format)).kind(), DeliveryResult::Kind::InvalidTarget);
        QVERIFY(!QFile::exists(path));
    }

    void symbolicLinkRefused()
    {
        const QString real = m_dir.filePath(QStringLiteral("real.txt"));
        const QString link = m_dir.filePath(QStringLiteral("link.txt"));
        QFile file(real);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("untouched\n");
        file.close();
        QVERIFY(QFile::link(real, link));
        const DeliveryResult result = deliver(DeliveryTarget::file(link));
        QCOMPARE(result.kind(), DeliveryResult::Kind::SymlinkRefused);
        QVERIFY2(result.message().contains(QStringLiteral("symbolic link")), qPrintable(result.message()));
        QCOMPARE(readFile(real), QByteArray("untouched\n"));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(folderEntries().size(), 2);
    }

    void danglingSymbolicLinkRefused()
    {
        const QString link = m_dir.filePath(QStringLiteral("dangling.txt"));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("elsewhere.txt")), link));
        QCOMPARE(deliver(DeliveryTarget::file(link)).kind(), DeliveryResult::Kind::SymlinkRefused);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("elsewhere.txt"))));
    }

    void missingFolderReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/token.txt"));
        const DeliveryResult result = deliver(DeliveryTarget::file(path));
        QCOMPARE(result.kind(), DeliveryResult::Kind::FileFailed);
        QVERIFY(!result.message().isEmpty());
    }

    void relativePathsBecomeAbsolute()
    {
        QVERIFY(QDir::isAbsolutePath(DeliveryTarget::file(QStringLiteral("token.txt")).path));
    }
};

QTEST_GUILESS_MAIN(TestFileDelivery)
#include "TestFileDelivery.moc"
