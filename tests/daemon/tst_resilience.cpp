// Never hang and upstream resilience end to end (issue 6 point 5, issue 5 point 5): a slow MDBList
// gives a provisional poster within UPSTREAM_DEADLINE_MS and the complete one once the background fetch
// has landed; a hanging title does not hold up another; the TMDB breaker opens, fails fast, probes,
// re-trips and closes (seen in the fake's request counter, /metrics and /stats); an expired composite is
// served while TMDB fails and replaced when it recovers. Timings are generous upper bounds only.
#include <algorithm>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include "core/pipeline/posterpipeline.h"
#include "core/storage/storage.h"
#include "tests/daemon/daemonharness.h"
#include "tests/fakeupstream/fakeupstream.h"

using Marquee::Tests::DaemonHarness;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;
using Marquee::Tests::HttpReply;

namespace {

const QString AccessKey = QStringLiteral("operator-key");
const QByteArray NoStore("no-store, no-cache, must-revalidate");

} // namespace

class tst_Resilience : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void slowRatingsGiveProvisionalThenComplete();
    void hangingTitleDoesNotDelayAnother();
    void breakerOpensProbesReTripsAndCloses();
    void expiredCompositeIsServedWhileTmdbFails();
    void slowTmdbServesStaleAndRefreshesInTheBackground();
    void presetRouteNeverWaitsForRatingsOrReleaseDates();

private:
    Marquee::Config::ServerSettings settings(const QString &name) const;
    void start(const Marquee::Config::ServerSettings &s);
    QString poster(const QString &query) const
    {
        return QStringLiteral("/poster?") + query + QStringLiteral("&access_key=") + AccessKey;
    }
    QByteArray metrics() { return m_harness.get(QStringLiteral("/metrics")).body; }
    QJsonObject stats() { return m_harness.get(QStringLiteral("/stats?access_key=") + AccessKey).json(); }
    void expireComposites(const QString &prefix);
    // Requests for exactly this path (details, not the release dates under it).
    int calls(const QString &path) const
    {
        const auto log = m_fake.requests();
        return int(std::count_if(log.cbegin(), log.cend(), [&path](const auto &r) { return r.path == path; }));
    }

    DaemonHarness m_harness;
    FakeUpstream m_fake;
};

void tst_Resilience::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
}

void tst_Resilience::cleanup()
{
    m_fake.reset();
    m_harness.stop();
}

Marquee::Config::ServerSettings tst_Resilience::settings(const QString &name) const
{
    auto s = m_harness.baseSettings();
    s.libraryDirs = {};
    s.tmdbApiBase = m_fake.tmdbApiBase();
    s.tmdbImageBase = m_fake.tmdbImageBase();
    s.mdblistApiBase = m_fake.mdbListApiBase();
    s.tmdbApiKey = QStringLiteral("test-tmdb-key");
    s.mdblistApiKeys = {QStringLiteral("test-mdblist-key")};
    s.accessKey = AccessKey;
    s.cdnCacheTtl = QStringLiteral("auto");
    s.cacheDir = m_harness.dir() + QStringLiteral("/cache-") + name;  // every test starts cold
    return s;
}

void tst_Resilience::start(const Marquee::Config::ServerSettings &s)
{
    QString error;
    QVERIFY2(m_harness.start(s, &error), qPrintable(error));
}

void tst_Resilience::expireComposites(const QString &prefix)
{
    auto &storage = m_harness.daemon()->storage();
    const auto rows = storage.compositesWithPrefix(prefix);
    QVERIFY(rows && !rows->isEmpty());
    for (auto row : *rows) {
        row.expiresAt = QDateTime::currentSecsSinceEpoch() - 60;
        QVERIFY(storage.putComposite(row));
    }
}

void tst_Resilience::slowRatingsGiveProvisionalThenComplete()
{
    auto s = settings(QStringLiteral("slow-ratings"));
    s.upstreamDeadlineMs = 1500;
    s.upstreamTimeoutMs = 15000;  // the background fetch outlives the 10 s answer
    start(s);
    m_fake.setFault(QStringLiteral("/mdblist"), FakeFault{.latencyMs = 10000});
    const QString path = poster(QStringLiteral("tmdb_id=1001&imdb_id=tt0000001&type=movie"));

    QElapsedTimer timer;
    timer.start();
    const HttpReply first = m_harness.get(path);
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));  // not the 10 s MDBList took
    QCOMPARE(first.header("cache-control"), NoStore);
    QVERIFY(!first.hasHeader("etag"));
    QVERIFY(!first.image().isNull());

    QVERIFY(m_harness.daemon()->pipeline().waitForBackgroundWork(30000));
    QCOMPARE(m_fake.requestCount(QStringLiteral("/mdblist")), 1);  // finished in the background, not refetched

    const HttpReply complete = m_harness.get(path);
    QVERIFY2(complete.status == 200, qPrintable(complete.describe()));
    QVERIFY(complete.hasHeader("etag"));
    QVERIFY(!complete.header("cache-control").contains("no-store"));
    QVERIFY(complete.body != first.body);  // the rating is drawn now
    QCOMPARE(m_fake.requestCount(QStringLiteral("/mdblist")), 1);

    const HttpReply debug = m_harness.get(path + QStringLiteral("&debug=1"));
    QVERIFY2(debug.status == 200, qPrintable(debug.describe()));
    QVERIFY2(debug.json().value(QStringLiteral("score")).isDouble(), debug.body.constData());
}

void tst_Resilience::hangingTitleDoesNotDelayAnother()
{
    auto s = settings(QStringLiteral("hanging-title"));
    s.upstreamDeadlineMs = 6000;
    s.upstreamTimeoutMs = 7000;
    s.upstreamRetries = 0;  // the hung background fetch ends with its socket timeout
    start(s);
    // Title 1002's ratings never come.
    m_fake.setFault(QStringLiteral("/mdblist/imdb/movie/tt0000002"), FakeFault{.hang = true});

    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> slow(network.get(QNetworkRequest(
        m_harness.url(poster(QStringLiteral("tmdb_id=1002&imdb_id=tt0000002&type=movie"))))));
    QTRY_COMPARE(m_fake.requestCount(QStringLiteral("/mdblist/imdb/movie/tt0000002")), 1);

    const HttpReply other = m_harness.get(poster(QStringLiteral("tmdb_id=1001&imdb_id=tt0000001&type=movie")));
    QVERIFY2(other.status == 200, qPrintable(other.describe()));
    QVERIFY(other.hasHeader("etag"));  // complete: its own MDBList call was not queued behind the hang
    QVERIFY2(!slow->isFinished(), "the hanging title should still be waiting for its deadline");

    // The hung one still answers by its deadline, provisional.
    QVERIFY(QTest::qWaitFor([&slow] { return slow->isFinished(); }, 20000));
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(slow->rawHeader("Cache-Control"), NoStore);
}

void tst_Resilience::breakerOpensProbesReTripsAndCloses()
{
    auto s = settings(QStringLiteral("breaker"));
    s.breakerThreshold = 2;
    s.breakerCooldownMs = 2000;
    s.upstreamRetries = 0;
    start(s);
    const QString tmdb = QStringLiteral("/3/movie/1003");
    m_fake.setFault(tmdb, FakeFault{.status = 503});
    const QString path = poster(QStringLiteral("tmdb_id=1003&type=movie"));

    for (int i = 0; i < 2; ++i) {
        const HttpReply failed = m_harness.get(path);
        QVERIFY2(failed.status == 502, qPrintable(failed.describe()));
    }
    QCOMPARE(calls(tmdb), 2);
    QVERIFY(metrics().contains("marquee_upstream_breaker_state{service=\"tmdb\"} 2\n"));
    QCOMPARE(stats().value(QStringLiteral("upstream")).toObject().value(QStringLiteral("tmdb")).toObject()
                 .value(QStringLiteral("state")).toString(),
             QStringLiteral("open"));

    // Open: the poster fails fast without reaching TMDB.
    const HttpReply fast = m_harness.get(path);
    QVERIFY2(fast.status == 502, qPrintable(fast.describe()));
    QCOMPARE(calls(tmdb), 2);

    // After the cool-down one probe reaches TMDB; it fails, so the breaker re-trips.
    QTest::qWait(2100);
    QCOMPARE(m_harness.get(path).status, 502);
    QCOMPARE(calls(tmdb), 3);
    QCOMPARE(m_harness.get(path).status, 502);
    QCOMPARE(calls(tmdb), 3);

    // TMDB recovers: the next probe closes the breaker and the poster renders.
    m_fake.clearFaults();
    QTest::qWait(2100);
    const HttpReply recovered = m_harness.get(path);
    QVERIFY2(recovered.status == 200, qPrintable(recovered.describe()));
    QCOMPARE(calls(tmdb), 4);
    const QByteArray text = metrics();
    QVERIFY(text.contains("marquee_upstream_breaker_state{service=\"tmdb\"} 0\n"));
    QVERIFY(text.contains("marquee_upstream_breaker_trips_total{service=\"tmdb\"} 2\n"));
    QVERIFY(text.contains("marquee_upstream_calls_total{service=\"tmdb\",status=\"circuit_open\"}"));
    QVERIFY(text.contains("marquee_upstream_breaker_state{service=\"mdblist\"} 0\n"));
}

void tst_Resilience::expiredCompositeIsServedWhileTmdbFails()
{
    auto s = settings(QStringLiteral("swr"));
    s.upstreamRetries = 0;  // two failed calls (the request, its refresh) stay below the breaker's five
    start(s);
    const QString path = poster(QStringLiteral("tmdb_id=1004&imdb_id=tt0000005&type=movie"));
    const HttpReply original = m_harness.get(path);
    QVERIFY2(original.status == 200 && original.hasHeader("etag"), qPrintable(original.describe()));

    // The composite expires and the details row is gone; TMDB is failing.
    expireComposites(QStringLiteral("tt0000005:"));
    QVERIFY(m_harness.daemon()->storage().pruneRows(0, QDateTime::currentSecsSinceEpoch() + 1,
                                                    QDateTime::currentSecsSinceEpoch()));
    start(s);  // the same cache, without the RAM tier
    m_fake.setFault(QStringLiteral("/3/movie/1004"), FakeFault{.status = 503});

    const HttpReply stale = m_harness.get(path);
    QVERIFY2(stale.status == 200, qPrintable(stale.describe()));
    QCOMPARE(stale.body, original.body);  // the last good poster instead of a 502
    QCOMPARE(stale.header("cache-control"), NoStore);
    QVERIFY(!stale.hasHeader("etag"));
    QCOMPARE(stats().value(QStringLiteral("runtime")).toObject().value(QStringLiteral("stale_served_total")).toInt(), 1);
    QVERIFY(m_harness.daemon()->pipeline().waitForBackgroundWork(30000));  // the refresh failed too

    // TMDB recovers: the poster is rendered and stored again.
    m_fake.clearFaults();
    const HttpReply fresh = m_harness.get(path);
    QVERIFY2(fresh.status == 200, qPrintable(fresh.describe()));
    QVERIFY(fresh.hasHeader("etag"));
    QVERIFY(!fresh.header("cache-control").contains("no-store"));
    const auto rows = m_harness.daemon()->storage().compositesWithPrefix(QStringLiteral("tt0000005:"));
    QVERIFY(rows && rows->size() == 1);
    QVERIFY(rows->first().expiresAt > QDateTime::currentSecsSinceEpoch());
}

void tst_Resilience::slowTmdbServesStaleAndRefreshesInTheBackground()
{
    auto s = settings(QStringLiteral("swr-slow"));
    s.upstreamDeadlineMs = 1000;
    start(s);
    const QString path = poster(QStringLiteral("tmdb_id=1005&imdb_id=tt0000006&type=movie"));
    const HttpReply original = m_harness.get(path);
    QVERIFY2(original.status == 200 && original.hasHeader("etag"), qPrintable(original.describe()));
    expireComposites(QStringLiteral("tt0000006:"));
    QVERIFY(m_harness.daemon()->storage().pruneRows(0, QDateTime::currentSecsSinceEpoch() + 1,
                                                    QDateTime::currentSecsSinceEpoch()));
    start(s);
    m_fake.setFault(QStringLiteral("/3/movie/1005"), FakeFault{.latencyMs = 3000});

    const HttpReply stale = m_harness.get(path);
    QVERIFY2(stale.status == 200, qPrintable(stale.describe()));
    QCOMPARE(stale.body, original.body);
    QCOMPARE(stale.header("cache-control"), NoStore);

    // The slow answer lands in the background; the scheduled refresh stores a fresh composite.
    QVERIFY(m_harness.daemon()->pipeline().waitForBackgroundWork(30000));
    const auto rows = m_harness.daemon()->storage().compositesWithPrefix(QStringLiteral("tt0000006:"));
    QVERIFY(rows && rows->size() == 1);
    QVERIFY(rows->first().expiresAt > QDateTime::currentSecsSinceEpoch());
    const int tmdbCalls = calls(QStringLiteral("/3/movie/1005"));
    const HttpReply fresh = m_harness.get(path);
    QVERIFY2(fresh.status == 200 && fresh.hasHeader("etag"), qPrintable(fresh.describe()));
    QCOMPARE(calls(QStringLiteral("/3/movie/1005")), tmdbCalls);  // a cache hit now
}

void tst_Resilience::presetRouteNeverWaitsForRatingsOrReleaseDates()
{
    // A generous deadline (the harness default): only the moat can make /p quick here.
    start(settings(QStringLiteral("moat")));
    m_fake.setFault(QStringLiteral("/mdblist"), FakeFault{.latencyMs = 10000});
    m_fake.setFault(QStringLiteral("/3/movie/1002/release_dates"), FakeFault{.latencyMs = 10000});
    const QString path = QStringLiteral("/p/ratingbar_notch/movie/1002.jpg");

    QElapsedTimer timer;
    timer.start();
    const HttpReply first = m_harness.get(path);
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(first.header("cache-control"), QByteArray("public, max-age=60"));  // not stored yet

    // Both arrive in the background; then the preset poster is complete and stored.
    QVERIFY(m_harness.daemon()->pipeline().waitForBackgroundWork(30000));
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/movie/1002/release_dates")), 1);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/mdblist")), 1);
    const HttpReply warmed = m_harness.get(path);
    QVERIFY2(warmed.status == 200, qPrintable(warmed.describe()));
    QVERIFY(warmed.hasHeader("etag"));
    QVERIFY2(warmed.header("cache-control") != "public, max-age=60", warmed.header("cache-control").constData());
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/movie/1002/release_dates")), 1);
}

QTEST_MAIN(tst_Resilience)
#include "tst_resilience.moc"
