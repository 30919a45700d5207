#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/config/titleid.h"

namespace Marquee::Sources {

// One artwork entry as TMDB lists it (images.posters / logos / backdrops).
struct ImageInfo
{
    QString filePath;     // TMDB file_path ("/abc.jpg"), or a local file path for the local library
    QString language;     // iso_639_1; empty = no language (textless)
    double voteAverage = 0;
    int voteCount = 0;
    int width = 0;
    int height = 0;

    bool operator==(const ImageInfo &other) const = default;
};

// One TV episode as TMDB's next_episode_to_air / last_episode_to_air list it; season 0 = none.
struct EpisodeInfo
{
    QString airDate;     // "YYYY-MM-DD" or empty
    int season = 0;
    int episode = 0;

    bool operator==(const EpisodeInfo &other) const = default;
};

// One entry of TMDB's tv seasons[] (season 0 holds the specials).
struct SeasonInfo
{
    int season = 0;
    int episodeCount = 0;
    QString airDate;

    bool operator==(const SeasonInfo &other) const = default;
};

// What Marquee knows about a title from its metadata source (TMDB details or a local .nfo).
struct TitleMetadata
{
    TitleId id;                    // type, tmdb id, imdb id (external_ids)
    QString title;
    QString originalTitle;
    QString originalLanguage;
    QString releaseDate;           // "YYYY-MM-DD" or empty
    int year = 0;
    QList<int> genreIds;           // TMDB genre ids
    QString status;                // TMDB status ("Released", "Returning Series"…)
    int runtime = 0;
    int numberOfSeasons = 0;
    int numberOfEpisodes = 0;
    double voteAverage = 0;
    int voteCount = 0;
    QString posterPath;            // primary poster
    QString backdropPath;
    QList<ImageInfo> posters;
    QList<ImageInfo> logos;
    QList<ImageInfo> backdrops;
    QString origin;                // "tmdb" or "local"
    QString lastAirDate;           // TV: last_air_date
    EpisodeInfo nextEpisode;       // TV: next_episode_to_air (the release-status and episode sashes)
    EpisodeInfo lastEpisode;       // TV: last_episode_to_air
    QList<SeasonInfo> seasons;     // TV: seasons[]

    QJsonObject toJson() const;    // for the metadata cache; fromJson(toJson(x)) == x
    static TitleMetadata fromJson(const QJsonObject &json);

    bool operator==(const TitleMetadata &other) const;  // field by field (TitleId has no ==)
};

} // namespace Marquee::Sources
