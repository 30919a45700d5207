#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QTest>

#include "core/pipeline/posterencoder.h"

using namespace Marquee;
using namespace Marquee::Pipeline;

namespace {

QImage noise(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = random.generate() | 0xff000000u;
    }
    return image;
}

QImage gradient(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb(x * 255 / size.width(), y * 255 / size.height(), 90);
    }
    return image;
}

QByteArray jpegAt(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(false);
    writer.setProgressiveScanWrite(false);
    writer.write(image);
    return bytes;
}

} // namespace

class tst_PosterEncoder : public QObject
{
    Q_OBJECT

private slots:
    void smallPosterKeepsConfiguredQuality();
    void heavyPosterStepsDownToTheFloor();
    void landscapeIsNotSqueezed();
    void webpEncodes();
    void qualityIsClamped();
};

void tst_PosterEncoder::smallPosterKeepsConfiguredQuality()
{
    const QImage poster = gradient(QSize(500, 750));
    const PosterEncoder encoder(85, 85);
    auto bytes = encoder.encode(poster, ImageFormat::Jpeg);
    QVERIFY(bytes);
    QVERIFY(bytes->size() <= PosterEncoder::MaxPosterBytes);
    QCOMPARE(*bytes, jpegAt(poster, 85));
}

void tst_PosterEncoder::heavyPosterStepsDownToTheFloor()
{
    const QImage poster = noise(QSize(500, 750));
    QVERIFY(jpegAt(poster, 70).size() > PosterEncoder::MaxPosterBytes);  // noise never fits
    const PosterEncoder encoder(95, 85);
    auto bytes = encoder.encode(poster, ImageFormat::Jpeg);
    QVERIFY(bytes);
    QCOMPARE(*bytes, jpegAt(poster, PosterEncoder::MinJpegQuality));
}

void tst_PosterEncoder::landscapeIsNotSqueezed()
{
    const QImage landscape = noise(QSize(1000, 563));
    const PosterEncoder encoder(85, 85);
    QCOMPARE(*encoder.encode(landscape, ImageFormat::Jpeg), jpegAt(landscape, 85));
}

void tst_PosterEncoder::webpEncodes()
{
    const PosterEncoder encoder(85, 80);
    auto bytes = encoder.encode(gradient(QSize(500, 750)), ImageFormat::WebP);
    QVERIFY(bytes);
    QBuffer buffer(&*bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    QCOMPARE(reader.format(), QByteArrayLiteral("webp"));
    QCOMPARE(reader.size(), QSize(500, 750));
    QCOMPARE(mimeType(ImageFormat::WebP), QByteArrayLiteral("image/webp"));
}

void tst_PosterEncoder::qualityIsClamped()
{
    const PosterEncoder encoder(10, 120);
    QCOMPARE(encoder.quality(ImageFormat::Jpeg), 70);
    QCOMPARE(encoder.quality(ImageFormat::WebP), 95);
}

QTEST_GUILESS_MAIN(tst_PosterEncoder)
#include "tst_posterencoder.moc"
