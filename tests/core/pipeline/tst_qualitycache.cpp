// QualityCache: the keyed-cache TTL and context rules, background fetches with claims (one upstream
// fetch however many requests or replicas ask), wait_for_quality, pending and the backoff flags —
// against the real sources talking to the fake upstream.
#include <QTest>

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

#include "core/coordination/inprocesscoordinator.h"
#include "core/net/httpclient.h"
#include "core/pipeline/qualitycache.h"
#include "core/sources/aiostreamsqualitysource.h"
#include "core/sources/qualicachequalitysource.h"
#include "core/storage/sqlitestorage.h"
#include "tests/fakeupstream/fakequalityroutes.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using namespace Marquee::Pipeline;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;

namespace {

constexpr qint64 Day = 86400;

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

Sources::QualityLookup movie(const char *imdb, const QString &released = QStringLiteral("2001-01-01"))
{
    return Sources::QualityLookup{QString::fromLatin1(imdb), MediaType::Movie, 1, 1, released};
}

QStringList tokens(const char *csv)
{
    return QString::fromLatin1(csv).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class tst_QualityCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ttl_data();
    void ttl();
    void sourceBackoffGrows_data();
    void sourceBackoffGrows();
    void wanted_data();
    void wanted();

    void unknownTitleIsProvisionalUntilTheBackgroundFetchLands();
    void authoritativeEmptyIsCached();
    void newTitleRowLivesADay();
    void rowOfAnotherContextIsAMiss();
    void concurrentRequestsFetchOnce();
    void replicasShareOneClaim();
    void waitReturnsTheAnswerAtOnce();
    void waitGivesUpAfterTheTimeout();
    void pendingIsNeverCachedNorBackedOff();
    void failureBacksOffTheSource();
    void titleFailureBacksOffOnlyThatTitle();
    void disabledIsFinalWithoutTokens();
    void forRenderPolicy();

private:
    std::unique_ptr<Sources::AioStreamsQualitySource> aioStreams(int timeoutMs = 5000) const
    {
        return std::make_unique<Sources::AioStreamsQualitySource>(m_http, m_fake.baseUrl() + QStringLiteral("/aiostreams"),
                                                                  Tests::fakeAioStreamsAuth(), timeoutMs);
    }
    QualityCache::Options options(int waitMs = 10000) const { return {90, 5, waitMs}; }

    FakeUpstream m_fake;
    Net::HttpClient m_http{5000};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::SqliteStorage> m_storage;
    Coordination::InProcessCoordinator m_coordinator;
};

void tst_QualityCache::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
}

void tst_QualityCache::init()
{
    m_fake.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_storage = std::make_unique<Storage::SqliteStorage>(m_dir->filePath(QStringLiteral("cache.db")));
    for (const char *key : {"source", "tt0000001", "tt9000005"})
        m_coordinator.release(QString::fromLatin1(QualityCache::BackoffNamespace), QString::fromLatin1(key));
}

void tst_QualityCache::cleanup()
{
    m_storage.reset();
    m_dir.reset();
}

void tst_QualityCache::ttl_data()
{
    QTest::addColumn<QString>("released");
    QTest::addColumn<int>("oldDays");
    QTest::addColumn<qint64>("ttl");
    const QDate today(2026, 6, 15);
    QTest::newRow("released 3 days ago") << today.addDays(-3).toString(Qt::ISODate) << 90 << Day;
    QTest::newRow("released 14 days ago") << today.addDays(-14).toString(Qt::ISODate) << 90 << Day;
    QTest::newRow("released 15 days ago") << today.addDays(-15).toString(Qt::ISODate) << 90 << 90 * Day;
    QTest::newRow("not released yet") << today.addDays(30).toString(Qt::ISODate) << 90 << Day;
    QTest::newRow("unknown date") << QString() << 90 << 90 * Day;
    QTest::newRow("QUALITY_OLD_CACHE_DURATION=30") << QStringLiteral("1999-03-31") << 30 << 30 * Day;
}

void tst_QualityCache::ttl()
{
    QFETCH(QString, released);
    QFETCH(int, oldDays);
    QFETCH(qint64, ttl);
    QCOMPARE(QualityCache::ttlSeconds(released, QDate(2026, 6, 15), oldDays), ttl);
}

void tst_QualityCache::sourceBackoffGrows_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("seconds");
    QTest::newRow("first") << 1 << 30;
    QTest::newRow("second") << 2 << 120;
    QTest::newRow("third") << 3 << 480;
    QTest::newRow("fourth is capped") << 4 << 1800;
    QTest::newRow("tenth") << 10 << 1800;
}

void tst_QualityCache::sourceBackoffGrows()
{
    QFETCH(int, failures);
    QFETCH(int, seconds);
    QCOMPARE(QualityCache::sourceBackoffSeconds(failures), seconds);
}

void tst_QualityCache::wanted_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("wanted");
    QTest::newRow("default: quality notch") << "" << true;
    QTest::newRow("hidden") << "badge_display_mode=0" << false;
    QTest::newRow("quality age rating") << "badge_display_mode=1" << true;
    QTest::newRow("badge row") << "badge_display_mode=2" << true;
    QTest::newRow("age rating only") << "badge_display_mode=3" << false;
    QTest::newRow("combined") << "badge_display_mode=5" << true;
    QTest::newRow("bookmark") << "badge_display_mode=6" << true;
    QTest::newRow("landscape draws no badges") << "shape=landscape" << false;
}

void tst_QualityCache::wanted()
{
    QFETCH(QString, query);
    QFETCH(bool, wanted);
    QCOMPARE(QualityCache::wanted(Config::RenderConfig::fromQuery(QUrlQuery(query))), wanted);
}

void tst_QualityCache::unknownTitleIsProvisionalUntilTheBackgroundFetchLands()
{
    auto source = aioStreams();
    QualityCache cache(m_storage.get(), &m_coordinator, source.get(), options());
    const QualityOutcome first = cache.lookup(movie("tt0000001"), false, now());
    QVERIFY(!first.determined);
    QVERIFY(first.tokens.isEmpty());
    QVERIFY(cache.waitForBackground(10000));

    const QualityOutcome second = cache.lookup(movie("tt0000001"), false, now());
    QVERIFY(second.determined);
    QCOMPARE(second.tokens, tokens("4K,REMUX,DV,ATMOS"));
    QVERIFY(second.expiresAt > now() + 89 * Day);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 1);

    const auto row = m_storage->keyedValue(QStringLiteral("quality"), QStringLiteral("tt0000001"), now());
    QVERIFY(row && row->has_value());
    QCOMPARE((*row)->value.value(QStringLiteral("context")).toString(), QStringLiteral("aiostreams"));
    QCOMPARE((*row)->value.value(QStringLiteral("tokens")).toArray().size(), 4);
    // The claim was released once the fetch was done.
    QVERIFY(m_coordinator.claim(QString::fromLatin1(QualityCache::ClaimNamespace), QStringLiteral("tt0000001"), 5));
    m_coordinator.release(QString::fromLatin1(QualityCache::ClaimNamespace), QStringLiteral("tt0000001"));
}

void tst_QualityCache::authoritativeEmptyIsCached()
{
    auto source = aioStreams();
    QualityCache cache(m_storage.get(), &m_coordinator, source.get(), options());
    const QualityOutcome waited = cache.lookup(movie("tt0000005"), true, now());
    QVERIFY(waited.determined);
    QVERIFY(waited.tokens.isEmpty());
    const QualityOutcome again = cache.lookup(movie("tt0000005"), false, now());
    QVERIFY(again.determined);
    QVERIFY(again.tokens.isEmpty());
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 1);
}

void tst_QualityCache::newTitleRowLivesADay()
{
    auto source = aioStreams();
    QualityCache cache(m_storage.get(), &m_coordinator, source.get(), options());
    const QString released = QDateTime::currentDateTimeUtc().date().addDays(-2).toString(Qt::ISODate);
    const QualityOutcome outcome = cache.lookup(movie("tt0000002", released), true, now());
    QVERIFY(outcome.determined);
    QVERIFY(outcome.expiresAt <= now() + Day);
    QVERIFY(outcome.expiresAt > now() + Day - 60);
    // A day later the row reads as absent: the title is fetched again.
    QVERIFY(!cache.cached(QStringLiteral("tt0000002"), now() + Day + 1));
}

void tst_QualityCache::rowOfAnotherContextIsAMiss()
{
    const Storage::KeyedValueRow foreign{QStringLiteral("quality"), QStringLiteral("tt0000002"),
                                         QJsonObject{{QStringLiteral("tokens"), QJsonArray{QStringLiteral("4K")}},
                                                     {QStringLiteral("context"), QStringLiteral("qualicache:low:fold1")}},
                                         now(), now() + Day};
    QVERIFY(m_storage->putKeyedValue(foreign));
    auto source = aioStreams();
    QualityCache cache(m_storage.get(), &m_coordinator, source.get(), options());
    QVERIFY(!cache.cached(QStringLiteral("tt0000002"), now()));
    const QualityOutcome outcome = cache.lookup(movie("tt0000002"), true, now());
    QCOMPARE(outcome.tokens, tokens("1080P,REMUX,HDR10"));
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 1);
}

void tst_QualityCache::concurrentRequestsFetchOnce()
{
    auto source = aioStreams();
    QualityCache cache(m_storage.get(), &m_coordinator, source.get(), options());
    m_fake.setFault(QStringLiteral("/aiostreams/"), FakeFault{.latencyMs = 400});
    for (int i = 0; i < 5; ++i)
        QVERIFY(!cache.lookup(movie("tt0000004"), false, now()).determined);
    QVERIFY(cache.waitForBackground(10000));
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 1);
    QCOMPARE(cache.fetchesStarted(), qint64(1));
    QCOMPARE(cache.lookup(movie("tt0000004"), false, now()).tokens, tokens("1080P,WEBDL"));
}

void tst_QualityCache::replicasShareOneClaim()
{
    // Two replicas: their own caches and HTTP clients, one storage and one coordinator between them.
    auto sourceA = aioStreams();
    auto sourceB = aioStreams();
    QualityCache replicaA(m_storage.get(), &m_coordinator, sourceA.get(), options());
    QualityCache replicaB(m_storage.get(), &m_coordinator, sourceB.get(), options());
    m_fake.setFault(QStringLiteral("/aiostreams/"), FakeFault{.latencyMs = 800});

    QualityOutcome a;
    QualityOutcome b;
    std::unique_ptr<QThread> first(QThread::create([&] { a = replicaA.lookup(movie("tt0000001"), true, now()); }));
    std::unique_ptr<QThread> second(QThread::create([&] { b = replicaB.lookup(movie("tt0000001"), true, now()); }));
    first->start();
    second->start();
    QVERIFY(first->wait(20000));
    QVERIFY(second->wait(20000));

    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 1);
    QCOMPARE(replicaA.fetchesStarted() + replicaB.fetchesStarted(), qint64(1));
    QVERIFY(a.determined);
    QVERIFY(b.determined);  // the loser of the claim read the winner's row
    QCOMPARE(a.tokens, tokens("4K,REMUX,DV,ATMOS"));
    QCOMPARE(b.tokens, a.tokens);
}

void tst_QualityCache::waitReturnsTheAnswerAtOnce()
{
    auto source = aioStreams();
    QualityCache cache(m_storage.get(), &m_coordinator, source.get(), options());
    const QualityOutcome outcome = cache.lookup(movie("tt0000001"), true, now());
    QVERIFY(outcome.determined);
    QCOMPARE(outcome.tokens, tokens("4K,REMUX,DV,ATMOS"));
}

void tst_QualityCache::waitGivesUpAfterTheTimeout()
{
    auto source = aioStreams();
    QualityCache cache(m_storage.get(), &m_coordinator, source.get(), options(300));
    m_fake.setFault(QStringLiteral("/aiostreams/"), FakeFault{.latencyMs = 1500});
    const QualityOutcome outcome = cache.lookup(movie("tt0000001"), true, now());
    QVERIFY(!outcome.determined);
    // The fetch itself carries on and lands for the next request.
    QVERIFY(cache.waitForBackground(10000));
    QVERIFY(cache.lookup(movie("tt0000001"), false, now()).determined);
}

void tst_QualityCache::pendingIsNeverCachedNorBackedOff()
{
    Sources::QualiCacheQualitySource source(m_http, m_fake.baseUrl() + QStringLiteral("/qualicache"),
                                            Tests::fakeQualiCacheKey(), QStringLiteral("high"));
    QualityCache cache(m_storage.get(), &m_coordinator, &source, options());
    QCOMPARE(cache.context(), QStringLiteral("qualicache:high:fold1"));
    QVERIFY(!cache.lookup(movie("tt0000006"), true, now()).determined);
    QVERIFY(!cache.cached(QStringLiteral("tt0000006"), now()));
    QVERIFY(!m_coordinator.hasFlag(QString::fromLatin1(QualityCache::BackoffNamespace), QStringLiteral("source")));
    QVERIFY(!m_coordinator.hasFlag(QString::fromLatin1(QualityCache::BackoffNamespace), QStringLiteral("tt0000006")));
    // Asked again next time.
    QVERIFY(!cache.lookup(movie("tt0000006"), true, now()).determined);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/qualicache/")), 2);
}

void tst_QualityCache::failureBacksOffTheSource()
{
    auto source = aioStreams();
    QualityCache cache(m_storage.get(), &m_coordinator, source.get(), options());
    m_fake.setFault(QStringLiteral("/aiostreams/"), FakeFault{.status = 503});
    QVERIFY(!cache.lookup(movie("tt0000001"), true, now()).determined);
    QVERIFY(m_coordinator.hasFlag(QString::fromLatin1(QualityCache::BackoffNamespace), QStringLiteral("source")));
    // While backed off nothing reaches the source, for any title; the posters stay provisional.
    m_fake.clearFaults();
    QVERIFY(!cache.lookup(movie("tt0000002"), true, now()).determined);
    QVERIFY(!cache.lookup(movie("tt0000001"), false, now()).determined);
    QVERIFY(cache.waitForBackground(10000));
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 1);
    // Once the flag is gone the source is asked again.
    m_coordinator.release(QString::fromLatin1(QualityCache::BackoffNamespace), QStringLiteral("source"));
    QCOMPARE(cache.lookup(movie("tt0000001"), true, now()).tokens, tokens("4K,REMUX,DV,ATMOS"));
}

void tst_QualityCache::titleFailureBacksOffOnlyThatTitle()
{
    auto source = aioStreams();
    QualityCache cache(m_storage.get(), &m_coordinator, source.get(), options());
    QVERIFY(!cache.lookup(movie("tt9000005"), true, now()).determined);  // 404 about the id
    QVERIFY(m_coordinator.hasFlag(QString::fromLatin1(QualityCache::BackoffNamespace), QStringLiteral("tt9000005")));
    QVERIFY(!m_coordinator.hasFlag(QString::fromLatin1(QualityCache::BackoffNamespace), QStringLiteral("source")));
    QVERIFY(!cache.lookup(movie("tt9000005"), true, now()).determined);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 1);
    QVERIFY(cache.lookup(movie("tt0000002"), true, now()).determined);
}

void tst_QualityCache::disabledIsFinalWithoutTokens()
{
    QualityCache cache(m_storage.get(), nullptr, nullptr, options());
    QVERIFY(!cache.enabled());
    QVERIFY(cache.context().isEmpty());
    const QualityOutcome outcome = cache.lookup(movie("tt0000001"), true, now());
    QVERIFY(outcome.determined);
    QVERIFY(outcome.tokens.isEmpty());
    QCOMPARE(m_fake.requestCount(), 0);
}

void tst_QualityCache::forRenderPolicy()
{
    auto source = aioStreams();
    QualityCache cache(m_storage.get(), &m_coordinator, source.get(), options());
    Sources::TitleMetadata meta;
    meta.id = TitleId{MediaType::Movie, QStringLiteral("tt0000005"), 1004};
    meta.releaseDate = QStringLiteral("2001-05-05");
    auto query = [](const char *text) {
        return *Config::parsePosterQuery(QUrlQuery(QString::fromLatin1(text)));
    };

    // An explicit quality= is drawn as given, final, without asking the source.
    const QualityOutcome override = cache.forRender(query("type=movie&tmdb_id=1004&quality=4K,DV"), false, meta, true, now());
    QCOMPARE(override.tokens, tokens("4K,DV"));
    QVERIFY(override.determined);
    // Local titles, hidden badges and a title without an IMDb id never ask either.
    QVERIFY(cache.forRender(query("type=movie&tmdb_id=1004"), true, meta, true, now()).determined);
    QVERIFY(cache.forRender(query("type=movie&tmdb_id=1004&badge_display_mode=0"), false, meta, true, now()).determined);
    Sources::TitleMetadata noImdb = meta;
    noImdb.id.imdbId.clear();
    QVERIFY(cache.forRender(query("type=movie&tmdb_id=1004"), false, noImdb, true, now()).determined);
    QCOMPARE(m_fake.requestCount(), 0);

    // The IMDb id from TMDB's metadata is enough; waiting with no tokens greys the art when asked to.
    const QualityOutcome grey = cache.forRender(
        query("type=movie&tmdb_id=1004&wait_for_quality=true&greyscale_no_quality=true"), false, meta, true, now());
    QVERIFY(grey.determined);
    QVERIFY(grey.tokens.isEmpty());
    QVERIFY(grey.greyscale);
    // /p never waits (mayWait=false), so it never greys either.
    QVERIFY(!cache.forRender(query("type=movie&tmdb_id=1004&wait_for_quality=true&greyscale_no_quality=true"), false,
                             meta, false, now()).greyscale);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 1);
}

QTEST_GUILESS_MAIN(tst_QualityCache)
#include "tst_qualitycache.moc"
