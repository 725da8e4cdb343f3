// The application icon: one SVG, installed as the hicolor scalable icon and compiled in as the
// window icon. It must render at every size a desktop asks for, and at 200 % be drawn anew
// from the vectors rather than scaled up from a bitmap (that is what keeps it crisp).
#include "UiResources.h"

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImageReader>
#include <QPixmap>
#include <QtTest>

class TestAppIcon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rendersAtEveryIconSize_data();
    void rendersAtEveryIconSize();
    void windowIconIsTheInstalledIcon();
    void crispAt200Percent();

private:
    static QImage render(const QString& path, int size);
};

QImage TestAppIcon::render(const QString& path, int size)
{
    QImageReader reader(path);
    reader.setScaledSize(QSize(size, size));
    return reader.read().convertToFormat(QImage::Format_ARGB32);
}

void TestAppIcon::initTestCase()
{
    UiResources::ensureInitialized();
    QVERIFY2(QImageReader::supportedImageFormats().contains("svg"),
             "Qt's SVG image plugin is missing (Debian package libqt6svg6)");
}

void TestAppIcon::rendersAtEveryIconSize_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QTest::addRow("%dpx", size) << size;
}

void TestAppIcon::rendersAtEveryIconSize()
{
    QFETCH(int, size);
    const QImage image = render(QStringLiteral(LONGLIVED_ICON_SVG), size);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(size, size));
    // The tile fills the middle and leaves the corners transparent (rounded, with a margin).
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(size - 1, 0)), 0);
}

void TestAppIcon::windowIconIsTheInstalledIcon()
{
    QFile compiledIn(QStringLiteral(":/icons/longlived.svg"));
    QFile installed(QStringLiteral(LONGLIVED_ICON_SVG));
    QVERIFY(compiledIn.open(QIODevice::ReadOnly));
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QCOMPARE(compiledIn.readAll(), installed.readAll());
}

void TestAppIcon::crispAt200Percent()
{
    const QIcon icon(QStringLiteral(":/icons/longlived.svg"));
    QVERIFY(!icon.isNull());
    // A 32 px icon on a 200 % screen: 64 device pixels, drawn by the SVG engine at that size.
    const QPixmap pixmap = icon.pixmap(QSize(32, 32), 2.0);
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    QCOMPARE(pixmap.size(), QSize(64, 64));
    const QImage atDouble = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    const QImage direct = render(QStringLiteral(":/icons/longlived.svg"), 64);
    const QImage upscaled = render(QStringLiteral(":/icons/longlived.svg"), 32)
                                .scaled(64, 64, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                .convertToFormat(QImage::Format_ARGB32);
    // Same pixels as a direct 64 px rendering (allowing for rounding), unlike a 32 px one scaled up.
    const auto difference = [](const QImage& a, const QImage& b) {
        qint64 sum = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y);
                const QRgb q = b.pixel(x, y);
                sum += qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q))
                    + qAbs(qAlpha(p) - qAlpha(q));
            }
        }
        return sum;
    };
    const qint64 toDirect = difference(atDouble, direct);
    const qint64 toUpscaled = difference(atDouble, upscaled);
    QVERIFY2(toDirect * 10 < toUpscaled,
             qPrintable(QStringLiteral("difference to a 64 px rendering %1, to a 32 px one scaled up %2")
                            .arg(toDirect)
                            .arg(toUpscaled)));
}

QTEST_MAIN(TestAppIcon)
#include "TestAppIcon.moc"
