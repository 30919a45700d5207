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

QImage paddedLogo(const QSize &visible, const QSize &canvas, const QColor &color = Qt::white)
{
    QImage logo(canvas, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter p(&logo);
    p.fillRect(QRect(QPoint(7, 5), visible), color);
    p.fillRect(QRect(0, 0, 3, 3), QColor(255, 255, 255, 30));  // faint speck below the alpha cut
    return logo;
}

// Draws the logo stage alone on a flat canvas and returns the covered rect.
QRectF place(const Render::FontBook &fonts, Render::RenderInputs in, const QString &query, QImage *out = nullptr)
{
    const Config::RenderConfig config = Config::RenderConfig::fromQuery(QUrlQuery(query));
    const Render::RenderContext ctx {in, config, fonts, QSize(500, 750), QString(), std::nullopt, Render::ArtSnapshot(),
                                     Render::FrostTint(), Render::ScorePalette(2, {})};
    QImage canvas(500, 750, QImage::Format_RGB32);
    canvas.fill(QColor(20, 20, 24));
    const QRectF rect = LogoLayer().paint(canvas, ctx);
    if (out)
        *out = canvas;
    return rect;
}

} // namespace

class tst_LogoLayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cropsToVisiblePixels();
    void cropOfInvisibleLogoIsNull();
    void equalAreaSize_data();
    void equalAreaSize();
    void centredPlacement();
    void bottomAnchoredPlacement();
    void absoluteHeightCap();
    void extremeRatiosStayOnCanvas();
    void darkAchromaticLogoIsWhitenedOnDarkArt();
    void skippedForBakedTitlesTextlessAndOriginalArt();
    void fallbackTitleFitsTheEnvelope();

private:
    Render::FontBook *m_fonts = nullptr;
};

void tst_LogoLayer::initTestCase()
{
    static Render::FontBook fonts;
    QVERIFY(fonts.isValid());
    m_fonts = &fonts;
}

void tst_LogoLayer::cropsToVisiblePixels()
{
    const QImage cropped = LogoLayer::croppedLogo(paddedLogo(QSize(120, 40), QSize(200, 80)));
    QCOMPARE(cropped.size(), QSize(120, 40));
    QImage opaque(30, 20, QImage::Format_RGB32);
    opaque.fill(Qt::red);
    QCOMPARE(LogoLayer::croppedLogo(opaque).size(), QSize(30, 20));  // no alpha: nothing to crop
}

void tst_LogoLayer::cropOfInvisibleLogoIsNull()
{
    QImage faint(50, 50, QImage::Format_ARGB32);
    faint.fill(QColor(255, 255, 255, 32));  // alpha must exceed 32 to count
    QVERIFY(LogoLayer::croppedLogo(faint).isNull());
    QVERIFY(LogoLayer::croppedLogo(QImage()).isNull());
}

void tst_LogoLayer::equalAreaSize_data()
{
    QTest::addColumn<QSizeF>("logo");
    QTest::addColumn<QSizeF>("caps");
    QTest::addColumn<QSizeF>("expected");
    // target = √(375×170) ≈ 252.5
    QTest::newRow("square logo: target square") << QSizeF(100, 100) << QSizeF(375, 170) << QSizeF(170, 170);
    QTest::newRow("4:1 logo: width-capped") << QSizeF(400, 100) << QSizeF(375, 170) << QSizeF(375, 93.75);
    // 2:1: w = 252.5×√2 = 357 fits, h = 178.5 does not → height-capped to 170.
    QTest::newRow("2:1 logo: height-capped") << QSizeF(200, 100) << QSizeF(375, 170) << QSizeF(340, 170);
    QTest::newRow("3:2 in a square box: width-capped") << QSizeF(300, 200) << QSizeF(600, 600) << QSizeF(600, 400);
    QTest::newRow("tall logo: height-capped") << QSizeF(50, 200) << QSizeF(375, 170) << QSizeF(42.5, 170);
}

void tst_LogoLayer::equalAreaSize()
{
    QFETCH(QSizeF, logo);
    QFETCH(QSizeF, caps);
    QFETCH(QSizeF, expected);
    const QSizeF size = LogoLayer::equalAreaSize(logo, caps);
    QVERIFY(size.width() <= caps.width() + 1e-6 && size.height() <= caps.height() + 1e-6);
    QVERIFY(qAbs(size.width() / size.height() - logo.width() / logo.height()) < 1e-6);
    QVERIFY2(qAbs(size.width() - expected.width()) < 0.01, qPrintable(QString::number(size.width())));
    QVERIFY2(qAbs(size.height() - expected.height()) < 0.01, qPrintable(QString::number(size.height())));
}

void tst_LogoLayer::centredPlacement()
{
    Render::RenderInputs in;
    in.logo = paddedLogo(QSize(400, 100), QSize(420, 120));
    const QRectF rect = place(*m_fonts, in, QString());
    // Default: centred horizontally, vertical centre at H − .28H − min(.25H, 170)/2 = 540 − 85 = 455.
    QVERIFY(qAbs(rect.center().x() - 250) < 0.01);
    QVERIFY(qAbs(rect.center().y() - 455) < 0.01);
    QVERIFY(qAbs(rect.width() - 375) < 0.01);
}

void tst_LogoLayer::bottomAnchoredPlacement()
{
    Render::RenderInputs in;
    in.logo = paddedLogo(QSize(400, 100), QSize(420, 120));
    const QRectF rect = place(*m_fonts, in, QStringLiteral("logo_bottom_anchor=true&logo_bottom_ratio=0.2"));
    QVERIFY(qAbs(rect.bottom() - 600) < 0.01);
}

void tst_LogoLayer::absoluteHeightCap()
{
    Render::RenderInputs in;
    in.logo = paddedLogo(QSize(100, 300), QSize(120, 320));
    const QRectF rect = place(*m_fonts, in, QStringLiteral("logo_max_h_ratio=1"));
    QVERIFY(qAbs(rect.height() - 170) < 0.01);  // LOGO_ABS_MAX_H
}

void tst_LogoLayer::extremeRatiosStayOnCanvas()
{
    Render::RenderInputs in;
    in.logo = paddedLogo(QSize(400, 100), QSize(420, 120));
    for (const char *query : {"logo_bottom_ratio=1", "logo_bottom_ratio=0&logo_bottom_anchor=true",
                              "logo_max_w_ratio=1.5&logo_max_h_ratio=1"}) {
        const QRectF rect = place(*m_fonts, in, QLatin1String(query));
        QVERIFY2(QRectF(0, 0, 500, 750).contains(rect), query);
    }
    QVERIFY(place(*m_fonts, in, QStringLiteral("logo_max_w_ratio=0")).isEmpty());
}

void tst_LogoLayer::darkAchromaticLogoIsWhitenedOnDarkArt()
{
    Render::RenderInputs in;
    in.logo = paddedLogo(QSize(400, 100), QSize(420, 120), QColor(15, 15, 15));
    QImage canvas;
    const QRectF rect = place(*m_fonts, in, QString(), &canvas);
    const QRgb centre = canvas.pixel(rect.center().toPoint());
    QVERIFY2(qRed(centre) > 240 && qGreen(centre) > 240, qPrintable(QColor(centre).name()));
    // A coloured dark logo keeps its colour.
    in.logo = paddedLogo(QSize(400, 100), QSize(420, 120), QColor(90, 10, 10));
    place(*m_fonts, in, QString(), &canvas);
    QCOMPARE(QColor(canvas.pixel(rect.center().toPoint())), QColor(90, 10, 10));
}

void tst_LogoLayer::skippedForBakedTitlesTextlessAndOriginalArt()
{
    Render::RenderInputs in;
    in.art = QImage(10, 10, QImage::Format_RGB32);
    in.logo = paddedLogo(QSize(400, 100), QSize(420, 120));
    in.title = QStringLiteral("Title");
    QVERIFY(!place(*m_fonts, in, QString()).isEmpty());
    QVERIFY(place(*m_fonts, in, QStringLiteral("textless=true")).isEmpty());
    QVERIFY(place(*m_fonts, in, QStringLiteral("use_original_art=true")).isEmpty());
    in.artHasBakedTitle = true;
    QVERIFY(place(*m_fonts, in, QString()).isEmpty());
    // With no art at all, nothing carries the title, so it is drawn regardless.
    in.art = QImage();
    QVERIFY(!place(*m_fonts, in, QStringLiteral("use_original_art=true")).isEmpty());
    QVERIFY(place(*m_fonts, in, QStringLiteral("textless=true")).isEmpty());
}

void tst_LogoLayer::fallbackTitleFitsTheEnvelope()
{
    Render::RenderInputs in;
    in.genre = QStringLiteral("Horror");
    in.title = QStringLiteral("The House at the End of Hollow Lane and Beyond the Old Mill");
    const QRectF rect = place(*m_fonts, in, QString());
    QVERIFY(!rect.isEmpty());
    QVERIFY2(rect.width() <= 375.01, qPrintable(QString::number(rect.width())));
    QVERIFY(rect.height() <= 170.01);
}

QTEST_MAIN(tst_LogoLayer)
#include "tst_logolayer.moc"
