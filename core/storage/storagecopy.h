#pragma once

#include <functional>

#include <QHash>
#include <QString>

#include "core/storage/storage.h"

namespace Marquee::Storage {

// Copies an SQLite cache database into another Storage (`marqueed migrate-storage`), table by table in
// rowid pages: ratings, metadata, the IMDb→TMDB map, composite rows, user presets and the keyed cache.
// Every row goes through the target's put* upserts, so the copy is idempotent and a re-run after an
// interruption simply continues. Only rows are copied: composite blobs stay in their BlobStore.
// Metadata rows of an older layout version are skipped (no backend reads them).
class StorageCopy
{
public:
    struct Progress
    {
        QString table;
        qint64 copied = 0;
        qint64 total = 0;
    };
    using ProgressCallback = std::function<void(const Progress &)>;

    // Table names in copy order.
    static QStringList tables();

    // Rows copied per table. InvalidInput when `sqlitePath` is not an existing file; Internal when
    // reading or writing fails (the error names the table).
    static Result<QHash<QString, qint64>> fromSqlite(const QString &sqlitePath, Storage &target,
                                                     const ProgressCallback &progress, int pageSize = 500);
};

} // namespace Marquee::Storage
