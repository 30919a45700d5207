#include "core/storage/sqlitestorage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>

#include "core/storage/cachecolumns.h"
#include "core/storage/sqliteconnectionpool.h"
#include "core/storage/sqlitemigrations.h"
#include "core/storage/sqlitequery.h"

namespace Marquee::Storage {

namespace {

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

VoidResult pragma(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    return execSql(query, statement);
}

} // namespace

class SqliteStorage::Private
{
public:
    explicit Private(const QString &path)
        : pool(path, [this](QSqlDatabase &db) { return prepareConnection(db); })
    {
    }

    // Pragmas per connection; WAL mode and the schema once per storage (the first connection). The
    // journal mode is stored in the file, and setting it takes a lock for which SQLite may answer
    // "database is locked" at once instead of waiting: a /stats and a /ready arriving together at
    // start-up each opened a connection, and one of them failed.
    VoidResult prepareConnection(QSqlDatabase &db)
    {
        for (const char *statement : {"PRAGMA busy_timeout=15000", "PRAGMA synchronous=NORMAL",
                                      "PRAGMA cache_size=-4000"}) {
            if (auto ok = pragma(db, QString::fromLatin1(statement)); !ok)
                return ok;
        }
        QMutexLocker locker(&schemaMutex);
        if (schemaReady)
            return {};
        if (auto wal = pragma(db, QStringLiteral("PRAGMA journal_mode=WAL")); !wal)
            return wal;
        auto migrated = SqliteMigrations::apply(db);
        schemaReady = migrated.has_value();
        return migrated;
    }

    // Prepares `sql` on the calling thread's connection.
    Result<QSqlQuery> query(const QString &sql)
    {
        auto db = pool.connection();
        if (!db)
            return fail(db.error());
        QSqlQuery query(*db);
        if (!query.prepare(sql))
            return fail(sqlError(query));
        return query;
    }

    // Prepares, binds `values` in order and executes.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values)
    {
        auto prepared = query(sql);
        if (!prepared)
            return prepared;
        for (const QVariant &value : values)
            prepared->addBindValue(value);
        if (auto ran = execPrepared(*prepared); !ran)
            return fail(ran.error());
        return prepared;
    }

    VoidResult runVoid(const QString &sql, const QVariantList &values)
    {
        auto ran = run(sql, values);
        if (!ran)
            return fail(ran.error());
        return {};
    }

    SqliteConnectionPool pool;
    QMutex schemaMutex;
    bool schemaReady = false;
};

SqliteStorage::SqliteStorage(const QString &databasePath)
    : d(std::make_unique<Private>(databasePath))
{
}

SqliteStorage::~SqliteStorage() = default;

QString SqliteStorage::kind() const
{
    return QStringLiteral("sqlite");
}

VoidResult SqliteStorage::ping()
{
    auto ran = d->run(QStringLiteral("SELECT 1"), {});
    if (!ran)
        return fail(ran.error());
    return {};
}

Result<std::optional<RatingRow>> SqliteStorage::rating(const QString &canonicalId)
{
    auto ran = d->run(QStringLiteral("SELECT ratings_json, genre, release_date, age_rating, cached_at,"
                                     " rating_min_votes FROM rating_cache WHERE imdb_id = ?"),
                      {canonicalId});
    if (!ran)
        return fail(ran.error());
    if (!ran->next())
        return std::optional<RatingRow>();
    RatingRow row;
    row.canonicalId = canonicalId;
    row.ratings = parseObject(ran->value(0).toString());
    row.genre = ran->value(1).toString();
    row.releaseDate = ran->value(2).toString();
    if (!ran->value(3).isNull())
        row.ageRating = ran->value(3).toInt();
    row.cachedAt = ran->value(4).toLongLong();
    row.ratingMinVotes = ran->value(5).toInt();
    return std::optional<RatingRow>(row);
}

VoidResult SqliteStorage::putRating(const RatingRow &row)
{
    const RatingColumns columns = ratingColumns(row.ratings);
    return d->runVoid(
        QStringLiteral("INSERT OR REPLACE INTO rating_cache (imdb_id, ratings_json, genre, cached_at,"
                       " release_date, award_wins, award_noms, age_rating, is_cult, is_true_story,"
                       " is_metacritic, rating_min_votes, festival_keyword)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {row.canonicalId, compactJson(row.ratings), nullableText(row.genre), row.cachedAt,
         nullableText(row.releaseDate), nullableText(columns.awardWins), nullableText(columns.awardNoms),
         nullable(row.ageRating), int(columns.isCult), int(columns.isTrueStory), int(columns.isMetacritic),
         row.ratingMinVotes, nullableText(columns.festivalKeyword)});
}

Result<std::optional<MetadataRow>> SqliteStorage::metadata(const QString &cacheKey)
{
    auto ran = d->run(QStringLiteral("SELECT metadata_json, cached_at FROM tmdb_metadata_cache"
                                     " WHERE cache_key = ? AND metadata_version = ?"),
                      {cacheKey, MetadataVersion});
    if (!ran)
        return fail(ran.error());
    if (!ran->next())
        return std::optional<MetadataRow>();
    MetadataRow row;
    row.cacheKey = cacheKey;
    row.metadata = parseObject(ran->value(0).toString());
    row.cachedAt = ran->value(1).toLongLong();
    return std::optional<MetadataRow>(row);
}

VoidResult SqliteStorage::putMetadata(const MetadataRow &row)
{
    const MetadataColumns c = metadataColumns(row.metadata);
    return d->runVoid(
        QStringLiteral("INSERT OR REPLACE INTO tmdb_metadata_cache (cache_key, title, release_year, genre_ids,"
                       " poster_path, backdrop_path, logos_json, original_language, original_title,"
                       " tmdb_status, vote_count, vote_average, imdb_id, runtime, number_of_seasons,"
                       " number_of_episodes, metadata_json, metadata_version, cached_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {row.cacheKey, nullableText(c.title), nullable(c.releaseYear), nullableText(c.genreIds),
         nullableText(c.posterPath), nullableText(c.backdropPath), c.logosJson,
         nullableText(c.originalLanguage), nullableText(c.originalTitle), nullableText(c.tmdbStatus),
         nullable(c.voteCount), nullable(c.voteAverage), nullableText(c.imdbId), nullable(c.runtime),
         nullable(c.numberOfSeasons), nullable(c.numberOfEpisodes), compactJson(row.metadata),
         MetadataVersion, row.cachedAt});
}

VoidResult SqliteStorage::removeMetadata(const QString &cacheKey)
{
    return d->runVoid(QStringLiteral("DELETE FROM tmdb_metadata_cache WHERE cache_key = ?"), {cacheKey});
}

Result<std::optional<qint64>> SqliteStorage::tmdbIdFor(const QString &imdbId, MediaType type)
{
    auto ran = d->run(QStringLiteral("SELECT tmdb_id FROM imdb_to_tmdb_cache WHERE imdb_id = ? AND media_type = ?"),
                      {imdbId, mediaTypeName(type)});
    if (!ran)
        return fail(ran.error());
    if (!ran->next())
        return std::optional<qint64>();
    return std::optional<qint64>(ran->value(0).toLongLong());
}

VoidResult SqliteStorage::putTmdbId(const QString &imdbId, MediaType type, qint64 tmdbId)
{
    return d->runVoid(QStringLiteral("INSERT OR REPLACE INTO imdb_to_tmdb_cache (imdb_id, media_type, tmdb_id)"
                                     " VALUES (?, ?, ?)"),
                      {imdbId, mediaTypeName(type), tmdbId});
}

VoidResult SqliteStorage::removeTmdbIdIf(const QString &imdbId, MediaType type, qint64 expectedTmdbId)
{
    // One statement, so a concurrent re-resolution to a new id is never deleted by mistake.
    return d->runVoid(QStringLiteral("DELETE FROM imdb_to_tmdb_cache"
                                     " WHERE imdb_id = ? AND media_type = ? AND tmdb_id = ?"),
                      {imdbId, mediaTypeName(type), expectedTmdbId});
}

Result<std::optional<CompositeRow>> SqliteStorage::composite(const QString &cacheKey)
{
    auto ran = d->run(QStringLiteral("SELECT cached_at, expires_at, blob_key, request_params"
                                     " FROM final_poster_cache WHERE cache_key = ?"),
                      {cacheKey});
    if (!ran)
        return fail(ran.error());
    if (!ran->next())
        return std::optional<CompositeRow>();
    CompositeRow row;
    row.cacheKey = cacheKey;
    row.cachedAt = ran->value(0).toLongLong();
    row.expiresAt = ran->value(1).toLongLong();
    row.blobKey = ran->value(2).toString();
    row.requestParams = ran->value(3).toString();
    return std::optional<CompositeRow>(row);
}

VoidResult SqliteStorage::putComposite(const CompositeRow &row)
{
    return d->runVoid(QStringLiteral("INSERT OR REPLACE INTO final_poster_cache"
                                     " (cache_key, cached_at, request_params, expires_at, blob_key)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      {row.cacheKey, row.cachedAt, row.requestParams, row.expiresAt, row.blobKey});
}

VoidResult SqliteStorage::removeComposite(const QString &cacheKey)
{
    return d->runVoid(QStringLiteral("DELETE FROM final_poster_cache WHERE cache_key = ?"), {cacheKey});
}

namespace {

CompositeRow compositeFrom(const QSqlQuery &query)
{
    CompositeRow row;
    row.cacheKey = query.value(0).toString();
    row.cachedAt = query.value(1).toLongLong();
    row.expiresAt = query.value(2).toLongLong();
    row.blobKey = query.value(3).toString();
    row.requestParams = query.value(4).toString();
    return row;
}

QList<CompositeRow> compositesFrom(QSqlQuery &query)
{
    QList<CompositeRow> rows;
    while (query.next())
        rows.append(compositeFrom(query));
    return rows;
}

UserPresetRow userPresetFrom(const QSqlQuery &query)
{
    return UserPresetRow{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()};
}

// A GLOB pattern matching keys that start with `prefix`. GLOB, unlike SQLite's LIKE, is case-sensitive
// (as PostgreSQL's LIKE is) and can use the primary-key index; its wildcards are quoted as [*], [?], [[].
QString globPrefix(const QString &prefix)
{
    QString pattern;
    pattern.reserve(prefix.size() + 8);
    for (const QChar c : prefix) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('['))
            pattern += QLatin1Char('[') + c + QLatin1Char(']');
        else
            pattern += c;
    }
    return pattern + QLatin1Char('*');
}

} // namespace

Result<QList<CompositeRow>> SqliteStorage::expiredComposites(qint64 now, int limit)
{
    auto ran = d->run(QStringLiteral("SELECT cache_key, cached_at, expires_at, blob_key, request_params"
                                     " FROM final_poster_cache WHERE expires_at <= ?"
                                     " ORDER BY expires_at, cache_key LIMIT ?"),
                      {now, qMax(0, limit)});
    if (!ran)
        return fail(ran.error());
    return compositesFrom(*ran);
}

Result<QList<CompositeRow>> SqliteStorage::compositesWithPrefix(const QString &keyPrefix)
{
    auto ran = d->run(QStringLiteral("SELECT cache_key, cached_at, expires_at, blob_key, request_params"
                                     " FROM final_poster_cache WHERE cache_key GLOB ?"
                                     " ORDER BY cache_key"),
                      {globPrefix(keyPrefix)});
    if (!ran)
        return fail(ran.error());
    return compositesFrom(*ran);
}

Result<QList<UserPresetRow>> SqliteStorage::userPresets()
{
    auto ran = d->run(QStringLiteral("SELECT name, query, updated_at FROM user_presets ORDER BY name"), {});
    if (!ran)
        return fail(ran.error());
    QList<UserPresetRow> rows;
    while (ran->next())
        rows.append(userPresetFrom(*ran));
    return rows;
}

Result<std::optional<UserPresetRow>> SqliteStorage::userPreset(const QString &name)
{
    auto ran = d->run(QStringLiteral("SELECT name, query, updated_at FROM user_presets WHERE name = ?"), {name});
    if (!ran)
        return fail(ran.error());
    if (!ran->next())
        return std::optional<UserPresetRow>();
    return std::optional<UserPresetRow>(userPresetFrom(*ran));
}

VoidResult SqliteStorage::putUserPreset(const UserPresetRow &row)
{
    return d->runVoid(QStringLiteral("INSERT OR REPLACE INTO user_presets (name, query, updated_at) VALUES (?, ?, ?)"),
                      {row.name, row.query, row.updatedAt});
}

Result<bool> SqliteStorage::removeUserPreset(const QString &name)
{
    auto ran = d->run(QStringLiteral("DELETE FROM user_presets WHERE name = ?"), {name});
    if (!ran)
        return fail(ran.error());
    return ran->numRowsAffected() > 0;
}

Result<std::optional<KeyedValueRow>> SqliteStorage::keyedValue(const QString &ns, const QString &key, qint64 now)
{
    auto ran = d->run(QStringLiteral("SELECT value_json, cached_at, expires_at FROM keyed_cache"
                                     " WHERE ns = ? AND cache_key = ? AND (expires_at = 0 OR expires_at > ?)"),
                      {ns, key, now});
    if (!ran)
        return fail(ran.error());
    if (!ran->next())
        return std::optional<KeyedValueRow>();
    return std::optional<KeyedValueRow>(KeyedValueRow{ns, key, parseObject(ran->value(0).toString()),
                                                      ran->value(1).toLongLong(), ran->value(2).toLongLong()});
}

VoidResult SqliteStorage::putKeyedValue(const KeyedValueRow &row)
{
    return d->runVoid(QStringLiteral("INSERT OR REPLACE INTO keyed_cache (ns, cache_key, value_json, cached_at, expires_at)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      {row.ns, row.key, compactJson(row.value), row.cachedAt, row.expiresAt});
}

VoidResult SqliteStorage::removeKeyedValue(const QString &ns, const QString &key)
{
    return d->runVoid(QStringLiteral("DELETE FROM keyed_cache WHERE ns = ? AND cache_key = ?"), {ns, key});
}

Result<qint64> SqliteStorage::pruneRows(qint64 ratingsBefore, qint64 metadataBefore, qint64 now)
{
    const QList<std::pair<QString, QVariantList>> statements{
        {QStringLiteral("DELETE FROM rating_cache WHERE cached_at < ?"), {ratingsBefore}},
        {QStringLiteral("DELETE FROM tmdb_metadata_cache WHERE cached_at < ?"), {metadataBefore}},
        {QStringLiteral("DELETE FROM keyed_cache WHERE expires_at > 0 AND expires_at <= ?"), {now}},
    };
    qint64 removed = 0;
    for (const auto &[sql, values] : statements) {
        auto ran = d->run(sql, values);
        if (!ran)
            return fail(ran.error());
        removed += qMax(0, ran->numRowsAffected());
    }
    return removed;
}

Result<QHash<QString, qint64>> SqliteStorage::tableCounts()
{
    QHash<QString, qint64> counts;
    for (const char *table : {"rating_cache", "tmdb_metadata_cache", "imdb_to_tmdb_cache", "final_poster_cache",
                              "user_presets", "keyed_cache"}) {
        const QString name = QString::fromLatin1(table);
        auto ran = d->run(QStringLiteral("SELECT COUNT(*) FROM ") + name, {});
        if (!ran)
            return fail(ran.error());
        counts.insert(name, ran->next() ? ran->value(0).toLongLong() : 0);
    }
    const QString path = d->pool.path();
    counts.insert(QStringLiteral("db_file_bytes"),
                  QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size());
    return counts;
}

Result<QList<int>> SqliteStorage::appliedMigrations()
{
    auto db = d->pool.connection();
    if (!db)
        return fail(db.error());
    return SqliteMigrations::applied(*db);
}

QString SqliteStorage::databasePath() const
{
    return d->pool.path();
}

int SqliteStorage::openConnections() const
{
    return d->pool.openConnections();
}

} // namespace Marquee::Storage
