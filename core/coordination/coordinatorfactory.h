#pragma once

#include <memory>

#include <QString>

#include "core/coordination/coordinator.h"

namespace Marquee::Coordination {

// Opens the coordinator REDIS_URL names (marquee.md §6): empty → in-process; redis:// (or rediss://,
// unix://) → Redis, keys prefixed with `keyPrefix`. Any other scheme is an InvalidInput error naming
// REDIS_URL. An unreachable Redis is not an error: the Redis coordinator fails open.
Result<std::unique_ptr<Coordinator>> openCoordinator(const QString &redisUrl, const QString &keyPrefix);

} // namespace Marquee::Coordination
