#pragma once

#include <QDate>
#include <QString>

#include "core/config/titleid.h"
#include "core/sources/titlemetadata.h"
#include "core/util/error.h"

namespace Marquee::Storage { class Storage; }
namespace Marquee::Sources { class MetadataSource; }

namespace Marquee::Pipeline {

// TMDB details through tmdb_metadata_cache (reference §6.2): 7 days, 1 day while a title is unreleased
// or released less than 14 days ago (its art and dates still move). Source errors pass through untouched
// so the pipeline can apply the reference's error ladder.
class MetadataCache
{
public:
    MetadataCache(Storage::Storage *storage, Sources::MetadataSource *source);

    Result<Sources::TitleMetadata> get(MediaType type, qint64 tmdbId, const QString &language,
                                       const QString &apiKey, qint64 now);
    void drop(MediaType type, qint64 tmdbId, const QString &language);

    static QString cacheKey(MediaType type, qint64 tmdbId, const QString &language);
    static qint64 ttlSeconds(const Sources::TitleMetadata &metadata, const QDate &today);

    static constexpr qint64 Day = 86400;
    static constexpr int FreshDays = 14;  // DAYS_CONSIDERED_NEW

private:
    Storage::Storage *m_storage;
    Sources::MetadataSource *m_source;
};

} // namespace Marquee::Pipeline
