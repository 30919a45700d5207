// marquee_samplegen: paints Marquee's bundled sample library (resources/samples) from code, so the
// daemon, the tests and the desktop preview have real-looking art with no key, no network and no
// third-party images. Deterministic: the same binary writes the same bytes on every run.

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QImageWriter>
#include <QRawFont>
#include <QTextStream>

#include "tests/tools/samplegen/canvas.h"
#include "tests/tools/samplegen/catalog.h"
#include "tests/tools/samplegen/logopainter.h"
#include "tests/tools/samplegen/nfowriter.h"
#include "tests/tools/samplegen/scenes.h"

using namespace Marquee::SampleGen;

namespace {

// q86 keeps the whole library (8 posters, 7 backdrops, 7 logos) under ~3 MB of resources.
constexpr int kJpegQuality = 86;

bool writeImage(const QImage &image, const QString &path, const char *format, int quality, QTextStream &err)
{
    QImageWriter writer(path, format);
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    const QImage out = qstrcmp(format, "jpeg") == 0 ? image.convertToFormat(QImage::Format_RGB888) : image;
    if (!writer.write(out)) {
        err << QCoreApplication::translate("samplegen", "cannot write %1: %2").arg(path, writer.errorString())
            << '\n';
        return false;
    }
    return true;
}

bool writeFile(const QByteArray &bytes, const QString &path, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        err << QCoreApplication::translate("samplegen", "cannot write %1: %2").arg(path, file.errorString())
            << '\n';
        return false;
    }
    return true;
}

// Registers every font the catalog names; returns file name → a QFont that selects exactly that face,
// empty on failure. Weight and style are read from the file itself, because the system may carry
// other faces of the same family (Debian's fonts-bebas-neue installs five weights).
QHash<QString, QFont> loadFonts(const QString &dir, QTextStream &err)
{
    QHash<QString, QFont> families;
    for (const SampleTitle &title : sampleCatalog()) {
        const QString file = title.logo.fontFile;
        if (file.isEmpty() || families.contains(file))
            continue;
        const QString path = QDir(dir).filePath(file);
        const int id = QFontDatabase::addApplicationFont(path);
        const QStringList names = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        const QRawFont raw(path, 100);
        if (names.isEmpty() || !raw.isValid()) {
            err << QCoreApplication::translate("samplegen", "cannot load font %1 from %2").arg(file, dir)
                << '\n';
            return {};
        }
        QFont font(names.first());
        font.setWeight(QFont::Weight(raw.weight()));
        font.setStyle(raw.style());
        font.setStyleName(raw.styleName());
        families.insert(file, font);
    }
    return families;
}

bool generate(const SampleTitle &title, const QDir &root, const QHash<QString, QFont> &fonts,
    QTextStream &out, QTextStream &err)
{
    if (!root.mkpath(title.folder)) {
        err << QCoreApplication::translate("samplegen", "cannot create %1").arg(root.filePath(title.folder))
            << '\n';
        return false;
    }
    const QDir dir(root.filePath(title.folder));
    const quint64 seed = 0x5EED'0000ULL + quint64(title.number) * 16;
    Canvas poster(1000, 1500, seed);
    paintScene(title.scene, poster);
    bool ok
        = writeImage(poster.image(), dir.filePath(QStringLiteral("poster.jpg")), "jpeg", kJpegQuality, err);
    if (title.hasFanart) {
        Canvas fanart(1920, 1080, seed + 1);
        paintScene(title.scene, fanart);
        ok = ok
            && writeImage(
                fanart.image(), dir.filePath(QStringLiteral("fanart.jpg")), "jpeg", kJpegQuality, err);
    }
    if (title.hasLogo) {
        const QImage logo = paintLogo(title.logo, fonts.value(title.logo.fontFile));
        ok = ok && writeImage(logo, dir.filePath(QStringLiteral("clearlogo.png")), "png", 0, err);
    }
    // Regenerating over an older library must not leave art behind that this title should lack.
    if (!title.hasFanart)
        QFile::remove(dir.filePath(QStringLiteral("fanart.jpg")));
    if (!title.hasLogo)
        QFile::remove(dir.filePath(QStringLiteral("clearlogo.png")));
    const QString nfo = title.tv ? QStringLiteral("tvshow.nfo") : QStringLiteral("movie.nfo");
    ok = ok && writeFile(nfoDocument(title), dir.filePath(nfo), err);
    out << title.folder << '\n';
    out.flush();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    // Painting needs no display; the offscreen platform also keeps font rendering identical everywhere.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marquee_samplegen"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "samplegen", "Paints Marquee's sample library: key art, backdrops, logos and .nfo files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("outdir"),
        QCoreApplication::translate("samplegen", "Library folder to write (e.g. resources/samples)."));
    const QCommandLineOption fontsOption(QStringLiteral("fonts"),
        QCoreApplication::translate("samplegen", "Folder holding Marquee's bundled fonts."),
        QStringLiteral("dir"), QStringLiteral(MARQUEE_FONTS_DIR));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QCoreApplication::translate("samplegen", "Only titles whose folder contains <text>."),
        QStringLiteral("text"));
    parser.addOption(fontsOption);
    parser.addOption(onlyOption);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate(
            "samplegen", "usage: marquee_samplegen [--fonts DIR] [--only TEXT] OUTDIR")
            << '\n';
        return 2;
    }
    const QHash<QString, QFont> fonts = loadFonts(parser.value(fontsOption), err);
    if (fonts.isEmpty())
        return 1;
    const QDir root(parser.positionalArguments().constFirst());
    bool ok = true;
    for (const SampleTitle &title : sampleCatalog()) {
        if (parser.isSet(onlyOption) && !title.folder.contains(parser.value(onlyOption), Qt::CaseInsensitive))
            continue;
        ok = generate(title, root, fonts, out, err) && ok;
    }
    return ok ? 0 : 1;
}
