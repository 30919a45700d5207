#include <thread>
#include <vector>

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "core/blob/localdiskblobstore.h"
#include "core/net/httpclient.h"
#include "core/pipeline/posterpipeline.h"
#include "core/render/fontbook.h"
#include "core/render/posterrenderer.h"
#include "core/sources/locallibrary.h"
#include "core/sources/mdblistsource.h"
#include "core/sources/tmdbsource.h"
#include "core/storage/sqlitestorage.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using namespace Marquee::Pipeline;
using Tests::FakeFault;

namespace {

const QString kLocalImdb = QStringLiteral("tt7777777");

QImage decode(const QByteArray &bytes, QByteArray *format = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    if (format)
        *format = reader.format();
    return reader.read();
}

PosterRequest posterRequest(const QString &query, ImageFormat format = ImageFormat::Jpeg)
{
    auto parsed = Config::parsePosterQuery(QUrlQuery(query));
    if (!parsed)
        qFatal("bad test query %s: %s", qPrintable(query), qPrintable(parsed.error().message));
    return PosterRequest{*parsed, format, false};
}

PosterRequest presetRequest(MediaType type, const QString &imdbId, qint64 tmdbId = 0)
{
    PosterRequest request;
    request.query.title = TitleId{type, imdbId, tmdbId};
    request.presetRoute = true;
    return request;
}

// A one-title Kodi library: movie.nfo, poster.jpg, clearlogo.png.
void writeLocalTitle(const QString &root)
{
    const QString folder = root + QStringLiteral("/Movies/Harbour Lights (2020)");
    QVERIFY(QDir().mkpath(folder));
    QFile nfo(folder + QStringLiteral("/movie.nfo"));
    QVERIFY(nfo.open(QIODevice::WriteOnly));
    nfo.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<movie><title>Harbour Lights</title>"
              "<year>2020</year><premiered>2020-05-01</premiered><genre>Drama</genre>"
              "<tag>cult-classic</tag><uniqueid type=\"imdb\" default=\"true\">tt7777777</uniqueid>"
              "<ratings><rating name=\"letterboxd\" max=\"5\"><value>4.0</value><votes>900</votes></rating>"
              "<rating name=\"imdb\" max=\"10\"><value>7.5</value><votes>5000</votes></rating></ratings>"
              "</movie>\n");
    nfo.close();
    QImage poster(600, 900, QImage::Format_RGB32);
    poster.fill(QColor(40, 90, 140));
    QVERIFY(poster.save(folder + QStringLiteral("/poster.jpg"), "JPEG", 90));
    QImage logo(400, 120, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter painter(&logo);
    painter.fillRect(QRect(10, 10, 380, 100), Qt::white);
    painter.end();
    QVERIFY(logo.save(folder + QStringLiteral("/clearlogo.png"), "PNG"));
}

} // namespace

class tst_PosterPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tmdbRenderIsA500x750JpegUnder100KB();
    void secondIdenticalRequestIsACacheHit();
    void coldTierServesANewProcessWithoutUpstream();
    void concurrentIdenticalRequestsCoalesce();
    void saturationWithOneSlotAndSlowUpstream();
    void upstreamErrors_data();
    void upstreamErrors();
    void imageNotFoundKeepsMappingDropsMetadata();
    void retiredImdbMappingIsDeleted();
    void missingKeyMessages();
    void imdbOnlyResolvesThroughFindOnce();
    void imdbWithoutTmdbMatchIsNotFound();
    void presetRouteWithoutCachedRatingIsNotPersistedUntilFetched();
    void ratingFailureOnPosterRouteIsProvisional();
    void localLibraryRendersWithoutKeyOrNetwork();
    void qualityOverrideIsOneOff();
    void nocacheNeedsAnAccessKey();
    void disabledCompositeCacheStoresNothing();
    void webpIsItsOwnCompositeAndDecodes();
    void statsReportSlotsAndCache();

private:
    struct Fixture;
    std::unique_ptr<PosterPipeline> makePipeline(const std::function<void(Config::ServerSettings &)> &tune = {});

    Tests::FakeUpstream m_fake;
    std::unique_ptr<Render::FontBook> m_fonts;
    std::unique_ptr<Render::PosterRenderer> m_renderer;
    std::unique_ptr<Net::HttpClient> m_http;
    std::unique_ptr<Sources::TmdbSource> m_tmdb;
    std::unique_ptr<Sources::MdbListSource> m_mdblist;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::SqliteStorage> m_storage;
    std::unique_ptr<Blob::LocalDiskBlobStore> m_blobs;
    std::unique_ptr<Sources::LocalLibrary> m_library;
    Config::ServerSettings m_settings;
};

void tst_PosterPipeline::initTestCase()
{
    QVERIFY(m_fake.startInThread() > 0);
    m_fonts = std::make_unique<Render::FontBook>();
    QVERIFY(m_fonts->isValid());
    m_renderer = std::make_unique<Render::PosterRenderer>(*m_fonts);
    m_http = std::make_unique<Net::HttpClient>(1500);  // short, so the hang case stays quick
    m_tmdb = std::make_unique<Sources::TmdbSource>(*m_http, m_fake.tmdbApiBase(), m_fake.tmdbImageBase());
    m_mdblist = std::make_unique<Sources::MdbListSource>(*m_http, m_fake.mdbListApiBase());
}

void tst_PosterPipeline::init()
{
    m_fake.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeLocalTitle(m_dir->filePath(QStringLiteral("library")));
    m_storage = std::make_unique<Storage::SqliteStorage>(m_dir->filePath(QStringLiteral("cache.db")));
    m_blobs = std::make_unique<Blob::LocalDiskBlobStore>(m_dir->filePath(QStringLiteral("blobs")));
    m_library = std::make_unique<Sources::LocalLibrary>(QStringList{m_dir->filePath(QStringLiteral("library"))});
    QCOMPARE(m_library->titles().size(), 1);

    m_settings = Config::ServerSettings{};
    m_settings.cacheDir = m_dir->filePath(QStringLiteral("cache"));
    m_settings.tmdbApiKey = QStringLiteral("test-tmdb-key");
    m_settings.mdblistApiKeys = {QStringLiteral("test-mdblist-key")};
    m_settings.imageFormat = QStringLiteral("jpeg");
}

void tst_PosterPipeline::cleanup()
{
    m_fake.reset();
    m_library.reset();
    m_blobs.reset();
    m_storage.reset();
    m_dir.reset();
}

std::unique_ptr<PosterPipeline> tst_PosterPipeline::makePipeline(const std::function<void(Config::ServerSettings &)> &tune)
{
    Config::ServerSettings settings = m_settings;
    if (tune)
        tune(settings);
    PipelineServices services;
    services.storage = m_storage.get();
    services.blobs = m_blobs.get();
    services.library = m_library.get();
    services.metadata = m_tmdb.get();
    services.ratings = m_mdblist.get();
    services.renderer = m_renderer.get();
    return std::make_unique<PosterPipeline>(settings, services);
}

void tst_PosterPipeline::tmdbRenderIsA500x750JpegUnder100KB()
{
    auto pipeline = makePipeline();
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    auto result = pipeline->produce(posterRequest(QStringLiteral("tmdb_id=1001&type=movie")));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QVERIFY(!result->cacheHit);
    QVERIFY(!result->provisional);
    QVERIFY(!result->oneOff);
    QVERIFY(result->persisted);
    QCOMPARE(result->mimeType, QByteArrayLiteral("image/jpeg"));
    QByteArray format;
    const QImage image = decode(result->bytes, &format);
    QCOMPARE(format, QByteArrayLiteral("jpeg"));
    QCOMPARE(image.size(), QSize(500, 750));
    QVERIFY2(result->bytes.size() <= 100 * 1024, qPrintable(QString::number(result->bytes.size())));
    QCOMPARE(result->etag.size(), 34);
    QVERIFY(result->compositeKey.startsWith(QLatin1String("tmdb:1001:1001:movie:")));
    // TTL 7 d ± 1 d of jitter.
    QVERIFY(result->expiresAt >= before + m_settings.compositeCacheTtl - m_settings.compositeCacheTtlJitter / 2);
    QVERIFY(result->expiresAt <= before + 5 + m_settings.compositeCacheTtl + m_settings.compositeCacheTtlJitter / 2);

    auto counts = m_storage->tableCounts();
    QCOMPARE(counts->value(QStringLiteral("final_poster_cache")), qint64(1));
    QCOMPARE(counts->value(QStringLiteral("rating_cache")), qint64(1));
    QCOMPARE(counts->value(QStringLiteral("tmdb_metadata_cache")), qint64(1));
    QVERIFY(m_storage->rating(QStringLiteral("tt0000001"))->has_value());  // keyed by the IMDb id TMDB reported
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/movie/1001")), 1);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/mdblist")), 1);
}

void tst_PosterPipeline::secondIdenticalRequestIsACacheHit()
{
    auto pipeline = makePipeline();
    const PosterRequest request = posterRequest(QStringLiteral("tmdb_id=1001&type=movie"));
    QVERIFY(!pipeline->memoryHit(request));
    auto first = pipeline->produce(request);
    QVERIFY(first);
    const int upstream = m_fake.requestCount();
    QVERIFY(upstream > 0);

    auto second = pipeline->produce(request);
    QVERIFY(second);
    QVERIFY(second->cacheHit);
    QVERIFY(second->persisted);
    QCOMPARE(second->bytes, first->bytes);
    QCOMPARE(second->etag, first->etag);
    QCOMPARE(second->expiresAt, first->expiresAt);
    QCOMPARE(m_fake.requestCount(), upstream);

    const auto hit = pipeline->memoryHit(request);
    QVERIFY(hit);
    QVERIFY(hit->cacheHit);
    QCOMPARE(hit->bytes, first->bytes);
    QCOMPARE(hit->compositeKey, first->compositeKey);
    QCOMPARE(pipeline->compositeKey(request), first->compositeKey);
    QCOMPARE(m_fake.requestCount(), upstream);

    // Sending a published default equals omitting it: same composite.
    const auto same = pipeline->memoryHit(posterRequest(QStringLiteral("tmdb_id=1001&type=movie&rating_display_mode=1")));
    QVERIFY(same);
    // A different look is a different composite.
    QVERIFY(!pipeline->memoryHit(posterRequest(QStringLiteral("tmdb_id=1001&type=movie&rating_display_mode=2"))));
}

void tst_PosterPipeline::coldTierServesANewProcessWithoutUpstream()
{
    const PosterRequest request = posterRequest(QStringLiteral("tmdb_id=2001&type=tv"));
    QByteArray bytes;
    {
        auto pipeline = makePipeline();
        auto first = pipeline->produce(request);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        bytes = first->bytes;
    }
    const int upstream = m_fake.requestCount();
    auto restarted = makePipeline();  // empty L1: row → blob
    QVERIFY(!restarted->memoryHit(request));
    auto again = restarted->produce(request);
    QVERIFY(again);
    QVERIFY(again->cacheHit);
    QCOMPARE(again->bytes, bytes);
    QCOMPARE(m_fake.requestCount(), upstream);
    QVERIFY(restarted->memoryHit(request));
}

void tst_PosterPipeline::concurrentIdenticalRequestsCoalesce()
{
    auto pipeline = makePipeline();
    m_fake.setFault(QStringLiteral("/3/movie/1002"), FakeFault{.latencyMs = 400});
    const PosterRequest request = posterRequest(QStringLiteral("tmdb_id=1002&type=movie"));
    std::vector<Result<PosterResult>> results(4, fail(ErrorKind::Internal, QStringLiteral("not run")));
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] { results[i] = pipeline->produce(request); });
    for (std::thread &thread : threads)
        thread.join();
    for (const auto &result : results) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->bytes, results.front()->bytes);
    }
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/movie/1002")), 1);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/mdblist")), 1);
    QCOMPARE(m_storage->tableCounts()->value(QStringLiteral("final_poster_cache")), qint64(1));
}

void tst_PosterPipeline::saturationWithOneSlotAndSlowUpstream()
{
    auto pipeline = makePipeline([](Config::ServerSettings &s) {
        s.renderConcurrency = 1;
        s.renderQueueTimeoutSec = 1;
    });
    m_fake.setFault(QStringLiteral("/3/movie/1001"), FakeFault{.latencyMs = 1400});
    Result<PosterResult> slow = fail(ErrorKind::Internal, QStringLiteral("not run"));
    std::thread holder([&] { slow = pipeline->produce(posterRequest(QStringLiteral("tmdb_id=1001&type=movie"))); });
    QTRY_COMPARE(pipeline->stats().value(QStringLiteral("renders_active")).toInt(), 1);

    auto refused = pipeline->produce(posterRequest(QStringLiteral("tmdb_id=1002&type=movie")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Saturated);
    QCOMPARE(refused.error().message, QStringLiteral("Server saturated — try again shortly"));
    QCOMPARE(refused.error().retryAfterSeconds, 5);
    holder.join();
    QVERIFY(slow);
    QCOMPARE(pipeline->stats().value(QStringLiteral("render_saturated_total")).toInt(), 1);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/movie/1002")), 0);
}

void tst_PosterPipeline::upstreamErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("presetRoute");
    QTest::addColumn<FakeFault>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("upstreamStatus");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown title on /poster") << QStringLiteral("tmdb_id=9999&type=movie") << false << FakeFault{}
                                              << int(ErrorKind::NotFound) << 404
                                              << QStringLiteral("Poster image not found on TMDB");
    QTest::newRow("unknown title on /p") << QStringLiteral("tmdb_id=9999&type=movie") << true << FakeFault{}
                                         << int(ErrorKind::NotFound) << 404 << QStringLiteral("Title not found on TMDB");
    QTest::newRow("503") << QStringLiteral("tmdb_id=1001&type=movie") << false << FakeFault{.status = 503}
                         << int(ErrorKind::UpstreamStatus) << 503 << QString();
    QTest::newRow("timeout") << QStringLiteral("tmdb_id=1001&type=movie") << false << FakeFault{.hang = true}
                             << int(ErrorKind::UpstreamTimeout) << 0 << QString();
}

void tst_PosterPipeline::upstreamErrors()
{
    QFETCH(QString, query);
    QFETCH(bool, presetRoute);
    QFETCH(FakeFault, fault);
    QFETCH(int, kind);
    QFETCH(int, upstreamStatus);
    QFETCH(QString, message);

    m_fake.setFault(QStringLiteral("/3/movie/"), fault);
    auto pipeline = makePipeline();
    PosterRequest request = posterRequest(query);
    request.presetRoute = presetRoute;
    auto result = pipeline->produce(request);
    QVERIFY(!result);
    QCOMPARE(int(result.error().kind), kind);
    QCOMPARE(result.error().upstreamStatus, upstreamStatus);
    if (!message.isEmpty())
        QCOMPARE(result.error().message, message);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!result.error().message.contains(QLatin1String("test-tmdb-key")));
    QCOMPARE(m_storage->tableCounts()->value(QStringLiteral("final_poster_cache")), qint64(0));
    QCOMPARE(pipeline->stats().value(QStringLiteral("renders_active")).toInt(), 0);
}

void tst_PosterPipeline::imageNotFoundKeepsMappingDropsMetadata()
{
    auto pipeline = makePipeline([](Config::ServerSettings &s) { s.posterResolveImdb = true; });
    m_fake.setFault(QStringLiteral("/t/p/w500/poster-1001-null.jpg"), FakeFault{.status = 404});
    auto result = pipeline->produce(posterRequest(QStringLiteral("imdb_id=tt0000001&type=movie")));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::NotFound);
    QCOMPARE(result.error().message, QStringLiteral("Poster image not found on TMDB"));
    QCOMPARE(**m_storage->tmdbIdFor(QStringLiteral("tt0000001"), MediaType::Movie), qint64(1001));
    QCOMPARE(m_storage->tableCounts()->value(QStringLiteral("tmdb_metadata_cache")), qint64(0));
}

void tst_PosterPipeline::retiredImdbMappingIsDeleted()
{
    // The server once resolved tt0000002 to an id TMDB has since retired.
    QVERIFY(m_storage->putTmdbId(QStringLiteral("tt0000002"), MediaType::Movie, 9999));
    auto pipeline = makePipeline();
    auto result = pipeline->produce(presetRequest(MediaType::Movie, QStringLiteral("tt0000002")));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::NotFound);
    QCOMPARE(result.error().message, QStringLiteral("Title not found on TMDB"));
    QVERIFY(!m_storage->tmdbIdFor(QStringLiteral("tt0000002"), MediaType::Movie)->has_value());

    // The next request resolves afresh through /find and works.
    auto healed = pipeline->produce(presetRequest(MediaType::Movie, QStringLiteral("tt0000002")));
    QVERIFY2(healed, qPrintable(healed ? QString() : healed.error().message));
    QCOMPARE(**m_storage->tmdbIdFor(QStringLiteral("tt0000002"), MediaType::Movie), qint64(1002));
}

void tst_PosterPipeline::missingKeyMessages()
{
    auto keyless = makePipeline([](Config::ServerSettings &s) { s.tmdbApiKey.clear(); });
    auto poster = keyless->produce(posterRequest(QStringLiteral("tmdb_id=1001&type=movie")));
    QVERIFY(!poster);
    QCOMPARE(poster.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(poster.error().message,
             QStringLiteral("No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server."));
    QVERIFY(!keyless->memoryHit(posterRequest(QStringLiteral("tmdb_id=1001&type=movie"))));

    auto preset = keyless->produce(presetRequest(MediaType::Movie, QStringLiteral("tt0000001")));
    QVERIFY(!preset);
    QCOMPARE(preset.error().kind, ErrorKind::NotConfigured);
    QCOMPARE(preset.error().message, QStringLiteral("Server TMDB key not configured"));

    // A per-request key is enough on /poster.
    auto withKey = keyless->produce(posterRequest(QStringLiteral("tmdb_id=1001&type=movie&tmdb_key=test-tmdb-key")));
    QVERIFY2(withKey, qPrintable(withKey ? QString() : withKey.error().message));

    auto pipeline = makePipeline();
    auto imdbOnly = pipeline->produce(posterRequest(QStringLiteral("imdb_id=tt0000001&type=movie")));
    QVERIFY(!imdbOnly);
    QCOMPARE(imdbOnly.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(imdbOnly.error().message,
             QStringLiteral("Missing required parameter: tmdb_id. Add tmdb_id={tmdb_id} to the URL."));
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/find")), 0);
}

void tst_PosterPipeline::imdbOnlyResolvesThroughFindOnce()
{
    const PosterRequest request = posterRequest(QStringLiteral("imdb_id=tt0000003&type=tv"));
    {
        auto pipeline = makePipeline([](Config::ServerSettings &s) { s.posterResolveImdb = true; });
        QCOMPARE(pipeline->compositeKey(request), QString());  // unknown until resolved
        auto result = pipeline->produce(request);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QVERIFY(result->compositeKey.startsWith(QLatin1String("tt0000003:2001:tv:")));
        QCOMPARE(pipeline->compositeKey(request), result->compositeKey);  // the resolver remembers
        QVERIFY(pipeline->memoryHit(request));
    }
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/find/tt0000003")), 1);
    QCOMPARE(**m_storage->tmdbIdFor(QStringLiteral("tt0000003"), MediaType::Tv), qint64(2001));

    // A restarted server finds the mapping (and the composite) in storage.
    auto restarted = makePipeline([](Config::ServerSettings &s) { s.posterResolveImdb = true; });
    auto again = restarted->produce(request);
    QVERIFY(again);
    QVERIFY(again->cacheHit);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/find")), 1);
}

void tst_PosterPipeline::imdbWithoutTmdbMatchIsNotFound()
{
    auto pipeline = makePipeline([](Config::ServerSettings &s) { s.posterResolveImdb = true; });
    auto result = pipeline->produce(posterRequest(QStringLiteral("imdb_id=tt9999999&type=movie")));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::NotFound);
    QCOMPARE(result.error().message, QStringLiteral("No TMDB movie found for imdb_id tt9999999"));
    QVERIFY(!m_storage->tmdbIdFor(QStringLiteral("tt9999999"), MediaType::Movie)->has_value());
}

void tst_PosterPipeline::presetRouteWithoutCachedRatingIsNotPersistedUntilFetched()
{
    auto pipeline = makePipeline();
    const PosterRequest request = presetRequest(MediaType::Movie, QStringLiteral("tt0000001"));
    auto first = pipeline->produce(request);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QVERIFY(!first->provisional);
    QVERIFY(!first->persisted);
    QVERIFY(!first->cacheHit);
    QVERIFY(!first->etag.isEmpty());
    QCOMPARE(m_storage->tableCounts()->value(QStringLiteral("final_poster_cache")), qint64(0));

    QVERIFY(pipeline->waitForBackgroundWork(10000));
    QCOMPARE(m_fake.requestCount(QStringLiteral("/mdblist")), 1);  // fetched off the request path
    QVERIFY(m_storage->rating(QStringLiteral("tt0000001"))->has_value());

    auto second = pipeline->produce(request);
    QVERIFY(second);
    QVERIFY(second->persisted);
    QVERIFY(!second->cacheHit);
    QVERIFY(second->bytes != first->bytes);  // now with its score and Oscar sash
    auto third = pipeline->produce(request);
    QVERIFY(third);
    QVERIFY(third->cacheHit);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/mdblist")), 1);

    // /p and the equivalent /poster URL share the composite.
    auto viaPoster = pipeline->memoryHit(posterRequest(QStringLiteral("imdb_id=tt0000001&tmdb_id=1001&type=movie")));
    QVERIFY(viaPoster);
    QCOMPARE(viaPoster->bytes, second->bytes);
}

void tst_PosterPipeline::ratingFailureOnPosterRouteIsProvisional()
{
    auto pipeline = makePipeline();
    m_fake.setFault(QStringLiteral("/mdblist"), FakeFault{.status = 503});
    auto result = pipeline->produce(posterRequest(QStringLiteral("tmdb_id=1005&type=movie")));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QVERIFY(result->provisional);
    QVERIFY(!result->persisted);
    QVERIFY(result->etag.isEmpty());
    QCOMPARE(decode(result->bytes).size(), QSize(500, 750));
    QCOMPARE(m_storage->tableCounts()->value(QStringLiteral("final_poster_cache")), qint64(0));
    QVERIFY(!pipeline->memoryHit(posterRequest(QStringLiteral("tmdb_id=1005&type=movie"))));
}

void tst_PosterPipeline::localLibraryRendersWithoutKeyOrNetwork()
{
    auto pipeline = makePipeline([](Config::ServerSettings &s) {
        s.tmdbApiKey.clear();
        s.mdblistApiKeys.clear();
    });
    const PosterRequest request = posterRequest(QStringLiteral("imdb_id=tt7777777&type=movie"));
    auto result = pipeline->produce(request);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QVERIFY(result->persisted);
    QVERIFY(!result->provisional);
    QCOMPARE(decode(result->bytes).size(), QSize(500, 750));
    QVERIFY(result->bytes.size() <= 100 * 1024);
    QVERIFY(result->compositeKey.startsWith(kLocalImdb + QStringLiteral(":0:movie:")));
    QCOMPARE(m_fake.requestCount(), 0);

    auto again = pipeline->produce(request);
    QVERIFY(again && again->cacheHit);
    QVERIFY(pipeline->memoryHit(request));
    // /p for the same title works without a server key too.
    auto preset = pipeline->produce(presetRequest(MediaType::Movie, kLocalImdb));
    QVERIFY2(preset, qPrintable(preset ? QString() : preset.error().message));
    QVERIFY(preset->persisted);
    QCOMPARE(m_fake.requestCount(), 0);
}

void tst_PosterPipeline::qualityOverrideIsOneOff()
{
    auto pipeline = makePipeline();
    const PosterRequest request = posterRequest(QStringLiteral("tmdb_id=1001&type=movie&quality=4K,REMUX,DV"));
    auto result = pipeline->produce(request);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QVERIFY(result->oneOff);
    QVERIFY(!result->persisted);
    QVERIFY(result->etag.isEmpty());
    QCOMPARE(m_storage->tableCounts()->value(QStringLiteral("final_poster_cache")), qint64(0));
    QVERIFY(!pipeline->memoryHit(request));
    auto again = pipeline->produce(request);
    QVERIFY(again && !again->cacheHit);
}

void tst_PosterPipeline::nocacheNeedsAnAccessKey()
{
    const PosterRequest request = posterRequest(QStringLiteral("tmdb_id=1001&type=movie&nocache=1"));
    auto open = makePipeline();  // no ACCESS_KEY: nocache is ignored
    auto cached = open->produce(request);
    QVERIFY(cached && cached->persisted && !cached->oneOff);
    QVERIFY(open->produce(request)->cacheHit);

    auto guarded = makePipeline([](Config::ServerSettings &s) { s.accessKey = QStringLiteral("operator"); });
    QVERIFY(!guarded->memoryHit(request));
    auto fresh = guarded->produce(request);
    QVERIFY(fresh);
    QVERIFY(fresh->oneOff);
    QVERIFY(!fresh->cacheHit);
    QVERIFY(fresh->etag.isEmpty());
}

void tst_PosterPipeline::disabledCompositeCacheStoresNothing()
{
    auto pipeline = makePipeline([](Config::ServerSettings &s) { s.disableCompositeCache = true; });
    const PosterRequest request = posterRequest(QStringLiteral("tmdb_id=1001&type=movie"));
    auto first = pipeline->produce(request);
    auto second = pipeline->produce(request);
    QVERIFY(first && second);
    QVERIFY(!second->cacheHit);
    QVERIFY(!second->persisted);
    QCOMPARE(m_storage->tableCounts()->value(QStringLiteral("final_poster_cache")), qint64(0));
    QVERIFY(pipeline->stats().value(QStringLiteral("composite_cache_disabled")).toBool());
}

void tst_PosterPipeline::webpIsItsOwnCompositeAndDecodes()
{
    auto pipeline = makePipeline();
    auto jpeg = pipeline->produce(posterRequest(QStringLiteral("tmdb_id=1001&type=movie")));
    auto webp = pipeline->produce(posterRequest(QStringLiteral("tmdb_id=1001&type=movie"), ImageFormat::WebP));
    QVERIFY(jpeg && webp);
    QVERIFY(!webp->cacheHit);
    QVERIFY(webp->compositeKey != jpeg->compositeKey);
    QCOMPARE(webp->mimeType, QByteArrayLiteral("image/webp"));
    QByteArray format;
    QCOMPARE(decode(webp->bytes, &format).size(), QSize(500, 750));
    QCOMPARE(format, QByteArrayLiteral("webp"));
    QCOMPARE(negotiateFormat(QStringLiteral("auto"), "image/avif,image/webp,*/*"), ImageFormat::WebP);
    QCOMPARE(negotiateFormat(QStringLiteral("auto"), "image/jpeg,*/*"), ImageFormat::Jpeg);
    QCOMPARE(negotiateFormat(QStringLiteral("jpeg"), "image/webp"), ImageFormat::Jpeg);
    QCOMPARE(negotiateFormat(QStringLiteral("webp"), ""), ImageFormat::WebP);
    QCOMPARE(mimeType(ImageFormat::Jpeg), QByteArrayLiteral("image/jpeg"));
}

void tst_PosterPipeline::statsReportSlotsAndCache()
{
    auto pipeline = makePipeline([](Config::ServerSettings &s) { s.renderConcurrency = 3; });
    QVERIFY(pipeline->produce(posterRequest(QStringLiteral("tmdb_id=1001&type=movie"))));
    QVERIFY(pipeline->produce(posterRequest(QStringLiteral("tmdb_id=1001&type=movie"))));
    const QJsonObject stats = pipeline->stats();
    QCOMPARE(stats.value(QStringLiteral("render_slots")).toInt(), 3);
    QCOMPARE(stats.value(QStringLiteral("renders_active")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("renders_queued")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("renders_in_flight")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("renders_total")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("composite_l1_entries")).toInt(), 1);
    QVERIFY(stats.value(QStringLiteral("composite_l1_bytes")).toInt() > 1000);
    QCOMPARE(stats.value(QStringLiteral("composite_hits_store")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("composite_misses")).toInt(), 1);
}

QTEST_MAIN(tst_PosterPipeline)
#include "tst_posterpipeline.moc"
