// MetadataCache: fresh rows are served without a call; a late or failing TMDB (5xx, timeout) is covered
// by the expired row (stale-while-revalidate, flagged so the poster is not stored as final) while the
// fetch completes in the background; 404 and other 4xx answers are never hidden behind a stale row.
#include <QDateTime>
#include <QMutex>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include "core/net/deadline.h"
#include "core/pipeline/metadatacache.h"
#include "core/sources/metadatasource.h"
#include "core/storage/sqlitestorage.h"

using namespace Marquee;
using namespace Marquee::Pipeline;

namespace {

class FakeTmdb : public Sources::MetadataSource
{
public:
    Result<qint64> findTmdbId(const QString &, MediaType, const QString &) override { return 603; }

    Result<Sources::TitleMetadata> details(MediaType type, qint64 tmdbId, const QString &, const QString &) override
    {
        ++calls;
        if (holding)
            gate.acquire();
        if (failing)
            return fail(ErrorKind(failKind.load()), QStringLiteral("Upstream error %1").arg(status), status);
        Sources::TitleMetadata meta;
        meta.id.type = type;
        meta.id.tmdbId = tmdbId;
        meta.title = title;
        meta.releaseDate = QStringLiteral("1999-03-31");
        return meta;
    }

    Result<QByteArray> image(const QString &, const QString &) override { return QByteArray(); }

    std::atomic<int> calls{0};
    std::atomic<bool> failing{false};
    std::atomic<int> failKind{int(ErrorKind::UpstreamStatus)};
    std::atomic<int> status{0};
    std::atomic<bool> holding{false};
    QSemaphore gate;
    QString title = QStringLiteral("The Matrix");
};

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

constexpr qint64 LongAgo = 30 * MetadataCache::Day;

} // namespace

class tst_MetadataCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void freshRowNeedsNoCall();
    void outageServesTheExpiredRow_data();
    void outageServesTheExpiredRow();
    void clientErrorsAreNotHidden_data();
    void clientErrorsAreNotHidden();
    void outageWithoutARowIsAnError();
    void pastTheDeadlineWithoutARowTimesOutAndCompletesInTheBackground();
    void pastTheDeadlineServesTheExpiredRowThenRefreshes();

private:
    void storeExpiredRow(const QString &title);
    Result<Sources::TitleMetadata> get(MetadataCache &cache, bool *stale)
    {
        return cache.get(MediaType::Movie, 603, QStringLiteral("en"), QStringLiteral("key"), now(), stale);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::SqliteStorage> m_storage;
    std::unique_ptr<FakeTmdb> m_tmdb;
};

void tst_MetadataCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_storage = std::make_unique<Storage::SqliteStorage>(m_dir->filePath(QStringLiteral("cache.db")));
    m_tmdb = std::make_unique<FakeTmdb>();
}

void tst_MetadataCache::cleanup()
{
    m_tmdb->gate.release(100);
    m_storage.reset();
    m_dir.reset();
}

void tst_MetadataCache::storeExpiredRow(const QString &title)
{
    Sources::TitleMetadata meta;
    meta.id.type = MediaType::Movie;
    meta.id.tmdbId = 603;
    meta.title = title;
    meta.releaseDate = QStringLiteral("1999-03-31");
    QVERIFY(m_storage->putMetadata({MetadataCache::cacheKey(MediaType::Movie, 603, QStringLiteral("en")),
                                    meta.toJson(), now() - LongAgo}));
}

void tst_MetadataCache::freshRowNeedsNoCall()
{
    MetadataCache cache(m_storage.get(), m_tmdb.get());
    bool stale = true;
    QVERIFY(get(cache, &stale));
    QVERIFY(!stale);
    QVERIFY(get(cache, &stale));
    QCOMPARE(m_tmdb->calls.load(), 1);
}

void tst_MetadataCache::outageServesTheExpiredRow_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("503 (or an open breaker)") << int(ErrorKind::UpstreamStatus) << 503;
    QTest::newRow("500") << int(ErrorKind::UpstreamStatus) << 500;
    QTest::newRow("connection failure") << int(ErrorKind::UpstreamStatus) << 0;
    QTest::newRow("timeout") << int(ErrorKind::UpstreamTimeout) << 0;
}

void tst_MetadataCache::outageServesTheExpiredRow()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    storeExpiredRow(QStringLiteral("Old Title"));
    m_tmdb->failing = true;
    m_tmdb->failKind = kind;
    m_tmdb->status = status;
    MetadataCache cache(m_storage.get(), m_tmdb.get());
    bool stale = false;
    const auto meta = get(cache, &stale);
    QVERIFY(meta);
    QVERIFY(stale);
    QCOMPARE(meta->title, QStringLiteral("Old Title"));
}

void tst_MetadataCache::clientErrorsAreNotHidden_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("404") << 404;
    QTest::newRow("401") << 401;
}

void tst_MetadataCache::clientErrorsAreNotHidden()
{
    QFETCH(int, status);
    storeExpiredRow(QStringLiteral("Old Title"));
    m_tmdb->failing = true;
    m_tmdb->failKind = int(status == 404 ? ErrorKind::NotFound : ErrorKind::UpstreamStatus);
    m_tmdb->status = status;
    MetadataCache cache(m_storage.get(), m_tmdb.get());
    bool stale = false;
    const auto meta = get(cache, &stale);
    QVERIFY(!meta);
    QCOMPARE(meta.error().upstreamStatus, status);
    QVERIFY(!stale);
}

void tst_MetadataCache::outageWithoutARowIsAnError()
{
    m_tmdb->failing = true;
    m_tmdb->status = 503;
    MetadataCache cache(m_storage.get(), m_tmdb.get());
    bool stale = false;
    const auto meta = get(cache, &stale);
    QVERIFY(!meta);
    QCOMPARE(meta.error().upstreamStatus, 503);
}

void tst_MetadataCache::pastTheDeadlineWithoutARowTimesOutAndCompletesInTheBackground()
{
    MetadataCache cache(m_storage.get(), m_tmdb.get());
    m_tmdb->holding = true;
    Result<Sources::TitleMetadata> meta = fail(ErrorKind::Internal, QString());
    {
        const Net::Deadline::Scope budget(100);
        meta = get(cache, nullptr);
    }
    QVERIFY(!meta);
    QCOMPARE(meta.error().kind, ErrorKind::UpstreamTimeout);
    QCOMPARE(meta.error().message, QStringLiteral("Upstream request timed out"));
    m_tmdb->gate.release();
    QVERIFY(cache.waitForBackground(10000));
    m_tmdb->holding = false;
    bool stale = true;
    QVERIFY(get(cache, &stale));
    QVERIFY(!stale);
    QCOMPARE(m_tmdb->calls.load(), 1);  // the background fetch filled the row
}

void tst_MetadataCache::pastTheDeadlineServesTheExpiredRowThenRefreshes()
{
    storeExpiredRow(QStringLiteral("Old Title"));
    MetadataCache cache(m_storage.get(), m_tmdb.get());
    m_tmdb->holding = true;
    bool stale = false;
    {
        const Net::Deadline::Scope budget(100);
        const auto meta = get(cache, &stale);
        QVERIFY(meta);
        QCOMPARE(meta->title, QStringLiteral("Old Title"));
    }
    QVERIFY(stale);
    m_tmdb->gate.release();
    QVERIFY(cache.waitForBackground(10000));
    m_tmdb->holding = false;
    const auto refreshed = get(cache, &stale);
    QVERIFY(refreshed);
    QVERIFY(!stale);
    QCOMPARE(refreshed->title, QStringLiteral("The Matrix"));
    QCOMPARE(m_tmdb->calls.load(), 1);
}

QTEST_GUILESS_MAIN(tst_MetadataCache)
#include "tst_metadatacache.moc"
