#include "core/storage/postgresstorage.h"

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <QJsonDocument>
#include <QVariant>

#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/version>

#include "core/storage/cachecolumns.h"
#include "core/storage/postgresconnectionpool.h"
#include "core/storage/postgresmigrations.h"
#include "core/storage/sqlitestorage.h"

namespace Marquee::Storage {

static_assert(PostgresStorage::MetadataVersion == SqliteStorage::MetadataVersion,
              "both backends must agree on the metadata layout version");

namespace {

QJsonObject parseObject(const pqxx::field &field)
{
    return QJsonDocument::fromJson(QByteArray(field.c_str(), int(field.size()))).object();
}

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str(), qsizetype(field.size()));
}

qint64 integer(const pqxx::field &field)
{
    return field.is_null() ? 0 : field.as<long long>();
}

// Text parameters for libpq: a null QVariant is SQL NULL, everything else its text form (which
// PostgreSQL parses into the column's type).
std::vector<std::optional<std::string>> parameters(const QVariantList &values)
{
    std::vector<std::optional<std::string>> result;
    result.reserve(size_t(values.size()));
    for (const QVariant &value : values) {
        if (value.isNull())
            result.emplace_back();
        else
            result.emplace_back(value.toString().toStdString());
    }
    return result;
}

pqxx::result execParams(pqxx::connection &connection, const std::string &sql, const QVariantList &values)
{
    const auto strings = parameters(values);
    pqxx::nontransaction tx(connection);
#if PQXX_VERSION_MAJOR >= 7
    pqxx::params params;
    for (const auto &value : strings) {
        if (value)
            params.append(*value);
        else
            params.append();
    }
    return tx.exec_params(sql, params);
#else
    std::vector<const char *> pointers;
    pointers.reserve(strings.size());
    for (const auto &value : strings)
        pointers.push_back(value ? value->c_str() : nullptr);
    return tx.exec_params(sql, pqxx::prepare::make_dynamic_params(pointers));
#endif
}

// "INSERT … ON CONFLICT (key) DO UPDATE SET …": the first keyCount columns are the primary key.
std::string upsert(const char *table, std::initializer_list<const char *> columns, int keyCount)
{
    std::string names, placeholders, keys, updates;
    int index = 0;
    for (const char *column : columns) {
        const std::string name(column);
        ++index;
        names += (index > 1 ? ", " : "") + name;
        placeholders += (index > 1 ? ", $" : "$") + std::to_string(index);
        if (index <= keyCount)
            keys += (index > 1 ? ", " : "") + name;
        else
            updates += (updates.empty() ? "" : ", ") + name + " = EXCLUDED." + name;
    }
    return "INSERT INTO " + std::string(table) + " (" + names + ") VALUES (" + placeholders + ") ON CONFLICT ("
           + keys + ") DO UPDATE SET " + updates;
}

// LIKE treats % and _ as wildcards; a prefix must match them literally.
QString likePrefix(const QString &prefix)
{
    QString escaped = prefix;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped + QLatin1Char('%');
}

CompositeRow compositeFrom(const pqxx::row &row)
{
    return CompositeRow{text(row[0]), integer(row[1]), integer(row[2]), text(row[3]), text(row[4])};
}

QList<CompositeRow> compositesFrom(const pqxx::result &result)
{
    QList<CompositeRow> rows;
    for (const pqxx::row &row : result)
        rows.append(compositeFrom(row));
    return rows;
}

UserPresetRow userPresetFrom(const pqxx::row &row)
{
    return UserPresetRow{text(row[0]), text(row[1]), integer(row[2])};
}

constexpr const char *CompositeColumns = "SELECT cache_key, cached_at, expires_at, blob_key, request_params"
                                         " FROM final_poster_cache ";

} // namespace

class PostgresStorage::Private
{
public:
    Private(const QString &url, const Options &options)
        : pool(url, PostgresConnectionPool::Options{options.poolMinSize, options.poolMaxSize,
                                                     options.acquireTimeout, std::chrono::seconds(300)})
    {
    }

    // A pooled connection with the schema up to date (the first caller migrates, the others wait).
    Result<PostgresConnectionPool::Lease> connection()
    {
        auto lease = pool.acquire();
        if (!lease || schemaReady.load(std::memory_order_acquire))
            return lease;
        std::lock_guard lock(schemaMutex);
        if (schemaReady)
            return lease;
        try {
            PostgresMigrations::apply(**lease);
            schemaReady = true;
            return lease;
        } catch (const pqxx::broken_connection &exception) {
            lease->discard();
            return fail(pool.error(exception));
        } catch (const std::exception &exception) {
            return fail(pool.error(exception));
        }
    }

    // Runs `work` on a pooled connection. A broken connection is closed and the work retried once on a
    // fresh one (every statement here is idempotent); any other failure is an Internal error.
    template<typename Work>
    auto with(Work work) -> Result<decltype(work(std::declval<pqxx::connection &>()))>
    {
        for (int attempt = 0;; ++attempt) {
            auto lease = connection();
            if (!lease)
                return fail(lease.error());
            try {
                return work(**lease);
            } catch (const pqxx::broken_connection &exception) {
                lease->discard();
                pool.discardIdle();
                if (attempt > 0)
                    return fail(pool.error(exception));
            } catch (const std::exception &exception) {
                return fail(pool.error(exception));
            }
        }
    }

    Result<pqxx::result> run(const std::string &sql, const QVariantList &values)
    {
        return with([&](pqxx::connection &c) { return execParams(c, sql, values); });
    }

    VoidResult runVoid(const std::string &sql, const QVariantList &values)
    {
        auto ran = run(sql, values);
        if (!ran)
            return fail(ran.error());
        return {};
    }

    PostgresConnectionPool pool;
    std::mutex schemaMutex;
    std::atomic<bool> schemaReady{false};
};

PostgresStorage::PostgresStorage(const QString &url, Options options)
    : d(std::make_unique<Private>(url, options))
{
}

PostgresStorage::~PostgresStorage() = default;

QString PostgresStorage::kind() const
{
    return QStringLiteral("postgres");
}

VoidResult PostgresStorage::ping()
{
    return d->runVoid("SELECT 1", {});
}

Result<std::optional<RatingRow>> PostgresStorage::rating(const QString &canonicalId)
{
    auto ran = d->run("SELECT ratings_json, genre, release_date, age_rating, cached_at, rating_min_votes"
                      " FROM rating_cache WHERE imdb_id = $1",
                      {canonicalId});
    if (!ran)
        return fail(ran.error());
    if (ran->empty())
        return std::optional<RatingRow>();
    const pqxx::row r = (*ran)[0];
    RatingRow row;
    row.canonicalId = canonicalId;
    row.ratings = parseObject(r[0]);
    row.genre = text(r[1]);
    row.releaseDate = text(r[2]);
    if (!r[3].is_null())
        row.ageRating = r[3].as<int>();
    row.cachedAt = integer(r[4]);
    row.ratingMinVotes = int(integer(r[5]));
    return std::optional<RatingRow>(row);
}

VoidResult PostgresStorage::putRating(const RatingRow &row)
{
    static const std::string sql = upsert("rating_cache",
                                          {"imdb_id", "ratings_json", "genre", "cached_at", "release_date",
                                           "award_wins", "award_noms", "age_rating", "is_cult", "is_true_story",
                                           "is_metacritic", "rating_min_votes", "festival_keyword"},
                                          1);
    const RatingColumns columns = ratingColumns(row.ratings);
    return d->runVoid(sql, {row.canonicalId, compactJson(row.ratings), nullableText(row.genre), row.cachedAt,
                            nullableText(row.releaseDate), nullableText(columns.awardWins),
                            nullableText(columns.awardNoms), nullable(row.ageRating), int(columns.isCult),
                            int(columns.isTrueStory), int(columns.isMetacritic), row.ratingMinVotes,
                            nullableText(columns.festivalKeyword)});
}

Result<std::optional<MetadataRow>> PostgresStorage::metadata(const QString &cacheKey)
{
    auto ran = d->run("SELECT metadata_json, cached_at FROM tmdb_metadata_cache"
                      " WHERE cache_key = $1 AND metadata_version = $2",
                      {cacheKey, MetadataVersion});
    if (!ran)
        return fail(ran.error());
    if (ran->empty())
        return std::optional<MetadataRow>();
    return std::optional<MetadataRow>(MetadataRow{cacheKey, parseObject((*ran)[0][0]), integer((*ran)[0][1])});
}

VoidResult PostgresStorage::putMetadata(const MetadataRow &row)
{
    static const std::string sql = upsert(
        "tmdb_metadata_cache",
        {"cache_key", "title", "release_year", "genre_ids", "poster_path", "backdrop_path", "logos_json",
         "original_language", "original_title", "tmdb_status", "vote_count", "vote_average", "imdb_id", "runtime",
         "number_of_seasons", "number_of_episodes", "metadata_json", "metadata_version", "cached_at"},
        1);
    const MetadataColumns c = metadataColumns(row.metadata);
    return d->runVoid(sql, {row.cacheKey, nullableText(c.title), nullable(c.releaseYear), nullableText(c.genreIds),
                            nullableText(c.posterPath), nullableText(c.backdropPath), c.logosJson,
                            nullableText(c.originalLanguage), nullableText(c.originalTitle),
                            nullableText(c.tmdbStatus), nullable(c.voteCount), nullable(c.voteAverage),
                            nullableText(c.imdbId), nullable(c.runtime), nullable(c.numberOfSeasons),
                            nullable(c.numberOfEpisodes), compactJson(row.metadata), MetadataVersion,
                            row.cachedAt});
}

VoidResult PostgresStorage::removeMetadata(const QString &cacheKey)
{
    return d->runVoid("DELETE FROM tmdb_metadata_cache WHERE cache_key = $1", {cacheKey});
}

Result<std::optional<qint64>> PostgresStorage::tmdbIdFor(const QString &imdbId, MediaType type)
{
    auto ran = d->run("SELECT tmdb_id FROM imdb_to_tmdb_cache WHERE imdb_id = $1 AND media_type = $2",
                      {imdbId, mediaTypeName(type)});
    if (!ran)
        return fail(ran.error());
    if (ran->empty())
        return std::optional<qint64>();
    return std::optional<qint64>(integer((*ran)[0][0]));
}

VoidResult PostgresStorage::putTmdbId(const QString &imdbId, MediaType type, qint64 tmdbId)
{
    static const std::string sql = upsert("imdb_to_tmdb_cache", {"imdb_id", "media_type", "tmdb_id"}, 2);
    return d->runVoid(sql, {imdbId, mediaTypeName(type), tmdbId});
}

VoidResult PostgresStorage::removeTmdbIdIf(const QString &imdbId, MediaType type, qint64 expectedTmdbId)
{
    // One statement, so a concurrent re-resolution to a new id is never deleted by mistake.
    return d->runVoid("DELETE FROM imdb_to_tmdb_cache WHERE imdb_id = $1 AND media_type = $2 AND tmdb_id = $3",
                      {imdbId, mediaTypeName(type), expectedTmdbId});
}

Result<std::optional<CompositeRow>> PostgresStorage::composite(const QString &cacheKey)
{
    auto ran = d->run(std::string(CompositeColumns) + "WHERE cache_key = $1", {cacheKey});
    if (!ran)
        return fail(ran.error());
    if (ran->empty())
        return std::optional<CompositeRow>();
    return std::optional<CompositeRow>(compositeFrom((*ran)[0]));
}

VoidResult PostgresStorage::putComposite(const CompositeRow &row)
{
    static const std::string sql = upsert(
        "final_poster_cache", {"cache_key", "cached_at", "request_params", "expires_at", "blob_key"}, 1);
    return d->runVoid(sql, {row.cacheKey, row.cachedAt, row.requestParams, row.expiresAt, row.blobKey});
}

VoidResult PostgresStorage::removeComposite(const QString &cacheKey)
{
    return d->runVoid("DELETE FROM final_poster_cache WHERE cache_key = $1", {cacheKey});
}

Result<QList<CompositeRow>> PostgresStorage::expiredComposites(qint64 now, int limit)
{
    auto ran = d->run(std::string(CompositeColumns) + "WHERE expires_at <= $1 ORDER BY expires_at, cache_key LIMIT $2",
                      {now, qMax(0, limit)});
    if (!ran)
        return fail(ran.error());
    return compositesFrom(*ran);
}

Result<QList<CompositeRow>> PostgresStorage::compositesWithPrefix(const QString &keyPrefix)
{
    auto ran = d->run(std::string(CompositeColumns) + "WHERE cache_key LIKE $1 ESCAPE '\\' ORDER BY cache_key",
                      {likePrefix(keyPrefix)});
    if (!ran)
        return fail(ran.error());
    return compositesFrom(*ran);
}

Result<QList<UserPresetRow>> PostgresStorage::userPresets()
{
    auto ran = d->run("SELECT name, query, updated_at FROM user_presets ORDER BY name", {});
    if (!ran)
        return fail(ran.error());
    QList<UserPresetRow> rows;
    for (const pqxx::row &row : *ran)
        rows.append(userPresetFrom(row));
    return rows;
}

Result<std::optional<UserPresetRow>> PostgresStorage::userPreset(const QString &name)
{
    auto ran = d->run("SELECT name, query, updated_at FROM user_presets WHERE name = $1", {name});
    if (!ran)
        return fail(ran.error());
    if (ran->empty())
        return std::optional<UserPresetRow>();
    return std::optional<UserPresetRow>(userPresetFrom((*ran)[0]));
}

VoidResult PostgresStorage::putUserPreset(const UserPresetRow &row)
{
    static const std::string sql = upsert("user_presets", {"name", "query", "updated_at"}, 1);
    return d->runVoid(sql, {row.name, row.query, row.updatedAt});
}

Result<bool> PostgresStorage::removeUserPreset(const QString &name)
{
    auto ran = d->run("DELETE FROM user_presets WHERE name = $1", {name});
    if (!ran)
        return fail(ran.error());
    return ran->affected_rows() > 0;
}

Result<std::optional<KeyedValueRow>> PostgresStorage::keyedValue(const QString &ns, const QString &key, qint64 now)
{
    auto ran = d->run("SELECT value_json, cached_at, expires_at FROM keyed_cache"
                      " WHERE ns = $1 AND cache_key = $2 AND (expires_at = 0 OR expires_at > $3)",
                      {ns, key, now});
    if (!ran)
        return fail(ran.error());
    if (ran->empty())
        return std::optional<KeyedValueRow>();
    const pqxx::row r = (*ran)[0];
    return std::optional<KeyedValueRow>(KeyedValueRow{ns, key, parseObject(r[0]), integer(r[1]), integer(r[2])});
}

VoidResult PostgresStorage::putKeyedValue(const KeyedValueRow &row)
{
    static const std::string sql = upsert("keyed_cache", {"ns", "cache_key", "value_json", "cached_at", "expires_at"}, 2);
    return d->runVoid(sql, {row.ns, row.key, compactJson(row.value), row.cachedAt, row.expiresAt});
}

VoidResult PostgresStorage::removeKeyedValue(const QString &ns, const QString &key)
{
    return d->runVoid("DELETE FROM keyed_cache WHERE ns = $1 AND cache_key = $2", {ns, key});
}

Result<qint64> PostgresStorage::pruneRows(qint64 ratingsBefore, qint64 metadataBefore, qint64 now)
{
    const std::pair<const char *, qint64> statements[] = {
        {"DELETE FROM rating_cache WHERE cached_at < $1", ratingsBefore},
        {"DELETE FROM tmdb_metadata_cache WHERE cached_at < $1", metadataBefore},
        {"DELETE FROM keyed_cache WHERE expires_at > 0 AND expires_at <= $1", now},
    };
    qint64 removed = 0;
    for (const auto &[sql, value] : statements) {
        auto ran = d->run(sql, {value});
        if (!ran)
            return fail(ran.error());
        removed += qint64(ran->affected_rows());
    }
    return removed;
}

Result<QHash<QString, qint64>> PostgresStorage::tableCounts()
{
    // One round trip for all counts: a consistent snapshot and cheap enough for /stats.
    auto ran = d->run("SELECT (SELECT COUNT(*) FROM rating_cache), (SELECT COUNT(*) FROM tmdb_metadata_cache),"
                      " (SELECT COUNT(*) FROM imdb_to_tmdb_cache), (SELECT COUNT(*) FROM final_poster_cache),"
                      " (SELECT COUNT(*) FROM user_presets), (SELECT COUNT(*) FROM keyed_cache),"
                      " pg_database_size(current_database())",
                      {});
    if (!ran)
        return fail(ran.error());
    QHash<QString, qint64> counts;
    const char *names[] = {"rating_cache", "tmdb_metadata_cache", "imdb_to_tmdb_cache", "final_poster_cache",
                           "user_presets", "keyed_cache", "db_file_bytes"};
    for (int i = 0; i < 7; ++i)
        counts.insert(QString::fromLatin1(names[i]), integer((*ran)[0][i]));
    return counts;
}

VoidResult PostgresStorage::open()
{
    if (auto pinged = ping(); !pinged)
        return pinged;
    return d->pool.prefill();
}

Result<QList<int>> PostgresStorage::appliedMigrations()
{
    return d->with([](pqxx::connection &c) { return PostgresMigrations::applied(c); });
}

QString PostgresStorage::redactedUrl() const
{
    return d->pool.redactedUrl();
}

PostgresConnectionPool &PostgresStorage::pool()
{
    return d->pool;
}

} // namespace Marquee::Storage
