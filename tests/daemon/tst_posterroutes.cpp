// GET /poster and GET /p/{preset}/{type}/{id}.jpg end to end: the local library with no key, the fake
// upstream with keys, the caches (second request costs no upstream call, If-None-Match → 304), format
// negotiation and every shape.
#include <QTest>

#include "daemon/http/accesslog.h"
#include "tests/daemon/daemonharness.h"
#include "tests/fakeupstream/fakeupstream.h"

using Marquee::Tests::DaemonHarness;
using Marquee::Tests::FakeUpstream;
using Marquee::Tests::HttpReply;

namespace {

const QString LocalImdb = QStringLiteral("tt99999902");
const QString AccessKey = QStringLiteral("operator-key");
const QSize Portrait(500, 750);
const QSize Landscape(1000, 563);

} // namespace

class tst_PosterRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void localLibraryPresetWithoutKey_data();
    void localLibraryPresetWithoutKey();
    void posterFromUpstreamIsCached();
    void presetFromUpstreamIsCached();
    void ifNoneMatchGives304_data();
    void ifNoneMatchGives304();
    void nocacheNeedsAccessKey_data();
    void nocacheNeedsAccessKey();
    void formatNegotiation_data();
    void formatNegotiation();
    void shapes_data();
    void shapes();
    void presetAndPosterShareTheComposite();
    void unknownPathIsJson404_data();
    void unknownPathIsJson404();
    void otherMethodsAre405_data();
    void otherMethodsAre405();
    void keysNeverReachTheLog();

private:
    Marquee::Config::ServerSettings upstreamSettings() const;
    void startUpstreamDaemon(const QString &imageFormat = QStringLiteral("jpeg"));
    QString poster(const QString &query) const;

    DaemonHarness m_harness;
    FakeUpstream m_fake;
    QString m_library;
    int m_daemonCount = 0;
};

void tst_PosterRoutes::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
    m_library = m_harness.writeLocalTitle(LocalImdb, QStringLiteral("Quiet Orchard"), 2012);
}

void tst_PosterRoutes::cleanup()
{
    m_fake.reset();
}

Marquee::Config::ServerSettings tst_PosterRoutes::upstreamSettings() const
{
    auto settings = m_harness.baseSettings();
    settings.libraryDirs = {};
    settings.tmdbApiBase = m_fake.tmdbApiBase();
    settings.tmdbImageBase = m_fake.tmdbImageBase();
    settings.mdblistApiBase = m_fake.mdbListApiBase();
    settings.tmdbApiKey = QStringLiteral("test-tmdb-key");
    settings.mdblistApiKeys = {QStringLiteral("test-mdblist-key")};
    settings.presetEnabled = true;
    settings.accessKey = AccessKey;
    settings.cdnCacheTtl = QStringLiteral("auto");
    return settings;
}

void tst_PosterRoutes::startUpstreamDaemon(const QString &imageFormat)
{
    auto settings = upstreamSettings();
    settings.imageFormat = imageFormat;
    // A fresh cache directory per daemon: every test starts cold.
    settings.cacheDir = m_harness.dir() + QStringLiteral("/cache-") + QString::number(++m_daemonCount);
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
}

QString tst_PosterRoutes::poster(const QString &query) const
{
    return QStringLiteral("/poster?") + query + QStringLiteral("&access_key=") + AccessKey;
}

void tst_PosterRoutes::localLibraryPresetWithoutKey_data()
{
    QTest::addColumn<QString>("imdbId");
    QTest::addColumn<bool>("bundled");
    QTest::newRow("temporary library") << LocalImdb << false;
    QTest::newRow("bundled sample library") << Marquee::Tests::bundledSampleImdbId() << true;
}

void tst_PosterRoutes::localLibraryPresetWithoutKey()
{
    QFETCH(QString, imdbId);
    QFETCH(bool, bundled);
    QVERIFY2(!imdbId.isEmpty(), "the bundled sample library (resources/samples/*/movie.nfo) has no IMDb id");

    auto settings = m_harness.baseSettings();  // no TMDB or MDBList key at all
    settings.presetEnabled = true;
    if (!bundled)
        settings.libraryDirs = {m_library};
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));

    for (const QString &preset : {QStringLiteral("bar_notch"), QStringLiteral("tinted_mini_sash"),
                                  QStringLiteral("clean_notch"), QStringLiteral("mini_sash_oa")}) {
        const HttpReply reply = m_harness.get(QStringLiteral("/p/%1/movie/%2.jpg").arg(preset, imdbId));
        QVERIFY2(reply.status == 200, qPrintable(preset + QStringLiteral(": ") + reply.describe()));
        QCOMPARE(reply.header("content-type"), QByteArray("image/jpeg"));
        QCOMPARE(reply.image().size(), Portrait);
    }
}

void tst_PosterRoutes::posterFromUpstreamIsCached()
{
    startUpstreamDaemon();
    const QString path = poster(QStringLiteral("tmdb_id=1001&imdb_id=tt0000001&type=movie"));
    const HttpReply first = m_harness.get(path);
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    QCOMPARE(first.header("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(first.image().size(), Portrait);
    QVERIFY(m_fake.requestCount(QStringLiteral("/3/movie/1001")) >= 1);
    QVERIFY(m_fake.requestCount(QStringLiteral("/mdblist")) >= 1);
    QVERIFY(first.hasHeader("etag"));
    QVERIFY2(first.header("cache-control").startsWith("public, max-age="), first.header("cache-control").constData());

    const int upstreamCalls = m_fake.requestCount();
    const HttpReply second = m_harness.get(path);
    QVERIFY2(second.status == 200, qPrintable(second.describe()));
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("etag"), first.header("etag"));
    QCOMPARE(m_fake.requestCount(), upstreamCalls);

    // Sending a published default changes nothing: same composite, still no upstream call.
    const HttpReply withDefault = m_harness.get(path + QStringLiteral("&rating_display_mode=1"));
    QVERIFY2(withDefault.status == 200, qPrintable(withDefault.describe()));
    QCOMPARE(withDefault.header("etag"), first.header("etag"));
    QCOMPARE(m_fake.requestCount(), upstreamCalls);

    // After a restart the RAM cache is gone but the composite store still answers.
    auto settings = m_harness.daemon()->settings();
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
    const HttpReply afterRestart = m_harness.get(path);
    QVERIFY2(afterRestart.status == 200, qPrintable(afterRestart.describe()));
    QCOMPARE(afterRestart.body, first.body);
    QCOMPARE(m_fake.requestCount(), upstreamCalls);
}

void tst_PosterRoutes::presetFromUpstreamIsCached()
{
    startUpstreamDaemon();
    const QString path = QStringLiteral("/p/ratingbar_notch/movie/tt0000001.jpg");
    const HttpReply first = m_harness.get(path);
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    QCOMPARE(first.header("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(first.image().size(), Portrait);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/find/tt0000001")), 1);
    // The moat: no rating was cached yet, so the poster is served for a minute and not stored; the
    // rating is fetched in the background instead of in the foreground.
    QCOMPARE(first.header("cache-control"), QByteArray("public, max-age=60"));
    QVERIFY(m_harness.daemon()->pipeline().waitForBackgroundWork(30000));

    // Now everything is known locally: the next request renders without any upstream call and is
    // stored, and the one after that is a cache hit with the same ETag.
    const int upstreamCalls = m_fake.requestCount();
    const HttpReply second = m_harness.get(path);
    QVERIFY2(second.status == 200, qPrintable(second.describe()));
    QCOMPARE(second.image().size(), Portrait);
    QVERIFY(second.hasHeader("etag"));
    QVERIFY2(second.header("cache-control") != "public, max-age=60", second.header("cache-control").constData());
    QVERIFY2(second.header("cache-control").startsWith("public, max-age="), second.header("cache-control").constData());
    const HttpReply third = m_harness.get(path);
    QVERIFY2(third.status == 200, qPrintable(third.describe()));
    QCOMPARE(third.header("etag"), second.header("etag"));
    QCOMPARE(third.body, second.body);
    QCOMPARE(m_fake.requestCount(), upstreamCalls);
}

void tst_PosterRoutes::ifNoneMatchGives304_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("poster") << poster(QStringLiteral("tmdb_id=1002&imdb_id=tt0000002"));
    QTest::newRow("poster landscape") << poster(QStringLiteral("tmdb_id=1002&shape=landscape"));
}

void tst_PosterRoutes::ifNoneMatchGives304()
{
    QFETCH(QString, path);
    startUpstreamDaemon();
    const HttpReply first = m_harness.get(path);
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    const QByteArray etag = first.header("etag");
    QVERIFY(!etag.isEmpty());
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));

    const HttpReply notModified = m_harness.get(path, {{"If-None-Match", etag}});
    QVERIFY2(notModified.status == 304, qPrintable(notModified.describe()));
    QCOMPARE(notModified.header("etag"), etag);
    // Same policy; max-age counts down to the composite's expiry, so a second boundary may pass
    // between the two requests.
    const QByteArray firstPolicy = first.header("cache-control");
    const QByteArray againPolicy = notModified.header("cache-control");
    QCOMPARE(againPolicy.left(againPolicy.indexOf('=') + 1), firstPolicy.left(firstPolicy.indexOf('=') + 1));
    if (firstPolicy.contains("max-age=")) {
        const qint64 firstAge = firstPolicy.mid(firstPolicy.indexOf('=') + 1).toLongLong();
        const qint64 againAge = againPolicy.mid(againPolicy.indexOf('=') + 1).toLongLong();
        QVERIFY2(againAge <= firstAge && firstAge - againAge <= 2, againPolicy.constData());
    } else {
        QCOMPARE(againPolicy, firstPolicy);
    }
    QVERIFY(notModified.body.isEmpty());

    const HttpReply changed = m_harness.get(path, {{"If-None-Match", "\"something-else\""}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.body, first.body);
}

void tst_PosterRoutes::nocacheNeedsAccessKey_data()
{
    QTest::addColumn<bool>("keyConfigured");
    QTest::addColumn<bool>("oneOff");
    QTest::newRow("ACCESS_KEY set: honoured") << true << true;
    QTest::newRow("no ACCESS_KEY: ignored") << false << false;
}

void tst_PosterRoutes::nocacheNeedsAccessKey()
{
    QFETCH(bool, keyConfigured);
    QFETCH(bool, oneOff);
    auto settings = upstreamSettings();
    settings.presetEnabled = false;
    settings.accessKey = keyConfigured ? AccessKey : QString();
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
    const QString path = QStringLiteral("/poster?tmdb_id=1001&nocache=1")
        + (keyConfigured ? QStringLiteral("&access_key=") + AccessKey : QString());
    const HttpReply reply = m_harness.get(path);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    if (oneOff) {
        QVERIFY(!reply.hasHeader("etag"));
        QCOMPARE(reply.header("cache-control"), QByteArray("no-store, no-cache, must-revalidate"));
        QCOMPARE(reply.header("pragma"), QByteArray("no-cache"));
    } else {
        QVERIFY(reply.hasHeader("etag"));
    }
}

void tst_PosterRoutes::formatNegotiation_data()
{
    QTest::addColumn<QString>("imageFormat");
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("vary");
    QTest::newRow("auto + webp accepted") << "auto" << QByteArray("image/avif,image/webp,*/*") << QByteArray("image/webp") << true;
    QTest::newRow("auto + jpeg only") << "auto" << QByteArray("image/jpeg") << QByteArray("image/jpeg") << true;
    QTest::newRow("auto + no Accept") << "auto" << QByteArray() << QByteArray("image/jpeg") << true;
    QTest::newRow("jpeg ignores Accept") << "jpeg" << QByteArray("image/webp") << QByteArray("image/jpeg") << false;
    QTest::newRow("webp always") << "webp" << QByteArray("image/jpeg") << QByteArray("image/webp") << false;
}

void tst_PosterRoutes::formatNegotiation()
{
    QFETCH(QString, imageFormat);
    QFETCH(QByteArray, accept);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, vary);
    startUpstreamDaemon(imageFormat);
    Marquee::Tests::RequestHeaders headers;
    if (!accept.isEmpty())
        headers.append({"Accept", accept});
    for (const QString &path : {poster(QStringLiteral("tmdb_id=1001")), QStringLiteral("/p/bar_sash/movie/1001.jpg")}) {
        // Twice: the cold render and the RAM hit must agree.
        for (int round = 0; round < 2; ++round) {
            const HttpReply reply = m_harness.get(path, headers);
            QVERIFY2(reply.status == 200, qPrintable(path + QStringLiteral(": ") + reply.describe()));
            QCOMPARE(reply.header("content-type"), contentType);
            QCOMPARE(reply.header("vary"), vary ? QByteArray("Accept") : QByteArray());
            QCOMPARE(reply.image().size(), Portrait);
        }
    }
}

void tst_PosterRoutes::shapes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QSize>("size");
    QTest::newRow("/p default") << QStringLiteral("/p/bar_notch/movie/tt0000001.jpg") << Portrait;
    QTest::newRow("/p shape=") << QStringLiteral("/p/bar_notch/movie/tt0000001.jpg?shape=") << Portrait;
    QTest::newRow("/p shape=poster") << QStringLiteral("/p/bar_notch/movie/tt0000001.jpg?shape=poster") << Portrait;
    QTest::newRow("/p shape=portrait") << QStringLiteral("/p/bar_notch/movie/tt0000001.jpg?shape=portrait") << Portrait;
    QTest::newRow("/p shape=square") << QStringLiteral("/p/bar_notch/movie/tt0000001.jpg?shape=square") << Portrait;
    QTest::newRow("/p shape=landscape") << QStringLiteral("/p/bar_notch/movie/tt0000001.jpg?shape=landscape") << Landscape;
    QTest::newRow("/p shape=LANDSCAPE") << QStringLiteral("/p/bar_notch/movie/tt0000001.jpg?shape=LANDSCAPE") << Landscape;
    QTest::newRow("/p tv landscape") << QStringLiteral("/p/clean_sash/tv/2001.jpg?shape=landscape") << Landscape;
    QTest::newRow("/p series portrait") << QStringLiteral("/p/clean_sash/series/tmdb:2001.jpg") << Portrait;
    QTest::newRow("/poster default") << poster(QStringLiteral("tmdb_id=1001")) << Portrait;
    QTest::newRow("/poster shape=poster") << poster(QStringLiteral("tmdb_id=1001&shape=poster")) << Portrait;
    QTest::newRow("/poster shape=landscape") << poster(QStringLiteral("tmdb_id=1001&shape=landscape")) << Landscape;
    QTest::newRow("/poster tv landscape") << poster(QStringLiteral("tmdb_id=2001&type=tv&shape=landscape")) << Landscape;
    QTest::newRow("/poster bad shape falls back") << poster(QStringLiteral("tmdb_id=1001&shape=round")) << Portrait;
}

void tst_PosterRoutes::shapes()
{
    QFETCH(QString, path);
    QFETCH(QSize, size);
    if (!m_harness.daemon() || m_harness.daemon()->settings().tmdbApiKey.isEmpty()
        || m_harness.daemon()->settings().imageFormat != QLatin1String("jpeg"))
        startUpstreamDaemon();
    const HttpReply reply = m_harness.get(path);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.image().size(), size);
}

void tst_PosterRoutes::presetAndPosterShareTheComposite()
{
    // The /p preset and the equivalent /poster URL are one composite (reference §1.3): once /poster
    // has rendered and stored it (with fetched ratings), the preset URL is a pure cache hit.
    startUpstreamDaemon();
    const QString equivalent = QStringLiteral(
        "tmdb_id=1001&primary_client=stremio_tv_nuvio&top_vignette_sash_only=true&fallback_to_imdb=true"
        "&imdb_rating_source=fallback&tmdb_rating_source=fallback&movie_weights=letterboxd:0.99,trakt:0.01"
        "&tv_weights=trakt:0.80,tomatoes:0.20&fallback_bg_style=photoreal&logo_max_h_ratio=0.20"
        "&logo_bottom_anchor=true&badge_display_mode=0&top_gradient=medium&bottom_gradient=medium"
        "&rating_display_mode=4&frost_reference=true&bar_bottom_inset=0.000&logo_bottom_ratio=0.17"
        "&sash_mode=notch&sash_badge_size_w=1.80&sash_badge_size_h=1.20&sash_badge_inset=0.000"
        "&sash_badge_font_ratio=0.46");
    const HttpReply viaPoster = m_harness.get(poster(equivalent));
    QVERIFY2(viaPoster.status == 200, qPrintable(viaPoster.describe()));
    QVERIFY(viaPoster.hasHeader("etag"));

    const int upstreamCalls = m_fake.requestCount();
    const HttpReply viaPreset = m_harness.get(QStringLiteral("/p/bar_notch/movie/1001.jpg"));
    QVERIFY2(viaPreset.status == 200, qPrintable(viaPreset.describe()));
    QCOMPARE(viaPreset.header("etag"), viaPoster.header("etag"));
    QCOMPARE(viaPreset.body, viaPoster.body);
    QCOMPARE(m_fake.requestCount(), upstreamCalls);
    // Persisted composite on /p: the preset TTL capped by the composite's deadline.
    QVERIFY2(viaPreset.header("cache-control").startsWith("public, max-age="), viaPreset.header("cache-control").constData());
    QVERIFY(viaPreset.header("cache-control") != "public, max-age=60");
}

void tst_PosterRoutes::unknownPathIsJson404_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("root file") << QStringLiteral("/nothing-here");
    QTest::newRow("poster subpath") << QStringLiteral("/poster/extra");
    QTest::newRow("p too short") << QStringLiteral("/p/bar_notch/movie");
    QTest::newRow("p too long") << QStringLiteral("/p/bar_notch/movie/tt0000001/x.jpg");
}

void tst_PosterRoutes::unknownPathIsJson404()
{
    QFETCH(QString, path);
    if (!m_harness.daemon())
        startUpstreamDaemon();
    const HttpReply reply = m_harness.get(path);
    QVERIFY2(reply.status == 404, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    QCOMPARE(reply.detail(), QStringLiteral("Not found"));
}

void tst_PosterRoutes::otherMethodsAre405_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::newRow("POST /poster") << QByteArray("POST") << poster(QStringLiteral("tmdb_id=1001"));
    QTest::newRow("DELETE /p") << QByteArray("DELETE") << QStringLiteral("/p/bar_notch/movie/tt0000001.jpg");
    QTest::newRow("PUT /server-caps") << QByteArray("PUT") << QStringLiteral("/server-caps");
    QTest::newRow("POST /ready") << QByteArray("POST") << QStringLiteral("/ready");
}

void tst_PosterRoutes::otherMethodsAre405()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    if (!m_harness.daemon())
        startUpstreamDaemon();
    const HttpReply reply = m_harness.send(verb, path);
    QVERIFY2(reply.status == 405, qPrintable(reply.describe()));
    QCOMPARE(reply.header("allow"), QByteArray("GET"));
    QCOMPARE(reply.detail(), QStringLiteral("Method not allowed"));
}

void tst_PosterRoutes::keysNeverReachTheLog()
{
    QVERIFY(Marquee::Http::AccessLog::loggablePath(QUrl(QStringLiteral(
                "http://h/poster?tmdb_id=1&tmdb_key=SECRET1&mdblist_key=SECRET2&access_key=SECRET3")))
                .indexOf(QLatin1String("SECRET")) < 0);
    const QString longPath = QStringLiteral("/poster?tmdb_id=1&") + QString(200, QLatin1Char('x'));
    const QString logged = Marquee::Http::AccessLog::loggablePath(QUrl(QStringLiteral("http://h") + longPath));
    QCOMPARE(logged.size(), 81);
    QVERIFY(logged.endsWith(QStringLiteral("…")));
}

QTEST_MAIN(tst_PosterRoutes)
#include "tst_posterroutes.moc"
