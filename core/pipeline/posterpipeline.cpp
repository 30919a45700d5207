#include "core/pipeline/posterpipeline.h"

#include <algorithm>
#include <atomic>

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QUrl>

#include "core/pipeline/artselector.h"
#include "core/pipeline/artworkloader.h"
#include "core/pipeline/compositecache.h"
#include "core/pipeline/compositekey.h"
#include "core/pipeline/genrelabel.h"
#include "core/pipeline/imagecache.h"
#include "core/pipeline/inflightrenders.h"
#include "core/pipeline/metadatacache.h"
#include "core/pipeline/posterencoder.h"
#include "core/pipeline/ratingscache.h"
#include "core/pipeline/renderinputsbuilder.h"
#include "core/pipeline/renderslots.h"
#include "core/pipeline/titleresolver.h"
#include "core/render/posterrenderer.h"
#include "core/storage/storage.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcPipeline, "marquee.pipeline")

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QDate today(qint64 now)
{
    return QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
}

tl::unexpected<Error> noLogo()
{
    return fail(ErrorKind::NotFound,
                QCoreApplication::translate("Marquee::Pipeline::PosterPipeline", "No logo available"));
}

// PNG keeps the logo's alpha; a logo without alpha is written as it is.
Result<QByteArray> encodePng(const QImage &logo)
{
    const QImage image = logo.hasAlphaChannel() ? logo.convertToFormat(QImage::Format_ARGB32) : logo;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return fail(ErrorKind::Internal, QStringLiteral("cannot encode the logo as PNG"));
    return bytes;
}

int renderCapacity(const Config::ServerSettings &settings)
{
    return settings.renderConcurrency > 0 ? settings.renderConcurrency : 8;
}

} // namespace

class PosterPipeline::Private
{
public:
    Private(const Config::ServerSettings &serverSettings, PipelineServices pipelineServices)
        : settings(serverSettings)
        , services(pipelineServices)
        , renderSlots(renderCapacity(settings), std::chrono::seconds(std::max(0, settings.renderQueueTimeoutSec)))
        , composites(services.storage, services.blobs, settings.compositeMemEntries)
        , resolver(settings, services.storage, services.library, services.metadata, &renderSlots)
        , metadata(services.storage, services.metadata)
        , ratings(services.storage, services.ratings, settings.mdblistApiKeys, settings.ratingMinVotes)
        , images(settings.effectiveCacheDir() + QStringLiteral("/images"), services.metadata)
        , artwork(images)
        , encoder(settings.jpegQuality, settings.webpQuality)
    {
    }

    bool isOneOff(const PosterRequest &request) const;
    CompositeKey::ServerInputs serverInputs(const PosterRequest &request, bool local) const;
    QString keyFor(const PosterRequest &request, const std::optional<Sources::LocalTitle> &local,
                   qint64 tmdbId) const;
    QString keyWithoutIo(const PosterRequest &request) const;
    PosterResult fromCache(const CompositeEntry &entry, const QString &key, ImageFormat format) const;

    Result<PosterResult> produceShared(const PosterRequest &request, const ResolvedTitle &title, const QString &key);
    Result<PosterResult> renderFresh(const PosterRequest &request, const ResolvedTitle &title, const QString &key,
                                     bool oneOff);
    Error detailsError(Error error, const PosterRequest &request, const ResolvedTitle &title);
    Error imageError(Error error, const PosterRequest &request, const ResolvedTitle &title);

    const Config::ServerSettings settings;
    const PipelineServices services;
    RenderSlots renderSlots;
    InFlightRenders inflight;
    CompositeCache composites;
    TitleResolver resolver;
    MetadataCache metadata;
    RatingsCache ratings;
    ImageCache images;
    ArtworkLoader artwork;
    PosterEncoder encoder;

    mutable std::atomic<qint64> memoryHits{0};
    std::atomic<qint64> storeHits{0};
    std::atomic<qint64> misses{0};
    std::atomic<qint64> rendersDone{0};
    PosterPipeline::RenderObserver renderObserver;
};

bool PosterPipeline::Private::isOneOff(const PosterRequest &request) const
{
    // nocache is an operator tool: honoured only when the instance has an access key.
    return !request.query.qualityOverride.isEmpty() || (request.query.nocache && !settings.accessKey.isEmpty())
           || settings.disableCompositeCache;
}

CompositeKey::ServerInputs PosterPipeline::Private::serverInputs(const PosterRequest &request, bool local) const
{
    CompositeKey::ServerInputs inputs;
    inputs.format = request.format == ImageFormat::WebP ? QStringLiteral("webp") : QStringLiteral("jpeg");
    inputs.quality = encoder.quality(request.format);
    inputs.localSource = local;
    inputs.ratingMinVotes = settings.ratingMinVotes;
    inputs.serverWeights = CompositeKey::weightsText(
        request.query.title.type == MediaType::Tv ? settings.tvWeights : settings.movieWeights);
    inputs.mdblistConfigured = std::any_of(settings.mdblistApiKeys.cbegin(), settings.mdblistApiKeys.cend(),
                                           [](const QString &key) { return !key.isEmpty(); });
    return inputs;
}

QString PosterPipeline::Private::keyFor(const PosterRequest &request, const std::optional<Sources::LocalTitle> &local,
                                        qint64 tmdbId) const
{
    TitleId id = request.query.title;
    id.tmdbId = (local && id.tmdbId <= 0) ? local->metadata.id.tmdbId : tmdbId;
    return CompositeKey::build(id, request.query.config, serverInputs(request, local.has_value()));
}

QString PosterPipeline::Private::keyWithoutIo(const PosterRequest &request) const
{
    const TitleId &id = request.query.title;
    const auto local = resolver.localTitle(id);
    if (local)
        return keyFor(request, local, id.tmdbId);
    // Requests that produce() would reject never get an answer from memory either.
    if (resolver.effectiveTmdbKey(request).isEmpty())
        return {};
    if (id.tmdbId > 0)
        return keyFor(request, local, id.tmdbId);
    if (id.imdbId.isEmpty() || (!request.presetRoute && !settings.posterResolveImdb))
        return {};
    const qint64 known = resolver.knownTmdbId(id.imdbId, id.type);
    return known > 0 ? keyFor(request, local, known) : QString();
}

PosterResult PosterPipeline::Private::fromCache(const CompositeEntry &entry, const QString &key,
                                                ImageFormat format) const
{
    PosterResult result;
    result.bytes = entry.bytes;
    result.mimeType = mimeType(format);
    result.etag = entry.etag;
    result.persisted = true;
    result.cacheHit = true;
    result.expiresAt = entry.expiresAt;
    result.compositeKey = key;
    return result;
}

Error PosterPipeline::Private::detailsError(Error error, const PosterRequest &request, const ResolvedTitle &title)
{
    if (error.kind != ErrorKind::NotFound)
        return error;
    // A retired TMDB id: forget the mapping this server made (only if it still points there).
    if (title.mappedFromImdb && services.storage) {
        if (auto removed = services.storage->removeTmdbIdIf(title.id.imdbId, title.id.type, title.id.tmdbId); !removed)
            qCWarning(lcPipeline) << "cannot drop retired imdb mapping:" << removed.error().message;
        resolver.forget(title.id.imdbId, title.id.type, title.id.tmdbId);
    }
    metadata.drop(title.id.type, title.id.tmdbId, request.query.config.text(Config::Param::LogoLanguage));
    error.message = request.presetRoute
                        ? QCoreApplication::translate("Marquee::Pipeline::PosterPipeline", "Title not found on TMDB")
                        : QCoreApplication::translate("Marquee::Pipeline::PosterPipeline", "Poster image not found on TMDB");
    error.upstreamStatus = 404;
    return error;
}

Error PosterPipeline::Private::imageError(Error error, const PosterRequest &request, const ResolvedTitle &title)
{
    if (error.kind != ErrorKind::NotFound)
        return error;
    // The art moved: refetch details next time, but the title itself (and its mapping) is fine.
    metadata.drop(title.id.type, title.id.tmdbId, request.query.config.text(Config::Param::LogoLanguage));
    error.message = QCoreApplication::translate("Marquee::Pipeline::PosterPipeline", "Poster image not found on TMDB");
    error.upstreamStatus = 404;
    return error;
}

Result<PosterResult> PosterPipeline::Private::produceShared(const PosterRequest &request, const ResolvedTitle &title,
                                                            const QString &key)
{
    if (auto hit = composites.read(key, nowSeconds())) {
        ++storeHits;
        return fromCache(*hit, key, request.format);
    }
    ++misses;
    auto claim = inflight.join(key);
    if (!claim.isLeader())
        return claim.wait();
    // The previous leader may have finished between our miss and our claim.
    if (auto hit = composites.memory(key, nowSeconds())) {
        const PosterResult result = fromCache(*hit, key, request.format);
        claim.publish(result);
        return result;
    }
    auto result = renderFresh(request, title, key, false);
    claim.publish(result);
    return result;
}

Result<PosterResult> PosterPipeline::Private::renderFresh(const PosterRequest &request, const ResolvedTitle &title,
                                                          const QString &key, bool oneOff)
{
    auto slot = renderSlots.acquire();
    if (!slot)
        return fail(slot.error());
    QElapsedTimer renderTimer;
    renderTimer.start();
    const qint64 now = nowSeconds();
    const Config::RenderConfig &config = request.query.config;

    Sources::TitleMetadata meta;
    RatingsOutcome rated;
    Artwork art;
    if (title.local) {
        meta = title.local->metadata;
        rated = {title.local->ratings, true};  // the .nfo is the whole truth for a local title
        art = ArtworkLoader::local(*title.local, config);
    } else {
        auto details = metadata.get(title.id.type, title.id.tmdbId, config.text(Config::Param::LogoLanguage),
                                    title.tmdbKey, now);
        if (!details)
            return fail(detailsError(details.error(), request, title));
        meta = *details;
        TitleId ratingId = title.id;
        if (ratingId.imdbId.isEmpty())
            ratingId.imdbId = meta.id.imdbId;  // MDBList's IMDb route is the better key
        const QString genre = GenreLabel::forGenreIds(meta.genreIds);
        rated = request.presetRoute ? ratings.cachedOnly(ratingId, genre, now)
                                    : ratings.foreground(ratingId, request.query.mdblistKey, genre, now);
        auto loaded = artwork.tmdb(meta, config);
        if (!loaded)
            return fail(imageError(loaded.error(), request, title));
        art = *loaded;
    }

    const RenderInputsBuilder::ScorePolicy policy{settings.movieWeights, settings.tvWeights, settings.ratingMinVotes};
    const Render::RenderInputs inputs = RenderInputsBuilder::build(meta, rated, art, config,
                                                                   request.query.qualityOverride, policy, today(now));
    const QImage image = services.renderer->render(inputs, config);
    auto bytes = encoder.encode(image, request.format);
    if (!bytes)
        return fail(bytes.error());
    ++rendersDone;
    if (renderObserver)
        renderObserver(static_cast<double>(renderTimer.nsecsElapsed()) / 1e9);

    PosterResult result;
    result.bytes = *bytes;
    result.mimeType = mimeType(request.format);
    result.compositeKey = key;
    result.oneOff = oneOff;
    // /poster: anything unsettled makes the poster provisional (no-store). /p: serve it cacheable for a
    // minute but keep it out of the composite cache until the background fetch has landed.
    result.provisional = !art.complete || (!request.presetRoute && !rated.determined);
    if (!result.provisional && !oneOff)
        result.etag = CompositeCache::etagFor(result.bytes);
    if (result.provisional || oneOff || !rated.determined)
        return result;

    const qint64 expiresAt = CompositeKey::expiresAt(key, now, settings.compositeCacheTtl, settings.compositeCacheTtlJitter);
    const QString params = request.query.replayQuery().toString(QUrl::FullyEncoded);
    if (auto written = composites.write(key, {result.bytes, result.etag, expiresAt}, params, now); !written) {
        qCWarning(lcPipeline) << "composite not persisted:" << written.error().message;
        return result;
    }
    result.persisted = true;
    result.expiresAt = expiresAt;
    return result;
}

PosterPipeline::PosterPipeline(const Config::ServerSettings &settings, PipelineServices services)
    : d(std::make_unique<Private>(settings, services))
{
}

PosterPipeline::~PosterPipeline() = default;

std::optional<PosterResult> PosterPipeline::memoryHit(const PosterRequest &request) const
{
    if (d->isOneOff(request))
        return std::nullopt;
    const QString key = d->keyWithoutIo(request);
    if (key.isEmpty())
        return std::nullopt;
    const auto hit = d->composites.memory(key, nowSeconds());
    if (!hit)
        return std::nullopt;
    ++d->memoryHits;
    return d->fromCache(*hit, key, request.format);
}

Result<PosterResult> PosterPipeline::produce(const PosterRequest &request)
{
    if (!d->services.renderer)
        return fail(ErrorKind::Internal, QStringLiteral("PosterPipeline has no renderer"));
    auto title = d->resolver.resolve(request);
    if (!title)
        return fail(title.error());
    const QString key = d->keyFor(request, title->local, title->id.tmdbId);
    if (d->isOneOff(request))
        return d->renderFresh(request, *title, key, true);  // never cached, never shared
    return d->produceShared(request, *title, key);
}

QString PosterPipeline::compositeKey(const PosterRequest &request) const
{
    return d->keyWithoutIo(request);
}

Result<QByteArray> PosterPipeline::logoPng(const TitleId &id, const QString &language, const QString &tmdbKey)
{
    // Resolved like a /p request: an IMDb-only id may be mapped, and a missing key is the server's
    // configuration problem (503), not the client's.
    PosterRequest request;
    request.query.title = id;
    request.query.tmdbKey = tmdbKey;
    request.query.config.setValue(Config::Param::LogoLanguage, language);
    request.presetRoute = true;
    auto title = d->resolver.resolve(request);
    if (!title)
        return fail(title.error());
    if (title->local) {
        if (title->local->logoFile.isEmpty())
            return noLogo();
        auto logo = ImageCache::localImage(title->local->logoFile);
        if (!logo)
            return fail(logo.error());
        return encodePng(*logo);
    }

    // Upstream work like a render: it waits for (and is bounded by) a render slot.
    auto slot = d->renderSlots.acquire();
    if (!slot)
        return fail(slot.error());
    auto details = d->metadata.get(title->id.type, title->id.tmdbId, language, title->tmdbKey, nowSeconds());
    if (!details)
        return fail(d->detailsError(details.error(), request, *title));
    const auto chosen = ArtSelector::logo(*details, language);
    if (!chosen)
        return noLogo();
    auto logo = d->images.tmdbImage(chosen->filePath, QStringLiteral("w500"));
    if (!logo) {
        if (logo.error().kind == ErrorKind::NotFound)
            return noLogo();
        return fail(logo.error());
    }
    return encodePng(*logo);
}

QJsonObject PosterPipeline::stats() const
{
    return QJsonObject{
        {QStringLiteral("renders_in_flight"), d->inflight.inFlight()},
        {QStringLiteral("renders_active"), d->renderSlots.active()},
        {QStringLiteral("renders_queued"), d->renderSlots.queued()},
        {QStringLiteral("render_slots"), d->renderSlots.capacity()},
        {QStringLiteral("render_saturated_total"), d->renderSlots.saturatedCount()},
        {QStringLiteral("renders_total"), d->rendersDone.load()},
        {QStringLiteral("renders_coalesced"), d->inflight.coalescedCount()},
        {QStringLiteral("composite_l1_entries"), d->composites.memoryEntries()},
        {QStringLiteral("composite_l1_bytes"), d->composites.memoryBytes()},
        {QStringLiteral("composite_hits_memory"), d->memoryHits.load()},
        {QStringLiteral("composite_hits_store"), d->storeHits.load()},
        {QStringLiteral("composite_misses"), d->misses.load()},
        {QStringLiteral("rating_fetches_queued"), d->ratings.pendingBackground()},
        {QStringLiteral("composite_cache_disabled"), d->settings.disableCompositeCache},
    };
}

void PosterPipeline::setRenderObserver(RenderObserver observer)
{
    d->renderObserver = std::move(observer);
}

bool PosterPipeline::waitForBackgroundWork(int msecs)
{
    return d->ratings.waitForBackground(msecs);
}

} // namespace Marquee::Pipeline
