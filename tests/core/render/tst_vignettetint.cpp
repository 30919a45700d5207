#include <QPainter>
#include <QTest>

#include "core/render/vignettetint.h"

using namespace Marquee;
using Render::VignetteTint;

namespace {

const VignetteTint::Band Bottom {0.5, 1.0, true};

QImage solid(const QColor &color)
{
    QImage image(250, 375, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

// Left `share` of the width in `left`, the rest in `right`.
QImage split(const QColor &left, const QColor &right, qreal share = 0.5)
{
    QImage image = solid(right);
    QPainter p(&image);
    p.fillRect(QRectF(0, 0, image.width() * share, image.height()), left);
    return image;
}

qreal saturationOf(const QColor &c)
{
    return c.hsvSaturationF();
}

} // namespace

class tst_VignetteTint : public QObject
{
    Q_OBJECT

private slots:
    void huePick_data();
    void huePick();
    void uncolouredArtGivesABlackBand_data();
    void uncolouredArtGivesABlackBand();
    void twoColourSeamIsRejected();
    void saturationAndLightnessShapeTheColour();
    void chromaStaysUnderTheCeiling();
    void rampWalksTowardTheSecondaryHue();
    void blurBlendsLocalColumns();
    void localWeightsTheSeam();
};

void tst_VignetteTint::huePick_data()
{
    QTest::addColumn<QColor>("color");
    QTest::addColumn<qreal>("hue");
    QTest::newRow("blue") << QColor(30, 60, 200) << qreal(QColor(30, 60, 200).hsvHueF());
    QTest::newRow("orange") << QColor(220, 120, 30) << qreal(QColor(220, 120, 30).hsvHueF());
    QTest::newRow("dark teal") << QColor(10, 70, 60) << qreal(QColor(10, 70, 60).hsvHueF());
}

void tst_VignetteTint::huePick()
{
    QFETCH(QColor, color);
    QFETCH(qreal, hue);
    const VignetteTint::HuePick pick = VignetteTint::dominantHue(solid(color), Bottom, true);
    QVERIFY(pick.found);
    QVERIFY(!pick.rivalled);
    QVERIFY2(qAbs(pick.hue - hue) < 0.01, qPrintable(QString::number(pick.hue)));
    const VignetteTint tint = VignetteTint::pick(solid(color), Bottom, {});
    QVERIFY(tint.isValid());
    QVERIFY(tint.matchesNotch());
    QCOMPARE(tint.confidence(), 1.0);
    QVERIFY2(qAbs(tint.color().hsvHueF() - hue) < 0.03, qPrintable(tint.color().name()));
}

void tst_VignetteTint::uncolouredArtGivesABlackBand_data()
{
    QTest::addColumn<QImage>("art");
    QTest::newRow("grey") << solid(QColor(128, 128, 128));
    QTest::newRow("near black") << solid(QColor(12, 4, 4));  // below V .06 nothing counts
    QTest::newRow("null") << QImage();
}

void tst_VignetteTint::uncolouredArtGivesABlackBand()
{
    QFETCH(QImage, art);
    const VignetteTint tint = VignetteTint::pick(art, Bottom, {});
    QVERIFY(!tint.isValid());
    QVERIFY(!tint.matchesNotch());
}

void tst_VignetteTint::twoColourSeamIsRejected()
{
    // Red and cyan in equal measure: no single tint suits the band.
    const QImage art = split(QColor(200, 30, 30), QColor(30, 190, 200));
    QVERIFY(VignetteTint::dominantHue(art, Bottom, true).rivalled);
    QVERIFY(!VignetteTint::pick(art, Bottom, {}).isValid());
    // A clear majority is no rivalry.
    const QImage mostlyRed = split(QColor(200, 30, 30), QColor(30, 190, 200), 0.8);
    QVERIFY(VignetteTint::pick(mostlyRed, Bottom, {}).isValid());
}

void tst_VignetteTint::saturationAndLightnessShapeTheColour()
{
    const qreal hue = QColor(40, 80, 200).hsvHueF();
    VignetteTint::Params params;
    const QColor normal = VignetteTint::bandColor(hue, 0.7, params);
    params.saturation = 0;
    const QColor grey = VignetteTint::bandColor(hue, 0.7, params);
    QVERIFY2(qAbs(grey.red() - grey.blue()) <= 2 && qAbs(grey.green() - grey.blue()) <= 2, qPrintable(grey.name()));
    params.saturation = 1.0;
    QVERIFY(saturationOf(VignetteTint::bandColor(hue, 0.7, params)) < saturationOf(normal));
    params = {};
    params.lightness = 2.2;
    QVERIFY(VignetteTint::bandColor(hue, 0.7, params).lightnessF() > normal.lightnessF() + 0.1);
    params.lightness = 0.4;
    QVERIFY(VignetteTint::bandColor(hue, 0.7, params).lightnessF() < normal.lightnessF() - 0.05);
}

void tst_VignetteTint::chromaStaysUnderTheCeiling()
{
    // A fully saturated blue at V .49 has a CIELAB chroma near 60; the default ceiling is 27, so the band
    // colour is far less saturated than the sample.
    const QColor c = VignetteTint::bandColor(0.66, 1.0, {});
    QVERIFY2(c.hsvSaturationF() < 0.75, qPrintable(c.name()));
    QVERIFY2(c.blue() > c.red() && c.blue() > c.green(), qPrintable(c.name()));
}

void tst_VignetteTint::rampWalksTowardTheSecondaryHue()
{
    // Mostly orange on the left, a related rose on the right (hue distance ≈ .1).
    const QImage art = split(QColor(230, 130, 40), QColor(220, 60, 110), 0.62);
    VignetteTint::Params ramp;
    const VignetteTint withRamp = VignetteTint::pick(art, Bottom, ramp);
    QVERIFY(withRamp.isValid());
    QVERIFY(withRamp.secondary().isValid());
    const auto &cols = withRamp.columns();
    QVERIFY2(cols.front() != cols.back(), qPrintable(cols.front().name() + QLatin1Char(' ') + cols.back().name()));
    QVERIFY(cols.back().blue() > cols.front().blue());  // toward the rose at the right
    ramp.ramp = false;
    const VignetteTint flat = VignetteTint::pick(art, Bottom, ramp);
    QVERIFY(!flat.secondary().isValid());
    QCOMPARE(flat.columns().front(), flat.columns().back());
}

void tst_VignetteTint::blurBlendsLocalColumns()
{
    // Blue on the left third, green-teal elsewhere: close enough in hue to be one band, distinct per column.
    const QImage art = split(QColor(40, 90, 210), QColor(30, 170, 150), 0.3);
    VignetteTint::Params params;
    params.ramp = false;
    params.blur = 1.0;
    const VignetteTint uniform = VignetteTint::pick(art, Bottom, params);
    QVERIFY(uniform.isValid());
    QCOMPARE(uniform.columns().front(), uniform.columns().back());
    params.blur = 0.0;
    const VignetteTint local = VignetteTint::pick(art, Bottom, params);
    QVERIFY(local.columns().front().hsvHueF() > local.columns().back().hsvHueF() + 0.05);  // blue vs teal
}

void tst_VignetteTint::localWeightsTheSeam()
{
    // Red band region, a green stripe just above the band's inner edge (inside the seam only).
    QImage art = solid(QColor(200, 40, 40));
    QPainter p(&art);
    p.fillRect(QRectF(0, art.height() * 0.43, art.width(), art.height() * 0.07), QColor(40, 200, 60));
    p.end();
    QVERIFY(VignetteTint::dominantHue(art, Bottom, false).support
            > VignetteTint::dominantHue(art, Bottom, true).support);
}

QTEST_GUILESS_MAIN(tst_VignetteTint)
#include "tst_vignettetint.moc"
