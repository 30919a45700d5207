#include "core/pipeline/metadatacache.h"

#include <QDateTime>
#include <QLoggingCategory>

#include "core/sources/metadatasource.h"
#include "core/storage/storage.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcMetadata, "marquee.pipeline.metadata")

QDate dayOf(qint64 now)
{
    return QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
}

} // namespace

MetadataCache::MetadataCache(Storage::Storage *storage, Sources::MetadataSource *source)
    : m_storage(storage)
    , m_source(source)
{
}

QString MetadataCache::cacheKey(MediaType type, qint64 tmdbId, const QString &language)
{
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language.toLower();
    return mediaTypeName(type) + QLatin1Char('_') + QString::number(tmdbId) + QLatin1Char('_') + lang;
}

qint64 MetadataCache::ttlSeconds(const Sources::TitleMetadata &metadata, const QDate &today)
{
    const QDate released = QDate::fromString(metadata.releaseDate, Qt::ISODate);
    const bool settled = released.isValid() && released.daysTo(today) >= FreshDays;
    return settled ? 7 * Day : Day;
}

Result<Sources::TitleMetadata> MetadataCache::get(MediaType type, qint64 tmdbId, const QString &language,
                                                  const QString &apiKey, qint64 now)
{
    const QString key = cacheKey(type, tmdbId, language);
    if (m_storage) {
        auto row = m_storage->metadata(key);
        if (!row) {
            qCWarning(lcMetadata) << "metadata row read failed:" << row.error().message;
        } else if (row->has_value()) {
            const auto cached = Sources::TitleMetadata::fromJson((*row)->metadata);
            if ((*row)->cachedAt + ttlSeconds(cached, dayOf(now)) > now)
                return cached;
        }
    }
    if (!m_source)
        return fail(ErrorKind::NotConfigured, QStringLiteral("No metadata source"));
    auto fetched = m_source->details(type, tmdbId, language, apiKey);
    if (!fetched)
        return fetched;
    if (m_storage) {
        if (auto saved = m_storage->putMetadata({key, fetched->toJson(), now}); !saved)
            qCWarning(lcMetadata) << "metadata row write failed:" << saved.error().message;
    }
    return fetched;
}

void MetadataCache::drop(MediaType type, qint64 tmdbId, const QString &language)
{
    if (!m_storage)
        return;
    if (auto removed = m_storage->removeMetadata(cacheKey(type, tmdbId, language)); !removed)
        qCWarning(lcMetadata) << "metadata row delete failed:" << removed.error().message;
}

} // namespace Marquee::Pipeline
