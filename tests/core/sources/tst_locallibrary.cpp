#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "core/sources/locallibrary.h"

using namespace Marquee;
using namespace Marquee::Sources;

namespace {

const QByteArray FullMovieNfo = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<movie>
  <title>The Lighthouse Keeper</title>
  <year>2019</year>
  <premiered>2019-10-18</premiered>
  <genre>Drama</genre>
  <genre>Science Fiction</genre>
  <genre>Noir</genre>
  <tag>best-picture-winner</tag>
  <mpaa>PG-13</mpaa>
  <runtime>118</runtime>
  <uniqueid type="imdb">tt0000001</uniqueid>
  <uniqueid type="tmdb">1001</uniqueid>
  <ratings>
    <rating name="imdb" max="10"><value>7.9</value><votes>250000</votes></rating>
    <rating name="letterboxd" max="5"><value>4.1</value><votes>120000</votes></rating>
    <rating name="rottentomatoes" max="100"><value>92</value><votes>310</votes></rating>
  </ratings>
</movie>
)";

const QByteArray TvShowNfo = R"(<tvshow>
  <title>Orbital Station</title>
  <premiered>2016-09-23</premiered>
  <genre>Sci-Fi &amp; Fantasy</genre>
  <tag>cult-classic</tag>
  <mpaa>TV-14</mpaa>
  <uniqueid type="imdb">tt0000003</uniqueid>
  <uniqueid type="tmdb">2001</uniqueid>
  <ratings><rating name="trakt" max="100"><value>84</value><votes>5400</votes></rating></ratings>
</tvshow>
)";

} // namespace

class TestLocalLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void findsEveryTitleFolder();
    void fullMovieWithArtwork();
    void minimalMovieWithNfoNamedArtwork();
    void tvShowIsFoundByTmdbAndType();
    void seasonFoldersAreNotTitles();
    void malformedNfoIsSkippedWithAWarning();
    void duplicateIdIsSkippedWithAWarning();
    void missingRootIsAWarning();
    void unknownIdsAreNotFound();
    void readFile();
    void resourceRoot();
    void bundledSampleLibraryReadsCleanly();

private:
    void write(const QString &relativePath, const QByteArray &bytes);
    void writeImage(const QString &relativePath, QSize size, bool alpha = false);
    QString path(const QString &relativePath) const { return m_dir.filePath(relativePath); }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalLibrary> m_library;
};

void TestLocalLibrary::write(const QString &relativePath, const QByteArray &bytes)
{
    QVERIFY(QDir(m_dir.path()).mkpath(QFileInfo(path(relativePath)).path()));
    QFile file(path(relativePath));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestLocalLibrary::writeImage(const QString &relativePath, QSize size, bool alpha)
{
    QImage image(size, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(alpha ? Qt::transparent : Qt::darkBlue);
    QVERIFY(QDir(m_dir.path()).mkpath(QFileInfo(path(relativePath)).path()));
    QVERIFY(image.save(path(relativePath)));
}

void TestLocalLibrary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    write(QStringLiteral("Movies/The Lighthouse Keeper (2019)/movie.nfo"), FullMovieNfo);
    writeImage(QStringLiteral("Movies/The Lighthouse Keeper (2019)/poster.jpg"), {100, 150});
    writeImage(QStringLiteral("Movies/The Lighthouse Keeper (2019)/fanart.jpg"), {192, 108});
    writeImage(QStringLiteral("Movies/The Lighthouse Keeper (2019)/clearlogo.png"), {80, 30}, true);

    write(QStringLiteral("Movies/Paper Lantern/Paper Lantern (2023).nfo"),
          "<movie><title>Paper Lantern</title><id>tt0000004</id></movie>");
    writeImage(QStringLiteral("Movies/Paper Lantern/Paper Lantern (2023)-poster.png"), {40, 60});

    write(QStringLiteral("Movies/Broken/movie.nfo"), "<movie><title>Broken</title><year>2019</movie>");
    write(QStringLiteral("Movies/Zz Duplicate/movie.nfo"),
          "<movie><title>Copy</title><uniqueid type=\"imdb\">tt0000001</uniqueid></movie>");
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("Movies/No Nfo Here")));
    writeImage(QStringLiteral("Movies/No Nfo Here/poster.jpg"), {10, 15});

    write(QStringLiteral("Shows/Orbital Station/tvshow.nfo"), TvShowNfo);
    writeImage(QStringLiteral("Shows/Orbital Station/poster.png"), {100, 150});
    writeImage(QStringLiteral("Shows/Orbital Station/logo.png"), {80, 30}, true);
    write(QStringLiteral("Shows/Orbital Station/Season 01/S01E01.nfo"),
          "<episodedetails><title>Pilot</title></episodedetails>");

    m_library = std::make_unique<LocalLibrary>(QStringList{path(QStringLiteral("Movies")), path(QStringLiteral("Shows"))});
}

void TestLocalLibrary::findsEveryTitleFolder()
{
    QStringList names;
    for (const LocalTitle &title : m_library->titles())
        names.append(title.metadata.title);
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("Orbital Station"), QStringLiteral("Paper Lantern"),
                                 QStringLiteral("The Lighthouse Keeper")}));
}

void TestLocalLibrary::fullMovieWithArtwork()
{
    const std::optional<LocalTitle> title = m_library->findByImdb(QStringLiteral("tt0000001"));
    QVERIFY(title.has_value());
    const QString folder = path(QStringLiteral("Movies/The Lighthouse Keeper (2019)/"));
    QCOMPARE(title->posterFile, folder + QLatin1String("poster.jpg"));
    QCOMPARE(title->fanartFile, folder + QLatin1String("fanart.jpg"));
    QCOMPARE(title->logoFile, folder + QLatin1String("clearlogo.png"));

    const TitleMetadata &meta = title->metadata;
    QCOMPARE(meta.origin, QStringLiteral("local"));
    QCOMPARE(meta.id.tmdbId, 1001);
    QCOMPARE(meta.genreIds, QList<int>({18, 878}));  // "Noir" has no TMDB genre: dropped
    QCOMPARE(meta.posterPath, title->posterFile);
    QCOMPARE(meta.backdropPath, title->fanartFile);
    QCOMPARE(meta.posters.size(), 1);
    QCOMPARE(meta.posters[0].width, 100);
    QCOMPARE(meta.posters[0].height, 150);
    QCOMPARE(meta.backdrops.size(), 1);
    QVERIFY(meta.backdrops[0].language.isEmpty());  // fanart counts as textless
    QCOMPARE(meta.logos.size(), 1);
    QCOMPARE(meta.logos[0].filePath, title->logoFile);

    const RatingsRecord &ratings = title->ratings;
    QCOMPARE(ratings.ratings.value(QStringLiteral("letterboxd")), (RatingValue{4.1, 120000}));
    QCOMPARE(ratings.ratings.value(QStringLiteral("tomatoes")), (RatingValue{92, 310}));
    QCOMPARE(ratings.keywords, QStringList{QStringLiteral("best-picture-winner")});
    QCOMPARE(ratings.ageRating, std::optional<int>(13));
    QCOMPARE(ratings.released, QStringLiteral("2019-10-18"));
}

void TestLocalLibrary::minimalMovieWithNfoNamedArtwork()
{
    const std::optional<LocalTitle> title = m_library->findByImdb(QStringLiteral("tt0000004"));
    QVERIFY(title.has_value());
    QCOMPARE(title->posterFile, path(QStringLiteral("Movies/Paper Lantern/Paper Lantern (2023)-poster.png")));
    QVERIFY(title->fanartFile.isEmpty());
    QVERIFY(title->logoFile.isEmpty());
    QVERIFY(title->metadata.backdrops.isEmpty());
    QVERIFY(title->ratings.isEmpty());
}

void TestLocalLibrary::tvShowIsFoundByTmdbAndType()
{
    const std::optional<LocalTitle> title = m_library->findByTmdb(2001, MediaType::Tv);
    QVERIFY(title.has_value());
    QCOMPARE(title->metadata.title, QStringLiteral("Orbital Station"));
    QCOMPARE(title->metadata.id.type, MediaType::Tv);
    QCOMPARE(title->metadata.genreIds, QList<int>({10765}));
    QCOMPARE(title->ratings.keywords, QStringList{QStringLiteral("cult-classic")});
    QCOMPARE(title->ratings.ratings.value(QStringLiteral("trakt")), (RatingValue{84, 5400}));
    QCOMPARE(title->posterFile, path(QStringLiteral("Shows/Orbital Station/poster.png")));
    QCOMPARE(title->logoFile, path(QStringLiteral("Shows/Orbital Station/logo.png")));
    QVERIFY(!m_library->findByTmdb(2001, MediaType::Movie).has_value());  // the type is part of the id
    QCOMPARE(m_library->findByImdb(QStringLiteral("tt0000003"))->metadata.id.tmdbId, 2001);
}

void TestLocalLibrary::seasonFoldersAreNotTitles()
{
    for (const LocalTitle &title : m_library->titles())
        QVERIFY(title.metadata.title != QLatin1String("Pilot"));
    for (const QString &warning : m_library->warnings())
        QVERIFY2(!warning.contains(QLatin1String("S01E01")), qPrintable(warning));
}

void TestLocalLibrary::malformedNfoIsSkippedWithAWarning()
{
    const QString broken = path(QStringLiteral("Movies/Broken/movie.nfo"));
    const QStringList warnings = m_library->warnings().filter(broken);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QLatin1String("XML error")), qPrintable(warnings.first()));
    for (const LocalTitle &title : m_library->titles())
        QVERIFY(title.metadata.title != QLatin1String("Broken"));
}

void TestLocalLibrary::duplicateIdIsSkippedWithAWarning()
{
    // Folders are scanned in name order; the first title with an id keeps it.
    const QStringList warnings = m_library->warnings().filter(path(QStringLiteral("Movies/Zz Duplicate/movie.nfo")));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QLatin1String("duplicate")));
    QCOMPARE(m_library->findByImdb(QStringLiteral("tt0000001"))->metadata.title, QStringLiteral("The Lighthouse Keeper"));
    QCOMPARE(m_library->warnings().size(), 2);  // broken + duplicate, nothing else
}

void TestLocalLibrary::missingRootIsAWarning()
{
    const QString missing = path(QStringLiteral("does-not-exist"));
    const LocalLibrary library({missing});
    QVERIFY(library.titles().isEmpty());
    QCOMPARE(library.warnings().size(), 1);
    QVERIFY(library.warnings().first().startsWith(missing));
}

void TestLocalLibrary::unknownIdsAreNotFound()
{
    QVERIFY(!m_library->findByImdb(QStringLiteral("tt9999999")).has_value());
    QVERIFY(!m_library->findByImdb(QString()).has_value());
    QVERIFY(!m_library->findByTmdb(0, MediaType::Movie).has_value());
}

void TestLocalLibrary::readFile()
{
    QCOMPARE(LocalLibrary::readFile(path(QStringLiteral("Shows/Orbital Station/tvshow.nfo"))), TvShowNfo);
    QVERIFY(LocalLibrary::readFile(path(QStringLiteral("nope.nfo"))).isEmpty());
}

void TestLocalLibrary::resourceRoot()
{
    const LocalLibrary library({QStringLiteral(":/test/library")});
    QVERIFY2(library.warnings().isEmpty(), qPrintable(library.warnings().join(QLatin1Char('\n'))));
    const std::optional<LocalTitle> title = library.findByTmdb(901, MediaType::Movie);
    QVERIFY(title.has_value());
    QCOMPARE(title->metadata.title, QStringLiteral("Sample Movie"));
    QCOMPARE(title->posterFile, QStringLiteral(":/test/library/Sample Movie/poster.png"));
    QCOMPARE(title->metadata.posters.value(0).width, 2);
    QCOMPARE(title->metadata.posters.value(0).height, 3);
    QVERIFY(!LocalLibrary::readFile(title->posterFile).isEmpty());
}

void TestLocalLibrary::bundledSampleLibraryReadsCleanly()
{
    // resources/samples is compiled into marquee_sources; every sample must parse and be findable.
    const QString root = QStringLiteral(":/marquee/samples");
    QVERIFY(QFileInfo(root).isDir());
    const LocalLibrary library({root});
    QVERIFY2(library.warnings().isEmpty(), qPrintable(library.warnings().join(QLatin1Char('\n'))));
    QVERIFY(!library.titles().isEmpty());
    for (const LocalTitle &title : library.titles()) {
        QVERIFY2(!title.posterFile.isEmpty(), qPrintable(title.metadata.title));
        QVERIFY2(title.metadata.posters.value(0).width > 0, qPrintable(title.metadata.title));
        QVERIFY(!title.metadata.genreIds.isEmpty());
        QVERIFY(library.findByImdb(title.metadata.id.imdbId).has_value());
        QVERIFY(library.findByTmdb(title.metadata.id.tmdbId, title.metadata.id.type).has_value());
    }
}

QTEST_MAIN(TestLocalLibrary)
#include "tst_locallibrary.moc"
