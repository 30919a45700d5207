#pragma once

#include <QList>
#include <QStringList>

#include <pqxx/connection>

namespace Marquee::Storage {

// The PostgreSQL schema as numbered, idempotent steps: the same tables, columns and indexes as
// SqliteMigrations versions 1–3, with BIGINT timestamps. Each step runs in its own transaction that
// first takes the transaction-scoped advisory lock AdvisoryLockKey, so replicas starting together
// apply every step exactly once (the others wait, then see it recorded in `schema_migrations`).
// New steps are appended; released steps are never edited.
class PostgresMigrations
{
public:
    struct Step
    {
        int version;
        const char *name;
        QStringList statements;
    };

    // pg_advisory_xact_lock key ("Marquee1" in ASCII) shared by every Marquee replica.
    static constexpr long long AdvisoryLockKey = 0x4d61727175656531LL;

    static const QList<Step> &steps();

    // Applies every step not yet recorded. Safe to call on every start and from several processes at
    // once. Throws the libpqxx exception of a failing statement (the step's transaction rolls back).
    static void apply(pqxx::connection &connection);

    // Versions recorded in schema_migrations, ascending (empty before the first apply). Throws on failure.
    static QList<int> applied(pqxx::connection &connection);
};

} // namespace Marquee::Storage
