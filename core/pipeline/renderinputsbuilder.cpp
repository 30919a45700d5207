#include "core/pipeline/renderinputsbuilder.h"

#include "core/pipeline/genrelabel.h"
#include "core/sources/weightedscore.h"

namespace Marquee::Pipeline {

using Config::Param;

Config::Weights RenderInputsBuilder::weightsFor(MediaType type, const Config::RenderConfig &config,
                                                const ScorePolicy &policy)
{
    if (type == MediaType::Tv)
        return config.weights(Param::TvWeights).value_or(policy.serverTvWeights);
    return config.weights(Param::MovieWeights).value_or(policy.serverMovieWeights);
}

SashFacts RenderInputsBuilder::sashFacts(const Sources::TitleMetadata &metadata, const RatingsOutcome &ratings)
{
    SashFacts facts;
    facts.type = metadata.id.type;
    facts.releaseDate = metadata.releaseDate;
    if (ratings.record) {
        for (const QString &keyword : ratings.record->keywords)
            facts.keywords.append(keyword.toLower());
        if (facts.releaseDate.isEmpty())
            facts.releaseDate = ratings.record->released;
    }
    facts.originalLanguage = metadata.originalLanguage;
    facts.runtime = metadata.runtime;
    facts.numberOfSeasons = metadata.numberOfSeasons;
    facts.numberOfEpisodes = metadata.numberOfEpisodes;
    return facts;
}

Render::RenderInputs RenderInputsBuilder::build(const Sources::TitleMetadata &metadata,
                                                const RatingsOutcome &ratings, const Artwork &artwork,
                                                const Config::RenderConfig &config, const QStringList &qualityTokens,
                                                const ScorePolicy &policy, const QDate &today)
{
    Render::RenderInputs inputs;
    inputs.art = artwork.art;
    inputs.artHasBakedTitle = artwork.bakedTitle;
    inputs.logo = artwork.logo;
    inputs.title = metadata.title;
    inputs.genre = GenreLabel::forGenreIds(metadata.genreIds);
    inputs.year = metadata.year > 0 ? metadata.year : metadata.releaseDate.left(4).toInt();
    if (ratings.record) {
        inputs.score = Sources::weightedScore(*ratings.record, weightsFor(metadata.id.type, config, policy),
                                              config.flag(Param::FallbackToImdb), policy.ratingMinVotes);
        inputs.ageRating = ratings.record->ageRating;
    }
    if (config.text(Param::SashMode) != QLatin1String("hidden"))
        inputs.sash = SashPicker::pick(sashFacts(metadata, ratings), config.sashPriority(), today);
    inputs.qualityTokens = qualityTokens;
    return inputs;
}

} // namespace Marquee::Pipeline
