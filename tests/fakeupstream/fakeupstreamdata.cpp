#include "tests/fakeupstream/fakeupstreamdata.h"

#include <algorithm>

#include <QDateTime>
#include <QHash>

#include "tests/fakeupstream/fakesashtitles.h"

namespace Marquee::Tests {

namespace {

FakeImage poster(const QString &file, const QString &language, double vote, int votes)
{
    return FakeImage{file, language, vote, votes, 1000, 1500};
}

FakeImage backdrop(const QString &file, const QString &language, double vote, int votes)
{
    return FakeImage{file, language, vote, votes, 1920, 1080};
}

FakeImage logo(const QString &file, const QString &language, double vote, int votes, int width, int height)
{
    return FakeImage{file, language, vote, votes, width, height};
}

QList<FakeTitle> buildTable()
{
    QList<FakeTitle> table;

    table.append(FakeTitle{
        .type = MediaType::Movie, .tmdbId = 1001, .imdbId = QStringLiteral("tt0000001"),
        .title = QStringLiteral("The Lighthouse Keeper"), .originalTitle = QStringLiteral("The Lighthouse Keeper"),
        .originalLanguage = QStringLiteral("en"), .releaseDate = QStringLiteral("2019-10-18"),
        .genreIds = {18, 9648}, .runtime = 118, .status = QStringLiteral("Released"),
        .voteAverage = 7.8, .voteCount = 4210,
        .posters = {poster(QStringLiteral("/poster-1001-null.jpg"), QString(), 5.6, 12),
                    poster(QStringLiteral("/poster-1001-en.jpg"), QStringLiteral("en"), 5.4, 20)},
        .logos = {logo(QStringLiteral("/logo-1001-en.png"), QStringLiteral("en"), 5.3, 4, 1000, 300)},
        .backdrops = {backdrop(QStringLiteral("/backdrop-1001-null.jpg"), QString(), 5.5, 8)},
        .cast = {QStringLiteral("Ada Marlowe"), QStringLiteral("Tomas Reed")},
        .crew = {{QStringLiteral("Director"), QStringLiteral("Iris Calder")}},
        .companies = {QStringLiteral("Northlight Pictures")},
        .releaseDates = {{QStringLiteral("US"), 3, QStringLiteral("2019-10-18"), QStringLiteral("PG-13")},
                         {QStringLiteral("US"), 4, QStringLiteral("2020-01-10"), QString()},
                         {QStringLiteral("US"), 5, QStringLiteral("2020-02-20"), QString()}},
        .ratings = {{QStringLiteral("imdb"), 7.9, 79, 250000}, {QStringLiteral("letterboxd"), 4.1, 82, 120000},
                    {QStringLiteral("tomatoes"), 92, 92, 310}, {QStringLiteral("popcorn"), 88, 88, 5000},
                    {QStringLiteral("metacritic"), 81, 81, 45}, {QStringLiteral("tmdb"), 78, 78, 4210},
                    {QStringLiteral("trakt"), 80, 80, 9000}, {QStringLiteral("rogerebert"), 3.5, 88, -1}},
        .keywords = {QStringLiteral("best-picture-winner")}, .ageRating = 13,
        .exercises = QStringLiteral("textless poster + logo, full ratings, best-picture-winner sash"),
    });

    table.append(FakeTitle{
        .type = MediaType::Movie, .tmdbId = 1002, .imdbId = QStringLiteral("tt0000002"),
        .title = QStringLiteral("Neon Harbor"), .originalTitle = QStringLiteral("Neon Harbor"),
        .originalLanguage = QStringLiteral("en"), .releaseDate = QStringLiteral("2021-06-04"),
        .genreIds = {28, 53, 80}, .runtime = 104, .status = QStringLiteral("Released"),
        .voteAverage = 6.9, .voteCount = 1830,
        .posters = {poster(QStringLiteral("/poster-1002-en.jpg"), QStringLiteral("en"), 5.5, 14),
                    poster(QStringLiteral("/poster-1002-fr.jpg"), QStringLiteral("fr"), 5.2, 6)},
        .logos = {logo(QStringLiteral("/logo-1002-en.png"), QStringLiteral("en"), 5.4, 6, 800, 400)},
        .backdrops = {backdrop(QStringLiteral("/backdrop-1002-null.jpg"), QString(), 5.6, 10),
                      backdrop(QStringLiteral("/backdrop-1002-en.jpg"), QStringLiteral("en"), 5.1, 3)},
        .cast = {QStringLiteral("Jun Okafor"), QStringLiteral("Mara Vance")},
        .crew = {{QStringLiteral("Director"), QStringLiteral("Lev Arden")}},
        .companies = {QStringLiteral("Tidewater Films")},
        .releaseDates = {{QStringLiteral("US"), 3, QStringLiteral("2021-06-04"), QStringLiteral("R")},
                         {QStringLiteral("US"), 4, QStringLiteral("2021-07-20"), QString()}},
        .ratings = {{QStringLiteral("imdb"), 6.8, 68, 98000}, {QStringLiteral("letterboxd"), 3.4, 68, 40000},
                    {QStringLiteral("tomatoes"), 71, 71, 220}, {QStringLiteral("popcorn"), 65, 65, 2500},
                    {QStringLiteral("metacritic"), 58, 58, 38}, {QStringLiteral("trakt"), 69, 69, 3000}},
        .keywords = {QStringLiteral("based-on-true-story")}, .ageRating = 17,
        .exercises = QStringLiteral("only text-bearing posters + textless backdrop (backdrop crop), true story"),
    });

    table.append(FakeTitle{
        .type = MediaType::Movie, .tmdbId = 1003, .imdbId = QStringLiteral("tt0000004"),
        .title = QStringLiteral("Paper Lantern"), .originalTitle = QStringLiteral("Paper Lantern"),
        .originalLanguage = QStringLiteral("en"), .releaseDate = QStringLiteral("2023-03-03"),
        .genreIds = {35}, .runtime = 32, .status = QStringLiteral("Released"),
        .voteAverage = 6.1, .voteCount = 7,
        .cast = {QStringLiteral("Nell Hart")},
        .crew = {{QStringLiteral("Director"), QStringLiteral("Pia Lund")}},
        .releaseDates = {{QStringLiteral("US"), 3, QStringLiteral("2023-03-03"), QString()}},
        .ratings = {{QStringLiteral("imdb"), 5.5, 55, 850}, {QStringLiteral("letterboxd"), 2.9, 58, 6},
                    {QStringLiteral("tomatoes"), 40, 40, 12}},
        .exercises = QStringLiteral("no images at all (fallback canvas), letterboxd below the vote floor, short film"),
    });

    table.append(FakeTitle{
        .type = MediaType::Movie, .tmdbId = 1004, .imdbId = QStringLiteral("tt0000005"),
        .title = QStringLiteral("Quiet Meridian"), .originalTitle = QStringLiteral("Quiet Meridian"),
        .originalLanguage = QStringLiteral("en"), .releaseDate = QStringLiteral("2035-03-14"),
        .genreIds = {99}, .runtime = 0, .status = QStringLiteral("Post Production"),
        .posters = {poster(QStringLiteral("/poster-1004-null.jpg"), QString(), 0, 0)},
        .logos = {logo(QStringLiteral("/logo-1004-en.png"), QStringLiteral("en"), 0, 0, 900, 300)},
        .backdrops = {backdrop(QStringLiteral("/backdrop-1004-null.jpg"), QString(), 0, 0)},
        .releaseDates = {{QStringLiteral("US"), 3, QStringLiteral("2035-03-14"), QString()}},
        .inMdbList = false,
        .exercises = QStringLiteral("no MDBList entry (404 → N/A), unreleased (Production)"),
    });

    table.append(FakeTitle{
        .type = MediaType::Movie, .tmdbId = 1005, .imdbId = QStringLiteral("tt0000006"),
        .title = QStringLiteral("The Lost Garden"), .originalTitle = QStringLiteral("Le Jardin Perdu"),
        .originalLanguage = QStringLiteral("fr"), .releaseDate = QStringLiteral("2018-05-16"),
        .genreIds = {18, 10749}, .runtime = 112, .status = QStringLiteral("Released"),
        .voteAverage = 7.2, .voteCount = 960,
        .posters = {poster(QStringLiteral("/poster-1005-fr.jpg"), QStringLiteral("fr"), 5.6, 9),
                    poster(QStringLiteral("/poster-1005-null.jpg"), QString(), 5.3, 5)},
        .logos = {logo(QStringLiteral("/logo-1005-fr.png"), QStringLiteral("fr"), 5.5, 4, 1000, 360),
                  logo(QStringLiteral("/logo-1005-en.png"), QStringLiteral("en"), 5.2, 2, 1000, 360)},
        .backdrops = {backdrop(QStringLiteral("/backdrop-1005-null.jpg"), QString(), 5.4, 6)},
        .cast = {QStringLiteral("Camille Roux"), QStringLiteral("Julien Marchand")},
        .crew = {{QStringLiteral("Director"), QStringLiteral("Hélène Varga")}},
        .companies = {QStringLiteral("Les Films du Verger")},
        .releaseDates = {{QStringLiteral("FR"), 1, QStringLiteral("2018-05-16"), QString()},
                         {QStringLiteral("US"), 3, QStringLiteral("2018-11-02"), QStringLiteral("R")},
                         {QStringLiteral("US"), 4, QStringLiteral("2019-02-01"), QString()}},
        .ratings = {{QStringLiteral("imdb"), 7.3, 73, 41000}, {QStringLiteral("letterboxd"), 3.9, 78, 30000},
                    {QStringLiteral("tomatoes"), 87, 87, 95}, {QStringLiteral("popcorn"), 82, 82, 1000},
                    {QStringLiteral("metacritic"), 79, 79, 30}},
        .keywords = {QStringLiteral("festival-cannes-winner")}, .ageRating = 12,
        .exercises = QStringLiteral("non-English original (fr): foreign sash, fr/en logos, Cannes winner"),
    });

    table.append(FakeTitle{
        .type = MediaType::Tv, .tmdbId = 2001, .imdbId = QStringLiteral("tt0000003"),
        .title = QStringLiteral("Orbital Station"), .originalTitle = QStringLiteral("Orbital Station"),
        .originalLanguage = QStringLiteral("en"), .releaseDate = QStringLiteral("2016-09-23"),
        .genreIds = {10765, 18}, .runtime = 48, .seasons = 4, .episodes = 40,
        .status = QStringLiteral("Returning Series"), .voteAverage = 8.1, .voteCount = 2100,
        .posters = {poster(QStringLiteral("/poster-2001-null.jpg"), QString(), 5.7, 15),
                    poster(QStringLiteral("/poster-2001-en.jpg"), QStringLiteral("en"), 5.5, 11)},
        .logos = {logo(QStringLiteral("/logo-2001-en.png"), QStringLiteral("en"), 5.6, 5, 1000, 280)},
        .backdrops = {backdrop(QStringLiteral("/backdrop-2001-null.jpg"), QString(), 5.5, 7)},
        .cast = {QStringLiteral("Rhea Sol"), QStringLiteral("Oskar Brandt")},
        .crew = {{QStringLiteral("Executive Producer"), QStringLiteral("Dana Quill")}},
        .companies = {QStringLiteral("Farside Television")},
        .ratings = {{QStringLiteral("trakt"), 84, 84, 5400}, {QStringLiteral("imdb"), 8.2, 82, 150000},
                    {QStringLiteral("tomatoes"), 90, 90, 60}, {QStringLiteral("popcorn"), 85, 85, 800},
                    {QStringLiteral("tmdb"), 81, 81, 2100}},
        .keywords = {QStringLiteral("cult-classic")}, .ageRating = 14,
        .exercises = QStringLiteral("TV show, trakt ratings, cult-classic sash, binge ready (4 seasons)"),
    });

    table.append(FakeTitle{
        .type = MediaType::Tv, .tmdbId = 2002, .imdbId = QStringLiteral("tt0000007"),
        .title = QStringLiteral("Tiny Detectives"), .originalTitle = QStringLiteral("Tiny Detectives"),
        .originalLanguage = QStringLiteral("en"), .releaseDate = QStringLiteral("2022-01-14"),
        .genreIds = {9648, 10762}, .runtime = 24, .seasons = 1, .episodes = 6,
        .status = QStringLiteral("Ended"), .voteAverage = 7.0, .voteCount = 140,
        .posters = {poster(QStringLiteral("/poster-2002-en.jpg"), QStringLiteral("en"), 5.3, 4)},
        .logos = {logo(QStringLiteral("/logo-2002-en.png"), QStringLiteral("en"), 5.2, 2, 900, 450)},
        .backdrops = {backdrop(QStringLiteral("/backdrop-2002-null.jpg"), QString(), 5.2, 3)},
        .cast = {QStringLiteral("Milo Park")},
        .ratings = {{QStringLiteral("trakt"), 72, 72, 900}, {QStringLiteral("imdb"), 7.0, 70, 3200}},
        .keywords = {QStringLiteral("metacritic-must-see")}, .ageRating = 7,
        .exercises = QStringLiteral("mini series (1 season, 6 episodes), ended, metacritic-must-see"),
    });

    table.append(FakeTitle{
        .type = MediaType::Tv, .tmdbId = 2003, .imdbId = QString(),
        .title = QStringLiteral("Harbor Lights Kitchen"), .originalTitle = QStringLiteral("港の台所"),
        .originalLanguage = QStringLiteral("ja"), .releaseDate = QStringLiteral("2019-04-02"),
        .genreIds = {18, 35}, .runtime = 30, .seasons = 3, .episodes = 36,
        .status = QStringLiteral("Returning Series"), .voteAverage = 8.0, .voteCount = 310,
        .posters = {poster(QStringLiteral("/poster-2003-null.jpg"), QString(), 5.4, 6),
                    poster(QStringLiteral("/poster-2003-ja.jpg"), QStringLiteral("ja"), 5.6, 8)},
        .logos = {logo(QStringLiteral("/logo-2003-ja.png"), QStringLiteral("ja"), 5.5, 3, 800, 320),
                  logo(QStringLiteral("/logo-2003-en.png"), QStringLiteral("en"), 5.1, 1, 1000, 320)},
        .backdrops = {backdrop(QStringLiteral("/backdrop-2003-null.jpg"), QString(), 5.3, 4)},
        .cast = {QStringLiteral("Aoi Tanaka")},
        .ratings = {{QStringLiteral("trakt"), 77, 77, 640}, {QStringLiteral("tmdb"), 80, 80, 310}},
        .exercises = QStringLiteral("no IMDb id (MDBList tmdb route), Japanese original, binge ready"),
    });
    appendSashTitles(table);
    return table;
}

} // namespace

const QList<FakeTitle> &fakeTitles()
{
    static const QList<FakeTitle> table = buildTable();
    return table;
}

const FakeTitle *findFakeTitle(MediaType type, qint64 tmdbId)
{
    for (const FakeTitle &title : fakeTitles()) {
        if (title.type == type && title.tmdbId == tmdbId)
            return &title;
    }
    return nullptr;
}

const FakeTitle *findFakeTitleByImdb(const QString &imdbId)
{
    for (const FakeTitle &title : fakeTitles()) {
        if (!title.imdbId.isEmpty() && title.imdbId == imdbId)
            return &title;
    }
    return nullptr;
}

FakeImageRef findFakeImage(const QString &file)
{
    for (const FakeTitle &title : fakeTitles()) {
        const QList<QPair<FakeImageKind, const QList<FakeImage> *>> groups = {
            {FakeImageKind::Poster, &title.posters},
            {FakeImageKind::Logo, &title.logos},
            {FakeImageKind::Backdrop, &title.backdrops},
        };
        for (const auto &group : groups) {
            for (const FakeImage &image : *group.second) {
                if (image.file == file)
                    return FakeImageRef{&title, &image, group.first};
            }
        }
    }
    return {};
}

QString fakeDateFromToday(int days)
{
    return QDateTime::currentDateTimeUtc().date().addDays(days).toString(Qt::ISODate);
}

QList<const FakeTitle *> fakeTrending(MediaType type, const QString &window)
{
    const bool day = window == QLatin1String("day");
    QList<const FakeTitle *> ranked;
    for (const FakeTitle &title : fakeTitles()) {
        if (title.type == type && (day ? title.trendingDay : title.trendingWeek) > 0)
            ranked.append(&title);
    }
    std::sort(ranked.begin(), ranked.end(), [day](const FakeTitle *a, const FakeTitle *b) {
        return day ? a->trendingDay < b->trendingDay : a->trendingWeek < b->trendingWeek;
    });
    // Ranks are positions in TMDB's list: fill the gaps before a crafted rank with unrelated ids.
    QList<const FakeTitle *> positions;
    for (const FakeTitle *title : ranked) {
        while (positions.size() + 1 < (day ? title->trendingDay : title->trendingWeek))
            positions.append(nullptr);
        positions.append(title);
    }
    return positions;
}

QList<QPair<const FakeTitle *, int>> fakeCustomList()
{
    return {{findFakeTitle(MediaType::Movie, 1109), 1}, {findFakeTitle(MediaType::Tv, 2107), 2},
            {findFakeTitle(MediaType::Movie, 1102), 3}, {findFakeTitle(MediaType::Movie, 1108), 4}};
}

QString fakeGenreName(int genreId)
{
    static const QHash<int, QString> names = {
        {28, QStringLiteral("Action")},       {12, QStringLiteral("Adventure")},
        {16, QStringLiteral("Animation")},    {35, QStringLiteral("Comedy")},
        {80, QStringLiteral("Crime")},        {99, QStringLiteral("Documentary")},
        {18, QStringLiteral("Drama")},        {10751, QStringLiteral("Family")},
        {14, QStringLiteral("Fantasy")},      {36, QStringLiteral("History")},
        {27, QStringLiteral("Horror")},       {10402, QStringLiteral("Music")},
        {9648, QStringLiteral("Mystery")},    {10749, QStringLiteral("Romance")},
        {878, QStringLiteral("Science Fiction")}, {53, QStringLiteral("Thriller")},
        {10752, QStringLiteral("War")},       {37, QStringLiteral("Western")},
        {10759, QStringLiteral("Action & Adventure")}, {10762, QStringLiteral("Kids")},
        {10763, QStringLiteral("News")},      {10764, QStringLiteral("Reality")},
        {10765, QStringLiteral("Sci-Fi & Fantasy")}, {10766, QStringLiteral("Soap")},
        {10767, QStringLiteral("Talk")},      {10768, QStringLiteral("War & Politics")},
    };
    return names.value(genreId, QStringLiteral("Unknown"));
}

} // namespace Marquee::Tests
