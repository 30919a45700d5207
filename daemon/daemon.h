#pragma once

#include <QHostAddress>
#include <QString>
#include <QThreadPool>

#include <memory>

#include "core/config/serversettings.h"
#include "core/util/error.h"
#include "daemon/http/accessgate.h"
#include "daemon/http/accesslog.h"
#include "daemon/http/cacheheaders.h"
#include "daemon/http/metricsregistry.h"
#include "daemon/http/servingswitch.h"

namespace Marquee::Storage { class Storage; }
namespace Marquee::Blob { class BlobStore; }
namespace Marquee::Sources { class LocalLibrary; class TmdbSource; class MdbListSource; }
namespace Marquee::Sources { class QualitySource; }
namespace Marquee::Net { class HttpClient; class UpstreamGuard; }
namespace Marquee::Render { class FontBook; class PosterRenderer; }
namespace Marquee::Pipeline { class PosterPipeline; }
namespace Marquee::Pipeline { class TrendingJob; }
namespace Marquee::Pipeline { class CachePrune; class LeasedJobScheduler; }
namespace Marquee::Pipeline { class MdbListKeyRotation; class ImdbDatasetJob; }
namespace Marquee::Sources { class ImdbDataset; }
namespace Marquee::Http { class HttpFront; struct RouteContext; class RateLimiter; }
namespace Marquee::Coordination { class Coordinator; }

namespace Marquee {

// marqueed's composition root: builds every service from ServerSettings (storage, blob store, local
// library, upstream sources, fonts, renderer, pipeline, thread pools, HTTP routes) and owns them.
// Needs a QGuiApplication (fonts). Tests run it in-process on an ephemeral port:
//
//   auto daemon = Daemon::create(settings);      // settings.port = 0
//   if (!daemon) qFatal("%s", qPrintable(daemon.error().message));
//   const quint16 port = (*daemon)->listen().value();
class Daemon
{
public:
    // InvalidInput for settings this build cannot serve (an unknown DATABASE_URL, REDIS_URL or
    // OBJECT_STORE_URL scheme, a host that is not an address); Internal when a directory cannot be
    // created, a backend does not answer or the fonts do not load.
    static Result<std::unique_ptr<Daemon>> create(const Config::ServerSettings &settings);
    ~Daemon();

    Daemon(const Daemon &) = delete;
    Daemon &operator=(const Daemon &) = delete;

    // Binds settings.host:settings.port (port 0 = ephemeral); returns the bound port.
    Result<quint16> listen();
    quint16 port() const { return m_port; }
    // Stops accepting connections and waits for renders in flight; safe to call twice.
    void shutdown();

    const Config::ServerSettings &settings() const { return m_settings; }
    Pipeline::PosterPipeline &pipeline() { return *m_pipeline; }
    QThreadPool &renderPool() { return m_renderPool; }
    Coordination::Coordinator &coordinator();
    // Background jobs run on one replica at a time under coordinator leases (cache prune, …); listen()
    // starts them, shutdown() stops them first.
    Pipeline::LeasedJobScheduler &jobs() { return *m_jobs; }
    Pipeline::TrendingJob &trending() { return *m_trending; }
    Storage::Storage &storage() { return *m_storage; }
    Net::UpstreamGuard &upstreamGuard() { return *m_upstreamGuard; }
    // The tray's pause: while paused the render routes answer 503 (Http::ServingSwitch).
    void setPaused(bool paused) { m_serving.setPaused(paused); }
    bool paused() const { return m_serving.paused(); }

    // "localhost" or an IPv4/IPv6 literal; nullopt otherwise.
    static std::optional<QHostAddress> hostAddress(const QString &host);
    // Worker threads for renders: enough above the render cap that requests can wait for a slot
    // (and time out with 503) instead of queueing unseen inside the pool.
    static int renderPoolSize(int renderConcurrency);
    static QString version();

private:
    explicit Daemon(const Config::ServerSettings &settings);
    VoidResult build();

    Config::ServerSettings m_settings;
    // Before the pipeline: its render observer writes here until the pipeline is gone.
    Http::MetricsRegistry m_metrics;
    std::unique_ptr<Storage::Storage> m_storage;
    std::unique_ptr<Blob::BlobStore> m_blobs;
    std::unique_ptr<Sources::LocalLibrary> m_library;
    // Breakers, host slots and retry policy of every upstream call; outlives the client that uses it.
    std::unique_ptr<Net::UpstreamGuard> m_upstreamGuard;
    std::unique_ptr<Net::HttpClient> m_httpClient;
    std::unique_ptr<Sources::TmdbSource> m_tmdb;
    std::unique_ptr<Sources::MdbListSource> m_mdblist;
    std::unique_ptr<Render::FontBook> m_fonts;
    std::unique_ptr<Render::PosterRenderer> m_renderer;
    std::unique_ptr<Sources::QualitySource> m_quality;  // null when QUALITY_SOURCE lacks its URL
    // Before the pipeline, so it outlives the pipeline's background quality fetches (their claims).
    std::unique_ptr<Coordination::Coordinator> m_coordinator;
    // Server-key rotation and fleet-wide 429 cooldowns in front of m_mdblist (uses the coordinator).
    std::unique_ptr<Pipeline::MdbListKeyRotation> m_mdblistKeys;
    std::unique_ptr<Sources::ImdbDataset> m_imdbDataset;         // null unless IMDB_DATASET_ENABLED
    std::unique_ptr<Pipeline::ImdbDatasetJob> m_imdbDatasetJob;
    std::unique_ptr<Pipeline::PosterPipeline> m_pipeline;
    // Declared after the pipeline so they are destroyed (and drained) before it.
    QThreadPool m_renderPool;
    QThreadPool m_probePool;
    QThreadPool m_proxyPool;
    std::unique_ptr<Pipeline::TrendingJob> m_trending;   // the scheduled trending refresh
    // After the coordinator, so destroyed before it; shutdown() stops the jobs (releasing their leases)
    // before anything else anyway.
    std::unique_ptr<Pipeline::CachePrune> m_cachePrune;
    std::unique_ptr<Pipeline::LeasedJobScheduler> m_jobs;
    std::unique_ptr<Http::RateLimiter> m_rateLimiter;
    Http::AccessGate m_gate;
    Http::CacheHeaders m_cacheHeaders;
    Http::AccessLog m_log;
    Http::ServingSwitch m_serving;
    std::unique_ptr<Http::RouteContext> m_context;
    std::unique_ptr<Http::HttpFront> m_service;
    quint16 m_port = 0;
};

} // namespace Marquee
