#pragma once

#include <optional>

#include <QString>

#include "core/pipeline/compositecache.h"
#include "core/util/error.h"

namespace Marquee::Storage { class Storage; }
namespace Marquee::Blob { class BlobStore; }

namespace Marquee::Pipeline {

// Stale-while-revalidate for finished posters (marquee.md §4): when a render fails because an upstream
// is down, slow or behind an open breaker, an expired composite of the same key is better than an
// error. Expired rows stay until the prune removes them (and their blobs only after the delete grace),
// so this finds the last good poster for as long as the cache still holds it.
class StaleComposite
{
public:
    // The composite stored under `key` whatever its expiry; nullopt when there is none (or it cannot be
    // read: a failing store must not turn a fallback into a second error).
    static std::optional<CompositeEntry> read(Storage::Storage *storage, Blob::BlobStore *blobs, const QString &key);

    // Render failures that an expired composite may stand in for: timeouts, connection failures, 5xx
    // (including an open breaker's fail-fast 503). Not 404s, bad keys, saturation or our own bugs.
    static bool isUpstreamOutage(const Error &error);
};

} // namespace Marquee::Pipeline
