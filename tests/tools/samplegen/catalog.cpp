#include "tests/tools/samplegen/catalog.h"

namespace Marquee::SampleGen {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QList<SampleRating> movieRatings(double imdb, int imdbVotes, double letterboxd, int lbVotes, int tomatoes,
    int rtVotes, int trakt, int traktVotes, int metacritic, int mcVotes)
{
    return { { s("imdb"), 10, imdb, imdbVotes }, { s("letterboxd"), 5, letterboxd, lbVotes },
        { s("tomatoes"), 100, double(tomatoes), rtVotes }, { s("trakt"), 100, double(trakt), traktVotes },
        { s("metacritic"), 100, double(metacritic), mcVotes } };
}

QList<SampleRating> showRatings(double imdb, int imdbVotes, int trakt, int traktVotes, int tomatoes,
    int rtVotes, int metacritic, int mcVotes)
{
    return { { s("imdb"), 10, imdb, imdbVotes }, { s("trakt"), 100, double(trakt), traktVotes },
        { s("tomatoes"), 100, double(tomatoes), rtVotes },
        { s("metacritic"), 100, double(metacritic), mcVotes } };
}

SampleTitle saltwaterHymn()
{
    SampleTitle t;
    t.number = 1;
    t.folder = s("Saltwater Hymn (2021)");
    t.title = t.originalTitle = s("Saltwater Hymn");
    t.year = 2021;
    t.premiered = s("2021-10-08");
    t.runtime = 118;
    t.mpaa = s("PG-13");
    t.status = s("Released");
    t.genres = { s("Drama"), s("Mystery") };
    t.tags = { s("best-picture-winner"), s("metacritic-must-see") };
    t.language = s("en");
    t.ratings = movieRatings(8.4, 152311, 4.6, 88420, 92, 312, 86, 6120, 90, 52);
    t.plot = s("When a winter storm cuts off her island, the widow who keeps its lighthouse starts receiving "
               "signals "
               "from a ship that sank forty years ago.");
    t.scene = Scene::StormLighthouse;
    t.logo = { s("EBGaramond12-Bold.otf"), { s("SALTWATER"), s("HYMN") }, { 1.0, 0.62 },
        QColor(0xff, 0xf4, 0xdc), QColor(0xc9, 0x9a, 0x5b), QColor(0x1a, 0x12, 0x0a), 12 };
    return t;
}

SampleTitle starfallMeridian()
{
    SampleTitle t;
    t.number = 2;
    t.folder = s("Starfall Meridian (2024)");
    t.title = t.originalTitle = s("Starfall Meridian");
    t.year = 2024;
    t.premiered = s("2024-03-15");
    t.runtime = 141;
    t.mpaa = s("PG-13");
    t.status = s("Released");
    t.genres = { s("Science Fiction"), s("Action") };
    t.tags = { s("best-picture-nominated") };
    t.language = s("en");
    t.ratings = movieRatings(7.6, 98412, 3.9, 61230, 78, 288, 77, 4410, 71, 58);
    t.plot = s("Stranded on a desert moon beneath a dying gas giant, a salvage pilot races a sky of falling "
               "debris to "
               "reach the last ship off-world.");
    t.scene = Scene::DesertPlanet;
    t.logo = { s("BebasNeue-Bold.otf"), { s("STARFALL"), s("MERIDIAN") }, { 1.0, 0.56 },
        QColor(0xff, 0xff, 0xff), QColor(0x9e, 0xb8, 0xd6), QColor(0x0a, 0x10, 0x1c), 18 };
    return t;
}

SampleTitle hollowOrchard()
{
    SampleTitle t;
    t.number = 3;
    t.folder = s("The Hollow Orchard (1987)");
    t.title = t.originalTitle = s("The Hollow Orchard");
    t.year = 1987;
    t.premiered = s("1987-10-30");
    t.runtime = 94;
    t.mpaa = s("R");
    t.status = s("Released");
    t.genres = { s("Horror"), s("Thriller") };
    t.tags = { s("cult-classic") };
    t.language = s("en");
    t.ratings = movieRatings(6.6, 41290, 3.2, 38112, 64, 58, 66, 2210, 58, 14);
    t.plot
        = s("Every autumn the Hale family orchard bears one more tree than the year before. This year, their "
            "youngest son has gone missing.");
    t.scene = Scene::BloodMoonOrchard;
    t.logo = { s("Blankenburg_UNZ1A.ttf"), { s("The Hollow"), s("Orchard") }, { 0.72, 1.0 },
        QColor(0xf2, 0xe8, 0xd8), QColor(0xa8, 0x1e, 0x1e), QColor(0x10, 0x04, 0x04), 2 };
    return t;
}

SampleTitle blueHours()
{
    SampleTitle t;
    t.number = 4;
    t.folder = s("The Blue Hours (2019)");
    t.title = s("The Blue Hours");
    t.originalTitle = s("Les Heures bleues");
    t.year = 2019;
    t.premiered = s("2019-05-21");
    t.runtime = 106;
    t.mpaa = s("R");
    t.status = s("Released");
    t.genres = { s("Romance"), s("Drama") };
    t.tags = { s("festival-cannes-winner") };
    t.language = s("fr");
    t.ratings = movieRatings(7.4, 21870, 4.0, 30112, 88, 96, 74, 980, 82, 33);
    t.plot = s(
        "Over one Paris summer, a night-shift nurse and a widowed piano tuner meet only in the hour between "
        "dusk and dark.");
    t.scene = Scene::BlueHourRooftops;
    t.hasLogo = false; // exercises the fallback title text
    return t;
}

SampleTitle pieInTheSky()
{
    SampleTitle t;
    t.number = 5;
    t.folder = s("Pie in the Sky (2023)");
    t.title = t.originalTitle = s("Pie in the Sky");
    t.year = 2023;
    t.premiered = s("2023-07-14");
    t.runtime = 97;
    t.mpaa = s("PG");
    t.status = s("Released");
    t.genres = { s("Comedy"), s("Family") };
    t.language = s("en");
    t.ratings = movieRatings(5.4, 12044, 2.3, 8120, 41, 87, 52, 640, 44, 29);
    t.plot
        = s("A disgraced pastry chef enters a hot-air balloon race to win back the family bakery, with her "
            "estranged father as the only available co-pilot.");
    t.scene = Scene::BalloonValley;
    t.hasFanart = false; // exercises the landscape fallback
    t.logo = { s("Lobster.otf"), { s("Pie in the Sky") }, { 1.0 }, QColor(0xff, 0xf3, 0xd0),
        QColor(0xff, 0x9a, 0x3c), QColor(0x4a, 0x1c, 0x0c), 0 };
    return t;
}

SampleTitle longDust()
{
    SampleTitle t;
    t.number = 6;
    t.folder = s("The Long Dust (1994)");
    t.title = t.originalTitle = s("The Long Dust");
    t.year = 1994;
    t.premiered = s("1994-09-02");
    t.runtime = 131;
    t.mpaa = s("R");
    t.status = s("Released");
    t.genres = { s("Western"), s("Drama") };
    t.tags = { s("based-on-true-story") };
    t.language = s("en");
    t.ratings = movieRatings(7.1, 33120, 3.5, 14210, 76, 64, 72, 1520, 68, 21);
    t.plot
        = s("In the drought summer of 1887, a widowed rancher drives four hundred head of cattle across the "
            "open plains to save her land from the bank.");
    t.scene = Scene::CanyonSunset;
    t.logo = { s("NotoSerif-Bold.ttf"), { s("THE"), s("LONG DUST") }, { 0.4, 1.0 }, QColor(0xff, 0xe2, 0xa8),
        QColor(0xc2, 0x62, 0x2a), QColor(0x24, 0x0e, 0x04), 8 };
    return t;
}

SampleTitle cinderStreet()
{
    SampleTitle t;
    t.number = 7;
    t.tv = true;
    t.folder = s("Cinder Street (2020)");
    t.title = t.originalTitle = s("Cinder Street");
    t.year = 2020;
    t.premiered = s("2020-01-19");
    t.runtime = 52;
    t.mpaa = s("TV-MA");
    t.status = s("Returning Series");
    t.seasons = 3;
    t.episodes = 24;
    t.genres = { s("Crime"), s("Drama") };
    t.tags = { s("metacritic-must-see") };
    t.language = s("en");
    t.ratings = showRatings(8.2, 61200, 86, 9120, 94, 48, 85, 19);
    t.plot = s("A night-shift detective in a rain-soaked harbour city follows a string of arsons back to the "
               "precinct that trained her.");
    t.scene = Scene::NeonStreet;
    t.logo = { s("YanoneKaffeesatz-Bold.otf"), { s("CINDER STREET") }, { 1.0 }, QColor(0xff, 0xe6, 0xd0),
        QColor(0xff, 0x4d, 0x6d), QColor(0x14, 0x04, 0x10), 10 };
    return t;
}

SampleTitle professorPlum()
{
    SampleTitle t;
    t.number = 8;
    t.tv = true;
    t.folder = s("The Marvellous Midnight Voyages of Professor Plum and the Clockwork Moon (2016)");
    t.title = t.originalTitle = s("The Marvellous Midnight Voyages of Professor Plum and the Clockwork Moon");
    t.year = 2016;
    t.premiered = s("2016-10-02");
    t.runtime = 24;
    t.mpaa = s("TV-Y7");
    t.status = s("Ended");
    t.seasons = 2;
    t.episodes = 26;
    t.genres = { s("Animation"), s("Comedy"), s("Family") };
    t.language = s("en");
    t.ratings = showRatings(8.0, 9870, 81, 2330, 90, 21, 79, 11);
    t.plot = s(
        "Every night at twelve, an eccentric inventor and her grandson wind up the moon and sail it across a "
        "sky full of trouble.");
    t.scene = Scene::StorybookMoon;
    t.logo = { s("Lobster.otf"),
        { s("The Marvellous Midnight Voyages of"), s("Professor Plum"), s("and the Clockwork Moon") },
        { 0.62, 1.0, 0.62 }, QColor(0xff, 0xf6, 0xd8), QColor(0xe8, 0xb4, 0x4c), QColor(0x24, 0x10, 0x38),
        0 };
    return t;
}

} // namespace

QList<SampleTitle> sampleCatalog()
{
    return { saltwaterHymn(), starfallMeridian(), hollowOrchard(), blueHours(), pieInTheSky(), longDust(),
        cinderStreet(), professorPlum() };
}

} // namespace Marquee::SampleGen
