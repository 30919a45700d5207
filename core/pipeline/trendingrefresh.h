#pragma once

#include <functional>

#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/config/serversettings.h"
#include "core/config/titleid.h"
#include "core/pipeline/trendingranks.h"
#include "core/util/error.h"

namespace Marquee::Storage { class Storage; }
namespace Marquee::Blob { class BlobStore; }
namespace Marquee::Coordination { class Coordinator; }

namespace Marquee::Pipeline {

// The scheduled trending fetch (reference §5.1, §6.2 trending_cache, §6.3 lease "trending-fetch"):
// when a media type's ranks are due (none, fetched with other settings, or past their refresh time —
// TRENDING_FETCH_TIME in its time zone, or 24 h after the last fetch), the replica that wins the lease
// fetches the list, stores it for every replica, and invalidates the composites of every title whose
// rank changed, appeared or dropped. A failed fetch keeps the last ranks and is retried after 5 minutes.
// Blocking: run it on a worker thread.
class TrendingRefresh
{
public:
    struct Options
    {
        QString fetchTime;                       // "HH:MM"; empty = every 24 h
        QString timezone = QStringLiteral("UTC");
        qint64 cacheDuration = 86400;
        int fetchCount = 40;
        int broadCount = 100;
        int maxItems = 500;                      // custom lists
        QString movieSource;                     // custom list URLs; empty = TMDB
        QString tvSource;
    };
    // TMDB ids in rank order for a type from a source (customUrl empty = TMDB), at most `count`.
    using Fetch = std::function<Result<QList<qint64>>(MediaType type, const QString &customUrl, int count)>;

    struct Outcome
    {
        int refreshed = 0;        // media types fetched and stored
        int invalidated = 0;      // composites removed
        bool leaseBusy = false;   // another replica is fetching
        QStringList errors;
    };

    TrendingRefresh(Options options, Storage::Storage *storage, Blob::BlobStore *blobs,
                    Coordination::Coordinator *coordinator, Fetch fetch);

    static Options optionsFrom(const Config::ServerSettings &settings);
    // The reader a render uses: same storage, same source signatures as a refresh with these options.
    static TrendingRanks ranksFor(const Options &options, Storage::Storage *storage);

    // Refreshes every media type that is due. Call it every few minutes.
    Outcome runDue(qint64 now);
    bool isDue(MediaType type, qint64 now) const;
    // The next scheduled fetch after one made at `fetchedAt`.
    qint64 nextRefreshAt(qint64 fetchedAt) const;

    const TrendingRanks &ranks() const { return m_ranks; }
    // Ids to ask for: the broad count from TMDB, up to max items from a custom list.
    static int countFor(const Options &options, MediaType type);

    // Ids whose visible rank (1…sashDepth, else none) differs between the lists: changed, new or dropped.
    static QSet<qint64> changedIds(const QList<qint64> &before, const QList<qint64> &after, int sashDepth);
    // Removes the composites (blob, then row) of these titles; returns how many went.
    int invalidate(MediaType type, const QSet<qint64> &tmdbIds);

    // The IMDb id behind "{movie|tv}_{tmdb}" composites is remembered here (composite keys start with
    // the request's canonical id, which may be the IMDb id): ns "title_imdb".
    static inline const QString ImdbNamespace = QStringLiteral("title_imdb");
    static QString imdbKey(MediaType type, qint64 tmdbId);

    static constexpr qint64 LeaseTtlMs = 15 * 60 * 1000;
    static constexpr qint64 RetryAfterFailureSeconds = 300;
    static constexpr qint64 ExpiryGraceSeconds = 3600;

private:
    static QString sourceFor(const Options &options, MediaType type);
    bool refresh(MediaType type, qint64 now, Outcome &outcome);

    Options m_options;
    Storage::Storage *m_storage;
    Blob::BlobStore *m_blobs;
    Coordination::Coordinator *m_coordinator;
    Fetch m_fetch;
    TrendingRanks m_ranks;

    mutable QMutex m_mutex;
    qint64 m_retryAt[2] = {0, 0};   // per media type, after a failure
};

} // namespace Marquee::Pipeline
