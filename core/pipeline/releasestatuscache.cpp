#include "core/pipeline/releasestatuscache.h"

#include <QDateTime>
#include <QLoggingCategory>

#include "core/storage/storage.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcRelease, "marquee.release")

using Sources::ReleaseInfo;
using Sources::ReleaseStatus;
using Sources::ReleaseStatusRules;

QDate dayOf(qint64 now)
{
    return QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
}

} // namespace

ReleaseStatusCache::ReleaseStatusCache(Storage::Storage *storage, Fetch fetch, int cinemaMaxAgeYears)
    : m_storage(storage)
    , m_fetch(std::move(fetch))
    , m_cinemaMaxAgeYears(cinemaMaxAgeYears)
{
}

QString ReleaseStatusCache::cacheKey(MediaType type, qint64 tmdbId)
{
    return mediaTypeName(type) + QLatin1Char('_') + QString::number(tmdbId);
}

ReleaseInfo ReleaseStatusCache::forTitle(const Sources::TitleMetadata &metadata, const QString &apiKey, qint64 now)
{
    if (metadata.origin != QLatin1String("tmdb") || metadata.id.tmdbId <= 0)
        return {};
    if (metadata.id.type == MediaType::Movie)
        return movie(metadata, apiKey, now);
    ReleaseInfo info = ReleaseStatusRules::tv(metadata.status, QDate::fromString(metadata.releaseDate, Qt::ISODate),
                                              QDate::fromString(metadata.nextEpisode.airDate, Qt::ISODate), dayOf(now));
    info.expiresAt = ReleaseStatusRules::expiresAt(info, now);
    return info;
}

ReleaseInfo ReleaseStatusCache::movie(const Sources::TitleMetadata &metadata, const QString &apiKey, qint64 now)
{
    const QString key = cacheKey(MediaType::Movie, metadata.id.tmdbId);
    if (m_storage) {
        auto cached = m_storage->keyedValue(Namespace, key, now);
        if (cached && *cached)
            return ReleaseInfo::fromJson((*cached)->value);
        if (!cached)
            qCWarning(lcRelease) << "release status cache unreadable:" << cached.error().message;
    }

    auto dates = m_fetch ? m_fetch(metadata.id.tmdbId, apiKey)
                         : Result<QList<Sources::ReleaseDate>>(fail(ErrorKind::NotConfigured, QStringLiteral("no release dates source")));
    if (!dates) {
        // Only what the details prove on their own; "Released" without dates could still be in cinemas.
        ReleaseInfo info = ReleaseStatusRules::movie(metadata.status, {}, dayOf(now), m_cinemaMaxAgeYears);
        if (info.status != ReleaseStatus::Production && info.status != ReleaseStatus::Cancelled)
            info.status = ReleaseStatus::Unknown;
        // A failed fetch is retried within the hour (and the poster with it); without any source there
        // is nothing to wait for, so the details' own lifetime is the limit.
        info.expiresAt = m_fetch ? now + ReleaseStatusRules::FloorSeconds : 0;
        return info;
    }
    ReleaseInfo info = ReleaseStatusRules::movie(metadata.status, *dates, dayOf(now), m_cinemaMaxAgeYears);
    info.expiresAt = ReleaseStatusRules::expiresAt(info, now);
    if (m_storage) {
        if (auto stored = m_storage->putKeyedValue({Namespace, key, info.toJson(), now, info.expiresAt}); !stored)
            qCWarning(lcRelease) << "release status not cached:" << stored.error().message;
    }
    return info;
}

} // namespace Marquee::Pipeline
