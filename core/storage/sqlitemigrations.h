#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "core/util/error.h"

namespace Marquee::Storage {

// The SQLite schema as numbered, idempotent steps. Each step runs once per database file inside an
// IMMEDIATE transaction and is recorded in `schema_migrations`, so two processes opening the same
// file at once cannot both apply it. New steps are appended; released steps are never edited.
class SqliteMigrations
{
public:
    struct Step
    {
        int version;
        const char *name;
        QStringList statements;
    };

    static const QList<Step> &steps();

    // Applies every step not yet recorded. Safe to call on every start.
    static VoidResult apply(QSqlDatabase &db);

    // Versions recorded in schema_migrations, ascending.
    static Result<QList<int>> applied(QSqlDatabase &db);
};

} // namespace Marquee::Storage
