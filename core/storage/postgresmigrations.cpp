#include "core/storage/postgresmigrations.h"

#include <string>

#include <QDateTime>

#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

namespace Marquee::Storage {

namespace {

// Version 1: the cache tables (SqliteMigrations version 1). Keys compared and sorted bytewise
// (COLLATE "C") like SQLite's BINARY, so ORDER BY and prefix LIKE behave — and use the index — alike.
QStringList initialTables()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS rating_cache ("
                       " imdb_id TEXT PRIMARY KEY,"
                       " ratings_json TEXT NOT NULL,"
                       " genre TEXT,"
                       " cached_at BIGINT NOT NULL,"
                       " release_date TEXT,"
                       " award_wins TEXT,"
                       " award_noms TEXT,"
                       " age_rating INTEGER,"
                       " is_cult INTEGER NOT NULL DEFAULT 0,"
                       " is_true_story INTEGER NOT NULL DEFAULT 0,"
                       " is_metacritic INTEGER NOT NULL DEFAULT 0,"
                       " rating_min_votes INTEGER,"
                       " festival_keyword TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS tmdb_metadata_cache ("
                       " cache_key TEXT PRIMARY KEY,"
                       " title TEXT,"
                       " release_year INTEGER,"
                       " genre_ids TEXT,"
                       " poster_path TEXT,"
                       " backdrop_path TEXT,"
                       " logos_json TEXT,"
                       " original_language TEXT,"
                       " original_title TEXT,"
                       " tmdb_status TEXT,"
                       " vote_count INTEGER,"
                       " vote_average DOUBLE PRECISION,"
                       " imdb_id TEXT,"
                       " runtime INTEGER,"
                       " number_of_seasons INTEGER,"
                       " number_of_episodes INTEGER,"
                       " metadata_json TEXT NOT NULL,"
                       " metadata_version INTEGER NOT NULL,"
                       " cached_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS imdb_to_tmdb_cache ("
                       " imdb_id TEXT NOT NULL,"
                       " media_type TEXT NOT NULL,"
                       " tmdb_id BIGINT NOT NULL,"
                       " PRIMARY KEY (imdb_id, media_type))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS final_poster_cache ("
                       " cache_key TEXT COLLATE \"C\" PRIMARY KEY,"
                       " cached_at BIGINT NOT NULL,"
                       " request_params TEXT,"
                       " expires_at BIGINT NOT NULL,"
                       " blob_key TEXT NOT NULL)"),
    };
}

// Version 2: indexes for the pruning queries (oldest rows first).
QStringList pruneIndexes()
{
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_final_poster_cache_expires"
                       " ON final_poster_cache (expires_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_rating_cache_cached ON rating_cache (cached_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_tmdb_metadata_cache_cached"
                       " ON tmdb_metadata_cache (cached_at)"),
    };
}

// Version 3: user presets and the keyed cache (SqliteMigrations version 3).
QStringList presetsAndKeyedCache()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS user_presets ("
                       " name TEXT COLLATE \"C\" PRIMARY KEY,"
                       " query TEXT NOT NULL,"
                       " updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS keyed_cache ("
                       " ns TEXT NOT NULL,"
                       " cache_key TEXT NOT NULL,"
                       " value_json TEXT NOT NULL,"
                       " cached_at BIGINT NOT NULL,"
                       " expires_at BIGINT NOT NULL,"
                       " PRIMARY KEY (ns, cache_key))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_keyed_cache_expires ON keyed_cache (expires_at)"),
    };
}

const std::string LockStatement = "SELECT pg_advisory_xact_lock(" + std::to_string(PostgresMigrations::AdvisoryLockKey) + ")";
const std::string BootstrapStatement = "CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       " version INTEGER PRIMARY KEY,"
                                       " name TEXT NOT NULL,"
                                       " applied_at BIGINT NOT NULL)";

// One step in one transaction. The lock comes first: even the bootstrap CREATE TABLE IF NOT EXISTS
// races in PostgreSQL (two sessions can both pass the existence check and one fails on pg_type).
void applyStep(pqxx::connection &connection, const PostgresMigrations::Step &step)
{
    pqxx::work tx(connection);
    tx.exec(LockStatement);
    tx.exec(BootstrapStatement);
    if (!tx.exec_params("SELECT 1 FROM schema_migrations WHERE version = $1", step.version).empty()) {
        tx.commit();
        return;
    }
    for (const QString &statement : step.statements)
        tx.exec(statement.toStdString());
    tx.exec_params("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                   step.version, std::string(step.name), static_cast<long long>(QDateTime::currentSecsSinceEpoch()));
    tx.commit();
}

// Restarts skip the lock when everything is already recorded.
bool upToDate(pqxx::connection &connection)
{
    pqxx::nontransaction tx(connection);
    const pqxx::result table = tx.exec("SELECT to_regclass('schema_migrations') IS NOT NULL");
    if (!table[0][0].as<bool>())
        return false;
    const pqxx::result latest = tx.exec("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    return latest[0][0].as<int>() >= PostgresMigrations::steps().last().version;
}

} // namespace

const QList<PostgresMigrations::Step> &PostgresMigrations::steps()
{
    static const QList<Step> all{
        {1, "cache tables", initialTables()},
        {2, "prune indexes", pruneIndexes()},
        {3, "user presets and keyed cache", presetsAndKeyedCache()},
    };
    return all;
}

void PostgresMigrations::apply(pqxx::connection &connection)
{
    if (upToDate(connection))
        return;
    for (const Step &step : steps())
        applyStep(connection, step);
}

QList<int> PostgresMigrations::applied(pqxx::connection &connection)
{
    pqxx::nontransaction tx(connection);
    QList<int> versions;
    if (!tx.exec("SELECT to_regclass('schema_migrations') IS NOT NULL")[0][0].as<bool>())
        return versions;
    for (const pqxx::row &row : tx.exec("SELECT version FROM schema_migrations ORDER BY version"))
        versions.append(row[0].as<int>());
    return versions;
}

} // namespace Marquee::Storage
