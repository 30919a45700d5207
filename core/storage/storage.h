#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/config/titleid.h"
#include "core/util/error.h"

namespace Marquee::Storage {

// Rows of the cache tables (reference §6.2 shapes). Timestamps are Unix seconds.
struct RatingRow
{
    QString canonicalId;        // rating_cache.imdb_id: IMDb id or "tmdb:<id>"
    QJsonObject ratings;        // RatingsRecord::toJson()
    QString genre;
    QString releaseDate;
    std::optional<int> ageRating;
    qint64 cachedAt = 0;
    int ratingMinVotes = 0;
};

struct MetadataRow
{
    QString cacheKey;           // "{movie|tv}_{id}_{lang}…"
    QJsonObject metadata;       // TitleMetadata::toJson()
    qint64 cachedAt = 0;
};

struct CompositeRow
{
    QString cacheKey;           // composite key "{canonical}:{tmdb}:{type}:{hash16}"
    qint64 cachedAt = 0;
    qint64 expiresAt = 0;
    QString blobKey;            // where the bytes live in the BlobStore
    QString requestParams;      // replay query without keys
};

// The cache database. Implementations: SqliteStorage (default), PostgresStorage (issue 5).
// Every method is thread-safe and blocking; failures are Internal errors with a reason.
class Storage
{
public:
    virtual ~Storage() = default;

    virtual QString kind() const = 0;   // "sqlite", "postgres"
    virtual VoidResult ping() = 0;      // SELECT 1

    virtual Result<std::optional<RatingRow>> rating(const QString &canonicalId) = 0;
    virtual VoidResult putRating(const RatingRow &row) = 0;

    virtual Result<std::optional<MetadataRow>> metadata(const QString &cacheKey) = 0;
    virtual VoidResult putMetadata(const MetadataRow &row) = 0;
    virtual VoidResult removeMetadata(const QString &cacheKey) = 0;

    virtual Result<std::optional<qint64>> tmdbIdFor(const QString &imdbId, MediaType type) = 0;
    virtual VoidResult putTmdbId(const QString &imdbId, MediaType type, qint64 tmdbId) = 0;
    // Compare-and-delete: removes the mapping only while it still points at expectedTmdbId.
    virtual VoidResult removeTmdbIdIf(const QString &imdbId, MediaType type, qint64 expectedTmdbId) = 0;

    virtual Result<std::optional<CompositeRow>> composite(const QString &cacheKey) = 0;
    virtual VoidResult putComposite(const CompositeRow &row) = 0;
    virtual VoidResult removeComposite(const QString &cacheKey) = 0;

    // Row counts per table, for /stats.
    virtual Result<QHash<QString, qint64>> tableCounts() = 0;
};

} // namespace Marquee::Storage
