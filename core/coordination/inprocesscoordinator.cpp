#include "core/coordination/inprocesscoordinator.h"

#include <algorithm>
#include <chrono>

#include <QMutexLocker>

namespace Marquee::Coordination {

namespace {

constexpr qint64 MsPerSecond = 1000;
// A rate window lives one second past its own, like the reference's INCR + EXPIRE 2.
constexpr qint64 RateWindowLifetimeSeconds = 2;
const QChar Separator(0x1f);  // cannot appear in a namespace typed by a caller by accident
const QString RateNamespace = QStringLiteral("\x1frate");

qint64 steadyMilliseconds()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

qint64 ttlMs(int ttlSeconds)
{
    return std::max(1, ttlSeconds) * MsPerSecond;
}

qint64 leaseTtlMs(qint64 ttlMs)
{
    return std::max<qint64>(1, ttlMs);
}

} // namespace

InProcessCoordinator::InProcessCoordinator(Clock clock, int capacity)
    : m_clock(clock ? std::move(clock) : Clock(steadyMilliseconds))
    , m_capacity(std::max(1, capacity))
    , m_lastSweepMs(m_clock())
{
}

QString InProcessCoordinator::entryKey(const QString &ns, const QString &key)
{
    return ns + Separator + key;
}

bool InProcessCoordinator::claim(const QString &ns, const QString &key, int ttlSeconds)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = tick();
    const QString k = entryKey(ns, key);
    if (live(k, now))
        return false;
    write(k, Entry{now + ttlMs(ttlSeconds), 0, 0, 0});
    return true;
}

void InProcessCoordinator::release(const QString &ns, const QString &key)
{
    QMutexLocker lock(&m_mutex);
    tick();
    if (const auto it = m_entries.find(entryKey(ns, key)); it != m_entries.end())
        erase(it);
}

void InProcessCoordinator::setFlag(const QString &ns, const QString &key, int ttlSeconds)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = tick();
    write(entryKey(ns, key), Entry{now + ttlMs(ttlSeconds), 0, 0, 0});
}

bool InProcessCoordinator::hasFlag(const QString &ns, const QString &key)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = tick();
    return live(entryKey(ns, key), now) != nullptr;
}

RateDecision InProcessCoordinator::allowRate(const QString &bucket, int limitPerSecond)
{
    if (limitPerSecond <= 0)
        return {};
    QMutexLocker lock(&m_mutex);
    const qint64 now = tick();
    const qint64 second = now / MsPerSecond;
    const QString k = entryKey(RateNamespace, bucket);
    Entry *window = live(k, now);
    if (window && window->windowSecond == second) {
        if (window->count >= limitPerSecond)
            return RateDecision{false, 1};
        ++window->count;
        return {};
    }
    // A new second: the previous window of this bucket is simply replaced.
    write(k, Entry{(second + RateWindowLifetimeSeconds) * MsPerSecond, second, 1, 0});
    return {};
}

std::optional<QString> InProcessCoordinator::acquireLease(const QString &name, qint64 ttl)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = tick();
    if (liveLease(name, now))
        return std::nullopt;
    if (m_leases.size() >= LeaseCapacity) {
        sweep(now);
        if (m_leases.size() >= LeaseCapacity)
            return std::nullopt;  // refusing a new job name is safe; evicting a held lease is not
    }
    const QString token = newLeaseToken();
    m_leases.insert(name, Lease{token, now + leaseTtlMs(ttl)});
    return token;
}

bool InProcessCoordinator::refreshLease(const QString &name, const QString &token, qint64 ttl)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = tick();
    if (!liveLease(name, now))
        return false;
    Lease &lease = m_leases[name];
    if (lease.token != token)
        return false;
    lease.deadlineMs = now + leaseTtlMs(ttl);
    return true;
}

void InProcessCoordinator::releaseLease(const QString &name, const QString &token)
{
    QMutexLocker lock(&m_mutex);
    tick();
    if (const auto it = m_leases.constFind(name); it != m_leases.cend() && it->token == token)
        m_leases.erase(it);
}

QString InProcessCoordinator::kind() const
{
    return QStringLiteral("in-process");
}

VoidResult InProcessCoordinator::ping()
{
    return {};
}

int InProcessCoordinator::entryCount() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_entries.size());
}

int InProcessCoordinator::leaseCount() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_leases.size());
}

qint64 InProcessCoordinator::tick()
{
    const qint64 now = m_clock();
    // By count so a busy daemon sweeps often, by time so a quiet one does not keep yesterday's keys.
    if (++m_operations >= SweepInterval || now - m_lastSweepMs >= SweepPeriodMs)
        sweep(now);
    return now;
}

const InProcessCoordinator::Lease *InProcessCoordinator::liveLease(const QString &name, qint64 nowMs)
{
    const auto it = m_leases.find(name);
    if (it == m_leases.end())
        return nullptr;
    if (it->deadlineMs <= nowMs) {
        m_leases.erase(it);
        return nullptr;
    }
    return &it.value();
}

InProcessCoordinator::Entry *InProcessCoordinator::live(const QString &key, qint64 nowMs)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return nullptr;
    if (it->deadlineMs <= nowMs) {
        erase(it);
        return nullptr;
    }
    return &it.value();
}

void InProcessCoordinator::write(const QString &key, Entry entry)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        if (m_entries.size() >= m_capacity)
            makeRoom(m_clock());
        it = m_entries.insert(key, entry);
    } else {
        m_byAge.erase(it->order);
        *it = entry;
    }
    it->order = m_nextOrder++;
    m_byAge.emplace(it->order, key);
}

void InProcessCoordinator::erase(QHash<QString, Entry>::iterator it)
{
    m_byAge.erase(it->order);
    m_entries.erase(it);
}

void InProcessCoordinator::sweep(qint64 nowMs)
{
    m_operations = 0;
    m_lastSweepMs = nowMs;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->deadlineMs <= nowMs) {
            m_byAge.erase(it->order);
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
    m_leases.removeIf([nowMs](const auto &it) { return it.value().deadlineMs <= nowMs; });
}

void InProcessCoordinator::makeRoom(qint64 nowMs)
{
    sweep(nowMs);
    // Still full of live entries: drop the oldest writes, a tenth of the cap at once, so a flood of
    // distinct keys does not pay a full sweep on every insert.
    const qsizetype target = m_capacity - std::max(1, m_capacity / 10);
    while (m_entries.size() > target && !m_byAge.empty()) {
        const auto oldest = m_byAge.begin();
        m_entries.remove(oldest->second);
        m_byAge.erase(oldest);
    }
}

} // namespace Marquee::Coordination
