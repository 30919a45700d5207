#include <QLinearGradient>
#include <QPainter>
#include <QScopeGuard>
#include <QTest>

#include "core/render/imagefilters.h"
#include "core/render/tintedband.h"

using Marquee::Render::ImageFilters;
using Marquee::Render::TintedBand;

namespace {

// An opaque canvas with bright and dark areas, so the Darken step both acts and stays idle.
QImage canvasOf(QSize size)
{
    QImage canvas(size, QImage::Format_RGB32);
    QPainter p(&canvas);
    QLinearGradient g(0, 0, size.width(), size.height());
    g.setColorAt(0, QColor(250, 10, 120));
    g.setColorAt(0.5, QColor(240, 240, 235));
    g.setColorAt(1, QColor(5, 200, 60));
    p.fillRect(canvas.rect(), g);
    return canvas;
}

// A small "reduced frost" of a few colours.
QImage frostOf(QSize size)
{
    QImage frost(size, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            frost.setPixel(x, y, qRgb(30 + 40 * x, 200 - 30 * y, 90 + 10 * (x ^ y)));
    }
    return frost;
}

std::vector<uchar> rampOf(int rows, int peak)
{
    std::vector<uchar> alphas(static_cast<size_t>(rows));
    for (int i = 0; i < rows; ++i)
        alphas[size_t(i)] = uchar(qRound(peak * std::pow((i + 0.5) / rows, 1.5)));
    return alphas;
}

// A layer whose row y is `row` (premultiplied colours) scaled by alphas[y].
QImage maskedLayer(const QImage &rows, const std::vector<uchar> &alphas)
{
    QImage layer = rows.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < layer.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(layer.scanLine(y));
        for (int x = 0; x < layer.width(); ++x) {
            const QRgb p = line[x];
            const auto scale = [&](int v) { return (v * alphas[size_t(y)] + 127) / 255; };
            line[x] = qRgba(scale(qRed(p)), scale(qGreen(p)), scale(qBlue(p)), scale(qAlpha(p)));
        }
    }
    return layer;
}

// What the band means, drawn with QPainter: frost layer over, tint layer over, tint again Darken.
QImage reference(const TintedBand &band, QImage canvas)
{
    QPainter p(&canvas);
    if (!band.frost.isNull()) {
        const QImage stretched = ImageFilters::scaled(band.frost, band.area.size());
        p.drawImage(band.area.topLeft(), maskedLayer(stretched, band.frostAlpha));
    }
    QImage tintRows(band.area.size(), QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < tintRows.height(); ++y) {
        for (int x = 0; x < tintRows.width(); ++x)
            tintRows.setPixel(x, y, band.tint[size_t(x)] | 0xff000000u);
    }
    const QImage tint = maskedLayer(tintRows, band.tintAlpha);
    p.drawImage(band.area.topLeft(), tint);
    p.setCompositionMode(QPainter::CompositionMode_Darken);
    p.setOpacity(band.darkenOpacity);
    p.drawImage(band.area.topLeft(), tint);
    return canvas;
}

int maxDifference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = qMax(worst,
                qMax(qMax(qAbs(qRed(p) - qRed(q)), qAbs(qGreen(p) - qGreen(q))), qAbs(qBlue(p) - qBlue(q))));
        }
    }
    return worst;
}

TintedBand bandOf(const QRect &area, bool frosted)
{
    TintedBand band;
    band.area = area;
    if (frosted) {
        band.frost = frostOf(QSize(qMax(2, area.width() / 5), qMax(2, area.height() / 4)));
        band.frostAlpha = rampOf(area.height(), 255);
    }
    for (int x = 0; x < area.width(); ++x)
        band.tint.push_back(qRgb(20 + x * 3 % 200, 120 - x % 90, 60));
    band.tintAlpha = rampOf(area.height(), 210);
    return band;
}

} // namespace

class tst_TintedBand : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheThreeLayers_data();
    void matchesTheThreeLayers();
    void clipsToTheCanvas();
    void convertsOtherFormats();
};

void tst_TintedBand::matchesTheThreeLayers_data()
{
    QTest::addColumn<QRect>("area");
    QTest::addColumn<bool>("frosted");
    QTest::addColumn<bool>("wide");
    // Widths that are and are not multiples of the vector steps, so the tails run too; with AVX2
    // and with SSE2 only (on a CPU without AVX2 both rows take the SSE2 path).
    for (const bool wide : { true, false }) {
        const char *path = wide ? "avx2" : "sse2";
        QTest::addRow("%s: frost and tint", path) << QRect(0, 20, 64, 40) << true << wide;
        QTest::addRow("%s: odd width, offset", path) << QRect(3, 7, 37, 29) << true << wide;
        QTest::addRow("%s: tint only", path) << QRect(0, 0, 41, 33) << false << wide;
    }
}

// The fused pass paints what the three layers paint one by one, within four levels (its weights are
// 7-bit, and the stretch of the frost is folded in instead of rounded to bytes first).
void tst_TintedBand::matchesTheThreeLayers()
{
    QFETCH(QRect, area);
    QFETCH(bool, frosted);
    QFETCH(bool, wide);
    TintedBand::useWideVectors(wide);
    const auto restore = qScopeGuard([] { TintedBand::useWideVectors(true); });
    const TintedBand band = bandOf(area, frosted);
    const QImage before = canvasOf(QSize(64, 64));
    QImage actual = before;
    band.paint(actual);
    const QImage expected = reference(band, before);
    QVERIFY2(
        maxDifference(actual, expected) <= 4, qPrintable(QString::number(maxDifference(actual, expected))));
    QVERIFY(maxDifference(actual, before) > 40); // the band really painted
    // Outside the band nothing moved.
    QCOMPARE(actual.copy(0, 0, 64, area.top()), before.copy(0, 0, 64, area.top()));
    QCOMPARE(actual.format(), QImage::Format_RGB32);
}

void tst_TintedBand::clipsToTheCanvas()
{
    const TintedBand band = bandOf(QRect(-10, 40, 90, 40), true);
    const QImage before = canvasOf(QSize(64, 64));
    QImage actual = before;
    band.paint(actual); // must not write outside the canvas (ASan/valgrind would tell)
    QCOMPARE(actual.size(), QSize(64, 64));
    QVERIFY(maxDifference(actual.copy(0, 50, 64, 14), before.copy(0, 50, 64, 14)) > 20);
    QCOMPARE(actual.copy(0, 0, 64, 40), before.copy(0, 0, 64, 40));
}

void tst_TintedBand::convertsOtherFormats()
{
    const TintedBand band = bandOf(QRect(0, 0, 32, 32), true);
    QImage rgb = canvasOf(QSize(32, 32));
    QImage premultiplied = rgb.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    band.paint(rgb);
    band.paint(premultiplied);
    QCOMPARE(premultiplied.format(), QImage::Format_RGB32);
    QCOMPARE(maxDifference(rgb, premultiplied), 0);
}

QTEST_GUILESS_MAIN(tst_TintedBand)
#include "tst_tintedband.moc"
