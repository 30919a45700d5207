#include "core/coordination/redisconnectionpool.h"

#include <chrono>
#include <vector>

#include <QCoreApplication>
#include <QMutexLocker>

#include <hiredis/hiredis.h>

namespace Marquee::Coordination {

namespace {

qint64 steadyMilliseconds()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

timeval timeout(int ms)
{
    timeval tv{};
    tv.tv_sec = ms / 1000;
    tv.tv_usec = static_cast<decltype(tv.tv_usec)>((ms % 1000) * 1000);
    return tv;
}

QString contextError(const redisContext *context)
{
    if (!context)
        return QStringLiteral("out of memory");
    return QString::fromLocal8Bit(context->errstr).trimmed();
}

RedisReply copyReply(const redisReply *reply)
{
    RedisReply copy;
    switch (reply->type) {
    case REDIS_REPLY_STRING:
        copy.type = RedisReply::Type::String;
        copy.text = QByteArray(reply->str, static_cast<qsizetype>(reply->len));
        break;
    case REDIS_REPLY_STATUS:
        copy.type = RedisReply::Type::Status;
        copy.text = QByteArray(reply->str, static_cast<qsizetype>(reply->len));
        break;
    case REDIS_REPLY_ERROR:
        copy.type = RedisReply::Type::Error;
        copy.text = QByteArray(reply->str, static_cast<qsizetype>(reply->len));
        break;
    case REDIS_REPLY_INTEGER:
        copy.type = RedisReply::Type::Integer;
        copy.integer = reply->integer;
        break;
    case REDIS_REPLY_ARRAY:
        copy.type = RedisReply::Type::Array;
        break;
    default:
        copy.type = RedisReply::Type::Nil;
        break;
    }
    return copy;
}

} // namespace

RedisConnectionPool::RedisConnectionPool(RedisEndpoint endpoint, Options options)
    : m_endpoint(std::move(endpoint))
    , m_options(options)
{
}

RedisConnectionPool::~RedisConnectionPool()
{
    for (redisContext *context : std::as_const(m_idle))
        redisFree(context);
}

int RedisConnectionPool::idleConnections() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_idle.size());
}

Result<RedisReply> RedisConnectionPool::command(const QList<QByteArray> &args, bool ignoreCooldown)
{
    // A connection that sat idle may have been cut by a Redis restart: one retry on a fresh connection.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto borrowed = borrow(ignoreCooldown || attempt > 0);
        if (!borrowed)
            return fail(borrowed.error());
        auto reply = run(borrowed->context, args);
        if (reply) {
            giveBack(*borrowed);
            if (reply->type == RedisReply::Type::Error)
                return fail(failure(QString::fromUtf8(reply->text)));
            return reply;
        }
        const bool reused = borrowed->reused;
        discard(*borrowed, reply.error().message);
        if (!reused)
            return fail(failure(reply.error().message));
    }
    QMutexLocker lock(&m_mutex);
    return fail(failure(m_lastError));
}

Result<RedisConnectionPool::Borrowed> RedisConnectionPool::borrow(bool ignoreCooldown)
{
    std::uint64_t generation = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (!ignoreCooldown && steadyMilliseconds() < m_downUntilMs)
            return fail(failure(m_lastError));
        if (!m_idle.isEmpty())
            return Borrowed{m_idle.takeLast(), m_generation, true};
        generation = m_generation;
    }
    auto context = connect();  // outside the lock: other threads keep using their connections
    if (!context) {
        QMutexLocker lock(&m_mutex);
        m_downUntilMs = steadyMilliseconds() + m_options.retryCooldownMs;
        m_lastError = context.error().message;
        return fail(failure(m_lastError));
    }
    QMutexLocker lock(&m_mutex);
    m_downUntilMs = 0;
    return Borrowed{*context, generation, false};
}

void RedisConnectionPool::giveBack(Borrowed borrowed)
{
    {
        QMutexLocker lock(&m_mutex);
        if (borrowed.generation == m_generation && m_idle.size() < m_options.maxIdle) {
            m_idle.append(borrowed.context);
            return;
        }
    }
    redisFree(borrowed.context);
}

void RedisConnectionPool::discard(Borrowed borrowed, const QString &reason)
{
    redisFree(borrowed.context);
    QList<redisContext *> stale;
    {
        QMutexLocker lock(&m_mutex);
        ++m_generation;
        stale.swap(m_idle);
        m_downUntilMs = steadyMilliseconds() + m_options.retryCooldownMs;
        m_lastError = reason;
    }
    for (redisContext *context : std::as_const(stale))
        redisFree(context);
}

Result<redisContext *> RedisConnectionPool::connect() const
{
    const timeval connectTimeout = timeout(m_options.connectTimeoutMs);
    redisContext *context = m_endpoint.isUnixSocket()
        ? redisConnectUnixWithTimeout(m_endpoint.socketPath.toLocal8Bit().constData(), connectTimeout)
        : redisConnectWithTimeout(m_endpoint.host.toUtf8().constData(), m_endpoint.port, connectTimeout);
    if (!context || context->err) {
        const QString reason = contextError(context);
        if (context)
            redisFree(context);
        return fail(ErrorKind::Internal, reason);
    }
    const timeval commandTimeout = timeout(m_options.commandTimeoutMs);
    if (redisSetTimeout(context, commandTimeout) != REDIS_OK
        || (!m_endpoint.isUnixSocket() && redisEnableKeepAlive(context) != REDIS_OK)) {
        const QString reason = contextError(context);
        redisFree(context);
        return fail(ErrorKind::Internal, reason);
    }

    QList<QList<QByteArray>> handshake;
    if (!m_endpoint.password.isEmpty()) {
        QList<QByteArray> auth{QByteArrayLiteral("AUTH")};
        if (!m_endpoint.username.isEmpty())
            auth.append(m_endpoint.username.toUtf8());
        auth.append(m_endpoint.password.toUtf8());
        handshake.append(auth);
    }
    if (m_endpoint.database != 0)
        handshake.append({QByteArrayLiteral("SELECT"), QByteArray::number(m_endpoint.database)});
    for (const QList<QByteArray> &args : std::as_const(handshake)) {
        auto reply = run(context, args);
        // Redis' own error texts (WRONGPASS, NOAUTH, "DB index is out of range") never echo the password.
        if (!reply || reply->type == RedisReply::Type::Error) {
            const QString reason = reply ? QString::fromUtf8(reply->text) : reply.error().message;
            redisFree(context);
            return fail(ErrorKind::Internal, QString::fromLatin1(args.first()) + QStringLiteral(": ") + reason);
        }
    }
    return context;
}

Result<RedisReply> RedisConnectionPool::run(redisContext *context, const QList<QByteArray> &args) const
{
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    argv.reserve(static_cast<std::size_t>(args.size()));
    lengths.reserve(static_cast<std::size_t>(args.size()));
    for (const QByteArray &arg : args) {
        argv.push_back(arg.constData());
        lengths.push_back(static_cast<size_t>(arg.size()));
    }
    void *raw = redisCommandArgv(context, static_cast<int>(argv.size()), argv.data(), lengths.data());
    if (!raw)
        return fail(ErrorKind::Internal, contextError(context));
    const RedisReply reply = copyReply(static_cast<const redisReply *>(raw));
    freeReplyObject(raw);
    return reply;
}

Error RedisConnectionPool::failure(const QString &reason) const
{
    return Error{ErrorKind::Internal,
                 QCoreApplication::translate("Marquee::Coordination", "Redis at %1: %2").arg(m_endpoint.redacted(), reason),
                 0, 0};
}

} // namespace Marquee::Coordination
