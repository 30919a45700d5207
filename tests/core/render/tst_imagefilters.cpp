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
    void blurCommutesWithTransposition_data();
    void blurCommutesWithTransposition();
    void scaledMatchesQtSmoothScaling_data();
    void scaledMatchesQtSmoothScaling();
    void scaledKeepsOpaqueAndPremultipliedFormats();
    void desaturateKeepsAlphaAndRemovesColour();
    void meanLuminance();
    void meanColorAveragesPremultipliedPixels();
    void reducedBlurStretchesToTheFullBlur();
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

void tst_ImageFilters::blurCommutesWithTransposition_data()
{
    QTest::addColumn<qreal>("sigma");
    QTest::newRow("full resolution") << 1.5;
    QTest::newRow("downscaled") << 5.0;
}

// The blur works on transposed tiles (16×16 bytes, 4×4 pixels): blurring a transposed image must
// give the transposed blur, up to the rounding of the passes' different order. A tile mix-up fails
// this by far.
void tst_ImageFilters::blurCommutesWithTransposition()
{
    QFETCH(qreal, sigma);
    QImage mask(53, 37, QImage::Format_Alpha8);
    QImage flipped(37, 53, QImage::Format_Alpha8);
    for (int y = 0; y < 37; ++y) {
        for (int x = 0; x < 53; ++x) {
            const uchar v = uchar(((x * 7) ^ (y * 13)) % 5 == 0 || (x > 30 && y < 9) ? 255 : 0);
            mask.scanLine(y)[x] = v;
            flipped.scanLine(x)[y] = v;
        }
    }
    const QImage a = ImageFilters::blurredAlpha(mask, sigma);
    const QImage b = ImageFilters::blurredAlpha(flipped, sigma);
    QImage colour = mask.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage colourFlipped = flipped.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage c = ImageFilters::blurred(colour, sigma);
    const QImage d = ImageFilters::blurred(colourFlipped, sigma);
    int worst = 0;
    for (int y = 0; y < 37; ++y) {
        for (int x = 0; x < 53; ++x) {
            worst = qMax(worst, qAbs(int(a.constScanLine(y)[x]) - int(b.constScanLine(x)[y])));
            worst = qMax(worst, qAbs(qAlpha(c.pixel(x, y)) - qAlpha(d.pixel(y, x))));
        }
    }
    QVERIFY2(worst <= 3, qPrintable(QString::number(worst)));
}

// A 32-bit test card with hard edges, gradients and partly transparent areas, the worst case for
// a resampler's rounding and alpha handling.
static QImage testCard(QImage::Format format)
{
    QImage card(97, 61, format);
    card.fill(Qt::transparent);
    QPainter p(&card);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient ramp(0, 0, 97, 0);
    ramp.setColorAt(0, QColor(255, 40, 0));
    ramp.setColorAt(1, QColor(0, 90, 255, 120));
    p.fillRect(0, 0, 97, 30, ramp);
    p.setBrush(Qt::white);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(20.5, 25, 40, 30));
    p.fillRect(70, 35, 3, 20, Qt::black);
    return card;
}

void tst_ImageFilters::scaledMatchesQtSmoothScaling_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("size");
    QTest::newRow("halved") << int(QImage::Format_RGB32) << QSize(48, 30);
    QTest::newRow("uneven shrink") << int(QImage::Format_ARGB32) << QSize(31, 40);
    QTest::newRow("shrink with alpha") << int(QImage::Format_ARGB32_Premultiplied) << QSize(20, 13);
    QTest::newRow("grow") << int(QImage::Format_RGB32) << QSize(194, 122);
    QTest::newRow("one axis") << int(QImage::Format_ARGB32) << QSize(97, 20);
}

// The logo and art snapshot rely on it looking like Qt's smooth scaling: compare the unpremultiplied
// colours with Qt's own result (small rounding and edge-phase differences are fine).
void tst_ImageFilters::scaledMatchesQtSmoothScaling()
{
    QFETCH(int, format);
    QFETCH(QSize, size);
    const QImage card = testCard(QImage::Format(format));
    const QImage ours = ImageFilters::scaled(card, size).convertToFormat(QImage::Format_ARGB32);
    const QImage qt = card.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                          .convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(ours.size(), size);
    qint64 total = 0;
    int worst = 0;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const QRgb a = ours.pixel(x, y), b = qt.pixel(x, y);
            // Colour matters in proportion to its coverage.
            const int d = qMax(qAbs(qAlpha(a) - qAlpha(b)),
                               qMax(qAbs(qRed(a) - qRed(b)), qMax(qAbs(qGreen(a) - qGreen(b)), qAbs(qBlue(a) - qBlue(b))))
                                   * qAlpha(b) / 255);
            total += d;
            worst = qMax(worst, d);
        }
    }
    const double mean = double(total) / (size.width() * size.height());
    QVERIFY2(mean < 1.0, qPrintable(QStringLiteral("mean difference %1").arg(mean)));
    QVERIFY2(worst <= 4, qPrintable(QStringLiteral("worst difference %1").arg(worst)));
}

void tst_ImageFilters::scaledKeepsOpaqueAndPremultipliedFormats()
{
    QImage opaque(10, 10, QImage::Format_RGB32);
    opaque.fill(QColor(10, 200, 30));
    const QImage small = ImageFilters::scaled(opaque, QSize(3, 7));
    QCOMPARE(small.format(), QImage::Format_RGB32);
    QCOMPARE(small.pixel(1, 3), qRgb(10, 200, 30));
    QImage straight(10, 10, QImage::Format_ARGB32);
    straight.fill(qRgba(255, 0, 0, 128));
    const QImage premultiplied = ImageFilters::scaled(straight, QSize(4, 4));
    QCOMPARE(premultiplied.format(), QImage::Format_ARGB32_Premultiplied);
    QCOMPARE(premultiplied.pixel(2, 2), qPremultiply(qRgba(255, 0, 0, 128)));
    QVERIFY(ImageFilters::scaled(QImage(), QSize(4, 4)).isNull());
    QVERIFY(ImageFilters::scaled(opaque, QSize(0, 4)).isNull());
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

void tst_ImageFilters::meanColorAveragesPremultipliedPixels()
{
    QImage image(4, 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter(&image).fillRect(0, 0, 2, 2, QColor(200, 100, 0));  // half opaque orange, half clear
    const QColor mean = ImageFilters::meanColor(image);
    QCOMPARE(mean.alpha(), 128);
    QCOMPARE(mean.red(), 200);  // the clear half adds no colour, only transparency
    QCOMPARE(mean.green(), 100);
    QCOMPARE(ImageFilters::meanColor(QImage()), QColor(Qt::black));
    QImage opaque(3, 3, QImage::Format_RGB32);
    opaque.fill(QColor(10, 20, 30));
    QCOMPARE(ImageFilters::meanColor(opaque), QColor(10, 20, 30));
}

// The reduced blur is the full blur before its final upscale: smaller for a wide sigma, the same
// size for a narrow one, and stretched back it matches blurred() closely.
void tst_ImageFilters::reducedBlurStretchesToTheFullBlur()
{
    QImage image(120, 60, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter(&image).fillRect(60, 0, 60, 60, QColor(240, 120, 30));
    const QImage reduced = ImageFilters::blurredReduced(image, 12);
    QVERIFY(reduced.width() < image.width() / 2);
    QCOMPARE(ImageFilters::blurredReduced(image, 2).size(), image.size());
    const QImage stretched = ImageFilters::scaled(reduced, image.size());
    const QImage full = ImageFilters::blurred(image, 12);
    int worst = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            worst = qMax(worst, qAbs(qRed(stretched.pixel(x, y)) - qRed(full.pixel(x, y))));
    }
    QVERIFY2(worst <= 3, qPrintable(QString::number(worst)));
    QCOMPARE(ImageFilters::blurredReduced(image, 0.2).format(), QImage::Format_ARGB32_Premultiplied);
}

QTEST_MAIN(tst_ImageFilters)
#include "tst_imagefilters.moc"
