#include "core/pipeline/posterpipeline.h"

#include <algorithm>
#include <atomic>
#include <limits>

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QUrl>

#include "core/blob/blobstore.h"
#include "core/net/deadline.h"
#include "core/pipeline/artselector.h"
#include "core/pipeline/artworkloader.h"
#include "core/pipeline/compositecache.h"
#include "core/pipeline/compositekey.h"
#include "core/pipeline/deadlinefetches.h"
#include "core/pipeline/genrelabel.h"
#include "core/pipeline/imagecache.h"
#include "core/pipeline/inflightrenders.h"
#include "core/pipeline/metadatacache.h"
#include "core/pipeline/posterencoder.h"
#include "core/pipeline/qualitycache.h"
#include "core/pipeline/ratinginputs.h"
#include "core/pipeline/ratingscache.h"
#include "core/pipeline/renderdiagnostics.h"
#include "core/pipeline/releasestatuscache.h"
#include "core/pipeline/releasewarmer.h"
#include "core/pipeline/renderinputsbuilder.h"
#include "core/pipeline/renderslots.h"
#include "core/pipeline/stalecomposite.h"
#include "core/pipeline/titleresolver.h"
#include "core/pipeline/trendingranks.h"
#include "core/pipeline/trendingrefresh.h"
#include "core/render/posterrenderer.h"
#include "core/sources/imdbdataset.h"
#include "core/sources/tmdbsource.h"
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

constexpr int MaxStaleRefreshes = 64;

int renderCapacity(const Config::ServerSettings &settings)
{
    return settings.renderConcurrency > 0 ? settings.renderConcurrency : 8;
}

ReleaseStatusCache::Fetch releaseDatesFetch(Sources::TmdbSource *tmdb)
{
    if (!tmdb)
        return {};
    return [tmdb](qint64 movieId, const QString &apiKey) { return tmdb->releaseDates(movieId, apiKey); };
}


} // namespace

class PosterPipeline::Private
{
public:
    Private(const Config::ServerSettings &serverSettings, PipelineServices pipelineServices)
        : settings(serverSettings)
        , services(pipelineServices)
        , renderSlots(renderCapacity(settings), std::chrono::seconds(std::max(0, settings.renderQueueTimeoutSec)))
        , composites(services.storage, services.blobs, settings.compositeMemEntries, settings.deleteGraceSeconds)
        , resolver(settings, services.storage, services.library, services.metadata, &renderSlots)
        , metadata(services.storage, services.metadata, 2 * renderCapacity(settings))
        , ratings(services.storage, services.ratings, settings.mdblistApiKeys, settings.ratingMinVotes,
                  settings.mdblistConcurrency)
        , quality(services.storage, services.qualityCoordinator, services.quality,
                  {settings.qualityOldCacheDays, settings.qualityBgConcurrency, settings.qualityWaitTimeoutSec * 1000})
        , images(settings.effectiveCacheDir() + QStringLiteral("/images"), services.metadata)
        , artwork(images)
        , encoder(settings.jpegQuality, settings.webpQuality)
        , releases(services.storage, releaseDatesFetch(services.releaseDates), settings.cinemaMaxAgeYears)
        , trending(TrendingRefresh::ranksFor(TrendingRefresh::optionsFrom(settings), services.storage))
    {
    }

    // Release status and trending rank of a TMDB title; the expiry they impose on its composite.
    // releaseCachedOnly (/p with a cold release status): draw only what the details prove, no fetch.
    RenderInputsBuilder::SashData sashData(const ResolvedTitle &title, const Sources::TitleMetadata &meta,
                                           qint64 now, qint64 *expiryCap, bool releaseCachedOnly = false);
    void rememberImdbId(const ResolvedTitle &title, qint64 now);

    bool isOneOff(const PosterRequest &request) const;
    CompositeKey::ServerInputs serverInputs(const PosterRequest &request, bool local) const;
    QString keyFor(const PosterRequest &request, const std::optional<Sources::LocalTitle> &local,
                   qint64 tmdbId) const;
    QString keyWithoutIo(const PosterRequest &request) const;
    PosterResult fromCache(const CompositeEntry &entry, const QString &key, ImageFormat format) const;
    std::optional<PosterResult> storeHit(const PosterRequest &request, const QString &key);

    Result<PosterResult> produceShared(const PosterRequest &request, const ResolvedTitle &title, const QString &key);
    Result<PosterResult> renderFresh(const PosterRequest &request, const ResolvedTitle &title, const QString &key,
                                     bool oneOff, bool background = false);
    // Stale-while-revalidate: an expired composite for a render an upstream outage failed, plus a
    // background re-render (no deadline) that replaces it once the upstream answers again.
    std::optional<PosterResult> serveStale(const PosterRequest &request, const ResolvedTitle &title,
                                           const QString &key, const Error &error);
    Error detailsError(Error error, const PosterRequest &request, const ResolvedTitle &title);
    Error imageError(Error error, const PosterRequest &request, const ResolvedTitle &title);

    const Config::ServerSettings settings;
    // Parts of every composite key that only the settings decide, formatted once (keys are built
    // for every cache hit).
    const QString movieWeightsText = CompositeKey::weightsText(settings.movieWeights);
    const QString tvWeightsText = CompositeKey::weightsText(settings.tvWeights);
    const bool mdblistConfigured = std::any_of(settings.mdblistApiKeys.cbegin(), settings.mdblistApiKeys.cend(),
                                               [](const QString &key) { return !key.isEmpty(); });
    const PipelineServices services;
    RenderSlots renderSlots;
    InFlightRenders inflight;
    CompositeCache composites;
    TitleResolver resolver;
    MetadataCache metadata;
    RatingsCache ratings;
    QualityCache quality;
    ImageCache images;
    ArtworkLoader artwork;
    PosterEncoder encoder;
    ReleaseStatusCache releases;
    ReleaseStatusCache releasesFromDetails{services.storage, {}, settings.cinemaMaxAgeYears};  // never fetches
    ReleaseWarmer releaseWarmer{services.storage, releases, services.releaseDates != nullptr};  // /p: cold release statuses, in the background
    TrendingRanks trending;
    DeadlineFetches<PosterResult> refreshes{2, MaxStaleRefreshes};  // SWR re-renders, one per key
    std::atomic<qint64> staleServed{0};

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
    inputs.serverWeights = request.query.title.type == MediaType::Tv ? tvWeightsText : movieWeightsText;
    // Which source answered the badges (and, for series, which episode) changes the pixels.
    if (quality.enabled())
        inputs.qualitySource = quality.context()
            + (request.query.title.type == MediaType::Tv
                   ? QStringLiteral(":%1:%2").arg(request.query.season).arg(request.query.episode) : QString());
    inputs.mdblistConfigured = mdblistConfigured;
    // Posters scored with the dataset change once it is imported (reference "|imdbds=").
    if (services.imdbDataset)
        inputs.imdbDataset = QStringLiteral("%1:%2").arg(services.imdbDataset->ready() ? 1 : 0)
                                 .arg(services.imdbDataset->minVotes());
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

std::optional<PosterResult> PosterPipeline::Private::storeHit(const PosterRequest &request, const QString &key)
{
    const qint64 now = nowSeconds();
    if (!request.allowRedirect || settings.objectStorePublicUrl.isEmpty() || !services.blobs) {
        if (auto hit = composites.read(key, now))
            return fromCache(*hit, key, request.format);
        return std::nullopt;
    }
    // A CDN fronts the store: RAM hits are still served inline, stored composites by a redirect to
    // their versioned copy there (reference §1.2 step 7).
    if (auto hit = composites.memory(key, now))
        return fromCache(*hit, key, request.format);
    const auto located = composites.locate(key, now);
    if (!located) {
        // The store cannot say: render instead, a failing store must not fail the poster.
        qCWarning(lcPipeline) << "composite lookup failed:" << located.error().message;
        return std::nullopt;
    }
    if (!located->has_value())
        return std::nullopt;
    PosterResult result;
    result.mimeType = mimeType(request.format);
    result.persisted = true;
    result.cacheHit = true;
    result.expiresAt = (*located)->expiresAt;
    result.compositeKey = key;
    result.redirectUrl = services.blobs->publicUrl(settings.objectStorePublicUrl, (*located)->blobKey);
    return result;
}

RenderInputsBuilder::SashData PosterPipeline::Private::sashData(const ResolvedTitle &title,
                                                                const Sources::TitleMetadata &meta, qint64 now,
                                                                qint64 *expiryCap, bool releaseCachedOnly)
{
    RenderInputsBuilder::SashData data;
    if (title.local)
        return data;
    // Composites never outlive the release data drawn into them (reference §6.2).
    data.release = (releaseCachedOnly ? releasesFromDetails : releases).forTitle(meta, title.tmdbKey, now);
    if (data.release.expiresAt > 0)
        *expiryCap = std::min(*expiryCap, data.release.expiresAt);
    if (services.trendingWarmUp)
        services.trendingWarmUp();
    if (const auto ranks = trending.snapshot(meta.id.type, now)) {
        const int rank = ranks->rankOf(meta.id.tmdbId);
        if (rank > 0 && rank <= std::max(settings.trendingFetchCount, settings.trendingBroadFetchCount)) {
            data.trendingRank = rank;
            data.trendingBroad = rank > settings.trendingFetchCount;
            // A rank is a day's news: the poster lasts a day at most, and not past the next refresh.
            *expiryCap = std::min(*expiryCap, now + 86400);
            if (ranks->nextRefreshAt > now)
                *expiryCap = std::min(*expiryCap, ranks->nextRefreshAt);
        }
    }
    return data;
}

void PosterPipeline::Private::rememberImdbId(const ResolvedTitle &title, qint64 now)
{
    // Composite keys start with the IMDb id when the request named one; the trending refresh finds
    // them through this note (it only knows TMDB ids).
    if (title.local || title.id.imdbId.isEmpty() || !services.storage)
        return;
    const Storage::KeyedValueRow row{TrendingRefresh::ImdbNamespace, TrendingRefresh::imdbKey(title.id.type, title.id.tmdbId),
                                     QJsonObject{{QStringLiteral("imdb"), title.id.imdbId}}, now, now + 30 * 86400};
    if (auto stored = services.storage->putKeyedValue(row); !stored)
        qCWarning(lcPipeline) << "imdb id note not stored:" << stored.error().message;
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
    metadata.drop(title.id.type, title.id.tmdbId, LanguagePreference::metadataLanguage(request.query.config));
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
    metadata.drop(title.id.type, title.id.tmdbId, LanguagePreference::metadataLanguage(request.query.config));
    error.message = QCoreApplication::translate("Marquee::Pipeline::PosterPipeline", "Poster image not found on TMDB");
    error.upstreamStatus = 404;
    return error;
}

Result<PosterResult> PosterPipeline::Private::produceShared(const PosterRequest &request, const ResolvedTitle &title,
                                                            const QString &key)
{
    if (auto hit = storeHit(request, key)) {
        ++storeHits;
        return *hit;
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
    if (!result) {
        if (auto stale = serveStale(request, title, key, result.error()))
            result = *stale;
    }
    claim.publish(result);
    return result;
}

std::optional<PosterResult> PosterPipeline::Private::serveStale(const PosterRequest &request,
                                                                const ResolvedTitle &title, const QString &key,
                                                                const Error &error)
{
    if (!StaleComposite::isUpstreamOutage(error))
        return std::nullopt;
    const auto entry = StaleComposite::read(services.storage, services.blobs, key);
    if (!entry)
        return std::nullopt;
    qCInfo(lcPipeline) << "upstream failing (" << error.message << "): serving the expired composite" << key;
    ++staleServed;
    refreshes.run(key, [this, request, title, key] { return renderFresh(request, title, key, false, true); }, 0);
    PosterResult result = fromCache(*entry, key, request.format);
    result.etag.clear();
    result.persisted = false;
    result.cacheHit = false;
    result.provisional = true;  // no-store on /poster, a minute on /p: it is replaced once upstream is back
    result.stale = true;
    return result;
}

Result<PosterResult> PosterPipeline::Private::renderFresh(const PosterRequest &request, const ResolvedTitle &title,
                                                          const QString &key, bool oneOff, bool background)
{
    auto slot = renderSlots.acquire();
    if (!slot)
        return fail(slot.error());
    // The foreground budget starts once the slot is ours (the queue has its own RENDER_QUEUE_TIMEOUT);
    // background refreshes have none, each call keeps its own timeout.
    const Net::Deadline::Scope budget(background ? 0 : settings.upstreamDeadlineMs);
    QElapsedTimer renderTimer;
    renderTimer.start();
    const qint64 now = nowSeconds();
    const Config::RenderConfig &config = request.query.config;

    Sources::TitleMetadata meta;
    RatingsOutcome rated;
    Artwork art;
    bool staleMetadata = false;  // an expired details row stood in for a failing or late TMDB
    TitleId ratingId = title.id;
    QString genre;
    if (title.local) {
        meta = title.local->metadata;
        rated = {title.local->ratings, true};  // the .nfo is the whole truth for a local title
        art = ArtworkLoader::local(*title.local, config);
    } else {
        auto details = metadata.get(title.id.type, title.id.tmdbId, LanguagePreference::metadataLanguage(config),
                                    title.tmdbKey, now, &staleMetadata);
        if (!details)
            return fail(detailsError(details.error(), request, title));
        meta = *details;
        if (ratingId.imdbId.isEmpty())
            ratingId.imdbId = meta.id.imdbId;  // MDBList's IMDb route is the better key
        genre = GenreLabel::forGenreIds(meta.genreIds);
        // /p never waits for MDBList (the moat). /poster starts the fetch now so it overlaps the art and
        // release data, and waits for it last, only until the deadline.
        if (request.presetRoute)
            rated = ratings.cachedOnly(ratingId, genre, now);
        else
            ratings.prefetch(ratingId, request.query.mdblistKey, genre, now);
        auto loaded = artwork.tmdb(meta, config);
        if (!loaded)
            return fail(imageError(loaded.error(), request, title));
        art = *loaded;
    }

    qint64 expiryCap = std::numeric_limits<qint64>::max();
    // /p reads only a cached release status (the moat); a cold one is warmed in the background and the
    // poster is not stored until it has landed.
    const bool releaseKnown = !request.presetRoute || title.local.has_value()
                              || releaseWarmer.cached(meta, title.tmdbKey, now);
    const RenderInputsBuilder::SashData sash = sashData(title, meta, now, &expiryCap, !releaseKnown);
    // Unknown quality (still fetching, pending, failing) is drawn as none, but never stored as final.
    const QualityOutcome qualityData = quality.forRender(request.query, title.local.has_value(), meta,
                                                         !request.presetRoute, now);
    if (qualityData.expiresAt > 0)
        expiryCap = std::min(expiryCap, qualityData.expiresAt);
    if (!title.local && !request.presetRoute)
        rated = ratings.foreground(ratingId, request.query.mdblistKey, genre, now);
    RatingInputs::Notes ratingNotes;  // imdb_rating_source / tmdb_rating_source fill in MDBList's gaps
    if (!title.local)
        rated = RatingInputs::apply(rated, meta, ratingId.imdbId, config, services.imdbDataset,
                                    settings.ratingMinVotes, &ratingNotes);
    const RenderInputsBuilder::ScorePolicy policy{settings.movieWeights, settings.tvWeights, settings.ratingMinVotes};
    Render::RenderInputs inputs = RenderInputsBuilder::build(meta, rated, art, config,
                                                                   qualityData.tokens, policy, today(now),
                                                                   sash);
    inputs.greyscale = inputs.greyscale || qualityData.greyscale;
    if (request.query.debug) {
        // ?debug=1: the decisions instead of the image (reference §1.2), never cached.
        const auto located = composites.locate(key, now);
        PosterResult explained;
        explained.compositeKey = key;
        explained.oneOff = true;
        explained.diagnostics = RenderDiagnostics::collect(
            {request, title, meta, rated, ratingNotes, inputs, sash, policy, qualityData, today(now), !art.complete,
             staleMetadata, key, located && located->has_value(), !isOneOff(request)});
        return explained;
    }
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
    result.sashLabel = inputs.sash ? inputs.sash->label : QString();
    result.oneOff = oneOff;
    // /poster: anything unsettled makes the poster provisional (no-store). /p: serve it cacheable for a
    // minute but keep it out of the composite cache until the background fetch has landed.
    result.qualityTokens = inputs.qualityTokens;
    result.provisional = !art.complete || staleMetadata || (!request.presetRoute && (!rated.determined || !qualityData.determined));
    if (!result.provisional && !oneOff)
        result.etag = CompositeCache::etagFor(result.bytes);
    if (result.provisional || oneOff || !rated.determined || !qualityData.determined || !releaseKnown)
        return result;

    const qint64 expiresAt = std::min(expiryCap, CompositeKey::expiresAt(key, now, settings.compositeCacheTtl,
                                                                          settings.compositeCacheTtlJitter));
    const QString params = request.query.replayQuery().toString(QUrl::FullyEncoded);
    if (auto written = composites.write(key, {result.bytes, result.etag, expiresAt}, params, now); !written) {
        qCWarning(lcPipeline) << "composite not persisted:" << written.error().message;
        return result;
    }
    result.persisted = true;
    result.expiresAt = expiresAt;
    rememberImdbId(title, now);
    return result;
}

PosterPipeline::PosterPipeline(const Config::ServerSettings &settings, PipelineServices services)
    : d(std::make_unique<Private>(settings, services))
{
}

PosterPipeline::~PosterPipeline() = default;

std::optional<PosterResult> PosterPipeline::memoryHit(const PosterRequest &request) const
{
    if (d->isOneOff(request) || request.query.debug)
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
    std::optional<Net::Deadline::Scope> resolveBudget;  // a cold IMDb→TMDB lookup is bounded too
    resolveBudget.emplace(d->settings.upstreamDeadlineMs);
    auto title = d->resolver.resolve(request);
    resolveBudget.reset();
    if (!title)
        return fail(title.error());
    const QString key = d->keyFor(request, title->local, title->id.tmdbId);
    if (d->isOneOff(request) || request.query.debug)
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
    // The poster's own logo order (logo_priority default native_original), so /logo shows its logo.
    const auto chosen = ArtSelector::logo(*details, LanguagePreference::from(request.query.config, *details));
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
        {QStringLiteral("metadata_fetches_queued"), d->metadata.pendingBackground()},
        {QStringLiteral("stale_served_total"), d->staleServed.load()},
        {QStringLiteral("stale_refreshes_queued"), d->refreshes.pending()},
        {QStringLiteral("quality_fetches_queued"), d->quality.pendingBackground()},
        {QStringLiteral("composite_cache_disabled"), d->settings.disableCompositeCache},
        {QStringLiteral("blob_deletes_queued"), d->composites.deletesQueued()},
        {QStringLiteral("blob_deletes_dropped"), d->composites.deletesDropped()},
    };
}

void PosterPipeline::setRenderObserver(RenderObserver observer)
{
    d->renderObserver = std::move(observer);
}

Result<qint64> PosterPipeline::pruneComposites(qint64 now, int limit)
{
    return d->composites.prune(now, limit);
}

bool PosterPipeline::waitForBackgroundWork(int msecs)
{
    // Refreshes first: they may start rating and metadata fetches of their own.
    const bool refreshesDone = d->refreshes.waitForDone(msecs);
    const bool metadataDone = d->metadata.waitForBackground(msecs) && d->releaseWarmer.waitForDone(msecs);
    const bool ratingsDone = d->ratings.waitForBackground(msecs);
    return d->quality.waitForBackground(msecs) && ratingsDone && metadataDone && refreshesDone;
}

} // namespace Marquee::Pipeline
