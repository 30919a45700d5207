#pragma once

#include <functional>

#include <QList>
#include <QString>

#include "core/sources/releaseinfo.h"
#include "core/sources/releasestatusrules.h"
#include "core/sources/titlemetadata.h"
#include "core/util/error.h"

namespace Marquee::Storage { class Storage; }

namespace Marquee::Pipeline {

// A title's release status with its tiered lifetime (reference §5.1, §6.2). Movies: derived from TMDB
// release dates, cached in the keyed cache (ns "release_status", key "movie_{tmdb}") until the tier
// says otherwise. TV: derived from the cached details (status, first air date, next episode). Local
// titles have none. A failed fetch is not cached: the answer is then the status the details alone
// prove (Production, Cancelled) or Unknown, good for an hour.
class ReleaseStatusCache
{
public:
    using Fetch = std::function<Result<QList<Sources::ReleaseDate>>(qint64 movieId, const QString &apiKey)>;

    ReleaseStatusCache(Storage::Storage *storage, Fetch fetch, int cinemaMaxAgeYears);

    Sources::ReleaseInfo forTitle(const Sources::TitleMetadata &metadata, const QString &apiKey, qint64 now);

    static QString cacheKey(MediaType type, qint64 tmdbId);
    static inline const QString Namespace = QStringLiteral("release_status");

private:
    Sources::ReleaseInfo movie(const Sources::TitleMetadata &metadata, const QString &apiKey, qint64 now);

    Storage::Storage *m_storage;
    Fetch m_fetch;
    int m_cinemaMaxAgeYears;
};

} // namespace Marquee::Pipeline
