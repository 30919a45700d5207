#include "core/pipeline/ratingscache.h"

#include <algorithm>

#include <QDateTime>
#include <QLoggingCategory>
#include <QMutexLocker>

#include "core/net/deadline.h"
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
                           int ratingMinVotes, int concurrency)
    : m_storage(storage)
    , m_source(source)
    , m_serverKeys(std::move(serverKeys))
    , m_minVotes(ratingMinVotes)
    // MDBList queues or drops bursts from one key (reference §8.3: a semaphore of 3 per worker).
    , m_fetches(concurrency > 0 ? concurrency : UncappedThreads, MaxInFlight)
{
    m_serverKeys.removeAll(QString());
}

RatingsCache::~RatingsCache() = default;  // m_fetches drops queued fetches and waits for running ones

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

QString RatingsCache::keyFor(const QString &requestKey) const
{
    return requestKey.isEmpty() ? m_serverKeys.value(0) : requestKey;
}

DeadlineFetches<Sources::RatingsRecord>::Task RatingsCache::fetchTask(const TitleId &title, const QString &key,
                                                                     const QString &genre, qint64 now)
{
    return [this, title, key, genre, now]() -> Result<Sources::RatingsRecord> {
        auto fetched = m_source->ratings(title, key);
        if (fetched) {
            store(title, *fetched, genre, now);
            return fetched;
        }
        qCInfo(lcRatings) << "rating fetch failed for" << title.canonicalId() << fetched.error().message;
        const qint64 finished = QDateTime::currentSecsSinceEpoch();
        QMutexLocker locker(&m_mutex);
        if (m_failedUntil.size() >= 4 * MaxPending)
            m_failedUntil.removeIf([finished](auto it) { return it.value() <= finished; });
        m_failedUntil.insert(title.canonicalId(), std::max(now, finished) + FailureBackoffSeconds);
        return fetched;
    };
}

void RatingsCache::prefetch(const TitleId &title, const QString &requestKey, const QString &genre, qint64 now)
{
    const QString key = keyFor(requestKey);
    if (key.isEmpty() || !m_source)
        return;
    if (const auto hit = cached(title.canonicalId(), now); hit && hit->fresh)
        return;
    m_fetches.run(title.canonicalId(), fetchTask(title, key, genre, now), 0, Foreground);
}

RatingsOutcome RatingsCache::foreground(const TitleId &title, const QString &requestKey, const QString &genre,
                                        qint64 now)
{
    const auto hit = cached(title.canonicalId(), now);
    if (hit && hit->fresh)
        return {hit->record, true};
    const QString key = keyFor(requestKey);
    const std::optional<Sources::RatingsRecord> lastGood = hit ? std::optional(hit->record) : std::nullopt;
    if (key.isEmpty() || !m_source) {
        // Nothing could ever improve on what we have, so it is final.
        return {lastGood, true};
    }
    // Waits until the request's deadline at most (none set: until the fetch ends, bounded by its timeout).
    const auto answer = m_fetches.run(title.canonicalId(), fetchTask(title, key, genre, now),
                                      Net::Deadline::remainingMs(), Foreground);
    if (!answer) {
        qCInfo(lcRatings) << "ratings for" << title.canonicalId()
                          << "not in before the deadline; drawing the last-good row, fetch continues";
        return {lastGood, false};
    }
    if (!*answer)
        return {lastGood, false};  // the last good ratings if any, but as a provisional poster
    return {**answer, true};
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
        if (m_failedUntil.value(id) > now)
            return;
    }
    // Bounded (reference §1.3: at most 256 pending) and de-duplicated by the pool's per-title key.
    if (m_fetches.pending() >= MaxPending && !m_fetches.isRunning(id))
        return;
    m_fetches.run(id, fetchTask(title, m_serverKeys.first(), genre, now), 0, Background);
}

bool RatingsCache::waitForBackground(int msecs)
{
    return m_fetches.waitForDone(msecs);
}

int RatingsCache::pendingBackground() const
{
    return m_fetches.pending();
}

} // namespace Marquee::Pipeline
