#include <QTest>

#include "core/sources/nforeader.h"

using namespace Marquee;
using namespace Marquee::Sources;

class TestNfoReader : public QObject
{
    Q_OBJECT

private slots:
    void fullMovie();
    void minimalMovie();
    void tvShow();
    void legacyIdAndTrailingUrl();
    void malformed_data();
    void malformed();
    void genreMapping_data();
    void genreMapping();
    void ratingScales_data();
    void ratingScales();
    void ageRating_data();
    void ageRating();
    void language_data();
    void language();
};

void TestNfoReader::fullMovie()
{
    const QByteArray nfo = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<!-- written by a media manager -->
<movie>
  <title>The Lighthouse Keeper</title>
  <originaltitle>Le Gardien</originaltitle>
  <year>2019</year>
  <premiered>2019-10-18</premiered>
  <runtime>118</runtime>
  <mpaa>Rated PG-13</mpaa>
  <status>Released</status>
  <genre>Drama</genre>
  <genre>Mystery</genre>
  <genre>Drama</genre>
  <tag>best-picture-winner</tag>
  <tag>Cult Classic</tag>
  <uniqueid type="imdb" default="true">tt0000001</uniqueid>
  <uniqueid type="tmdb">1001</uniqueid>
  <originallanguage>fr</originallanguage>
  <ratings>
    <rating name="imdb" max="10" default="true"><value>7.9</value><votes>250,000</votes></rating>
    <rating name="letterboxd" max="10"><value>8.2</value><votes>1200</votes></rating>
    <rating name="themoviedb" max="10"><value>7.8</value><votes>4210</votes></rating>
    <rating name="rottentomatoes" max="100"><value>92</value></rating>
  </ratings>
  <actor><name>Ada Marlowe</name><role>Keeper</role></actor>
  <fileinfo><streamdetails><video><codec>h264</codec></video></streamdetails></fileinfo>
</movie>
)";
    const Result<LocalTitle> title = NfoReader::parse(nfo);
    QVERIFY2(title.has_value(), title ? "" : qPrintable(title.error().message));
    const TitleMetadata &meta = title->metadata;
    QCOMPARE(meta.origin, QStringLiteral("local"));
    QCOMPARE(meta.id.type, MediaType::Movie);
    QCOMPARE(meta.id.imdbId, QStringLiteral("tt0000001"));
    QCOMPARE(meta.id.tmdbId, 1001);
    QCOMPARE(meta.title, QStringLiteral("The Lighthouse Keeper"));
    QCOMPARE(meta.originalTitle, QStringLiteral("Le Gardien"));
    QCOMPARE(meta.year, 2019);
    QCOMPARE(meta.releaseDate, QStringLiteral("2019-10-18"));
    QCOMPARE(meta.runtime, 118);
    QCOMPARE(meta.status, QStringLiteral("Released"));
    QCOMPARE(meta.genreIds, QList<int>({18, 9648}));  // de-duplicated
    QCOMPARE(meta.originalLanguage, QStringLiteral("fr"));
    QCOMPARE(meta.voteAverage, 7.8);
    QCOMPARE(meta.voteCount, 4210);

    const RatingsRecord &ratings = title->ratings;
    QCOMPARE(ratings.keywords, QStringList({QStringLiteral("best-picture-winner"), QStringLiteral("cult-classic")}));
    QCOMPARE(ratings.released, QStringLiteral("2019-10-18"));
    QCOMPARE(ratings.ageRating, std::optional<int>(13));
    QCOMPARE(ratings.ratings.value(QStringLiteral("imdb")), (RatingValue{7.9, 250000}));
    QCOMPARE(ratings.ratings.value(QStringLiteral("letterboxd")).value, 4.1);  // 8.2 of 10 → 4.1 of 5
    QCOMPARE(ratings.ratings.value(QStringLiteral("tmdb")).value, 78.0);       // 7.8 of 10 → 78 of 100
    QCOMPARE(ratings.ratings.value(QStringLiteral("tomatoes")), (RatingValue{92, std::nullopt}));
}

void TestNfoReader::minimalMovie()
{
    const Result<LocalTitle> title = NfoReader::parse("<movie><title>Paper Lantern</title></movie>");
    QVERIFY(title.has_value());
    QCOMPARE(title->metadata.title, QStringLiteral("Paper Lantern"));
    QCOMPARE(title->metadata.originalTitle, QStringLiteral("Paper Lantern"));
    QCOMPARE(title->metadata.year, 0);
    QVERIFY(title->metadata.id.imdbId.isEmpty());
    QCOMPARE(title->metadata.id.tmdbId, 0);
    QVERIFY(title->metadata.originalLanguage.isEmpty());
    QVERIFY(title->ratings.isEmpty());
}

void TestNfoReader::tvShow()
{
    const QByteArray nfo = R"(<tvshow>
  <title>Orbital Station</title>
  <premiered>2016-09-23</premiered>
  <season>4</season><episode>40</episode>
  <status>Continuing</status>
  <genre>Sci-Fi &amp; Fantasy</genre>
  <genre>Action / Adventure</genre>
  <mpaa>TV-14</mpaa>
  <uniqueid type="tmdb">2001</uniqueid>
  <uniqueid type="imdb">tt0000003</uniqueid>
  <ratings><rating name="trakt" max="10"><value>8.4</value><votes>5400</votes></rating></ratings>
</tvshow>)";
    const Result<LocalTitle> title = NfoReader::parse(nfo);
    QVERIFY(title.has_value());
    QCOMPARE(title->metadata.id.type, MediaType::Tv);
    QCOMPARE(title->metadata.year, 2016);  // from <premiered>
    QCOMPARE(title->metadata.numberOfSeasons, 4);
    QCOMPARE(title->metadata.numberOfEpisodes, 40);
    QCOMPARE(title->metadata.genreIds, QList<int>({10765, 28, 12}));
    QCOMPARE(title->ratings.ageRating, std::optional<int>(14));
    QCOMPARE(title->ratings.ratings.value(QStringLiteral("trakt")).value, 84.0);  // 8.4 of 10 → of 100
    QCOMPARE(title->ratings.ratings.value(QStringLiteral("trakt")).votes, std::optional<int>(5400));
}

void TestNfoReader::legacyIdAndTrailingUrl()
{
    // Kodi accepts a scraper URL after the XML; the reader must stop at the root's end.
    const QByteArray nfo = "<movie><title>Neon Harbor</title><id>tt0000002</id></movie>\n"
                           "https://www.themoviedb.org/movie/1002\n";
    const Result<LocalTitle> title = NfoReader::parse(nfo);
    QVERIFY(title.has_value());
    QCOMPARE(title->metadata.id.imdbId, QStringLiteral("tt0000002"));

    const Result<LocalTitle> numeric = NfoReader::parse("<movie><title>X</title><id>1002</id></movie>");
    QCOMPARE(numeric->metadata.id.tmdbId, 1002);
    QVERIFY(numeric->metadata.id.imdbId.isEmpty());
}

void TestNfoReader::malformed_data()
{
    QTest::addColumn<QByteArray>("nfo");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("XML error");
    QTest::newRow("plain URL") << QByteArray("https://www.imdb.com/title/tt0000001/") << QStringLiteral("XML error");
    QTest::newRow("unclosed element") << QByteArray("<movie><title>X</title><year>2019</movie>")
                                      << QStringLiteral("XML error at line 1");
    QTest::newRow("truncated") << QByteArray("<movie><title>X</title>") << QStringLiteral("XML error");
    QTest::newRow("episode, not a title") << QByteArray("<episodedetails><title>Pilot</title></episodedetails>")
                                          << QStringLiteral("root element is not");
    QTest::newRow("no title") << QByteArray("<movie><year>2019</year></movie>") << QStringLiteral("no <title>");
}

void TestNfoReader::malformed()
{
    QFETCH(QByteArray, nfo);
    QFETCH(QString, messageStart);
    const Result<LocalTitle> title = NfoReader::parse(nfo);
    QVERIFY(!title.has_value());
    QCOMPARE(title.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(title.error().message.startsWith(messageStart), qPrintable(title.error().message));
}

void TestNfoReader::genreMapping_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("id");  // 0 = dropped
    const QList<QPair<const char *, int>> rows = {
        {"Action", 28}, {"Adventure", 12}, {"Animation", 16}, {"Comedy", 35}, {"Crime", 80},
        {"Documentary", 99}, {"Drama", 18}, {"Family", 10751}, {"Fantasy", 14}, {"History", 36},
        {"Horror", 27}, {"Music", 10402}, {"Mystery", 9648}, {"Romance", 10749}, {"Sci-Fi", 878},
        {"Science Fiction", 878}, {"Thriller", 53}, {"War", 10752}, {"Western", 37},
        {"Action & Adventure", 10759}, {"Kids", 10762}, {"News", 10763}, {"Reality", 10764},
        {"Sci-Fi & Fantasy", 10765}, {"Soap", 10766}, {"Talk", 10767}, {"War & Politics", 10768},
        {"  drama ", 18}, {"SCIENCE FICTION", 878}, {"Film-Noir", 0}, {"", 0},
    };
    for (const auto &row : rows)
        QTest::newRow(row.first[0] ? row.first : "(empty)") << QString::fromLatin1(row.first) << row.second;
}

void TestNfoReader::genreMapping()
{
    QFETCH(QString, name);
    QFETCH(int, id);
    QCOMPARE(NfoReader::genreId(name).value_or(0), id);
}

void TestNfoReader::ratingScales_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("max");  // empty = attribute absent
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("site");
    QTest::addColumn<double>("stored");

    QTest::newRow("imdb of 10") << QStringLiteral("imdb") << QStringLiteral("10") << 7.9 << QStringLiteral("imdb") << 7.9;
    QTest::newRow("letterboxd of 10 → of 5") << QStringLiteral("letterboxd") << QStringLiteral("10") << 8.0 << QStringLiteral("letterboxd") << 4.0;
    QTest::newRow("letterboxd of 5") << QStringLiteral("letterboxd") << QStringLiteral("5") << 4.1 << QStringLiteral("letterboxd") << 4.1;
    QTest::newRow("trakt of 10 → of 100") << QStringLiteral("trakt") << QStringLiteral("10") << 8.4 << QStringLiteral("trakt") << 84.0;
    QTest::newRow("themoviedb alias") << QStringLiteral("themoviedb") << QStringLiteral("10") << 7.5 << QStringLiteral("tmdb") << 75.0;
    QTest::newRow("tmdb") << QStringLiteral("tmdb") << QStringLiteral("10") << 7.5 << QStringLiteral("tmdb") << 75.0;
    QTest::newRow("rottentomatoes alias") << QStringLiteral("rottentomatoes") << QStringLiteral("100") << 91.0 << QStringLiteral("tomatoes") << 91.0;
    QTest::newRow("tomatoes of 10") << QStringLiteral("tomatoes") << QStringLiteral("10") << 9.1 << QStringLiteral("tomatoes") << 91.0;
    QTest::newRow("metacritic of 100") << QStringLiteral("metacritic") << QStringLiteral("100") << 81.0 << QStringLiteral("metacritic") << 81.0;
    QTest::newRow("rogerebert of 4") << QStringLiteral("rogerebert") << QStringLiteral("4") << 3.5 << QStringLiteral("rogerebert") << 3.5;
    QTest::newRow("no max → site scale") << QStringLiteral("tomatoes") << QString() << 92.0 << QStringLiteral("tomatoes") << 92.0;
    QTest::newRow("upper-case name") << QStringLiteral("IMDb") << QStringLiteral("10") << 6.0 << QStringLiteral("imdb") << 6.0;
}

void TestNfoReader::ratingScales()
{
    QFETCH(QString, name);
    QFETCH(QString, max);
    QFETCH(double, value);
    QFETCH(QString, site);
    QFETCH(double, stored);
    const QString maxAttribute = max.isEmpty() ? QString() : QStringLiteral(" max=\"%1\"").arg(max);
    const QString nfo = QStringLiteral("<movie><title>T</title><ratings><rating name=\"%1\"%2><value>%3</value>"
                                       "</rating></ratings></movie>").arg(name, maxAttribute, QString::number(value));
    const Result<LocalTitle> title = NfoReader::parse(nfo.toUtf8());
    QVERIFY(title.has_value());
    QCOMPARE(title->ratings.ratings.keys(), QStringList{site});
    QVERIFY2(qFuzzyCompare(title->ratings.ratings.value(site).value, stored),
             qPrintable(QString::number(title->ratings.ratings.value(site).value)));
}

void TestNfoReader::ageRating_data()
{
    QTest::addColumn<QString>("mpaa");
    QTest::addColumn<int>("age");  // -1 = unknown
    QTest::newRow("digits") << QStringLiteral("16") << 16;
    QTest::newRow("FSK 12") << QStringLiteral("FSK 12") << 12;
    QTest::newRow("12+") << QStringLiteral("12+") << 12;
    QTest::newRow("PG-13") << QStringLiteral("PG-13") << 13;
    QTest::newRow("Rated R") << QStringLiteral("Rated R") << 17;
    QTest::newRow("US:PG") << QStringLiteral("US:PG") << 10;
    QTest::newRow("G") << QStringLiteral("G") << 0;
    QTest::newRow("NC-17") << QStringLiteral("NC-17") << 18;
    QTest::newRow("TV-MA") << QStringLiteral("TV-MA") << 17;
    QTest::newRow("TV-14") << QStringLiteral("TV-14") << 14;
    QTest::newRow("tv-y7 lower case") << QStringLiteral("tv-y7") << 7;
    QTest::newRow("unknown") << QStringLiteral("Not Rated") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestNfoReader::ageRating()
{
    QFETCH(QString, mpaa);
    QFETCH(int, age);
    QCOMPARE(NfoReader::ageRating(mpaa).value_or(-1), age);
}

void TestNfoReader::language_data()
{
    QTest::addColumn<QByteArray>("elements");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << QByteArray("<language>en</language>") << QStringLiteral("en");
    QTest::newRow("three-letter code") << QByteArray("<originallanguage>fra</originallanguage>") << QStringLiteral("fr");
    QTest::newRow("name") << QByteArray("<language>Japanese</language>") << QStringLiteral("ja");
    QTest::newRow("originallanguage wins")
        << QByteArray("<language>en</language><originallanguage>ko</originallanguage>") << QStringLiteral("ko");
    QTest::newRow("unknown dropped") << QByteArray("<language>Klingonese</language>") << QString();
}

void TestNfoReader::language()
{
    QFETCH(QByteArray, elements);
    QFETCH(QString, code);
    const Result<LocalTitle> title = NfoReader::parse("<movie><title>T</title>" + elements + "</movie>");
    QVERIFY(title.has_value());
    QCOMPARE(title->metadata.originalLanguage, code);
}

QTEST_GUILESS_MAIN(TestNfoReader)
#include "tst_nforeader.moc"
