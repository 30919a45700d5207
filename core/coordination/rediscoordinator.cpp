#include "core/coordination/rediscoordinator.h"

#include <algorithm>
#include <chrono>

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMutexLocker>

namespace Marquee::Coordination {

namespace {

Q_LOGGING_CATEGORY(lcRedis, "marquee.coordination.redis")

// A window lives one second past its own, as in the reference (INCR + EXPIRE 2); one script so a
// dropped connection between the two can never leave a counter without a TTL.
const QByteArray RateScript = QByteArrayLiteral(
    "local n = redis.call('INCR', KEYS[1]) "
    "if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end "
    "return n");
const QByteArray RateWindowLifetimeSeconds = QByteArrayLiteral("2");
// Compare-and-set / compare-and-delete on the lease token: only the holder may extend or free it.
const QByteArray RefreshScript = QByteArrayLiteral(
    "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end "
    "return 0");
const QByteArray ReleaseScript = QByteArrayLiteral(
    "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end "
    "return 0");
const QByteArray One = QByteArrayLiteral("1");

qint64 steadyMilliseconds()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QByteArray seconds(int ttlSeconds)
{
    return QByteArray::number(std::max(1, ttlSeconds));
}

QByteArray milliseconds(qint64 ttlMs)
{
    return QByteArray::number(std::max<qint64>(1, ttlMs));
}

QByteArray prefixOrDefault(const QString &keyPrefix)
{
    const QString trimmed = keyPrefix.trimmed();
    return trimmed.isEmpty() ? QByteArrayLiteral("marquee") : trimmed.toUtf8();
}

} // namespace

RedisCoordinator::RedisCoordinator(RedisEndpoint endpoint, const QString &keyPrefix, Options options)
    : m_pool(std::move(endpoint), options.connection)
    , m_prefix(prefixOrDefault(keyPrefix))
    , m_logIntervalMs(std::max(0, options.logIntervalMs))
{
}

RedisCoordinator::RedisCoordinator(RedisEndpoint endpoint, const QString &keyPrefix)
    : RedisCoordinator(std::move(endpoint), keyPrefix, Options{})
{
}

QByteArray RedisCoordinator::entryKey(const QString &ns, const QString &key) const
{
    return m_prefix + ':' + ns.toUtf8() + ':' + key.toUtf8();
}

QByteArray RedisCoordinator::leaseKey(const QString &name) const
{
    return m_prefix + ":lease:" + name.toUtf8();
}

QByteArray RedisCoordinator::rateKey(const QString &bucket, qint64 epochSecond) const
{
    return m_prefix + ":rate:" + bucket.toUtf8() + ':' + QByteArray::number(epochSecond);
}

bool RedisCoordinator::claim(const QString &ns, const QString &key, int ttlSeconds)
{
    const auto reply = m_pool.command({"SET", entryKey(ns, key), One, "NX", "EX", seconds(ttlSeconds)});
    if (!reply) {
        failedOpen("claim", reply.error());
        return true;
    }
    return reply->type == RedisReply::Type::Status;  // +OK; nil when somebody holds it
}

void RedisCoordinator::release(const QString &ns, const QString &key)
{
    if (const auto reply = m_pool.command({"DEL", entryKey(ns, key)}); !reply)
        failedOpen("release", reply.error());  // the claim's TTL frees it anyway
}

void RedisCoordinator::setFlag(const QString &ns, const QString &key, int ttlSeconds)
{
    if (const auto reply = m_pool.command({"SET", entryKey(ns, key), One, "EX", seconds(ttlSeconds)}); !reply)
        failedOpen("setFlag", reply.error());
}

bool RedisCoordinator::hasFlag(const QString &ns, const QString &key)
{
    const auto reply = m_pool.command({"EXISTS", entryKey(ns, key)});
    if (!reply) {
        failedOpen("hasFlag", reply.error());
        return false;
    }
    return reply->type == RedisReply::Type::Integer && reply->integer > 0;
}

RateDecision RedisCoordinator::allowRate(const QString &bucket, int limitPerSecond)
{
    if (limitPerSecond <= 0)
        return {};
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    const auto reply = m_pool.command({"EVAL", RateScript, One, rateKey(bucket, second), RateWindowLifetimeSeconds});
    if (!reply || reply->type != RedisReply::Type::Integer) {
        failedOpen("allowRate", reply ? Error{ErrorKind::Internal, QStringLiteral("unexpected reply"), 0, 0} : reply.error());
        return {};
    }
    if (reply->integer > limitPerSecond)
        return RateDecision{false, 1};
    return {};
}

std::optional<QString> RedisCoordinator::acquireLease(const QString &name, qint64 ttlMs)
{
    const QString token = newLeaseToken();
    const auto reply = m_pool.command({"SET", leaseKey(name), token.toLatin1(), "NX", "PX", milliseconds(ttlMs)});
    if (!reply) {
        failedOpen("acquireLease", reply.error());
        return token;  // not stored: refreshLease() answers false once Redis is back
    }
    if (reply->type != RedisReply::Type::Status)
        return std::nullopt;
    return token;
}

bool RedisCoordinator::refreshLease(const QString &name, const QString &token, qint64 ttlMs)
{
    const auto reply = m_pool.command({"EVAL", RefreshScript, One, leaseKey(name), token.toLatin1(), milliseconds(ttlMs)});
    if (!reply) {
        failedOpen("refreshLease", reply.error());
        return true;
    }
    return reply->type == RedisReply::Type::Integer && reply->integer == 1;
}

void RedisCoordinator::releaseLease(const QString &name, const QString &token)
{
    if (const auto reply = m_pool.command({"EVAL", ReleaseScript, One, leaseKey(name), token.toLatin1()}); !reply)
        failedOpen("releaseLease", reply.error());  // the lease's TTL frees it anyway
}

QString RedisCoordinator::kind() const
{
    return QStringLiteral("redis");
}

VoidResult RedisCoordinator::ping()
{
    const auto reply = m_pool.command({"PING"}, true);
    if (!reply)
        return fail(reply.error());
    if (reply->type != RedisReply::Type::Status || reply->text != "PONG")
        return fail(ErrorKind::Internal,
                    QCoreApplication::translate("Marquee::Coordination", "Redis at %1 answered PING with '%2'")
                        .arg(m_pool.endpoint().redacted(), QString::fromUtf8(reply->text.left(80))));
    return {};
}

quint64 RedisCoordinator::failOpenCount() const
{
    return m_failOpen.load(std::memory_order_relaxed);
}

void RedisCoordinator::failedOpen(const char *operation, const Error &error)
{
    const quint64 total = m_failOpen.fetch_add(1, std::memory_order_relaxed) + 1;
    quint64 unlogged = 0;
    {
        QMutexLocker lock(&m_logMutex);
        const qint64 now = steadyMilliseconds();
        if (m_lastLogMs != 0 && now - m_lastLogMs < m_logIntervalMs) {
            ++m_unloggedFailures;
            return;
        }
        m_lastLogMs = now;
        unlogged = m_unloggedFailures;
        m_unloggedFailures = 0;
    }
    // error.message names the endpoint redacted (RedisConnectionPool::failure), never the password.
    qCWarning(lcRedis).noquote() << "coordination failing open in" << operation << "-" << error.message
                                 << QStringLiteral("(%1 fail-open answers in total, %2 since the last message)")
                                        .arg(total)
                                        .arg(unlogged);
}

} // namespace Marquee::Coordination
