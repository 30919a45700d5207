#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <cstdint>
#include <functional>
#include <map>

#include "core/coordination/coordinator.h"

namespace Marquee::Coordination {

// Coordinator for a single process: one mutex-protected hash of entries with deadlines from a
// monotonic clock. Memory stays bounded (marquee.md §8) however many distinct keys arrive: expired
// entries are dropped when touched (opportunistic) and by a full sweep every SweepInterval operations
// or SweepPeriodMs of clock time, whichever comes first (periodic); at `capacity` entries the expired
// ones go first, then the oldest written, down to 90% of the cap (so eviction costs are amortised over
// many inserts). Leases live apart from that LRU — evicting a live lease would let a second job run —
// in a table capped at LeaseCapacity names; when it is full of live leases a new name is refused.
//
//   InProcessCoordinator coordinator;                     // steady clock, 100k entries
//   InProcessCoordinator test(fakeClock, 1000);           // tests drive time themselves
class InProcessCoordinator : public Coordinator
{
public:
    // Milliseconds from any fixed origin; must never go backwards.
    using Clock = std::function<qint64()>;

    static constexpr int DefaultCapacity = 100000;
    static constexpr int SweepInterval = 4096;
    static constexpr qint64 SweepPeriodMs = 30000;
    static constexpr int LeaseCapacity = 1024;

    explicit InProcessCoordinator(Clock clock = {}, int capacity = DefaultCapacity);

    bool claim(const QString &ns, const QString &key, int ttlSeconds) override;
    void release(const QString &ns, const QString &key) override;
    void setFlag(const QString &ns, const QString &key, int ttlSeconds) override;
    bool hasFlag(const QString &ns, const QString &key) override;
    RateDecision allowRate(const QString &bucket, int limitPerSecond) override;
    std::optional<QString> acquireLease(const QString &name, qint64 ttlMs) override;
    bool refreshLease(const QString &name, const QString &token, qint64 ttlMs) override;
    void releaseLease(const QString &name, const QString &token) override;
    QString kind() const override;
    VoidResult ping() override;

    // Entries held right now, expired ones not yet swept included (what the cap bounds).
    int entryCount() const;
    // Leases held right now, expired ones not yet swept included.
    int leaseCount() const;
    int capacity() const { return m_capacity; }

private:
    struct Entry
    {
        qint64 deadlineMs = 0;
        qint64 windowSecond = 0;  // rate windows only
        int count = 0;            // rate windows only
        std::uint64_t order = 0;  // key into m_byAge
    };

    struct Lease
    {
        QString token;
        qint64 deadlineMs = 0;
    };

    static QString entryKey(const QString &ns, const QString &key);
    // Everything below runs with m_mutex held.
    qint64 tick();
    Entry *live(const QString &key, qint64 nowMs);
    void write(const QString &key, Entry entry);
    void erase(QHash<QString, Entry>::iterator it);
    const Lease *liveLease(const QString &name, qint64 nowMs);
    void sweep(qint64 nowMs);
    void makeRoom(qint64 nowMs);

    Clock m_clock;
    int m_capacity;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    std::map<std::uint64_t, QString> m_byAge;  // write order → key, oldest first
    std::uint64_t m_nextOrder = 0;
    QHash<QString, Lease> m_leases;
    int m_operations = 0;
    qint64 m_lastSweepMs = 0;
};

} // namespace Marquee::Coordination
