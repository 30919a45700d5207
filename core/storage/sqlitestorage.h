#pragma once

#include <memory>

#include <QList>
#include <QString>

#include "core/storage/storage.h"

namespace Marquee::Storage {

// The default cache database: one SQLite file through Qt Sql (QSQLITE), WAL journal,
// synchronous=NORMAL, busy_timeout 15 s. Every thread gets its own named connection, opened on first
// use; the schema is brought up to date by numbered migrations on the first connection.
//
//   Storage::SqliteStorage storage(dataDir + "/cache.db");
//   if (auto ok = storage.ping(); !ok) qCritical() << ok.error().message;
class SqliteStorage : public Storage
{
public:
    explicit SqliteStorage(const QString &databasePath);
    ~SqliteStorage() override;

    QString kind() const override;
    VoidResult ping() override;

    Result<std::optional<RatingRow>> rating(const QString &canonicalId) override;
    VoidResult putRating(const RatingRow &row) override;

    Result<std::optional<MetadataRow>> metadata(const QString &cacheKey) override;
    VoidResult putMetadata(const MetadataRow &row) override;
    VoidResult removeMetadata(const QString &cacheKey) override;

    Result<std::optional<qint64>> tmdbIdFor(const QString &imdbId, MediaType type) override;
    VoidResult putTmdbId(const QString &imdbId, MediaType type, qint64 tmdbId) override;
    VoidResult removeTmdbIdIf(const QString &imdbId, MediaType type, qint64 expectedTmdbId) override;

    Result<std::optional<CompositeRow>> composite(const QString &cacheKey) override;
    VoidResult putComposite(const CompositeRow &row) override;
    VoidResult removeComposite(const QString &cacheKey) override;

    Result<QList<CompositeRow>> expiredComposites(qint64 now, int limit) override;
    Result<QList<CompositeRow>> compositesWithPrefix(const QString &keyPrefix) override;

    Result<QList<UserPresetRow>> userPresets() override;
    Result<std::optional<UserPresetRow>> userPreset(const QString &name) override;
    VoidResult putUserPreset(const UserPresetRow &row) override;
    Result<bool> removeUserPreset(const QString &name) override;

    Result<std::optional<KeyedValueRow>> keyedValue(const QString &ns, const QString &key, qint64 now) override;
    VoidResult putKeyedValue(const KeyedValueRow &row) override;
    VoidResult removeKeyedValue(const QString &ns, const QString &key) override;

    Result<qint64> pruneRows(qint64 ratingsBefore, qint64 metadataBefore, qint64 now) override;

    // Row counts of rating_cache, tmdb_metadata_cache, imdb_to_tmdb_cache, final_poster_cache, user_presets,
    // keyed_cache, plus "db_file_bytes" (database + WAL file size) for /stats.
    Result<QHash<QString, qint64>> tableCounts() override;

    // Schema versions recorded in schema_migrations (for tests and diagnostics).
    Result<QList<int>> appliedMigrations();
    QString databasePath() const;
    int openConnections() const;

    // Rows of tmdb_metadata_cache written with another layout are ignored on read.
    static constexpr int MetadataVersion = 1;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Marquee::Storage
