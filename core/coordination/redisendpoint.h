#pragma once

#include <QString>

#include "core/util/error.h"

namespace Marquee::Coordination {

// Where a Redis server listens and how to log in, parsed from REDIS_URL (reference §6.3):
//   redis://[[user]:password@]host[:port][/db]      TCP, port 6379 and database 0 by default
//   unix:///path/to/redis.sock[?db=N&password=…]    a local socket
// rediss:// (TLS) is refused: Debian's hiredis 0.14 has no TLS support, so accepting it would mean
// sending the password in clear text to a server that expects TLS.
//
//   const auto endpoint = RedisEndpoint::parse(QStringLiteral("redis://:secret@10.0.0.5:6380/2"));
//   qInfo() << endpoint->redacted();   // "redis://:***@10.0.0.5:6380/2"
struct RedisEndpoint
{
    QString host;           // empty for a unix socket
    int port = 6379;
    QString socketPath;     // set for unix://
    QString username;       // Redis 6 ACL user; empty = the default user
    QString password;       // empty = no AUTH
    int database = 0;

    bool isUnixSocket() const { return !socketPath.isEmpty(); }
    // The endpoint as safe to log: any password replaced by "***".
    QString redacted() const;

    // InvalidInput naming REDIS_URL (never echoing a password) for a scheme, port or db we cannot use.
    static Result<RedisEndpoint> parse(const QString &url);
};

} // namespace Marquee::Coordination
