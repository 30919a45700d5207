#pragma once

#include <QMutex>
#include <QString>

#include <atomic>
#include <optional>

#include "core/sources/ratingsrecord.h"
#include "core/util/error.h"

struct sqlite3;

namespace Marquee::Sources {

// The IMDb ratings dataset (reference §5.6, §6.2) in its own SQLite file: imdb_ratings(tconst PK, rating
// REAL, votes INT) and imdb_ratings_meta(key PK, value). An import streams a gzip TSV
// (`tconst averageRating numVotes`) through zlib line by line into imdb_ratings_new in batched
// transactions, then swaps the tables in one transaction, so readers see the old ratings or the new
// ones, never a half-built table; a failed import leaves the old table alone. Memory stays bounded by
// one line and one batch. Rows below minVotes are not imported (and not answered, should the setting
// have grown since). Thread-safe; lookups run on render threads while an import runs on another.
class ImdbDataset
{
public:
    struct ImportStats
    {
        qint64 rows = 0;           // imported
        qint64 belowMinVotes = 0;  // skipped: fewer votes than minVotes
        qint64 malformed = 0;      // skipped: not three tab-separated fields of the right shape
    };

    ImdbDataset(QString path, int minVotes);
    ~ImdbDataset();
    ImdbDataset(const ImdbDataset &) = delete;
    ImdbDataset &operator=(const ImdbDataset &) = delete;

    // IMDb's rating (0–10) and vote count for a title; nullopt when unknown, below min votes, or the
    // dataset was never imported (or cannot be read).
    std::optional<RatingValue> lookup(const QString &imdbId);
    // Whether an import has completed (here or by another process sharing the file). Cheap once true.
    bool ready();
    // Unix seconds of the last completed import; 0 = never.
    qint64 importedAt();

    // Imports a gzip TSV file; InvalidInput for a file that is not gzip or lacks the header, or that
    // holds no usable row; Internal for database failures. `now` is stored as the import time.
    Result<ImportStats> importGzip(const QString &gzipPath, qint64 now);

    QString path() const { return m_path; }
    int minVotes() const { return m_minVotes; }

    static constexpr int BatchRows = 10000;

private:
    sqlite3 *reader();  // lazily opened; null when the file cannot be opened

    QString m_path;
    int m_minVotes;
    QMutex m_readerMutex;
    sqlite3 *m_reader = nullptr;
    QMutex m_importMutex;  // one import at a time per process (other processes: the lease)
    std::atomic<bool> m_ready{false};  // once true it stays true (imports only ever replace the table)
};

} // namespace Marquee::Sources
