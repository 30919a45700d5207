// LogoLayer keeps scaled logos (with tone and shadow) by logo content: these cases check that a
// cached draw is pixel-identical to a first draw, and that distinct logos never share an entry.
#include <QPainter>
#include <QTest>
#include <QUrlQuery>

#include "core/config/renderconfig.h"
#include "core/render/fontbook.h"
#include "core/render/logolayer.h"
#include "core/render/rendercontext.h"

using namespace Marquee;
using Render::LogoLayer;

namespace {

QImage logoWith(const QColor &color, int stripe)
{
    QImage logo(420, 130, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter p(&logo);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(12.5, 9, 390, 100), 30, 30);
    p.fillRect(QRect(40 + stripe, 30, 12, 60), QColor(255, 255, 255, 200));
    return logo;
}

QImage drawn(const Render::FontBook &fonts, const QImage &logo, const QString &query = QString())
{
    Render::RenderInputs in;
    in.logo = logo;
    const Config::RenderConfig config = Config::RenderConfig::fromQuery(QUrlQuery(query));
    const Render::RenderContext ctx {in, config, fonts, QSize(500, 750), QString(), std::nullopt, Render::ArtSnapshot(),
                                     Render::FrostTint(), Render::ScorePalette(2, {})};
    QImage canvas(500, 750, QImage::Format_RGB32);
    canvas.fill(QColor(120, 90, 60));
    LogoLayer().paint(canvas, ctx);
    return canvas;
}

} // namespace

class tst_LogoSprites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cachedDrawMatchesFirstDraw_data();
    void cachedDrawMatchesFirstDraw();
    void distinctLogosDoNotShareAnEntry();
    void visibleRectMatchesCroppedLogo();

private:
    Render::FontBook *m_fonts = nullptr;
};

void tst_LogoSprites::initTestCase()
{
    static Render::FontBook fonts;
    QVERIFY(fonts.isValid());
    m_fonts = &fonts;
}

void tst_LogoSprites::cachedDrawMatchesFirstDraw_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("query");
    QTest::newRow("argb32 portrait") << int(QImage::Format_ARGB32) << QString();
    QTest::newRow("premultiplied portrait") << int(QImage::Format_ARGB32_Premultiplied) << QString();
    QTest::newRow("indexed (no view into the pixels)") << int(QImage::Format_Indexed8) << QString();
    QTest::newRow("landscape") << int(QImage::Format_ARGB32) << QStringLiteral("shape=landscape");
}

void tst_LogoSprites::cachedDrawMatchesFirstDraw()
{
    QFETCH(int, format);
    QFETCH(QString, query);
    // A unique colour per row, so the first draw of each row is a cache miss.
    const QColor colour = QColor::fromHsv((format * 37) % 360, 200, 180);
    const QImage logo = logoWith(colour, 0).convertToFormat(QImage::Format(format));
    const QImage first = drawn(*m_fonts, logo, query);
    // The same pixels decoded again: a different QImage, the same cache entry.
    const QImage again = drawn(*m_fonts, logo.copy(), query);
    QVERIFY(first != drawn(*m_fonts, QImage(), query));  // the logo is there
    QCOMPARE(again, first);
}

void tst_LogoSprites::distinctLogosDoNotShareAnEntry()
{
    // Same size, same format, one stripe moved: must render differently, cached or not.
    const QImage a = logoWith(QColor(20, 120, 200), 0);
    const QImage b = logoWith(QColor(20, 120, 200), 100);
    const QImage drawnA = drawn(*m_fonts, a);
    const QImage drawnB = drawn(*m_fonts, b);
    QVERIFY(drawnA != drawnB);
    QCOMPARE(drawn(*m_fonts, a), drawnA);
    QCOMPARE(drawn(*m_fonts, b), drawnB);
}

void tst_LogoSprites::visibleRectMatchesCroppedLogo()
{
    const QImage logo = logoWith(Qt::red, 0);
    const QRect visible = LogoLayer::visibleRect(logo);
    QCOMPARE(visible.size(), LogoLayer::croppedLogo(logo).size());
    QCOMPARE(visible.topLeft(), QPoint(12, 9));
    QVERIFY(LogoLayer::visibleRect(QImage()).isEmpty());
    QImage opaque(30, 20, QImage::Format_RGB32);
    QCOMPARE(LogoLayer::visibleRect(opaque), opaque.rect());
}

QTEST_MAIN(tst_LogoSprites)
#include "tst_logosprites.moc"
