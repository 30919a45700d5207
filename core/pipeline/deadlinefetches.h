#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <QThreadPool>
#include <QWaitCondition>

#include "core/util/error.h"

namespace Marquee::Pipeline {

// Upstream fetches that a request waits for only until its deadline (marquee.md §4 "Never hang").
// run() starts the fetch on a bounded pool (or joins the one already under way for the same key) and
// waits at most waitMs; when the answer is late the request goes on with what it has, while the fetch
// keeps running and its task stores the result, so a later request finds it in the cache. The pool
// size is the upstream's concurrency cap (MDBLIST_CONCURRENCY for ratings); waiting, running and
// queued fetches are bounded. Thread-safe.
//
//   DeadlineFetches<RatingsRecord> fetches(3, 256);
//   auto answer = fetches.run(id, [=] { return fetchAndStore(id); }, Net::Deadline::remainingMs());
//   if (!answer) { /* late: draw the last-good data, provisional */ }
template<typename T>
class DeadlineFetches
{
public:
    using Task = std::function<Result<T>()>;

    DeadlineFetches(int maxThreads, int maxQueued)
        : m_maxQueued(maxQueued)
    {
        m_pool.setMaxThreadCount(std::max(1, maxThreads));
        m_pool.setExpiryTimeout(-1);  // keeps each worker's network manager (and its connections)
    }

    ~DeadlineFetches()
    {
        m_pool.clear();
        m_pool.waitForDone();
    }

    DeadlineFetches(const DeadlineFetches &) = delete;
    DeadlineFetches &operator=(const DeadlineFetches &) = delete;

    // waitMs < 0 waits until the fetch ends (it is bounded by the HTTP client's own timeouts), 0 only
    // starts it. nullopt: no answer yet (or the queue is full and nothing was started).
    std::optional<Result<T>> run(const QString &key, Task task, qint64 waitMs, int priority = 0)
    {
        std::shared_ptr<Shared> shared;
        {
            QMutexLocker locker(&m_mutex);
            shared = m_running.value(key);
            if (!shared) {
                if (m_running.size() >= m_maxQueued)
                    return std::nullopt;
                shared = std::make_shared<Shared>();
                m_running.insert(key, shared);
                m_pool.start([this, key, shared, task = std::move(task)] { execute(key, shared, task); }, priority);
            }
        }
        QMutexLocker locker(&shared->mutex);
        if (!shared->result && waitMs != 0) {
            QDeadlineTimer until = waitMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(waitMs);
            while (!shared->result && !until.hasExpired()) {
                if (!shared->done.wait(&shared->mutex, until))
                    break;
            }
        }
        return shared->result;
    }

    bool isRunning(const QString &key) const
    {
        QMutexLocker locker(&m_mutex);
        return m_running.contains(key);
    }

    int pending() const
    {
        QMutexLocker locker(&m_mutex);
        return int(m_running.size());
    }

    bool waitForDone(int msecs = -1) { return m_pool.waitForDone(msecs); }

private:
    struct Shared
    {
        QMutex mutex;
        QWaitCondition done;
        std::optional<Result<T>> result;
    };

    void execute(const QString &key, const std::shared_ptr<Shared> &shared, const Task &task)
    {
        Result<T> result = task();
        {
            QMutexLocker locker(&m_mutex);
            m_running.remove(key);
        }
        QMutexLocker locker(&shared->mutex);
        shared->result = std::move(result);
        shared->done.wakeAll();
    }

    const int m_maxQueued;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<Shared>> m_running;  // queued or running, by key
    QThreadPool m_pool;
};

} // namespace Marquee::Pipeline
