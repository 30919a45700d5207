#include <QTest>

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

#include "core/blob/localdiskblobstore.h"
#include "core/coordination/inprocesscoordinator.h"
#include "core/pipeline/trendingrefresh.h"
#include "core/storage/sqlitestorage.h"

using namespace Marquee;
using namespace Marquee::Pipeline;

namespace {

using Ids = QList<qint64>;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

// A scripted trending source: the next answer per media type, and how often it was asked.
struct ScriptedSource
{
    Ids movies;
    Ids shows;
    bool failing = false;
    int calls = 0;
    QStringList urls;

    TrendingRefresh::Fetch fetch()
    {
        return [this](MediaType type, const QString &url, int count) -> Result<QList<qint64>> {
            ++calls;
            urls.append(url);
            if (failing)
                return fail(ErrorKind::UpstreamStatus, QStringLiteral("Upstream error 503"), 503);
            return (type == MediaType::Movie ? movies : shows).mid(0, count);
        };
    }
};

} // namespace

class tst_TrendingRefresh : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstRunFetchesBothTypes();
    void notDueUntilTheNextRefresh();
    void fetchTimeSchedule_data();
    void fetchTimeSchedule();
    void changedIds_data();
    void changedIds();
    void invalidatesChangedAndDroppedRanks();
    void changedSourceSettingsMakeRanksStale();
    void failureKeepsLastRanksAndBacksOff();
    void oneReplicaAtATime();

private:
    TrendingRefresh::Options options() const;
    void putComposite(const QString &key);
    bool hasComposite(const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::SqliteStorage> m_storage;
    std::unique_ptr<Blob::LocalDiskBlobStore> m_blobs;
    std::unique_ptr<Coordination::InProcessCoordinator> m_coordinator;
    qint64 m_now = 0;
};

void tst_TrendingRefresh::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storage = std::make_unique<Storage::SqliteStorage>(m_dir->filePath(QStringLiteral("cache.db")));
    m_blobs = std::make_unique<Blob::LocalDiskBlobStore>(m_dir->filePath(QStringLiteral("blobs")));
    m_coordinator = std::make_unique<Coordination::InProcessCoordinator>();
    m_now = QDateTime::currentSecsSinceEpoch();
}

void tst_TrendingRefresh::cleanup()
{
    m_coordinator.reset();
    m_blobs.reset();
    m_storage.reset();
    m_dir.reset();
}

TrendingRefresh::Options tst_TrendingRefresh::options() const
{
    TrendingRefresh::Options options;
    options.fetchCount = 2;
    options.broadCount = 4;
    return options;
}

void tst_TrendingRefresh::putComposite(const QString &key)
{
    const QString blobKey = key + QStringLiteral("~blob");
    QVERIFY(m_blobs->put(QString(blobKey).replace(QLatin1Char(':'), QLatin1Char('_')), QByteArrayLiteral("jpeg")));
    QVERIFY(m_storage->putComposite({key, m_now, m_now + 7 * Day, QString(blobKey).replace(QLatin1Char(':'), QLatin1Char('_')),
                                     QStringLiteral("tmdb_id=1")}));
}

bool tst_TrendingRefresh::hasComposite(const QString &key)
{
    const auto row = m_storage->composite(key);
    return row && row->has_value();
}

void tst_TrendingRefresh::firstRunFetchesBothTypes()
{
    ScriptedSource source{{11, 12, 13}, {21, 22}};
    TrendingRefresh refresh(options(), m_storage.get(), m_blobs.get(), m_coordinator.get(), source.fetch());
    QVERIFY(refresh.isDue(MediaType::Movie, m_now));
    const TrendingRefresh::Outcome outcome = refresh.runDue(m_now);
    QCOMPARE(outcome.refreshed, 2);
    QVERIFY(outcome.errors.isEmpty());
    QCOMPARE(source.calls, 2);
    QCOMPARE(source.urls, (QStringList{QString(), QString()}));   // TMDB for both

    const auto movies = refresh.ranks().snapshot(MediaType::Movie, m_now);
    QVERIFY(movies);
    QCOMPARE(movies->ids, (Ids{11, 12, 13}));
    QCOMPARE(movies->rankOf(13), 3);
    QCOMPARE(movies->rankOf(99), 0);
    QCOMPARE(movies->nextRefreshAt, m_now + Day);   // no TRENDING_FETCH_TIME: a day later
    // Readers built from the same options (what each render uses) see it too.
    const auto reader = TrendingRefresh::ranksFor(options(), m_storage.get());
    QCOMPARE(reader.snapshot(MediaType::Tv, m_now)->ids, (Ids{21, 22}));
}

void tst_TrendingRefresh::notDueUntilTheNextRefresh()
{
    ScriptedSource source{{11}, {21}};
    TrendingRefresh refresh(options(), m_storage.get(), m_blobs.get(), m_coordinator.get(), source.fetch());
    refresh.runDue(m_now);
    QCOMPARE(source.calls, 2);
    QCOMPARE(refresh.runDue(m_now + 23 * Hour).refreshed, 0);
    QCOMPARE(source.calls, 2);
    QCOMPARE(refresh.runDue(m_now + Day).refreshed, 2);
    QCOMPARE(source.calls, 4);
}

void tst_TrendingRefresh::fetchTimeSchedule_data()
{
    QTest::addColumn<QString>("fetchTime");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("fetchedAt");
    QTest::addColumn<QDateTime>("expected");
    const QTimeZone utc = QTimeZone::utc();
    QTest::newRow("later today") << "04:30" << "UTC" << QDateTime(QDate(2026, 11, 22), QTime(1, 0), utc)
                                 << QDateTime(QDate(2026, 11, 22), QTime(4, 30), utc);
    QTest::newRow("tomorrow") << "04:30" << "UTC" << QDateTime(QDate(2026, 11, 22), QTime(4, 30), utc)
                              << QDateTime(QDate(2026, 11, 23), QTime(4, 30), utc);
    QTest::newRow("in the configured zone") << "4:00" << "Europe/Paris" << QDateTime(QDate(2026, 11, 22), QTime(12, 0), utc)
                                            << QDateTime(QDate(2026, 11, 23), QTime(3, 0), utc);   // 04:00 CET
    QTest::newRow("empty: every 24 h") << "" << "UTC" << QDateTime(QDate(2026, 11, 22), QTime(9, 15), utc)
                                       << QDateTime(QDate(2026, 11, 23), QTime(9, 15), utc);
}

void tst_TrendingRefresh::fetchTimeSchedule()
{
    QFETCH(QString, fetchTime);
    QFETCH(QString, zone);
    QFETCH(QDateTime, fetchedAt);
    QFETCH(QDateTime, expected);
    TrendingRefresh::Options opts = options();
    opts.fetchTime = fetchTime;
    opts.timezone = zone;
    TrendingRefresh refresh(opts, m_storage.get(), nullptr, nullptr, {});
    QCOMPARE(QDateTime::fromSecsSinceEpoch(refresh.nextRefreshAt(fetchedAt.toSecsSinceEpoch()), Qt::UTC), expected);
}

void tst_TrendingRefresh::changedIds_data()
{
    QTest::addColumn<Ids>("before");
    QTest::addColumn<Ids>("after");
    QTest::addColumn<Ids>("changed");
    QTest::newRow("same") << Ids{1, 2, 3} << Ids{1, 2, 3} << Ids{};
    QTest::newRow("swap") << Ids{1, 2, 3} << Ids{2, 1, 3} << Ids{1, 2};
    QTest::newRow("dropped") << Ids{1, 2, 3} << Ids{1, 2} << Ids{3};
    QTest::newRow("new entry shifts the rest") << Ids{1, 2} << Ids{9, 1, 2} << Ids{1, 2, 9};
    QTest::newRow("first fetch") << Ids{} << Ids{1, 2} << Ids{1, 2};
    QTest::newRow("beyond the sash depth nothing shows") << Ids{1, 2, 3, 4, 5, 6} << Ids{1, 2, 3, 4, 6, 5} << Ids{};
    QTest::newRow("falling out of the sash depth") << Ids{1, 2, 3, 4, 5} << Ids{1, 2, 3, 5, 4} << Ids{4, 5};
}

void tst_TrendingRefresh::changedIds()
{
    QFETCH(Ids, before);
    QFETCH(Ids, after);
    QFETCH(Ids, changed);
    const QSet<qint64> got = TrendingRefresh::changedIds(before, after, 4);
    QCOMPARE(got, QSet<qint64>(changed.cbegin(), changed.cend()));
}

void tst_TrendingRefresh::invalidatesChangedAndDroppedRanks()
{
    ScriptedSource source{{11, 12, 13}, {21}};
    TrendingRefresh refresh(options(), m_storage.get(), m_blobs.get(), m_coordinator.get(), source.fetch());
    refresh.runDue(m_now);

    // Composites of 11 (keeps #1), 12 (#2 → #3), 13 (dropped), and 12 requested by IMDb id.
    const QStringList keys{QStringLiteral("tmdb:11:11:movie:aaaa"), QStringLiteral("tmdb:12:12:movie:aaaa"),
                           QStringLiteral("tmdb:12:12:movie:bbbb"), QStringLiteral("tmdb:13:13:movie:aaaa"),
                           QStringLiteral("tt0000012:12:movie:aaaa"), QStringLiteral("tmdb:12:12:tv:aaaa"),
                           QStringLiteral("tmdb:121:121:movie:aaaa")};
    for (const QString &key : keys)
        putComposite(key);
    QVERIFY(m_storage->putKeyedValue({TrendingRefresh::ImdbNamespace, TrendingRefresh::imdbKey(MediaType::Movie, 12),
                                      QJsonObject{{QStringLiteral("imdb"), QStringLiteral("tt0000012")}}, m_now, 0}));

    source.movies = {11, 14, 12};
    const TrendingRefresh::Outcome outcome = refresh.runDue(m_now + Day);
    QCOMPARE(outcome.refreshed, 2);
    QCOMPARE(outcome.invalidated, 4);
    QVERIFY(hasComposite(QStringLiteral("tmdb:11:11:movie:aaaa")));     // rank unchanged
    QVERIFY(!hasComposite(QStringLiteral("tmdb:12:12:movie:aaaa")));    // rank changed
    QVERIFY(!hasComposite(QStringLiteral("tmdb:12:12:movie:bbbb")));
    QVERIFY(!hasComposite(QStringLiteral("tt0000012:12:movie:aaaa")));  // found through the IMDb note
    QVERIFY(!hasComposite(QStringLiteral("tmdb:13:13:movie:aaaa")));    // dropped out
    QVERIFY(hasComposite(QStringLiteral("tmdb:12:12:tv:aaaa")));        // another media type
    QVERIFY(hasComposite(QStringLiteral("tmdb:121:121:movie:aaaa")));   // a prefix, not the same id
    // The blobs went with their rows.
    QVERIFY(!m_blobs->get(QStringLiteral("tmdb_13_13_movie_aaaa~blob"))->has_value());
    QVERIFY(m_blobs->get(QStringLiteral("tmdb_11_11_movie_aaaa~blob"))->has_value());
}

void tst_TrendingRefresh::changedSourceSettingsMakeRanksStale()
{
    ScriptedSource source{{11}, {21}};
    TrendingRefresh refresh(options(), m_storage.get(), m_blobs.get(), m_coordinator.get(), source.fetch());
    refresh.runDue(m_now);
    QVERIFY(!refresh.isDue(MediaType::Movie, m_now));

    TrendingRefresh::Options custom = options();
    custom.movieSource = QStringLiteral("https://lists.example/top.json");
    TrendingRefresh changed(custom, m_storage.get(), m_blobs.get(), m_coordinator.get(), source.fetch());
    QVERIFY(!changed.ranks().snapshot(MediaType::Movie, m_now));   // fetched from TMDB: not these ranks
    QVERIFY(changed.isDue(MediaType::Movie, m_now));
    QVERIFY(!changed.isDue(MediaType::Tv, m_now));
    QCOMPARE(changed.runDue(m_now).refreshed, 1);
    QCOMPARE(source.urls.last(), custom.movieSource);
    QCOMPARE(TrendingRefresh::countFor(custom, MediaType::Movie), 500);   // a custom list is read whole
    QCOMPARE(TrendingRefresh::countFor(custom, MediaType::Tv), 4);        // TMDB as deep as the broad sash
}

void tst_TrendingRefresh::failureKeepsLastRanksAndBacksOff()
{
    ScriptedSource source{{11, 12}, {21}};
    TrendingRefresh refresh(options(), m_storage.get(), m_blobs.get(), m_coordinator.get(), source.fetch());
    refresh.runDue(m_now);
    source.failing = true;
    const qint64 later = m_now + Day;
    const TrendingRefresh::Outcome failed = refresh.runDue(later);
    QCOMPARE(failed.refreshed, 0);
    QCOMPARE(failed.errors.size(), 2);
    QVERIFY(failed.errors.first().contains(QLatin1String("Upstream error 503")));
    // The last ranks stay readable (they outlive their refresh time by the grace).
    QCOMPARE(refresh.ranks().snapshot(MediaType::Movie, later)->ids, (Ids{11, 12}));
    const int calls = source.calls;
    QCOMPARE(refresh.runDue(later + 299).refreshed, 0);
    QCOMPARE(source.calls, calls);   // backing off
    source.failing = false;
    QCOMPARE(refresh.runDue(later + 300).refreshed, 2);
}

void tst_TrendingRefresh::oneReplicaAtATime()
{
    ScriptedSource source{{11}, {21}};
    TrendingRefresh refresh(options(), m_storage.get(), m_blobs.get(), m_coordinator.get(), source.fetch());
    const auto held = m_coordinator->acquireLease(QStringLiteral("trending-fetch"), 60000);
    QVERIFY(held);
    const TrendingRefresh::Outcome busy = refresh.runDue(m_now);
    QVERIFY(busy.leaseBusy);
    QCOMPARE(source.calls, 0);
    m_coordinator->releaseLease(QStringLiteral("trending-fetch"), *held);
    QCOMPARE(refresh.runDue(m_now).refreshed, 2);
    // The pass released its lease when done.
    const auto again = m_coordinator->acquireLease(QStringLiteral("trending-fetch"), 60000);
    QVERIFY(again);
}

QTEST_GUILESS_MAIN(tst_TrendingRefresh)
#include "tst_trendingrefresh.moc"
