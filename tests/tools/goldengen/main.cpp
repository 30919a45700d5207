// marquee_goldengen: regenerates tests/data/golden from the case table tst_posterrenderer uses.
//
//   marquee_goldengen <outdir> [--full] [--time] [filter]
//
// Writes <case>.png at the golden (half) size into <outdir>; --full writes the full-size posters
// instead (for looking at them, not for committing); --time prints each case's render time;
// `filter` keeps only cases whose name contains it.
// Runs offscreen with the bundled fonts, like the tests, so the goldens match what ctest renders.

#include <cstdio>

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QUrlQuery>

#include "core/config/renderconfig.h"
#include "core/render/fontbook.h"
#include "core/render/posterrenderer.h"
#include "tests/core/render/goldencases.h"

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool full = args.removeAll(QStringLiteral("--full")) > 0;
    const bool timed = args.removeAll(QStringLiteral("--time")) > 0;
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: marquee_goldengen <outdir> [--full] [--time] [filter]\n");
        return 2;
    }
    const QString outDir = args.takeFirst();
    const QString filter = args.isEmpty() ? QString() : args.first();
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(outDir));
        return 1;
    }

    const Marquee::Render::FontBook fonts;
    if (!fonts.isValid()) {
        std::fprintf(stderr, "bundled fonts failed to register: %s\n", qPrintable(fonts.failedFonts().join(u',')));
        return 1;
    }
    const Marquee::Render::PosterRenderer renderer(fonts);
    int written = 0;
    for (const Marquee::Test::GoldenCase &goldenCase : Marquee::Test::GoldenCases::all()) {
        if (!filter.isEmpty() && !goldenCase.name.contains(filter))
            continue;
        const Marquee::Render::RenderInputs inputs = goldenCase.inputs(fonts);
        const auto config = Marquee::Config::RenderConfig::fromQuery(QUrlQuery(goldenCase.query));
        QElapsedTimer timer;
        timer.start();
        QImage image = renderer.render(inputs, config);
        if (timed)
            std::printf("%-40s %7.2f ms\n", qPrintable(goldenCase.name), timer.nsecsElapsed() / 1e6);
        if (!full)
            image = Marquee::Test::GoldenCases::render(goldenCase, renderer, fonts);
        const QString file = QDir(outDir).filePath(goldenCase.name + QStringLiteral(".png"));
        if (!image.save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
        ++written;
    }
    std::printf("wrote %d image(s) to %s\n", written, qPrintable(QDir(outDir).absolutePath()));
    return 0;
}
