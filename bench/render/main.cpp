// bench/render: how much does Marquee's drawing cost on top of the unavoidable work?
//
// Baseline = decode the source art (a 500×750 JPEG q92, what the image cache holds for TMDB's w500
// size) + encode a 500×750 JPEG at the output quality. Full = the same decode + the complete render of a
// preset + the same encode. The ratio full/baseline per preset is the figure the spec targets (≤ 1.5×).
// Medians over many rounds, both measured in this process, so machine speed cancels out.

#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include "core/config/renderconfig.h"
#include "core/pipeline/posterencoder.h"
#include "core/presets/presetcatalog.h"
#include "core/render/fontbook.h"
#include "core/render/posterrenderer.h"

using namespace Marquee;

namespace {

constexpr int Quality = 85;

// Marquee's own encoder, so the figure covers what the pipeline really does per poster.
QByteArray encode(const Pipeline::PosterEncoder &encoder, const QImage &image)
{
    return encoder.encode(image, Pipeline::ImageFormat::Jpeg).value_or(QByteArray());
}

QImage decode(const QByteArray &bytes)
{
    QImage image;
    image.loadFromData(bytes, "JPEG");
    return image;
}

QString findSampleFile(const QString &name)
{
    QDirIterator it(QStringLiteral(":/marquee/samples"), QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1Char('/') + name))
            return path;
    }
    return {};
}

// Median time in milliseconds of `rounds` runs of fn.
template<typename Fn>
double medianMs(int rounds, Fn fn)
{
    std::vector<double> samples;
    samples.reserve(rounds);
    QElapsedTimer timer;
    for (int i = 0; i < rounds; ++i) {
        timer.start();
        fn();
        samples.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::nth_element(samples.begin(), samples.begin() + rounds / 2, samples.end());
    return samples[rounds / 2];
}

Render::RenderInputs sampleInputs(const QImage &art, const QImage &logo)
{
    Render::RenderInputs inputs;
    inputs.art = art;
    inputs.logo = logo;
    inputs.title = QStringLiteral("The Last Lighthouse");
    inputs.genre = QStringLiteral("Drama");
    inputs.year = 2021;
    inputs.score = 87;
    inputs.sash = Render::SashInfo{QStringLiteral("Oscar Winner"), Render::SashType::Win};
    return inputs;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int rounds = argc > 1 ? std::max(5, QString::fromLocal8Bit(argv[1]).toInt()) : 60;

    const QString posterPath = findSampleFile(QStringLiteral("poster.jpg"));
    const QString logoPath = findSampleFile(QStringLiteral("clearlogo.png"));
    if (posterPath.isEmpty()) {
        out << "bench-render: no sample poster in the resources\n";
        return 1;
    }
    // What the image cache holds for TMDB's w500 size: a 500×750 JPEG at q92.
    const QImage source(posterPath);
    const Pipeline::PosterEncoder artEncoder(92, 92);
    const QByteArray artBytes = encode(artEncoder, source.scaled(500, 750, Qt::IgnoreAspectRatio,
                                                                 Qt::SmoothTransformation));
    const Pipeline::PosterEncoder encoder(Quality, Quality);
    const QImage logo = logoPath.isEmpty() ? QImage() : QImage(logoPath);

    Render::FontBook fonts;
    Render::PosterRenderer renderer(fonts);

    const double baseline = medianMs(rounds, [&] {
        const QImage art = decode(artBytes);
        encode(encoder, art);
    });
    out << QStringLiteral("baseline decode+encode 500x750 q%1: %2 ms (median of %3)\n")
               .arg(Quality).arg(baseline, 0, 'f', 3).arg(rounds);

    double worst = 0;
    for (const Presets::Preset &preset : Presets::PresetCatalog::current()) {
        const Config::RenderConfig config = preset.config();
        const double full = medianMs(rounds, [&] {
            const QImage art = decode(artBytes);
            const QImage poster = renderer.render(sampleInputs(art, logo), config);
            encode(encoder, poster);
        });
        const double ratio = full / baseline;
        worst = std::max(worst, ratio);
        out << QStringLiteral("%1 %2 ms ratio %3\n")
                   .arg(preset.id, -22).arg(full, 8, 'f', 3).arg(ratio, 0, 'f', 2);
    }
    out << QStringLiteral("worst ratio %1 (target <= 1.50)\n").arg(worst, 0, 'f', 2);
    return 0;
}
