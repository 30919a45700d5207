#include "core/pipeline/renderinputsbuilder.h"

#include "core/pipeline/genrelabel.h"
#include "core/sources/nforeader.h"
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

Config::Weights RenderInputsBuilder::weightsFor(MediaType type, bool anime, const Config::RenderConfig &config,
                                                const ScorePolicy &policy)
{
    return Sources::effectiveWeights(type, anime, config, policy.serverMovieWeights, policy.serverTvWeights);
}

SashFacts RenderInputsBuilder::sashFacts(const Sources::TitleMetadata &metadata, const RatingsOutcome &ratings,
                                         const SashData &sashData)
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
    facts.nextEpisode = metadata.nextEpisode;
    facts.lastEpisode = metadata.lastEpisode;
    facts.seasons = metadata.seasons;
    facts.release = sashData.release;
    facts.trendingRank = sashData.trendingRank;
    facts.trendingBroad = sashData.trendingBroad;
    return facts;
}

SashContext RenderInputsBuilder::sashContext(const Config::RenderConfig &config, const QDate &today)
{
    SashContext context;
    context.today = today;
    context.vocabulary = SashVocabulary::forLanguage(config.text(Param::LogoLanguage));
    context.releaseStatusDates = config.flag(Param::ReleaseStatusDates);
    context.releaseStatusCinemaOnly = config.flag(Param::ReleaseStatusCinemaOnly);
    return context;
}

bool RenderInputsBuilder::cinemaGreyscale(const Config::RenderConfig &config, MediaType type,
                                          const Sources::ReleaseInfo &release, const QStringList &qualityTokens)
{
    using Sources::ReleaseStatus;
    if (type != MediaType::Movie || !config.flag(Param::CinemaGreyscale)
        || (release.status != ReleaseStatus::Cinema && release.status != ReleaseStatus::Production))
        return false;
    const bool available = qualityTokens.contains(QLatin1String("WEBDL")) || qualityTokens.contains(QLatin1String("REMUX"));
    return !(config.flag(Param::CinemaGreyscaleSkipIfAvailable) && available);
}

Render::RenderInputs RenderInputsBuilder::build(const Sources::TitleMetadata &metadata,
                                                const RatingsOutcome &ratings, const Artwork &artwork,
                                                const Config::RenderConfig &config, const QStringList &qualityTokens,
                                                const ScorePolicy &policy, const QDate &today,
                                                const SashData &sashData)
{
    Render::RenderInputs inputs;
    inputs.art = artwork.art;
    inputs.artHasBakedTitle = artwork.bakedTitle;
    inputs.logo = artwork.logo;
    inputs.title = metadata.title;
    inputs.genre = GenreLabel::forGenreIds(metadata.genreIds);
    inputs.year = metadata.year > 0 ? metadata.year : metadata.releaseDate.left(4).toInt();
    if (ratings.record) {
        const bool anime = Sources::hasAnimeRatings(*ratings.record);
        inputs.score = Sources::weightedScore(*ratings.record, weightsFor(metadata.id.type, anime, config, policy),
                                              config.flag(Param::FallbackToImdb), policy.ratingMinVotes);
        inputs.ageRating = ratings.record->ageRating;
    }
    if (config.text(Param::SashMode) != QLatin1String("hidden"))
        inputs.sash = SashPicker::pick(sashFacts(metadata, ratings, sashData), config.sashPriority(),
                                       sashContext(config, today));
    inputs.greyscale = inputs.greyscale || cinemaGreyscale(config, metadata.id.type, sashData.release, qualityTokens);
    // MDBList's age rating first; TMDB's release certificate when MDBList has none (or no key is set).
    if (!inputs.ageRating && !sashData.release.certification.isEmpty())
        inputs.ageRating = Sources::NfoReader::ageRating(sashData.release.certification);
    inputs.qualityTokens = qualityTokens;
    return inputs;
}

} // namespace Marquee::Pipeline
