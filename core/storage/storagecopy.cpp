#include "core/storage/storagecopy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include "core/storage/sqlitequery.h"
#include "core/storage/sqlitestorage.h"

namespace Marquee::Storage {

namespace {

QJsonObject parseObject(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

// How to read one table (columns after the rowid) and write one of its rows to the target.
struct TableCopy
{
    const char *table;
    const char *columns;
    const char *filter;   // extra WHERE condition, may be empty
    std::function<VoidResult(const QSqlQuery &, Storage &)> write;
};

VoidResult writeRating(const QSqlQuery &q, Storage &target)
{
    RatingRow row;
    row.canonicalId = q.value(1).toString();
    row.ratings = parseObject(q.value(2));
    row.genre = q.value(3).toString();
    row.releaseDate = q.value(4).toString();
    if (!q.value(5).isNull())
        row.ageRating = q.value(5).toInt();
    row.cachedAt = q.value(6).toLongLong();
    row.ratingMinVotes = q.value(7).toInt();
    return target.putRating(row);
}

VoidResult writeMetadata(const QSqlQuery &q, Storage &target)
{
    return target.putMetadata(MetadataRow{q.value(1).toString(), parseObject(q.value(2)), q.value(3).toLongLong()});
}

VoidResult writeTmdbId(const QSqlQuery &q, Storage &target)
{
    const MediaType type = q.value(2).toString() == QLatin1String("tv") ? MediaType::Tv : MediaType::Movie;
    return target.putTmdbId(q.value(1).toString(), type, q.value(3).toLongLong());
}

VoidResult writeComposite(const QSqlQuery &q, Storage &target)
{
    return target.putComposite(CompositeRow{q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                            q.value(4).toString(), q.value(5).toString()});
}

VoidResult writeUserPreset(const QSqlQuery &q, Storage &target)
{
    return target.putUserPreset(UserPresetRow{q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
}

VoidResult writeKeyedValue(const QSqlQuery &q, Storage &target)
{
    return target.putKeyedValue(KeyedValueRow{q.value(1).toString(), q.value(2).toString(), parseObject(q.value(3)),
                                              q.value(4).toLongLong(), q.value(5).toLongLong()});
}

const QList<TableCopy> &tableCopies()
{
    static const QList<TableCopy> all{
        {"rating_cache", "imdb_id, ratings_json, genre, release_date, age_rating, cached_at, rating_min_votes", "",
         writeRating},
        {"tmdb_metadata_cache", "cache_key, metadata_json, cached_at", "metadata_version = :version", writeMetadata},
        {"imdb_to_tmdb_cache", "imdb_id, media_type, tmdb_id", "", writeTmdbId},
        {"final_poster_cache", "cache_key, cached_at, expires_at, blob_key, request_params", "", writeComposite},
        {"user_presets", "name, query, updated_at", "", writeUserPreset},
        {"keyed_cache", "ns, cache_key, value_json, cached_at, expires_at", "", writeKeyedValue},
    };
    return all;
}

Error tableError(const char *table, const Error &cause)
{
    return Error{ErrorKind::Internal,
                 QCoreApplication::translate("Marquee::Storage", "copying %1: %2")
                     .arg(QString::fromLatin1(table), cause.message),
                 0, 0};
}

Result<qint64> countRows(QSqlDatabase &db, const TableCopy &copy)
{
    QSqlQuery query(db);
    const QString where = *copy.filter ? QStringLiteral(" WHERE ") + QString::fromLatin1(copy.filter) : QString();
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(copy.table) + where);
    if (*copy.filter)
        query.bindValue(QStringLiteral(":version"), SqliteStorage::MetadataVersion);
    if (auto ran = execPrepared(query); !ran)
        return fail(ran.error());
    return query.next() ? query.value(0).toLongLong() : 0;
}

// Keyset pages by rowid: stable while the daemon keeps writing, and O(rows) overall.
Result<qint64> copyTable(QSqlDatabase &db, const TableCopy &copy, Storage &target,
                         const StorageCopy::ProgressCallback &progress, int pageSize)
{
    auto total = countRows(db, copy);
    if (!total)
        return total;
    StorageCopy::Progress report{QString::fromLatin1(copy.table), 0, *total};
    const QString sql = QStringLiteral("SELECT rowid, ") + QString::fromLatin1(copy.columns)
                        + QStringLiteral(" FROM ") + QString::fromLatin1(copy.table)
                        + QStringLiteral(" WHERE rowid > :after")
                        + (*copy.filter ? QStringLiteral(" AND ") + QString::fromLatin1(copy.filter) : QString())
                        + QStringLiteral(" ORDER BY rowid LIMIT :limit");
    qint64 after = 0;
    for (;;) {
        QSqlQuery page(db);
        page.setForwardOnly(true);
        page.prepare(sql);
        page.bindValue(QStringLiteral(":after"), after);
        page.bindValue(QStringLiteral(":limit"), pageSize);
        if (*copy.filter)
            page.bindValue(QStringLiteral(":version"), SqliteStorage::MetadataVersion);
        if (auto ran = execPrepared(page); !ran)
            return fail(ran.error());
        int rows = 0;
        while (page.next()) {
            if (auto written = copy.write(page, target); !written)
                return fail(written.error());
            after = page.value(0).toLongLong();
            ++rows;
            ++report.copied;
        }
        report.total = qMax(report.total, report.copied);
        if (progress)
            progress(report);
        if (rows < pageSize)
            return report.copied;
    }
}

} // namespace

QStringList StorageCopy::tables()
{
    QStringList names;
    for (const TableCopy &copy : tableCopies())
        names.append(QString::fromLatin1(copy.table));
    return names;
}

Result<QHash<QString, qint64>> StorageCopy::fromSqlite(const QString &sqlitePath, Storage &target,
                                                       const ProgressCallback &progress, int pageSize)
{
    if (!QFileInfo(sqlitePath).isFile()) {
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("Marquee::Storage", "no SQLite database at %1").arg(sqlitePath));
    }
    {
        // Brings an older file up to the current schema, so every table below exists.
        SqliteStorage source(sqlitePath);
        if (auto ok = source.ping(); !ok)
            return fail(ok.error());
    }
    const QString name = QStringLiteral("marquee-copy-") + QUuid::createUuid().toString(QUuid::Id128);
    QHash<QString, qint64> copied;
    Result<QHash<QString, qint64>> result = copied;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open()) {
            result = fail(ErrorKind::Internal, QCoreApplication::translate("Marquee::Storage",
                                                                           "cannot open %1").arg(sqlitePath));
        } else {
            for (const TableCopy &copy : tableCopies()) {
                auto rows = copyTable(db, copy, target, progress, qMax(1, pageSize));
                if (!rows) {
                    result = fail(tableError(copy.table, rows.error()));
                    break;
                }
                copied.insert(QString::fromLatin1(copy.table), *rows);
            }
            if (result)
                result = copied;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace Marquee::Storage
