#include "core/pipeline/ratingscache.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMutexLocker>

#include "core/sources/ratingsource.h"
#include "core/storage/storage.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcRatings, "marquee.pipeline.ratings")

QDate dayOf(qint64 now)
{
    return QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
}

} // namespace

RatingsCache::RatingsCache(Storage::Storage *storage, Sources::RatingSource *source, QStringList serverKeys,
                           int ratingMinVotes)
    : m_storage(storage)
    , m_source(source)
    , m_serverKeys(std::move(serverKeys))
    , m_minVotes(ratingMinVotes)
{
    m_serverKeys.removeAll(QString());
    // MDBList allows few concurrent calls per key; background warming must not crowd out /poster.
    m_pool.setMaxThreadCount(2);
}

RatingsCache::~RatingsCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

qint64 RatingsCache::ttlSeconds(const QString &releaseDate, const QDate &today)
{
    // Ratings move fast around a release (and before it); settled titles keep theirs for two weeks.
    const QDate released = QDate::fromString(releaseDate, Qt::ISODate);
    const bool recent = released.isValid() && released.daysTo(today) <= 14;
    return recent ? Day : 14 * Day;
}

std::optional<RatingsCache::Cached> RatingsCache::cached(const QString &canonicalId, qint64 now) const
{
    if (!m_storage)
        return std::nullopt;
    auto row = m_storage->rating(canonicalId);
    if (!row) {
        qCWarning(lcRatings) << "rating row read failed:" << row.error().message;
        return std::nullopt;
    }
    // A row written under another vote-floor policy scored different inputs: treat it as missing.
    if (!row->has_value() || (*row)->ratingMinVotes != m_minVotes)
        return std::nullopt;
    Cached hit;
    hit.record = Sources::RatingsRecord::fromJson((*row)->ratings);
    const QString released = hit.record.released.isEmpty() ? (*row)->releaseDate : hit.record.released;
    hit.fresh = (*row)->cachedAt + ttlSeconds(released, dayOf(now)) > now;
    return hit;
}

void RatingsCache::store(const TitleId &title, const Sources::RatingsRecord &record, const QString &genre,
                         qint64 now)
{
    if (!m_storage)
        return;
    Storage::RatingRow row;
    row.canonicalId = title.canonicalId();
    row.ratings = record.toJson();
    row.genre = genre;
    row.releaseDate = record.released;
    row.ageRating = record.ageRating;
    row.cachedAt = now;
    row.ratingMinVotes = m_minVotes;
    if (auto saved = m_storage->putRating(row); !saved)
        qCWarning(lcRatings) << "rating row write failed:" << saved.error().message;
}

RatingsOutcome RatingsCache::foreground(const TitleId &title, const QString &requestKey, const QString &genre,
                                        qint64 now)
{
    const auto hit = cached(title.canonicalId(), now);
    if (hit && hit->fresh)
        return {hit->record, true};
    const QString key = requestKey.isEmpty() ? m_serverKeys.value(0) : requestKey;
    if (key.isEmpty() || !m_source) {
        // Nothing could ever improve on what we have, so it is final.
        return {hit ? std::optional(hit->record) : std::nullopt, true};
    }
    auto fetched = m_source->ratings(title, key);
    if (!fetched) {
        qCInfo(lcRatings) << "rating fetch failed for" << title.canonicalId() << fetched.error().message;
        // Draw the last good ratings if any, but as a provisional poster.
        return {hit ? std::optional(hit->record) : std::nullopt, false};
    }
    store(title, *fetched, genre, now);
    return {*fetched, true};
}

RatingsOutcome RatingsCache::cachedOnly(const TitleId &title, const QString &genre, qint64 now)
{
    const auto hit = cached(title.canonicalId(), now);
    if (hit && hit->fresh)
        return {hit->record, true};
    if (m_serverKeys.isEmpty() || !m_source)
        return {hit ? std::optional(hit->record) : std::nullopt, true};
    queueBackground(title, genre, now);
    return {hit ? std::optional(hit->record) : std::nullopt, false};
}

void RatingsCache::queueBackground(const TitleId &title, const QString &genre, qint64 now)
{
    const QString id = title.canonicalId();
    {
        QMutexLocker locker(&m_mutex);
        if (m_pending.contains(id) || m_pending.size() >= MaxPending || m_failedUntil.value(id) > now)
            return;
        m_pending.insert(id);
    }
    const QString key = m_serverKeys.first();
    m_pool.start([this, title, genre, key, id] {
        auto fetched = m_source->ratings(title, key);
        const qint64 finished = QDateTime::currentSecsSinceEpoch();
        if (fetched)
            store(title, *fetched, genre, finished);
        else
            qCInfo(lcRatings) << "background rating fetch failed for" << id << fetched.error().message;
        QMutexLocker locker(&m_mutex);
        m_pending.remove(id);
        if (!fetched) {
            if (m_failedUntil.size() >= 4 * MaxPending)
                m_failedUntil.removeIf([finished](auto it) { return it.value() <= finished; });
            m_failedUntil.insert(id, finished + FailureBackoffSeconds);
        }
    });
}

bool RatingsCache::waitForBackground(int msecs)
{
    return m_pool.waitForDone(msecs);
}

int RatingsCache::pendingBackground() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_pending.size());
}

} // namespace Marquee::Pipeline
