#pragma once

#include <optional>

#include "core/config/renderconfig.h"
#include "core/sources/ratingsrecord.h"

namespace Marquee::Sources {

// Normalises one raw site rating to 0–100 (reference §3.1); nullopt for an unknown source.
std::optional<double> normalisedRating(const QString &source, double raw);

// The single score of reference §3.2: weighted mean of the normalised ratings that have a value
// (weights renormalise), rounded; when nothing contributes, the IMDb score if fallbackToImdb, else
// nullopt ("N/A"). Ratings whose reported vote count is below minVotes are ignored (Roger Ebert exempt).
std::optional<int> weightedScore(const RatingsRecord &record, const Config::Weights &weights,
                                 bool fallbackToImdb, int minVotes);

} // namespace Marquee::Sources
