#include <QPainter>
#include <QTest>

#include "core/render/artsnapshot.h"

using namespace Marquee::Render;

namespace {

QImage artOf(const QColor &left, const QColor &right)
{
    QImage art(500, 750, QImage::Format_RGB32);
    QPainter p(&art);
    p.fillRect(0, 0, 250, 750, left);
    p.fillRect(250, 0, 250, 750, right);
    p.fillRect(100, 500, 300, 200, QColor(30, 90, 200));
    return art;
}

} // namespace

class tst_ArtSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void init() { ArtSnapshot::clearCaches(); }
    void contentKeyFollowsThePixels();
    void memoisedResultsEqualFreshOnes();
    void frostedCoversTheClippedArea();
    void blurredReportsItsMeanColour();
};

void tst_ArtSnapshot::contentKeyFollowsThePixels()
{
    const ArtSnapshot a(artOf(Qt::red, Qt::yellow));
    const ArtSnapshot again(artOf(Qt::red, Qt::yellow)); // another buffer, the same pixels
    QImage changed = artOf(Qt::red, Qt::yellow);
    changed.setPixel(480, 20, qRgb(0, 0, 0));
    changed.setPixel(481, 20, qRgb(0, 0, 0));
    changed.setPixel(480, 21, qRgb(0, 0, 0));
    changed.setPixel(481, 21, qRgb(0, 0, 0)); // one pixel of the half-size copy
    QCOMPARE(a.contentKey(), again.contentKey());
    QVERIFY(a.contentKey() != ArtSnapshot(changed).contentKey());
    QVERIFY(a.contentKey() != ArtSnapshot(artOf(Qt::red, Qt::green)).contentKey());
    QVERIFY(ArtSnapshot().isNull());
}

// A second call (a cache hit) and a call after clearCaches() give what the plain analyses give.
void tst_ArtSnapshot::memoisedResultsEqualFreshOnes()
{
    const ArtSnapshot art(artOf(QColor(150, 40, 30), QColor(170, 60, 20)));
    const VignetteTint::Band band { 0.0, 0.4, false };
    VignetteTint::Params params;
    const VignetteTint fresh = VignetteTint::pick(art.image(), band, params);
    QVERIFY(fresh.isValid());
    for (int round = 0; round < 3; ++round) {
        if (round == 2)
            ArtSnapshot::clearCaches();
        const VignetteTint tint = art.vignetteTint(band, params);
        QCOMPARE(tint.isValid(), fresh.isValid());
        QCOMPARE(tint.color(), fresh.color());
        QCOMPARE(tint.columns(), fresh.columns());
        QCOMPARE(art.frostTint().dominant(), FrostTint::sample(art.image()).dominant());
    }
    // Other parameters are another entry, not the cached one.
    params.lightness = 2.2;
    QCOMPARE(art.vignetteTint(band, params).color(), VignetteTint::pick(art.image(), band, params).color());
    QVERIFY(art.vignetteTint(band, params).color() != fresh.color());
}

void tst_ArtSnapshot::frostedCoversTheClippedArea()
{
    const ArtSnapshot art(artOf(Qt::red, Qt::blue));
    QRect placed;
    const QImage reduced = art.frosted(QRect(-20, 600, 540, 300), 30, &placed);
    QCOMPARE(placed, QRect(0, 600, 500, 150));
    QVERIFY(!reduced.isNull());
    QVERIFY(reduced.width() < placed.width() / 2); // the blur worked on a reduced copy
    QCOMPARE(art.frosted(QRect(-20, 600, 540, 300), 30, nullptr), reduced); // memoised: identical
    QVERIFY(art.frosted(QRect(600, 0, 10, 10), 30, &placed).isNull());
    QVERIFY(placed.isEmpty());
}

void tst_ArtSnapshot::blurredReportsItsMeanColour()
{
    const ArtSnapshot art(artOf(QColor(200, 0, 0), QColor(200, 0, 0)));
    QRect placed;
    QColor mean;
    const QImage blurred = art.blurred(QRect(0, 0, 200, 100), 10, &placed, &mean);
    QCOMPARE(blurred.size(), QSize(200, 100));
    QCOMPARE(blurred.format(), QImage::Format_ARGB32_Premultiplied);
    QVERIFY(qAbs(mean.red() - 200) <= 1);
    QVERIFY(mean.green() <= 1);
}

QTEST_GUILESS_MAIN(tst_ArtSnapshot)
#include "tst_artsnapshot.moc"
