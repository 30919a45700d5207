#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "core/config/paramregistry.h"
#include "core/config/renderconfig.h"
#include "core/config/titleid.h"
#include "core/sources/ratingsrecord.h"

namespace Marquee::Sources {

// Normalises one raw site rating to 0–100 (reference §3.1); nullopt for an unknown source.
std::optional<double> normalisedRating(const QString &source, double raw);

// One weighted source as the score saw it (the ?debug=1 diagnostics list every one).
struct ScoreContribution
{
    QString source;
    double weight = 0;
    std::optional<double> raw;         // nullopt: the record has no value for the source
    std::optional<int> votes;
    std::optional<double> normalised;  // 0–100
    bool used = false;                 // counted in the weighted mean
    QString skipped;                   // why not: "no value", "below min votes", "zero weight", "unknown source"
};

// How a single score came about (reference §3.2).
struct ScoreBreakdown
{
    enum class Basis { Weighted, ImdbFallback, ProviderFallback, None };

    std::optional<int> score;          // nullopt = "N/A"
    Basis basis = Basis::None;
    QList<ScoreContribution> contributions;  // in source order

    static QString basisName(Basis basis);   // "weighted", "fallback_to_imdb", "provider_fallback", "none"
};

// The single score of reference §3.2: weighted mean of the normalised ratings that have a value
// (weights renormalise), rounded half to even; when nothing contributed, the anime provider's own score
// (`providerScore`, 0–100) when given, else the IMDb score if fallbackToImdb, else nullopt ("N/A").
// Ratings whose reported vote count is below minVotes are ignored (Roger Ebert exempt; a missing count
// passes).
ScoreBreakdown scoreBreakdown(const RatingsRecord &record, const Config::Weights &weights, bool fallbackToImdb,
                              int minVotes, std::optional<double> providerScore = std::nullopt);

std::optional<int> weightedScore(const RatingsRecord &record, const Config::Weights &weights,
                                 bool fallbackToImdb, int minVotes);

// Whether a vote count passes RATING_MIN_VOTES for `source` (Roger Ebert and unknown counts pass).
bool passesVoteFloor(const QString &source, const RatingValue &rating, int minVotes);

// Reference §3.2 "Anime weights": a title is anime when its ratings come from an anime site.
bool hasAnimeRatings(const RatingsRecord &record);

// The weight parameter a title's score reads: movie_weights / tv_weights, or for anime titles
// anime_movie_weights / anime_tv_weights.
Config::Param weightsParam(MediaType type, bool anime);

// The weights a title is scored with: the request's set for its kind; for anime titles without an
// anime set the request's movie/TV set; else the server's movie/TV weights. Sources the set does not
// allow (ParamRegistry::weightSources) are dropped, so the anime TV set never counts metacritic or
// rogerebert even when it falls back to weights that name them.
Config::Weights effectiveWeights(MediaType type, bool anime, const Config::RenderConfig &config,
                                 const Config::Weights &serverMovieWeights, const Config::Weights &serverTvWeights);

} // namespace Marquee::Sources
