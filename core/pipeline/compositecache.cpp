#include "core/pipeline/compositecache.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRandomGenerator>

#include "core/blob/blobstore.h"
#include "core/storage/storage.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcComposite, "marquee.pipeline.composite")

} // namespace

CompositeCache::CompositeCache(Storage::Storage *storage, Blob::BlobStore *blobs, int memEntries)
    : m_storage(storage)
    , m_blobs(blobs)
    , m_capacity(std::max(0, memEntries))
{
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
        // The row points at nothing (blob pruned or lost): drop it so the next request re-renders.
        if (auto removed = m_storage->removeComposite(key); !removed)
            qCWarning(lcComposite) << "cannot drop orphan composite row:" << removed.error().message;
        return std::nullopt;
    }
    CompositeEntry entry{**blob, etagFor(**blob), (*row)->expiresAt};
    remember(key, entry);
    return entry;
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
        m_blobs->remove(blobKey);
        return saved;
    }
    remember(key, entry);
    if (!superseded.isEmpty() && superseded != blobKey) {
        if (auto removed = m_blobs->remove(superseded); !removed)
            qCWarning(lcComposite) << "cannot delete superseded blob:" << removed.error().message;
    }
    return {};
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
