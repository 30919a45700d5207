#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include "core/config/serversettings.h"
#include "tests/support/postgresserver.h"
#include "tests/support/redisserver.h"
#include "tests/support/s3server.h"

namespace Marquee::Storage { class Storage; }

namespace Marquee::Tests {

// Which backend each of the three slots uses (marquee.md §6): false = the local default
// (SQLite, in-process coordinator, local directory).
struct BackendChoice
{
    bool postgres = false;
    bool redis = false;
    bool s3 = false;

    QString describe() const;  // "postgres+redis+s3", "sqlite+in-process+local", …
};

// The real PostgreSQL, Redis and s3rver servers of the backend tests, each started on first need and
// kept for the object's lifetime. Every daemon gets its own database, Redis key prefix and bucket
// prefix (`name`), so tests sharing the servers never see each other's rows.
//
//   BackendServers servers;
//   if (const QString why = servers.ensure(choice, &missing); !why.isEmpty()) { missing ? QSKIP : QFAIL }
//   servers.apply(choice, QStringLiteral("run1"), settings);
class BackendServers
{
public:
    // Starts the servers `choice` needs. Empty when they run; else why not, with *missing set when a
    // server binary is not installed (a skip) rather than failing to start (a failure).
    QString ensure(const BackendChoice &choice, bool *missing);

    // Points the settings at the chosen servers: a new database `name`, Redis key prefix `name`, bucket
    // prefix `name` with s3rver's credentials. Returns false with `error` when the database cannot be made.
    bool apply(const BackendChoice &choice, const QString &name, Config::ServerSettings &settings,
               QString *error = nullptr);
    // The same settings as environment variables for a marqueed process.
    static void exportTo(const Config::ServerSettings &settings, QProcessEnvironment &env);

    // Blob keys in the store the settings name (S3: listed over HTTP without the bucket prefix; local:
    // the files of {cache dir}/composites). False with `error` when the store cannot be listed.
    bool blobKeys(const Config::ServerSettings &settings, QStringList *keys, QString *error) const;

    // Rows without their blob and blobs without their row (as readable lines; empty = consistent).
    // `storage` is the daemon's, or one opened on the same DATABASE_URL.
    QStringList inconsistencies(Storage::Storage &storage, const Config::ServerSettings &settings) const;

    Test::PostgresServer &postgres() { return m_postgres; }
    Test::RedisServer &redis() { return m_redis; }
    Test::S3Server &s3() { return m_s3; }

private:
    Test::PostgresServer m_postgres;
    Test::RedisServer m_redis;
    Test::S3Server m_s3;
};

} // namespace Marquee::Tests
