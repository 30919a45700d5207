#include "tests/support/redisserver.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace Marquee::Test {

namespace {

constexpr int StartTimeoutMs = 10000;
constexpr int StopTimeoutMs = 5000;
constexpr int StartAttempts = 3;  // another process may grab the free port between probe and bind

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

RedisServer::RedisServer() = default;

RedisServer::~RedisServer()
{
    stop();
}

bool RedisServer::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("redis-server")).isEmpty();
}

bool RedisServer::start(const QString &password)
{
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory for redis-server");
        return false;
    }
    m_password = password;
    const bool keepPort = m_port != 0;  // a restart comes back where clients expect it
    for (int attempt = 0; attempt < StartAttempts; ++attempt) {
        if (!keepPort)
            m_port = freeLoopbackPort();
        QStringList args{QStringLiteral("--port"), QString::number(m_port),
                         QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("--save"), QString(),
                         QStringLiteral("--appendonly"), QStringLiteral("no"),
                         QStringLiteral("--dir"), m_dir.path(),
                         QStringLiteral("--unixsocket"), socketPath(),
                         QStringLiteral("--unixsocketperm"), QStringLiteral("700"),
                         QStringLiteral("--daemonize"), QStringLiteral("no")};
        if (!password.isEmpty())
            args << QStringLiteral("--requirepass") << password;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(QStringLiteral("redis-server"), args);
        if (!m_process->waitForStarted(StartTimeoutMs)) {
            m_error = QStringLiteral("redis-server did not start: ") + m_process->errorString();
            m_process.reset();
            return false;
        }
        if (waitForPong(StartTimeoutMs))
            return true;
        m_error = QStringLiteral("redis-server on port %1 did not answer PING: %2")
                      .arg(m_port)
                      .arg(QString::fromLocal8Bit(m_process->readAll().right(2000)));
        kill();
    }
    return false;
}

void RedisServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(StopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(StopTimeoutMs);
        }
    }
    m_process.reset();
}

void RedisServer::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(StopTimeoutMs);
    }
    m_process.reset();
}

bool RedisServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString RedisServer::url() const
{
    const QString auth = m_password.isEmpty() ? QString() : QStringLiteral(":") + m_password + QStringLiteral("@");
    return QStringLiteral("redis://") + auth + QStringLiteral("127.0.0.1:") + QString::number(m_port);
}

QString RedisServer::socketPath() const
{
    return m_dir.filePath(QStringLiteral("redis.sock"));
}

bool RedisServer::waitForPong(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(500)) {
            // An unauthenticated PING answers -NOAUTH on a password-protected server: still "up".
            socket.write("PING\r\n");
            if (socket.waitForReadyRead(1000)) {
                const QByteArray answer = socket.readAll();
                if (answer.startsWith("+PONG") || answer.startsWith("-NOAUTH"))
                    return true;
            }
        }
        QThread::msleep(50);
    }
    return false;
}

} // namespace Marquee::Test
