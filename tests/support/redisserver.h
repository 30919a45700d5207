#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Marquee::Test {

// A throw-away redis-server on a free loopback port for backend tests: no persistence, its own temp
// dir, stopped with the object. stop()/kill() then start() brings it back on the same port, so a
// coordinator keeps its URL across a fault test.
//
//   RedisServer redis;
//   MARQUEE_START_REDIS(redis);                       // QSKIPs only when redis-server is not installed
//   RedisCoordinator coordinator(*RedisEndpoint::parse(redis.url()), QStringLiteral("test"));
//   redis.kill();                                      // Redis "crashes"
class RedisServer
{
public:
    RedisServer();
    ~RedisServer();

    RedisServer(const RedisServer &) = delete;
    RedisServer &operator=(const RedisServer &) = delete;

    // Whether a redis-server executable is on PATH.
    static bool available();

    // Starts the server (with `requirepass` when password is set) and waits until it answers PING.
    // False with errorString() when it did not come up.
    bool start(const QString &password = {});
    // Graceful stop (SIGTERM, then SIGKILL after 5 s); a stopped server is fine.
    void stop();
    // Immediate SIGKILL, as a crash.
    void kill();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    // redis://[:password@]127.0.0.1:<port>
    QString url() const;
    // The server also listens on this unix socket (inside its temp dir).
    QString socketPath() const;
    QString errorString() const { return m_error; }

private:
    bool waitForPong(int timeoutMs) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_password;
    QString m_error;
};

} // namespace Marquee::Test

// In a test function: skips the test when redis-server is missing, fails it when it will not start.
#define MARQUEE_START_REDIS(server)                                                                    \
    do {                                                                                               \
        if (!Marquee::Test::RedisServer::available())                                                  \
            QSKIP("redis-server is not installed (apt-get install redis-server); Redis tests skipped"); \
        QVERIFY2((server).start(), qPrintable((server).errorString()));                               \
    } while (false)
