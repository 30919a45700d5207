#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>

#include <QString>

#include <pqxx/connection>

#include "core/util/error.h"

namespace Marquee::Storage {

// A bounded pool of libpqxx connections to one PostgreSQL URL (DB_POOL_MIN_SIZE / DB_POOL_MAX_SIZE).
// acquire() hands out an idle connection, opens a new one while fewer than maxSize exist, or waits up
// to acquireTimeout for one to come back; after that it is an Internal error. Connections open lazily;
// idle connections beyond minSize close after idleLifetime. Thread-safe; every message names the
// redacted URL only.
//
//   PostgresConnectionPool pool(url, {});
//   auto lease = pool.acquire();
//   if (!lease) return fail(lease.error());
//   pqxx::nontransaction tx(**lease);
class PostgresConnectionPool
{
public:
    struct Options
    {
        int minSize = 1;
        int maxSize = 10;
        std::chrono::milliseconds acquireTimeout{10000};
        std::chrono::seconds idleLifetime{300};
    };

    // A borrowed connection; goes back to the pool when destroyed (or is closed after discard()).
    class Lease
    {
    public:
        Lease(Lease &&other) noexcept;
        Lease &operator=(Lease &&) = delete;
        Lease(const Lease &) = delete;
        ~Lease();

        pqxx::connection &operator*() const { return *m_connection; }
        pqxx::connection *operator->() const { return m_connection.get(); }
        // The connection is broken or in an unknown state: close it instead of reusing it.
        void discard() { m_discard = true; }

    private:
        friend class PostgresConnectionPool;
        Lease(PostgresConnectionPool *pool, std::unique_ptr<pqxx::connection> connection);
        PostgresConnectionPool *m_pool;
        std::unique_ptr<pqxx::connection> m_connection;
        bool m_discard = false;
    };

    PostgresConnectionPool(QString url, Options options);
    ~PostgresConnectionPool();

    PostgresConnectionPool(const PostgresConnectionPool &) = delete;
    PostgresConnectionPool &operator=(const PostgresConnectionPool &) = delete;

    Result<Lease> acquire();
    // Opens connections until minSize exist (start-up, so the first requests do not pay for them).
    VoidResult prefill();

    // Closes every idle connection. Called when one turned out broken: after a server restart or a
    // failover the others are dead as well, and a retry must not pick the next dead one.
    void discardIdle();

    int openConnections() const;
    int idleConnections() const;
    const Options &options() const { return m_options; }
    QString redactedUrl() const;

    // "PostgreSQL (<redacted url>): <reason>" as an Internal error on one line (libpq texts span several),
    // password scrubbed from the reason.
    Error error(const QString &reason) const;
    Error error(const std::exception &exception) const;

private:
    struct Idle
    {
        std::unique_ptr<pqxx::connection> connection;
        std::chrono::steady_clock::time_point since;
    };

    Result<std::unique_ptr<pqxx::connection>> open();
    void giveBack(std::unique_ptr<pqxx::connection> connection, bool discard);
    void closeStaleIdle(std::unique_lock<std::mutex> &lock);

    const QString m_url;
    const Options m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_returned;
    std::deque<Idle> m_idle;   // most recently returned at the back
    int m_open = 0;            // idle + leased + being opened
};

} // namespace Marquee::Storage
