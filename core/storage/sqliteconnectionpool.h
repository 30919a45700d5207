#pragma once

#include <functional>
#include <memory>

#include <QSqlDatabase>
#include <QString>

#include "core/util/error.h"

namespace Marquee::Storage {

// Hands every calling thread its own named QSqlDatabase for one SQLite file, because Qt SQL
// connections may only be used by the thread that opened them. Connections open lazily; a thread's
// connection is removed when that thread exits (long-lived pools retire idle threads) and every
// remaining one when the pool is destroyed.
class SqliteConnectionPool
{
public:
    // Runs once on every freshly opened connection (pragmas, schema check); an error closes it again.
    using Initialiser = std::function<VoidResult(QSqlDatabase &)>;

    SqliteConnectionPool(QString path, Initialiser initialiser);
    ~SqliteConnectionPool();

    SqliteConnectionPool(const SqliteConnectionPool &) = delete;
    SqliteConnectionPool &operator=(const SqliteConnectionPool &) = delete;

    // The calling thread's open connection. Internal error when the file cannot be opened.
    Result<QSqlDatabase> connection();

    int openConnections() const;
    QString path() const;

    struct Shared;  // lifetime shared with the per-thread registries (see .cpp)

private:
    std::shared_ptr<Shared> m_shared;
};

} // namespace Marquee::Storage
