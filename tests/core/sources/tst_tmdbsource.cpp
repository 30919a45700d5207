#include <QImage>
#include <QTest>
#include <QUrlQuery>

#include "core/net/httpclient.h"
#include "core/sources/tmdbsource.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using namespace Marquee::Sources;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;

Q_DECLARE_METATYPE(Marquee::MediaType)
Q_DECLARE_METATYPE(Marquee::ErrorKind)

namespace {
const QString Key = QStringLiteral("test-tmdb-key");
}

class TestTmdbSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void findsTmdbIds_data();
    void findsTmdbIds();
    void findUnknownIsNotFound_data();
    void findUnknownIsNotFound();
    void findRejectsBadInput();
    void detailsOfAMovie();
    void detailsOfATvShow();
    void detailsOfATitleWithoutImages();
    void detailsAskForImageLanguages_data();
    void detailsAskForImageLanguages();
    void detailsUnknownIdIsNotFound();
    void originalLanguageImagesAreFetchedToo();
    void secondaryLanguageImagesArrive();
    void upstreamFailuresMap_data();
    void upstreamFailuresMap();
    void wrongKeyIsUpstream401();
    void missingKeyIsNotConfigured();
    void imageBytes_data();
    void imageBytes();
    void unknownImageIsNotFound();
    void imagePathIsValidated_data();
    void imagePathIsValidated();
    void imageSizeIsValidated();
    void imageUpstreamFailure();

private:
    FakeUpstream m_fake;
    Net::HttpClient m_http{2000};
    std::unique_ptr<TmdbSource> m_tmdb;
};

void TestTmdbSource::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
    // A trailing slash on the configured base must not double up.
    m_tmdb = std::make_unique<TmdbSource>(m_http, m_fake.tmdbApiBase() + QLatin1Char('/'), m_fake.tmdbImageBase());
}

void TestTmdbSource::init()
{
    m_fake.reset();
}

void TestTmdbSource::findsTmdbIds_data()
{
    QTest::addColumn<QString>("imdb");
    QTest::addColumn<MediaType>("type");
    QTest::addColumn<qint64>("tmdb");
    QTest::newRow("movie") << QStringLiteral("tt0000001") << MediaType::Movie << qint64(1001);
    QTest::newRow("non-English movie") << QStringLiteral("tt0000006") << MediaType::Movie << qint64(1005);
    QTest::newRow("tv") << QStringLiteral("tt0000003") << MediaType::Tv << qint64(2001);
}

void TestTmdbSource::findsTmdbIds()
{
    QFETCH(QString, imdb);
    QFETCH(MediaType, type);
    QFETCH(qint64, tmdb);
    const Result<qint64> id = m_tmdb->findTmdbId(imdb, type, Key);
    QVERIFY2(id.has_value(), id ? "" : qPrintable(id.error().message));
    QCOMPARE(*id, tmdb);
    const QString target = m_fake.requestLog().value(0);
    QVERIFY2(target.startsWith(QStringLiteral("/3/find/") + imdb + QLatin1Char('?')), qPrintable(target));
    const QUrlQuery query(target.mid(target.indexOf(QLatin1Char('?')) + 1));
    QCOMPARE(query.queryItemValue(QStringLiteral("api_key")), Key);
    QCOMPARE(query.queryItemValue(QStringLiteral("external_source")), QStringLiteral("imdb_id"));
}

void TestTmdbSource::findUnknownIsNotFound_data()
{
    QTest::addColumn<QString>("imdb");
    QTest::addColumn<MediaType>("type");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << QStringLiteral("tt9999999") << MediaType::Movie
                                << QStringLiteral("No TMDB movie found for imdb_id tt9999999");
    QTest::newRow("a movie asked as tv") << QStringLiteral("tt0000001") << MediaType::Tv
                                         << QStringLiteral("No TMDB tv found for imdb_id tt0000001");
}

void TestTmdbSource::findUnknownIsNotFound()
{
    QFETCH(QString, imdb);
    QFETCH(MediaType, type);
    QFETCH(QString, message);
    const Result<qint64> id = m_tmdb->findTmdbId(imdb, type, Key);
    QVERIFY(!id.has_value());
    QCOMPARE(id.error().kind, ErrorKind::NotFound);
    QCOMPARE(id.error().message, message);
}

void TestTmdbSource::findRejectsBadInput()
{
    for (const QString &bad : {QStringLiteral("1001"), QStringLiteral("tt12/../x"), QString(), QStringLiteral("tt")}) {
        const Result<qint64> id = m_tmdb->findTmdbId(bad, MediaType::Movie, Key);
        QVERIFY(!id.has_value());
        QCOMPARE(id.error().kind, ErrorKind::InvalidInput);
    }
    QCOMPARE(m_fake.requestCount(), 0);  // nothing reached the network
}

void TestTmdbSource::detailsOfAMovie()
{
    const Result<TitleMetadata> meta = m_tmdb->details(MediaType::Movie, 1001, QStringLiteral("en"), Key);
    QVERIFY2(meta.has_value(), meta ? "" : qPrintable(meta.error().message));
    QCOMPARE(meta->origin, QStringLiteral("tmdb"));
    QCOMPARE(meta->id.type, MediaType::Movie);
    QCOMPARE(meta->id.tmdbId, 1001);
    QCOMPARE(meta->id.imdbId, QStringLiteral("tt0000001"));
    QCOMPARE(meta->title, QStringLiteral("The Lighthouse Keeper"));
    QCOMPARE(meta->originalTitle, QStringLiteral("The Lighthouse Keeper"));
    QCOMPARE(meta->originalLanguage, QStringLiteral("en"));
    QCOMPARE(meta->releaseDate, QStringLiteral("2019-10-18"));
    QCOMPARE(meta->year, 2019);
    QCOMPARE(meta->genreIds, QList<int>({18, 9648}));
    QCOMPARE(meta->runtime, 118);
    QCOMPARE(meta->status, QStringLiteral("Released"));
    QCOMPARE(meta->voteAverage, 7.8);
    QCOMPARE(meta->voteCount, 4210);
    QCOMPARE(meta->posterPath, QStringLiteral("/poster-1001-en.jpg"));
    QCOMPARE(meta->backdropPath, QStringLiteral("/backdrop-1001-null.jpg"));
    QCOMPARE(meta->posters.size(), 2);
    QCOMPARE(meta->posters[0].filePath, QStringLiteral("/poster-1001-null.jpg"));
    QVERIFY(meta->posters[0].language.isEmpty());  // null = textless
    QCOMPARE(meta->posters[0].voteAverage, 5.6);
    QCOMPARE(meta->posters[0].voteCount, 12);
    QCOMPARE(meta->posters[0].width, 1000);
    QCOMPARE(meta->posters[0].height, 1500);
    QCOMPARE(meta->posters[1].language, QStringLiteral("en"));
    QCOMPARE(meta->logos.size(), 1);
    QCOMPARE(meta->logos[0].filePath, QStringLiteral("/logo-1001-en.png"));
    QCOMPARE(meta->backdrops.size(), 1);
}

void TestTmdbSource::detailsOfATvShow()
{
    const Result<TitleMetadata> meta = m_tmdb->details(MediaType::Tv, 2003, QStringLiteral("ja"), Key);
    QVERIFY(meta.has_value());
    QCOMPARE(meta->id.type, MediaType::Tv);
    QVERIFY(meta->id.imdbId.isEmpty());  // external_ids.imdb_id is null
    QCOMPARE(meta->title, QStringLiteral("Harbor Lights Kitchen"));
    QCOMPARE(meta->originalTitle, QStringLiteral("港の台所"));
    QCOMPARE(meta->originalLanguage, QStringLiteral("ja"));
    QCOMPARE(meta->releaseDate, QStringLiteral("2019-04-02"));
    QCOMPARE(meta->year, 2019);
    QCOMPARE(meta->numberOfSeasons, 3);
    QCOMPARE(meta->numberOfEpisodes, 36);
    QCOMPARE(meta->runtime, 30);  // from episode_run_time
    QCOMPARE(meta->status, QStringLiteral("Returning Series"));
    QCOMPARE(meta->logos.size(), 2);  // ja and en both requested
}

void TestTmdbSource::detailsOfATitleWithoutImages()
{
    const Result<TitleMetadata> meta = m_tmdb->details(MediaType::Movie, 1003, QStringLiteral("en"), Key);
    QVERIFY(meta.has_value());
    QVERIFY(meta->posterPath.isEmpty());
    QVERIFY(meta->backdropPath.isEmpty());
    QVERIFY(meta->posters.isEmpty() && meta->logos.isEmpty() && meta->backdrops.isEmpty());
    QCOMPARE(meta->runtime, 32);
}

void TestTmdbSource::detailsAskForImageLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en,null");
    QTest::newRow("pt-BR adds its base") << QStringLiteral("pt-BR") << QStringLiteral("pt-BR,pt,en,null");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("fr,en,null");
    QTest::newRow("en-US dedups en") << QStringLiteral("en-US") << QStringLiteral("en-US,en,null");
    QTest::newRow("empty") << QString() << QStringLiteral("en,null");
    QTest::newRow("garbage ignored") << QStringLiteral("x&y=1") << QStringLiteral("en,null");
    QTest::newRow("secondary language with its base") << QStringLiteral("en,pt-br") << QStringLiteral("en,pt-br,pt,null");
}

void TestTmdbSource::detailsAskForImageLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QVERIFY(m_tmdb->details(MediaType::Movie, 1005, language, Key).has_value());
    const QString target = m_fake.requestLog().value(0);
    QVERIFY2(target.startsWith(QStringLiteral("/3/movie/1005?")), qPrintable(target));
    const QUrlQuery query(target.mid(target.indexOf(QLatin1Char('?')) + 1));
    QCOMPARE(query.queryItemValue(QStringLiteral("include_image_language"), QUrl::FullyDecoded), expected);
    QCOMPARE(query.queryItemValue(QStringLiteral("append_to_response"), QUrl::FullyDecoded),
             QStringLiteral("images,credits,external_ids"));
}

void TestTmdbSource::originalLanguageImagesAreFetchedToo()
{
    // 1005 is French: asked in German, the details call cannot know to ask for "fr"; the supplemental
    // /images call brings the French logo and poster (reference §5.1).
    const Result<TitleMetadata> meta = m_tmdb->details(MediaType::Movie, 1005, QStringLiteral("de"), Key);
    QVERIFY(meta.has_value());
    const auto has = [](const QList<ImageInfo> &images, const char *file) {
        return std::any_of(images.cbegin(), images.cend(),
                           [file](const ImageInfo &image) { return image.filePath == QLatin1String(file); });
    };
    QVERIFY(has(meta->logos, "/logo-1005-fr.png"));
    QVERIFY(has(meta->posters, "/poster-1005-fr.jpg"));
    QCOMPARE(meta->logos.size(), 2);  // fr + en, none twice
    const QString supplemental = m_fake.requestLog().value(1);
    QVERIFY2(supplemental.startsWith(QStringLiteral("/3/movie/1005/images?")), qPrintable(supplemental));
    QVERIFY(supplemental.contains(QStringLiteral("include_image_language=fr")));

    // Asked in its original language already: one call.
    m_fake.reset();
    QVERIFY(m_tmdb->details(MediaType::Movie, 1005, QStringLiteral("fr"), Key).has_value());
    QCOMPARE(m_fake.requestLog().size(), 1);
}

void TestTmdbSource::secondaryLanguageImagesArrive()
{
    const Result<TitleMetadata> meta = m_tmdb->details(MediaType::Movie, 1002, QStringLiteral("en,fr"), Key);
    QVERIFY(meta.has_value());
    QVERIFY(std::any_of(meta->posters.cbegin(), meta->posters.cend(),
                        [](const ImageInfo &image) { return image.filePath == QLatin1String("/poster-1002-fr.jpg"); }));
}

void TestTmdbSource::detailsUnknownIdIsNotFound()
{
    const Result<TitleMetadata> meta = m_tmdb->details(MediaType::Movie, 424242, QStringLiteral("en"), Key);
    QVERIFY(!meta.has_value());
    QCOMPARE(meta.error().kind, ErrorKind::NotFound);
    QCOMPARE(meta.error().upstreamStatus, 404);
    QCOMPARE(meta.error().message, QStringLiteral("Title not found on TMDB"));
}

void TestTmdbSource::upstreamFailuresMap_data()
{
    QTest::addColumn<FakeFault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("upstreamStatus");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("message");

    QTest::newRow("429 with Retry-After") << FakeFault{.status = 429, .retryAfterSeconds = 5}
                                          << ErrorKind::UpstreamStatus << 429 << 5 << QStringLiteral("Upstream error 429");
    QTest::newRow("500") << FakeFault{.status = 500} << ErrorKind::UpstreamStatus << 500 << 0
                         << QStringLiteral("Upstream error 500");
    QTest::newRow("503") << FakeFault{.status = 503} << ErrorKind::UpstreamStatus << 503 << 0
                         << QStringLiteral("Upstream error 503");
    QTest::newRow("malformed JSON") << FakeFault{.malformedJson = true} << ErrorKind::UpstreamStatus << 502 << 0
                                    << QStringLiteral("Upstream sent malformed JSON");
    QTest::newRow("truncated body") << FakeFault{.truncate = true} << ErrorKind::UpstreamStatus << 0 << 0
                                    << QStringLiteral("Upstream connection failed");
    QTest::newRow("timeout") << FakeFault{.latencyMs = 4000} << ErrorKind::UpstreamTimeout << 0 << 0
                             << QStringLiteral("Upstream request timed out");
}

void TestTmdbSource::upstreamFailuresMap()
{
    QFETCH(FakeFault, fault);
    QFETCH(ErrorKind, kind);
    QFETCH(int, upstreamStatus);
    QFETCH(int, retryAfter);
    QFETCH(QString, message);
    m_fake.setFault(QStringLiteral("/3/movie/1001"), fault);
    const Result<TitleMetadata> meta = m_tmdb->details(MediaType::Movie, 1001, QStringLiteral("en"), Key);
    QVERIFY(!meta.has_value());
    QCOMPARE(meta.error().kind, kind);
    QCOMPARE(meta.error().upstreamStatus, upstreamStatus);
    QCOMPARE(meta.error().retryAfterSeconds, retryAfter);
    QCOMPARE(meta.error().message, message);
    QVERIFY(!meta.error().message.contains(Key));
}

void TestTmdbSource::wrongKeyIsUpstream401()
{
    const Result<qint64> id = m_tmdb->findTmdbId(QStringLiteral("tt0000001"), MediaType::Movie, QStringLiteral("wrong"));
    QVERIFY(!id.has_value());
    QCOMPARE(id.error().kind, ErrorKind::UpstreamStatus);
    QCOMPARE(id.error().upstreamStatus, 401);
    const Result<TitleMetadata> meta = m_tmdb->details(MediaType::Movie, 1001, QStringLiteral("en"), QStringLiteral("wrong"));
    QVERIFY(!meta.has_value());
    QCOMPARE(meta.error().upstreamStatus, 401);
}

void TestTmdbSource::missingKeyIsNotConfigured()
{
    const Result<TitleMetadata> meta = m_tmdb->details(MediaType::Movie, 1001, QStringLiteral("en"), QString());
    QVERIFY(!meta.has_value());
    QCOMPARE(meta.error().kind, ErrorKind::NotConfigured);
    QCOMPARE(m_fake.requestCount(), 0);
}

void TestTmdbSource::imageBytes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<bool>("alpha");
    QTest::newRow("poster w500") << QStringLiteral("/poster-1001-null.jpg") << QStringLiteral("w500") << QSize(500, 750) << false;
    QTest::newRow("poster original") << QStringLiteral("/poster-1001-en.jpg") << QStringLiteral("original") << QSize(1000, 1500) << false;
    QTest::newRow("backdrop w1280") << QStringLiteral("/backdrop-1002-null.jpg") << QStringLiteral("w1280") << QSize(1280, 720) << false;
    QTest::newRow("logo w500 PNG") << QStringLiteral("/logo-1001-en.png") << QStringLiteral("w500") << QSize(500, 150) << true;
}

void TestTmdbSource::imageBytes()
{
    QFETCH(QString, path);
    QFETCH(QString, size);
    QFETCH(QSize, pixels);
    QFETCH(bool, alpha);
    const Result<QByteArray> bytes = m_tmdb->image(path, size);
    QVERIFY2(bytes.has_value(), bytes ? "" : qPrintable(bytes.error().message));
    const QImage image = QImage::fromData(*bytes);
    QCOMPARE(image.size(), pixels);
    QCOMPARE(image.hasAlphaChannel(), alpha);
    QCOMPARE(m_fake.requestLog().value(0), QStringLiteral("/t/p/") + size + path);
    // The fake CDN is deterministic, so caches and golden tests can rely on the bytes.
    QCOMPARE(*m_tmdb->image(path, size), *bytes);
}

void TestTmdbSource::unknownImageIsNotFound()
{
    const Result<QByteArray> bytes = m_tmdb->image(QStringLiteral("/nothing-here.jpg"), QStringLiteral("w500"));
    QVERIFY(!bytes.has_value());
    QCOMPARE(bytes.error().kind, ErrorKind::NotFound);
    QCOMPARE(bytes.error().upstreamStatus, 404);
    QCOMPARE(bytes.error().message, QStringLiteral("Poster image not found on TMDB"));
}

void TestTmdbSource::imagePathIsValidated_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("empty") << QString();
    QTest::newRow("no leading slash") << QStringLiteral("poster.jpg");
    QTest::newRow("traversal") << QStringLiteral("/../../etc/passwd");
    QTest::newRow("dot-dot file") << QStringLiteral("/..");
    QTest::newRow("two segments") << QStringLiteral("/a/b.jpg");
    QTest::newRow("absolute URL") << QStringLiteral("http://evil.example/x.jpg");
    QTest::newRow("protocol-relative") << QStringLiteral("//evil.example/x.jpg");
    QTest::newRow("query") << QStringLiteral("/x.jpg?y=1");
    QTest::newRow("encoded slash") << QStringLiteral("/a%2Fb.jpg");
    QTest::newRow("backslash") << QStringLiteral("/a\\b.jpg");
    QTest::newRow("space") << QStringLiteral("/a b.jpg");
    QTest::newRow("too long") << QLatin1Char('/') + QString(129, QLatin1Char('a'));
}

void TestTmdbSource::imagePathIsValidated()
{
    QFETCH(QString, path);
    const Result<QByteArray> bytes = m_tmdb->image(path, QStringLiteral("w500"));
    QVERIFY(!bytes.has_value());
    QCOMPARE(bytes.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(m_fake.requestCount(), 0);
}

void TestTmdbSource::imageSizeIsValidated()
{
    for (const QString &size : {QStringLiteral("w500/../x"), QStringLiteral("big"), QString(), QStringLiteral("w5")}) {
        const Result<QByteArray> bytes = m_tmdb->image(QStringLiteral("/poster-1001-null.jpg"), size);
        QVERIFY(!bytes.has_value());
        QCOMPARE(bytes.error().kind, ErrorKind::InvalidInput);
    }
    QCOMPARE(m_fake.requestCount(), 0);
}

void TestTmdbSource::imageUpstreamFailure()
{
    m_fake.setFault(QStringLiteral("/t/p/"), FakeFault{.status = 503});
    const Result<QByteArray> bytes = m_tmdb->image(QStringLiteral("/poster-1001-null.jpg"), QStringLiteral("w500"));
    QVERIFY(!bytes.has_value());
    QCOMPARE(bytes.error().kind, ErrorKind::UpstreamStatus);
    QCOMPARE(bytes.error().upstreamStatus, 503);
}

QTEST_MAIN(TestTmdbSource)
#include "tst_tmdbsource.moc"
