#pragma once

#include <QString>

#include <optional>

#include "core/util/error.h"

namespace Marquee::Coordination {

// The answer of Coordinator::allowRate(): denied requests are told when to retry.
struct RateDecision
{
    bool allowed = true;
    int retryAfterSeconds = 0;  // > 0 only when denied
};

// Short-lived shared state between requests (reference §6.3): in-flight claims, backoff flags,
// fixed-window rate limits and leases for background jobs. Every entry carries a TTL (marquee.md §7),
// so a crashed holder can never wedge a key. The in-process implementation serves one daemon; the
// Redis-backed one serves a fleet behind the same calls. All methods are thread-safe.
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
//   if (const auto token = coordinator.acquireLease(QStringLiteral("cache-prune"), 8 * 3600 * 1000)) {
//       … coordinator.refreshLease(QStringLiteral("cache-prune"), *token, 8 * 3600 * 1000) …
//       coordinator.releaseLease(QStringLiteral("cache-prune"), *token);
//   }
//
// Failing open (marquee.md §6): a backend that cannot be reached answers as if nothing were shared —
// claim() true, hasFlag() false, allowRate() allowed, acquireLease() a token, refreshLease() true —
// and counts each such answer in failOpenCount(). For leases that means every replica may run a
// background job during an outage. That is deliberate: the jobs (cache prune, trending refresh) are
// idempotent, and a fleet where nobody prunes for the length of an outage is worse than one where
// several replicas prune at once. A token handed out while failing open is not stored anywhere, so
// once the backend is back its refreshLease() answers false and the job stops at its next checkpoint.
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

    // Leader election for background jobs (reference §6.3 "leases"). acquireLease: SET NX PX — a
    // fresh random token when nobody holds `name`, nullopt when somebody does. ttlMs is at least 1.
    virtual std::optional<QString> acquireLease(const QString &name, qint64 ttlMs) = 0;
    // Compare-and-set: extends the lease to ttlMs from now only while `token` still holds it; false
    // when it expired, was released or belongs to someone else.
    virtual bool refreshLease(const QString &name, const QString &token, qint64 ttlMs) = 0;
    // Compare-and-delete: frees the lease only while `token` holds it; anything else is a no-op.
    virtual void releaseLease(const QString &name, const QString &token) = 0;

    // "in-process" or the backend's name, for /ready and the logs.
    virtual QString kind() const = 0;
    // Whether the backend answers (always true in process); an Internal error naming it otherwise.
    virtual VoidResult ping() = 0;
    // Answers given without the backend because it failed (see "Failing open" above); for /metrics.
    virtual quint64 failOpenCount() const;

protected:
    // 32 hex digits from the system CSPRNG: unguessable, so no holder can refresh another's lease.
    static QString newLeaseToken();
};

} // namespace Marquee::Coordination
