// SQLite specifics; the behaviour every backend shares is in tst_storagecontract.
#include <thread>
#include <vector>

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include "core/storage/sqlitestorage.h"

using namespace Marquee;
using namespace Marquee::Storage;

namespace {

QJsonObject ratingsJson(const QStringList &keywords)
{
    return QJsonObject{
        {QStringLiteral("ratings"),
         QJsonObject{{QStringLiteral("imdb"), QJsonObject{{QStringLiteral("value"), 8.1},
                                                          {QStringLiteral("votes"), 1200}}}}},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(keywords)},
        {QStringLiteral("released"), QStringLiteral("1994-09-23")},
    };
}

RatingRow ratingRow(const QString &id, const QStringList &keywords = {})
{
    RatingRow row;
    row.canonicalId = id;
    row.ratings = ratingsJson(keywords);
    row.genre = QStringLiteral("Drama");
    row.releaseDate = QStringLiteral("1994-09-23");
    row.ageRating = 15;
    row.cachedAt = 1700000000;
    row.ratingMinVotes = 10;
    return row;
}

QJsonObject metadataJson()
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("movie")},
        {QStringLiteral("tmdbId"), 278},
        {QStringLiteral("imdbId"), QStringLiteral("tt0111161")},
        {QStringLiteral("title"), QStringLiteral("The Shawshank Redemption")},
        {QStringLiteral("originalTitle"), QStringLiteral("The Shawshank Redemption")},
        {QStringLiteral("originalLanguage"), QStringLiteral("en")},
        {QStringLiteral("year"), 1994},
        {QStringLiteral("genreIds"), QJsonArray{18, 80}},
        {QStringLiteral("status"), QStringLiteral("Released")},
        {QStringLiteral("runtime"), 142},
        {QStringLiteral("voteAverage"), 8.7},
        {QStringLiteral("voteCount"), 27000},
        {QStringLiteral("posterPath"), QStringLiteral("/poster.jpg")},
        {QStringLiteral("backdropPath"), QStringLiteral("/backdrop.jpg")},
        {QStringLiteral("logos"), QJsonArray{QJsonObject{{QStringLiteral("filePath"), QStringLiteral("/logo.png")}}}},
    };
}

// A second, independent connection for checking the denormalised columns the API does not return.
class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        QVERIFY(db.open());
    }
    ~RawDb() { QSqlDatabase::removeDatabase(name()); }

    QVariantList row(const QString &sql, const QVariant &key) const
    {
        QSqlQuery query(QSqlDatabase::database(name()));
        query.prepare(sql);
        if (key.isValid())
            query.addBindValue(key);
        QVariantList values;
        if (query.exec() && query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i));
        }
        return values;
    }

private:
    static QString name() { return QStringLiteral("tst-raw"); }
};

} // namespace

class tst_SqliteStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void kindAndPing();
    void usesWalJournal();
    void migrationsAreRecordedAndIdempotent();
    void ratingFlagColumns_data();
    void ratingFlagColumns();
    void metadataColumns();
    void concurrentWritersFromSeveralThreads();
    void connectionsAreRemovedWithTheStorage();
    void unwritablePathIsAnInternalError();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("cache.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SqliteStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SqliteStorage::kindAndPing()
{
    SqliteStorage storage(dbPath());
    QCOMPARE(storage.kind(), QStringLiteral("sqlite"));
    QVERIFY(storage.ping());
    QCOMPARE(storage.databasePath(), dbPath());
}

void tst_SqliteStorage::usesWalJournal()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.ping());
    RawDb raw(dbPath());
    // journal_mode=WAL is persistent in the file, so a fresh connection sees it.
    QCOMPARE(raw.row(QStringLiteral("PRAGMA journal_mode"), QVariant()).value(0).toString(), QStringLiteral("wal"));
}

void tst_SqliteStorage::migrationsAreRecordedAndIdempotent()
{
    QList<int> expected;
    {
        SqliteStorage first(dbPath());
        auto applied = first.appliedMigrations();
        QVERIFY(applied);
        QVERIFY(!applied->isEmpty());
        QCOMPARE(applied->first(), 1);
        expected = *applied;
        QVERIFY(first.putTmdbId(QStringLiteral("tt1"), MediaType::Movie, 11));
    }
    // Open the same file twice at once and again later: nothing re-runs, data survives.
    SqliteStorage second(dbPath());
    SqliteStorage third(dbPath());
    QCOMPARE(*second.appliedMigrations(), expected);
    QCOMPARE(*third.appliedMigrations(), expected);
    QCOMPARE(**second.tmdbIdFor(QStringLiteral("tt1"), MediaType::Movie), qint64(11));
}

void tst_SqliteStorage::ratingFlagColumns_data()
{
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<QVariantList>("expected");  // is_cult, is_true_story, is_metacritic, award_wins, award_noms, festival_keyword

    QTest::newRow("none") << QStringList{} << QVariantList{0, 0, 0, QVariant(), QVariant(), QVariant()};
    QTest::newRow("cult-film") << QStringList{QStringLiteral("cult-film")}
                               << QVariantList{1, 0, 0, QVariant(), QVariant(), QVariant()};
    QTest::newRow("true story + must-see")
        << QStringList{QStringLiteral("based-on-true-story"), QStringLiteral("metacritic-must-see")}
        << QVariantList{0, 1, 1, QVariant(), QVariant(), QVariant()};
    QTest::newRow("oscar winner and nominee")
        << QStringList{QStringLiteral("best-picture-winner"), QStringLiteral("best-picture-nominated")}
        << QVariantList{0, 0, 0, QStringLiteral("Oscar"), QStringLiteral("Oscar"), QVariant()};
    QTest::newRow("festival") << QStringList{QStringLiteral("drama"), QStringLiteral("festival-venice-winner")}
                              << QVariantList{0, 0, 0, QVariant(), QVariant(), QStringLiteral("festival-venice-winner")};
}

void tst_SqliteStorage::ratingFlagColumns()
{
    QFETCH(QStringList, keywords);
    QFETCH(QVariantList, expected);
    SqliteStorage storage(dbPath());
    QVERIFY(storage.putRating(ratingRow(QStringLiteral("tt42"), keywords)));
    RawDb raw(dbPath());
    const QVariantList got = raw.row(QStringLiteral("SELECT is_cult, is_true_story, is_metacritic, award_wins,"
                                                    " award_noms, festival_keyword FROM rating_cache WHERE imdb_id = ?"),
                                     QStringLiteral("tt42"));
    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < got.size(); ++i) {
        if (expected.at(i).isNull())
            QVERIFY2(got.at(i).isNull(), qPrintable(QString::number(i)));
        else
            QCOMPARE(got.at(i).toString(), expected.at(i).toString());
    }
}

void tst_SqliteStorage::metadataColumns()
{
    {
        SqliteStorage storage(dbPath());
        QVERIFY(storage.putMetadata({QStringLiteral("movie_278_en"), metadataJson(), 5}));
    }
    RawDb raw(dbPath());
    const QVariantList got = raw.row(
        QStringLiteral("SELECT title, release_year, genre_ids, poster_path, backdrop_path, original_language,"
                       " tmdb_status, vote_count, imdb_id, runtime, number_of_seasons, metadata_version, logos_json"
                       " FROM tmdb_metadata_cache WHERE cache_key = ?"),
        QStringLiteral("movie_278_en"));
    QCOMPARE(got.size(), 13);
    QCOMPARE(got.at(0).toString(), QStringLiteral("The Shawshank Redemption"));
    QCOMPARE(got.at(1).toInt(), 1994);
    QCOMPARE(got.at(2).toString(), QStringLiteral("18|80"));
    QCOMPARE(got.at(3).toString(), QStringLiteral("/poster.jpg"));
    QCOMPARE(got.at(4).toString(), QStringLiteral("/backdrop.jpg"));
    QCOMPARE(got.at(5).toString(), QStringLiteral("en"));
    QCOMPARE(got.at(6).toString(), QStringLiteral("Released"));
    QCOMPARE(got.at(7).toInt(), 27000);
    QCOMPARE(got.at(8).toString(), QStringLiteral("tt0111161"));
    QCOMPARE(got.at(9).toInt(), 142);
    QVERIFY(got.at(10).isNull());  // a movie has no seasons
    QCOMPARE(got.at(11).toInt(), SqliteStorage::MetadataVersion);
    QVERIFY(got.at(12).toString().contains(QLatin1String("/logo.png")));
}

void tst_SqliteStorage::concurrentWritersFromSeveralThreads()
{
    SqliteStorage storage(dbPath());
    QVERIFY(storage.ping());  // the test thread's own connection
    constexpr int threads = 4;
    constexpr int rowsPerThread = 40;
    std::vector<std::thread> workers;
    std::atomic<int> failures{0};
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (int i = 0; i < rowsPerThread; ++i) {
                const QString id = QStringLiteral("tt%1%2").arg(t).arg(i, 4, 10, QLatin1Char('0'));
                if (!storage.putRating(ratingRow(id)) || !storage.putTmdbId(id, MediaType::Movie, i))
                    ++failures;
                auto read = storage.rating(id);
                if (!read || !read->has_value())
                    ++failures;
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(storage.tableCounts()->value(QStringLiteral("rating_cache")), qint64(threads * rowsPerThread));
    // Each worker's connection went away with its thread; only the test thread's remains.
    QCOMPARE(storage.openConnections(), 1);
}

void tst_SqliteStorage::connectionsAreRemovedWithTheStorage()
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        SqliteStorage storage(dbPath());
        QVERIFY(storage.ping());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
        QVERIFY(QSqlDatabase::connectionNames().last().startsWith(QLatin1String("marquee-sqlite-")));
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void tst_SqliteStorage::unwritablePathIsAnInternalError()
{
    // A regular file where a directory should be: unopenable even for root.
    QTemporaryFile blocker(m_dir->filePath(QStringLiteral("blocker-XXXXXX")));
    QVERIFY(blocker.open());
    SqliteStorage storage(blocker.fileName() + QStringLiteral("/sub/cache.db"));
    auto pinged = storage.ping();
    QVERIFY(!pinged);
    QCOMPARE(pinged.error().kind, ErrorKind::Internal);
    QVERIFY2(pinged.error().message.startsWith(QLatin1String("Cannot open the cache database")),
             qPrintable(pinged.error().message));
    auto read = storage.rating(QStringLiteral("tt1"));
    QVERIFY(!read);
    QCOMPARE(read.error().kind, ErrorKind::Internal);
    QCOMPARE(storage.openConnections(), 0);
}

QTEST_GUILESS_MAIN(tst_SqliteStorage)
#include "tst_sqlitestorage.moc"
