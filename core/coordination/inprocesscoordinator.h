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
// entries are dropped when touched and by a sweep every SweepInterval operations, and at `capacity`
// entries the expired ones go first, then the oldest written, down to 90% of the cap (so eviction
// costs are amortised over many inserts).
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

    explicit InProcessCoordinator(Clock clock = {}, int capacity = DefaultCapacity);

    bool claim(const QString &ns, const QString &key, int ttlSeconds) override;
    void release(const QString &ns, const QString &key) override;
    void setFlag(const QString &ns, const QString &key, int ttlSeconds) override;
    bool hasFlag(const QString &ns, const QString &key) override;
    RateDecision allowRate(const QString &bucket, int limitPerSecond) override;
    QString kind() const override;
    VoidResult ping() override;

    // Entries held right now, expired ones not yet swept included (what the cap bounds).
    int entryCount() const;
    int capacity() const { return m_capacity; }

private:
    struct Entry
    {
        qint64 deadlineMs = 0;
        qint64 windowSecond = 0;  // rate windows only
        int count = 0;            // rate windows only
        std::uint64_t order = 0;  // key into m_byAge
    };

    static QString entryKey(const QString &ns, const QString &key);
    // Everything below runs with m_mutex held.
    qint64 tick();
    Entry *live(const QString &key, qint64 nowMs);
    void write(const QString &key, Entry entry);
    void erase(QHash<QString, Entry>::iterator it);
    void sweep(qint64 nowMs);
    void makeRoom(qint64 nowMs);

    Clock m_clock;
    int m_capacity;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    std::map<std::uint64_t, QString> m_byAge;  // write order → key, oldest first
    std::uint64_t m_nextOrder = 0;
    int m_operations = 0;
};

} // namespace Marquee::Coordination
