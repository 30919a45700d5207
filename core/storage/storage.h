#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
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

// A user-defined preset (marquee.md §3): a name and the render query it stands for, as canonical
// "key=value&…" text without keys (RenderConfig::toQuery of a non-default config).
struct UserPresetRow
{
    QString name;               // [a-z0-9_-]{1,40}, validated by the caller
    QString query;
    qint64 updatedAt = 0;
};

// A JSON value in a named namespace of the keyed cache ("quality", "trending", "release_status", …),
// for sources whose rows have their own expiry. Keeps new caches from needing new tables per backend.
struct KeyedValueRow
{
    QString ns;
    QString key;
    QJsonObject value;
    qint64 cachedAt = 0;
    qint64 expiresAt = 0;       // 0 = never expires by itself
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

    // Composites whose expires_at <= now, oldest first, at most `limit` (prune; the caller deletes the
    // blob and then the row).
    virtual Result<QList<CompositeRow>> expiredComposites(qint64 now, int limit) = 0;
    // Composites whose key starts with `keyPrefix` (e.g. "tt0111161:" for every render of one title).
    virtual Result<QList<CompositeRow>> compositesWithPrefix(const QString &keyPrefix) = 0;

    virtual Result<QList<UserPresetRow>> userPresets() = 0;   // sorted by name
    virtual Result<std::optional<UserPresetRow>> userPreset(const QString &name) = 0;
    virtual VoidResult putUserPreset(const UserPresetRow &row) = 0;  // insert or replace
    virtual Result<bool> removeUserPreset(const QString &name) = 0;  // false when there was none

    // Expired values read as absent.
    virtual Result<std::optional<KeyedValueRow>> keyedValue(const QString &ns, const QString &key, qint64 now) = 0;
    virtual VoidResult putKeyedValue(const KeyedValueRow &row) = 0;
    virtual VoidResult removeKeyedValue(const QString &ns, const QString &key) = 0;

    // Deletes rating rows cached before `ratingsBefore`, metadata rows cached before `metadataBefore`
    // and keyed values expired at `now`; returns how many rows went.
    virtual Result<qint64> pruneRows(qint64 ratingsBefore, qint64 metadataBefore, qint64 now) = 0;

    // Row counts per table, for /stats.
    virtual Result<QHash<QString, qint64>> tableCounts() = 0;
};

} // namespace Marquee::Storage
