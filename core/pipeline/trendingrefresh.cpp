#include "core/pipeline/trendingrefresh.h"

#include <algorithm>

#include <QDateTime>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QTimeZone>

#include "core/blob/blobstore.h"
#include "core/coordination/coordinator.h"
#include "core/storage/storage.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcTrending, "marquee.trending")

int slot(MediaType type)
{
    return type == MediaType::Movie ? 0 : 1;
}

QString leaseName()
{
    return QStringLiteral("trending-fetch");
}

} // namespace

TrendingRefresh::TrendingRefresh(Options options, Storage::Storage *storage, Blob::BlobStore *blobs,
                                 Coordination::Coordinator *coordinator, Fetch fetch)
    : m_options(std::move(options))
    , m_storage(storage)
    , m_blobs(blobs)
    , m_coordinator(coordinator)
    , m_fetch(std::move(fetch))
    , m_ranks(ranksFor(m_options, storage))
{
}

TrendingRefresh::Options TrendingRefresh::optionsFrom(const Config::ServerSettings &settings)
{
    return Options{settings.trendingFetchTime, settings.trendingFetchTimezone, settings.trendingCacheDuration,
                   settings.trendingFetchCount, settings.trendingBroadFetchCount, settings.trendingSourceMaxItems,
                   settings.trendingSourceMovie, settings.trendingSourceTv};
}

TrendingRanks TrendingRefresh::ranksFor(const Options &options, Storage::Storage *storage)
{
    return TrendingRanks(storage,
                         TrendingRanks::sourceSignature(sourceFor(options, MediaType::Movie), countFor(options, MediaType::Movie)),
                         TrendingRanks::sourceSignature(sourceFor(options, MediaType::Tv), countFor(options, MediaType::Tv)));
}

QString TrendingRefresh::sourceFor(const Options &options, MediaType type)
{
    return (type == MediaType::Movie ? options.movieSource : options.tvSource).trimmed();
}

int TrendingRefresh::countFor(const Options &options, MediaType type)
{
    // A custom list is read whole (up to its cap); TMDB only as deep as the broad sash reaches.
    return sourceFor(options, type).isEmpty() ? std::max(options.fetchCount, options.broadCount) : options.maxItems;
}

QString TrendingRefresh::imdbKey(MediaType type, qint64 tmdbId)
{
    return mediaTypeName(type) + QLatin1Char('_') + QString::number(tmdbId);
}

qint64 TrendingRefresh::nextRefreshAt(qint64 fetchedAt) const
{
    const QTime at = QTime::fromString(m_options.fetchTime, QStringLiteral("H:mm"));
    if (!at.isValid())
        return fetchedAt + 86400;
    QTimeZone zone(m_options.timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime fetched = QDateTime::fromSecsSinceEpoch(fetchedAt, zone);
    QDateTime next(fetched.date(), at, zone);
    if (next <= fetched)
        next = QDateTime(fetched.date().addDays(1), at, zone);
    return next.toSecsSinceEpoch();
}

bool TrendingRefresh::isDue(MediaType type, qint64 now) const
{
    {
        QMutexLocker lock(&m_mutex);
        if (now < m_retryAt[slot(type)])
            return false;
    }
    const auto snapshot = m_ranks.snapshot(type, now);
    return !snapshot || now >= snapshot->nextRefreshAt;
}

QSet<qint64> TrendingRefresh::changedIds(const QList<qint64> &before, const QList<qint64> &after, int sashDepth)
{
    // Only ranks a sash shows count: moving from #150 to #160 of a long custom list changes no poster.
    const auto visibleRank = [sashDepth](const QList<qint64> &ids, qint64 id) {
        const qsizetype index = ids.indexOf(id);
        return index < 0 || index >= sashDepth ? 0 : int(index) + 1;
    };
    QSet<qint64> changed;
    for (const QList<qint64> *list : {&before, &after}) {
        for (qsizetype i = 0; i < std::min<qsizetype>(list->size(), sashDepth); ++i) {
            const qint64 id = list->at(i);
            if (visibleRank(before, id) != visibleRank(after, id))
                changed.insert(id);
        }
    }
    return changed;
}

int TrendingRefresh::invalidate(MediaType type, const QSet<qint64> &tmdbIds)
{
    if (!m_storage)
        return 0;
    int removed = 0;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (qint64 id : tmdbIds) {
        const QString tail = QString::number(id) + QLatin1Char(':') + mediaTypeName(type) + QLatin1Char(':');
        QStringList prefixes{QStringLiteral("tmdb:") + QString::number(id) + QLatin1Char(':') + tail};
        if (auto imdb = m_storage->keyedValue(ImdbNamespace, imdbKey(type, id), now); imdb && *imdb) {
            const QString imdbId = (*imdb)->value.value(QLatin1String("imdb")).toString();
            if (!imdbId.isEmpty())
                prefixes.append(imdbId + QLatin1Char(':') + tail);
        }
        for (const QString &prefix : prefixes) {
            auto rows = m_storage->compositesWithPrefix(prefix);
            if (!rows) {
                qCWarning(lcTrending) << "cannot list composites to invalidate:" << rows.error().message;
                continue;
            }
            for (const Storage::CompositeRow &row : *rows) {
                // Blob first: a row without its blob reads as a miss, a blob without a row is an orphan.
                if (m_blobs && !row.blobKey.isEmpty()) {
                    if (auto gone = m_blobs->remove(row.blobKey); !gone)
                        qCWarning(lcTrending) << "cannot delete composite blob:" << gone.error().message;
                }
                if (auto gone = m_storage->removeComposite(row.cacheKey); gone)
                    ++removed;
            }
        }
    }
    return removed;
}

bool TrendingRefresh::refresh(MediaType type, qint64 now, Outcome &outcome)
{
    const auto previous = m_ranks.snapshot(type, now);
    auto ids = m_fetch ? m_fetch(type, sourceFor(m_options, type), countFor(m_options, type))
                       : Result<QList<qint64>>(fail(ErrorKind::NotConfigured, QStringLiteral("no trending source")));
    if (!ids) {
        QMutexLocker lock(&m_mutex);
        m_retryAt[slot(type)] = now + RetryAfterFailureSeconds;
        outcome.errors.append(mediaTypeName(type) + QLatin1String(": ") + ids.error().message);
        return false;
    }
    TrendingSnapshot snapshot{*ids, m_ranks.signature(type), now, nextRefreshAt(now)};
    // Ranks must outlive a refresh that runs a little late, or posters would lose their sash meanwhile.
    const qint64 expiresAt = std::max(now + m_options.cacheDuration, snapshot.nextRefreshAt + ExpiryGraceSeconds);
    if (auto stored = m_ranks.store(type, snapshot, expiresAt); !stored) {
        outcome.errors.append(mediaTypeName(type) + QLatin1String(": ") + stored.error().message);
        return false;
    }
    ++outcome.refreshed;
    outcome.invalidated += invalidate(type, changedIds(previous ? previous->ids : QList<qint64>(), snapshot.ids,
                                                     std::max(m_options.fetchCount, m_options.broadCount)));
    return true;
}

TrendingRefresh::Outcome TrendingRefresh::runDue(qint64 now)
{
    Outcome outcome;
    QList<MediaType> due;
    for (MediaType type : {MediaType::Movie, MediaType::Tv}) {
        if (isDue(type, now))
            due.append(type);
    }
    if (due.isEmpty())
        return outcome;
    std::optional<QString> token;
    if (m_coordinator) {
        token = m_coordinator->acquireLease(leaseName(), LeaseTtlMs);
        if (!token) {
            outcome.leaseBusy = true;
            return outcome;
        }
    }
    for (MediaType type : due) {
        // Another replica may have finished this type while we waited for the lease.
        if (isDue(type, now))
            refresh(type, now, outcome);
    }
    if (m_coordinator && token)
        m_coordinator->releaseLease(leaseName(), *token);
    for (const QString &error : outcome.errors)
        qCWarning(lcTrending) << "trending refresh failed:" << error;
    if (outcome.refreshed > 0)
        qCInfo(lcTrending) << "trending ranks refreshed:" << outcome.refreshed << "lists," << outcome.invalidated
                           << "composites invalidated";
    return outcome;
}

} // namespace Marquee::Pipeline
