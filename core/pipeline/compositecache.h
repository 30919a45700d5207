#pragma once

#include <list>
#include <optional>

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include "core/pipeline/blobdeletequeue.h"
#include "core/util/error.h"

namespace Marquee::Storage { class Storage; }
namespace Marquee::Blob { class BlobStore; }

namespace Marquee::Pipeline {

struct CompositeEntry
{
    QByteArray bytes;
    QByteArray etag;       // quoted content hash
    qint64 expiresAt = 0;  // Unix seconds
};

// Where a stored composite lives, without its bytes (for a redirect to the CDN copy).
struct CompositeLocation
{
    QString blobKey;
    qint64 expiresAt = 0;
};

// The three tiers of finished posters (reference §6.2 "composite read/write path"):
// an in-process LRU (L1) → the final_poster_cache row → the blob it names.
// Reads fall through the tiers and refill L1; a row whose blob is gone is dropped. Writes go blob
// first (a fresh versioned key "{composite key}~{16 hex}", so a reader or CDN never sees a half-replaced
// blob), then the row, then L1; a failed blob write leaves no row, and a row never names a missing blob.
// Superseded and expired blobs are deleted only after DELETE_GRACE_SECONDS (BlobDeleteQueue), by
// drainDeletes(): a few after each write, all that are due on prune() and at destruction. Storage
// problems on read are misses, never failures.
class CompositeCache
{
public:
    // deleteGraceSeconds 0 deletes a superseded blob right after the write that replaced it.
    CompositeCache(Storage::Storage *storage, Blob::BlobStore *blobs, int memEntries, qint64 deleteGraceSeconds = 0);
    ~CompositeCache();   // deletes the blobs whose grace has passed

    CompositeCache(const CompositeCache &) = delete;
    CompositeCache &operator=(const CompositeCache &) = delete;

    // L1 only: cheap, no I/O. Expired entries are dropped.
    std::optional<CompositeEntry> memory(const QString &key, qint64 now) const;
    // L1 → row (not expired) → blob.
    std::optional<CompositeEntry> read(const QString &key, qint64 now);
    // Row (not expired) → blob exists (without fetching it); a row whose blob is gone is dropped.
    // An Internal error when the storage or blob store cannot say.
    Result<std::optional<CompositeLocation>> locate(const QString &key, qint64 now);
    VoidResult write(const QString &key, const CompositeEntry &entry, const QString &requestParams, qint64 now);

    // Removes up to `limit` expired rows (their blobs are queued for deletion), then drains due deletes.
    // Returns how many rows went.
    Result<qint64> prune(qint64 now, int limit = 1000);
    // Deletes queued blobs whose grace has passed (at most `limit`, < 0 = all); returns how many went.
    // Stops at the first failure and keeps the rest queued.
    int drainDeletes(qint64 now, int limit = -1);

    qint64 memoryEntries() const;
    qint64 memoryBytes() const;
    qint64 deletesQueued() const { return m_deletes.size(); }
    qint64 deletesDropped() const { return m_deletes.dropped(); }

    // "{key with anything outside the blob alphabet replaced by '_'}~{16 random hex}", ≤ 200 chars.
    static QString newBlobKey(const QString &compositeKey);
    static QByteArray etagFor(const QByteArray &bytes);

private:
    struct Node
    {
        QString key;
        CompositeEntry entry;
    };
    using Lru = std::list<Node>;

    void remember(const QString &key, const CompositeEntry &entry) const;
    void forget(const QString &key) const;
    void forgetLocked(Lru::iterator it) const;
    void dropOrphanRow(const QString &key, const QString &blobKey);
    void scheduleDelete(const QString &blobKey, qint64 now);

    Storage::Storage *m_storage;
    Blob::BlobStore *m_blobs;
    int m_capacity;
    BlobDeleteQueue m_deletes;

    // L1 state is logically a cache, so const readers may refresh recency.
    mutable QMutex m_mutex;
    mutable Lru m_lru;  // front = most recent
    mutable QHash<QString, Lru::iterator> m_index;
    mutable qint64 m_bytes = 0;
};

} // namespace Marquee::Pipeline
