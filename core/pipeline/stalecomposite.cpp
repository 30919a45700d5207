#include "core/pipeline/stalecomposite.h"

#include <QLoggingCategory>

#include "core/blob/blobstore.h"
#include "core/pipeline/metadatacache.h"
#include "core/storage/storage.h"

namespace Marquee::Pipeline {

namespace {

Q_LOGGING_CATEGORY(lcStale, "marquee.pipeline.stale")

} // namespace

std::optional<CompositeEntry> StaleComposite::read(Storage::Storage *storage, Blob::BlobStore *blobs,
                                                   const QString &key)
{
    if (!storage || !blobs || key.isEmpty())
        return std::nullopt;
    const auto row = storage->composite(key);
    if (!row) {
        qCWarning(lcStale) << "stale composite lookup failed:" << row.error().message;
        return std::nullopt;
    }
    if (!row->has_value())
        return std::nullopt;
    const auto bytes = blobs->get((*row)->blobKey);
    if (!bytes) {
        qCWarning(lcStale) << "stale composite blob unreadable:" << bytes.error().message;
        return std::nullopt;
    }
    if (!bytes->has_value() || (*bytes)->isEmpty())
        return std::nullopt;
    return CompositeEntry{**bytes, CompositeCache::etagFor(**bytes), (*row)->expiresAt};
}

bool StaleComposite::isUpstreamOutage(const Error &error)
{
    return MetadataCache::isOutage(error);
}

} // namespace Marquee::Pipeline
