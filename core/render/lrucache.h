#pragma once

#include <optional>

#include <QByteArray>
#include <QCache>
#include <QMutex>

namespace Marquee::Render {

// A thread-safe least-recently-used cache bounded by total cost (bytes, as the caller counts them),
// for the render's reusable intermediates: blurred shadow masks and scaled logos. Renders run
// concurrently on a pool, so every call locks; values come out as copies, which for QImage members
// are cheap shared references that stay valid after the entry is evicted.
template<typename Value>
class LruCache
{
public:
    explicit LruCache(qsizetype maxCost)
        : m_cache(maxCost)
    {
    }

    std::optional<Value> find(const QByteArray &key) const
    {
        const QMutexLocker lock(&m_mutex);
        if (const Value *value = m_cache.object(key))  // also marks the entry most recently used
            return *value;
        return std::nullopt;
    }

    // Returns false (and keeps nothing) when `cost` alone exceeds the budget.
    bool insert(const QByteArray &key, Value value, qsizetype cost)
    {
        const QMutexLocker lock(&m_mutex);
        return m_cache.insert(key, new Value(std::move(value)), qMax<qsizetype>(1, cost));
    }

    void clear()
    {
        const QMutexLocker lock(&m_mutex);
        m_cache.clear();
    }

    qsizetype count() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_cache.count();
    }

    qsizetype totalCost() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_cache.totalCost();
    }

    qsizetype maxCost() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_cache.maxCost();
    }

private:
    mutable QMutex m_mutex;
    mutable QCache<QByteArray, Value> m_cache;  // object() reorders, so lookups mutate it
};

} // namespace Marquee::Render
