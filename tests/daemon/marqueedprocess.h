#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Marquee::Tests {

// A real marqueed process on an ephemeral loopback port (for multi-replica, log and packaging tests,
// where an in-process Daemon would share state the test must not share). Everything it writes is kept.
//
//   MarqueedProcess replica(QStringLiteral(MARQUEED_PATH));
//   auto env = MarqueedProcess::cleanEnvironment(dir.path() + "/a");
//   env.insert("DATABASE_URL", …);
//   QVERIFY2(replica.start(env), qPrintable(replica.errorString()));
//   … replica.url("/live") …; replica.terminate(); replica.standardError();
class MarqueedProcess
{
public:
    explicit MarqueedProcess(const QString &binary);
    ~MarqueedProcess();

    MarqueedProcess(const MarqueedProcess &) = delete;
    MarqueedProcess &operator=(const MarqueedProcess &) = delete;

    // The system environment without any setting marqueed reads (nothing from the developer's shell
    // may change an outcome), with data and cache directories under `dir`.
    static QProcessEnvironment cleanEnvironment(const QString &dir);

    // Starts marqueed with `arguments` (default: --port 0) and waits for its "listening on" line.
    bool start(const QProcessEnvironment &env, const QStringList &arguments = {QStringLiteral("--port"),
                                                                               QStringLiteral("0")});
    // SIGTERM and wait (graceful shutdown); true when it exited with status 0.
    bool terminate();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }

    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery) const;

    // Everything written so far (also after the process ended).
    QByteArray standardError();
    QByteArray standardOutput();
    QString errorString() const { return m_error; }

private:
    void collect();

    QString m_binary;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Marquee::Tests
