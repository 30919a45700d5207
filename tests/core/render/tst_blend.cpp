#include <QLinearGradient>
#include <QPainter>
#include <QTest>

#include "core/render/blend.h"

using Marquee::Render::Blend;

namespace {

// A canvas and a layer with every kind of pixel the vignette blends: opaque, translucent, empty,
// dark and bright, so each lane of the vector path and the scalar tail are exercised.
QImage canvasOf(QImage::Format format)
{
    QImage canvas(37, 23, format);
    QPainter p(&canvas);
    QLinearGradient g(0, 0, 37, 23);
    g.setColorAt(0, QColor(250, 10, 120));
    g.setColorAt(1, QColor(5, 200, 60));
    p.setCompositionMode(QPainter::CompositionMode_Source);
    p.fillRect(canvas.rect(), g);
    return canvas;
}

QImage layerOf()
{
    QImage layer(29, 17, QImage::Format_ARGB32_Premultiplied);
    layer.fill(Qt::transparent);
    QPainter p(&layer);
    QLinearGradient g(0, 0, 29, 0);
    g.setColorAt(0, QColor(30, 60, 200, 0));
    g.setColorAt(0.5, QColor(40, 70, 60, 140));
    g.setColorAt(1, QColor(90, 20, 10, 255));
    p.fillRect(QRect(0, 0, 29, 12), g);
    p.fillRect(QRect(3, 12, 20, 5), QColor(0, 0, 0, 77));
    return layer;
}

// A vertical ramp in one column, as the vignette builds it.
QImage rampColumn(int height)
{
    QImage column(1, height, QImage::Format_ARGB32_Premultiplied);
    column.fill(Qt::transparent);
    QLinearGradient ramp(0, 0, 0, height);
    ramp.setColorAt(0, QColor(0, 0, 0, 0));
    ramp.setColorAt(0.7, QColor(0, 0, 0, 200));
    ramp.setColorAt(1, QColor(0, 0, 0, 255));
    QPainter(&column).fillRect(column.rect(), ramp);
    return column;
}

int maxDifference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = qMax(worst, qMax(qMax(qAbs(qRed(p) - qRed(q)), qAbs(qGreen(p) - qGreen(q))),
                                     qMax(qAbs(qBlue(p) - qBlue(q)), qAbs(qAlpha(p) - qAlpha(q)))));
        }
    }
    return worst;
}

} // namespace

class tst_Blend : public QObject
{
    Q_OBJECT

private slots:
    void darkenMatchesQPainter_data();
    void darkenMatchesQPainter();
    void darkenFallsBackUnderATransform();
    void maskRowsMatchesDestinationIn();
    void drawMaskedRowsMatchesMaskThenDraw_data();
    void drawMaskedRowsMatchesMaskThenDraw();
    void tintBandMatchesTheLayerSteps_data();
    void tintBandMatchesTheLayerSteps();
    void repeatFirstRow();
};

void tst_Blend::darkenMatchesQPainter_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<qreal>("opacity");
    QTest::addColumn<QPoint>("at");
    QTest::newRow("rgb32, vignette opacity") << int(QImage::Format_RGB32) << 0.35 << QPoint(3, 2);
    QTest::newRow("premultiplied, full opacity") << int(QImage::Format_ARGB32_Premultiplied) << 1.0 << QPoint(0, 0);
    QTest::newRow("clipped at the corner") << int(QImage::Format_RGB32) << 0.6 << QPoint(20, 15);
    QTest::newRow("negative offset") << int(QImage::Format_RGB32) << 0.5 << QPoint(-5, -4);
}

void tst_Blend::darkenMatchesQPainter()
{
    QFETCH(int, format);
    QFETCH(qreal, opacity);
    QFETCH(QPoint, at);
    const QImage layer = layerOf();
    QImage expected = canvasOf(QImage::Format(format));
    {
        QPainter p(&expected);
        p.setCompositionMode(QPainter::CompositionMode_Darken);
        p.setOpacity(opacity);
        p.drawImage(at, layer);
    }
    QImage actual = canvasOf(QImage::Format(format));
    {
        QPainter p(&actual);
        Blend::darken(p, at, layer, opacity);
        QCOMPARE(p.compositionMode(), QPainter::CompositionMode_SourceOver);  // state left alone
        QCOMPARE(p.opacity(), 1.0);
    }
    // Exact at full opacity; at partial opacity Qt's rounding differs by at most one level.
    QVERIFY(maxDifference(actual, expected) <= (opacity < 1.0 ? 1 : 0));
    QVERIFY(maxDifference(actual, canvasOf(QImage::Format(format))) > 20);  // it did darken something
}

void tst_Blend::darkenFallsBackUnderATransform()
{
    const QImage layer = layerOf();
    QImage expected = canvasOf(QImage::Format_RGB32);
    QImage actual = expected.copy();
    {
        QPainter p(&expected);
        p.translate(2.5, 1);
        p.setCompositionMode(QPainter::CompositionMode_Darken);
        p.setOpacity(0.4);
        p.drawImage(QPoint(1, 1), layer);
    }
    {
        QPainter p(&actual);
        p.translate(2.5, 1);
        Blend::darken(p, QPoint(1, 1), layer, 0.4);
    }
    QCOMPARE(maxDifference(actual, expected), 0);
}

void tst_Blend::maskRowsMatchesDestinationIn()
{
    QImage column(1, 17, QImage::Format_ARGB32_Premultiplied);
    column.fill(Qt::transparent);
    QLinearGradient ramp(0, 0, 0, 17);
    ramp.setColorAt(0, QColor(0, 0, 0, 0));
    ramp.setColorAt(0.7, QColor(0, 0, 0, 200));
    ramp.setColorAt(1, QColor(0, 0, 0, 255));
    QPainter(&column).fillRect(column.rect(), ramp);
    QImage expected = layerOf();
    {
        QPainter p(&expected);
        p.setCompositionMode(QPainter::CompositionMode_DestinationIn);
        p.fillRect(expected.rect(), ramp);
    }
    QImage actual = layerOf();
    Blend::maskRows(actual, column);
    QCOMPARE(maxDifference(actual, expected), 0);
}

void tst_Blend::drawMaskedRowsMatchesMaskThenDraw_data()
{
    QTest::addColumn<QPoint>("at");
    QTest::addColumn<QTransform>("transform");
    QTest::newRow("inside") << QPoint(4, 3) << QTransform();
    QTest::newRow("over the edge") << QPoint(-6, 12) << QTransform();
    QTest::newRow("rotated: QPainter fallback") << QPoint(4, 3) << QTransform().rotate(10);
}

void tst_Blend::drawMaskedRowsMatchesMaskThenDraw()
{
    QFETCH(QPoint, at);
    QFETCH(QTransform, transform);
    const QImage image = layerOf();
    const QImage column = rampColumn(image.height());
    QImage expected = canvasOf(QImage::Format_RGB32);
    {
        QImage masked = image;
        Blend::maskRows(masked, column);
        QPainter p(&expected);
        p.setTransform(transform);
        p.drawImage(at, masked);
    }
    QImage actual = canvasOf(QImage::Format_RGB32);
    {
        QPainter p(&actual);
        p.setTransform(transform);
        Blend::drawMaskedRows(p, at, image, column);
    }
    QCOMPARE(maxDifference(actual, expected), 0);
}

void tst_Blend::tintBandMatchesTheLayerSteps_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QPoint>("at");
    QTest::newRow("rgb32") << int(QImage::Format_RGB32) << QPoint(2, 5);
    QTest::newRow("premultiplied over the edge") << int(QImage::Format_ARGB32_Premultiplied) << QPoint(15, 12);
}

// The fused band equals its three steps: a layer of the row masked by the ramp, drawn, then darkened.
void tst_Blend::tintBandMatchesTheLayerSteps()
{
    QFETCH(int, format);
    QFETCH(QPoint, at);
    QImage row(29, 1, QImage::Format_ARGB32_Premultiplied);
    for (int x = 0; x < row.width(); ++x)
        row.setPixel(x, 0, qRgb(20 + x * 8, 200 - x * 5, 90));
    const QImage column = rampColumn(17);
    QImage layer(29, 17, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < 17; ++y)
        memcpy(layer.scanLine(y), row.constScanLine(0), 29 * 4);
    Blend::maskRows(layer, column);
    QImage expected = canvasOf(QImage::Format(format));
    {
        QPainter p(&expected);
        p.drawImage(at, layer);
        Blend::darken(p, at, layer, 0.35);
    }
    QImage actual = canvasOf(QImage::Format(format));
    {
        QPainter p(&actual);
        Blend::tintBand(p, at, row, column, 0.35);
    }
    QCOMPARE(maxDifference(actual, expected), 0);
    QVERIFY(maxDifference(actual, canvasOf(QImage::Format(format))) > 20);
}

void tst_Blend::repeatFirstRow()
{
    QImage image(5, 4, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    for (int x = 0; x < 5; ++x)
        image.setPixel(x, 0, qRgba(x * 40, 0, 0, 255));
    const QImage shared = image;  // a shallow copy must not see the change
    Blend::repeatFirstRow(image);
    for (int y = 1; y < 4; ++y) {
        for (int x = 0; x < 5; ++x)
            QCOMPARE(image.pixel(x, y), image.pixel(x, 0));
    }
    QCOMPARE(shared.pixel(2, 3), 0u);
}

QTEST_MAIN(tst_Blend)
#include "tst_blend.moc"
