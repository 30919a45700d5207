#include <functional>

#include <QJsonDocument>
#include <QTest>

#include "core/sources/titlemetadata.h"

using namespace Marquee;
using namespace Marquee::Sources;

Q_DECLARE_METATYPE(TitleMetadata)

class TestTitleMetadata : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void roundTripSurvivesSerialisation();
    void everyFieldTakesPartInEquality();
    void missingFieldsReadAsDefaults();
};

namespace {

TitleMetadata fullMovie()
{
    TitleMetadata meta;
    meta.id = TitleId{MediaType::Movie, QStringLiteral("tt0000001"), 1001};
    meta.title = QStringLiteral("The Lighthouse Keeper");
    meta.originalTitle = QStringLiteral("Le Gardien du Phare");
    meta.originalLanguage = QStringLiteral("fr");
    meta.releaseDate = QStringLiteral("2019-10-18");
    meta.year = 2019;
    meta.genreIds = {18, 9648};
    meta.status = QStringLiteral("Released");
    meta.runtime = 118;
    meta.voteAverage = 7.83;
    meta.voteCount = 4210;
    meta.posterPath = QStringLiteral("/poster-1001-en.jpg");
    meta.backdropPath = QStringLiteral("/backdrop-1001-null.jpg");
    meta.posters = {ImageInfo{QStringLiteral("/poster-1001-null.jpg"), QString(), 5.612, 12, 1000, 1500},
                    ImageInfo{QStringLiteral("/poster-1001-en.jpg"), QStringLiteral("en"), 5.4, 20, 1000, 1500}};
    meta.logos = {ImageInfo{QStringLiteral("/logo-1001-en.png"), QStringLiteral("en"), 5.3, 4, 1000, 300}};
    meta.backdrops = {ImageInfo{QStringLiteral("/backdrop-1001-null.jpg"), QString(), 5.5, 8, 1920, 1080}};
    meta.origin = QStringLiteral("tmdb");
    return meta;
}

TitleMetadata tvShow()
{
    TitleMetadata meta;
    meta.id = TitleId{MediaType::Tv, QString(), 2003};
    meta.title = QStringLiteral("Harbor Lights Kitchen");
    meta.originalTitle = QStringLiteral("港の台所");
    meta.numberOfSeasons = 3;
    meta.numberOfEpisodes = 36;
    meta.status = QStringLiteral("Returning Series");
    meta.origin = QStringLiteral("local");
    return meta;
}

} // namespace

void TestTitleMetadata::roundTrip_data()
{
    QTest::addColumn<TitleMetadata>("meta");
    QTest::newRow("default") << TitleMetadata();
    QTest::newRow("full movie") << fullMovie();
    QTest::newRow("tv show without imdb, non-Latin title") << tvShow();
}

void TestTitleMetadata::roundTrip()
{
    QFETCH(TitleMetadata, meta);
    const TitleMetadata back = TitleMetadata::fromJson(meta.toJson());
    QVERIFY(back == meta);
}

void TestTitleMetadata::roundTripSurvivesSerialisation()
{
    // The cache stores the JSON as text: doubles and the 64-bit id must survive it.
    TitleMetadata meta = fullMovie();
    meta.id.tmdbId = 9007199254740LL;
    meta.voteAverage = 0.1 + 0.2;
    const QByteArray text = QJsonDocument(meta.toJson()).toJson(QJsonDocument::Compact);
    const TitleMetadata back = TitleMetadata::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(back == meta);
    QCOMPARE(back.id.tmdbId, 9007199254740LL);
}

void TestTitleMetadata::everyFieldTakesPartInEquality()
{
    const TitleMetadata base = fullMovie();
    const QList<std::function<void(TitleMetadata &)>> changes = {
        [](TitleMetadata &m) { m.id.type = MediaType::Tv; },
        [](TitleMetadata &m) { m.id.imdbId.clear(); },
        [](TitleMetadata &m) { m.id.tmdbId = 1; },
        [](TitleMetadata &m) { m.title.clear(); },
        [](TitleMetadata &m) { m.originalTitle.clear(); },
        [](TitleMetadata &m) { m.originalLanguage = QStringLiteral("en"); },
        [](TitleMetadata &m) { m.releaseDate.clear(); },
        [](TitleMetadata &m) { m.year = 1; },
        [](TitleMetadata &m) { m.genreIds.removeLast(); },
        [](TitleMetadata &m) { m.status.clear(); },
        [](TitleMetadata &m) { m.runtime = 1; },
        [](TitleMetadata &m) { m.numberOfSeasons = 1; },
        [](TitleMetadata &m) { m.numberOfEpisodes = 1; },
        [](TitleMetadata &m) { m.voteAverage = 1; },
        [](TitleMetadata &m) { m.voteCount = 1; },
        [](TitleMetadata &m) { m.posterPath.clear(); },
        [](TitleMetadata &m) { m.backdropPath.clear(); },
        [](TitleMetadata &m) { m.posters[0].language = QStringLiteral("de"); },
        [](TitleMetadata &m) { m.logos[0].width = 1; },
        [](TitleMetadata &m) { m.backdrops.clear(); },
        [](TitleMetadata &m) { m.origin = QStringLiteral("local"); },
    };
    for (qsizetype i = 0; i < changes.size(); ++i) {
        TitleMetadata changed = base;
        changes[i](changed);
        QVERIFY2(!(changed == base), qPrintable(QStringLiteral("change %1 not seen").arg(i)));
        // …and the change survives the JSON round trip.
        QVERIFY2(TitleMetadata::fromJson(changed.toJson()) == changed, qPrintable(QString::number(i)));
    }
}

void TestTitleMetadata::missingFieldsReadAsDefaults()
{
    const TitleMetadata meta = TitleMetadata::fromJson(QJsonObject{{QStringLiteral("title"), QStringLiteral("X")}});
    QCOMPARE(meta.title, QStringLiteral("X"));
    QCOMPARE(meta.id.type, MediaType::Movie);
    QCOMPARE(meta.id.tmdbId, 0);
    QVERIFY(meta.posters.isEmpty());
}

QTEST_GUILESS_MAIN(TestTitleMetadata)
#include "tst_titlemetadata.moc"
