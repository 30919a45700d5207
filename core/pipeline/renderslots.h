#pragma once

#include <atomic>
#include <chrono>
#include <utility>

#include <QSemaphore>

#include "core/util/error.h"

namespace Marquee::Pipeline {

// Render admission (reference §1.2 step 9, §8.3): at most `capacity` fresh renders (and cold IMDb
// lookups) run at once; the rest queue for up to `queueTimeout` (0 = forever) and then fail Saturated,
// which the daemon turns into 503 + Retry-After: 5. Cache hits and coalesced followers never come here.
//
//   auto slot = slots.acquire();
//   if (!slot) return fail(slot.error());
//   ... render ...                       // the slot is released when `slot` goes out of scope
class RenderSlots
{
public:
    // Holds one slot until destroyed (or moved from).
    class Guard
    {
    public:
        Guard() = default;
        explicit Guard(RenderSlots *owner) : m_owner(owner) {}
        Guard(Guard &&other) noexcept : m_owner(std::exchange(other.m_owner, nullptr)) {}
        Guard &operator=(Guard &&other) noexcept;
        Guard(const Guard &) = delete;
        Guard &operator=(const Guard &) = delete;
        ~Guard() { release(); }

        void release();
        bool holds() const { return m_owner != nullptr; }

    private:
        RenderSlots *m_owner = nullptr;
    };

    RenderSlots(int capacity, std::chrono::milliseconds queueTimeout);

    Result<Guard> acquire();

    int capacity() const { return m_capacity; }
    int active() const { return m_active.load(); }
    int queued() const { return m_queued.load(); }
    qint64 saturatedCount() const { return m_saturated.load(); }

    static constexpr int RetryAfterSeconds = 5;

private:
    void releaseOne();

    int m_capacity;
    std::chrono::milliseconds m_timeout;
    QSemaphore m_semaphore;
    std::atomic<int> m_active{0};
    std::atomic<int> m_queued{0};
    std::atomic<qint64> m_saturated{0};
};

} // namespace Marquee::Pipeline
