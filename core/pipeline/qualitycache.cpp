#include "core/pipeline/qualitycache.h"

#include <algorithm>

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QThread>

#include "core/coordination/inprocesscoordinator.h"
#include "core/storage/storage.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcQuality, "marquee.pipeline.quality")

constexpr int ReplicaPollMs = 200;  // how often a waiter looks for a row another replica is fetching

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

QDate dayOf(qint64 now)
{
    return QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
}

} // namespace

// One fetch queued or running in this process; waiters block on QualityCache::m_finished until done.
struct QualityCache::Fetch
{
    bool done = false;
    bool elsewhere = false;  // another holder of the claim (a replica) is fetching it
    std::optional<Sources::QualityAnswer> answer;
    qint64 expiresAt = 0;
};

QualityCache::QualityCache(Storage::Storage *storage, Coordination::Coordinator *coordinator,
                           Sources::QualitySource *source, Options options)
    : m_storage(storage)
    , m_coordinator(coordinator)
    , m_source(source)
    , m_options(options)
{
    if (!m_coordinator) {
        m_ownCoordinator = std::make_unique<Coordination::InProcessCoordinator>();
        m_coordinator = m_ownCoordinator.get();
    }
    m_pool.setMaxThreadCount(std::max(1, m_options.backgroundConcurrency));
}

QualityCache::~QualityCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString QualityCache::context() const
{
    return m_source ? m_source->cacheContext() : QString();
}

bool QualityCache::wanted(const Config::RenderConfig &config)
{
    const int mode = config.integer(Config::Param::BadgeDisplayMode);
    // 0 hides badges and 3 is the age rating alone: neither depends on quality. Landscape draws none.
    return mode != 0 && mode != 3 && config.text(Config::Param::Shape) != QLatin1String("landscape");
}

qint64 QualityCache::ttlSeconds(const QString &releaseDate, const QDate &today, int oldCacheDays)
{
    // New releases gain better sources week by week (cinema → WEB-DL → remux); settled titles rarely do.
    const QDate released = QDate::fromString(releaseDate, Qt::ISODate);
    const bool recent = released.isValid() && released.daysTo(today) <= DaysConsideredNew;
    return recent ? Day : qint64(oldCacheDays) * Day;
}

int QualityCache::sourceBackoffSeconds(int consecutiveFailures)
{
    qint64 seconds = 30;
    for (int i = 1; i < consecutiveFailures && seconds < 1800; ++i)
        seconds *= 4;
    return int(std::min<qint64>(seconds, 1800));
}

std::optional<QualityCache::Cached> QualityCache::cached(const QString &cacheId, qint64 now) const
{
    if (!m_storage)
        return std::nullopt;
    const auto row = m_storage->keyedValue(latin(Namespace), cacheId, now);
    if (!row) {
        qCWarning(lcQuality) << "quality row read failed:" << row.error().message;
        return std::nullopt;
    }
    if (!row->has_value())
        return std::nullopt;
    const QJsonObject value = (*row)->value;
    if (value.value(QLatin1String("context")).toString() != context()) {
        // Written for another source (or QualiCache trust level): its tokens mean something else.
        if (auto removed = m_storage->removeKeyedValue(latin(Namespace), cacheId); !removed)
            qCWarning(lcQuality) << "stale quality row not removed:" << removed.error().message;
        return std::nullopt;
    }
    Cached hit;
    for (const QJsonValue &token : value.value(QLatin1String("tokens")).toArray())
        hit.tokens.append(token.toString());
    hit.expiresAt = (*row)->expiresAt;
    return hit;
}

void QualityCache::store(const Sources::QualityLookup &lookup, const QStringList &tokens, qint64 now)
{
    if (!m_storage)
        return;
    QJsonObject value{{QStringLiteral("tokens"), QJsonArray::fromStringList(tokens)},
                      {QStringLiteral("context"), context()},
                      {QStringLiteral("release_date"), lookup.releaseDate}};
    const Storage::KeyedValueRow row{latin(Namespace), lookup.cacheId(), value, now,
                                     now + ttlSeconds(lookup.releaseDate, dayOf(now), m_options.oldCacheDays)};
    if (auto saved = m_storage->putKeyedValue(row); !saved)
        qCWarning(lcQuality) << "quality row write failed:" << saved.error().message;
}

bool QualityCache::backedOff(const QString &cacheId) const
{
    return m_coordinator->hasFlag(latin(BackoffNamespace), latin(SourceBackoffKey))
           || m_coordinator->hasFlag(latin(BackoffNamespace), cacheId);
}

QualityOutcome QualityCache::forRender(const Config::PosterQuery &query, bool local, const Sources::TitleMetadata &meta,
                                       bool mayWait, qint64 now)
{
    QualityOutcome outcome;
    if (!query.qualityOverride.isEmpty()) {
        outcome.tokens = query.qualityOverride;  // a one-off render: the source is not asked
        return outcome;
    }
    if (!m_source || local || !wanted(query.config))
        return outcome;
    const QString imdbId = query.title.imdbId.isEmpty() ? meta.id.imdbId : query.title.imdbId;
    if (imdbId.isEmpty())
        return outcome;  // nothing to look up by: no badges is the final answer
    Sources::QualityLookup lookup{imdbId, query.title.type, query.season, query.episode, meta.releaseDate};
    const bool wait = mayWait && query.config.flag(Config::Param::WaitForQuality);
    outcome = this->lookup(lookup, wait, now);
    outcome.greyscale = wait && query.config.flag(Config::Param::GreyscaleNoQuality) && outcome.tokens.isEmpty();
    return outcome;
}

QualityOutcome QualityCache::lookup(const Sources::QualityLookup &lookup, bool wait, qint64 now)
{
    if (!m_source)
        return {};
    const QString id = lookup.cacheId();
    if (const auto hit = cached(id, now))
        return {hit->tokens, true, false, hit->expiresAt};
    if (backedOff(id))
        return {{}, false, false, 0};  // drawn without badges; a request after the backoff completes it
    const std::shared_ptr<Fetch> fetch = queue(lookup);
    if (!wait || !fetch)
        return {{}, false, false, 0};
    return waitFor(id, fetch);
}

std::shared_ptr<QualityCache::Fetch> QualityCache::queue(const Sources::QualityLookup &lookup)
{
    const QString id = lookup.cacheId();
    QMutexLocker locker(&m_mutex);
    if (const auto running = m_inflight.value(id))
        return running;
    if (m_inflight.size() >= MaxPending)
        return nullptr;
    auto fetch = std::make_shared<Fetch>();
    m_inflight.insert(id, fetch);
    m_pool.start([this, lookup, fetch] { run(lookup, fetch); });
    return fetch;
}

void QualityCache::run(const Sources::QualityLookup &lookup, const std::shared_ptr<Fetch> &fetch)
{
    const QString id = lookup.cacheId();
    const QString claimNs = latin(ClaimNamespace);
    Fetch result;
    if (!m_coordinator->claim(claimNs, id, ClaimTtlSeconds)) {
        result.elsewhere = true;
    } else {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (const auto hit = cached(id, now)) {
            // The previous holder of the claim finished between our miss and our claim.
            result.answer = Sources::QualityAnswer{Sources::QualityAnswer::State::Ready, hit->tokens};
            result.expiresAt = hit->expiresAt;
        } else if (!backedOff(id)) {
            {
                QMutexLocker locker(&m_mutex);
                ++m_fetchesStarted;
            }
            const Result<Sources::QualityAnswer> answer = m_source->fetch(lookup);
            record(lookup, answer);
            if (answer) {
                result.answer = *answer;
                if (answer->state == Sources::QualityAnswer::State::Ready)
                    result.expiresAt = now + ttlSeconds(lookup.releaseDate, dayOf(now), m_options.oldCacheDays);
            }
        }
        m_coordinator->release(claimNs, id);
    }
    QMutexLocker locker(&m_mutex);
    *fetch = result;
    fetch->done = true;
    if (m_inflight.value(id) == fetch)
        m_inflight.remove(id);
    m_finished.wakeAll();
}

void QualityCache::record(const Sources::QualityLookup &lookup, const Result<Sources::QualityAnswer> &answer)
{
    const QString id = lookup.cacheId();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!answer) {
        int failures = 0;
        {
            QMutexLocker locker(&m_mutex);
            failures = ++m_consecutiveFailures;
        }
        const int backoff = sourceBackoffSeconds(failures);
        qCWarning(lcQuality) << "quality source failed for" << id << "-" << answer.error().message
                             << "- backing off" << backoff << "s";
        m_coordinator->setFlag(latin(BackoffNamespace), latin(SourceBackoffKey), backoff);
        return;
    }
    switch (answer->state) {
    case Sources::QualityAnswer::State::Ready: {
        QMutexLocker locker(&m_mutex);
        m_consecutiveFailures = 0;
        locker.unlock();
        store(lookup, answer->tokens, now);
        return;
    }
    case Sources::QualityAnswer::State::Pending:
        // Neither a failure nor an answer: no row, no cooldown; the next request asks again.
        qCInfo(lcQuality) << "quality still pending for" << id;
        return;
    case Sources::QualityAnswer::State::TitleFailed:
        qCInfo(lcQuality) << "quality source failed title" << id << "- backing it off";
        m_coordinator->setFlag(latin(BackoffNamespace), id, TitleBackoffSeconds);
        return;
    }
}

QualityOutcome QualityCache::waitFor(const QString &cacheId, const std::shared_ptr<Fetch> &fetch)
{
    QDeadlineTimer deadline(m_options.waitTimeoutMs);
    QMutexLocker locker(&m_mutex);
    while (!fetch->done && !deadline.hasExpired())
        m_finished.wait(&m_mutex, deadline);
    const bool done = fetch->done;
    const bool elsewhere = fetch->elsewhere;
    const std::optional<Sources::QualityAnswer> answer = fetch->answer;
    const qint64 expiresAt = fetch->expiresAt;
    locker.unlock();

    if (done && answer && answer->state == Sources::QualityAnswer::State::Ready)
        return {answer->tokens, true, false, expiresAt};
    if (done && elsewhere) {
        // A replica holds the claim: its row appears in the shared storage when it is done.
        while (!deadline.hasExpired()) {
            if (const auto hit = cached(cacheId, QDateTime::currentSecsSinceEpoch()))
                return {hit->tokens, true, false, hit->expiresAt};
            QThread::msleep(std::min<qint64>(ReplicaPollMs, std::max<qint64>(1, deadline.remainingTime())));
        }
    }
    return {{}, false, false, 0};  // pending, failed or still running: provisional
}

bool QualityCache::waitForBackground(int msecs)
{
    return m_pool.waitForDone(msecs);
}

int QualityCache::pendingBackground() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_inflight.size());
}

qint64 QualityCache::fetchesStarted() const
{
    QMutexLocker locker(&m_mutex);
    return m_fetchesStarted;
}

} // namespace Marquee::Pipeline
