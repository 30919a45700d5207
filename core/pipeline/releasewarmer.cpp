#include "core/pipeline/releasewarmer.h"

#include <QDateTime>
#include <QLoggingCategory>

#include "core/pipeline/releasestatuscache.h"
#include "core/storage/storage.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcWarm, "marquee.pipeline.releasewarm")

} // namespace

ReleaseWarmer::ReleaseWarmer(Storage::Storage *storage, ReleaseStatusCache &releases, bool canFetch)
    : m_storage(storage)
    , m_releases(releases)
    , m_canFetch(canFetch)
    , m_warmups(Concurrency, MaxPending)
{
}

bool ReleaseWarmer::cached(const Sources::TitleMetadata &metadata, const QString &apiKey, qint64 now)
{
    if (metadata.id.type != MediaType::Movie || metadata.origin != QLatin1String("tmdb") || metadata.id.tmdbId <= 0
        || !m_storage || !m_canFetch)
        return true;
    const QString key = ReleaseStatusCache::cacheKey(MediaType::Movie, metadata.id.tmdbId);
    const auto row = m_storage->keyedValue(ReleaseStatusCache::Namespace, key, now);
    if (row && row->has_value())
        return true;
    if (!row)
        qCWarning(lcWarm) << "release status cache unreadable:" << row.error().message;
    ReleaseStatusCache *releases = &m_releases;
    m_warmups.run(key, [releases, metadata, apiKey]() -> Result<bool> {
        // forTitle fetches and stores; a failure is not stored, so the next /p request queues it again.
        releases->forTitle(metadata, apiKey, QDateTime::currentSecsSinceEpoch());
        return true;
    }, 0);
    return false;
}

} // namespace Marquee::Pipeline
