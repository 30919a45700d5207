#include "core/storage/postgresconnectionpool.h"

#include <utility>
#include <vector>

#include <QCoreApplication>

#include "core/storage/postgresurl.h"

namespace Marquee::Storage {

PostgresConnectionPool::Lease::Lease(PostgresConnectionPool *pool, std::unique_ptr<pqxx::connection> connection)
    : m_pool(pool)
    , m_connection(std::move(connection))
{
}

PostgresConnectionPool::Lease::Lease(Lease &&other) noexcept
    : m_pool(std::exchange(other.m_pool, nullptr))
    , m_connection(std::move(other.m_connection))
    , m_discard(other.m_discard)
{
}

PostgresConnectionPool::Lease::~Lease()
{
    if (m_pool && m_connection)
        m_pool->giveBack(std::move(m_connection), m_discard);
}

PostgresConnectionPool::PostgresConnectionPool(QString url, Options options)
    : m_url(std::move(url))
    , m_options(options)
{
}

PostgresConnectionPool::~PostgresConnectionPool() = default;

Result<PostgresConnectionPool::Lease> PostgresConnectionPool::acquire()
{
    const auto deadline = std::chrono::steady_clock::now() + m_options.acquireTimeout;
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (!m_idle.empty()) {
            std::unique_ptr<pqxx::connection> connection = std::move(m_idle.back().connection);
            m_idle.pop_back();
            return Lease(this, std::move(connection));
        }
        if (m_open < qMax(1, m_options.maxSize)) {
            ++m_open;  // reserve the slot; the (slow) connect happens without the lock
            lock.unlock();
            auto opened = open();
            if (!opened) {
                lock.lock();
                --m_open;
                m_returned.notify_one();
                return fail(opened.error());
            }
            return Lease(this, std::move(*opened));
        }
        if (m_returned.wait_until(lock, deadline) == std::cv_status::timeout && m_idle.empty()
            && m_open >= m_options.maxSize) {
            return fail(error(QCoreApplication::translate("Marquee::Storage",
                                                          "no database connection became free within %1 ms"
                                                          " (DB_POOL_MAX_SIZE %2)")
                                  .arg(qint64(m_options.acquireTimeout.count()))
                                  .arg(m_options.maxSize)));
        }
    }
}

VoidResult PostgresConnectionPool::prefill()
{
    // Borrowing minSize connections at once makes the pool open the missing ones; all go back idle.
    std::vector<Lease> leases;
    while (int(leases.size()) < qMin(m_options.minSize, m_options.maxSize)) {
        auto lease = acquire();
        if (!lease)
            return fail(lease.error());
        leases.push_back(std::move(*lease));
    }
    return {};
}

void PostgresConnectionPool::discardIdle()
{
    std::vector<std::unique_ptr<pqxx::connection>> dropped;
    {
        std::lock_guard lock(m_mutex);
        for (Idle &idle : m_idle)
            dropped.push_back(std::move(idle.connection));
        m_open -= int(m_idle.size());
        m_idle.clear();
        m_returned.notify_all();
    }
    // Closed outside the lock: closing may touch the network.
}

int PostgresConnectionPool::openConnections() const
{
    std::lock_guard lock(m_mutex);
    return m_open;
}

int PostgresConnectionPool::idleConnections() const
{
    std::lock_guard lock(m_mutex);
    return int(m_idle.size());
}

QString PostgresConnectionPool::redactedUrl() const
{
    return PostgresUrl::redacted(m_url);
}

Error PostgresConnectionPool::error(const QString &reason) const
{
    const QString message = QCoreApplication::translate("Marquee::Storage", "PostgreSQL (%1): %2")
                                .arg(redactedUrl(), PostgresUrl::scrubbed(reason.simplified(), m_url));
    return Error{ErrorKind::Internal, message, 0, 0};
}

Error PostgresConnectionPool::error(const std::exception &exception) const
{
    return error(QString::fromUtf8(exception.what()));
}

Result<std::unique_ptr<pqxx::connection>> PostgresConnectionPool::open()
{
    try {
        return std::make_unique<pqxx::connection>(PostgresUrl::connectionString(m_url));
    } catch (const std::exception &exception) {
        return fail(error(exception));
    }
}

void PostgresConnectionPool::giveBack(std::unique_ptr<pqxx::connection> connection, bool discard)
{
    std::unique_lock lock(m_mutex);
    if (discard || !connection->is_open()) {
        --m_open;
        lock.unlock();
        connection.reset();  // closing may touch the network: not under the lock
        lock.lock();
    } else {
        m_idle.push_back(Idle{std::move(connection), std::chrono::steady_clock::now()});
        closeStaleIdle(lock);
    }
    m_returned.notify_one();
}

// Idle connections beyond minSize that nobody needed for idleLifetime go away (oldest first).
void PostgresConnectionPool::closeStaleIdle(std::unique_lock<std::mutex> &lock)
{
    const auto cutoff = std::chrono::steady_clock::now() - m_options.idleLifetime;
    std::vector<std::unique_ptr<pqxx::connection>> stale;
    while (m_open > m_options.minSize && !m_idle.empty() && m_idle.front().since < cutoff) {
        stale.push_back(std::move(m_idle.front().connection));
        m_idle.pop_front();
        --m_open;
    }
    if (stale.empty())
        return;
    lock.unlock();
    stale.clear();
    lock.lock();
}

} // namespace Marquee::Storage
