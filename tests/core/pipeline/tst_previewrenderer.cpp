// PreviewRenderer: the configurator's in-process render of one title with one config, from the local
// library (no key) and from TMDB (fake upstream), with fetched facts and art kept between renders.
#include <QTemporaryDir>
#include <QTest>

#include "core/net/httpclient.h"
#include "core/pipeline/previewrenderer.h"
#include "core/render/fontbook.h"
#include "core/render/posterrenderer.h"
#include "core/sources/locallibrary.h"
#include "core/sources/mdblistsource.h"
#include "core/sources/tmdbsource.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using Config::Param;
using Config::RenderConfig;
using Pipeline::PreviewKeys;
using Pipeline::PreviewRenderer;

class tst_PreviewRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void localTitleNeedsNoKey_data();
    void localTitleNeedsNoKey();
    void configChangeChangesThePoster();
    void unknownTitleWithoutKeyIsNotFound();
    void tmdbTitleRendersWithAKey();
    void factsAndArtAreFetchedOnce();
    void tmdbErrorsPassThrough();

private:
    Tests::FakeUpstream m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Render::FontBook> m_fonts;
    std::unique_ptr<Render::PosterRenderer> m_renderer;
    std::unique_ptr<Net::HttpClient> m_http;
    std::unique_ptr<Sources::TmdbSource> m_tmdb;
    std::unique_ptr<Sources::MdbListSource> m_mdblist;
    std::unique_ptr<Sources::LocalLibrary> m_library;
    std::unique_ptr<PreviewRenderer> m_preview;
    const PreviewKeys m_keys{QStringLiteral("test-tmdb-key"), QStringLiteral("test-mdblist-key")};
};

void tst_PreviewRenderer::initTestCase()
{
    QVERIFY(m_fake.startInThread() > 0);
    m_fonts = std::make_unique<Render::FontBook>();
    m_renderer = std::make_unique<Render::PosterRenderer>(*m_fonts);
    m_http = std::make_unique<Net::HttpClient>(3000);
    m_tmdb = std::make_unique<Sources::TmdbSource>(*m_http, m_fake.tmdbApiBase(), m_fake.tmdbImageBase());
    m_mdblist = std::make_unique<Sources::MdbListSource>(*m_http, m_fake.mdbListApiBase());
    m_library = std::make_unique<Sources::LocalLibrary>(QStringList{QStringLiteral(":/marquee/samples")});
    QVERIFY(!m_library->titles().isEmpty());
}

void tst_PreviewRenderer::init()
{
    m_fake.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_preview = std::make_unique<PreviewRenderer>(Pipeline::PreviewServices{
        m_library.get(), m_tmdb.get(), m_mdblist.get(), m_renderer.get(), m_dir->filePath(QStringLiteral("images"))});
}

void tst_PreviewRenderer::localTitleNeedsNoKey_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QSize>("size");
    QTest::newRow("portrait") << "" << QSize(500, 750);
    QTest::newRow("landscape") << "shape=landscape" << QSize(1000, 563);
    QTest::newRow("original art, no logo") << "use_original_art=true&rating_display_mode=4" << QSize(500, 750);
}

void tst_PreviewRenderer::localTitleNeedsNoKey()
{
    QFETCH(QString, query);
    QFETCH(QSize, size);
    const Result<QImage> poster
        = m_preview->render({MediaType::Movie, QStringLiteral("tt90000001"), 0}, RenderConfig::fromQuery(QUrlQuery(query)), {});
    QVERIFY2(poster, qPrintable(poster ? QString() : poster.error().message));
    QCOMPARE(poster->size(), size);
    // By TMDB id too.
    QVERIFY(m_preview->render({MediaType::Movie, QString(), 90000001}, RenderConfig::fromQuery(QUrlQuery(query)), {}));
}

void tst_PreviewRenderer::configChangeChangesThePoster()
{
    const TitleId id{MediaType::Tv, QStringLiteral("tt90000007"), 0};
    RenderConfig config;
    const QImage first = *m_preview->render(id, config, {});
    QCOMPARE(*m_preview->render(id, config, {}), first);  // deterministic
    config.setValue(Param::RatingDisplayMode, 2);
    const QImage second = *m_preview->render(id, config, {});
    QVERIFY(second != first);
}

void tst_PreviewRenderer::unknownTitleWithoutKeyIsNotFound()
{
    const Result<QImage> poster = m_preview->render({MediaType::Movie, QStringLiteral("tt0000001"), 0}, {}, {});
    QVERIFY(!poster);
    QCOMPARE(poster.error().kind, ErrorKind::NotFound);
    QCOMPARE(poster.error().message, QStringLiteral("Title not in the local library (a TMDB key renders any title)"));
    QCOMPARE(m_fake.requestCount(), 0);
}

void tst_PreviewRenderer::tmdbTitleRendersWithAKey()
{
    // IMDb id only: mapped through /find, then details, art and ratings.
    const Result<QImage> poster = m_preview->render({MediaType::Movie, QStringLiteral("tt0000001"), 0}, {}, m_keys);
    QVERIFY2(poster, qPrintable(poster ? QString() : poster.error().message));
    QCOMPARE(poster->size(), QSize(500, 750));
    const Result<QImage> tv = m_preview->render({MediaType::Tv, QString(), 2001}, {}, m_keys);
    QVERIFY2(tv, qPrintable(tv ? QString() : tv.error().message));
}

void tst_PreviewRenderer::factsAndArtAreFetchedOnce()
{
    const TitleId id{MediaType::Movie, QString(), 1001};
    RenderConfig config;
    QVERIFY(m_preview->render(id, config, m_keys));
    const int afterFirst = m_fake.requestCount();
    QVERIFY(afterFirst > 0);
    for (int mode = 0; mode <= 4; ++mode) {
        config.setValue(Param::RatingDisplayMode, mode);
        QVERIFY(m_preview->render(id, config, m_keys));
    }
    QCOMPARE(m_fake.requestCount(), afterFirst);  // only rendering, no fetching
    m_preview->clearMemory();
    QVERIFY(m_preview->render(id, config, m_keys));
    QVERIFY(m_fake.requestCount() > afterFirst);
}

void tst_PreviewRenderer::tmdbErrorsPassThrough()
{
    const Result<QImage> poster = m_preview->render({MediaType::Movie, QString(), 999999}, {}, m_keys);
    QVERIFY(!poster);
    QCOMPARE(poster.error().kind, ErrorKind::NotFound);
    const Result<QImage> badKey
        = m_preview->render({MediaType::Movie, QString(), 1002}, {}, {QStringLiteral("wrong"), QString()});
    QVERIFY(!badKey);
    QCOMPARE(badKey.error().kind, ErrorKind::UpstreamStatus);
    QCOMPARE(badKey.error().upstreamStatus, 401);
}

QTEST_MAIN(tst_PreviewRenderer)
#include "tst_previewrenderer.moc"
