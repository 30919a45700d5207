#pragma once

#include <QByteArray>
#include <QString>

#include "core/config/titleid.h"
#include "core/sources/titlemetadata.h"
#include "core/util/error.h"

namespace Marquee::Sources {

// A TMDB-shaped metadata and artwork provider. Blocking; called on worker threads.
class MetadataSource
{
public:
    virtual ~MetadataSource() = default;

    // IMDb → TMDB id for the given type. NotFound when the source has no such title.
    virtual Result<qint64> findTmdbId(const QString &imdbId, MediaType type, const QString &apiKey) = 0;
    // Details with images, credits and external ids. NotFound (upstreamStatus 404) for an unknown id.
    virtual Result<TitleMetadata> details(MediaType type, qint64 tmdbId, const QString &language,
                                          const QString &apiKey) = 0;
    // Image bytes for a file path at a TMDB size ("w500", "w1280", "original").
    virtual Result<QByteArray> image(const QString &filePath, const QString &size) = 0;
};

} // namespace Marquee::Sources
