#include "core/pipeline/compositecache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRandomGenerator>

#include "core/blob/blobstore.h"
#include "core/storage/storage.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcComposite, "marquee.pipeline.composite")

// Deletes done on the write path: enough to keep pace with replacements, few enough that a render
// never waits on a backlog (prune and shutdown drain the rest).
constexpr int DeletesPerWrite = 4;

} // namespace

CompositeCache::CompositeCache(Storage::Storage *storage, Blob::BlobStore *blobs, int memEntries,
                               qint64 deleteGraceSeconds)
    : m_storage(storage)
    , m_blobs(blobs)
    , m_capacity(std::max(0, memEntries))
    , m_deletes(deleteGraceSeconds)
{
}

CompositeCache::~CompositeCache()
{
    // Shutdown: what is due goes now; blobs still inside their grace may be behind a live redirect.
    drainDeletes(QDateTime::currentSecsSinceEpoch());
    if (const qint64 left = m_deletes.size(); left > 0)
        qCInfo(lcComposite) << left << "superseded blob(s) still inside their delete grace were left in the store";
}

QByteArray CompositeCache::etagFor(const QByteArray &bytes)
{
    const QByteArray hex = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32);
    return '"' + hex + '"';
}

QString CompositeCache::newBlobKey(const QString &compositeKey)
{
    QString safe = compositeKey.left(180);
    for (QChar &c : safe) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                        || u == u':' || u == u'_' || u == u'-';
        if (!ok)
            c = QLatin1Char('_');
    }
    const quint64 random = QRandomGenerator::system()->generate64();
    return safe + QLatin1Char('~') + QStringLiteral("%1").arg(random, 16, 16, QLatin1Char('0'));
}

std::optional<CompositeEntry> CompositeCache::memory(const QString &key, qint64 now) const
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_index.constFind(key);
    if (found == m_index.cend())
        return std::nullopt;
    const Lru::iterator node = *found;
    if (node->entry.expiresAt <= now) {
        forgetLocked(node);
        return std::nullopt;
    }
    m_lru.splice(m_lru.begin(), m_lru, node);
    return node->entry;
}

std::optional<CompositeEntry> CompositeCache::read(const QString &key, qint64 now)
{
    if (auto hit = memory(key, now))
        return hit;
    if (!m_storage || !m_blobs)
        return std::nullopt;
    auto row = m_storage->composite(key);
    if (!row) {
        qCWarning(lcComposite) << "composite row read failed:" << row.error().message;
        return std::nullopt;
    }
    if (!row->has_value() || (*row)->expiresAt <= now)
        return std::nullopt;
    auto blob = m_blobs->get((*row)->blobKey);
    if (!blob) {
        qCWarning(lcComposite) << "composite blob read failed:" << blob.error().message;
        return std::nullopt;
    }
    if (!blob->has_value() || (*blob)->isEmpty()) {
        dropOrphanRow(key, (*row)->blobKey);
        return std::nullopt;
    }
    CompositeEntry entry{**blob, etagFor(**blob), (*row)->expiresAt};
    remember(key, entry);
    return entry;
}

Result<std::optional<CompositeLocation>> CompositeCache::locate(const QString &key, qint64 now)
{
    if (!m_storage || !m_blobs)
        return std::optional<CompositeLocation>();
    auto row = m_storage->composite(key);
    if (!row)
        return fail(row.error());
    if (!row->has_value() || (*row)->expiresAt <= now)
        return std::optional<CompositeLocation>();
    // A redirect to a blob that is gone would send the client to a dead URL: check it is there.
    auto present = m_blobs->exists((*row)->blobKey);
    if (!present)
        return fail(present.error());
    if (!*present) {
        dropOrphanRow(key, (*row)->blobKey);
        return std::optional<CompositeLocation>();
    }
    return std::optional<CompositeLocation>(CompositeLocation{(*row)->blobKey, (*row)->expiresAt});
}

void CompositeCache::dropOrphanRow(const QString &key, const QString &blobKey)
{
    // The row points at nothing (blob pruned or lost): drop it so the next request re-renders. Only
    // while it still names that blob: a writer may have just replaced it with a good one.
    auto current = m_storage->composite(key);
    if (!current || !current->has_value() || (*current)->blobKey != blobKey)
        return;
    if (auto removed = m_storage->removeComposite(key); !removed)
        qCWarning(lcComposite) << "cannot drop orphan composite row:" << removed.error().message;
    forget(key);
}

VoidResult CompositeCache::write(const QString &key, const CompositeEntry &entry, const QString &requestParams,
                                 qint64 now)
{
    if (!m_storage || !m_blobs)
        return {};
    QString superseded;
    if (auto old = m_storage->composite(key); old && old->has_value())
        superseded = (*old)->blobKey;

    const QString blobKey = newBlobKey(key);
    if (auto stored = m_blobs->put(blobKey, entry.bytes); !stored)
        return stored;  // no row is written for a blob that does not exist
    Storage::CompositeRow row{key, now, entry.expiresAt, blobKey, requestParams};
    if (auto saved = m_storage->putComposite(row); !saved) {
        if (auto removed = m_blobs->remove(blobKey); !removed)
            scheduleDelete(blobKey, now);
        return saved;
    }
    remember(key, entry);
    if (!superseded.isEmpty() && superseded != blobKey)
        scheduleDelete(superseded, now);
    drainDeletes(now, DeletesPerWrite);
    return {};
}

Result<qint64> CompositeCache::prune(qint64 now, int limit)
{
    if (!m_storage || !m_blobs)
        return qint64(0);
    auto expired = m_storage->expiredComposites(now, limit);
    if (!expired)
        return fail(expired.error());
    qint64 removed = 0;
    for (const Storage::CompositeRow &row : *expired) {
        // Row first, blob later: a row never names a missing blob. Re-read so a composite rewritten since
        // the listing keeps its fresh row.
        auto current = m_storage->composite(row.cacheKey);
        if (!current)
            return fail(current.error());
        if (!current->has_value() || (*current)->blobKey != row.blobKey || (*current)->expiresAt > now)
            continue;
        if (auto gone = m_storage->removeComposite(row.cacheKey); !gone)
            return fail(gone.error());
        forget(row.cacheKey);
        scheduleDelete(row.blobKey, now);
        ++removed;
    }
    drainDeletes(now);
    return removed;
}

int CompositeCache::drainDeletes(qint64 now, int limit)
{
    if (!m_blobs)
        return 0;
    const QStringList due = m_deletes.takeDue(now, limit);
    int deleted = 0;
    for (qsizetype i = 0; i < due.size(); ++i) {
        if (auto removed = m_blobs->remove(due.at(i)); !removed) {
            // The store is struggling: keep this one and the rest for the next drain.
            qCWarning(lcComposite) << "deferred blob delete failed:" << removed.error().message;
            m_deletes.retry(due.mid(i), now);
            break;
        }
        ++deleted;
    }
    return deleted;
}

void CompositeCache::scheduleDelete(const QString &blobKey, qint64 now)
{
    if (!m_deletes.schedule(blobKey, now))
        qCWarning(lcComposite) << "blob delete queue full; a superseded blob stays in the store";
}

void CompositeCache::remember(const QString &key, const CompositeEntry &entry) const
{
    if (m_capacity <= 0)
        return;
    QMutexLocker locker(&m_mutex);
    if (auto found = m_index.constFind(key); found != m_index.cend())
        forgetLocked(*found);
    m_lru.push_front(Node{key, entry});
    m_index.insert(key, m_lru.begin());
    m_bytes += entry.bytes.size();
    while (qsizetype(m_lru.size()) > m_capacity)
        forgetLocked(std::prev(m_lru.end()));
}

void CompositeCache::forget(const QString &key) const
{
    QMutexLocker locker(&m_mutex);
    if (auto found = m_index.constFind(key); found != m_index.cend())
        forgetLocked(*found);
}

void CompositeCache::forgetLocked(Lru::iterator it) const
{
    m_bytes -= it->entry.bytes.size();
    m_index.remove(it->key);
    m_lru.erase(it);
}

qint64 CompositeCache::memoryEntries() const
{
    QMutexLocker locker(&m_mutex);
    return qint64(m_lru.size());
}

qint64 CompositeCache::memoryBytes() const
{
    QMutexLocker locker(&m_mutex);
    return m_bytes;
}

} // namespace Marquee::Pipeline
