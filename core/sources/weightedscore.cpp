#include "core/sources/weightedscore.h"

#include <algorithm>
#include <cmath>

namespace Marquee::Sources {

namespace {

// Roger Ebert reviews carry no vote count worth flooring: one critic is the whole sample.
bool exemptFromVoteFloor(const QString &source)
{
    return source == QLatin1String("rogerebert");
}

// Python's round(), which the reference uses, rounds halves to even; nearbyint in the default
// rounding mode does the same, so x.5 scores match the reference.
int roundedScore(double score)
{
    return std::clamp(static_cast<int>(std::nearbyint(score)), 0, 100);
}

ScoreContribution contribution(const RatingsRecord &record, const QString &source, double weight, int minVotes)
{
    ScoreContribution entry;
    entry.source = source;
    entry.weight = weight;
    const auto rating = record.ratings.constFind(source);
    if (rating != record.ratings.cend()) {
        entry.raw = rating->value;
        entry.votes = rating->votes;
        entry.normalised = normalisedRating(source, rating->value);
    }
    if (weight <= 0)
        entry.skipped = QStringLiteral("zero weight");
    else if (!entry.raw)
        entry.skipped = QStringLiteral("no value");
    else if (!entry.normalised)
        entry.skipped = QStringLiteral("unknown source");
    else if (!passesVoteFloor(source, *rating, minVotes))
        entry.skipped = QStringLiteral("below min votes");
    else
        entry.used = true;
    return entry;
}

} // namespace

bool passesVoteFloor(const QString &source, const RatingValue &rating, int minVotes)
{
    return exemptFromVoteFloor(source) || !rating.votes || *rating.votes >= minVotes;
}

std::optional<double> normalisedRating(const QString &source, double raw)
{
    const QString key = source.toLower();
    if (key == QLatin1String("imdb") || key == QLatin1String("metacriticuser")
        || key == QLatin1String("myanimelist"))
        return raw * 10.0;
    if (key == QLatin1String("letterboxd"))
        return raw / 5.0 * 100.0;
    if (key == QLatin1String("rogerebert"))
        return raw / 4.0 * 100.0;
    if (key == QLatin1String("trakt") || key == QLatin1String("tomatoes")
        || key == QLatin1String("popcorn") || key == QLatin1String("metacritic")
        || key == QLatin1String("tmdb") || key == QLatin1String("anilist")
        || key == QLatin1String("kitsu"))
        return raw;
    return std::nullopt;
}

QString ScoreBreakdown::basisName(Basis basis)
{
    switch (basis) {
    case Basis::Weighted: return QStringLiteral("weighted");
    case Basis::ImdbFallback: return QStringLiteral("fallback_to_imdb");
    case Basis::ProviderFallback: return QStringLiteral("provider_fallback");
    case Basis::None: break;
    }
    return QStringLiteral("none");
}

ScoreBreakdown scoreBreakdown(const RatingsRecord &record, const Config::Weights &weights, bool fallbackToImdb,
                              int minVotes, std::optional<double> providerScore)
{
    ScoreBreakdown breakdown;
    double weightedSum = 0;
    double totalWeight = 0;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        ScoreContribution entry = contribution(record, it.key().toLower(), it.value(), minVotes);
        if (entry.used) {
            weightedSum += *entry.normalised * entry.weight;
            totalWeight += entry.weight;
        }
        breakdown.contributions.append(entry);
    }
    if (totalWeight > 0) {
        breakdown.score = roundedScore(weightedSum / totalWeight);
        breakdown.basis = ScoreBreakdown::Basis::Weighted;
        return breakdown;
    }

    // Only "nothing contributed" arms the fallbacks; an imdb weight of 0 alone does not.
    if (providerScore) {
        breakdown.score = roundedScore(*providerScore);
        breakdown.basis = ScoreBreakdown::Basis::ProviderFallback;
        return breakdown;
    }
    const auto imdb = record.ratings.constFind(QStringLiteral("imdb"));
    if (fallbackToImdb && imdb != record.ratings.cend()
        && passesVoteFloor(QStringLiteral("imdb"), *imdb, minVotes)) {
        breakdown.score = roundedScore(*normalisedRating(QStringLiteral("imdb"), imdb->value));
        breakdown.basis = ScoreBreakdown::Basis::ImdbFallback;
    }
    return breakdown;
}

std::optional<int> weightedScore(const RatingsRecord &record, const Config::Weights &weights,
                                 bool fallbackToImdb, int minVotes)
{
    return scoreBreakdown(record, weights, fallbackToImdb, minVotes).score;
}

bool hasAnimeRatings(const RatingsRecord &record)
{
    return record.ratings.contains(QStringLiteral("myanimelist")) || record.ratings.contains(QStringLiteral("anilist"))
           || record.ratings.contains(QStringLiteral("kitsu"));
}

Config::Param weightsParam(MediaType type, bool anime)
{
    using Config::Param;
    if (type == MediaType::Tv)
        return anime ? Param::AnimeTvWeights : Param::TvWeights;
    return anime ? Param::AnimeMovieWeights : Param::MovieWeights;
}

Config::Weights effectiveWeights(MediaType type, bool anime, const Config::RenderConfig &config,
                                 const Config::Weights &serverMovieWeights, const Config::Weights &serverTvWeights)
{
    const Config::Param param = weightsParam(type, anime);
    std::optional<Config::Weights> chosen = config.weights(param);
    if (!chosen && anime)
        chosen = config.weights(weightsParam(type, false));
    Config::Weights weights = chosen.value_or(type == MediaType::Tv ? serverTvWeights : serverMovieWeights);
    const QStringList &allowed = Config::ParamRegistry::weightSources(param);
    weights.removeIf([&allowed](const auto &entry) { return !allowed.contains(entry.key().toLower()); });
    return weights;
}

} // namespace Marquee::Sources
