#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "core/config/titleid.h"

namespace Marquee::Tests {

// One artwork entry as TMDB lists it. The file name says what it is ("/poster-1001-null.jpg"), and the
// fake CDN draws the picture from it.
struct FakeImage
{
    QString file;            // TMDB file_path
    QString language;        // iso_639_1; empty = null (textless)
    double voteAverage = 0;
    int voteCount = 0;
    int width = 0;           // "original" size; wN scales to N wide
    int height = 0;
};

struct FakeRating
{
    QString source;          // MDBList source key
    double value = 0;        // site scale
    int score = 0;           // MDBList's own 0–100 score
    int votes = -1;          // -1 = not reported
};

struct FakeReleaseDate
{
    QString country;
    int type = 3;            // 1 premiere, 2 limited, 3 theatrical, 4 digital, 5 physical, 6 TV
    QString date;            // YYYY-MM-DD
    QString certification;
};

// One TV episode (next_episode_to_air / last_episode_to_air); season 0 = null.
struct FakeEpisode
{
    QString airDate;         // YYYY-MM-DD
    int season = 0;
    int episode = 0;
};

// One title of the fake's table: TMDB details, artwork, and (optionally) an MDBList entry.
struct FakeTitle
{
    MediaType type = MediaType::Movie;
    qint64 tmdbId = 0;
    QString imdbId;          // empty = TMDB knows no IMDb id
    QString title;
    QString originalTitle;
    QString originalLanguage;
    QString releaseDate;     // release_date / first_air_date
    QList<int> genreIds;
    int runtime = 0;         // minutes (TV: episode_run_time[0])
    int seasons = 0;
    int episodes = 0;
    QString status;
    double voteAverage = 0;
    int voteCount = 0;
    QList<FakeImage> posters;
    QList<FakeImage> logos;
    QList<FakeImage> backdrops;
    QStringList cast;
    QList<QPair<QString, QString>> crew;  // job, name
    QStringList companies;
    QList<FakeReleaseDate> releaseDates;
    bool inMdbList = true;   // false → MDBList answers 404
    QList<FakeRating> ratings;
    QStringList keywords;
    int ageRating = -1;      // -1 = null
    FakeEpisode nextEpisode;     // TV; season 0 = null
    FakeEpisode lastEpisode;     // TV; season 0 = derived from the release date and season count
    int trendingDay = 0;         // rank in /trending/{type}/day; 0 = not listed
    int trendingWeek = 0;        // rank in /trending/{type}/week
    QString exercises;       // what the title is in the table for
};

enum class FakeImageKind { Poster, Logo, Backdrop };

struct FakeImageRef
{
    const FakeTitle *title = nullptr;
    const FakeImage *image = nullptr;
    FakeImageKind kind = FakeImageKind::Poster;
};

// The fixed title table (see the table in fakeupstreamdata.cpp).
const QList<FakeTitle> &fakeTitles();
const FakeTitle *findFakeTitle(MediaType type, qint64 tmdbId);
const FakeTitle *findFakeTitleByImdb(const QString &imdbId);
FakeImageRef findFakeImage(const QString &file);  // title == nullptr when unknown
QString fakeGenreName(int genreId);
// "YYYY-MM-DD" `days` from today (UTC): the crafted release-status titles move with the calendar.
QString fakeDateFromToday(int days);
// Titles of a type listed in a trending window ("day" / "week"), in rank order.
QList<const FakeTitle *> fakeTrending(MediaType type, const QString &window);
// The custom trending list the fake serves at /lists/marquee/picks/{json|tmdb}: (title, rank).
QList<QPair<const FakeTitle *, int>> fakeCustomList();

} // namespace Marquee::Tests
