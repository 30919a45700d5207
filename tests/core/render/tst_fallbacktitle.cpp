#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>

#include "core/render/fallbacktitle.h"
#include "core/render/fontbook.h"

using Marquee::Render::FallbackTitle;
using Marquee::Render::FontBook;

class tst_FallbackTitle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void largestSizeThatFits();
    void wrapsGreedilyOverTwoLines();
    void shrinksUntilEveryWordFits();
    void elidesWordWiseAtTheSmallestSize();
    void emptyTitleOrEnvelopeLaysOutNothing();
    void paintsWhiteTextWithADarkShadow();

private:
    FontBook *m_fonts = nullptr;
};

void tst_FallbackTitle::initTestCase()
{
    static FontBook fonts;
    QVERIFY(fonts.isValid());
    m_fonts = &fonts;
}

void tst_FallbackTitle::largestSizeThatFits()
{
    const QFont font = m_fonts->titleFont(QStringLiteral("Action"), 100);
    const FallbackTitle::Layout big = FallbackTitle::layout(QStringLiteral("Up"), font, QSizeF(375, 170), {195, 12, 2, 2});
    QCOMPARE(big.lines, QStringList {QStringLiteral("Up")});
    QVERIFY(big.size.height() <= 170);
    // One step (2 px) larger would not fit.
    QFont larger = big.font;
    larger.setPixelSize(big.font.pixelSize() + 2);
    const QFontMetricsF m(larger);
    QVERIFY(m.capHeight() + m.descent() > 170 || m.horizontalAdvance(QStringLiteral("Up")) > 375
            || big.font.pixelSize() >= 195);
}

void tst_FallbackTitle::wrapsGreedilyOverTwoLines()
{
    const QFont font = m_fonts->titleFont(QStringLiteral("Drama"), 100);
    const FallbackTitle::Layout layout = FallbackTitle::layout(QStringLiteral("The Long Night Harbor"), font,
                                                               QSizeF(375, 170), {195, 12, 2, 2});
    QCOMPARE(layout.lines.size(), 2);
    QCOMPARE(layout.lines.join(QLatin1Char(' ')), QStringLiteral("The Long Night Harbor"));
    for (qreal w : layout.widths)
        QVERIFY(w <= 375.01);
    QVERIFY(layout.size.height() <= 170.01);
}

void tst_FallbackTitle::shrinksUntilEveryWordFits()
{
    const QFont font = m_fonts->titleFont(QStringLiteral("Drama"), 100);
    const FallbackTitle::Layout layout = FallbackTitle::layout(QStringLiteral("Supercalifragilistic"), font,
                                                               QSizeF(200, 170), {195, 12, 2, 2});
    QCOMPARE(layout.lines.size(), 1);
    QVERIFY(layout.widths.first() <= 200.01);
}

void tst_FallbackTitle::elidesWordWiseAtTheSmallestSize()
{
    const QFont font = m_fonts->titleFont(QStringLiteral("Sci-Fi"), 100);
    const FallbackTitle::Layout layout = FallbackTitle::layout(
        QStringLiteral("one two three four five six seven eight nine ten eleven twelve"), font, QSizeF(120, 60),
        {40, 24, 2, 2});
    QCOMPARE(layout.lines.size(), 2);
    QCOMPARE(layout.font.pixelSize(), 24);
    QVERIFY(layout.lines.last().endsWith(QChar(0x2026)));
    for (qreal w : layout.widths)
        QVERIFY(w <= 120.01);
}

void tst_FallbackTitle::emptyTitleOrEnvelopeLaysOutNothing()
{
    const QFont font = m_fonts->titleFont(QString(), 100);
    QVERIFY(FallbackTitle::layout(QStringLiteral("   "), font, QSizeF(300, 100), {100, 10, 2, 2}).isEmpty());
    QVERIFY(FallbackTitle::layout(QStringLiteral("Title"), font, QSizeF(0, 100), {100, 10, 2, 2}).isEmpty());
    QVERIFY(FallbackTitle::layout(QStringLiteral("Title"), font, QSizeF(300, 100), {100, 10, 2, 0}).isEmpty());
}

void tst_FallbackTitle::paintsWhiteTextWithADarkShadow()
{
    const QFont font = m_fonts->titleFont(QStringLiteral("Action"), 100);
    const FallbackTitle::Layout layout = FallbackTitle::layout(QStringLiteral("I"), font, QSizeF(200, 150), {120, 12, 2, 2});
    QImage canvas(300, 200, QImage::Format_RGB32);
    canvas.fill(QColor(128, 128, 128));
    QPainter p(&canvas);
    FallbackTitle::paint(p, layout, QPointF(50, 20), true);
    p.end();
    // Somewhere inside the stem it is white, and right of the glyph the shadow darkens the grey.
    bool white = false;
    bool shaded = false;
    for (int x = 50; x < 50 + layout.size.width() + 8; ++x) {
        const QRgb px = canvas.pixel(x, 20 + int(layout.capHeight / 2));
        white |= qRed(px) > 250;
        shaded |= qRed(px) < 110;
    }
    QVERIFY(white);
    QVERIFY(shaded);
}

QTEST_MAIN(tst_FallbackTitle)
#include "tst_fallbacktitle.moc"
