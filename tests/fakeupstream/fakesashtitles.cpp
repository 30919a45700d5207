#include "tests/fakeupstream/fakesashtitles.h"

namespace Marquee::Tests {

namespace {

QString d(int days)
{
    return fakeDateFromToday(days);
}

FakeReleaseDate release(const QString &country, int type, int days, const QString &certification = QString())
{
    return FakeReleaseDate{country, type, d(days), certification};
}

// A title with a textless poster, a logo, a backdrop and a plain MDBList entry.
FakeTitle base(MediaType type, qint64 id, const QString &name, const QString &releaseDate, const QString &status,
               const QString &exercises)
{
    const QString stem = QString::number(id);
    FakeTitle title;
    title.type = type;
    title.tmdbId = id;
    title.imdbId = QStringLiteral("tt%1").arg(id, 7, 10, QLatin1Char('0'));
    title.title = name;
    title.originalTitle = name;
    title.originalLanguage = QStringLiteral("en");
    title.releaseDate = releaseDate;
    title.genreIds = {18};
    title.runtime = type == MediaType::Movie ? 101 : 45;
    title.status = status;
    title.voteAverage = 7.1;
    title.voteCount = 800;
    title.posters = {FakeImage{QStringLiteral("/poster-%1-null.jpg").arg(stem), QString(), 5.5, 10, 1000, 1500}};
    title.logos = {FakeImage{QStringLiteral("/logo-%1-en.png").arg(stem), QStringLiteral("en"), 5.4, 4, 1000, 320}};
    title.backdrops = {FakeImage{QStringLiteral("/backdrop-%1-null.jpg").arg(stem), QString(), 5.3, 5, 1920, 1080}};
    title.ratings = {{QStringLiteral("imdb"), 7.2, 72, 20000}, {QStringLiteral("letterboxd"), 3.6, 72, 9000},
                     {QStringLiteral("tomatoes"), 80, 80, 120}, {QStringLiteral("trakt"), 74, 74, 3000}};
    title.ageRating = 12;
    title.exercises = exercises;
    return title;
}

FakeTitle movie(qint64 id, const QString &name, const QList<FakeReleaseDate> &dates, const QString &status,
                const QString &exercises)
{
    QString primary;
    for (const FakeReleaseDate &date : dates) {
        if (date.type == 3 || date.type == 2)
            primary = primary.isEmpty() || date.date < primary ? date.date : primary;
    }
    FakeTitle title = base(MediaType::Movie, id, name, primary, status, exercises);
    title.releaseDates = dates;
    return title;
}

FakeTitle show(qint64 id, const QString &name, int firstAirDays, const QString &status, int seasons, int episodes,
               const QString &exercises)
{
    FakeTitle title = base(MediaType::Tv, id, name, firstAirDays == 0 ? QString() : d(firstAirDays), status, exercises);
    title.seasons = seasons;
    title.episodes = episodes;
    return title;
}

} // namespace

void appendSashTitles(QList<FakeTitle> &table)
{
    const QString released = QStringLiteral("Released");

    table.append(movie(1101, QStringLiteral("Midnight Matinee"),
                       {release(QStringLiteral("US"), 3, -20), release(QStringLiteral("US"), 4, 40),
                        release(QStringLiteral("GB"), 4, 55)},
                       released, QStringLiteral("Cinema: in theatres 20 days, digital in 40 days (dated label)")));
    FakeTitle harvest = movie(1102, QStringLiteral("Harvest Moonrise"),
                              {release(QStringLiteral("GB"), 3, -210, QStringLiteral("15")),
                               release(QStringLiteral("US"), 3, -200, QStringLiteral("R")),
                               release(QStringLiteral("US"), 4, -30)},
                              released, QStringLiteral("Streaming: digital 30 days ago; no MDBList entry, US R → age 17"));
    harvest.inMdbList = false;
    table.append(harvest);
    table.append(movie(1103, QStringLiteral("Iron Orchard"),
                       {release(QStringLiteral("US"), 3, -400), release(QStringLiteral("US"), 4, -300),
                        release(QStringLiteral("DE"), 5, -200)},
                       released, QStringLiteral("Physical: disc release 200 days ago")));
    table.append(movie(1104, QStringLiteral("Glass Comet"), {release(QStringLiteral("US"), 3, 60)},
                       QStringLiteral("Post Production"),
                       QStringLiteral("Production: theatrical in 60 days (\"Mon D Cinema\")")));
    table.append(movie(1105, QStringLiteral("Far Meridian"), {release(QStringLiteral("FR"), 3, 500)},
                       QStringLiteral("In Production"),
                       QStringLiteral("Production: theatrical in 500 days (\"Mon YYYY Cinema\")")));
    table.append(movie(1106, QStringLiteral("Silent Pier"),
                       {release(QStringLiteral("US"), 3, -120), release(QStringLiteral("US"), 4, -5)},
                       released, QStringLiteral("Streaming, digital 5 days ago: Just Added")));
    table.append(movie(1107, QStringLiteral("The Festival Cut"), {release(QStringLiteral("IT"), 1, 30)},
                       released, QStringLiteral("festival premiere ahead proves it unreleased: Production")));

    FakeTitle express = movie(1108, QStringLiteral("Starfall Express"),
                              {release(QStringLiteral("US"), 3, -700), release(QStringLiteral("US"), 4, -600)},
                              released, QStringLiteral("trending #1 today (week #2)"));
    express.trendingDay = 1;
    express.trendingWeek = 2;
    table.append(express);
    FakeTitle tides = movie(1109, QStringLiteral("Quiet Tides"),
                            {release(QStringLiteral("US"), 3, -900), release(QStringLiteral("US"), 4, -800)},
                            released, QStringLiteral("trending #57 today: trending_broad (week #1)"));
    tides.trendingDay = 57;
    tides.trendingWeek = 1;
    table.append(tides);

    FakeTitle airing = show(2101, QStringLiteral("Signal Hill"), -1100, QStringLiteral("Returning Series"), 3, 24,
                            QStringLiteral("Airing; S3E4 aired 7 days ago, S3E5 in 7 days: Returning"));
    airing.lastEpisode = {d(-7), 3, 4};
    airing.nextEpisode = {d(7), 3, 5};
    table.append(airing);
    FakeTitle season = show(2102, QStringLiteral("Northern Lights Inn"), -800, QStringLiteral("Returning Series"), 2, 16,
                            QStringLiteral("S2E1 aired 3 days ago: New Season"));
    season.lastEpisode = {d(-3), 2, 1};
    season.nextEpisode = {d(4), 2, 2};
    table.append(season);
    FakeTitle finale = show(2103, QStringLiteral("Last Light"), -500, QStringLiteral("Ended"), 2, 16,
                            QStringLiteral("Ended; S2E8 (the last) aired 5 days ago: Season Finale"));
    finale.lastEpisode = {d(-5), 2, 8};
    table.append(finale);
    FakeTitle cancelled = show(2104, QStringLiteral("Paper Kingdoms"), -900, QStringLiteral("Canceled"), 1, 10,
                               QStringLiteral("Canceled (TMDB spelling): Cancelled"));
    cancelled.lastEpisode = {d(-400), 1, 10};
    table.append(cancelled);
    FakeTitle premiere = show(2105, QStringLiteral("Dawn Patrol"), -4, QStringLiteral("Returning Series"), 1, 10,
                              QStringLiteral("S1E1 aired 4 days ago: Premiere"));
    premiere.lastEpisode = {d(-4), 1, 1};
    premiere.nextEpisode = {d(3), 1, 2};
    table.append(premiere);
    FakeTitle planned = show(2106, QStringLiteral("Blueprint"), 0, QStringLiteral("In Production"), 0, 0,
                             QStringLiteral("In Production, nothing aired: Production"));
    table.append(planned);
    FakeTitle rookie = show(2107, QStringLiteral("Rookie Season"), -1500, QStringLiteral("Ended"), 4, 40,
                            QStringLiteral("trending #3 today"));
    rookie.lastEpisode = {d(-1000), 4, 10};
    rookie.trendingDay = 3;
    rookie.trendingWeek = 3;
    table.append(rookie);
}

} // namespace Marquee::Tests
