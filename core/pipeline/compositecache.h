#pragma once

#include <list>
#include <optional>

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

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

// The three tiers of finished posters (reference §6.2 "composite read/write path"):
// an in-process LRU (L1) → the final_poster_cache row → the blob it names.
// Reads fall through the tiers and refill L1; a row whose blob is gone is dropped. Writes go blob
// first (a fresh versioned key, so a reader never sees a half-replaced blob), then the row, then L1,
// and only then is the superseded blob deleted. Storage problems on read are misses, never failures.
class CompositeCache
{
public:
    CompositeCache(Storage::Storage *storage, Blob::BlobStore *blobs, int memEntries);

    // L1 only: cheap, no I/O. Expired entries are dropped.
    std::optional<CompositeEntry> memory(const QString &key, qint64 now) const;
    // L1 → row (not expired) → blob.
    std::optional<CompositeEntry> read(const QString &key, qint64 now);
    VoidResult write(const QString &key, const CompositeEntry &entry, const QString &requestParams, qint64 now);

    qint64 memoryEntries() const;
    qint64 memoryBytes() const;

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
    void forgetLocked(Lru::iterator it) const;

    Storage::Storage *m_storage;
    Blob::BlobStore *m_blobs;
    int m_capacity;

    // L1 state is logically a cache, so const readers may refresh recency.
    mutable QMutex m_mutex;
    mutable Lru m_lru;  // front = most recent
    mutable QHash<QString, Lru::iterator> m_index;
    mutable qint64 m_bytes = 0;
};

} // namespace Marquee::Pipeline
