#pragma once

#include <deque>
#include <utility>

#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Marquee::Pipeline {

// Blobs waiting to be deleted (reference §6.4 "deferred deletes"): a superseded or expired composite's
// blob stays readable for a grace period, because a CDN or a client may still follow a redirect to it
// (redirect max-age is kept below the grace). De-duplicated and bounded: beyond the capacity new keys are
// dropped and counted, never blocking a render. Thread-safe; the queue only hands out keys, the caller
// deletes them.
//
//   BlobDeleteQueue queue(settings.deleteGraceSeconds);
//   queue.schedule(oldBlobKey, now);
//   for (const QString &key : queue.takeDue(now)) blobs.remove(key);
class BlobDeleteQueue
{
public:
    static constexpr int DefaultCapacity = 50000;

    explicit BlobDeleteQueue(qint64 graceSeconds, int capacity = DefaultCapacity);

    // Due at now + grace. False when the queue is full and the key was dropped; a key already queued is
    // left where it is (true).
    bool schedule(const QString &blobKey, qint64 now);
    // Removes and returns up to `limit` keys whose time has come (limit < 0 = all), oldest first.
    QStringList takeDue(qint64 now, int limit = -1);
    // Puts back keys whose deletion failed, due at once: the next drain tries them first.
    void retry(const QStringList &blobKeys, qint64 now);

    qint64 size() const;
    qint64 dropped() const;
    qint64 graceSeconds() const { return m_grace; }

private:
    const qint64 m_grace;
    const int m_capacity;
    mutable QMutex m_mutex;
    std::deque<std::pair<QString, qint64>> m_queue;   // (blob key, due at), front = oldest
    QSet<QString> m_queued;
    qint64 m_dropped = 0;
};

} // namespace Marquee::Pipeline
