#include "daemon/rendercommand.h"

#include <cstdio>
#include <memory>

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QProcessEnvironment>
#include <QSaveFile>

#include "core/config/posterquery.h"
#include "core/config/serversettings.h"
#include "core/presets/presetcatalog.h"
#include "core/render/fontbook.h"
#include "daemon/contactsheet.h"
#include "daemon/daemon.h"

namespace Marquee {

namespace {

constexpr int ExitFailure = 1;
constexpr int ExitBadInput = 2;
// How long a render waits for the rating fetch it triggered before settling for what it has.
constexpr int RatingWaitMs = 30000;
// parsePresetPath needs a preset name; without --preset the id and type are all we validate.
const QLatin1String NoPreset("poster");

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

int exitCode(const Error &error)
{
    return error.kind == ErrorKind::InvalidInput ? ExitBadInput : ExitFailure;
}

struct Options
{
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              RenderCommand::tr("File to write (default <ID>.jpg, or contact-sheet.png)."),
                              RenderCommand::tr("file")};
    QCommandLineOption preset{QStringLiteral("preset"), RenderCommand::tr("Render with this preset's parameters."),
                              RenderCommand::tr("id")};
    QCommandLineOption type{QStringLiteral("type"), RenderCommand::tr("movie (default) or tv."), RenderCommand::tr("type")};
    QCommandLineOption query{QStringLiteral("query"),
                             RenderCommand::tr("/poster parameters applied on top of the preset, e.g. \"shape=landscape&rating_display_mode=3\"."),
                             RenderCommand::tr("k=v&…")};
    QCommandLineOption contactSheet{QStringLiteral("contact-sheet"),
                                    RenderCommand::tr("Write a PNG grid of every preset, every rating mode × palette and the fallback canvases instead.")};
    QCommandLineOption config{QStringLiteral("config"),
                              RenderCommand::tr("INI file with settings; environment variables override it."),
                              RenderCommand::tr("file")};
    QCommandLineOption dataDir{QStringLiteral("data-dir"), RenderCommand::tr("Data directory (MARQUEE_DATA_DIR)."),
                               RenderCommand::tr("dir")};
    QCommandLineOption cacheDir{QStringLiteral("cache-dir"), RenderCommand::tr("Cache directory (MARQUEE_CACHE_DIR)."),
                                RenderCommand::tr("dir")};
};

Result<std::unique_ptr<Daemon>> buildDaemon(const QCommandLineParser &parser, const Options &options)
{
    auto settings = Config::ServerSettings::load(QProcessEnvironment::systemEnvironment(), parser.value(options.config));
    if (!settings)
        return fail(settings.error());
    if (parser.isSet(options.dataDir))
        settings->dataDir = parser.value(options.dataDir);
    if (parser.isSet(options.cacheDir))
        settings->cacheDir = parser.value(options.cacheDir);
    // The composition root also builds the HTTP routes; it never listens here.
    return Daemon::create(*settings);
}

VoidResult writeFile(const QString &fileName, const QByteArray &bytes)
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return fail(ErrorKind::Internal,
                RenderCommand::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
}

QSize imageSize(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    return QImageReader(&buffer).size();
}

void reportWritten(const QString &fileName, const QByteArray &bytes)
{
    const QSize size = imageSize(bytes);
    printLine(stdout, RenderCommand::tr("wrote %1 (%2×%3, %4 bytes)")
                          .arg(QDir::toNativeSeparators(fileName))
                          .arg(size.width())
                          .arg(size.height())
                          .arg(bytes.size()));
}

int renderOne(const QCommandLineParser &parser, const Options &options, Daemon &daemon)
{
    RenderJob job;
    job.id = parser.positionalArguments().constFirst();
    if (parser.isSet(options.type))
        job.type = parser.value(options.type);
    job.preset = parser.value(options.preset);
    job.query = QUrlQuery(parser.value(options.query));

    const QString setting = daemon.settings().imageFormat;
    QString fileName = parser.value(options.output);
    const Pipeline::ImageFormat format = RenderCommand::formatFor(fileName, setting);
    if (fileName.isEmpty()) {
        const QString safeId = QString(job.id).replace(QLatin1Char(':'), QLatin1Char('_'));
        fileName = safeId + (format == Pipeline::ImageFormat::WebP ? QLatin1String(".webp") : QLatin1String(".jpg"));
    }

    const Result<Pipeline::PosterRequest> request = RenderCommand::request(job, daemon.settings(), format);
    if (!request) {
        printLine(stderr, request.error().message);
        return exitCode(request.error());
    }
    const Result<QByteArray> bytes = RenderCommand::produce(daemon.pipeline(), *request);
    if (!bytes) {
        printLine(stderr, bytes.error().message);
        return exitCode(bytes.error());
    }
    if (const VoidResult written = writeFile(fileName, *bytes); !written) {
        printLine(stderr, written.error().message);
        return ExitFailure;
    }
    reportWritten(fileName, *bytes);
    return 0;
}

int renderContactSheet(const QCommandLineParser &parser, const Options &options, Daemon &daemon)
{
    QString fileName = parser.value(options.output);
    if (fileName.isEmpty())
        fileName = QStringLiteral("contact-sheet.png");
    const Render::FontBook fonts;
    const Result<QImage> sheet = ContactSheet(daemon.pipeline(), daemon.settings(), fonts).render();
    if (!sheet) {
        printLine(stderr, sheet.error().message);
        return exitCode(sheet.error());
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!sheet->save(&buffer, "PNG")) {
        printLine(stderr, RenderCommand::tr("Cannot encode the contact sheet as PNG"));
        return ExitFailure;
    }
    if (const VoidResult written = writeFile(fileName, png); !written) {
        printLine(stderr, written.error().message);
        return ExitFailure;
    }
    reportWritten(fileName, png);
    return 0;
}

} // namespace

int RenderCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Renders one poster to a file through the daemon's pipeline and settings."));
    const QCommandLineOption help = parser.addHelpOption();
    const Options options;
    parser.addOptions({options.output, options.preset, options.type, options.query, options.contactSheet,
                       options.config, options.dataDir, options.cacheDir});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("tt…, a TMDB id or tmdb:<id> (not with --contact-sheet)."));

    // Drop the "render" word so the parser sees the program name, then the options.
    QStringList own = arguments.mid(0, 1) + arguments.mid(2);
    if (!parser.parse(own)) {
        printLine(stderr, parser.errorText());
        return ExitBadInput;
    }
    if (parser.isSet(help)) {
        printLine(stdout, parser.helpText().replace(QFileInfo(arguments.value(0)).fileName() + QLatin1String(" [options]"),
                                                    QFileInfo(arguments.value(0)).fileName() + QLatin1String(" render [options]")));
        return 0;
    }
    const bool sheet = parser.isSet(options.contactSheet);
    const qsizetype wanted = sheet ? 0 : 1;
    if (parser.positionalArguments().size() != wanted) {
        printLine(stderr, sheet ? tr("--contact-sheet takes no ID")
                                : tr("Give exactly one ID (tt…, a TMDB id or tmdb:<id>); see marqueed render --help"));
        return ExitBadInput;
    }

    auto daemon = buildDaemon(parser, options);
    if (!daemon) {
        printLine(stderr, daemon.error().message);
        return exitCode(daemon.error());
    }
    return sheet ? renderContactSheet(parser, options, **daemon) : renderOne(parser, options, **daemon);
}

Result<Pipeline::PosterRequest> RenderCommand::request(const RenderJob &job, const Config::ServerSettings &settings,
                                                       Pipeline::ImageFormat format)
{
    const QString shape = job.query.queryItemValue(QStringLiteral("shape"), QUrl::FullyDecoded);
    const Result<Config::PresetPath> path =
        Config::parsePresetPath(job.preset.isEmpty() ? QString(NoPreset) : job.preset, job.type, job.id, shape);
    if (!path)
        return fail(path.error());

    QUrlQuery params;
    if (!job.preset.isEmpty()) {
        const Presets::Preset *preset = Presets::PresetCatalog::find(job.preset);
        if (!preset)
            return fail(ErrorKind::InvalidInput, tr("Unknown preset '%1'").arg(job.preset));
        params = preset->params;
    }
    // The command line's id and type win over any in the query.
    static const QStringList identity{QStringLiteral("imdb_id"), QStringLiteral("tmdb_id"), QStringLiteral("type")};
    for (const auto &[key, value] : job.query.queryItems(QUrl::FullyEncoded)) {
        if (identity.contains(key))
            continue;
        params.removeAllQueryItems(key);
        params.addQueryItem(key, value);
    }
    params.addQueryItem(QStringLiteral("type"), mediaTypeName(path->title.type));
    if (!path->title.imdbId.isEmpty())
        params.addQueryItem(QStringLiteral("imdb_id"), path->title.imdbId);
    if (path->title.tmdbId > 0)
        params.addQueryItem(QStringLiteral("tmdb_id"), QString::number(path->title.tmdbId));

    Result<Config::PosterQuery> parsed = Config::parsePosterQuery(params);
    if (!parsed)
        return fail(parsed.error());
    Config::applyDefaultLogoLanguage(parsed->config, settings.defaultLogoLanguage, params);

    Pipeline::PosterRequest request;
    request.query = std::move(*parsed);
    request.format = format;
    request.presetRoute = true;  // /p id semantics: an IMDb id resolves through TMDB
    return request;
}

Result<QByteArray> RenderCommand::produce(Pipeline::PosterPipeline &pipeline, const Pipeline::PosterRequest &request)
{
    Result<Pipeline::PosterResult> result = pipeline.produce(request);
    if (result && !result->persisted && !result->oneOff && pipeline.waitForBackgroundWork(RatingWaitMs))
        result = pipeline.produce(request);
    if (!result)
        return fail(result.error());
    return result->bytes;
}

Pipeline::ImageFormat RenderCommand::formatFor(const QString &fileName, const QString &imageFormatSetting)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("webp"))
        return Pipeline::ImageFormat::WebP;
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return Pipeline::ImageFormat::Jpeg;
    // A script has no Accept header to offer; "auto" therefore means JPEG, as for such a client.
    return Pipeline::negotiateFormat(imageFormatSetting, QByteArray());
}

} // namespace Marquee
