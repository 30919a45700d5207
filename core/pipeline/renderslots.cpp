#include "core/pipeline/renderslots.h"

#include <QCoreApplication>

namespace Marquee::Pipeline {

RenderSlots::Guard &RenderSlots::Guard::operator=(Guard &&other) noexcept
{
    if (this != &other) {
        release();
        m_owner = std::exchange(other.m_owner, nullptr);
    }
    return *this;
}

void RenderSlots::Guard::release()
{
    if (m_owner)
        std::exchange(m_owner, nullptr)->releaseOne();
}

RenderSlots::RenderSlots(int capacity, std::chrono::milliseconds queueTimeout)
    : m_capacity(std::max(1, capacity))
    , m_timeout(queueTimeout)
    , m_semaphore(m_capacity)
{
}

Result<RenderSlots::Guard> RenderSlots::acquire()
{
    bool acquired = m_semaphore.tryAcquire(1);
    if (!acquired) {
        ++m_queued;
        if (m_timeout.count() <= 0) {
            m_semaphore.acquire(1);
            acquired = true;
        } else {
            acquired = m_semaphore.tryAcquire(1, int(m_timeout.count()));
        }
        --m_queued;
    }
    if (!acquired) {
        ++m_saturated;
        Error error{ErrorKind::Saturated,
                    QCoreApplication::translate("Marquee::Pipeline::RenderSlots", "Server saturated — try again shortly")};
        error.retryAfterSeconds = RetryAfterSeconds;
        return fail(error);
    }
    ++m_active;
    return Guard(this);
}

void RenderSlots::releaseOne()
{
    --m_active;
    m_semaphore.release(1);
}

} // namespace Marquee::Pipeline
