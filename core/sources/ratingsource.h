#pragma once

#include "core/config/titleid.h"
#include "core/sources/ratingsrecord.h"
#include "core/util/error.h"

namespace Marquee::Sources {

// Per-site ratings for a title. Blocking; called on worker threads. An unknown title is an empty
// record (score "N/A"), not an error; rate limits are RateLimited with retryAfterSeconds.
class RatingSource
{
public:
    virtual ~RatingSource() = default;
    virtual Result<RatingsRecord> ratings(const TitleId &title, const QString &apiKey) = 0;
};

} // namespace Marquee::Sources
