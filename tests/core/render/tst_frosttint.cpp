#include <QPainter>
#include <QTest>

#include "core/render/frosttint.h"
#include "core/render/imagefilters.h"

using Marquee::Render::FrostTint;
using Marquee::Render::ImageFilters;

class tst_FrostTint : public QObject
{
    Q_OBJECT

private slots:
    void dominantPrefersAChromaticColour();
    void darkImageFallsBackToTheBrightest();
    void defaultTintIsLightAndKeepsHue();
    void referenceTintReachesLuminanceFloor();
    void greyArtGivesANeutralTint();
    void inkContrastsWithTheSurface();
};

void tst_FrostTint::dominantPrefersAChromaticColour()
{
    QImage art(100, 100, QImage::Format_RGB32);
    art.fill(QColor(120, 120, 120));                        // large grey area
    QPainter(&art).fillRect(0, 0, 100, 30, QColor(30, 90, 200));  // a strong blue band
    const QColor dominant = FrostTint::sample(art).dominant();
    QVERIFY2(dominant.blue() > dominant.red() + 80, qPrintable(dominant.name()));
}

void tst_FrostTint::darkImageFallsBackToTheBrightest()
{
    QImage art(50, 50, QImage::Format_RGB32);
    art.fill(QColor(8, 8, 10));
    QPainter(&art).fillRect(0, 0, 10, 10, QColor(36, 34, 30));  // every colour is below V .16
    const QColor dominant = FrostTint::sample(art).dominant();
    QVERIFY2(dominant.value() >= 30, qPrintable(dominant.name()));
    QVERIFY(FrostTint::sample(QImage()).dominant().isValid());
}

void tst_FrostTint::defaultTintIsLightAndKeepsHue()
{
    QImage art(40, 40, QImage::Format_RGB32);
    art.fill(QColor(40, 160, 190));
    const QColor tint = FrostTint::sample(art).tint(1.2, false);
    QVERIFY(tint.valueF() > 0.8f);
    QVERIFY(qAbs(tint.hsvHueF() - QColor(40, 160, 190).hsvHueF()) < 0.03f);
    QVERIFY(tint.hsvSaturationF() < QColor(40, 160, 190).hsvSaturationF());
}

void tst_FrostTint::referenceTintReachesLuminanceFloor()
{
    QImage art(40, 40, QImage::Format_RGB32);
    art.fill(QColor(20, 20, 160));
    const QColor tint = FrostTint::sample(art).tint(1.0, true);
    QVERIFY(ImageFilters::luminance(tint) >= 0.55);
    QVERIFY(tint.blue() > tint.red());
}

void tst_FrostTint::greyArtGivesANeutralTint()
{
    QImage art(40, 40, QImage::Format_RGB32);
    art.fill(QColor(100, 100, 100));
    const QColor tint = FrostTint::sample(art).tint(2.0, false);
    QVERIFY(tint.hsvSaturationF() < 0.02f);
}

void tst_FrostTint::inkContrastsWithTheSurface()
{
    QCOMPARE(FrostTint::inkFor(QColor(230, 230, 230)), QColor(16, 16, 18));
    QCOMPARE(FrostTint::inkFor(QColor(20, 30, 60)), QColor(238, 238, 240));
}

QTEST_MAIN(tst_FrostTint)
#include "tst_frosttint.moc"
