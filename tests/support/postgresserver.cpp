#include "tests/support/postgresserver.h"

#include <csignal>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QVersionNumber>

namespace Marquee::Test {

namespace {

const char *const ServerUser = "postgres";

// $MARQUEE_PG_BINDIR, else the newest /usr/lib/postgresql/<version>/bin with initdb and postgres.
QString findBinDir()
{
    const QString configured = qEnvironmentVariable("MARQUEE_PG_BINDIR");
    if (!configured.isEmpty())
        return configured;
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/postgres"))
            && (best.isEmpty() || number > bestVersion)) {
            best = bin;
            bestVersion = number;
        }
    }
    return best;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PostgresServer::PostgresServer()
    : m_binDir(findBinDir())
{
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::unavailableReason()
{
    const QString bin = findBinDir();
    if (bin.isEmpty() || !QFile::exists(bin + QStringLiteral("/initdb"))) {
        return QStringLiteral("PostgreSQL binaries not found (no /usr/lib/postgresql/*/bin/initdb; install"
                              " postgresql or set MARQUEE_PG_BINDIR)");
    }
    if (runningAsRoot() && ::getpwnam(ServerUser) == nullptr)
        return QStringLiteral("running as root but there is no 'postgres' user to run PostgreSQL as");
    return {};
}

bool PostgresServer::start()
{
    if (isRunning())
        return true;
    if (!m_initialised && !initialise())
        return false;
    // A port found free can be taken before postgres binds it; try a few.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (launch())
            return true;
        if (!serverLog().contains(QLatin1String("Address already in use")))
            return false;
        m_port = 0;
    }
    return false;
}

void PostgresServer::stop()
{
    if (!m_server)
        return;
    if (m_server->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_server->processId()), SIGINT);  // fast shutdown: disconnect clients, checkpoint
        if (!m_server->waitForFinished(30000)) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
    }
    m_server.reset();
}

void PostgresServer::kill()
{
    if (!m_server)
        return;
    if (m_server->state() != QProcess::NotRunning) {
        m_server->kill();
        m_server->waitForFinished(5000);
    }
    m_server.reset();
    // Orphaned backends would keep the shared memory and the port until they notice; they do quickly,
    // but a restart must not race them.
    QThread::msleep(200);
}

bool PostgresServer::isRunning() const
{
    return m_server && m_server->state() == QProcess::Running;
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QString PostgresServer::createDatabase(const QString &database)
{
    if (!execute(QStringLiteral("CREATE DATABASE \"%1\"").arg(database)))
        return {};
    return url(database);
}

bool PostgresServer::execute(const QString &sql, const QString &database)
{
    return runTool(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                    QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), database,
                    QStringLiteral("-c"), sql});
}

QString PostgresServer::serverLog() const
{
    if (!m_dir)
        return {};
    QFile log(m_dir->filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

bool PostgresServer::initialise()
{
    if (const QString why = unavailableReason(); !why.isEmpty()) {
        m_error = why;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/marquee-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString();
        return false;
    }
    if (runningAsRoot()) {
        const passwd *user = ::getpwnam(ServerUser);
        if (::chown(QFile::encodeName(m_dir->path()).constData(), user->pw_uid, user->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir->path());
            return false;
        }
    }
    QProcess initdb;
    initdb.setWorkingDirectory(m_dir->path());
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    startAsServerUser(initdb, m_binDir + QStringLiteral("/initdb"),
                      {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-U"),
                       QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"),
                       QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                       QStringLiteral("--no-sync")});
    if (!initdb.waitForFinished(120000) || initdb.exitStatus() != QProcess::NormalExit || initdb.exitCode() != 0) {
        m_error = QStringLiteral("initdb failed: ") + QString::fromLocal8Bit(initdb.readAll()) + initdb.errorString();
        return false;
    }
    m_initialised = true;
    return true;
}

bool PostgresServer::launch()
{
    if (m_port == 0)
        m_port = freeLoopbackPort();
    const QString logPath = m_dir->filePath(QStringLiteral("server.log"));
    QFile::remove(logPath);
    m_server = std::make_unique<QProcess>();
    m_server->setWorkingDirectory(m_dir->path());
    m_server->setStandardOutputFile(logPath, QIODevice::Append);
    m_server->setStandardErrorFile(logPath, QIODevice::Append);
    startAsServerUser(*m_server, m_binDir + QStringLiteral("/postgres"),
                      {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-p"),
                       QString::number(m_port), QStringLiteral("-k"), m_dir->path(), QStringLiteral("-c"),
                       QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("-c"), QStringLiteral("fsync=off"),
                       QStringLiteral("-c"), QStringLiteral("synchronous_commit=off"), QStringLiteral("-c"),
                       QStringLiteral("full_page_writes=off"), QStringLiteral("-c"), QStringLiteral("max_connections=200")});
    if (!m_server->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start postgres: ") + m_server->errorString();
        m_server.reset();
        return false;
    }
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (serverLog().contains(QLatin1String("database system is ready to accept connections")))
            return true;
        if (m_server->waitForFinished(50)) {
            m_error = QStringLiteral("postgres exited during start-up:\n") + serverLog();
            m_server.reset();
            return false;
        }
    }
    m_error = QStringLiteral("postgres did not become ready within 30 s:\n") + serverLog();
    stop();
    return false;
}

bool PostgresServer::runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_binDir + QLatin1Char('/') + tool, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = tool + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll()) + process.errorString();
        return false;
    }
    return true;
}

// setpriv execs the program in place, so the QProcess pid is the server's own (signals reach it).
void PostgresServer::startAsServerUser(QProcess &process, const QString &program, const QStringList &arguments) const
{
    if (!runningAsRoot()) {
        process.start(program, arguments);
        return;
    }
    process.start(QStringLiteral("setpriv"),
                  QStringList{QStringLiteral("--reuid=postgres"), QStringLiteral("--regid=postgres"),
                              QStringLiteral("--init-groups"), QStringLiteral("--"), program}
                      + arguments);
}

} // namespace Marquee::Test
