#pragma once

#include <QString>

#include "core/pipeline/deadlinefetches.h"
#include "core/sources/titlemetadata.h"

namespace Marquee::Storage { class Storage; }

namespace Marquee::Pipeline {

class ReleaseStatusCache;

// The /p "moat" for movie release status (reference §1.3): the foreground only reads the cached status;
// a cold one is fetched by a bounded background warm-up (concurrency 2, at most 256 pending, one per
// title) and the poster is not stored until it has landed. TV status comes from the details, so only
// TMDB movies ever need warming.
class ReleaseWarmer
{
public:
    // `releases` fetches and caches when asked; it must outlive the warmer. Without a release-dates
    // source (canFetch false) every status comes from the details alone: nothing to warm.
    ReleaseWarmer(Storage::Storage *storage, ReleaseStatusCache &releases, bool canFetch = true);

    // True when the title's status can be drawn from the cache (or needs no fetch at all); otherwise
    // queues the warm-up and returns false. A storage read error counts as cold.
    bool cached(const Sources::TitleMetadata &metadata, const QString &apiKey, qint64 now);

    bool waitForDone(int msecs = -1) { return m_warmups.waitForDone(msecs); }
    int pending() const { return m_warmups.pending(); }

    static constexpr int Concurrency = 2;
    static constexpr int MaxPending = 256;

private:
    Storage::Storage *m_storage;
    ReleaseStatusCache &m_releases;
    bool m_canFetch;
    DeadlineFetches<bool> m_warmups;  // last member: drained before the rest goes
};

} // namespace Marquee::Pipeline
