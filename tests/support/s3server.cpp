#include "tests/support/s3server.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#ifndef MARQUEE_NODE_MODULES
#error "tests/support/CMakeLists.txt defines MARQUEE_NODE_MODULES (tests/node/node_modules)"
#endif

namespace Marquee::Test {

namespace {

constexpr int StartTimeoutMs = 20000;   // node's cold start on a busy 2-core machine
constexpr int StopTimeoutMs = 5000;

QString nodeExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

} // namespace

S3Server::S3Server() = default;

S3Server::~S3Server()
{
    stop();
}

QString S3Server::script()
{
    return QStringLiteral(MARQUEE_NODE_MODULES "/s3rver/bin/s3rver.js");
}

QString S3Server::unavailableReason()
{
    if (nodeExecutable().isEmpty())
        return QStringLiteral("node is not installed (apt-get install nodejs); S3 tests skipped");
    if (!QFileInfo(script()).isFile())
        return QStringLiteral("s3rver is not installed (npm ci in tests/node); S3 tests skipped: no ") + script();
    return {};
}

bool S3Server::start()
{
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory for s3rver");
        return false;
    }
    // Port 0 on the first start (s3rver prints the port it bound); the same port on a restart.
    const QStringList args{script(),
                           QStringLiteral("--directory"), m_dir.path(),
                           QStringLiteral("--address"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("--port"), QString::number(m_port),
                           QStringLiteral("--silent"),
                           QStringLiteral("--configure-bucket"), bucket()};
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(nodeExecutable(), args);
    if (!m_process->waitForStarted(StartTimeoutMs)) {
        m_error = QStringLiteral("node did not start: ") + m_process->errorString();
        m_process.reset();
        return false;
    }
    if (waitUntilListening(StartTimeoutMs))
        return true;
    stop();
    return false;
}

bool S3Server::waitUntilListening(int timeoutMs)
{
    static const QRegularExpression listening(QStringLiteral("listening on [^:\\s]+:(\\d+)"));
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray output;
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            output += m_process->readAll();
            m_error = QStringLiteral("s3rver exited: ") + QString::fromLocal8Bit(output.right(2000));
            return false;
        }
        m_process->waitForReadyRead(200);
        output += m_process->readAll();
        const auto match = listening.match(QString::fromLocal8Bit(output));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            if (answers())
                return true;
        }
    }
    m_error = QStringLiteral("s3rver did not start listening: ") + QString::fromLocal8Bit(output.right(2000));
    return false;
}

bool S3Server::answers() const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(1000))
        return false;
    socket.write("HEAD /" + bucket().toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    const QDeadlineTimer deadline(3000);
    while (!answer.contains("\r\n") && !deadline.hasExpired() && socket.waitForReadyRead(500))
        answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 200");
}

void S3Server::stop()
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

bool S3Server::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString S3Server::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:") + QString::number(m_port);
}

QString S3Server::objectStoreUrl(const QString &prefix) const
{
    QString url = QStringLiteral("s3://") + bucket() + QStringLiteral("?endpoint=") + endpoint()
                  + QStringLiteral("&region=us-east-1");
    if (!prefix.isEmpty())
        url += QStringLiteral("&prefix=") + prefix;
    return url;
}

QString S3Server::publicBaseUrl() const
{
    return endpoint() + QLatin1Char('/') + bucket();
}

} // namespace Marquee::Test
