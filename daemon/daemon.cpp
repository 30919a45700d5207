#include "daemon/daemon.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDebug>
#include <QDir>

#include "core/blob/localdiskblobstore.h"
#include "core/coordination/inprocesscoordinator.h"
#include "core/net/httpclient.h"
#include "core/pipeline/posterpipeline.h"
#include "core/render/fontbook.h"
#include "core/render/posterrenderer.h"
#include "core/sources/locallibrary.h"
#include "core/sources/mdblistsource.h"
#include "core/sources/tmdbsource.h"
#include "core/storage/sqlitestorage.h"
#include "daemon/http/httpservice.h"
#include "daemon/http/ratelimiter.h"
#include "daemon/http/routecontext.h"

namespace Marquee {

namespace {

constexpr int ProbeThreads = 2;  // storage and blob store pinged side by side
constexpr int ProxyThreads = 4;  // /search and /resolve-imdb: light, bounded by the rate budgets
constexpr int BackgroundDrainMs = 10000;  // /p rating warm-ups get this long to finish at shutdown

VoidResult checkBackends(const Config::ServerSettings &settings)
{
    // Issue 5 adds PostgreSQL and S3; until then a URL we cannot honour must stop the start, not be
    // silently replaced by the local default.
    if (!settings.databaseUrl.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("Marquee::Daemon", "DATABASE_URL: only the embedded SQLite store is available in this build"));
    if (!settings.objectStoreUrl.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("Marquee::Daemon", "OBJECT_STORE_URL: only the local composite directory is available in this build"));
    if (!Daemon::hostAddress(settings.host))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("Marquee::Daemon", "MARQUEE_HOST: '%1' is not an IP address (use 127.0.0.1, 0.0.0.0, ::1 or localhost)")
                        .arg(settings.host));
    return {};
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

    m_storage = std::make_unique<Storage::SqliteStorage>(cacheDir + QStringLiteral("/cache.db"));
    m_blobs = std::make_unique<Blob::LocalDiskBlobStore>(compositeDir);
    m_library = std::make_unique<Sources::LocalLibrary>(m_settings.libraryDirs);
    for (const QString &warning : m_library->warnings())
        qWarning().noquote() << "Local library:" << warning;

    m_httpClient = std::make_unique<Net::HttpClient>(m_settings.upstreamTimeoutMs);
    m_tmdb = std::make_unique<Sources::TmdbSource>(*m_httpClient, m_settings.tmdbApiBase, m_settings.tmdbImageBase);
    m_mdblist = std::make_unique<Sources::MdbListSource>(*m_httpClient, m_settings.mdblistApiBase);

    m_fonts = std::make_unique<Render::FontBook>();
    if (!m_fonts->isValid())
        return fail(ErrorKind::Internal, QCoreApplication::translate("Marquee::Daemon", "The bundled fonts could not be loaded"));
    m_renderer = std::make_unique<Render::PosterRenderer>(*m_fonts);

    Pipeline::PipelineServices services;
    services.storage = m_storage.get();
    services.blobs = m_blobs.get();
    services.library = m_library.get();
    services.metadata = m_tmdb.get();
    services.ratings = m_mdblist.get();
    services.renderer = m_renderer.get();
    m_pipeline = std::make_unique<Pipeline::PosterPipeline>(m_settings, services);
    Http::MetricsRegistry *metrics = &m_metrics;
    m_pipeline->setRenderObserver([metrics](double seconds) { metrics->observeRender(seconds); });

    m_renderPool.setMaxThreadCount(renderPoolSize(m_settings.renderConcurrency));
    m_renderPool.setExpiryTimeout(-1);  // long-lived workers keep their per-thread network managers
    m_probePool.setMaxThreadCount(ProbeThreads);
    m_proxyPool.setMaxThreadCount(ProxyThreads);
    m_proxyPool.setExpiryTimeout(-1);  // keeps each worker's network manager, like the render pool

    m_coordinator = std::make_unique<Coordination::InProcessCoordinator>();
    m_rateLimiter = std::make_unique<Http::RateLimiter>(*m_coordinator, m_settings.rateLimitRps,
                                                        m_settings.anonymousTmdbRps);

    m_context.reset(new Http::RouteContext{m_settings, *m_pipeline, *m_storage, *m_blobs, m_renderPool,
                                           m_probePool, m_gate, m_cacheHeaders, m_log, m_metrics,
                                           *m_rateLimiter, *m_httpClient, m_proxyPool});
    m_service = std::make_unique<Http::HttpService>(*m_context);
    m_service->registerDebugCanvas(*m_renderer);
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
    if (bound)
        m_port = *bound;
    return bound;
}

void Daemon::shutdown()
{
    if (m_service)
        m_service->close();
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
