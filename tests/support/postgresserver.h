#pragma once

#include <memory>

#include <QString>
#include <QStringList>

class QProcess;
class QTemporaryDir;

namespace Marquee::Test {

// A throw-away PostgreSQL server for tests: initdb into a temporary directory, then `postgres` on a
// free loopback port with its unix socket in the same directory and durability switched off
// (fsync, synchronous_commit, full_page_writes) for speed. Everything lives and dies with the object.
// As root (initdb and postgres refuse to run as root) both run as the `postgres` user via setpriv,
// which owns the directory. Authentication is `trust`: any user name and password are accepted.
//
//   Marquee::Test::PostgresServer server;           // e.g. a member of the test class
//   MARQUEE_START_POSTGRES(server);                     // QSKIP without PostgreSQL binaries, else QVERIFY
//   const QString url = server.createDatabase(QStringLiteral("t1"));  // postgresql://postgres@127.0.0.1:…/t1
//   server.stop(); server.start();                      // a restart keeps data and port (fault tests)
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();   // stops the server and removes its directory

    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Why no server can be started here ("PostgreSQL binaries not found …"), empty when it can.
    // Binaries come from $MARQUEE_PG_BINDIR or the newest /usr/lib/postgresql/*/bin.
    static QString unavailableReason();

    // Initialises the cluster on first use and starts the server; blocks until it accepts connections
    // (at most 30 s). false with errorString() (including the server log) on failure.
    bool start();
    // Fast shutdown (SIGINT), waiting for the server to exit. Data and port are kept for start().
    void stop();
    // Immediate SIGKILL of the postmaster, as a crash (the next start() recovers).
    void kill();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    // postgresql://postgres@127.0.0.1:<port>/<database>
    QString url(const QString &database = QStringLiteral("postgres")) const;
    // Creates `database` (a plain identifier) and returns its url(); empty with errorString() on failure.
    QString createDatabase(const QString &database);
    // Runs SQL through psql against `database`; false with errorString() (psql's output) on failure.
    bool execute(const QString &sql, const QString &database = QStringLiteral("postgres"));

    QString errorString() const { return m_error; }
    QString serverLog() const;

private:
    bool initialise();
    bool launch();
    bool runTool(const QString &tool, const QStringList &arguments);
    void startAsServerUser(QProcess &process, const QString &program, const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    QString m_binDir;
    QString m_error;
    quint16 m_port = 0;
    bool m_initialised = false;
};

} // namespace Marquee::Test

// In a test function (or initTestCase): skips when PostgreSQL is not installed, fails when it is but
// does not start.
#define MARQUEE_START_POSTGRES(server)                                                                   \
    do {                                                                                               \
        if (const QString why = Marquee::Test::PostgresServer::unavailableReason(); !why.isEmpty()) \
            QSKIP(qPrintable(why));                                                                    \
        QVERIFY2((server).start(), qPrintable((server).errorString()));                               \
    } while (false)
