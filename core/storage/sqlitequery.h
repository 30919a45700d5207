#pragma once

#include <QSqlQuery>
#include <QString>

#include "core/util/error.h"

namespace Marquee::Storage {

// Runs a statement and turns any QSqlError into an Internal error with a short reason, so no
// caller has to look at QSqlError (and nothing here throws).
VoidResult execSql(QSqlQuery &query, const QString &sql);
VoidResult execPrepared(QSqlQuery &query);

// The Internal error for a failed statement; exposed for callers that prepare by hand.
Error sqlError(const QSqlQuery &query);

} // namespace Marquee::Storage
