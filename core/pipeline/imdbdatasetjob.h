#pragma once

#include <atomic>
#include <chrono>
#include <functional>

#include <QString>
#include <QUrl>

#include "core/pipeline/leasedjobscheduler.h"
#include "core/sources/imdbdataset.h"

namespace Marquee::Pipeline {

// Keeps the IMDb dataset fresh (reference §5.6): every IMDB_DATASET_REFRESH_HOURS one process downloads
// the gzip TSV from IMDB_DATASET_URL into a temporary file next to the database (streamed to disk, never
// held in memory) and imports it (ImdbDataset::importGzip: new table, then swap).
//
// "One process" is a LeasedJob whose lease name is derived from this host and the dataset's path: the
// processes sharing one dataset file (several daemons on one machine or volume) download it once, while
// replicas with a file of their own each keep theirs. The job checks every checkInterval whether the
// import is due, so a restart does not download again.
//
//   Pipeline::ImdbDatasetJob refresh(dataset, {settings.imdbDatasetUrl, settings.imdbDatasetRefreshHours});
//   scheduler.add(refresh.job(std::chrono::seconds(30)));
class ImdbDatasetJob
{
public:
    using Clock = std::function<qint64()>;  // Unix seconds

    struct Options
    {
        QString url;
        int refreshHours = 24;
        std::chrono::milliseconds checkInterval = std::chrono::hours(1);
        int downloadTimeoutMs = 120000;               // the reference's 120 s
        qint64 maxDownloadBytes = 1024LL * 1024 * 1024;
    };

    ImdbDatasetJob(Sources::ImdbDataset &dataset, Options options, Clock clock = {});

    bool due();
    // Downloads and imports now, whether due or not. Blocks; `shouldStop` is polled during the download.
    Result<Sources::ImdbDataset::ImportStats> refresh(const std::function<bool()> &shouldStop = {});
    LeasedJob job(std::chrono::milliseconds startDelay);
    QString leaseName() const;

    int downloads() const { return m_downloads.load(); }

    // Streams `url` into `target` (atomically: a partial file never appears there). The byte count, or
    // UpstreamTimeout / UpstreamStatus (with the status) / Internal (disk) errors; never the URL's query.
    static Result<qint64> download(const QUrl &url, const QString &target, int timeoutMs, qint64 maxBytes,
                                   const std::function<bool()> &shouldStop = {});

private:
    Sources::ImdbDataset &m_dataset;
    Options m_options;
    Clock m_clock;
    std::atomic<int> m_downloads{0};
};

} // namespace Marquee::Pipeline
