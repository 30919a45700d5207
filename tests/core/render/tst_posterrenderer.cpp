#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentMap>

#include "core/config/paramregistry.h"
#include "core/config/renderconfig.h"
#include "core/render/fontbook.h"
#include "core/render/posterrenderer.h"
#include "tests/core/render/goldencases.h"
#include "tests/core/render/syntheticart.h"
#include "tests/support/imagecompare.h"

using namespace Marquee;
using Config::Param;
using Config::RenderConfig;
using Render::RenderInputs;
using Render::SashInfo;
using Render::SashType;
using Test::ImageCompare;

Q_DECLARE_METATYPE(Marquee::Render::RenderInputs)

namespace {

RenderConfig configFor(const QString &query)
{
    return RenderConfig::fromQuery(QUrlQuery(query));
}

RenderInputs plainInputs()
{
    RenderInputs in;
    in.art = Test::SyntheticArt::discs(3);
    in.title = QStringLiteral("Plain Title");
    in.genre = QStringLiteral("Drama");
    in.year = 2001;
    in.score = 64;
    return in;
}

int maxChannel(QRgb p)
{
    return qMax(qRed(p), qMax(qGreen(p), qBlue(p)));
}

} // namespace

class tst_PosterRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void canvasSize_data();
    void canvasSize();
    void golden_data();
    void golden();
    void goldenComparisonCatchesAPaletteChange();
    void rendersAreDeterministic();
    void rendersInParallelMatchSerialRenders();
    void robustInputs_data();
    void robustInputs();
    void extremeParameters_data();
    void extremeParameters();
    void scoreBarFillUsesTheBandColour();
    void missingScoreLeavesAnEmptyTrack();
    void hiddenSashLeavesTheCornerAlone();
    void notchIsCentredAtTheTop();
    void textlessDrawsNoTitle();
    void greyscaleArtHasNoColour();

private:
    Render::FontBook *m_fonts = nullptr;
    Render::PosterRenderer *m_renderer = nullptr;
};

void tst_PosterRenderer::initTestCase()
{
    static Render::FontBook fonts;
    QVERIFY2(fonts.isValid(), qPrintable(fonts.failedFonts().join(QLatin1Char(','))));
    m_fonts = &fonts;
    static Render::PosterRenderer renderer(fonts);
    m_renderer = &renderer;
}

void tst_PosterRenderer::canvasSize_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("default portrait") << QString() << QSize(500, 750);
    QTest::newRow("poster alias") << QStringLiteral("shape=poster") << QSize(500, 750);
    QTest::newRow("landscape") << QStringLiteral("shape=landscape") << QSize(1000, 563);
}

void tst_PosterRenderer::canvasSize()
{
    QFETCH(QString, query);
    QFETCH(QSize, expected);
    const RenderConfig config = configFor(query);
    QCOMPARE(Render::PosterRenderer::canvasSize(config), expected);
    const QImage poster = m_renderer->render(plainInputs(), config);
    QCOMPARE(poster.size(), expected);
    QCOMPARE(poster.format(), QImage::Format_RGB32);
}

void tst_PosterRenderer::golden_data()
{
    QTest::addColumn<int>("index");
    const QList<Test::GoldenCase> cases = Test::GoldenCases::all();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(cases[i].name)) << i;
}

void tst_PosterRenderer::golden()
{
    QFETCH(int, index);
    const Test::GoldenCase goldenCase = Test::GoldenCases::all().at(index);
    const QString path = Test::GoldenCases::path(goldenCase);
    const QImage expected(path);
    const QImage actual = Test::GoldenCases::render(goldenCase, *m_renderer, *m_fonts);
    if (expected.isNull()) {
        const QString dir = ImageCompare::writeFailure(actual, QImage(), goldenCase.name,
                                                       QDir::current().filePath(QStringLiteral("golden-failures")));
        QFAIL(qPrintable(QStringLiteral("golden %1 is missing; regenerate with `marquee_goldengen %2` (actual written to %3)")
                             .arg(path, Test::GoldenCases::directory(), dir)));
    }
    const ImageCompare::Tolerance tolerance;
    const ImageCompare::Result result = ImageCompare::compare(actual, expected, tolerance);
    if (!result.passed) {
        const QString dir = ImageCompare::writeFailure(actual, expected, goldenCase.name,
                                                       QDir::current().filePath(QStringLiteral("golden-failures")),
                                                       tolerance.pixelThreshold);
        QFAIL(qPrintable(QStringLiteral("%1 — %2; see %3").arg(goldenCase.name, result.explanation, dir)));
    }
}

// A golden test that cannot fail proves nothing: a palette change on the score bar alone must trip it.
void tst_PosterRenderer::goldenComparisonCatchesAPaletteChange()
{
    Test::GoldenCase metal;
    Test::GoldenCase classic;
    for (const Test::GoldenCase &c : Test::GoldenCases::all()) {
        if (c.name == QLatin1String("palette2_metal"))
            metal = c;
    }
    QVERIFY(metal.inputs);
    classic = metal;
    classic.query = QStringLiteral("score_color_mode=0");
    const QImage a = Test::GoldenCases::render(metal, *m_renderer, *m_fonts);
    const QImage b = Test::GoldenCases::render(classic, *m_renderer, *m_fonts);
    const ImageCompare::Result result = ImageCompare::compare(b, a, ImageCompare::Tolerance());
    QVERIFY2(!result.passed, qPrintable(result.explanation));
    QVERIFY(result.explanation.startsWith(QLatin1String("MISMATCH")));
}

void tst_PosterRenderer::rendersAreDeterministic()
{
    const RenderConfig config = configFor(QStringLiteral("rating_display_mode=4&sash_mode=notch"));
    RenderInputs in = plainInputs();
    in.sash = SashInfo {QStringLiteral("Palme d'Or"), SashType::Win};
    m_renderer->render(in, config);  // warm this thread's glyph cache (see the parallel test)
    const QImage first = m_renderer->render(in, config);
    const QImage second = m_renderer->render(in, config);
    QCOMPARE(first, second);
    // The fallback canvas is cached; the cached copy must equal a fresh one.
    in.art = QImage();
    const Render::PosterRenderer fresh(*m_fonts);
    QCOMPARE(m_renderer->render(in, config), fresh.render(in, config));
}

void tst_PosterRenderer::rendersInParallelMatchSerialRenders()
{
    const QList<Test::GoldenCase> cases = Test::GoldenCases::all();
    QList<QImage> serial;
    for (const Test::GoldenCase &c : cases)
        serial << m_renderer->render(c.inputs(*m_fonts), configFor(c.query));
    // Inputs are built up front: the synthetic logo uses QFont on the test thread only.
    QList<QPair<RenderInputs, RenderConfig>> jobs;
    for (const Test::GoldenCase &c : cases)
        jobs.append({c.inputs(*m_fonts), configFor(c.query)});
    const Render::PosterRenderer *renderer = m_renderer;
    const QList<QImage> parallel = QtConcurrent::blockingMapped(
        jobs, [renderer](const QPair<RenderInputs, RenderConfig> &job) { return renderer->render(job.first, job.second); });
    QCOMPARE(parallel.size(), serial.size());
    // Qt's FreeType engine may place a glyph outline 1/64 px differently depending on what that
    // thread's glyph cache already holds, which moves an antialiased edge by a few levels. Anything
    // beyond that — a race on shared state — would show up as real differences.
    ImageCompare::Tolerance exact;
    exact.maxMeanDifference = 0.01;
    exact.pixelThreshold = 8;
    exact.maxDifferingFraction = 0.0;
    for (int i = 0; i < serial.size(); ++i) {
        const ImageCompare::Result result = ImageCompare::compare(parallel[i], serial[i], exact);
        QVERIFY2(result.passed, qPrintable(cases[i].name + QStringLiteral(": ") + result.explanation));
    }
}

void tst_PosterRenderer::robustInputs_data()
{
    QTest::addColumn<RenderInputs>("inputs");
    const RenderInputs base = plainInputs();
    auto row = [&](const char *name, const std::function<void(RenderInputs &)> &tweak) {
        RenderInputs in = base;
        tweak(in);
        QTest::newRow(name) << in;
    };
    row("everything empty", [](RenderInputs &in) {
        in = RenderInputs();
        in.sash = SashInfo {QString(), SashType::Alert};
    });
    row("blank strings", [](RenderInputs &in) {
        in.title = QStringLiteral("   ");
        in.genre = QStringLiteral(" ");
        in.sash = SashInfo {QStringLiteral("  "), SashType::Info};
    });
    row("huge title", [](RenderInputs &in) {
        in.title = QStringLiteral("Very Long Title Words ").repeated(120);
        in.logo = QImage();
    });
    row("huge unbroken word", [](RenderInputs &in) { in.title = QStringLiteral("X").repeated(600); });
    row("huge labels", [](RenderInputs &in) {
        in.genre = QStringLiteral("Genre").repeated(60);
        in.sash = SashInfo {QStringLiteral("Sash Label ").repeated(40), SashType::Win};
        in.year = 999999;
    });
    row("non-latin text", [](RenderInputs &in) {
        in.title = QStringLiteral("千と千尋の神隠し \u05E9\u05DC\u05D5\u05DD \U0001F3AC");
        in.genre = QStringLiteral("\u0414\u0440\u0430\u043C\u0430");
        in.sash = SashInfo {QStringLiteral("\u0627\u0644\u0641\u0627\u0626\u0632"), SashType::Prestige};
    });
    row("1x1 art", [](RenderInputs &in) {
        in.art = QImage(1, 1, QImage::Format_RGB32);
        in.art.fill(Qt::red);
    });
    row("very wide art", [](RenderInputs &in) { in.art = Test::SyntheticArt::discs(2, QSize(3000, 40)); });
    row("very tall art", [](RenderInputs &in) { in.art = Test::SyntheticArt::discs(2, QSize(30, 3000)); });
    row("large art", [](RenderInputs &in) { in.art = Test::SyntheticArt::discs(2, QSize(2000, 3000)); });
    row("transparent art", [](RenderInputs &in) {
        in.art = QImage(40, 60, QImage::Format_ARGB32);
        in.art.fill(Qt::transparent);
    });
    row("indexed art", [](RenderInputs &in) { in.art = Test::SyntheticArt::sunset().convertToFormat(QImage::Format_Indexed8); });
    row("1x1 logo", [](RenderInputs &in) {
        in.logo = QImage(1, 1, QImage::Format_ARGB32);
        in.logo.fill(Qt::white);
    });
    row("invisible logo", [](RenderInputs &in) {
        in.logo = QImage(300, 100, QImage::Format_ARGB32);
        in.logo.fill(QColor(255, 255, 255, 20));
    });
    row("opaque logo", [](RenderInputs &in) { in.logo = Test::SyntheticArt::bright(QSize(400, 5)); });
    row("score 0", [](RenderInputs &in) { in.score = 0; });
    row("score 100", [](RenderInputs &in) { in.score = 100; });
    row("score out of range", [](RenderInputs &in) { in.score = 250; });
    row("negative score", [](RenderInputs &in) { in.score = -40; });
    row("all quality tokens", [](RenderInputs &in) {
        in.qualityTokens = {QStringLiteral("4K"), QStringLiteral("1080P"), QStringLiteral("REMUX"), QStringLiteral("WEBDL"),
                            QStringLiteral("DV"), QStringLiteral("HDR10+"), QStringLiteral("HDR10"), QStringLiteral("ATMOS"),
                            QStringLiteral("DTSX"), QStringLiteral("bogus"), QString()};
        in.ageRating = 18;
    });
    row("odd age ratings", [](RenderInputs &in) { in.ageRating = -3; });
    row("huge age rating", [](RenderInputs &in) { in.ageRating = 2147483647; });
}

void tst_PosterRenderer::robustInputs()
{
    QFETCH(RenderInputs, inputs);
    const QStringList queries = {
        QStringLiteral("rating_display_mode=0&sash_mode=hidden&badge_display_mode=0"),
        QStringLiteral("rating_display_mode=1&accent_bar_append_mode=2&badge_display_mode=1&score_glow_threshold=0&score_glow_alpha=255&score_glow_blur=50"),
        QStringLiteral("rating_display_mode=2&score_out_of_10=true&badge_display_mode=2&sash_mode=notch"),
        QStringLiteral("rating_display_mode=3&minimalist_append_mode=3&badge_display_mode=3&sash_mode=notch&sash_badge_style=gold&sash_winner_star=true"),
        QStringLiteral("rating_display_mode=3&minimalist_append_mode=2&minimalist_center=true&badge_display_mode=5"),
        QStringLiteral("rating_display_mode=4&bar_style=rating_frosted&bar_accent=sample&badge_display_mode=5&combined_badge_stacked=true&sash_poster_color=true&muted=true"),
        QStringLiteral("rating_display_mode=4&bar_style=rating_black&bar_accent=palette_custom&score_color_mode=3&score_custom_palette=50:zzzzzz"),
        QStringLiteral("badge_display_mode=6&textless=true"),
        QStringLiteral("use_original_art=true&top_vignette_sash_only=true"),
        QStringLiteral("shape=landscape&badge_pos=logo"),
        QStringLiteral("shape=landscape&badge_pos=top_right&bottom_gradient=custom&bottom_gradient_height=1&bottom_gradient_opacity=1"),
    };
    for (const QString &query : queries) {
        const RenderConfig config = configFor(query);
        const QImage poster = m_renderer->render(inputs, config);
        QVERIFY2(!poster.isNull(), qPrintable(query));
        QCOMPARE(poster.size(), Render::PosterRenderer::canvasSize(config));
    }
}

void tst_PosterRenderer::extremeParameters_data()
{
    QTest::addColumn<bool>("atMaximum");
    QTest::addColumn<QString>("query");
    const QStringList queries = {
        QStringLiteral("rating_display_mode=1&sash_mode=sash&badge_display_mode=1&top_gradient=custom&bottom_gradient=custom"),
        QStringLiteral("rating_display_mode=2&sash_mode=notch&badge_display_mode=2"),
        QStringLiteral("rating_display_mode=3&sash_mode=notch&sash_badge_style=silver&badge_display_mode=5&minimalist_append_mode=3"),
        QStringLiteral("rating_display_mode=4&sash_mode=sash&badge_display_mode=4&bar_style=rating_frosted"),
        QStringLiteral("rating_display_mode=4&bar_style=gold&badge_display_mode=5&combined_badge_stacked=true"),
        QStringLiteral("shape=landscape&badge_pos=logo"),
    };
    for (bool maximum : {false, true}) {
        for (int i = 0; i < queries.size(); ++i) {
            QTest::addRow("%s, layout %d", maximum ? "all at maximum" : "all at minimum", i + 1)
                << maximum << queries[i];
        }
    }
}

// Every numeric parameter at its clamp bound at once: nothing may crash, hang or paint off-canvas.
void tst_PosterRenderer::extremeParameters()
{
    QFETCH(bool, atMaximum);
    QFETCH(QString, query);
    RenderConfig config = configFor(query);
    for (const Config::ParamSpec &spec : Config::ParamRegistry::all()) {
        if (spec.type == Config::ParamType::Int || spec.type == Config::ParamType::Real)
            config.setValue(spec.id, atMaximum ? spec.max : spec.min);
    }
    RenderInputs in = plainInputs();
    in.sash = SashInfo {QStringLiteral("Golden Globe Winner"), SashType::Win};
    in.qualityTokens = {QStringLiteral("4K"), QStringLiteral("REMUX"), QStringLiteral("DV")};
    in.ageRating = 12;
    for (const QImage &logo : {QImage(), Test::SyntheticArt::logo(QStringLiteral("LOGO"), m_fonts->uiFont(80))}) {
        in.logo = logo;
        const QImage poster = m_renderer->render(in, config);
        QCOMPARE(poster.size(), Render::PosterRenderer::canvasSize(config));
    }
}

void tst_PosterRenderer::scoreBarFillUsesTheBandColour()
{
    RenderInputs in = plainInputs();
    in.art = QImage(50, 75, QImage::Format_RGB32);
    in.art.fill(Qt::black);
    in.score = 90;  // classic palette ≥ 85: bright (190,140,255), dark (186,85,211)
    const QImage poster = m_renderer->render(in, configFor(QStringLiteral("score_color_mode=0&sash_mode=hidden")));
    // The bar spans x 70…430 with its bottom 30 px above the canvas bottom; sample near the fill's end.
    const QRgb fill = poster.pixel(380, 750 - 30 - 4);
    QVERIFY2(qBlue(fill) > 200 && qRed(fill) > 150 && qGreen(fill) < 200, qPrintable(QColor(fill).name()));
    const QRgb track = poster.pixel(420, 750 - 30 - 4);  // past the 90 % fill: the faint white track
    QVERIFY2(maxChannel(track) < 90 && maxChannel(track) > 20, qPrintable(QColor(track).name()));
}

void tst_PosterRenderer::missingScoreLeavesAnEmptyTrack()
{
    RenderInputs in = plainInputs();
    in.art = QImage(50, 75, QImage::Format_RGB32);
    in.art.fill(Qt::black);
    in.score.reset();
    const QImage poster = m_renderer->render(in, configFor(QStringLiteral("score_color_mode=0&sash_mode=hidden")));
    for (int x : {80, 250, 420}) {
        const QRgb p = poster.pixel(x, 750 - 30 - 4);
        QVERIFY2(qRed(p) == qGreen(p) && qGreen(p) == qBlue(p) && qRed(p) < 90, qPrintable(QColor(p).name()));
    }
}

void tst_PosterRenderer::hiddenSashLeavesTheCornerAlone()
{
    RenderInputs in = plainInputs();
    in.sash = SashInfo {QStringLiteral("Oscar Winner"), SashType::Win};
    const RenderConfig hidden = configFor(QStringLiteral("sash_mode=hidden&top_gradient=off"));
    const RenderConfig shown = configFor(QStringLiteral("sash_mode=sash&top_gradient=off"));
    const QImage without = m_renderer->render(in, hidden);
    const QImage with = m_renderer->render(in, shown);
    // The ribbon crosses (420, 81); the top-left corner never changes.
    QVERIFY(without.pixel(420, 81) != with.pixel(420, 81));
    QCOMPARE(with.copy(0, 0, 150, 150), without.copy(0, 0, 150, 150));
}

void tst_PosterRenderer::notchIsCentredAtTheTop()
{
    RenderInputs in = plainInputs();
    in.art = QImage(50, 75, QImage::Format_RGB32);
    in.art.fill(QColor(200, 30, 30));
    in.sash = SashInfo {QStringLiteral("New"), SashType::Alert};
    const QImage poster = m_renderer->render(
        in, configFor(QStringLiteral("sash_mode=notch&sash_badge_style=black&top_gradient=off&badge_display_mode=0")));
    // Black body: the top-centre is dark, the tab is symmetric, and beside it the red art shows.
    QVERIFY(maxChannel(poster.pixel(250, 5)) < 60);
    const int half = int(500 * 0.28 * 1.05 / 2) - 4;
    QVERIFY(maxChannel(poster.pixel(250 - half, 5)) < 60);
    QVERIFY(maxChannel(poster.pixel(250 + half, 5)) < 60);
    QVERIFY(qRed(poster.pixel(250 - half - 12, 5)) > 150);
    QVERIFY(qRed(poster.pixel(250 + half + 12, 5)) > 150);
}

void tst_PosterRenderer::textlessDrawsNoTitle()
{
    RenderInputs in = plainInputs();
    in.title = QStringLiteral("Big Title");
    const QString rest = QStringLiteral("&rating_display_mode=0&sash_mode=hidden&badge_display_mode=0");
    const QImage plain = m_renderer->render(in, configFor(QStringLiteral("textless=false") + rest));
    const QImage textless = m_renderer->render(in, configFor(QStringLiteral("textless=true") + rest));
    const QImage original = m_renderer->render(in, configFor(QStringLiteral("use_original_art=true") + rest));
    QVERIFY(plain != textless);
    QCOMPARE(textless, original);
    in.artHasBakedTitle = true;
    QCOMPARE(m_renderer->render(in, configFor(QStringLiteral("textless=false") + rest)), textless);
}

void tst_PosterRenderer::greyscaleArtHasNoColour()
{
    RenderInputs in = plainInputs();
    in.greyscale = true;
    const QImage poster = m_renderer->render(
        in, configFor(QStringLiteral("rating_display_mode=0&sash_mode=hidden&badge_display_mode=0&textless=true")));
    for (int y = 0; y < poster.height(); y += 37) {
        for (int x = 0; x < poster.width(); x += 29) {
            const QRgb p = poster.pixel(x, y);
            QVERIFY(qRed(p) == qGreen(p) && qGreen(p) == qBlue(p));
        }
    }
}

QTEST_MAIN(tst_PosterRenderer)
#include "tst_posterrenderer.moc"
