#include "tests/daemon/marqueedprocess.h"

#include <QRegularExpression>
#include <QTest>

#include "core/config/serversettings.h"

namespace Marquee::Tests {

namespace {

constexpr int StartTimeoutMs = 60000;
constexpr int StopTimeoutMs = 30000;

} // namespace

MarqueedProcess::MarqueedProcess(const QString &binary)
    : m_binary(binary)
{
}

MarqueedProcess::~MarqueedProcess()
{
    if (isRunning()) {
        m_process.terminate();
        if (!m_process.waitForFinished(StopTimeoutMs))
            m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
}

QProcessEnvironment MarqueedProcess::cleanEnvironment(const QString &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList read = Config::ServerSettings::variableNames();
    for (const QString &name : env.keys()) {
        if (read.contains(name) || name.startsWith(QLatin1String("MARQUEE_")) || name.startsWith(QLatin1String("AWS_")))
            env.remove(name);
    }
    env.insert(QStringLiteral("MARQUEE_DATA_DIR"), dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("MARQUEE_CACHE_DIR"), dir + QStringLiteral("/cache"));
    env.insert(QStringLiteral("MARQUEE_LIBRARY_DIRS"), QString());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

bool MarqueedProcess::start(const QProcessEnvironment &env, const QStringList &arguments)
{
    m_stdout.clear();
    m_stderr.clear();
    m_port = 0;
    m_process.setProcessEnvironment(env);
    m_process.start(m_binary, arguments);
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        m_error = QStringLiteral("marqueed did not start: ") + m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch match;
    (void)QTest::qWaitFor(
        [&] {
            collect();
            match = listening.match(QString::fromUtf8(m_stdout));
            return match.hasMatch() || m_process.state() == QProcess::NotRunning;
        },
        StartTimeoutMs);
    if (!match.hasMatch()) {
        collect();
        m_error = QStringLiteral("marqueed did not listen: ") + QString::fromUtf8(m_stdout + m_stderr).right(2000);
        return false;
    }
    m_port = static_cast<quint16>(match.captured(1).toUInt());
    return true;
}

bool MarqueedProcess::terminate()
{
    if (!isRunning())
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    m_process.terminate();
    // Keep reading while it shuts down: a full pipe would block its last log lines.
    const bool stopped = QTest::qWaitFor(
        [this] {
            collect();
            return m_process.state() == QProcess::NotRunning;
        },
        StopTimeoutMs);
    if (!stopped) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
    collect();
    return stopped && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

QUrl MarqueedProcess::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

QByteArray MarqueedProcess::standardError()
{
    collect();
    return m_stderr;
}

QByteArray MarqueedProcess::standardOutput()
{
    collect();
    return m_stdout;
}

void MarqueedProcess::collect()
{
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
}

} // namespace Marquee::Tests
