// The Storage contract, run against every backend: each test function runs once per row of
// initTestCase_data() ("sqlite", "postgres"), on a fresh, empty store. PostgreSQL rows are skipped
// only when the PostgreSQL binaries are not installed.
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/postgresstorage.h"
#include "core/storage/sqlitestorage.h"
#include "tests/support/postgresserver.h"

using namespace Marquee;
using namespace Marquee::Storage;

namespace {

RatingRow ratingRow(const QString &id, qint64 cachedAt = 1700000000)
{
    RatingRow row;
    row.canonicalId = id;
    row.ratings = QJsonObject{
        {QStringLiteral("ratings"), QJsonObject{{QStringLiteral("imdb"), QJsonObject{{QStringLiteral("value"), 8.1},
                                                                                     {QStringLiteral("votes"), 1200}}}}},
        {QStringLiteral("keywords"), QJsonArray{QStringLiteral("cult-classic")}},
    };
    row.genre = QStringLiteral("Drama");
    row.releaseDate = QStringLiteral("1994-09-23");
    row.ageRating = 15;
    row.cachedAt = cachedAt;
    row.ratingMinVotes = 10;
    return row;
}

QJsonObject metadataJson()
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("movie")},
        {QStringLiteral("tmdbId"), 278},
        {QStringLiteral("imdbId"), QStringLiteral("tt0111161")},
        {QStringLiteral("title"), QStringLiteral("Die Verurteilten – ショーシャンクの空に")},
        {QStringLiteral("year"), 1994},
        {QStringLiteral("genreIds"), QJsonArray{18, 80}},
        {QStringLiteral("voteAverage"), 8.7},
        {QStringLiteral("logos"), QJsonArray{QJsonObject{{QStringLiteral("filePath"), QStringLiteral("/logo.png")}}}},
    };
}

CompositeRow compositeRow(const QString &key, qint64 expiresAt)
{
    return CompositeRow{key, 1000, expiresAt, key + QStringLiteral("~blob"), QStringLiteral("tmdb_id=278&type=movie")};
}

QStringList keysOf(const QList<CompositeRow> &rows)
{
    QStringList keys;
    for (const CompositeRow &row : rows)
        keys.append(row.cacheKey);
    return keys;
}

} // namespace

class tst_StorageContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void kindAndPing();
    void ratingRoundTripAndReplace();
    void metadataRoundTripAndRemove();
    void tmdbMappingPerMediaType();
    void removeTmdbIdIfComparesBeforeDeleting();
    void compositeRoundTripReplaceRemove();
    void expiredCompositesOldestFirstWithLimit();
    void compositesWithPrefixMatchLiterally_data();
    void compositesWithPrefixMatchLiterally();
    void userPresetsCrud();
    void keyedValuesExpire();
    void pruneRowsCountsWhatWent();
    void tableCounts();
    void concurrentUseFromSeveralThreads();

private:
    Storage::Storage &storage() { return *m_storage; }

    Test::PostgresServer m_postgres;
    QString m_postgresSkip;     // why PostgreSQL rows are skipped (binaries missing)
    QString m_postgresUrl;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Storage> m_storage;
};

void tst_StorageContract::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

void tst_StorageContract::initTestCase()
{
    m_postgresSkip = Test::PostgresServer::unavailableReason();
    if (m_postgresSkip.isEmpty())
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
}

void tst_StorageContract::init()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == QLatin1String("sqlite")) {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_storage = std::make_unique<SqliteStorage>(m_dir->filePath(QStringLiteral("cache.db")));
        return;
    }
    if (!m_postgresSkip.isEmpty())
        QSKIP(qPrintable(m_postgresSkip));
    // One database for the run (CREATE DATABASE costs about a second); emptied before every test.
    if (m_postgresUrl.isEmpty()) {
        m_postgresUrl = m_postgres.createDatabase(QStringLiteral("contract"));
        QVERIFY2(!m_postgresUrl.isEmpty(), qPrintable(m_postgres.errorString()));
    }
    m_storage = std::make_unique<PostgresStorage>(m_postgresUrl, PostgresStorage::Options{});
    QVERIFY(m_storage->ping());  // migrates the schema on first use
    QVERIFY2(m_postgres.execute(QStringLiteral("TRUNCATE rating_cache, tmdb_metadata_cache, imdb_to_tmdb_cache,"
                                               " final_poster_cache, user_presets, keyed_cache"),
                                QStringLiteral("contract")),
             qPrintable(m_postgres.errorString()));
}

void tst_StorageContract::cleanup()
{
    m_storage.reset();
    m_dir.reset();
}

void tst_StorageContract::kindAndPing()
{
    QFETCH_GLOBAL(QString, backend);
    QCOMPARE(storage().kind(), backend);
    QVERIFY(storage().ping());
}

void tst_StorageContract::ratingRoundTripAndReplace()
{
    auto missing = storage().rating(QStringLiteral("tt0111161"));
    QVERIFY(missing);
    QVERIFY(!missing->has_value());

    const RatingRow row = ratingRow(QStringLiteral("tt0111161"));
    QVERIFY(storage().putRating(row));
    auto read = storage().rating(row.canonicalId);
    QVERIFY(read && read->has_value());
    const RatingRow &got = **read;
    QCOMPARE(got.canonicalId, row.canonicalId);
    QCOMPARE(got.ratings, row.ratings);
    QCOMPARE(got.genre, row.genre);
    QCOMPARE(got.releaseDate, row.releaseDate);
    QCOMPARE(got.ageRating, row.ageRating);
    QCOMPARE(got.cachedAt, row.cachedAt);
    QCOMPARE(got.ratingMinVotes, row.ratingMinVotes);

    RatingRow replaced = ratingRow(QStringLiteral("tt0111161"), 1800000000);
    replaced.ageRating.reset();
    replaced.genre.clear();
    replaced.releaseDate.clear();
    QVERIFY(storage().putRating(replaced));
    read = storage().rating(row.canonicalId);
    QVERIFY(read && read->has_value());
    QCOMPARE((*read)->genre, QString());
    QCOMPARE((*read)->releaseDate, QString());
    QVERIFY(!(*read)->ageRating.has_value());
    QCOMPARE((*read)->cachedAt, qint64(1800000000));
    // tmdb:<id> canonical ids are keys like any other.
    QVERIFY(storage().putRating(ratingRow(QStringLiteral("tmdb:278"))));
    QVERIFY(storage().rating(QStringLiteral("tmdb:278"))->has_value());
}

void tst_StorageContract::metadataRoundTripAndRemove()
{
    const MetadataRow row{QStringLiteral("movie_278_en"), metadataJson(), 1700000100};
    QVERIFY(storage().putMetadata(row));
    auto read = storage().metadata(row.cacheKey);
    QVERIFY(read && read->has_value());
    QCOMPARE((*read)->cacheKey, row.cacheKey);
    QCOMPARE((*read)->metadata, row.metadata);   // non-ASCII text survives
    QCOMPARE((*read)->cachedAt, row.cachedAt);
    QVERIFY(!storage().metadata(QStringLiteral("movie_278_de"))->has_value());
    QVERIFY(storage().removeMetadata(row.cacheKey));
    QVERIFY(!storage().metadata(row.cacheKey)->has_value());
    QVERIFY(storage().removeMetadata(row.cacheKey));  // absent is fine
}

void tst_StorageContract::tmdbMappingPerMediaType()
{
    const QString imdb = QStringLiteral("tt0903747");
    QVERIFY(!storage().tmdbIdFor(imdb, MediaType::Tv)->has_value());
    QVERIFY(storage().putTmdbId(imdb, MediaType::Tv, 1396));
    QVERIFY(storage().putTmdbId(imdb, MediaType::Movie, 559969));
    QCOMPARE(**storage().tmdbIdFor(imdb, MediaType::Tv), qint64(1396));
    QCOMPARE(**storage().tmdbIdFor(imdb, MediaType::Movie), qint64(559969));
    QVERIFY(storage().putTmdbId(imdb, MediaType::Tv, 5000000000LL));  // beyond 32 bits
    QCOMPARE(**storage().tmdbIdFor(imdb, MediaType::Tv), qint64(5000000000LL));
}

void tst_StorageContract::removeTmdbIdIfComparesBeforeDeleting()
{
    const QString imdb = QStringLiteral("tt0000001");
    QVERIFY(storage().putTmdbId(imdb, MediaType::Movie, 100));
    QVERIFY(storage().putTmdbId(imdb, MediaType::Tv, 100));

    // Someone re-resolved the id meanwhile: the stale id must not delete the new mapping.
    QVERIFY(storage().removeTmdbIdIf(imdb, MediaType::Movie, 99));
    QCOMPARE(**storage().tmdbIdFor(imdb, MediaType::Movie), qint64(100));

    QVERIFY(storage().removeTmdbIdIf(imdb, MediaType::Movie, 100));
    QVERIFY(!storage().tmdbIdFor(imdb, MediaType::Movie)->has_value());
    QCOMPARE(**storage().tmdbIdFor(imdb, MediaType::Tv), qint64(100));  // other media type untouched
    QVERIFY(storage().removeTmdbIdIf(QStringLiteral("tt404"), MediaType::Tv, 1));  // absent is fine
}

void tst_StorageContract::compositeRoundTripReplaceRemove()
{
    const QString key = QStringLiteral("tt0111161:278:movie:0123456789abcdef");
    QVERIFY(!storage().composite(key)->has_value());
    CompositeRow row = compositeRow(key, 2000);
    QVERIFY(storage().putComposite(row));
    auto read = storage().composite(key);
    QVERIFY(read && read->has_value());
    QCOMPARE((*read)->cacheKey, key);
    QCOMPARE((*read)->cachedAt, row.cachedAt);
    QCOMPARE((*read)->expiresAt, row.expiresAt);
    QCOMPARE((*read)->blobKey, row.blobKey);
    QCOMPARE((*read)->requestParams, row.requestParams);

    row.blobKey = key + QStringLiteral("~bbbb");
    row.expiresAt = 3000;
    QVERIFY(storage().putComposite(row));
    QCOMPARE((*storage().composite(key))->blobKey, row.blobKey);
    QCOMPARE((*storage().composite(key))->expiresAt, qint64(3000));

    QVERIFY(storage().removeComposite(key));
    QVERIFY(!storage().composite(key)->has_value());
    QVERIFY(storage().removeComposite(key));
}

void tst_StorageContract::expiredCompositesOldestFirstWithLimit()
{
    QVERIFY(storage().putComposite(compositeRow(QStringLiteral("c"), 300)));
    QVERIFY(storage().putComposite(compositeRow(QStringLiteral("a"), 100)));
    QVERIFY(storage().putComposite(compositeRow(QStringLiteral("b2"), 200)));
    QVERIFY(storage().putComposite(compositeRow(QStringLiteral("b1"), 200)));  // same expiry: key order
    QVERIFY(storage().putComposite(compositeRow(QStringLiteral("fresh"), 1000)));

    QCOMPARE(keysOf(*storage().expiredComposites(300, 10)),
             (QStringList{QStringLiteral("a"), QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("c")}));
    QCOMPARE(keysOf(*storage().expiredComposites(300, 2)), (QStringList{QStringLiteral("a"), QStringLiteral("b1")}));
    QCOMPARE(keysOf(*storage().expiredComposites(199, 10)), QStringList{QStringLiteral("a")});
    QVERIFY(storage().expiredComposites(99, 10)->isEmpty());
    QVERIFY(storage().expiredComposites(5000, 0)->isEmpty());
    QVERIFY(storage().expiredComposites(5000, -1)->isEmpty());
    const auto all = storage().expiredComposites(5000, 100);
    QVERIFY(all);
    QCOMPARE(all->size(), 5);
    QCOMPARE(all->first().blobKey, QStringLiteral("a~blob"));
    QCOMPARE(all->first().requestParams, QStringLiteral("tmdb_id=278&type=movie"));
}

void tst_StorageContract::compositesWithPrefixMatchLiterally_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("title") << QStringLiteral("tt0111161:")
                           << QStringList{QStringLiteral("tt0111161:278:movie:aa"), QStringLiteral("tt0111161:278:movie:bb")};
    QTest::newRow("tmdb canonical") << QStringLiteral("tmdb:5:") << QStringList{QStringLiteral("tmdb:5:5:tv:cc")};
    QTest::newRow("underscore is literal") << QStringLiteral("x_y:") << QStringList{QStringLiteral("x_y:1")};
    QTest::newRow("percent is literal") << QStringLiteral("p%:") << QStringList{QStringLiteral("p%:1")};
    QTest::newRow("glob characters are literal") << QStringLiteral("g*?[:")
                                                 << QStringList{QStringLiteral("g*?[:1")};
    QTest::newRow("backslash is literal") << QStringLiteral("b\\") << QStringList{QStringLiteral("b\\:1")};
    QTest::newRow("case-sensitive") << QStringLiteral("TT0111161:") << QStringList{};
    QTest::newRow("no match") << QStringLiteral("tt9:") << QStringList{};
    // Bytewise key order on both backends ('5' < ':' < '\\' < '_' < 'x').
    QTest::newRow("empty prefix is everything")
        << QString()
        << QStringList{QStringLiteral("b\\:1"), QStringLiteral("bx:1"), QStringLiteral("g*?[:1"), QStringLiteral("gxx[:1"),
                       QStringLiteral("p%:1"), QStringLiteral("pq:1"), QStringLiteral("tmdb:55:55:tv:dd"),
                       QStringLiteral("tmdb:5:5:tv:cc"), QStringLiteral("tt01111610:1:movie:ee"),
                       QStringLiteral("tt0111161:278:movie:aa"), QStringLiteral("tt0111161:278:movie:bb"),
                       QStringLiteral("x_y:1"), QStringLiteral("xzy:1")};
}

void tst_StorageContract::compositesWithPrefixMatchLiterally()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, expected);
    for (const char *key : {"tt0111161:278:movie:bb", "tt0111161:278:movie:aa", "tt01111610:1:movie:ee",
                            "tmdb:5:5:tv:cc", "tmdb:55:55:tv:dd", "x_y:1", "xzy:1", "p%:1", "pq:1", "g*?[:1",
                            "gxx[:1", "b\\:1", "bx:1"}) {
        QVERIFY(storage().putComposite(compositeRow(QString::fromLatin1(key), 100)));
    }
    const auto rows = storage().compositesWithPrefix(prefix);
    QVERIFY(rows);
    QCOMPARE(keysOf(*rows), expected);
}

void tst_StorageContract::userPresetsCrud()
{
    QVERIFY(storage().userPresets()->isEmpty());
    QVERIFY(!storage().userPreset(QStringLiteral("mine"))->has_value());
    QVERIFY(storage().putUserPreset({QStringLiteral("zeta"), QStringLiteral("sash_mode=sash"), 10}));
    QVERIFY(storage().putUserPreset({QStringLiteral("alpha-1"), QStringLiteral("bar=off"), 11}));
    QVERIFY(storage().putUserPreset({QStringLiteral("alpha_2"), QStringLiteral("badges=none"), 12}));

    auto all = storage().userPresets();
    QVERIFY(all);
    QStringList names;
    for (const UserPresetRow &row : *all)
        names.append(row.name);
    QCOMPARE(names, (QStringList{QStringLiteral("alpha-1"), QStringLiteral("alpha_2"), QStringLiteral("zeta")}));
    QCOMPARE(all->at(2).query, QStringLiteral("sash_mode=sash"));
    QCOMPARE(all->at(2).updatedAt, qint64(10));

    QVERIFY(storage().putUserPreset({QStringLiteral("zeta"), QStringLiteral("sash_mode=off"), 20}));  // replace
    auto one = storage().userPreset(QStringLiteral("zeta"));
    QVERIFY(one && one->has_value());
    QCOMPARE((*one)->name, QStringLiteral("zeta"));
    QCOMPARE((*one)->query, QStringLiteral("sash_mode=off"));
    QCOMPARE((*one)->updatedAt, qint64(20));
    QCOMPARE(storage().userPresets()->size(), 3);

    QCOMPARE(*storage().removeUserPreset(QStringLiteral("zeta")), true);
    QCOMPARE(*storage().removeUserPreset(QStringLiteral("zeta")), false);
    QVERIFY(!storage().userPreset(QStringLiteral("zeta"))->has_value());
    QCOMPARE(storage().userPresets()->size(), 2);
}

void tst_StorageContract::keyedValuesExpire()
{
    const QJsonObject value{{QStringLiteral("tokens"), QJsonArray{QStringLiteral("4K"), QStringLiteral("DV")}}};
    QVERIFY(storage().putKeyedValue({QStringLiteral("quality"), QStringLiteral("tt1"), value, 100, 200}));
    QVERIFY(storage().putKeyedValue({QStringLiteral("trending"), QStringLiteral("tt1"), QJsonObject{}, 100, 0}));

    auto live = storage().keyedValue(QStringLiteral("quality"), QStringLiteral("tt1"), 199);
    QVERIFY(live && live->has_value());
    QCOMPARE((*live)->ns, QStringLiteral("quality"));
    QCOMPARE((*live)->key, QStringLiteral("tt1"));
    QCOMPARE((*live)->value, value);
    QCOMPARE((*live)->cachedAt, qint64(100));
    QCOMPARE((*live)->expiresAt, qint64(200));
    QVERIFY(!storage().keyedValue(QStringLiteral("quality"), QStringLiteral("tt1"), 200)->has_value());  // expired
    QVERIFY(!storage().keyedValue(QStringLiteral("quality"), QStringLiteral("tt2"), 0)->has_value());
    // expires_at 0 never expires; namespaces are separate.
    auto noExpiry = storage().keyedValue(QStringLiteral("trending"), QStringLiteral("tt1"), 9000000000LL);
    QVERIFY(noExpiry && noExpiry->has_value());
    QCOMPARE((*noExpiry)->expiresAt, qint64(0));

    QVERIFY(storage().putKeyedValue({QStringLiteral("quality"), QStringLiteral("tt1"), value, 300, 400}));  // refresh
    QVERIFY(storage().keyedValue(QStringLiteral("quality"), QStringLiteral("tt1"), 350)->has_value());
    QVERIFY(storage().removeKeyedValue(QStringLiteral("quality"), QStringLiteral("tt1")));
    QVERIFY(!storage().keyedValue(QStringLiteral("quality"), QStringLiteral("tt1"), 350)->has_value());
    QVERIFY(storage().keyedValue(QStringLiteral("trending"), QStringLiteral("tt1"), 350)->has_value());
    QVERIFY(storage().removeKeyedValue(QStringLiteral("nope"), QStringLiteral("tt1")));
}

void tst_StorageContract::pruneRowsCountsWhatWent()
{
    QVERIFY(storage().putRating(ratingRow(QStringLiteral("tt-old"), 100)));
    QVERIFY(storage().putRating(ratingRow(QStringLiteral("tt-edge"), 500)));
    QVERIFY(storage().putRating(ratingRow(QStringLiteral("tt-new"), 900)));
    QVERIFY(storage().putMetadata({QStringLiteral("movie_1_en"), metadataJson(), 100}));
    QVERIFY(storage().putMetadata({QStringLiteral("movie_2_en"), metadataJson(), 800}));
    QVERIFY(storage().putKeyedValue({QStringLiteral("q"), QStringLiteral("expired"), {}, 1, 50}));
    QVERIFY(storage().putKeyedValue({QStringLiteral("q"), QStringLiteral("at-now"), {}, 1, 60}));
    QVERIFY(storage().putKeyedValue({QStringLiteral("q"), QStringLiteral("live"), {}, 1, 61}));
    QVERIFY(storage().putKeyedValue({QStringLiteral("q"), QStringLiteral("forever"), {}, 1, 0}));
    QVERIFY(storage().putComposite(compositeRow(QStringLiteral("c"), 1)));  // composites are not pruned here

    // Strictly before the cut-offs; keyed values expired at `now` (expires_at <= now, not 0).
    auto removed = storage().pruneRows(500, 500, 60);
    QVERIFY(removed);
    QCOMPARE(*removed, qint64(1 + 1 + 2));
    QVERIFY(!storage().rating(QStringLiteral("tt-old"))->has_value());
    QVERIFY(storage().rating(QStringLiteral("tt-edge"))->has_value());
    QVERIFY(!storage().metadata(QStringLiteral("movie_1_en"))->has_value());
    QVERIFY(storage().metadata(QStringLiteral("movie_2_en"))->has_value());
    QVERIFY(storage().keyedValue(QStringLiteral("q"), QStringLiteral("forever"), 60)->has_value());
    QVERIFY(storage().keyedValue(QStringLiteral("q"), QStringLiteral("live"), 60)->has_value());
    const auto counts = storage().tableCounts();
    QCOMPARE(counts->value(QStringLiteral("keyed_cache")), qint64(2));
    QCOMPARE(counts->value(QStringLiteral("final_poster_cache")), qint64(1));
    QCOMPARE(*storage().pruneRows(500, 500, 60), qint64(0));  // nothing left to prune
}

void tst_StorageContract::tableCounts()
{
    QVERIFY(storage().putRating(ratingRow(QStringLiteral("tt1"))));
    QVERIFY(storage().putRating(ratingRow(QStringLiteral("tt2"))));
    QVERIFY(storage().putMetadata({QStringLiteral("movie_1_en"), metadataJson(), 1}));
    QVERIFY(storage().putTmdbId(QStringLiteral("tt1"), MediaType::Movie, 1));
    QVERIFY(storage().putUserPreset({QStringLiteral("p"), QStringLiteral("bar=off"), 1}));
    QVERIFY(storage().putKeyedValue({QStringLiteral("q"), QStringLiteral("k"), {}, 1, 0}));
    QVERIFY(storage().putKeyedValue({QStringLiteral("q"), QStringLiteral("l"), {}, 1, 0}));
    auto counts = storage().tableCounts();
    QVERIFY(counts);
    QCOMPARE(counts->value(QStringLiteral("rating_cache")), qint64(2));
    QCOMPARE(counts->value(QStringLiteral("tmdb_metadata_cache")), qint64(1));
    QCOMPARE(counts->value(QStringLiteral("imdb_to_tmdb_cache")), qint64(1));
    QCOMPARE(counts->value(QStringLiteral("final_poster_cache")), qint64(0));
    QCOMPARE(counts->value(QStringLiteral("user_presets")), qint64(1));
    QCOMPARE(counts->value(QStringLiteral("keyed_cache")), qint64(2));
    QVERIFY(counts->value(QStringLiteral("db_file_bytes")) > 0);
    QCOMPARE(counts->size(), 7);
}

void tst_StorageContract::concurrentUseFromSeveralThreads()
{
    constexpr int threads = 6;
    constexpr int rowsPerThread = 30;
    std::vector<std::thread> workers;
    std::atomic<int> failures{0};
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (int i = 0; i < rowsPerThread; ++i) {
                const QString id = QStringLiteral("tt%1%2").arg(t).arg(i, 4, 10, QLatin1Char('0'));
                if (!storage().putRating(ratingRow(id)) || !storage().putTmdbId(id, MediaType::Movie, i)
                    || !storage().putComposite(compositeRow(id + QStringLiteral(":1:movie:x"), i)))
                    ++failures;
                // Everyone also rewrites one shared row: upserts must not conflict.
                if (!storage().putKeyedValue({QStringLiteral("shared"), QStringLiteral("k"), {}, i, 0}))
                    ++failures;
                auto read = storage().rating(id);
                if (!read || !read->has_value())
                    ++failures;
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    QCOMPARE(failures.load(), 0);
    const auto counts = storage().tableCounts();
    QCOMPARE(counts->value(QStringLiteral("rating_cache")), qint64(threads * rowsPerThread));
    QCOMPARE(counts->value(QStringLiteral("imdb_to_tmdb_cache")), qint64(threads * rowsPerThread));
    QCOMPARE(counts->value(QStringLiteral("final_poster_cache")), qint64(threads * rowsPerThread));
    QCOMPARE(counts->value(QStringLiteral("keyed_cache")), qint64(1));
}

QTEST_GUILESS_MAIN(tst_StorageContract)
#include "tst_storagecontract.moc"
