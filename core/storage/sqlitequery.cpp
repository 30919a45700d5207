#include "core/storage/sqlitequery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Marquee::Storage {

Error sqlError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString reason = error.databaseText();
    if (reason.isEmpty())
        reason = error.text();
    return Error{ErrorKind::Internal,
                 QCoreApplication::translate("Marquee::Storage", "Cache database error: %1").arg(reason)};
}

VoidResult execSql(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        return fail(sqlError(query));
    return {};
}

VoidResult execPrepared(QSqlQuery &query)
{
    if (!query.exec())
        return fail(sqlError(query));
    return {};
}

} // namespace Marquee::Storage
