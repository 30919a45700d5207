#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Marquee {

// `marqueed migrate-storage --from <cache.db> --to <postgres url>`: copies an SQLite cache database
// into PostgreSQL (Storage::StorageCopy) so a single-machine install can move to replicas without a
// cold cache. Rows are upserted, so re-running is harmless; progress goes to stderr, the summary to
// stdout. Composite blobs are not copied: they stay in the BlobStore the rows point at.
// Exit codes: 0 copied, 1 read/write failure or unreachable server, 2 bad command line.
class MigrateStorageCommand
{
    Q_DECLARE_TR_FUNCTIONS(Marquee::MigrateStorageCommand)

public:
    // arguments as QCoreApplication::arguments(): program, "migrate-storage", options…
    static int run(const QStringList &arguments);
};

} // namespace Marquee
