#include "core/pipeline/cacheprune.h"

#include <algorithm>

#include <QDateTime>
#include <QLoggingCategory>

#include "core/storage/storage.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcPrune, "marquee.pipeline.prune")

qint64 wallSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

CachePrune::CachePrune(Storage::Storage &storage, CompositePrune pruneComposites, Clock clock, int batchSize)
    : m_storage(storage)
    , m_pruneComposites(std::move(pruneComposites))
    , m_clock(clock ? std::move(clock) : Clock(wallSeconds))
    , m_batchSize(std::max(1, batchSize))
{
}

Result<CachePruneReport> CachePrune::run(const std::function<bool()> &shouldStop)
{
    const auto stopRequested = [&shouldStop] { return shouldStop && shouldStop(); };
    const qint64 now = m_clock();
    CachePruneReport report;
    // Batches keep each storage call short and let a shutdown interrupt a large backlog. A short
    // batch is the last: the rest (rows re-rendered meanwhile) is not expired any more.
    for (;;) {
        if (stopRequested()) {
            report.stopped = true;
            return report;
        }
        const auto removed = m_pruneComposites(now, m_batchSize);
        if (!removed)
            return fail(removed.error());
        report.composites += *removed;
        if (*removed < m_batchSize)
            break;
    }
    if (stopRequested()) {
        report.stopped = true;
        return report;
    }
    const auto rows = m_storage.pruneRows(now - RatingMaxAgeSeconds, now - MetadataMaxAgeSeconds, now);
    if (!rows)
        return fail(rows.error());
    report.rows = *rows;
    qCInfo(lcPrune) << "cache prune removed" << report.composites << "expired posters and" << report.rows
                    << "old cache rows";
    return report;
}

QString CachePrune::jobName()
{
    return QStringLiteral("cache-prune");
}

LeasedJob CachePrune::job(std::chrono::milliseconds interval, std::chrono::milliseconds startDelay)
{
    const std::chrono::milliseconds ttl = std::max<std::chrono::milliseconds>(LeaseTtl, interval + std::chrono::hours(1));
    return LeasedJob{jobName(), ttl, interval, startDelay, [this](const JobControl &control) {
                         const auto report = run([&control] { return control.shouldStop(); });
                         if (!report)
                             qCWarning(lcPrune).noquote() << "cache prune failed:" << report.error().message;
                     }};
}

} // namespace Marquee::Pipeline
