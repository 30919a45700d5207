#pragma once

#include <memory>

#include <QString>

#include "core/storage/postgresstorage.h"
#include "core/storage/storage.h"

namespace Marquee::Storage {

// Opens the store DATABASE_URL names (marquee.md §6): empty → SQLite at `sqlitePath`;
// postgres:// or postgresql:// → PostgreSQL (pool sized by `postgres`), pinged and migrated before it
// is returned. Any other scheme is an InvalidInput error naming DATABASE_URL; an unreachable server is
// an Internal error with the redacted URL.
Result<std::unique_ptr<Storage>> openStorage(const QString &databaseUrl, const QString &sqlitePath,
                                             const PostgresStorage::Options &postgres = {});

} // namespace Marquee::Storage
