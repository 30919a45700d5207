#include "core/pipeline/metadatacache.h"

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include "core/net/deadline.h"
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

MetadataCache::MetadataCache(Storage::Storage *storage, Sources::MetadataSource *source, int fetchThreads)
    : m_storage(storage)
    , m_source(source)
    , m_fetches(fetchThreads, MaxInFlight)
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

bool MetadataCache::isOutage(const Error &error)
{
    if (error.kind == ErrorKind::UpstreamTimeout)
        return true;
    return error.kind == ErrorKind::UpstreamStatus && (error.upstreamStatus == 0 || error.upstreamStatus >= 500);
}

Result<Sources::TitleMetadata> MetadataCache::get(MediaType type, qint64 tmdbId, const QString &language,
                                                  const QString &apiKey, qint64 now)
{
    return get(type, tmdbId, language, apiKey, now, nullptr);
}

Result<Sources::TitleMetadata> MetadataCache::get(MediaType type, qint64 tmdbId, const QString &language,
                                                  const QString &apiKey, qint64 now, bool *stale)
{
    if (stale)
        *stale = false;
    const QString key = cacheKey(type, tmdbId, language);
    std::optional<Sources::TitleMetadata> expired;
    if (m_storage) {
        auto row = m_storage->metadata(key);
        if (!row) {
            qCWarning(lcMetadata) << "metadata row read failed:" << row.error().message;
        } else if (row->has_value()) {
            auto cached = Sources::TitleMetadata::fromJson((*row)->metadata);
            if ((*row)->cachedAt + ttlSeconds(cached, dayOf(now)) > now)
                return cached;
            expired = std::move(cached);
        }
    }
    if (!m_source)
        return fail(ErrorKind::NotConfigured, QStringLiteral("No metadata source"));

    Storage::Storage *storage = m_storage;
    Sources::MetadataSource *source = m_source;
    auto task = [storage, source, key, type, tmdbId, language, apiKey, now]() -> Result<Sources::TitleMetadata> {
        auto fetched = source->details(type, tmdbId, language, apiKey);
        if (fetched && storage) {
            if (auto saved = storage->putMetadata({key, fetched->toJson(), now}); !saved)
                qCWarning(lcMetadata) << "metadata row write failed:" << saved.error().message;
        }
        return fetched;
    };
    const auto answer = m_fetches.run(key, std::move(task), Net::Deadline::remainingMs(), 1);
    if (answer && (*answer || !isOutage(answer->error())))
        return *answer;
    if (expired) {
        qCInfo(lcMetadata) << "serving the expired metadata row of" << key
                           << (answer ? answer->error().message : QStringLiteral("(deadline passed)"));
        if (stale)
            *stale = true;
        return *expired;
    }
    if (answer)
        return *answer;
    return fail(ErrorKind::UpstreamTimeout,
                QCoreApplication::translate("Marquee::Pipeline::MetadataCache", "Upstream request timed out"));
}

void MetadataCache::drop(MediaType type, qint64 tmdbId, const QString &language)
{
    if (!m_storage)
        return;
    if (auto removed = m_storage->removeMetadata(cacheKey(type, tmdbId, language)); !removed)
        qCWarning(lcMetadata) << "metadata row delete failed:" << removed.error().message;
}

bool MetadataCache::waitForBackground(int msecs)
{
    return m_fetches.waitForDone(msecs);
}

} // namespace Marquee::Pipeline
