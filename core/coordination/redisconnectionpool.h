#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>

#include <cstdint>

#include "core/coordination/redisendpoint.h"
#include "core/util/error.h"

struct redisContext;

namespace Marquee::Coordination {

// One Redis reply, copied out of hiredis so callers never see its types.
struct RedisReply
{
    enum class Type { Nil, Status, String, Integer, Array, Error };
    Type type = Type::Nil;
    QByteArray text;      // Status, String and Error replies
    long long integer = 0;
};

// Blocking hiredis connections shared by any number of threads: a call borrows an idle connection (or
// opens one), runs one command on it and hands it back, so no context is ever used by two threads.
// Connections that saw an I/O error are closed, along with every idle one (a Redis restart breaks all
// of them at once), and for `retryCooldownMs` afterwards calls fail at once instead of each waiting
// for a connect timeout against a server that is known to be down. Idle connections above `maxIdle`
// are closed when handed back.
//
//   RedisConnectionPool pool(*RedisEndpoint::parse(url), {});
//   auto reply = pool.command({"SET", "k", "1", "NX", "EX", "300"});
//   if (!reply) qWarning() << reply.error().message;   // the endpoint is redacted, the reason is hiredis'
class RedisConnectionPool
{
public:
    struct Options
    {
        int connectTimeoutMs = 2000;
        int commandTimeoutMs = 5000;  // socket read/write timeout of every command
        int retryCooldownMs = 1000;
        int maxIdle = 8;
    };

    RedisConnectionPool(RedisEndpoint endpoint, Options options);
    ~RedisConnectionPool();

    RedisConnectionPool(const RedisConnectionPool &) = delete;
    RedisConnectionPool &operator=(const RedisConnectionPool &) = delete;

    // Internal error when no connection could be made, the command failed in transit or Redis answered
    // with an error reply. `ignoreCooldown` makes a real attempt even right after a failure (/ready).
    Result<RedisReply> command(const QList<QByteArray> &args, bool ignoreCooldown = false);

    const RedisEndpoint &endpoint() const { return m_endpoint; }
    int idleConnections() const;

private:
    struct Borrowed
    {
        redisContext *context = nullptr;
        std::uint64_t generation = 0;
        bool reused = false;
    };

    Result<Borrowed> borrow(bool ignoreCooldown);
    void giveBack(Borrowed borrowed);
    void discard(Borrowed borrowed, const QString &reason);
    Result<redisContext *> connect() const;
    Result<RedisReply> run(redisContext *context, const QList<QByteArray> &args) const;
    Error failure(const QString &reason) const;

    const RedisEndpoint m_endpoint;
    const Options m_options;
    mutable QMutex m_mutex;
    QList<redisContext *> m_idle;
    std::uint64_t m_generation = 0;   // bumped when the server is known to have dropped us
    qint64 m_downUntilMs = 0;         // steady clock; calls fail fast before it
    QString m_lastError;
};

} // namespace Marquee::Coordination
