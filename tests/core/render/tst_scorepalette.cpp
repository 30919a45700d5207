#include <QTest>

#include "core/render/scorepalette.h"

using Marquee::Config::PaletteStop;
using Marquee::Render::ScorePalette;

class tst_ScorePalette : public QObject
{
    Q_OBJECT

private slots:
    void bands_data();
    void bands();
    void customPalettePicksTheHighestThresholdAtOrBelow_data();
    void customPalettePicksTheHighestThresholdAtOrBelow();
    void customDarkShadeIs72Percent();
    void emptyOrInvalidCustomFallsBackToClassic();
    void outOfRangeInputsClamp();
};

void tst_ScorePalette::bands_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("score");
    QTest::addColumn<QColor>("bright");
    QTest::addColumn<QColor>("dark");
    QTest::newRow("classic 49 red") << 0 << 49 << QColor(255, 80, 80) << QColor(160, 40, 40);
    QTest::newRow("classic 50 yellow") << 0 << 50 << QColor(255, 210, 90) << QColor(200, 150, 40);
    QTest::newRow("classic 84 green") << 0 << 84 << QColor(120, 255, 160) << QColor(40, 170, 90);
    QTest::newRow("classic 85 purple") << 0 << 85 << QColor(190, 140, 255) << QColor(186, 85, 211);
    QTest::newRow("six-band 16") << 1 << 16 << QColor(180, 30, 30) << QColor(120, 15, 15);
    QTest::newRow("six-band 17") << 1 << 17 << QColor(255, 70, 70) << QColor(200, 45, 45);
    QTest::newRow("six-band 49") << 1 << 49 << QColor(200, 130, 20) << QColor(150, 90, 10);
    QTest::newRow("six-band 66") << 1 << 66 << QColor(255, 215, 60) << QColor(210, 165, 30);
    QTest::newRow("six-band 83") << 1 << 83 << QColor(50, 160, 80) << QColor(25, 110, 50);
    QTest::newRow("six-band 84") << 1 << 84 << QColor(110, 245, 150) << QColor(60, 190, 100);
    QTest::newRow("metal 0 grey") << 2 << 0 << QColor(140, 140, 148) << QColor(90, 90, 98);
    QTest::newRow("metal 69 bronze") << 2 << 69 << QColor(210, 120, 50) << QColor(150, 80, 25);
    QTest::newRow("metal 70 silver") << 2 << 70 << QColor(218, 224, 240) << QColor(155, 165, 195);
    QTest::newRow("metal 100 gold") << 2 << 100 << QColor(255, 210, 60) << QColor(200, 150, 25);
}

void tst_ScorePalette::bands()
{
    QFETCH(int, mode);
    QFETCH(int, score);
    QFETCH(QColor, bright);
    QFETCH(QColor, dark);
    const ScorePalette palette(mode, {});
    QCOMPARE(palette.shades(score).bright, bright);
    QCOMPARE(palette.shades(score).dark, dark);
}

void tst_ScorePalette::customPalettePicksTheHighestThresholdAtOrBelow_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<QColor>("expected");
    QTest::newRow("below every threshold → first entry") << 5 << QColor(0xff, 0x00, 0x00);
    QTest::newRow("exactly on a threshold") << 60 << QColor(0x00, 0xff, 0x00);
    QTest::newRow("between thresholds") << 79 << QColor(0x00, 0xff, 0x00);
    QTest::newRow("top") << 100 << QColor(0x00, 0x00, 0xff);
}

void tst_ScorePalette::customPalettePicksTheHighestThresholdAtOrBelow()
{
    QFETCH(int, score);
    QFETCH(QColor, expected);
    // Deliberately unsorted: the palette sorts its stops.
    const ScorePalette palette(3, {{80, QColor(0, 0, 255)}, {20, QColor(255, 0, 0)}, {60, QColor(0, 255, 0)}});
    QCOMPARE(palette.shades(score).bright, expected);
}

void tst_ScorePalette::customDarkShadeIs72Percent()
{
    const ScorePalette palette(3, {{0, QColor(200, 100, 50)}});
    const QColor dark = palette.shades(50).dark;
    QVERIFY(qAbs(dark.red() - 144) <= 1);
    QVERIFY(qAbs(dark.green() - 72) <= 1);
    QVERIFY(qAbs(dark.blue() - 36) <= 1);
}

void tst_ScorePalette::emptyOrInvalidCustomFallsBackToClassic()
{
    QCOMPARE(ScorePalette(3, {}).shades(90).bright, QColor(190, 140, 255));
    QCOMPARE(ScorePalette(3, {{10, QColor()}}).shades(40).bright, QColor(255, 80, 80));
}

void tst_ScorePalette::outOfRangeInputsClamp()
{
    QCOMPARE(ScorePalette(9, {}).mode(), 3);
    QCOMPARE(ScorePalette(-1, {}).mode(), 0);
    QCOMPARE(ScorePalette(2, {}).shades(-20).bright, QColor(140, 140, 148));
    QCOMPARE(ScorePalette(2, {}).shades(400).bright, QColor(255, 210, 60));
}

QTEST_MAIN(tst_ScorePalette)
#include "tst_scorepalette.moc"
