#pragma once

#include <map>
#include <memory>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/net/circuitbreaker.h"

class QSemaphore;

namespace Marquee::Net {

// How hard HttpClient tries, per the settings UPSTREAM_RETRIES, UPSTREAM_RETRY_BACKOFF_MS,
// CIRCUIT_BREAKER_*, UPSTREAM_MAX_CONNECTIONS_PER_HOST.
struct UpstreamPolicy
{
    int retries = 2;                   // extra attempts after a 5xx / network failure
    int backoffMs = 250;               // first retry delay; doubles per retry, ±25% jitter
    int backoffCapMs = 4000;
    int breakerThreshold = 5;          // 0 = no breaker
    qint64 breakerCooldownMs = 30000;
    int maxPerHost = 16;               // 0 = unlimited
};

// The shared resilience state of every upstream call (issue 5 point 5, issue 6 point 5): which service
// a URL belongs to (by base-URL prefix: "tmdb", "tmdb_images", "mdblist", "quality"…), one circuit
// breaker per service, a counting semaphore per host so one slow host cannot take every worker, the
// retry backoff, and counters for /metrics and /stats. HttpClient consults it when one is attached
// (HttpClient::setGuard); the daemon owns it. Thread-safe.
class UpstreamGuard
{
public:
    explicit UpstreamGuard(UpstreamPolicy policy = {}, CircuitBreaker::Clock clock = {});
    ~UpstreamGuard();

    // Requests whose URL starts with `urlPrefix` belong to `service`; the longest prefix wins. Empty
    // prefixes are ignored. Registering creates the service's breaker, so it shows in /metrics at once.
    // retry = false for services whose callers run their own failure backoff (quality sources).
    void addService(const QString &service, const QString &urlPrefix, bool retry = true);
    QString serviceFor(const QUrl &url) const;   // "other" when no prefix matches
    CircuitBreaker &breaker(const QString &service);

    // A place in the host's queue of requests in flight; released on destruction.
    class HostSlot
    {
    public:
        HostSlot() = default;
        explicit HostSlot(QSemaphore *semaphore) : m_semaphore(semaphore) {}
        HostSlot(HostSlot &&other) noexcept : m_semaphore(std::exchange(other.m_semaphore, nullptr)) {}
        HostSlot &operator=(HostSlot &&other) noexcept;
        ~HostSlot();

    private:
        QSemaphore *m_semaphore = nullptr;
    };
    // Waits at most waitMs for a slot of the URL's host; nullopt when none became free.
    std::optional<HostSlot> acquireHost(const QUrl &url, qint64 waitMs);

    // Delay before retry number `retry` (0-based): backoffMs·2^retry, capped, ±25% jitter.
    int backoffMs(int retry) const;
    int retriesFor(const QString &service) const;
    const UpstreamPolicy &policy() const { return m_policy; }

    // One request's outcome: "2xx", "3xx", "4xx", "5xx", "timeout", "error", "circuit_open".
    void countCall(const QString &service, const QString &result);
    static QString resultLabel(int httpStatus);

    // {"tmdb": {"state": "closed", "consecutive_failures": 0, "trips": 0, "rejected": 0,
    //           "calls": {"2xx": 12}}, …}
    QJsonObject snapshot() const;
    // Prometheus families marquee_upstream_breaker_state (gauge: 0 closed, 1 half-open, 2 open) and
    // marquee_upstream_calls_total{service,status}.
    QByteArray exposition() const;

    static constexpr int MaxHosts = 256;  // hosts beyond this many are not limited (config-bounded anyway)

private:
    CircuitBreaker &breakerLocked(const QString &service);

    const UpstreamPolicy m_policy;
    const CircuitBreaker::Clock m_clock;

    mutable QMutex m_mutex;
    QList<QPair<QString, QString>> m_prefixes;                       // (prefix, service)
    std::map<QString, std::unique_ptr<CircuitBreaker>> m_breakers;   // stable addresses, sorted output
    QHash<QString, QSemaphore *> m_hosts;                            // owned
    QStringList m_noRetry;                                           // services never retried
    std::map<QPair<QString, QString>, qint64> m_calls;               // (service, result) → count
};

} // namespace Marquee::Net
