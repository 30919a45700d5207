#include <QTest>

#include <QDateTime>
#include <QTemporaryDir>

#include "core/pipeline/releasestatuscache.h"
#include "core/storage/sqlitestorage.h"

using namespace Marquee;
using namespace Marquee::Pipeline;
using Sources::ReleaseStatus;

namespace {

constexpr qint64 Day = 86400;

Sources::TitleMetadata tmdbTitle(MediaType type, qint64 id, const QString &status)
{
    Sources::TitleMetadata meta;
    meta.origin = QStringLiteral("tmdb");
    meta.id.type = type;
    meta.id.tmdbId = id;
    meta.status = status;
    return meta;
}

} // namespace

class tst_ReleaseStatusCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void moviesAreFetchedOnceThenCached();
    void failedFetchIsNotCached_data();
    void failedFetchIsNotCached();
    void tvComesFromTheDetails();
    void localTitlesHaveNone();

private:
    ReleaseStatusCache::Fetch fetch();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::SqliteStorage> m_storage;
    QList<Sources::ReleaseDate> m_dates;
    bool m_failing = false;
    int m_calls = 0;
    QStringList m_keys;
    qint64 m_now = 0;
    QDate m_today;
};

void tst_ReleaseStatusCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_storage = std::make_unique<Storage::SqliteStorage>(m_dir->filePath(QStringLiteral("cache.db")));
    m_dates.clear();
    m_failing = false;
    m_calls = 0;
    m_keys.clear();
    m_now = QDateTime::currentSecsSinceEpoch();
    m_today = QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC).date();
}

ReleaseStatusCache::Fetch tst_ReleaseStatusCache::fetch()
{
    return [this](qint64, const QString &key) -> Result<QList<Sources::ReleaseDate>> {
        ++m_calls;
        m_keys.append(key);
        if (m_failing)
            return fail(ErrorKind::UpstreamTimeout, QStringLiteral("Upstream request timed out"));
        return m_dates;
    };
}

void tst_ReleaseStatusCache::moviesAreFetchedOnceThenCached()
{
    m_dates = {{QStringLiteral("US"), 3, m_today.addDays(-20)}, {QStringLiteral("US"), 4, m_today.addDays(40)}};
    ReleaseStatusCache cache(m_storage.get(), fetch(), 3);
    const auto meta = tmdbTitle(MediaType::Movie, 77, QStringLiteral("Released"));
    const Sources::ReleaseInfo first = cache.forTitle(meta, QStringLiteral("k"), m_now);
    QCOMPARE(first.status, ReleaseStatus::Cinema);
    QCOMPARE(first.digital, m_today.addDays(40));
    QCOMPARE(first.expiresAt, m_now + 14 * Day);   // a date ahead: trusted up to two weeks
    QCOMPARE(m_keys, QStringList{QStringLiteral("k")});

    const Sources::ReleaseInfo second = cache.forTitle(meta, QStringLiteral("k"), m_now + Day);
    QCOMPARE(second, first);
    QCOMPARE(m_calls, 1);
    const auto row = m_storage->keyedValue(ReleaseStatusCache::Namespace, QStringLiteral("movie_77"), m_now);
    QVERIFY(row && *row);
    QCOMPARE((*row)->expiresAt, first.expiresAt);
    // Past the tier it is asked again.
    cache.forTitle(meta, QStringLiteral("k"), first.expiresAt);
    QCOMPARE(m_calls, 2);
}

void tst_ReleaseStatusCache::failedFetchIsNotCached_data()
{
    QTest::addColumn<QString>("tmdbStatus");
    QTest::addColumn<int>("expected");
    QTest::newRow("released: unknown without dates") << "Released" << int(ReleaseStatus::Unknown);
    QTest::newRow("post production: the details prove it") << "Post Production" << int(ReleaseStatus::Production);
    QTest::newRow("canceled") << "Canceled" << int(ReleaseStatus::Cancelled);
}

void tst_ReleaseStatusCache::failedFetchIsNotCached()
{
    QFETCH(QString, tmdbStatus);
    QFETCH(int, expected);
    m_failing = true;
    ReleaseStatusCache cache(m_storage.get(), fetch(), 3);
    const Sources::ReleaseInfo info = cache.forTitle(tmdbTitle(MediaType::Movie, 78, tmdbStatus), QString(), m_now);
    QCOMPARE(int(info.status), expected);
    QCOMPARE(info.expiresAt, m_now + 3600);
    cache.forTitle(tmdbTitle(MediaType::Movie, 78, tmdbStatus), QString(), m_now);
    QCOMPARE(m_calls, 2);
    // Without any fetch function (no TMDB source) it answers the same way, without a deadline.
    ReleaseStatusCache unsourced(m_storage.get(), {}, 3);
    const Sources::ReleaseInfo unsourcedInfo = unsourced.forTitle(tmdbTitle(MediaType::Movie, 78, tmdbStatus), QString(), m_now);
    QCOMPARE(int(unsourcedInfo.status), expected);
    QCOMPARE(unsourcedInfo.expiresAt, 0);   // nothing to retry: no cap on the composite
}

void tst_ReleaseStatusCache::tvComesFromTheDetails()
{
    ReleaseStatusCache cache(m_storage.get(), fetch(), 3);
    auto show = tmdbTitle(MediaType::Tv, 90, QStringLiteral("Returning Series"));
    show.releaseDate = m_today.addDays(-700).toString(Qt::ISODate);
    show.nextEpisode = {m_today.addDays(2).toString(Qt::ISODate), 3, 5};
    const Sources::ReleaseInfo info = cache.forTitle(show, QString(), m_now);
    QCOMPARE(info.status, ReleaseStatus::Airing);
    QCOMPARE(info.expiresAt, QDateTime(m_today.addDays(2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(m_calls, 0);
    show.status = QStringLiteral("Ended");
    show.nextEpisode = {};
    QCOMPARE(cache.forTitle(show, QString(), m_now).expiresAt, m_now + 60 * Day);
}

void tst_ReleaseStatusCache::localTitlesHaveNone()
{
    ReleaseStatusCache cache(m_storage.get(), fetch(), 3);
    auto local = tmdbTitle(MediaType::Movie, 91, QStringLiteral("Released"));
    local.origin = QStringLiteral("local");
    const Sources::ReleaseInfo info = cache.forTitle(local, QString(), m_now);
    QCOMPARE(info.status, ReleaseStatus::Unknown);
    QCOMPARE(info.expiresAt, 0);
    QCOMPARE(m_calls, 0);
}

QTEST_GUILESS_MAIN(tst_ReleaseStatusCache)
#include "tst_releasestatuscache.moc"
