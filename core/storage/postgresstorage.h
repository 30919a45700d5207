#pragma once

#include <chrono>
#include <memory>

#include <QList>
#include <QString>

#include "core/storage/storage.h"

namespace Marquee::Storage {

class PostgresConnectionPool;

// The cache database on PostgreSQL (DATABASE_URL postgres:// or postgresql://) through libpqxx, with
// the same tables and results as SqliteStorage. Statements run on connections of a bounded pool
// (PostgresConnectionPool); the schema is brought up to date by PostgresMigrations on the first
// connection, under an advisory lock so replicas starting together do not race. A connection that
// broke (server restart, failover) is dropped and the statement retried once on a fresh one.
// Every error is an Internal error naming the redacted URL, never the password.
//
//   Storage::PostgresStorage storage(QStringLiteral("postgres://marquee:secret@db/marquee"), {});
//   if (auto ok = storage.ping(); !ok) qCritical() << ok.error().message;
class PostgresStorage : public Storage
{
public:
    struct Options
    {
        int poolMinSize = 1;    // DB_POOL_MIN_SIZE
        int poolMaxSize = 10;   // DB_POOL_MAX_SIZE
        std::chrono::milliseconds acquireTimeout{10000};
    };

    PostgresStorage(const QString &url, Options options);
    ~PostgresStorage() override;

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

    // Row counts of the six cache tables plus "db_file_bytes" (pg_database_size of the database), the
    // same keys SqliteStorage reports.
    Result<QHash<QString, qint64>> tableCounts() override;

    // Opens DB_POOL_MIN_SIZE connections (migrating the schema on the first); the factory calls it.
    VoidResult open();
    // Schema versions recorded in schema_migrations (for tests and diagnostics).
    Result<QList<int>> appliedMigrations();
    QString redactedUrl() const;
    PostgresConnectionPool &pool();

    // Rows of tmdb_metadata_cache written with another layout are ignored on read (as in SQLite).
    static constexpr int MetadataVersion = 1;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Marquee::Storage
