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

bool passesVoteFloor(const QString &source, const RatingValue &rating, int minVotes)
{
    return exemptFromVoteFloor(source) || !rating.votes || *rating.votes >= minVotes;
}

// Python's round(), which the reference uses, rounds halves to even; nearbyint in the default
// rounding mode does the same, so x.5 scores match the reference.
int roundedScore(double score)
{
    return std::clamp(static_cast<int>(std::nearbyint(score)), 0, 100);
}

} // namespace

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

std::optional<int> weightedScore(const RatingsRecord &record, const Config::Weights &weights,
                                 bool fallbackToImdb, int minVotes)
{
    double weightedSum = 0;
    double totalWeight = 0;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        const QString source = it.key().toLower();
        const double weight = it.value();
        const auto rating = record.ratings.constFind(source);
        if (weight <= 0 || rating == record.ratings.cend() || !passesVoteFloor(source, *rating, minVotes))
            continue;
        const std::optional<double> normalised = normalisedRating(source, rating->value);
        if (!normalised)
            continue;
        weightedSum += *normalised * weight;
        totalWeight += weight;
    }
    if (totalWeight > 0)
        return roundedScore(weightedSum / totalWeight);

    // Only "nothing contributed" arms the fallback; an imdb weight of 0 alone does not.
    const auto imdb = record.ratings.constFind(QStringLiteral("imdb"));
    if (fallbackToImdb && imdb != record.ratings.cend()
        && passesVoteFloor(QStringLiteral("imdb"), *imdb, minVotes))
        return roundedScore(*normalisedRating(QStringLiteral("imdb"), imdb->value));
    return std::nullopt;
}

} // namespace Marquee::Sources
