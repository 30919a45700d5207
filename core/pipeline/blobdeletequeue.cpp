#include "core/pipeline/blobdeletequeue.h"

#include <algorithm>

#include <QMutexLocker>

namespace Marquee::Pipeline {

BlobDeleteQueue::BlobDeleteQueue(qint64 graceSeconds, int capacity)
    : m_grace(std::max<qint64>(0, graceSeconds))
    , m_capacity(std::max(1, capacity))
{
}

bool BlobDeleteQueue::schedule(const QString &blobKey, qint64 now)
{
    if (blobKey.isEmpty())
        return true;
    QMutexLocker locker(&m_mutex);
    if (m_queued.contains(blobKey))
        return true;
    if (qsizetype(m_queue.size()) >= m_capacity) {
        ++m_dropped;
        return false;
    }
    m_queue.emplace_back(blobKey, now + m_grace);
    m_queued.insert(blobKey);
    return true;
}

QStringList BlobDeleteQueue::takeDue(qint64 now, int limit)
{
    QMutexLocker locker(&m_mutex);
    QStringList due;
    // The grace is constant, so due times only grow towards the back (retries go to the front, due now).
    while (!m_queue.empty() && m_queue.front().second <= now && (limit < 0 || due.size() < limit)) {
        due.append(m_queue.front().first);
        m_queued.remove(m_queue.front().first);
        m_queue.pop_front();
    }
    return due;
}

void BlobDeleteQueue::retry(const QStringList &blobKeys, qint64 now)
{
    QMutexLocker locker(&m_mutex);
    for (auto it = blobKeys.crbegin(); it != blobKeys.crend(); ++it) {
        if (m_queued.contains(*it))
            continue;
        m_queue.emplace_front(*it, now);
        m_queued.insert(*it);
    }
}

qint64 BlobDeleteQueue::size() const
{
    QMutexLocker locker(&m_mutex);
    return qint64(m_queue.size());
}

qint64 BlobDeleteQueue::dropped() const
{
    QMutexLocker locker(&m_mutex);
    return m_dropped;
}

} // namespace Marquee::Pipeline
