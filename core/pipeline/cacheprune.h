#pragma once

#include <QString>

#include <chrono>
#include <functional>

#include "core/pipeline/leasedjobscheduler.h"
#include "core/util/error.h"

namespace Marquee::Storage { class Storage; }

namespace Marquee::Pipeline {

// What one prune removed.
struct CachePruneReport
{
    qint64 composites = 0;   // expired composite rows removed (their blobs go after the delete grace)
    qint64 rows = 0;         // rating, metadata and keyed-cache rows removed
    bool stopped = false;    // told to stop before finishing
};

// The cache prune (reference §6.2 "Pruning"; LeasedJobScheduler runs it as "cache-prune" on one
// replica at a time): expired composites in batches, then ratings older than 14 days, metadata older
// than 30 days and expired keyed values.
//
// Composites go through the pipeline's own prune (PosterPipeline::pruneComposites →
// CompositeCache::prune) rather than straight to Storage and BlobStore: it is the write path's mirror —
// the row goes first, re-read just before so a re-rendered composite keeps its fresh row, and the blob
// joins the same deferred-delete queue as superseded blobs, deleted after DELETE_GRACE_SECONDS (a CDN
// may still follow a redirect to it). So a row never names a missing blob, and the L1 copy is dropped
// with its row.
//
//   CachePrune prune(storage, [&pipeline](qint64 now, int limit) { return pipeline.pruneComposites(now, limit); });
//   scheduler.add(prune.job(6h, 5min));       // or, by hand: prune.run([&] { return control.shouldStop(); })
class CachePrune
{
public:
    static constexpr int BatchSize = 500;
    static constexpr qint64 RatingMaxAgeSeconds = 14 * 86400;
    static constexpr qint64 MetadataMaxAgeSeconds = 30 * 86400;
    static constexpr std::chrono::hours LeaseTtl{8};   // reference §6.3 "cache-prune 8 h"

    // Removes up to `limit` composites expired at `now`; returns how many went.
    using CompositePrune = std::function<Result<qint64>(qint64 now, int limit)>;
    // Unix seconds; tests pass their own.
    using Clock = std::function<qint64()>;

    CachePrune(Storage::Storage &storage, CompositePrune pruneComposites, Clock clock = {}, int batchSize = BatchSize);

    // The first storage failure ends the prune as an Internal error (the next run starts over).
    Result<CachePruneReport> run(const std::function<bool()> &shouldStop = {});

    // The prune as the "cache-prune" LeasedJob: lease TTL 8 h, or an hour past a longer interval so the
    // leader keeps its lease between runs. The job stops between batches when told to; a failure is
    // logged and retried at the next interval. This object must outlive the scheduler's stop().
    LeasedJob job(std::chrono::milliseconds interval, std::chrono::milliseconds startDelay);
    static QString jobName();

private:
    Storage::Storage &m_storage;
    CompositePrune m_pruneComposites;
    Clock m_clock;
    int m_batchSize;
};

} // namespace Marquee::Pipeline
