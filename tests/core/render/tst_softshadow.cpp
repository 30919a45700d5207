#include <QPainter>
#include <QTest>

#include "core/render/softshadow.h"

using namespace Marquee::Render;

namespace {

QImage canvas()
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(QColor(200, 190, 170));
    return image;
}

// A rotated, sub-pixel-placed shape like the sash label: the worst case for reusing a mask.
void drawShape(QPainter &p)
{
    p.setBrush(Qt::black);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(10.3, 12.6, 50.5, 18.2), 6, 6);
    p.drawEllipse(QRectF(70.25, 20, 20, 30));
}

QImage shadowed(const QTransform &transform, const QByteArray &key, const ShadowStyle &style)
{
    QImage image = canvas();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setTransform(transform);
    SoftShadow::paint(p, QRectF(10, 12, 82, 40), style, drawShape, key);
    return image;
}

} // namespace

Q_DECLARE_METATYPE(Marquee::Render::ShadowStyle)

class tst_SoftShadow : public QObject
{
    Q_OBJECT

private slots:
    void init() { SoftShadow::maskCache().clear(); }
    void keyedShadowIsIdenticalColdAndWarm_data();
    void keyedShadowIsIdenticalColdAndWarm();
    void transformIsPartOfTheKey();
    void spriteMaskMatchesPaintForSprite();
    void colouredShadowIsTinted();
    void invisibleShadowDrawsNothing();
};

void tst_SoftShadow::keyedShadowIsIdenticalColdAndWarm_data()
{
    QTest::addColumn<QTransform>("transform");
    QTest::addColumn<ShadowStyle>("style");
    QTest::newRow("plain black") << QTransform() << ShadowStyle {QColor(0, 0, 0, 200), 1.0, QPointF(0.7, 0.7)};
    QTest::newRow("rotated wide blur") << QTransform().translate(60, -10).rotate(45)
                                       << ShadowStyle {QColor(0, 0, 0, 150), 5.0, QPointF(0, 2.5)};
    QTest::newRow("coloured glow") << QTransform().translate(0.5, 0.25)
                                   << ShadowStyle {QColor(255, 160, 0, 180), 3.0, QPointF(0, 0)};
}

void tst_SoftShadow::keyedShadowIsIdenticalColdAndWarm()
{
    QFETCH(QTransform, transform);
    QFETCH(ShadowStyle, style);
    const QImage uncached = shadowed(transform, QByteArray(), style);
    QCOMPARE(SoftShadow::maskCache().count(), 0);
    const QImage cold = shadowed(transform, "shape", style);
    QCOMPARE(SoftShadow::maskCache().count(), 1);
    const QImage warm = shadowed(transform, "shape", style);
    QCOMPARE(SoftShadow::maskCache().count(), 1);
    QVERIFY(uncached != canvas());  // a shadow was drawn
    QCOMPARE(cold, uncached);
    QCOMPARE(warm, uncached);
}

void tst_SoftShadow::transformIsPartOfTheKey()
{
    const ShadowStyle style {QColor(0, 0, 0, 200), 2.0, QPointF(1, 1)};
    const QImage a = shadowed(QTransform(), "shape", style);
    // Same content key, shifted by a quarter pixel: a different mask, so a different entry.
    const QImage b = shadowed(QTransform::fromTranslate(0.25, 0), "shape", style);
    QCOMPARE(SoftShadow::maskCache().count(), 2);
    QCOMPARE(b, shadowed(QTransform::fromTranslate(0.25, 0), QByteArray(), style));
    QVERIFY(a != b);
    // And a different blur is a different entry too.
    shadowed(QTransform(), "shape", ShadowStyle {QColor(0, 0, 0, 200), 3.0, QPointF(1, 1)});
    QCOMPARE(SoftShadow::maskCache().count(), 3);
}

void tst_SoftShadow::spriteMaskMatchesPaintForSprite()
{
    QImage sprite(40, 20, QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    QPainter(&sprite).fillRect(QRect(5, 4, 30, 12), QColor(30, 200, 90, 220));
    const ShadowStyle style {QColor(0, 0, 0, 120), 4.0, QPointF(0, 2)};
    QImage direct = canvas();
    {
        QPainter p(&direct);
        SoftShadow::paintForSprite(p, sprite, QPoint(30, 25), style);
    }
    QImage viaMask = canvas();
    {
        QPainter p(&viaMask);
        const ShadowMask mask = SoftShadow::spriteMask(sprite, QPoint(0, 0), style.blur);
        QCOMPARE(mask.alpha.format(), QImage::Format_Alpha8);
        QVERIFY(mask.alpha.width() > sprite.width());  // padded for the spread
        SoftShadow::drawMask(p, ShadowMask {mask.alpha, mask.topLeft + QPoint(30, 25)}, style);
    }
    QVERIFY(direct != canvas());
    QCOMPARE(viaMask, direct);
}

void tst_SoftShadow::colouredShadowIsTinted()
{
    QImage image(60, 40, QImage::Format_RGB32);
    image.fill(Qt::black);
    {
        QPainter p(&image);
        SoftShadow::paint(p, QRectF(20, 10, 20, 20), ShadowStyle {QColor(255, 0, 0, 255), 2.0, QPointF()},
                          [](QPainter &mp) { mp.fillRect(QRectF(20, 10, 20, 20), Qt::black); }, "square");
    }
    const QRgb centre = image.pixel(30, 20);
    QVERIFY(qRed(centre) > 200);
    QCOMPARE(qGreen(centre), 0);
    QCOMPARE(qBlue(centre), 0);
}

void tst_SoftShadow::invisibleShadowDrawsNothing()
{
    const QImage plain = canvas();
    QCOMPARE(shadowed(QTransform(), "shape", ShadowStyle {QColor(0, 0, 0, 0), 2.0, QPointF()}), plain);
    QCOMPARE(SoftShadow::maskCache().count(), 0);
    QImage image = canvas();
    {
        QPainter p(&image);
        SoftShadow::drawMask(p, ShadowMask(), ShadowStyle());
        SoftShadow::paintForSprite(p, QImage(), QPoint(), ShadowStyle());
    }
    QCOMPARE(image, plain);
}

QTEST_MAIN(tst_SoftShadow)
#include "tst_softshadow.moc"
