#pragma once

#include <optional>

#include <QDate>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include "core/config/titleid.h"
#include "core/pipeline/deadlinefetches.h"
#include "core/sources/ratingsrecord.h"

namespace Marquee::Storage { class Storage; }
namespace Marquee::Sources { class RatingSource; }

namespace Marquee::Pipeline {

// What the renderer may use as ratings, and whether they are final.
struct RatingsOutcome
{
    std::optional<Sources::RatingsRecord> record;  // nullopt: nothing known (score "N/A")
    bool determined = true;  // false: a later fetch could change the poster (don't persist it)
};

// Per-site ratings through rating_cache (reference §3.3): 14 days, 1 day around the release. /poster
// fetches MDBList in the foreground (request key wins, else the first server key); /p never does
// (the "moat", §1.3): it uses the row if there is one and otherwise queues a bounded, de-duplicated
// background fetch with a server key. With no MDBList key at all, "no ratings" is the final answer.
//
// Never hang: every fetch runs on one pool of MDBLIST_CONCURRENCY threads (the reference's per-worker
// semaphore), coalesced per title. The foreground waits for it only until the calling thread's
// Net::Deadline; past it the poster is drawn with the last-good row (even an expired one) or none,
// undetermined, while the fetch completes in the background and stores its row for the next request.
class RatingsCache
{
public:
    // concurrency: MDBList calls in flight at once (0 = no cap: a wide pool).
    RatingsCache(Storage::Storage *storage, Sources::RatingSource *source, QStringList serverKeys,
                 int ratingMinVotes, int concurrency = 3);
    ~RatingsCache();  // drops queued background fetches, waits for running ones

    // `genre` is stored with a fetched row (the reference keeps the display genre next to the ratings).
    RatingsOutcome foreground(const TitleId &title, const QString &requestKey, const QString &genre, qint64 now);
    // Starts the fetch foreground() would make without waiting for it, so it overlaps other work of the
    // render (art, release data); foreground() then joins it. No-op when the row is fresh.
    void prefetch(const TitleId &title, const QString &requestKey, const QString &genre, qint64 now);
    RatingsOutcome cachedOnly(const TitleId &title, const QString &genre, qint64 now);

    bool waitForBackground(int msecs = -1);
    int pendingBackground() const;

    static qint64 ttlSeconds(const QString &releaseDate, const QDate &today);

    static constexpr int MaxPending = 256;       // /p background warm-ups queued at once
    static constexpr int MaxInFlight = 2 * MaxPending;  // every fetch, foreground included
    static constexpr int UncappedThreads = 32;   // MDBLIST_CONCURRENCY=0
    static constexpr qint64 FailureBackoffSeconds = 600;  // per title, after a failed background fetch
    static constexpr qint64 Day = 86400;

private:
    struct Cached
    {
        Sources::RatingsRecord record;
        bool fresh = false;
    };

    enum Priority { Background = 0, Foreground = 1 };

    std::optional<Cached> cached(const QString &canonicalId, qint64 now) const;
    void store(const TitleId &title, const Sources::RatingsRecord &record, const QString &genre, qint64 now);
    void queueBackground(const TitleId &title, const QString &genre, qint64 now);
    QString keyFor(const QString &requestKey) const;
    // Fetches and stores; the task every fetch of `title` runs on the pool.
    DeadlineFetches<Sources::RatingsRecord>::Task fetchTask(const TitleId &title, const QString &key,
                                                           const QString &genre, qint64 now);

    Storage::Storage *m_storage;
    Sources::RatingSource *m_source;
    QStringList m_serverKeys;
    int m_minVotes;

    mutable QMutex m_mutex;
    QHash<QString, qint64> m_failedUntil;  // canonical id → Unix seconds; pruned when it grows
    DeadlineFetches<Sources::RatingsRecord> m_fetches;  // last member: drained before the rest goes
};

} // namespace Marquee::Pipeline
