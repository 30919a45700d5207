#include "core/storage/storagefactory.h"

#include <QCoreApplication>
#include <QUrl>

#include "core/storage/postgresurl.h"
#include "core/storage/sqlitestorage.h"

namespace Marquee::Storage {

Result<std::unique_ptr<Storage>> openStorage(const QString &databaseUrl, const QString &sqlitePath,
                                             const PostgresStorage::Options &postgres)
{
    const QString url = databaseUrl.trimmed();
    if (url.isEmpty())
        return std::unique_ptr<Storage>(std::make_unique<SqliteStorage>(sqlitePath));
    if (!PostgresUrl::isPostgres(url)) {
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("Marquee::Storage",
                                                "DATABASE_URL: unsupported scheme \"%1\" (use postgres:// or"
                                                " postgresql://, or leave it empty for SQLite)")
                        .arg(QUrl(url).scheme()));
    }
    auto storage = std::make_unique<PostgresStorage>(url, postgres);
    if (auto opened = storage->open(); !opened) {
        return fail(ErrorKind::Internal,
                    QCoreApplication::translate("Marquee::Storage", "DATABASE_URL: cannot open the database: %1")
                        .arg(opened.error().message));
    }
    return std::unique_ptr<Storage>(std::move(storage));
}

} // namespace Marquee::Storage
