// bench/render: how much does Marquee's drawing cost on top of the unavoidable work?
//
// What the pipeline holds per request is what TMDB's w500 size serves: a 500×750 JPEG poster (q92
// here) and a clear logo 500 px wide as PNG. Baseline = decode that poster + encode a 500×750 JPEG at
// the output quality. Full = the same decode + the complete render of a preset (logo already decoded,
// as the spec states) + the same encode. The ratio full/baseline per preset is the figure the spec
// targets (≤ 1.5×). Both run in this process over the same rotation of sample titles (so no single
// logo shape or art flatters the figure); each round times the two back to back on the same sample
// and the printed ratio is the median of those per-round ratios, so machine speed cancels out.
//
//   bench-render [--serial] [--cold] [rounds] [preset-id…]     (default 60 rounds, every preset)
//
// --cold empties the renderer's caches (shadow masks, scaled logos, sash ribbons, art analyses) before
// every render, so the figure is that of a title never drawn before instead of the steady state of a
// busy server.
//
// --serial runs the measurements on a thread of Qt's global pool, where Qt does its large image
// conversions and scalings inline instead of fanning them out: all the work then shows in one thread,
// which is what a profiler needs (valgrind --tool=callgrind dumps each phase's instruction counts).

#include <QBuffer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QTextStream>
#include <QThreadPool>

#include <sys/resource.h>

#include <algorithm>
#include <ctime>
#include <vector>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(name) (void)(name)
#define RUNNING_ON_VALGRIND 0
#endif

#include "core/config/renderconfig.h"
#include "core/pipeline/posterencoder.h"
#include "core/presets/presetcatalog.h"
#include "core/render/artsnapshot.h"
#include "core/render/cachedlayer.h"
#include "core/render/fontbook.h"
#include "core/render/logolayer.h"
#include "core/render/posterrenderer.h"
#include "core/render/softshadow.h"

using namespace Marquee;

namespace {

constexpr int Quality = 85;
constexpr QSize PosterSize(500, 750);
constexpr int LogoWidth = 500;  // TMDB's w500 logo size, what the pipeline fetches

struct Sample
{
    QString title;
    QByteArray artBytes;  // 500×750 JPEG q92
    QImage logo;          // decoded w500 PNG (Format_ARGB32, as the image cache hands it over)
};

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

QByteArray bytesOf(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// Every bundled sample title that has both a poster and a clear logo, in name order.
std::vector<Sample> loadSamples()
{
    QStringList dirs;
    QDirIterator it(QStringLiteral(":/marquee/samples"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext())
        dirs << it.next();
    dirs.sort();
    std::vector<Sample> samples;
    for (const QString &dir : std::as_const(dirs)) {
        const QImage poster(dir + QStringLiteral("/poster.jpg"));
        const QImage logo(dir + QStringLiteral("/clearlogo.png"));
        if (poster.isNull() || logo.isNull())
            continue;
        Sample sample;
        sample.title = dir.section(QLatin1Char('/'), -1).section(QStringLiteral(" ("), 0, 0);
        sample.artBytes = bytesOf(poster.scaled(PosterSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                                  "JPEG", 92);
        const QImage w500 = logo.width() > LogoWidth ? logo.scaledToWidth(LogoWidth, Qt::SmoothTransformation) : logo;
        sample.logo = QImage::fromData(bytesOf(w500, "PNG", -1), "PNG");
        samples.push_back(std::move(sample));
    }
    return samples;
}

Render::RenderInputs sampleInputs(const Sample &sample, const QImage &art)
{
    Render::RenderInputs inputs;
    inputs.art = art;
    inputs.logo = sample.logo;
    inputs.title = sample.title;
    inputs.genre = QStringLiteral("Drama");
    inputs.year = 2021;
    inputs.score = 87;
    inputs.sash = Render::SashInfo{QStringLiteral("Oscar Winner"), Render::SashType::Win};
    return inputs;
}

// The two measured bodies, kept out of line so a profiler (callgrind) reports each one's inclusive
// cost and their ratio can be read off instruction counts when the machine is too busy for clocks.
[[gnu::noinline]] QByteArray runBaseline(const Pipeline::PosterEncoder &encoder, const Sample &sample)
{
    const QImage art = decode(sample.artBytes);
    return encode(encoder, art);
}

[[gnu::noinline]] QByteArray runFull(const Pipeline::PosterEncoder &encoder, const Render::PosterRenderer &renderer,
                                   const Config::RenderConfig &config, const Sample &sample, bool cold)
{
    if (cold) {
        Render::SoftShadow::maskCache().clear();
        Render::LogoLayer::clearCaches();
        Render::CachedLayer::cache().clear();
        Render::ArtSnapshot::clearCaches();
    }
    const QImage art = decode(sample.artBytes);
    const QImage poster = renderer.render(sampleInputs(sample, art), config);
    return encode(encoder, poster);
}

// CPU time of the whole process (every thread: Qt hands large image conversions and scalings to its
// global pool), which other processes on a busy machine disturb far less than the wall clock.
double processCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

struct Timing
{
    double wallMs = 0;  // median wall time per round
    double cpuMs = 0;   // median process CPU time per round
    double faults = 0;  // page faults per round (first touches of fresh memory)
};

long minorFaults()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

// Medians of `rounds` runs of fn(round). Under valgrind --tool=callgrind the phase's instruction
// counts (all threads) are dumped as `label`, so ratios can also be read from Ir totals.
template<typename Fn>
Timing measure(const QString &label, int rounds, Fn fn)
{
    std::vector<double> wall, cpu;
    wall.reserve(size_t(rounds));
    cpu.reserve(size_t(rounds));
    QElapsedTimer timer;
    CALLGRIND_ZERO_STATS;
    const long faultsBefore = minorFaults();
    for (int i = 0; i < rounds; ++i) {
        const double cpuStart = processCpuMs();
        timer.start();
        fn(i);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(processCpuMs() - cpuStart);
    }
    CALLGRIND_DUMP_STATS_AT(label.toLatin1().constData());
    const double faults = double(minorFaults() - faultsBefore) / rounds;
    return {median(std::move(wall)), median(std::move(cpu)), faults};
}

struct Ratio
{
    Timing full;
    double wall = 0;  // median over rounds of full / baseline, both timed in the same round
    double cpu = 0;
};

// A shared machine (a VM with noisy neighbours, frequency steps) drifts by tens of percent within
// a second, so comparing a baseline phase with a later preset phase measures the drift as much as
// the render. Each round therefore times the baseline and the full render of the same sample back
// to back, and the figure is the median of those per-round ratios.
template<typename Baseline, typename Full>
Ratio measurePaired(int rounds, Baseline baseline, Full full)
{
    std::vector<double> wall, cpu, ratios, cpuRatios;
    QElapsedTimer timer;
    const long faultsBefore = minorFaults();
    long baselineFaults = 0;
    for (int i = 0; i < rounds; ++i) {
        const long before = minorFaults();
        double cpuStart = processCpuMs();
        timer.start();
        baseline(i);
        const double baseWall = double(timer.nsecsElapsed()) / 1e6;
        const double baseCpu = processCpuMs() - cpuStart;
        baselineFaults += minorFaults() - before;
        cpuStart = processCpuMs();
        timer.start();
        full(i);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(processCpuMs() - cpuStart);
        ratios.push_back(wall.back() / baseWall);
        cpuRatios.push_back(cpu.back() / std::max(baseCpu, 1e-6));
    }
    const double faults = double(minorFaults() - faultsBefore - baselineFaults) / rounds;
    return {{median(std::move(wall)), median(std::move(cpu)), faults}, median(std::move(ratios)),
            median(std::move(cpuRatios))};
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    const bool serial = args.removeAll(QStringLiteral("--serial")) > 0;
    const bool cold = args.removeAll(QStringLiteral("--cold")) > 0;
    const int rounds = args.isEmpty() ? 60 : std::max(5, args.first().toInt());
    const QStringList only = args.mid(1);

    // As in the daemon: fonts and the renderer are made on the main thread, renders run elsewhere.
    Render::FontBook fonts;
    Render::PosterRenderer renderer(fonts);
    int status = 0;
    const auto run = [&] {
        const std::vector<Sample> samples = loadSamples();
        if (samples.empty()) {
            out << "bench-render: no sample poster with a clear logo in the resources\n";
            status = 1;
            return;
        }
        const auto sampleFor = [&](int round) -> const Sample & { return samples[size_t(round) % samples.size()]; };
        const Pipeline::PosterEncoder encoder(Quality, Quality);

        // One untimed pass per sample warms fonts, glyph caches and allocator pools for both sides alike.
        for (int i = 0; i < int(samples.size()); ++i)
            runBaseline(encoder, sampleFor(i));

        const Timing baseline = measure(QStringLiteral("baseline"), rounds,
                                        [&](int i) { runBaseline(encoder, sampleFor(i)); });
        out << QStringLiteral("baseline decode+encode 500x750 q%1: %2 ms, cpu %3 ms, %4 faults (medians of %5, %6 sample titles)\n")
                   .arg(Quality).arg(baseline.wallMs, 0, 'f', 3).arg(baseline.cpuMs, 0, 'f', 3)
                   .arg(baseline.faults, 0, 'f', 0).arg(rounds).arg(samples.size());

        double worst = 0, worstCpu = 0;
        for (const Presets::Preset &preset : Presets::PresetCatalog::current()) {
            if (!only.isEmpty() && !only.contains(preset.id))
                continue;
            const Config::RenderConfig config = preset.config();
            for (int i = 0; i < int(samples.size()); ++i)
                runFull(encoder, renderer, config, sampleFor(i), cold);
            Ratio result;
            if (RUNNING_ON_VALGRIND) {
                // Instruction counts do not drift: one phase per preset, dumped under its name.
                result.full = measure(preset.id, rounds, [&](int i) { runFull(encoder, renderer, config, sampleFor(i), cold); });
                result.wall = result.full.wallMs / baseline.wallMs;
                result.cpu = result.full.cpuMs / baseline.cpuMs;
            } else {
                result = measurePaired(rounds, [&](int i) { runBaseline(encoder, sampleFor(i)); },
                                       [&](int i) { runFull(encoder, renderer, config, sampleFor(i), cold); });
            }
            const Timing &full = result.full;
            const double ratio = result.wall;
            const double cpuRatio = result.cpu;
            worst = std::max(worst, ratio);
            worstCpu = std::max(worstCpu, cpuRatio);
            out << QStringLiteral("%1 %2 ms ratio %3   cpu %4 ms ratio %5   %6 faults\n")
                       .arg(preset.id, -22).arg(full.wallMs, 8, 'f', 3).arg(ratio, 0, 'f', 2)
                       .arg(full.cpuMs, 8, 'f', 3).arg(cpuRatio, 0, 'f', 2).arg(full.faults, 4, 'f', 0);
        }
        out << QStringLiteral("worst ratio %1, cpu %2 (target <= 1.50)\n").arg(worst, 0, 'f', 2).arg(worstCpu, 0, 'f', 2);
    };
    if (serial) {
        QThreadPool::globalInstance()->start(run);
        QThreadPool::globalInstance()->waitForDone();
    } else {
        run();
    }
    return status;
}
