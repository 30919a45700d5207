#include "daemon/daemon.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDebug>
#include <QDir>

#include "core/blob/blobstorefactory.h"
#include "core/coordination/coordinatorfactory.h"
#include "core/net/httpclient.h"
#include "core/net/upstreamguard.h"
#include "core/pipeline/cacheprune.h"
#include "core/pipeline/imdbdatasetjob.h"
#include "core/pipeline/leasedjobscheduler.h"
#include "core/pipeline/mdblistkeyrotation.h"
#include "core/pipeline/posterpipeline.h"
#include "core/pipeline/trendingjob.h"
#include "core/render/fontbook.h"
#include "core/render/posterrenderer.h"
#include "core/sources/imdbdataset.h"
#include "core/sources/locallibrary.h"
#include "core/sources/mdblistsource.h"
#include "core/sources/qualitysourcefactory.h"
#include "core/sources/tmdbsource.h"
#include "core/storage/storagefactory.h"
#include "daemon/http/httpfront.h"
#include "daemon/http/ratelimiter.h"
#include "daemon/http/routecontext.h"

namespace Marquee {

namespace {

constexpr int ProbeThreads = 3;  // storage, blob store and coordinator pinged side by side
constexpr int ProxyThreads = 4;  // /search and /resolve-imdb: light, bounded by the rate budgets
constexpr int BackgroundDrainMs = 10000;  // /p rating warm-ups get this long to finish at shutdown

VoidResult checkBackends(const Config::ServerSettings &settings)
{
    if (!Daemon::hostAddress(settings.host))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("Marquee::Daemon", "MARQUEE_HOST: '%1' is not an IP address (use 127.0.0.1, 0.0.0.0, ::1 or localhost)")
                        .arg(settings.host));
    return {};
}

// One breaker per upstream service, found by base URL (marquee.md §4 "Circuit breaker wired").
std::unique_ptr<Net::UpstreamGuard> makeUpstreamGuard(const Config::ServerSettings &settings)
{
    Net::UpstreamPolicy policy;
    policy.retries = settings.upstreamRetries;
    policy.backoffMs = settings.upstreamRetryBackoffMs;
    policy.breakerThreshold = settings.breakerThreshold;
    policy.breakerCooldownMs = settings.breakerCooldownMs;
    policy.maxPerHost = settings.upstreamMaxPerHost;
    auto guard = std::make_unique<Net::UpstreamGuard>(policy);
    guard->addService(QStringLiteral("tmdb"), settings.tmdbApiBase);
    guard->addService(QStringLiteral("tmdb_images"), settings.tmdbImageBase);
    guard->addService(QStringLiteral("mdblist"), settings.mdblistApiBase);
    for (const QString &base : {settings.aiostreamsUrl, settings.scraperUrl, settings.qualicacheUrl}) {
        if (!base.isEmpty())  // the quality sources run their own source-wide backoff (reference §3.4)
            guard->addService(QStringLiteral("quality"), base, false);
    }
    return guard;
}

VoidResult makeDirectory(const QString &path)
{
    if (QDir().mkpath(path))
        return {};
    return fail(ErrorKind::Internal, QCoreApplication::translate("Marquee::Daemon", "Cannot create the directory %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace

Daemon::Daemon(const Config::ServerSettings &settings)
    : m_settings(settings)
    , m_gate(settings.accessKey, settings.presetEnabled, settings.presetPublicTier)
    , m_cacheHeaders(settings)
    , m_log(settings.logFormat.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
{
}

Result<std::unique_ptr<Daemon>> Daemon::create(const Config::ServerSettings &settings)
{
    if (const VoidResult ok = checkBackends(settings); !ok)
        return fail(ok.error());
    std::unique_ptr<Daemon> daemon(new Daemon(settings));
    if (const VoidResult ok = daemon->build(); !ok)
        return fail(ok.error());
    return daemon;
}

VoidResult Daemon::build()
{
    const QString dataDir = m_settings.effectiveDataDir();
    const QString cacheDir = m_settings.effectiveCacheDir();
    const QString compositeDir = cacheDir + QStringLiteral("/composites");
    for (const QString &dir : {dataDir, cacheDir, compositeDir}) {
        if (const VoidResult ok = makeDirectory(dir); !ok)
            return ok;
    }

    // A backend URL we cannot honour stops the start; it is never silently replaced by the local default.
    auto storage = Storage::openStorage(m_settings.databaseUrl, cacheDir + QStringLiteral("/cache.db"),
                                        {m_settings.dbPoolMinSize, m_settings.dbPoolMaxSize, std::chrono::seconds(10)});
    if (!storage)
        return fail(storage.error());
    m_storage = std::move(*storage);
    auto blobs = Blob::openBlobStore(m_settings.objectStoreUrl, compositeDir,
                                     {m_settings.awsAccessKeyId, m_settings.awsSecretAccessKey});
    if (!blobs)
        return fail(blobs.error());
    m_blobs = std::move(*blobs);
    auto coordinator = Coordination::openCoordinator(m_settings.redisUrl, m_settings.redisKeyPrefix);
    if (!coordinator)
        return fail(coordinator.error());
    m_coordinator = std::move(*coordinator);
    m_library = std::make_unique<Sources::LocalLibrary>(m_settings.libraryDirs);
    for (const QString &warning : m_library->warnings())
        qWarning().noquote() << "Local library:" << warning;

    m_upstreamGuard = makeUpstreamGuard(m_settings);
    m_httpClient = std::make_unique<Net::HttpClient>(m_settings.upstreamTimeoutMs);
    m_httpClient->setGuard(m_upstreamGuard.get());
    m_tmdb = std::make_unique<Sources::TmdbSource>(*m_httpClient, m_settings.tmdbApiBase, m_settings.tmdbImageBase);
    m_mdblist = std::make_unique<Sources::MdbListSource>(*m_httpClient, m_settings.mdblistApiBase);
    m_quality = Sources::openQualitySource(m_settings, *m_httpClient);

    m_fonts = std::make_unique<Render::FontBook>();
    if (!m_fonts->isValid())
        return fail(ErrorKind::Internal, QCoreApplication::translate("Marquee::Daemon", "The bundled fonts could not be loaded"));
    m_renderer = std::make_unique<Render::PosterRenderer>(*m_fonts);

    Pipeline::PipelineServices services;
    services.storage = m_storage.get();
    services.blobs = m_blobs.get();
    services.library = m_library.get();
    services.metadata = m_tmdb.get();
    m_mdblistKeys = std::make_unique<Pipeline::MdbListKeyRotation>(*m_mdblist, m_settings.mdblistApiKeys,
                                                                   m_coordinator.get());
    services.ratings = m_mdblistKeys.get();
    if (m_settings.imdbDatasetEnabled) {
        const QString datasetPath = m_settings.imdbDatasetPath.isEmpty()
                                        ? cacheDir + QStringLiteral("/imdb_ratings.db") : m_settings.imdbDatasetPath;
        m_imdbDataset = std::make_unique<Sources::ImdbDataset>(datasetPath, m_settings.imdbDatasetMinVotes);
        m_imdbDatasetJob = std::make_unique<Pipeline::ImdbDatasetJob>(
            *m_imdbDataset, Pipeline::ImdbDatasetJob::Options{m_settings.imdbDatasetUrl, m_settings.imdbDatasetRefreshHours});
        services.imdbDataset = m_imdbDataset.get();
    }
    services.renderer = m_renderer.get();
    services.releaseDates = m_tmdb.get();
    services.quality = m_quality.get();
    services.qualityCoordinator = m_coordinator.get();
    m_trending = std::make_unique<Pipeline::TrendingJob>(m_settings, m_storage.get(), m_blobs.get(),
                                                         m_coordinator.get(), *m_httpClient, m_tmdb.get());
    services.trendingWarmUp = [trending = m_trending.get()] { trending->warmUp(); };
    m_pipeline = std::make_unique<Pipeline::PosterPipeline>(m_settings, services);
    Http::MetricsRegistry *metrics = &m_metrics;
    m_pipeline->setRenderObserver([metrics](double seconds) { metrics->observeRender(seconds); });

    m_renderPool.setMaxThreadCount(renderPoolSize(m_settings.renderConcurrency));
    m_renderPool.setExpiryTimeout(-1);  // long-lived workers keep their per-thread network managers
    m_probePool.setMaxThreadCount(ProbeThreads);
    m_proxyPool.setMaxThreadCount(ProxyThreads);
    m_proxyPool.setExpiryTimeout(-1);  // keeps each worker's network manager, like the render pool

    m_rateLimiter = std::make_unique<Http::RateLimiter>(*m_coordinator, m_settings.rateLimitRps,
                                                        m_settings.anonymousTmdbRps);

    m_context.reset(new Http::RouteContext{m_settings, *m_pipeline, *m_storage, *m_blobs, m_renderPool,
                                           m_probePool, m_gate, m_cacheHeaders, m_log, m_metrics,
                                           *m_rateLimiter, *m_httpClient, m_proxyPool, m_serving});
    m_context->coordinator = m_coordinator.get();
    m_service = std::make_unique<Http::HttpFront>(*m_context, Http::HttpFront::threadsFor(m_settings.httpThreads));

    m_jobs = std::make_unique<Pipeline::LeasedJobScheduler>(*m_coordinator);
    Pipeline::PosterPipeline *pipeline = m_pipeline.get();
    m_cachePrune = std::make_unique<Pipeline::CachePrune>(
        *m_storage, [pipeline](qint64 now, int limit) { return pipeline->pruneComposites(now, limit); });
    m_jobs->add(m_cachePrune->job(std::chrono::seconds(m_settings.cachePruneIntervalSec),
                                  std::chrono::seconds(m_settings.cachePruneStartDelaySec)));
    if (m_imdbDatasetJob)
        m_jobs->add(m_imdbDatasetJob->job(std::chrono::seconds(0)));
    m_service->registerDebugCanvas(*m_renderer);
    m_trending->start();
    return {};
}

Daemon::~Daemon()
{
    shutdown();
}

Result<quint16> Daemon::listen()
{
    const std::optional<QHostAddress> address = hostAddress(m_settings.host);
    if (!address)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Daemon", "MARQUEE_HOST: '%1' is not an IP address").arg(m_settings.host));
    Result<quint16> bound = m_service->listen(*address, m_settings.port);
    if (bound) {
        m_port = *bound;
        m_jobs->start();  // a daemon that serves nothing has nothing to prune
    }
    return bound;
}

void Daemon::shutdown()
{
    // First, while the coordinator still exists: a running job stops at its next checkpoint and its
    // lease is released, so another replica takes the job over at once instead of after the TTL.
    if (m_jobs)
        m_jobs->stop();
    if (m_service)
        m_service->close();
    if (m_trending)
        m_trending->stop();
    m_renderPool.waitForDone();
    m_probePool.waitForDone();
    m_proxyPool.waitForDone();
    if (m_pipeline)
        m_pipeline->waitForBackgroundWork(BackgroundDrainMs);
    // Pending continuations of the routes belong to the server object; dropping it cancels them.
    m_service.reset();
}

Coordination::Coordinator &Daemon::coordinator()
{
    return *m_coordinator;
}

std::optional<QHostAddress> Daemon::hostAddress(const QString &host)
{
    const QString trimmed = host.trimmed();
    if (trimmed.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(trimmed))
        return std::nullopt;
    return address;
}

int Daemon::renderPoolSize(int renderConcurrency)
{
    const int cap = std::max(1, renderConcurrency);
    return std::clamp(cap * 4, 4, 256);
}

QString Daemon::version()
{
    return QStringLiteral(MARQUEE_VERSION);
}

} // namespace Marquee
