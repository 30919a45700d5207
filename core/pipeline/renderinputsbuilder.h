#pragma once

#include <QDate>

#include "core/config/renderconfig.h"
#include "core/pipeline/artworkloader.h"
#include "core/pipeline/ratingscache.h"
#include "core/pipeline/sashpicker.h"
#include "core/render/renderinputs.h"
#include "core/sources/titlemetadata.h"

namespace Marquee::Pipeline {

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

    static Render::RenderInputs build(const Sources::TitleMetadata &metadata, const RatingsOutcome &ratings,
                                      const Artwork &artwork, const Config::RenderConfig &config,
                                      const QStringList &qualityTokens, const ScorePolicy &policy,
                                      const QDate &today);

    static SashFacts sashFacts(const Sources::TitleMetadata &metadata, const RatingsOutcome &ratings);
    static Config::Weights weightsFor(MediaType type, const Config::RenderConfig &config, const ScorePolicy &policy);
};

} // namespace Marquee::Pipeline
