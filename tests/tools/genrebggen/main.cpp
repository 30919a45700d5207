// marquee_genrebggen: writes the `photoreal` fallback backgrounds, one JPEG per genre.
//
//   marquee_genrebggen <outdir> [filter]
//
// Paints each genre's scene at 1000×1500 (the detail survives the reduction), grades it, reduces it to
// AssetSize and writes <Genre>.jpg at JpegQuality. Deterministic: same binary, same bytes.

#include <cstdio>

#include <QDir>
#include <QGuiApplication>
#include <QImageWriter>

#include "tests/tools/genrebggen/genrescenes.h"
#include "tests/tools/samplegen/canvas.h"

using namespace Marquee;

namespace {

constexpr QSize PaintSize(1000, 1500);
constexpr QSize AssetSize(500, 750);  // the portrait canvas; landscape fit-covers a crop of it
constexpr int JpegQuality = 80;

QImage paint(const GenreBgGen::GenreScene &genre)
{
    SampleGen::Canvas canvas(PaintSize.width(), PaintSize.height(), genre.seed);
    SampleGen::paintScene(genre.scene, canvas);
    SampleGen::Grade grade;
    grade.saturation = genre.saturation;
    grade.shadowTint = genre.shadow;
    grade.highlightTint = genre.highlight;
    grade.tintStrength = genre.tint;
    canvas.grade(grade);
    QImage image = canvas.image().convertToFormat(QImage::Format_RGB32);
    if (genre.mirrored)
        image = image.mirrored(true, false);
    image = image.scaled(AssetSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    for (int y = 0; y < image.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            line[x] = qRgb(int(qRed(p) * genre.exposure), int(qGreen(p) * genre.exposure), int(qBlue(p) * genre.exposure));
        }
    }
    return image.convertToFormat(QImage::Format_RGB888);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: marquee_genrebggen <outdir> [filter]\n");
        return 2;
    }
    const QString outDir = args.first();
    const QString filter = args.size() > 1 ? args.at(1) : QString();
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(outDir));
        return 1;
    }
    int written = 0;
    for (const GenreBgGen::GenreScene &genre : GenreBgGen::genreScenes()) {
        if (!filter.isEmpty() && !genre.genre.contains(filter, Qt::CaseInsensitive))
            continue;
        const QString file = QDir(outDir).filePath(genre.genre + QStringLiteral(".jpg"));
        QImageWriter writer(file, "jpeg");
        writer.setQuality(JpegQuality);
        writer.setOptimizedWrite(true);
        writer.setProgressiveScanWrite(true);
        if (!writer.write(paint(genre))) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(file), qPrintable(writer.errorString()));
            return 1;
        }
        ++written;
    }
    std::printf("wrote %d background(s) to %s\n", written, qPrintable(QDir(outDir).absolutePath()));
    return 0;
}
