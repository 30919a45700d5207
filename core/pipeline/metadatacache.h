#pragma once

#include <QDate>
#include <QString>

#include "core/config/titleid.h"
#include "core/pipeline/deadlinefetches.h"
#include "core/sources/titlemetadata.h"
#include "core/util/error.h"

namespace Marquee::Storage { class Storage; }
namespace Marquee::Sources { class MetadataSource; }

namespace Marquee::Pipeline {

// TMDB details through tmdb_metadata_cache (reference §6.2): 7 days, 1 day while a title is unreleased
// or released less than 14 days ago (its art and dates still move). Source errors pass through untouched
// so the pipeline can apply the reference's error ladder.
//
// Never hang and stale-while-revalidate: fetches run on a bounded pool, coalesced per cache key, and
// the caller waits only until its thread's Net::Deadline. When the answer is late, or TMDB fails with a
// 5xx / network error / open breaker, an expired row is served instead (`*stale` set: the poster must
// not be stored as final) while the fetch completes in the background and refreshes the row. Without
// any row a late answer is UpstreamTimeout. A 404 or another 4xx is never hidden behind a stale row
// (the title is gone, or the key is wrong).
class MetadataCache
{
public:
    // fetchThreads: TMDB detail fetches in flight at once.
    MetadataCache(Storage::Storage *storage, Sources::MetadataSource *source, int fetchThreads = 16);

    Result<Sources::TitleMetadata> get(MediaType type, qint64 tmdbId, const QString &language,
                                       const QString &apiKey, qint64 now);
    // Same; *stale (when non-null) tells whether an expired row was served in place of a fresh answer.
    Result<Sources::TitleMetadata> get(MediaType type, qint64 tmdbId, const QString &language,
                                       const QString &apiKey, qint64 now, bool *stale);
    void drop(MediaType type, qint64 tmdbId, const QString &language);

    bool waitForBackground(int msecs = -1);
    int pendingBackground() const { return m_fetches.pending(); }

    static QString cacheKey(MediaType type, qint64 tmdbId, const QString &language);
    static qint64 ttlSeconds(const Sources::TitleMetadata &metadata, const QDate &today);
    // Failures an expired row may stand in for: timeouts, connection failures, 5xx (an open breaker).
    static bool isOutage(const Error &error);

    static constexpr qint64 Day = 86400;
    static constexpr int FreshDays = 14;  // DAYS_CONSIDERED_NEW
    static constexpr int MaxInFlight = 512;

private:
    Storage::Storage *m_storage;
    Sources::MetadataSource *m_source;
    DeadlineFetches<Sources::TitleMetadata> m_fetches;  // last member: drained before the rest goes
};

} // namespace Marquee::Pipeline
