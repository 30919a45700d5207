#include "core/sources/imdbdataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>

#include <sqlite3.h>
#include <zlib.h>

#include <climits>
#include <memory>

namespace Marquee::Sources {

namespace {

Q_LOGGING_CATEGORY(lcDataset, "marquee.sources.imdbdataset")

constexpr int BusyTimeoutMs = 15000;
constexpr int LineBufferBytes = 4096;   // dataset lines are ~30 bytes; longer ones are malformed
constexpr unsigned GzipBufferBytes = 128 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Marquee::Sources::ImdbDataset", text);
}

struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

struct ConnectionDeleter
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionDeleter>;

struct GzipDeleter
{
    void operator()(gzFile_s *file) const { gzclose(file); }
};
using GzipFile = std::unique_ptr<gzFile_s, GzipDeleter>;

tl::unexpected<Error> databaseError(sqlite3 *db, const char *what)
{
    return fail(ErrorKind::Internal, tr("IMDb dataset database error (%1): %2")
                                         .arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

VoidResult exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return databaseError(db, sql);
    return {};
}

Result<Connection> open(const QString &path, bool create)
{
    sqlite3 *raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK)
        return fail(ErrorKind::Internal, tr("Cannot open the IMDb dataset at %1").arg(path));
    sqlite3_busy_timeout(db.get(), BusyTimeoutMs);
    // WAL: renders keep reading the old table while an import writes the new one.
    if (auto ok = exec(db.get(), "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"); !ok)
        return fail(ok.error());
    if (auto ok = exec(db.get(), "CREATE TABLE IF NOT EXISTS imdb_ratings_meta (key TEXT PRIMARY KEY, value TEXT)"); !ok)
        return fail(ok.error());
    return db;
}

Result<Statement> prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return databaseError(db, sql);
    return Statement(raw);
}

// One data line: "tt0000001\t5.7\t2071". False for anything else.
bool parseLine(const char *line, QByteArray *tconst, double *rating, qint64 *votes)
{
    const QByteArray text = QByteArray(line).trimmed();
    const QList<QByteArray> fields = text.split('\t');
    if (fields.size() != 3 || !fields[0].startsWith("tt") || fields[0].size() < 3 || fields[0].size() > 12)
        return false;
    for (qsizetype i = 2; i < fields[0].size(); ++i) {
        if (fields[0][i] < '0' || fields[0][i] > '9')
            return false;
    }
    bool ratingOk = false;
    bool votesOk = false;
    *rating = fields[1].toDouble(&ratingOk);
    *votes = fields[2].toLongLong(&votesOk);
    if (!ratingOk || !votesOk || *rating < 0 || *rating > 10 || *votes < 0)
        return false;
    *tconst = fields[0];
    return true;
}

class Importer
{
public:
    Importer(sqlite3 *db, int minVotes)
        : m_db(db)
        , m_minVotes(minVotes)
    {
    }

    Result<ImdbDataset::ImportStats> run(gzFile_s *gz)
    {
        if (auto ok = createTable(); !ok)
            return fail(ok.error());
        auto insert = prepare(m_db, "INSERT OR REPLACE INTO imdb_ratings_new (tconst, rating, votes) VALUES (?, ?, ?)");
        if (!insert)
            return fail(insert.error());
        char line[LineBufferBytes];
        if (!gzgets(gz, line, sizeof line) || !QByteArray(line).startsWith("tconst\taverageRating\tnumVotes"))
            return fail(ErrorKind::InvalidInput, tr("The IMDb dataset is not a ratings TSV"));
        if (auto ok = exec(m_db, "BEGIN"); !ok)
            return fail(ok.error());
        int inBatch = 0;
        while (gzgets(gz, line, sizeof line)) {
            if (auto ok = row(insert->get(), line); !ok)
                return rollback(ok.error());
            if (++inBatch >= ImdbDataset::BatchRows) {
                inBatch = 0;
                if (auto ok = exec(m_db, "COMMIT; BEGIN"); !ok)
                    return rollback(ok.error());
            }
        }
        int gzCode = Z_OK;
        const char *gzMessage = gzerror(gz, &gzCode);
        if (gzCode != Z_OK || !gzeof(gz))
            return rollback(Error{ErrorKind::InvalidInput, tr("The IMDb dataset download is damaged: %1").arg(QString::fromUtf8(gzMessage)), 0, 0});
        if (auto ok = exec(m_db, "COMMIT"); !ok)
            return rollback(ok.error());
        if (m_stats.rows == 0)
            return fail(ErrorKind::InvalidInput, tr("The IMDb dataset holds no usable rating"));
        return m_stats;
    }

private:
    VoidResult createTable()
    {
        return exec(m_db, "DROP TABLE IF EXISTS imdb_ratings_new;"
                          "CREATE TABLE imdb_ratings_new (tconst TEXT PRIMARY KEY, rating REAL NOT NULL,"
                          " votes INTEGER NOT NULL) WITHOUT ROWID");
    }

    VoidResult row(sqlite3_stmt *insert, const char *line)
    {
        QByteArray tconst;
        double rating = 0;
        qint64 votes = 0;
        // A line longer than the buffer arrives in pieces; each piece fails to parse and is skipped.
        if (!parseLine(line, &tconst, &rating, &votes)) {
            ++m_stats.malformed;
            return {};
        }
        if (votes < m_minVotes) {
            ++m_stats.belowMinVotes;
            return {};
        }
        sqlite3_bind_text(insert, 1, tconst.constData(), int(tconst.size()), SQLITE_TRANSIENT);
        sqlite3_bind_double(insert, 2, rating);
        sqlite3_bind_int64(insert, 3, votes);
        const int rc = sqlite3_step(insert);
        sqlite3_reset(insert);
        if (rc != SQLITE_DONE)
            return databaseError(m_db, "insert");
        ++m_stats.rows;
        return {};
    }

    tl::unexpected<Error> rollback(Error error)
    {
        sqlite3_exec(m_db, "ROLLBACK; DROP TABLE IF EXISTS imdb_ratings_new", nullptr, nullptr, nullptr);
        return tl::unexpected<Error>(std::move(error));
    }

    sqlite3 *m_db;
    int m_minVotes;
    ImdbDataset::ImportStats m_stats;
};

VoidResult swapIn(sqlite3 *db, const ImdbDataset::ImportStats &stats, qint64 now, int minVotes)
{
    if (auto ok = exec(db, "BEGIN IMMEDIATE"); !ok)
        return ok;
    const QByteArray meta = QStringLiteral("INSERT OR REPLACE INTO imdb_ratings_meta (key, value) VALUES "
                                           "('imported_at', '%1'), ('rows', '%2'), ('min_votes', '%3')")
                                .arg(now).arg(stats.rows).arg(minVotes).toUtf8();
    for (const char *sql : {"DROP TABLE IF EXISTS imdb_ratings", "ALTER TABLE imdb_ratings_new RENAME TO imdb_ratings",
                            meta.constData()}) {
        if (auto ok = exec(db, sql); !ok) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return ok;
        }
    }
    return exec(db, "COMMIT");
}

} // namespace

ImdbDataset::ImdbDataset(QString path, int minVotes)
    : m_path(std::move(path))
    , m_minVotes(std::max(0, minVotes))
{
}

ImdbDataset::~ImdbDataset()
{
    if (m_reader)
        sqlite3_close_v2(m_reader);
}

sqlite3 *ImdbDataset::reader()
{
    // Called with m_readerMutex held.
    if (!m_reader && QFileInfo::exists(m_path)) {
        auto db = open(m_path, false);
        if (db)
            m_reader = db->release();
        else
            qCWarning(lcDataset).noquote() << db.error().message;
    }
    return m_reader;
}

std::optional<RatingValue> ImdbDataset::lookup(const QString &imdbId)
{
    if (!imdbId.startsWith(QLatin1String("tt")))
        return std::nullopt;
    QMutexLocker locker(&m_readerMutex);
    sqlite3 *db = reader();
    if (!db)
        return std::nullopt;
    // Prepared per call: the table is replaced by every import, and SQLite re-prepares anyway.
    auto statement = prepare(db, "SELECT rating, votes FROM imdb_ratings WHERE tconst = ?");
    if (!statement)
        return std::nullopt;  // no table yet
    const QByteArray id = imdbId.toLatin1();
    sqlite3_bind_text(statement->get(), 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(statement->get()) != SQLITE_ROW)
        return std::nullopt;
    const qint64 votes = sqlite3_column_int64(statement->get(), 1);
    if (votes < m_minVotes)
        return std::nullopt;
    return RatingValue{sqlite3_column_double(statement->get(), 0), int(std::min<qint64>(votes, INT_MAX))};
}

qint64 ImdbDataset::importedAt()
{
    QMutexLocker locker(&m_readerMutex);
    sqlite3 *db = reader();
    if (!db)
        return 0;
    auto statement = prepare(db, "SELECT value FROM imdb_ratings_meta WHERE key = 'imported_at'");
    if (!statement || sqlite3_step(statement->get()) != SQLITE_ROW)
        return 0;
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement->get(), 0))).toLongLong();
}

bool ImdbDataset::ready()
{
    if (!m_ready.load() && importedAt() > 0)
        m_ready.store(true);
    return m_ready.load();
}

Result<ImdbDataset::ImportStats> ImdbDataset::importGzip(const QString &gzipPath, qint64 now)
{
    QMutexLocker locker(&m_importMutex);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    auto db = open(m_path, true);
    if (!db)
        return fail(db.error());
    GzipFile gz(gzopen(QFile::encodeName(gzipPath).constData(), "rb"));
    if (!gz)
        return fail(ErrorKind::InvalidInput, tr("Cannot read the IMDb dataset download"));
    gzbuffer(gz.get(), GzipBufferBytes);
    auto stats = Importer(db->get(), m_minVotes).run(gz.get());
    if (!stats)
        return stats;
    if (auto swapped = swapIn(db->get(), *stats, now, m_minVotes); !swapped)
        return fail(swapped.error());
    m_ready.store(true);
    qCInfo(lcDataset).noquote() << "IMDb dataset imported:" << stats->rows << "ratings," << stats->belowMinVotes
                                << "below min votes," << stats->malformed << "malformed lines";
    return stats;
}

} // namespace Marquee::Sources
