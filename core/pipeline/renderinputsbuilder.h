#pragma once

#include <QDate>

#include "core/config/renderconfig.h"
#include "core/pipeline/artworkloader.h"
#include "core/pipeline/ratingscache.h"
#include "core/pipeline/sashpicker.h"
#include "core/render/renderinputs.h"
#include "core/sources/titlemetadata.h"

namespace Marquee::Pipeline {

// Sash data fetched apart from the metadata and ratings: release status and trending rank.
struct SashData
{
    Sources::ReleaseInfo release;
    int trendingRank = 0;          // 0 = not ranked within TRENDING_BROAD_FETCH_COUNT
    bool trendingBroad = false;    // ranked beyond TRENDING_FETCH_COUNT
};

// Turns fetched facts into the renderer's values: display genre, year, single score (the request's
// weights or the server's), sash, age rating and the quality override tokens.
class RenderInputsBuilder
{
public:
    struct ScorePolicy
    {
        Config::Weights serverMovieWeights;
        Config::Weights serverTvWeights;
        int ratingMinVotes = 10;
    };

    using SashData = Pipeline::SashData;

    static Render::RenderInputs build(const Sources::TitleMetadata &metadata, const RatingsOutcome &ratings,
                                      const Artwork &artwork, const Config::RenderConfig &config,
                                      const QStringList &qualityTokens, const ScorePolicy &policy,
                                      const QDate &today, const SashData &sashData = {});

    static SashFacts sashFacts(const Sources::TitleMetadata &metadata, const RatingsOutcome &ratings,
                               const SashData &sashData = {});
    // The request's wording of the sash: logo_language, release_status_dates / _cinema_only.
    static SashContext sashContext(const Config::RenderConfig &config, const QDate &today);
    // Reference §2.12 (a): cinema_greyscale while a movie is in Cinema or Production, unless
    // cinema_greyscale_skip_if_available and a WEBDL/REMUX source exists.
    static bool cinemaGreyscale(const Config::RenderConfig &config, MediaType type,
                                const Sources::ReleaseInfo &release, const QStringList &qualityTokens);
    static Config::Weights weightsFor(MediaType type, const Config::RenderConfig &config, const ScorePolicy &policy);
    // The set a title is scored with: anime titles (Sources::hasAnimeRatings) read anime_movie_weights /
    // anime_tv_weights, falling back to the movie / TV sets (Sources::effectiveWeights).
    static Config::Weights weightsFor(MediaType type, bool anime, const Config::RenderConfig &config,
                                      const ScorePolicy &policy);
};

} // namespace Marquee::Pipeline
