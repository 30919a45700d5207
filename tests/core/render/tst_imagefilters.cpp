#include <QPainter>
#include <QTest>

#include "core/render/imagefilters.h"

using Marquee::Render::ImageFilters;

class tst_ImageFilters : public QObject
{
    Q_OBJECT

private slots:
    void blurKeepsAFlatImageFlat_data();
    void blurKeepsAFlatImageFlat();
    void blurSoftensAnEdgeSymmetrically();
    void wideBlurMatchesSize();
    void alphaBlurSpreadsCoverage();
    void desaturateKeepsAlphaAndRemovesColour();
    void meanLuminance();
};

void tst_ImageFilters::blurKeepsAFlatImageFlat_data()
{
    QTest::addColumn<qreal>("sigma");
    QTest::newRow("none") << 0.0;
    QTest::newRow("small") << 1.5;
    QTest::newRow("downscaled") << 12.0;
}

void tst_ImageFilters::blurKeepsAFlatImageFlat()
{
    QFETCH(qreal, sigma);
    QImage flat(64, 48, QImage::Format_RGB32);
    flat.fill(QColor(90, 140, 200));
    const QImage blurred = ImageFilters::blurred(flat, sigma);
    QCOMPARE(blurred.size(), flat.size());
    for (int y = 0; y < blurred.height(); y += 7) {
        for (int x = 0; x < blurred.width(); x += 5) {
            const QColor c(blurred.pixel(x, y));
            QVERIFY(qAbs(c.red() - 90) <= 1 && qAbs(c.green() - 140) <= 1 && qAbs(c.blue() - 200) <= 1);
        }
    }
}

void tst_ImageFilters::blurSoftensAnEdgeSymmetrically()
{
    QImage edge(100, 10, QImage::Format_RGB32);
    edge.fill(Qt::black);
    QPainter(&edge).fillRect(50, 0, 50, 10, Qt::white);
    const QImage blurred = ImageFilters::blurred(edge, 3.0);
    const int left = qRed(blurred.pixel(47, 5));
    const int right = qRed(blurred.pixel(52, 5));
    QVERIFY(left > 10 && left < 128);
    QVERIFY(right > 128 && right < 245);
    QVERIFY(qAbs((255 - right) - left) <= 8);
    QCOMPARE(qRed(blurred.pixel(5, 5)), 0);
    QCOMPARE(qRed(blurred.pixel(95, 5)), 255);
}

void tst_ImageFilters::wideBlurMatchesSize()
{
    QImage odd(37, 11, QImage::Format_ARGB32);
    odd.fill(Qt::red);
    QCOMPARE(ImageFilters::blurred(odd, 40).size(), odd.size());
    QCOMPARE(ImageFilters::blurredAlpha(odd.convertToFormat(QImage::Format_Alpha8), 40).size(), odd.size());
    QVERIFY(ImageFilters::blurred(QImage(), 3).isNull());
}

void tst_ImageFilters::alphaBlurSpreadsCoverage()
{
    QImage mask(40, 40, QImage::Format_Alpha8);
    mask.fill(0);
    for (int y = 15; y < 25; ++y)
        memset(mask.scanLine(y) + 15, 255, 10);
    const QImage blurred = ImageFilters::blurredAlpha(mask, 2.5);
    QCOMPARE(blurred.format(), QImage::Format_Alpha8);
    QVERIFY(blurred.constScanLine(20)[20] > 200);
    QVERIFY(blurred.constScanLine(20)[12] > 0);
    QCOMPARE(int(blurred.constScanLine(2)[2]), 0);
}

void tst_ImageFilters::desaturateKeepsAlphaAndRemovesColour()
{
    QImage image(2, 1, QImage::Format_ARGB32);
    image.setPixel(0, 0, qRgba(255, 0, 0, 255));
    image.setPixel(1, 0, qRgba(0, 0, 255, 128));
    ImageFilters::desaturate(image);
    const QRgb red = image.pixel(0, 0);
    QCOMPARE(qRed(red), qGreen(red));
    QCOMPARE(qGreen(red), qBlue(red));
    QVERIFY(qAbs(qRed(red) - 54) <= 1);  // Rec. 709 red weight
    QCOMPARE(qAlpha(image.pixel(1, 0)), 128);
}

void tst_ImageFilters::meanLuminance()
{
    QImage image(20, 20, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter(&image).fillRect(10, 0, 10, 20, Qt::white);
    QVERIFY(qAbs(ImageFilters::meanLuminance(image, image.rect()) - 0.5) < 0.02);
    QVERIFY(ImageFilters::meanLuminance(image, QRect(10, 0, 10, 20)) > 0.99);
    QCOMPARE(ImageFilters::meanLuminance(image, QRect(100, 100, 5, 5)), 0.0);
    QVERIFY(qAbs(ImageFilters::luminance(QColor(255, 255, 255)) - 1.0) < 1e-6);
}

QTEST_MAIN(tst_ImageFilters)
#include "tst_imagefilters.moc"
