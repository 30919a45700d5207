// Ratings end to end: MDBList key rotation on 429 (per key, Retry-After, fleet-wide through Redis),
// ?debug=1 explaining each decision, and the MDBList-free inputs (tmdb direct, the IMDb dataset).
#include <QJsonArray>
#include <QTest>

#include "core/sources/imdbdataset.h"
#include "tests/daemon/daemonharness.h"
#include "tests/fakeupstream/fakeimdbdataset.h"
#include "tests/fakeupstream/fakemdblistkeys.h"
#include "tests/fakeupstream/fakeupstream.h"
#include "tests/support/redisserver.h"

using namespace Marquee;
using Marquee::Test::RedisServer;
using Marquee::Tests::DaemonHarness;
using Marquee::Tests::FakeImdbDataset;
using Marquee::Tests::FakeMdbListKeys;
using Marquee::Tests::FakeUpstream;
using Marquee::Tests::HttpReply;

namespace {

const QString KeyOne = QStringLiteral("test-mdblist-key");
const QString KeyTwo = QStringLiteral("second-mdblist-key");

QString poster(qint64 tmdbId, const char *imdbId, const QString &extra = QString())
{
    return QStringLiteral("/poster?tmdb_id=%1&imdb_id=%2%3").arg(tmdbId).arg(QString::fromLatin1(imdbId), extra);
}

QJsonObject source(const QJsonObject &debug, const char *name)
{
    for (const QJsonValue &entry : debug.value(QStringLiteral("rating")).toObject().value(QStringLiteral("sources")).toArray()) {
        if (entry.toObject().value(QStringLiteral("source")).toString() == QLatin1String(name))
            return entry.toObject();
    }
    return {};
}

QJsonObject rating(const QJsonObject &debug)
{
    return debug.value(QStringLiteral("rating")).toObject();
}

} // namespace

class tst_RatingSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void rateLimitedKeyRestsUntilRetryAfterPasses();
    void bothKeysCoolingServesTheProvisionalPosterWithoutCalling();
    void cooldownIsFleetWideThroughRedis();
    void debugExplainsTheDecisions();
    void debugScoreReasons_data();
    void debugScoreReasons();
    void debugOnPresetRoute();
    void debugFollowsTheAccessRules();
    void imdbRatingSourceReadsTheDataset();

private:
    Config::ServerSettings settings() const;
    HttpReply debug(DaemonHarness &harness, const QString &path);

    FakeUpstream m_fake;
    std::unique_ptr<DaemonHarness> m_daemon;  // fresh per test: no composite or rating rows carried over
    DaemonHarness &harness() { return *m_daemon; }
};

void tst_RatingSources::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
}

void tst_RatingSources::init()
{
    m_fake.reset();
    FakeMdbListKeys::reset();
    FakeMdbListKeys::addKey(KeyTwo);
    m_daemon = std::make_unique<DaemonHarness>();
}

void tst_RatingSources::cleanupTestCase()
{
    m_daemon.reset();
    FakeMdbListKeys::reset();
}

Config::ServerSettings tst_RatingSources::settings() const
{
    auto s = m_daemon->baseSettings();
    s.libraryDirs = {};
    s.tmdbApiBase = m_fake.tmdbApiBase();
    s.tmdbImageBase = m_fake.tmdbImageBase();
    s.mdblistApiBase = m_fake.mdbListApiBase();
    s.tmdbApiKey = QStringLiteral("test-tmdb-key");
    s.mdblistApiKeys = {KeyOne, KeyTwo};
    return s;
}

HttpReply tst_RatingSources::debug(DaemonHarness &harness, const QString &path)
{
    return harness.get(path + QStringLiteral("&debug=1"));
}

void tst_RatingSources::rateLimitedKeyRestsUntilRetryAfterPasses()
{
    QString error;
    QVERIFY2(harness().start(settings(), &error), qPrintable(error));
    FakeMdbListKeys::rateLimit(KeyOne, 2);

    const HttpReply first = harness().get(poster(1001, "tt0000001"));
    QCOMPARE(first.status, 200);
    QCOMPARE(FakeMdbListKeys::requestCount(KeyOne), 1);  // the 429
    QCOMPARE(FakeMdbListKeys::requestCount(KeyTwo), 1);  // the rescue
    QVERIFY2(!first.header("cache-control").contains("no-store"), first.header("cache-control").constData());

    // While the Retry-After runs, key #1 is not asked at all.
    QCOMPARE(harness().get(poster(1002, "tt0000002")).status, 200);
    QCOMPARE(FakeMdbListKeys::requestCount(KeyOne), 1);
    QCOMPARE(FakeMdbListKeys::requestCount(KeyTwo), 2);

    QTest::qWait(2500);
    QCOMPARE(harness().get(poster(1003, "tt0000004")).status, 200);
    QCOMPARE(FakeMdbListKeys::requestCount(KeyOne), 2);
    QCOMPARE(FakeMdbListKeys::requestCount(KeyTwo), 2);
}

void tst_RatingSources::bothKeysCoolingServesTheProvisionalPosterWithoutCalling()
{
    QString error;
    QVERIFY2(harness().start(settings(), &error), qPrintable(error));
    FakeMdbListKeys::rateLimit(KeyOne, 600);
    FakeMdbListKeys::exhaustQuota(KeyTwo, QDateTime::currentSecsSinceEpoch() + 3600);

    const HttpReply first = harness().get(poster(1001, "tt0000001"));
    QCOMPARE(first.status, 200);
    QVERIFY(!first.image().isNull());
    QVERIFY(first.header("cache-control").contains("no-store"));  // provisional: ratings not final
    QCOMPARE(FakeMdbListKeys::requestCount(KeyOne), 1);
    QCOMPARE(FakeMdbListKeys::requestCount(KeyTwo), 1);

    const HttpReply second = harness().get(poster(1002, "tt0000002"));
    QCOMPARE(second.status, 200);
    QCOMPARE(FakeMdbListKeys::requestCount(KeyOne), 1);
    QCOMPARE(FakeMdbListKeys::requestCount(KeyTwo), 1);

    const QJsonObject explained = debug(harness(), poster(1005, "tt0000006")).json();
    const QJsonArray reasons = explained.value(QStringLiteral("provisional")).toObject().value(QStringLiteral("reasons")).toArray();
    QVERIFY(reasons.contains(QStringLiteral("ratings not final (MDBList failed, is rate limited or was late)")));
    QCOMPARE(FakeMdbListKeys::requestCount(KeyOne) + FakeMdbListKeys::requestCount(KeyTwo), 2);
}

void tst_RatingSources::cooldownIsFleetWideThroughRedis()
{
    RedisServer redis;
    MARQUEE_START_REDIS(redis);
    auto shared = settings();
    shared.redisUrl = redis.url();
    shared.redisKeyPrefix = QStringLiteral("ratings");
    QString error;
    QVERIFY2(harness().start(shared, &error), qPrintable(error));
    DaemonHarness replica;
    auto replicaSettings = shared;
    replicaSettings.dataDir = replica.baseSettings().dataDir;
    replicaSettings.cacheDir = replica.baseSettings().cacheDir;
    QVERIFY2(replica.start(replicaSettings, &error), qPrintable(error));

    FakeMdbListKeys::rateLimit(KeyOne, 60);
    QCOMPARE(harness().get(poster(1001, "tt0000001")).status, 200);
    QCOMPARE(FakeMdbListKeys::requestCount(KeyOne), 1);
    QCOMPARE(FakeMdbListKeys::requestCount(KeyTwo), 1);

    // The replica never saw the 429, yet it leaves key #1 alone.
    QCOMPARE(replica.get(poster(1002, "tt0000002")).status, 200);
    QCOMPARE(FakeMdbListKeys::requestCount(KeyOne), 1);
    QCOMPARE(FakeMdbListKeys::requestCount(KeyTwo), 2);
    replica.stop();
}

void tst_RatingSources::debugExplainsTheDecisions()
{
    auto s = settings();
    s.accessKey = QStringLiteral("operator-key");
    QString error;
    QVERIFY2(harness().start(s, &error), qPrintable(error));
    const QString path = poster(1001, "tt0000001", QStringLiteral("&access_key=operator-key"));

    const HttpReply reply = debug(harness(), path);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.header("content-type").startsWith("application/json"), qPrintable(reply.describe()));
    QVERIFY(reply.header("cache-control").contains("no-store"));
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("canonical_id")).toString(), QStringLiteral("tt0000001"));
    QCOMPARE(json.value(QStringLiteral("tmdb_id")).toInteger(), 1001);
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("movie"));
    QCOMPARE(json.value(QStringLiteral("rating_provider")).toString(), QStringLiteral("imdb"));
    // Server weights letterboxd .8 (4.1/5 → 82) and tomatoes .2 (92): 84.
    QCOMPARE(json.value(QStringLiteral("score")).toInt(), 84);
    QCOMPARE(rating(json).value(QStringLiteral("basis")).toString(), QStringLiteral("weighted"));
    QCOMPARE(rating(json).value(QStringLiteral("weight_set")).toString(), QStringLiteral("movie_weights"));
    QCOMPARE(source(json, "letterboxd").value(QStringLiteral("normalised")).toDouble(), 82.0);
    QCOMPARE(source(json, "letterboxd").value(QStringLiteral("votes")).toInt(), 120000);
    QCOMPARE(source(json, "tomatoes").value(QStringLiteral("weight")).toDouble(), 0.2);
    QVERIFY(rating(json).value(QStringLiteral("final")).toBool());

    const QJsonObject art = json.value(QStringLiteral("art")).toObject();
    QCOMPARE(art.value(QStringLiteral("kind")).toString(), QStringLiteral("textless_poster"));
    QCOMPARE(art.value(QStringLiteral("file_path")).toString(), QStringLiteral("/poster-1001-null.jpg"));
    const QJsonObject logo = json.value(QStringLiteral("logo")).toObject().value(QStringLiteral("chosen")).toObject();
    QCOMPARE(logo.value(QStringLiteral("file_path")).toString(), QStringLiteral("/logo-1001-en.png"));
    QCOMPARE(logo.value(QStringLiteral("language")).toString(), QStringLiteral("en"));

    const QJsonObject sash = json.value(QStringLiteral("sash_decision")).toObject();
    const QJsonArray candidates = sash.value(QStringLiteral("candidates")).toArray();
    QVERIFY(!candidates.isEmpty());
    QCOMPARE(sash.value(QStringLiteral("winner")).toObject(), candidates.first().toObject());
    QCOMPARE(json.value(QStringLiteral("sash")).toObject().value(QStringLiteral("label")),
             candidates.first().toObject().value(QStringLiteral("label")));
    QVERIFY(json.value(QStringLiteral("quality_tokens")).isArray());
    QVERIFY(!json.value(QStringLiteral("provisional")).toObject().value(QStringLiteral("provisional")).toBool());

    // Cache: a miss before the poster was rendered, a hit after, under the same composite key.
    const QJsonObject cacheBefore = json.value(QStringLiteral("cache")).toObject();
    QVERIFY(!cacheBefore.value(QStringLiteral("hit")).toBool());
    QVERIFY(!cacheBefore.value(QStringLiteral("composite_key")).toString().isEmpty());
    QCOMPARE(harness().get(path).status, 200);
    const QJsonObject cacheAfter = debug(harness(), path).json().value(QStringLiteral("cache")).toObject();
    QVERIFY(cacheAfter.value(QStringLiteral("hit")).toBool());
    QCOMPARE(cacheAfter.value(QStringLiteral("composite_key")), cacheBefore.value(QStringLiteral("composite_key")));
    // Keys never appear in the diagnostics.
    QVERIFY(!reply.body.contains(KeyOne.toUtf8()));
    QVERIFY(!reply.body.contains("test-tmdb-key"));
}

void tst_RatingSources::debugScoreReasons_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariant>("score");
    QTest::addColumn<QString>("basis");
    QTest::addColumn<QString>("check");  // "source:skipped reason" or "inputs.tmdb:note"

    QTest::newRow("letterboxd below min votes: tomatoes alone") << poster(1003, "tt0000004") << QVariant(40)
                                                                << "weighted" << "letterboxd:below min votes";
    QTest::newRow("nothing weighted, fallback_to_imdb")
        << poster(1003, "tt0000004", QStringLiteral("&movie_weights=letterboxd:1&fallback_to_imdb=true"))
        << QVariant(55) << "fallback_to_imdb" << "letterboxd:below min votes";
    QTest::newRow("nothing weighted, no fallback: N/A")
        << poster(1003, "tt0000004", QStringLiteral("&movie_weights=letterboxd:1")) << QVariant(QStringLiteral("N/A"))
        << "none" << "letterboxd:below min votes";
    QTest::newRow("tmdb from MDBList: none for this title")
        << poster(1002, "tt0000002", QStringLiteral("&movie_weights=tmdb:1")) << QVariant(QStringLiteral("N/A"))
        << "none" << "tmdb:no value";
    QTest::newRow("tmdb direct: vote_average 6.9")
        << poster(1002, "tt0000002", QStringLiteral("&movie_weights=tmdb:1&tmdb_rating_source=direct")) << QVariant(69)
        << "weighted" << "inputs.tmdb:direct";
}

void tst_RatingSources::debugScoreReasons()
{
    QFETCH(QString, path);
    QFETCH(QVariant, score);
    QFETCH(QString, basis);
    QFETCH(QString, check);
    QString error;
    QVERIFY2(harness().start(settings(), &error), qPrintable(error));
    const QJsonObject json = debug(harness(), path).json();
    QCOMPARE(json.value(QStringLiteral("score")).toVariant().toString(), score.toString());
    QCOMPARE(rating(json).value(QStringLiteral("basis")).toString(), basis);
    const QString what = check.section(QLatin1Char(':'), 0, 0);
    const QString expected = check.section(QLatin1Char(':'), 1);
    if (what == QLatin1String("inputs.tmdb"))
        QCOMPARE(rating(json).value(QStringLiteral("inputs")).toObject().value(QStringLiteral("tmdb")).toString(), expected);
    else
        QCOMPARE(source(json, qPrintable(what)).value(QStringLiteral("skipped")).toString(), expected);
}

void tst_RatingSources::debugOnPresetRoute()
{
    QString error;
    QVERIFY2(harness().start(settings(), &error), qPrintable(error));
    const HttpReply reply = harness().get(QStringLiteral("/p/bar_notch/movie/tt0000001.jpg?debug=1"));
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.header("content-type").startsWith("application/json"), qPrintable(reply.describe()));
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("canonical_id")).toString(), QStringLiteral("tt0000001"));
    QVERIFY(json.value(QStringLiteral("mapped_from_imdb")).toBool());
    QVERIFY(json.contains(QStringLiteral("sash_decision")));
}

void tst_RatingSources::debugFollowsTheAccessRules()
{
    auto s = settings();
    s.accessKey = QStringLiteral("operator-key");
    QString error;
    QVERIFY2(harness().start(s, &error), qPrintable(error));
    const HttpReply denied = debug(harness(), poster(1001, "tt0000001"));
    QCOMPARE(denied.status, 403);
    QVERIFY(!denied.body.contains("canonical_id"));
}

void tst_RatingSources::imdbRatingSourceReadsTheDataset()
{
    auto s = settings();
    s.imdbDatasetEnabled = true;
    s.imdbDatasetUrl = m_fake.baseUrl() + QStringLiteral("/imdb/title.ratings.tsv.gz");
    QString error;
    QVERIFY2(harness().start(s, &error), qPrintable(error));
    // The refresh job starts with the daemon; the dataset file sits in the cache dir.
    Sources::ImdbDataset probe(s.effectiveCacheDir() + QStringLiteral("/imdb_ratings.db"), 10);
    QTRY_VERIFY_WITH_TIMEOUT(probe.ready(), 20000);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/imdb/")), 1);

    const QString weights = QStringLiteral("&movie_weights=imdb:1");
    const QJsonObject fromMdbList = debug(harness(), poster(1001, "tt0000001", weights)).json();
    QCOMPARE(fromMdbList.value(QStringLiteral("score")).toInt(), 79);  // MDBList's 7.9
    const QJsonObject fromDataset =
        debug(harness(), poster(1001, "tt0000001", weights + QStringLiteral("&imdb_rating_source=dataset"))).json();
    QCOMPARE(fromDataset.value(QStringLiteral("score")).toInt(),
             qRound(FakeImdbDataset::rating(QStringLiteral("tt0000001")) * 10));
    QCOMPARE(rating(fromDataset).value(QStringLiteral("inputs")).toObject().value(QStringLiteral("imdb")).toString(),
             QStringLiteral("dataset"));
    QCOMPARE(fromDataset.value(QStringLiteral("imdb_rating_source")).toString(), QStringLiteral("dataset"));

    // The poster itself is drawn (and cached) with the dataset's value.
    const HttpReply image = harness().get(poster(1001, "tt0000001", weights + QStringLiteral("&imdb_rating_source=dataset")));
    QCOMPARE(image.status, 200);
    QVERIFY(!image.image().isNull());
}

QTEST_MAIN(tst_RatingSources)
#include "tst_ratingsources.moc"
