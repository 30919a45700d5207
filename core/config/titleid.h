#pragma once

#include <QString>

namespace Marquee {

enum class MediaType { Movie, Tv };

inline QString mediaTypeName(MediaType type)  // "movie" / "tv", as TMDB spells it
{
    return type == MediaType::Movie ? QStringLiteral("movie") : QStringLiteral("tv");
}

// Which title a request is about. At least one of imdbId / tmdbId is set once parsed.
struct TitleId
{
    MediaType type = MediaType::Movie;
    QString imdbId;    // "tt1234567" or empty
    qint64 tmdbId = 0; // 0 = unknown

    // Identity for rating cache, coalescing and backoff: the IMDb id if known, else "tmdb:<id>".
    QString canonicalId() const
    {
        return imdbId.isEmpty() ? QStringLiteral("tmdb:") + QString::number(tmdbId) : imdbId;
    }
};

} // namespace Marquee
