#include "core/pipeline/mdblistkeyrotation.h"

#include <algorithm>
#include <limits>

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMutexLocker>

#include "core/coordination/coordinator.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcKeys, "marquee.pipeline.mdblistkeys")

constexpr int LocalCooldownPruneSize = 1024;  // request keys come and go; drop expired entries past this

} // namespace

const QString MdbListKeyRotation::Namespace = QStringLiteral("mdblist-global");

MdbListKeyRotation::MdbListKeyRotation(Sources::RatingSource &source, QStringList serverKeys,
                                       Coordination::Coordinator *coordinator, Clock clock)
    : m_source(source)
    , m_coordinator(coordinator)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{
    for (const QString &key : serverKeys) {
        if (!key.isEmpty() && !m_keys.contains(key)) {
            m_keys.append(key);
            m_keyIds.append(keyId(key));
        }
    }
}

QString MdbListKeyRotation::keyId(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString MdbListKeyRotation::label(int index)
{
    return QStringLiteral("configured key #%1").arg(index + 1);
}

qint64 MdbListKeyRotation::localCooldownRemaining(const QString &key) const
{
    QMutexLocker locker(&m_mutex);
    return std::max<qint64>(0, m_coolUntil.value(keyId(key)) - now());
}

bool MdbListKeyRotation::coolingDown(const QString &key)
{
    if (localCooldownRemaining(key) > 0)
        return true;
    // Another replica's 429 counts here too (fail-open: an unreachable backend says "not cooling").
    return m_coordinator && m_keys.contains(key) && m_coordinator->hasFlag(Namespace, keyId(key));
}

std::optional<int> MdbListKeyRotation::healthyServerKey(int skipIndex)
{
    for (int i = 0; i < m_keys.size(); ++i) {
        if (i != skipIndex && !coolingDown(m_keys.at(i)))
            return i;
    }
    return std::nullopt;
}

void MdbListKeyRotation::coolDown(const QString &key, int seconds)
{
    seconds = std::max(1, seconds);
    const QString id = keyId(key);
    {
        QMutexLocker locker(&m_mutex);
        const qint64 current = now();
        if (m_coolUntil.size() >= LocalCooldownPruneSize)
            m_coolUntil.removeIf([current](auto it) { return it.value() <= current; });
        m_coolUntil.insert(id, std::max(m_coolUntil.value(id), current + seconds));
    }
    const int index = int(m_keys.indexOf(key));
    if (index >= 0 && m_coordinator)
        m_coordinator->setFlag(Namespace, id, seconds);
    qCInfo(lcKeys).noquote() << "MDBList" << (index >= 0 ? label(index) : QStringLiteral("request key"))
                             << "rate limited; cooling down for" << seconds << "s";
}

qint64 MdbListKeyRotation::skippedCalls() const
{
    QMutexLocker locker(&m_mutex);
    return m_skipped;
}

Result<Sources::RatingsRecord> MdbListKeyRotation::allCooling() const
{
    qint64 soonest = std::numeric_limits<qint64>::max();
    {
        QMutexLocker locker(&m_mutex);
        for (const QString &id : m_keyIds)
            soonest = std::min(soonest, m_coolUntil.value(id) - now());
    }
    Error error{ErrorKind::RateLimited,
                QCoreApplication::translate("Marquee::Pipeline::MdbListKeyRotation", "All MDBList keys are cooling down"),
                429, 0};
    // A fleet flag set elsewhere has a TTL we cannot read cheaply: a minute is a fair retry hint.
    error.retryAfterSeconds = int(std::clamp<qint64>(soonest, 60, 86400));
    return fail(error);
}

Result<Sources::RatingsRecord> MdbListKeyRotation::ratings(const TitleId &title, const QString &apiKey)
{
    if (apiKey.isEmpty() || m_keys.contains(apiKey))
        return serverCall(title);
    return requestKeyCall(title, apiKey);
}

Result<Sources::RatingsRecord> MdbListKeyRotation::serverCall(const TitleId &title)
{
    std::optional<int> index = healthyServerKey();
    if (!index) {
        if (m_keys.isEmpty())
            return m_source.ratings(title, QString());  // the source's own "not configured" answer
        QMutexLocker locker(&m_mutex);
        ++m_skipped;
        locker.unlock();
        return allCooling();
    }
    auto result = m_source.ratings(title, m_keys.at(*index));
    if (result || result.error().kind != ErrorKind::RateLimited)
        return result;
    coolDown(m_keys.at(*index), result.error().retryAfterSeconds);
    // One rescue attempt with the next healthy key.
    const std::optional<int> rescue = healthyServerKey(*index);
    if (!rescue)
        return result;
    qCInfo(lcKeys).noquote() << "MDBList: retrying with" << label(*rescue);
    auto second = m_source.ratings(title, m_keys.at(*rescue));
    if (!second && second.error().kind == ErrorKind::RateLimited)
        coolDown(m_keys.at(*rescue), second.error().retryAfterSeconds);
    return second;
}

Result<Sources::RatingsRecord> MdbListKeyRotation::requestKeyCall(const TitleId &title, const QString &key)
{
    if (const qint64 remaining = localCooldownRemaining(key); remaining > 0) {
        Error error{ErrorKind::RateLimited,
                    QCoreApplication::translate("Marquee::Pipeline::MdbListKeyRotation", "MDBList rate limit reached"),
                    429, int(std::min<qint64>(remaining, 86400))};
        return fail(error);
    }
    auto result = m_source.ratings(title, key);
    if (!result && result.error().kind == ErrorKind::RateLimited)
        coolDown(key, result.error().retryAfterSeconds);
    return result;
}

} // namespace Marquee::Pipeline
