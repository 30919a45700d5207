#pragma once

#include <atomic>
#include <memory>

#include <QMutex>
#include <QThreadPool>
#include <QTimer>

#include "core/config/serversettings.h"
#include "core/pipeline/trendingrefresh.h"
#include "core/sources/trendingsource.h"

namespace Marquee::Net { class HttpClient; }
namespace Marquee::Sources { class TmdbSource; }

namespace Marquee::Pipeline {

// Runs TrendingRefresh for the daemon. The first poster render of the process calls warmUp(), which
// runs the first pass in line (so that poster already knows the ranks, and the fetch happens at a
// predictable moment rather than racing other upstream calls); after that a timer on the starting
// thread checks every few minutes and hands the blocking pass to a one-thread pool, so a slow list
// never blocks the event loop and two passes never overlap in one process (the coordinator's lease
// keeps replicas apart). Disabled when there is neither a TMDB key nor a custom list.
class TrendingJob
{
public:
    TrendingJob(const Config::ServerSettings &settings, Storage::Storage *storage, Blob::BlobStore *blobs,
                Coordination::Coordinator *coordinator, const Net::HttpClient &http, Sources::TmdbSource *tmdb);
    ~TrendingJob();

    TrendingJob(const TrendingJob &) = delete;
    TrendingJob &operator=(const TrendingJob &) = delete;

    bool enabled() const;
    void start(int firstCheckMs = CheckIntervalMs);
    void stop();   // stops the timer and waits for a pass in progress

    // One blocking pass (what the timer runs); for tests and tools.
    TrendingRefresh::Outcome runNow();
    // The first call (per process) runs a pass and returns when it is done; concurrent first callers
    // wait for it; every later call returns at once. Thread-safe.
    void warmUp();
    TrendingRefresh &refresh() { return m_refresh; }

    static constexpr int CheckIntervalMs = 5 * 60 * 1000;

private:
    void check();

    Config::ServerSettings m_settings;
    Sources::TrendingSource m_source;
    TrendingRefresh m_refresh;
    QTimer m_timer;
    QThreadPool m_pool;
    std::atomic<bool> m_running{false};
    QMutex m_warmUpMutex;
    std::atomic<bool> m_warm{false};
};

} // namespace Marquee::Pipeline
