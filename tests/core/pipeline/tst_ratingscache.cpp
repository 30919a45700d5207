#include <QDateTime>
#include <QMutex>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include "core/net/deadline.h"
#include "core/pipeline/ratingscache.h"
#include "core/sources/ratingsource.h"
#include "core/storage/sqlitestorage.h"

using namespace Marquee;
using namespace Marquee::Pipeline;

namespace {

// Records every call; can hold callers at a gate and fail on demand.
class FakeRatings : public Sources::RatingSource
{
public:
    Result<Sources::RatingsRecord> ratings(const TitleId &title, const QString &apiKey) override
    {
        {
            QMutexLocker locker(&m_mutex);
            m_calls.append(title.canonicalId() + QLatin1Char('|') + apiKey);
        }
        if (holding)
            gate.acquire();
        if (failing)
            return fail(ErrorKind::UpstreamStatus, QStringLiteral("Upstream error 503"), 503);
        Sources::RatingsRecord record;
        record.ratings.insert(QStringLiteral("imdb"), Sources::RatingValue{8.0, 1000});
        record.released = QStringLiteral("1999-03-31");
        return record;
    }

    void reset()
    {
        holding = false;
        failing = false;
        gate.tryAcquire(gate.available());
        QMutexLocker locker(&m_mutex);
        m_calls.clear();
    }

    QStringList calls() const
    {
        QMutexLocker locker(&m_mutex);
        return m_calls;
    }

    std::atomic<bool> holding{false};
    std::atomic<bool> failing{false};
    QSemaphore gate;

private:
    mutable QMutex m_mutex;
    QStringList m_calls;
};

const TitleId kTitle{MediaType::Movie, QStringLiteral("tt0133093"), 603};

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

class tst_RatingsCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ttl_data();
    void ttl();
    void foregroundFetchesOnceThenServesTheRow();
    void requestKeyWinsOverServerKey();
    void staleRowIsRefetched();
    void failureIsUndeterminedAndKeepsLastGood();
    void noKeyAnywhereIsFinal();
    void rowOfAnotherVoteFloorIsIgnored();
    void presetRouteQueuesOneBackgroundFetch();
    void backgroundQueueIsBounded();
    void failedBackgroundFetchBacksOff();
    void presetRouteWithoutServerKeyIsFinal();
    void pastTheDeadlineDrawsLastGoodAndCompletesInTheBackground();
    void pastTheDeadlineWithoutARowDrawsNone();
    void prefetchIsJoinedByForeground();
    void concurrencyIsCapped();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::SqliteStorage> m_storage;
    FakeRatings m_source;
};

void tst_RatingsCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_storage = std::make_unique<Storage::SqliteStorage>(m_dir->filePath(QStringLiteral("cache.db")));
    m_source.reset();
}

void tst_RatingsCache::cleanup()
{
    m_storage.reset();
    m_dir.reset();
}

void tst_RatingsCache::ttl_data()
{
    QTest::addColumn<int>("daysAgo");  // INT_MIN = no date
    QTest::addColumn<qint64>("expected");
    QTest::newRow("3 days ago") << 3 << RatingsCache::Day;
    QTest::newRow("14 days ago") << 14 << RatingsCache::Day;
    QTest::newRow("15 days ago") << 15 << 14 * RatingsCache::Day;
    QTest::newRow("not out yet") << -10 << RatingsCache::Day;
    QTest::newRow("no date") << INT_MIN << 14 * RatingsCache::Day;
}

void tst_RatingsCache::ttl()
{
    QFETCH(int, daysAgo);
    QFETCH(qint64, expected);
    const QDate today(2026, 11, 22);
    const QString date = daysAgo == INT_MIN ? QString() : today.addDays(-daysAgo).toString(Qt::ISODate);
    QCOMPARE(RatingsCache::ttlSeconds(date, today), expected);
}

void tst_RatingsCache::foregroundFetchesOnceThenServesTheRow()
{
    RatingsCache cache(m_storage.get(), &m_source, {QStringLiteral("server-key")}, 10);
    const auto first = cache.foreground(kTitle, {}, QStringLiteral("Sci-Fi"), now());
    QVERIFY(first.determined);
    QVERIFY(first.record);
    QCOMPARE(first.record->ratings.value(QStringLiteral("imdb")).value, 8.0);
    const auto row = m_storage->rating(QStringLiteral("tt0133093"));
    QVERIFY(row && row->has_value());
    QCOMPARE((*row)->genre, QStringLiteral("Sci-Fi"));
    QCOMPARE((*row)->ratingMinVotes, 10);

    const auto second = cache.foreground(kTitle, {}, QStringLiteral("Sci-Fi"), now());
    QVERIFY(second.determined);
    QCOMPARE(second.record->ratings.value(QStringLiteral("imdb")).value, 8.0);
    QCOMPARE(m_source.calls(), QStringList{QStringLiteral("tt0133093|server-key")});
}

void tst_RatingsCache::requestKeyWinsOverServerKey()
{
    RatingsCache cache(m_storage.get(), &m_source, {QStringLiteral("server-key")}, 10);
    cache.foreground(kTitle, QStringLiteral("user-key"), {}, now());
    QCOMPARE(m_source.calls(), QStringList{QStringLiteral("tt0133093|user-key")});
}

void tst_RatingsCache::staleRowIsRefetched()
{
    RatingsCache cache(m_storage.get(), &m_source, {QStringLiteral("k")}, 10);
    cache.foreground(kTitle, {}, {}, now() - 15 * RatingsCache::Day);  // written 15 days ago
    cache.foreground(kTitle, {}, {}, now());
    QCOMPARE(m_source.calls().size(), 2);
}

void tst_RatingsCache::failureIsUndeterminedAndKeepsLastGood()
{
    RatingsCache cache(m_storage.get(), &m_source, {QStringLiteral("k")}, 10);
    m_source.failing = true;
    const auto cold = cache.foreground(kTitle, {}, {}, now());
    QVERIFY(!cold.determined);
    QVERIFY(!cold.record);

    m_source.failing = false;
    cache.foreground(kTitle, {}, {}, now() - 15 * RatingsCache::Day);  // a stale but good row
    m_source.failing = true;
    const auto stale = cache.foreground(kTitle, {}, {}, now());
    QVERIFY(!stale.determined);
    QVERIFY(stale.record);
    QCOMPARE(stale.record->ratings.value(QStringLiteral("imdb")).value, 8.0);
}

void tst_RatingsCache::noKeyAnywhereIsFinal()
{
    RatingsCache cache(m_storage.get(), &m_source, {}, 10);
    const auto outcome = cache.foreground(kTitle, {}, {}, now());
    QVERIFY(outcome.determined);
    QVERIFY(!outcome.record);
    QVERIFY(m_source.calls().isEmpty());
}

void tst_RatingsCache::rowOfAnotherVoteFloorIsIgnored()
{
    {
        RatingsCache strict(m_storage.get(), &m_source, {QStringLiteral("k")}, 50);
        strict.foreground(kTitle, {}, {}, now());
    }
    RatingsCache normal(m_storage.get(), &m_source, {QStringLiteral("k")}, 10);
    normal.foreground(kTitle, {}, {}, now());
    QCOMPARE(m_source.calls().size(), 2);
    QCOMPARE((*m_storage->rating(QStringLiteral("tt0133093")))->ratingMinVotes, 10);
}

void tst_RatingsCache::presetRouteQueuesOneBackgroundFetch()
{
    RatingsCache cache(m_storage.get(), &m_source, {QStringLiteral("server-key")}, 10);
    m_source.holding = true;
    const auto first = cache.cachedOnly(kTitle, QStringLiteral("Sci-Fi"), now());
    QVERIFY(!first.determined);
    QVERIFY(!first.record);
    QTRY_COMPARE(m_source.calls().size(), 1);
    const auto second = cache.cachedOnly(kTitle, QStringLiteral("Sci-Fi"), now());  // still pending: not queued again
    QVERIFY(!second.determined);
    QCOMPARE(cache.pendingBackground(), 1);

    m_source.gate.release(10);
    QVERIFY(cache.waitForBackground(10000));
    QCOMPARE(cache.pendingBackground(), 0);
    QCOMPARE(m_source.calls().size(), 1);
    const auto warmed = cache.cachedOnly(kTitle, QStringLiteral("Sci-Fi"), now());
    QVERIFY(warmed.determined);
    QVERIFY(warmed.record);
    QCOMPARE((*m_storage->rating(QStringLiteral("tt0133093")))->genre, QStringLiteral("Sci-Fi"));
}

void tst_RatingsCache::backgroundQueueIsBounded()
{
    RatingsCache cache(m_storage.get(), &m_source, {QStringLiteral("server-key")}, 10);
    m_source.holding = true;
    for (int i = 0; i < RatingsCache::MaxPending + 44; ++i)
        cache.cachedOnly(TitleId{MediaType::Movie, QStringLiteral("tt%1").arg(i + 1), 0}, {}, now());
    QCOMPARE(cache.pendingBackground(), RatingsCache::MaxPending);
    m_source.gate.release(RatingsCache::MaxPending + 44);
    QVERIFY(cache.waitForBackground(30000));
    QCOMPARE(m_source.calls().size(), RatingsCache::MaxPending);
    QCOMPARE(m_storage->tableCounts()->value(QStringLiteral("rating_cache")), qint64(RatingsCache::MaxPending));
}

void tst_RatingsCache::failedBackgroundFetchBacksOff()
{
    RatingsCache cache(m_storage.get(), &m_source, {QStringLiteral("server-key")}, 10);
    m_source.failing = true;
    cache.cachedOnly(kTitle, {}, now());
    QVERIFY(cache.waitForBackground(10000));
    const auto again = cache.cachedOnly(kTitle, {}, now());
    QVERIFY(!again.determined);
    QVERIFY(cache.waitForBackground(10000));
    QCOMPARE(m_source.calls().size(), 1);  // not retried inside the backoff window
    // Past the window it is tried again.
    cache.cachedOnly(kTitle, {}, now() + RatingsCache::FailureBackoffSeconds + 1);
    QVERIFY(cache.waitForBackground(10000));
    QCOMPARE(m_source.calls().size(), 2);
}

void tst_RatingsCache::presetRouteWithoutServerKeyIsFinal()
{
    RatingsCache cache(m_storage.get(), &m_source, {}, 10);
    const auto outcome = cache.cachedOnly(kTitle, {}, now());
    QVERIFY(outcome.determined);
    QCOMPARE(cache.pendingBackground(), 0);
    QVERIFY(m_source.calls().isEmpty());
}

void tst_RatingsCache::pastTheDeadlineDrawsLastGoodAndCompletesInTheBackground()
{
    RatingsCache cache(m_storage.get(), &m_source, {QStringLiteral("k")}, 10);
    cache.foreground(kTitle, {}, {}, now() - 15 * RatingsCache::Day);  // an expired but good row
    m_source.holding = true;  // MDBList is slow now
    RatingsOutcome late;
    {
        const Net::Deadline::Scope budget(100);
        late = cache.foreground(kTitle, {}, {}, now());
    }
    QVERIFY(!late.determined);
    QVERIFY(late.record);
    QCOMPARE(late.record->ratings.value(QStringLiteral("imdb")).value, 8.0);
    QCOMPARE(cache.pendingBackground(), 1);

    m_source.gate.release();  // the answer arrives after the request has gone
    QVERIFY(cache.waitForBackground(10000));
    const auto next = cache.foreground(kTitle, {}, {}, now());
    QVERIFY(next.determined);  // the row is fresh now: no second call
    QCOMPARE(m_source.calls().size(), 2);
}

void tst_RatingsCache::pastTheDeadlineWithoutARowDrawsNone()
{
    RatingsCache cache(m_storage.get(), &m_source, {QStringLiteral("k")}, 10);
    m_source.holding = true;
    RatingsOutcome late;
    {
        const Net::Deadline::Scope budget(50);
        late = cache.foreground(kTitle, {}, {}, now());
    }
    QVERIFY(!late.determined);
    QVERIFY(!late.record);
    m_source.gate.release();
    QVERIFY(cache.waitForBackground(10000));
    QVERIFY(m_storage->rating(QStringLiteral("tt0133093"))->has_value());
}

void tst_RatingsCache::prefetchIsJoinedByForeground()
{
    RatingsCache cache(m_storage.get(), &m_source, {QStringLiteral("k")}, 10);
    m_source.holding = true;
    cache.prefetch(kTitle, {}, QStringLiteral("Drama"), now());
    QTRY_COMPARE(m_source.calls().size(), 1);
    m_source.gate.release();
    const auto outcome = cache.foreground(kTitle, {}, QStringLiteral("Drama"), now());
    QVERIFY(outcome.determined);
    QVERIFY(outcome.record);
    QCOMPARE(m_source.calls().size(), 1);
}

void tst_RatingsCache::concurrencyIsCapped()
{
    RatingsCache cache(m_storage.get(), &m_source, {QStringLiteral("k")}, 10, 2);
    m_source.holding = true;
    for (int i = 0; i < 6; ++i)
        cache.prefetch(TitleId{MediaType::Movie, QStringLiteral("tt10%1").arg(i), 0}, {}, {}, now());
    QTRY_COMPARE(m_source.calls().size(), 2);
    QTest::qWait(100);
    QCOMPARE(m_source.calls().size(), 2);  // MDBLIST_CONCURRENCY=2: the rest wait their turn
    m_source.gate.release(6);
    QVERIFY(cache.waitForBackground(10000));
    QCOMPARE(m_source.calls().size(), 6);
}

QTEST_GUILESS_MAIN(tst_RatingsCache)
#include "tst_ratingscache.moc"
