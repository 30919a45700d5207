#include "core/storage/sqliteconnectionpool.h"

#include <atomic>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlError>

namespace Marquee::Storage {

struct SqliteConnectionPool::Shared
{
    QString path;
    quint64 instanceId = 0;
    Initialiser initialiser;
    mutable QMutex mutex;
    QSet<QString> names;  // connections currently registered with QSqlDatabase
    bool closed = false;

    // Called when the owning thread exits: the pool may outlive many short-lived threads.
    void drop(const QString &name)
    {
        QMutexLocker locker(&mutex);
        if (!closed && names.remove(name))
            QSqlDatabase::removeDatabase(name);
    }
};

namespace {

std::atomic<quint64> s_nextInstanceId{1};
std::atomic<quint64> s_nextThreadSerial{1};

// Per-thread list of the connections this thread opened. A serial number instead of the OS thread id
// names the thread, because OS ids are reused after a thread exits and Qt refuses a connection that
// was opened by another thread.
struct ThreadConnections
{
    struct Entry
    {
        std::weak_ptr<SqliteConnectionPool::Shared> pool;
        QString name;
    };

    quint64 serial = s_nextThreadSerial.fetch_add(1);
    std::vector<Entry> entries;

    ~ThreadConnections()
    {
        for (const Entry &entry : entries) {
            if (auto pool = entry.pool.lock())
                pool->drop(entry.name);
        }
    }

    void remember(const std::shared_ptr<SqliteConnectionPool::Shared> &pool, const QString &name)
    {
        std::erase_if(entries, [](const Entry &entry) { return entry.pool.expired(); });
        entries.push_back({pool, name});
    }
};

thread_local ThreadConnections t_connections;

tl::unexpected<Error> openError(const QString &reason)
{
    return fail(ErrorKind::Internal,
                QCoreApplication::translate("Marquee::Storage", "Cannot open the cache database: %1")
                    .arg(reason));
}

} // namespace

SqliteConnectionPool::SqliteConnectionPool(QString path, Initialiser initialiser)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->path = std::move(path);
    m_shared->instanceId = s_nextInstanceId.fetch_add(1);
    m_shared->initialiser = std::move(initialiser);
}

SqliteConnectionPool::~SqliteConnectionPool()
{
    QMutexLocker locker(&m_shared->mutex);
    m_shared->closed = true;
    for (const QString &name : std::as_const(m_shared->names))
        QSqlDatabase::removeDatabase(name);
    m_shared->names.clear();
}

Result<QSqlDatabase> SqliteConnectionPool::connection()
{
    const QString name = QStringLiteral("marquee-sqlite-%1-thread-%2")
                             .arg(m_shared->instanceId)
                             .arg(t_connections.serial);
    {
        QMutexLocker locker(&m_shared->mutex);
        if (m_shared->closed)
            return openError(QStringLiteral("closed"));
        if (m_shared->names.contains(name))
            return QSqlDatabase::database(name, false);
    }

    // The parent folder is created on demand so a fresh data dir just works.
    QDir().mkpath(QFileInfo(m_shared->path).absolutePath());
    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_shared->path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open()) {
            reason = db.lastError().text();
        } else if (auto ready = m_shared->initialiser(db); !ready) {
            reason = ready.error().message;
        } else {
            QMutexLocker locker(&m_shared->mutex);
            m_shared->names.insert(name);
            t_connections.remember(m_shared, name);
            return db;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return openError(reason);
}

int SqliteConnectionPool::openConnections() const
{
    QMutexLocker locker(&m_shared->mutex);
    return int(m_shared->names.size());
}

QString SqliteConnectionPool::path() const
{
    return m_shared->path;
}

} // namespace Marquee::Storage
