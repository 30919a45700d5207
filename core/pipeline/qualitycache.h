#pragma once

#include <memory>
#include <optional>

#include <QDate>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QWaitCondition>

#include "core/config/posterquery.h"
#include "core/sources/qualitysource.h"
#include "core/sources/titlemetadata.h"

namespace Marquee::Storage { class Storage; }
namespace Marquee::Coordination { class Coordinator; }

namespace Marquee::Pipeline {

// The quality tokens a render may draw, and whether they are final.
struct QualityOutcome
{
    QStringList tokens;       // canonical tokens to draw (the quality= override when the request has one)
    bool determined = true;   // false: not known yet (fetching, pending, failing) → provisional poster
    bool greyscale = false;   // greyscale_no_quality: waited and got no tokens
    qint64 expiresAt = 0;     // Unix seconds the drawn data is good until; 0 = no limit
};

// Quality badge data (reference §2.9 "fetch policy", §3.4) in the storage's keyed cache (namespace
// "quality"): rows live 1 day for titles released within DaysConsideredNew days, else
// QUALITY_OLD_CACHE_DURATION days, and carry the source's cache context (a row written under another
// context is a miss). An authoritative empty answer is cached; "pending" never is.
//
// A render never fetches in its own thread unless it asked to (wait_for_quality): an unknown title is
// queued for a bounded background fetch (QUALITY_BG_CONCURRENCY workers) and the poster is provisional
// until the answer lands. A fetch holds the coordinator claim ("quality-bg-inflight", id, 300 s), so
// neither two requests nor two replicas fetch the same title at once. Failures set coordinator backoff
// flags ("quality-backoff"): the whole source for 30×4^(n−1) s (capped 1800 s) after the n-th failure
// in a row, one title for TitleBackoffSeconds when the source failed only that title.
// With no source configured every poster is final and carries no quality tokens.
class QualityCache
{
public:
    struct Options
    {
        int oldCacheDays = 90;
        int backgroundConcurrency = 5;
        int waitTimeoutMs = 30000;
    };

    // `coordinator` may be null (an in-process one is used); `source` null = quality disabled.
    QualityCache(Storage::Storage *storage, Coordination::Coordinator *coordinator, Sources::QualitySource *source,
                 Options options);
    ~QualityCache();  // drops queued fetches, waits for running ones

    bool enabled() const { return m_source != nullptr; }
    // The source's cache context, empty when disabled (part of the composite key's server signature).
    QString context() const;

    // Whether a render with this configuration draws quality data: badge modes 1, 2, 4, 5, 6 on a
    // portrait poster (reference §2.9).
    static bool wanted(const Config::RenderConfig &config);

    // The quality for one render. `mayWait`: honour wait_for_quality (not on /p, whose foreground only
    // reads caches). Blocks at most QUALITY_WAIT_TIMEOUT.
    QualityOutcome forRender(const Config::PosterQuery &query, bool local, const Sources::TitleMetadata &meta,
                             bool mayWait, qint64 now);

    // The lower-level call: cache, else fetch (waiting, or queued in the background).
    QualityOutcome lookup(const Sources::QualityLookup &lookup, bool wait, qint64 now);

    struct Cached
    {
        QStringList tokens;
        qint64 expiresAt = 0;
    };
    std::optional<Cached> cached(const QString &cacheId, qint64 now) const;

    bool waitForBackground(int msecs = -1);
    int pendingBackground() const;
    qint64 fetchesStarted() const;  // upstream fetches begun by this process (for tests and /stats)

    static qint64 ttlSeconds(const QString &releaseDate, const QDate &today, int oldCacheDays);
    static int sourceBackoffSeconds(int consecutiveFailures);

    static constexpr const char *Namespace = "quality";
    static constexpr const char *ClaimNamespace = "quality-bg-inflight";
    static constexpr const char *BackoffNamespace = "quality-backoff";
    static constexpr const char *SourceBackoffKey = "source";
    static constexpr int ClaimTtlSeconds = 300;
    static constexpr int TitleBackoffSeconds = 1800;
    static constexpr int DaysConsideredNew = 14;
    static constexpr int MaxPending = 256;
    static constexpr qint64 Day = 86400;

private:
    struct Fetch;

    std::shared_ptr<Fetch> queue(const Sources::QualityLookup &lookup);
    void run(const Sources::QualityLookup &lookup, const std::shared_ptr<Fetch> &fetch);
    void record(const Sources::QualityLookup &lookup, const Result<Sources::QualityAnswer> &answer);
    void store(const Sources::QualityLookup &lookup, const QStringList &tokens, qint64 now);
    bool backedOff(const QString &cacheId) const;
    QualityOutcome waitFor(const QString &cacheId, const std::shared_ptr<Fetch> &fetch);

    Storage::Storage *m_storage;
    std::unique_ptr<Coordination::Coordinator> m_ownCoordinator;
    Coordination::Coordinator *m_coordinator;
    Sources::QualitySource *m_source;
    Options m_options;

    mutable QMutex m_mutex;
    QWaitCondition m_finished;
    QHash<QString, std::shared_ptr<Fetch>> m_inflight;  // cache id → the fetch queued or running here
    int m_consecutiveFailures = 0;
    qint64 m_fetchesStarted = 0;
    QThreadPool m_pool;
};

} // namespace Marquee::Pipeline
