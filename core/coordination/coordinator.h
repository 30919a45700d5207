#pragma once

#include <QString>

#include "core/util/error.h"

namespace Marquee::Coordination {

// The answer of Coordinator::allowRate(): denied requests are told when to retry.
struct RateDecision
{
    bool allowed = true;
    int retryAfterSeconds = 0;  // > 0 only when denied
};

// Short-lived shared state between requests (reference §6.3): in-flight claims, backoff flags and
// fixed-window rate limits. Every entry carries a TTL (marquee.md §7), so a crashed holder can never
// wedge a key. The in-process implementation serves one daemon; a Redis-backed one can serve a fleet
// behind the same calls. All methods are thread-safe.
//
//   Coordination::InProcessCoordinator coordinator;
//   if (coordinator.claim(QStringLiteral("quality-bg-inflight"), imdbId, 300)) {
//       fetchQuality(imdbId);
//       coordinator.release(QStringLiteral("quality-bg-inflight"), imdbId);
//   }
//   coordinator.setFlag(QStringLiteral("rating-backoff"), imdbId, 600);
//   if (!coordinator.hasFlag(QStringLiteral("rating-backoff"), imdbId)) { … }
//   const RateDecision rate = coordinator.allowRate(QStringLiteral("preset"), 10);
//   if (!rate.allowed) { /* 429, Retry-After: rate.retryAfterSeconds */ }
class Coordinator
{
public:
    virtual ~Coordinator();

    // SET NX EX: true when nobody holds (ns, key) — the caller now holds it for ttlSeconds (at least 1).
    virtual bool claim(const QString &ns, const QString &key, int ttlSeconds) = 0;
    // Drops a claim (or flag) early; a key nobody holds is fine.
    virtual void release(const QString &ns, const QString &key) = 0;
    // SET EX: (ns, key) reads as set for ttlSeconds (at least 1); setting it again restarts the TTL.
    virtual void setFlag(const QString &ns, const QString &key, int ttlSeconds) = 0;
    virtual bool hasFlag(const QString &ns, const QString &key) = 0;
    // Fixed 1-second window per bucket: the first limitPerSecond calls of a second are allowed, the
    // rest are denied with retryAfterSeconds 1. limitPerSecond <= 0 means unlimited.
    virtual RateDecision allowRate(const QString &bucket, int limitPerSecond) = 0;

    // "in-process" or the backend's name, for /ready and the logs.
    virtual QString kind() const = 0;
    // Whether the backend answers (always true in process).
    virtual VoidResult ping() = 0;
};

} // namespace Marquee::Coordination
