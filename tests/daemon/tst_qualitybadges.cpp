// Quality badge data end to end (reference §2.9, §3.4, §5.3): each crafted title of the fake quality
// sources shows its badge set; a cold title is served provisional (no-store) while its quality is
// fetched in the background and cacheable afterwards; wait_for_quality answers complete at once;
// QualiCache "pending" keeps the poster provisional; a failing source backs off and the poster is
// drawn without badges, never an error. Without a quality source posters are final at once.
#include <QTest>

#include <QDir>
#include <QMutex>
#include <QRegularExpression>
#include <QUrlQuery>

#include <functional>

#include "core/config/posterquery.h"
#include "core/coordination/coordinator.h"
#include "core/pipeline/posterpipeline.h"
#include "tests/daemon/daemonharness.h"
#include "tests/fakeupstream/fakequalityroutes.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using Marquee::Tests::DaemonHarness;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;
using Marquee::Tests::HttpReply;

namespace {

const QString AccessKey = QStringLiteral("operator-key");
const QByteArray NoStore = QByteArrayLiteral("no-store, no-cache, must-revalidate");

QStringList tokens(const char *csv)
{
    return QString::fromLatin1(csv).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// Log lines captured while a test runs (the daemon lives in this process).
QMutex logMutex;
QStringList capturedLog;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker locker(&logMutex);
    capturedLog.append(message);
}

} // namespace

class tst_QualityBadges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void badgeSetOfEachCraftedTitle_data();
    void badgeSetOfEachCraftedTitle();
    void firstRequestProvisionalThenComplete();
    void waitForQualityAnswersCompleteAtOnce();
    void concurrentRequestsFetchOnce();
    void pendingKeepsTheposterProvisional();
    void failingSourceBacksOffAndDrawsNoBadges();
    void scraperAndQualiCacheSources_data();
    void scraperAndQualiCacheSources();
    void withoutQualitySourcePostersAreFinal();

private:
    using Configure = std::function<void(Config::ServerSettings &)>;
    bool start(const Configure &configure = {});
    Result<Pipeline::PosterResult> produce(const QString &query);
    HttpReply get(const QString &query);
    void keep(const QString &name, const QByteArray &bytes) const;

    FakeUpstream m_fake;
    std::unique_ptr<DaemonHarness> m_harness;
};

void tst_QualityBadges::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
}

void tst_QualityBadges::cleanup()
{
    m_harness.reset();
    m_fake.reset();
}

bool tst_QualityBadges::start(const Configure &configure)
{
    // A fresh harness (own temp dir) per test: every test starts with cold caches.
    m_harness = std::make_unique<DaemonHarness>();
    auto settings = m_harness->baseSettings();
    settings.libraryDirs = {};
    settings.tmdbApiBase = m_fake.tmdbApiBase();
    settings.tmdbImageBase = m_fake.tmdbImageBase();
    settings.mdblistApiBase = m_fake.mdbListApiBase();
    settings.tmdbApiKey = QStringLiteral("test-tmdb-key");
    settings.mdblistApiKeys = {QStringLiteral("test-mdblist-key")};
    settings.accessKey = AccessKey;
    settings.cdnCacheTtl = QStringLiteral("auto");
    settings.qualitySource = QStringLiteral("aiostreams");
    settings.aiostreamsUrl = m_fake.baseUrl() + QStringLiteral("/aiostreams");
    settings.aiostreamsAuth = Tests::fakeAioStreamsAuth();
    if (configure)
        configure(settings);
    QString error;
    if (!m_harness->start(settings, &error)) {
        qWarning() << "daemon did not start:" << error;
        return false;
    }
    return true;
}

Result<Pipeline::PosterResult> tst_QualityBadges::produce(const QString &queryText)
{
    auto parsed = Config::parsePosterQuery(QUrlQuery(queryText));
    if (!parsed)
        return fail(parsed.error());
    Pipeline::PosterRequest request;
    request.query = *parsed;
    return m_harness->daemon()->pipeline().produce(request);
}

HttpReply tst_QualityBadges::get(const QString &query)
{
    return m_harness->get(QStringLiteral("/poster?") + query + QStringLiteral("&access_key=") + AccessKey);
}

void tst_QualityBadges::keep(const QString &name, const QByteArray &bytes) const
{
    // MARQUEE_QUALITY_PNG_DIR=/some/dir keeps the posters for a look.
    const QString dir = qEnvironmentVariable("MARQUEE_QUALITY_PNG_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QImage::fromData(bytes).save(dir + QLatin1Char('/') + QString(name).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9+-]+")), QStringLiteral("_"))
                                 + QStringLiteral(".png"));
}

void tst_QualityBadges::badgeSetOfEachCraftedTitle_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("4K REMUX DV ATMOS, badge row") << "tmdb_id=1001&type=movie&badge_display_mode=2"
                                                  << tokens("4K,REMUX,DV,ATMOS");
    QTest::newRow("4K REMUX DV ATMOS, notch") << "tmdb_id=1001&type=movie" << tokens("4K,REMUX,DV,ATMOS");
    QTest::newRow("1080P REMUX HDR10, combined") << "tmdb_id=1002&type=movie&badge_display_mode=5"
                                                 << tokens("1080P,REMUX,HDR10");
    QTest::newRow("1080P WEBDL, bookmark") << "tmdb_id=1003&type=movie&badge_display_mode=6&badge_height=40"
                                          << tokens("1080P,WEBDL");
    QTest::newRow("series 4K WEBDL HDR10+ DTSX, badge row") << "tmdb_id=2001&type=tv&badge_display_mode=2"
                                                           << tokens("4K,WEBDL,HDR10+,DTSX");
    QTest::newRow("authoritative empty") << "tmdb_id=1004&type=movie&badge_display_mode=2" << QStringList();
}

void tst_QualityBadges::badgeSetOfEachCraftedTitle()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QVERIFY(start());
    const QString waited = query + QStringLiteral("&wait_for_quality=true");
    const auto rendered = produce(waited);
    QVERIFY2(rendered, qPrintable(rendered ? QString() : rendered.error().message));
    QCOMPARE(rendered->qualityTokens, expected);
    QVERIFY(!rendered->provisional);
    QVERIFY(rendered->persisted);
    keep(QString::fromLatin1(QTest::currentDataTag()), rendered->bytes);

    // The same pixels as a one-off render told those tokens (quality=), and other pixels than one
    // without badges — so the tokens really are what got drawn.
    if (!expected.isEmpty()) {
        const auto told = produce(waited + QStringLiteral("&quality=") + expected.join(QLatin1Char(',')));
        QVERIFY(told);
        QCOMPARE(QImage::fromData(told->bytes), QImage::fromData(rendered->bytes));
        const auto bare = produce(waited + QStringLiteral("&badge_display_mode=0"));
        QVERIFY(bare);
        QVERIFY(QImage::fromData(bare->bytes) != QImage::fromData(rendered->bytes));
    }

    // The route serves that very composite, cacheable.
    const HttpReply reply = get(waited);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.body, rendered->bytes);
    QVERIFY(reply.header("cache-control") != NoStore);
    QVERIFY(reply.hasHeader("etag"));
}

void tst_QualityBadges::firstRequestProvisionalThenComplete()
{
    QVERIFY(start());
    const QString query = QStringLiteral("tmdb_id=1002&type=movie&badge_display_mode=2");
    const HttpReply first = get(query);
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    QCOMPARE(first.header("cache-control"), NoStore);
    QVERIFY(!first.hasHeader("etag"));

    QVERIFY(m_harness->daemon()->pipeline().waitForBackgroundWork(20000));
    const HttpReply second = get(query);
    QVERIFY2(second.status == 200, qPrintable(second.describe()));
    QVERIFY(second.header("cache-control") != NoStore);
    QVERIFY(second.hasHeader("etag"));
    QVERIFY(second.body != first.body);  // now with its badges
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 1);

    // And it is the stored composite from now on.
    const HttpReply third = get(query);
    QCOMPARE(third.body, second.body);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 1);
    keep(QStringLiteral("provisional"), first.body);
    keep(QStringLiteral("complete"), second.body);
}

void tst_QualityBadges::waitForQualityAnswersCompleteAtOnce()
{
    QVERIFY(start());
    const HttpReply reply = get(QStringLiteral("tmdb_id=1001&type=movie&badge_display_mode=5&wait_for_quality=true"));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QVERIFY(reply.header("cache-control") != NoStore);
    QVERIFY(reply.hasHeader("etag"));
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 1);
}

void tst_QualityBadges::concurrentRequestsFetchOnce()
{
    QVERIFY(start());
    m_fake.setFault(QStringLiteral("/aiostreams/"), FakeFault{.latencyMs = 500});
    // Different render params (so no render coalescing), one title: one quality fetch.
    for (int mode : {2, 4, 5, 6}) {
        const HttpReply reply = get(QStringLiteral("tmdb_id=1003&type=movie&badge_display_mode=%1").arg(mode));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("cache-control"), NoStore);
    }
    QVERIFY(m_harness->daemon()->pipeline().waitForBackgroundWork(20000));
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 1);
    const auto rendered = produce(QStringLiteral("tmdb_id=1003&type=movie&badge_display_mode=4"));
    QVERIFY(rendered);
    QCOMPARE(rendered->qualityTokens, tokens("1080P,WEBDL"));
    QVERIFY(!rendered->provisional);
}

void tst_QualityBadges::pendingKeepsTheposterProvisional()
{
    QVERIFY(start([this](Config::ServerSettings &settings) {
        settings.qualitySource = QStringLiteral("qualicache");
        settings.qualicacheUrl = m_fake.baseUrl() + QStringLiteral("/qualicache");
        settings.qualicacheApiKey = Tests::fakeQualiCacheKey();
    }));
    const QString query = QStringLiteral("tmdb_id=1005&type=movie");   // tt0000006: QualiCache "pending"
    for (const QString &extra : {QString(), QStringLiteral("&wait_for_quality=true")}) {
        const HttpReply reply = get(query + extra);
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        QCOMPARE(reply.header("cache-control"), NoStore);
        QVERIFY(m_harness->daemon()->pipeline().waitForBackgroundWork(20000));
    }
    const HttpReply later = get(query);
    QCOMPARE(later.header("cache-control"), NoStore);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/qualicache/")), 3);  // asked each time, never backed off
}

void tst_QualityBadges::failingSourceBacksOffAndDrawsNoBadges()
{
    QVERIFY(start());
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    m_fake.setFault(QStringLiteral("/aiostreams/"), FakeFault{.status = 503});
    const QString query = QStringLiteral("tmdb_id=1001&type=movie&badge_display_mode=2&wait_for_quality=true");
    const auto failed = produce(query);
    QVERIFY2(failed, qPrintable(failed ? QString() : failed.error().message));
    QVERIFY(failed->provisional);
    QVERIFY(!failed->persisted);
    QVERIFY(failed->qualityTokens.isEmpty());
    // Drawn exactly like a poster without badges.
    const auto bare = produce(query + QStringLiteral("&quality=&badge_display_mode=0"));
    QVERIFY(bare);
    QCOMPARE(QImage::fromData(failed->bytes), QImage::fromData(bare->bytes));

    // Backed off: the route answers at once, provisional, without asking the source again.
    m_fake.clearFaults();
    const HttpReply reply = get(query);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.header("cache-control"), NoStore);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 1);
    QVERIFY(m_harness->daemon()->coordinator().hasFlag(QStringLiteral("quality-backoff"), QStringLiteral("source")));
    qInstallMessageHandler(previous);

    // The failure was logged, without the credentials.
    QMutexLocker locker(&logMutex);
    QVERIFY2(capturedLog.join(QLatin1Char('\n')).contains(QStringLiteral("AIOStreams error 503")),
             qPrintable(capturedLog.join(QLatin1Char('\n'))));
    for (const QString &line : std::as_const(capturedLog))
        QVERIFY2(!line.contains(Tests::fakeAioStreamsAuth()), qPrintable(line));
}

void tst_QualityBadges::scraperAndQualiCacheSources_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("scraper, movie") << "scraper" << "tmdb_id=1001&type=movie" << tokens("4K,REMUX,DV,ATMOS");
    QTest::newRow("scraper, series episode fallback") << "scraper" << "tmdb_id=2001&type=tv&season=2&episode=3"
                                                      << tokens("4K,WEBDL,HDR10+,DTSX");
    QTest::newRow("qualicache, WEBRIP folded") << "qualicache" << "tmdb_id=1003&type=movie" << tokens("1080P,WEBDL");
    QTest::newRow("qualicache, empty") << "qualicache" << "tmdb_id=1004&type=movie" << QStringList();
}

void tst_QualityBadges::scraperAndQualiCacheSources()
{
    QFETCH(QString, source);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QVERIFY(start([&](Config::ServerSettings &settings) {
        settings.qualitySource = source;
        settings.scraperUrl = m_fake.baseUrl() + QStringLiteral("/scraper/debrid=SECRET/manifest.json");
        settings.qualicacheUrl = m_fake.baseUrl() + QStringLiteral("/qualicache/v1");
        settings.qualicacheApiKey = Tests::fakeQualiCacheKey();
    }));
    const auto rendered = produce(query + QStringLiteral("&wait_for_quality=true&badge_display_mode=2"));
    QVERIFY2(rendered, qPrintable(rendered ? QString() : rendered.error().message));
    QCOMPARE(rendered->qualityTokens, expected);
    QVERIFY(!rendered->provisional);
    QVERIFY(rendered->persisted);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 0);
}

void tst_QualityBadges::withoutQualitySourcePostersAreFinal()
{
    QVERIFY(start([](Config::ServerSettings &settings) { settings.aiostreamsUrl.clear(); }));
    const HttpReply reply = get(QStringLiteral("tmdb_id=1001&type=movie"));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QVERIFY(reply.header("cache-control") != NoStore);
    QVERIFY(reply.hasHeader("etag"));
    QCOMPARE(m_fake.requestCount(QStringLiteral("/aiostreams/")), 0);
}

QTEST_MAIN(tst_QualityBadges)
#include "tst_qualitybadges.moc"
