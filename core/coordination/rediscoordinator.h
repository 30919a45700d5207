#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>

#include "core/coordination/coordinator.h"
#include "core/coordination/redisconnectionpool.h"
#include "core/coordination/redisendpoint.h"

namespace Marquee::Coordination {

// Coordinator shared by a fleet through one Redis (reference §6.3, marquee.md §6). Keys:
//   claims and flags  {prefix}:{ns}:{key}                 SET 1 NX EX ttl / SET 1 EX ttl / EXISTS / DEL
//   rate windows      {prefix}:rate:{bucket}:{epoch s}    INCR, EXPIRE 2 on the first hit (one Lua call)
//   leases            {prefix}:lease:{name}               SET token NX PX ttl; refresh and release
//                                                          compare the token inside a Lua script
// Rate windows use the wall clock, so replicas share a window as far as their clocks agree (NTP).
// Every Redis failure fails open (see Coordinator) with a warning at most every logIntervalMs that
// names the endpoint without its password. Thread-safe through RedisConnectionPool.
//
//   auto endpoint = RedisEndpoint::parse(settings.redisUrl);
//   RedisCoordinator coordinator(*endpoint, QStringLiteral("marquee"));
//   if (!coordinator.ping()) qWarning() << "Redis is down; coordination fails open";
class RedisCoordinator : public Coordinator
{
public:
    struct Options
    {
        RedisConnectionPool::Options connection;
        int logIntervalMs = 10000;
    };

    RedisCoordinator(RedisEndpoint endpoint, const QString &keyPrefix, Options options);
    RedisCoordinator(RedisEndpoint endpoint, const QString &keyPrefix);

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
    quint64 failOpenCount() const override;

    const RedisEndpoint &endpoint() const { return m_pool.endpoint(); }
    QString keyPrefix() const { return QString::fromUtf8(m_prefix); }

private:
    QByteArray entryKey(const QString &ns, const QString &key) const;
    QByteArray leaseKey(const QString &name) const;
    QByteArray rateKey(const QString &bucket, qint64 epochSecond) const;
    // Counts one fail-open answer and logs it unless a line went out less than logIntervalMs ago.
    void failedOpen(const char *operation, const Error &error);

    RedisConnectionPool m_pool;
    const QByteArray m_prefix;
    const int m_logIntervalMs;
    std::atomic<quint64> m_failOpen{0};
    QMutex m_logMutex;
    qint64 m_lastLogMs = 0;
    quint64 m_unloggedFailures = 0;
};

} // namespace Marquee::Coordination
