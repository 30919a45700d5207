#include "core/net/circuitbreaker.h"

#include <algorithm>
#include <chrono>

#include <QMutexLocker>

namespace Marquee::Net {

CircuitBreaker::CircuitBreaker(int failureThreshold, qint64 cooldownMs, Clock clock)
    : m_threshold(std::max(0, failureThreshold))
    , m_cooldownMs(std::max<qint64>(1, cooldownMs))
    , m_clock(std::move(clock))
{
}

qint64 CircuitBreaker::now() const
{
    if (m_clock)
        return m_clock();
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void CircuitBreaker::trip(qint64 at)
{
    m_state = State::Open;
    m_openedAt = at;
    m_probeInFlight = false;
    ++m_trips;
}

bool CircuitBreaker::allow()
{
    return allow(nullptr);
}

bool CircuitBreaker::allow(bool *probe)
{
    if (probe)
        *probe = false;
    if (m_threshold == 0)
        return true;
    QMutexLocker locker(&m_mutex);
    const qint64 t = now();
    switch (m_state) {
    case State::Closed:
        return true;
    case State::Open:
        if (t - m_openedAt < m_cooldownMs) {
            ++m_rejected;
            return false;
        }
        m_state = State::HalfOpen;
        break;
    case State::HalfOpen:
        // One probe at a time; a probe that never reported is replaced after another cool-down.
        if (m_probeInFlight && t - m_probeStartedAt < m_cooldownMs) {
            ++m_rejected;
            return false;
        }
        break;
    }
    m_probeInFlight = true;
    m_probeStartedAt = t;
    if (probe)
        *probe = true;
    return true;
}

void CircuitBreaker::recordSuccess()
{
    if (m_threshold == 0)
        return;
    QMutexLocker locker(&m_mutex);
    // A request that started before the trip and answered late says nothing about the cool-down.
    if (m_state == State::Open)
        return;
    m_state = State::Closed;
    m_failures = 0;
    m_probeInFlight = false;
}

void CircuitBreaker::recordFailure()
{
    if (m_threshold == 0)
        return;
    QMutexLocker locker(&m_mutex);
    switch (m_state) {
    case State::Closed:
        if (++m_failures >= m_threshold)
            trip(now());
        break;
    case State::HalfOpen:
        trip(now());  // the probe failed: fail fast for another full cool-down
        break;
    case State::Open:
        break;  // late failures of requests sent before the trip
    }
}

CircuitBreaker::State CircuitBreaker::state() const
{
    QMutexLocker locker(&m_mutex);
    if (m_state == State::Open && now() - m_openedAt >= m_cooldownMs)
        return State::HalfOpen;
    return m_state;
}

int CircuitBreaker::consecutiveFailures() const
{
    QMutexLocker locker(&m_mutex);
    return m_failures;
}

qint64 CircuitBreaker::tripCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_trips;
}

qint64 CircuitBreaker::rejectedCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_rejected;
}

qint64 CircuitBreaker::retryAfterMs() const
{
    QMutexLocker locker(&m_mutex);
    if (m_state != State::Open)
        return 0;
    return std::max<qint64>(0, m_openedAt + m_cooldownMs - now());
}

QString CircuitBreaker::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        return QStringLiteral("half_open");
    }
    return {};
}

} // namespace Marquee::Net
