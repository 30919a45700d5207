#include <QLinearGradient>
#include <QPainter>
#include <QTest>

#include "core/render/cachedlayer.h"

using Marquee::Render::CachedLayer;

namespace {

// A rotated gradient band with hard-edged borders, like the sash ribbon.
void ribbon(QPainter &p)
{
    QLinearGradient body(0, -12, 0, 12);
    body.setColorAt(0, QColor(120, 20, 20, 230));
    body.setColorAt(0.5, QColor(230, 60, 40));
    body.setColorAt(1, QColor(120, 20, 20, 230));
    p.fillRect(QRectF(-60, -12, 120, 24), body);
    p.fillRect(QRectF(-60, -12, 120, 2), QColor(255, 220, 200));
}

QImage canvas()
{
    QImage image(100, 90, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, 100, 90);
    g.setColorAt(0, QColor(10, 40, 90));
    g.setColorAt(1, QColor(200, 180, 40));
    p.fillRect(image.rect(), g);
    return image;
}

QImage drawn(bool cached, const QTransform &transform)
{
    QImage image = canvas();
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    p.setTransform(transform);
    if (cached)
        CachedLayer::paint(p, QRectF(-60, -12, 120, 24), "ribbon", ribbon);
    else
        ribbon(p);
    return image;
}

int maxDifference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = qMax(worst, qMax(qAbs(qRed(p) - qRed(q)), qMax(qAbs(qGreen(p) - qGreen(q)), qAbs(qBlue(p) - qBlue(q)))));
        }
    }
    return worst;
}

} // namespace

class tst_CachedLayer : public QObject
{
    Q_OBJECT

private slots:
    void init() { CachedLayer::cache().clear(); }
    void looksLikeDirectPainting_data();
    void looksLikeDirectPainting();
    void placementIsPartOfTheKey();
};

void tst_CachedLayer::looksLikeDirectPainting_data()
{
    QTest::addColumn<QTransform>("transform");
    QTest::newRow("rotated corner ribbon") << QTransform().translate(70, 20).rotate(45);
    QTest::newRow("off the canvas edge") << QTransform().translate(95.5, 50.25).rotate(-30);
}

void tst_CachedLayer::looksLikeDirectPainting()
{
    QFETCH(QTransform, transform);
    const QImage direct = drawn(false, transform);
    const QImage cold = drawn(true, transform);
    QCOMPARE(CachedLayer::cache().count(), 1);
    const QImage warm = drawn(true, transform);
    QCOMPARE(CachedLayer::cache().count(), 1);
    QCOMPARE(warm, cold);  // the cached sprite, exactly
    // Compositing a layer rounds premultiplied values once more than painting directly.
    QVERIFY2(maxDifference(cold, direct) <= 2, qPrintable(QString::number(maxDifference(cold, direct))));
    QVERIFY(maxDifference(cold, canvas()) > 50);  // the ribbon is there
}

void tst_CachedLayer::placementIsPartOfTheKey()
{
    drawn(true, QTransform().translate(50, 40).rotate(45));
    const QImage moved = drawn(true, QTransform().translate(50.5, 40).rotate(45));
    QCOMPARE(CachedLayer::cache().count(), 2);
    QVERIFY(maxDifference(moved, drawn(false, QTransform().translate(50.5, 40).rotate(45))) <= 2);
}

QTEST_MAIN(tst_CachedLayer)
#include "tst_cachedlayer.moc"
