#pragma once

#include <functional>

#include <QMutex>
#include <QString>

namespace Marquee::Net {

// One upstream service's circuit breaker (marquee.md §4 "Circuit breaker wired"). Closed: every
// request goes out. After `failureThreshold` consecutive failures it opens: requests fail fast
// without touching the network. Once `cooldownMs` has passed one request is let through as a
// half-open probe: its success closes the breaker, its failure re-trips it for another cool-down
// (the reference's Phase 7 bug was a failed probe that left the breaker open for good). A probe that
// never reports back is replaced by a new one after another cool-down, so a lost report cannot wedge
// the breaker. Thread-safe. The clock is injectable (monotonic milliseconds) for tests.
//
//   CircuitBreaker breaker(5, 30000);
//   if (!breaker.allow()) return failFast();
//   ok ? breaker.recordSuccess() : breaker.recordFailure();
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };
    using Clock = std::function<qint64()>;

    // failureThreshold 0 disables the breaker (allow() is always true).
    CircuitBreaker(int failureThreshold, qint64 cooldownMs, Clock clock = {});

    bool allow();
    // Same; *probe tells whether this request is the half-open probe (which must go out alone: its
    // caller should not retry it).
    bool allow(bool *probe);
    void recordSuccess();
    void recordFailure();

    // Open turns into HalfOpen here once the cool-down has passed (a probe may go out).
    State state() const;
    int consecutiveFailures() const;
    qint64 tripCount() const;         // how often it opened (first trips and re-trips)
    qint64 rejectedCount() const;     // requests refused while open
    qint64 retryAfterMs() const;      // while open: time left of the cool-down; else 0

    static QString stateName(State state);  // "closed", "open", "half_open"

private:
    qint64 now() const;
    void trip(qint64 at);

    const int m_threshold;
    const qint64 m_cooldownMs;
    const Clock m_clock;

    mutable QMutex m_mutex;
    State m_state = State::Closed;
    int m_failures = 0;
    qint64 m_openedAt = 0;
    bool m_probeInFlight = false;
    qint64 m_probeStartedAt = 0;
    qint64 m_trips = 0;
    qint64 m_rejected = 0;
};

} // namespace Marquee::Net
