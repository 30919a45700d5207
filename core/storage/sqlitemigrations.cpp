#include "core/storage/sqlitemigrations.h"

#include <QDateTime>
#include <QSqlQuery>

#include "core/storage/sqlitequery.h"

namespace Marquee::Storage {

namespace {

// Version 1: the reference's cache tables (postersplus-reference §6.2) in the columns Marquee fills.
QStringList initialTables()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS rating_cache ("
                       " imdb_id TEXT PRIMARY KEY,"
                       " ratings_json TEXT NOT NULL,"
                       " genre TEXT,"
                       " cached_at INTEGER NOT NULL,"
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
                       " vote_average REAL,"
                       " imdb_id TEXT,"
                       " runtime INTEGER,"
                       " number_of_seasons INTEGER,"
                       " number_of_episodes INTEGER,"
                       " metadata_json TEXT NOT NULL,"
                       " metadata_version INTEGER NOT NULL,"
                       " cached_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS imdb_to_tmdb_cache ("
                       " imdb_id TEXT NOT NULL,"
                       " media_type TEXT NOT NULL,"
                       " tmdb_id INTEGER NOT NULL,"
                       " PRIMARY KEY (imdb_id, media_type))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS final_poster_cache ("
                       " cache_key TEXT PRIMARY KEY,"
                       " cached_at INTEGER NOT NULL,"
                       " request_params TEXT,"
                       " expires_at INTEGER NOT NULL,"
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

// Version 3: user presets (marquee.md §3) and the keyed cache for sources with per-row expiry.
QStringList presetsAndKeyedCache()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS user_presets ("
                       " name TEXT PRIMARY KEY,"
                       " query TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS keyed_cache ("
                       " ns TEXT NOT NULL,"
                       " cache_key TEXT NOT NULL,"
                       " value_json TEXT NOT NULL,"
                       " cached_at INTEGER NOT NULL,"
                       " expires_at INTEGER NOT NULL,"
                       " PRIMARY KEY (ns, cache_key))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_keyed_cache_expires ON keyed_cache (expires_at)"),
    };
}

VoidResult applyStep(QSqlDatabase &db, const SqliteMigrations::Step &step)
{
    QSqlQuery query(db);
    if (auto begun = execSql(query, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;

    auto rollback = [&](const Error &error) -> VoidResult {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(error);
    };

    QSqlQuery check(db);
    check.prepare(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
    check.addBindValue(step.version);
    if (auto ran = execPrepared(check); !ran)
        return rollback(ran.error());
    const bool alreadyApplied = check.next();
    check.finish();

    if (!alreadyApplied) {
        for (const QString &statement : step.statements) {
            QSqlQuery ddl(db);
            if (auto ran = execSql(ddl, statement); !ran)
                return rollback(ran.error());
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(step.version);
        record.addBindValue(QString::fromLatin1(step.name));
        record.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (auto ran = execPrepared(record); !ran)
            return rollback(ran.error());
    }

    QSqlQuery commit(db);
    if (auto committed = execSql(commit, QStringLiteral("COMMIT")); !committed)
        return rollback(committed.error());
    return {};
}

} // namespace

const QList<SqliteMigrations::Step> &SqliteMigrations::steps()
{
    static const QList<Step> all{
        {1, "cache tables", initialTables()},
        {2, "prune indexes", pruneIndexes()},
        {3, "user presets and keyed cache", presetsAndKeyedCache()},
    };
    return all;
}

VoidResult SqliteMigrations::apply(QSqlDatabase &db)
{
    QSqlQuery bootstrap(db);
    const auto created = execSql(bootstrap, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                           " version INTEGER PRIMARY KEY,"
                                                           " name TEXT NOT NULL,"
                                                           " applied_at INTEGER NOT NULL)"));
    if (!created)
        return created;
    for (const Step &step : steps()) {
        if (auto applied = applyStep(db, step); !applied)
            return applied;
    }
    return {};
}

Result<QList<int>> SqliteMigrations::applied(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (auto ran = execSql(query, QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")); !ran)
        return fail(ran.error());
    QList<int> versions;
    while (query.next())
        versions.append(query.value(0).toInt());
    return versions;
}

} // namespace Marquee::Storage
