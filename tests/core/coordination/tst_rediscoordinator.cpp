// RedisCoordinator against a real redis-server on loopback: the key layout other tools and replicas
// rely on, database and unix-socket selection, failing open when Redis dies (every call answers at
// once, the counter grows, ping names Redis) and recovering when it is back, and passwords never
// reaching a log line or an error message. The shared contract lives in tst_coordinatorcontract.
#include <QTest>

#include <QMutex>
#include <QStringList>

#include "core/coordination/redisconnectionpool.h"
#include "core/coordination/rediscoordinator.h"
#include "core/coordination/redisendpoint.h"
#include "tests/support/redisserver.h"

using namespace Marquee::Coordination;
using Marquee::ErrorKind;
using Marquee::Test::RedisServer;

namespace {

const QString Ns = QStringLiteral("quality-bg-inflight");
const QString Password = QStringLiteral("pw-Zq8s1x-never-logged");

// Every message logged while it lives, for the redaction and rate-limit checks.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }

    QStringList lines() const
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }

private:
    static void handler(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        QMutexLocker lock(&s_mutex);
        s_lines.append(message);
    }

    QtMessageHandler m_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
};

RedisEndpoint endpointOf(const QString &url)
{
    const auto endpoint = RedisEndpoint::parse(url);
    if (!endpoint)
        qFatal("%s", qPrintable(endpoint.error().message));
    return *endpoint;
}

RedisCoordinator::Options quietOptions()
{
    RedisCoordinator::Options options;
    options.logIntervalMs = 600000;  // one line per test is enough
    return options;
}

} // namespace

class tst_RedisCoordinator : public QObject
{
    Q_OBJECT

private slots:
    void keyLayout();
    void selectsTheDatabase();
    void connectsOverAUnixSocket();
    void failsOpenWhileRedisIsDown();
    void passwordNeverReachesLogsOrErrors();
    void wrongPasswordFailsPingWithoutEchoingIt();
};

void tst_RedisCoordinator::keyLayout()
{
    RedisServer redis;
    MARQUEE_START_REDIS(redis);
    RedisCoordinator coordinator(endpointOf(redis.url()), QStringLiteral("layout"));
    RedisConnectionPool raw(endpointOf(redis.url()), {});

    QVERIFY(coordinator.claim(Ns, QStringLiteral("tt1"), 300));
    auto ttl = raw.command({"TTL", "layout:quality-bg-inflight:tt1"});
    QVERIFY(ttl.has_value());
    QVERIFY2(ttl->integer > 0 && ttl->integer <= 300, qPrintable(QString::number(ttl->integer)));

    coordinator.setFlag(QStringLiteral("rating-backoff"), QStringLiteral("tt2"), 600);
    auto flag = raw.command({"GET", "layout:rating-backoff:tt2"});
    QVERIFY(flag.has_value());
    QCOMPARE(flag->text, QByteArray("1"));

    const auto token = coordinator.acquireLease(QStringLiteral("cache-prune"), 60000);
    QVERIFY(token.has_value());
    auto lease = raw.command({"GET", "layout:lease:cache-prune"});
    QVERIFY(lease.has_value());
    QCOMPARE(QString::fromLatin1(lease->text), *token);
    auto pttl = raw.command({"PTTL", "layout:lease:cache-prune"});
    QVERIFY(pttl.has_value());
    QVERIFY2(pttl->integer > 0 && pttl->integer <= 60000, qPrintable(QString::number(pttl->integer)));

    QVERIFY(coordinator.allowRate(QStringLiteral("tenant"), 5).allowed);
    auto windows = raw.command({"KEYS", "layout:rate:tenant:*"});
    QVERIFY(windows.has_value());
    QCOMPARE(windows->type, RedisReply::Type::Array);
    auto scan = raw.command({"EVAL", "local k = redis.call('KEYS', ARGV[1]) return redis.call('TTL', k[1])", "0",
                             "layout:rate:tenant:*"});
    QVERIFY2(scan.has_value(), scan ? "" : qPrintable(scan.error().message));
    QVERIFY2(scan->integer > 0 && scan->integer <= 2, qPrintable(QString::number(scan->integer)));
    QCOMPARE(coordinator.keyPrefix(), QStringLiteral("layout"));
}

void tst_RedisCoordinator::selectsTheDatabase()
{
    RedisServer redis;
    MARQUEE_START_REDIS(redis);
    RedisCoordinator coordinator(endpointOf(redis.url() + QStringLiteral("/3")), QStringLiteral("db"));
    QVERIFY(coordinator.claim(Ns, QStringLiteral("k"), 60));
    RedisConnectionPool db0(endpointOf(redis.url()), {});
    RedisConnectionPool db3(endpointOf(redis.url() + QStringLiteral("/3")), {});
    QCOMPARE(db0.command({"EXISTS", "db:quality-bg-inflight:k"})->integer, 0);
    QCOMPARE(db3.command({"EXISTS", "db:quality-bg-inflight:k"})->integer, 1);
}

void tst_RedisCoordinator::connectsOverAUnixSocket()
{
    RedisServer redis;
    MARQUEE_START_REDIS(redis);
    RedisCoordinator coordinator(endpointOf(QStringLiteral("unix://") + redis.socketPath()), QStringLiteral("sock"));
    QVERIFY2(coordinator.ping().has_value(), qPrintable(coordinator.ping().error().message));
    QVERIFY(coordinator.claim(Ns, QStringLiteral("k"), 60));
    QVERIFY(!coordinator.claim(Ns, QStringLiteral("k"), 60));
    RedisConnectionPool tcp(endpointOf(redis.url()), {});
    QCOMPARE(tcp.command({"EXISTS", "sock:quality-bg-inflight:k"})->integer, 1);
}

void tst_RedisCoordinator::failsOpenWhileRedisIsDown()
{
    RedisServer redis;
    MARQUEE_START_REDIS(redis);
    LogCapture log;
    RedisCoordinator coordinator(endpointOf(redis.url()), QStringLiteral("fault"), quietOptions());
    QVERIFY(coordinator.claim(Ns, QStringLiteral("held"), 300));
    coordinator.setFlag(QStringLiteral("rating-backoff"), QStringLiteral("tt1"), 300);
    const auto lease = coordinator.acquireLease(QStringLiteral("cache-prune"), 60000);
    QVERIFY(lease.has_value());
    QCOMPARE(coordinator.failOpenCount(), quint64(0));

    redis.kill();

    // Each answer is the one that keeps posters flowing, not the one Redis would have given.
    QVERIFY(coordinator.claim(Ns, QStringLiteral("held"), 300));
    QVERIFY(!coordinator.hasFlag(QStringLiteral("rating-backoff"), QStringLiteral("tt1")));
    for (int i = 0; i < 5; ++i)
        QVERIFY(coordinator.allowRate(QStringLiteral("tenant"), 1).allowed);
    const auto outageLease = coordinator.acquireLease(QStringLiteral("cache-prune"), 60000);
    QVERIFY(outageLease.has_value());
    QVERIFY(coordinator.refreshLease(QStringLiteral("cache-prune"), QStringLiteral("any"), 60000));
    coordinator.releaseLease(QStringLiteral("cache-prune"), *lease);
    coordinator.release(Ns, QStringLiteral("held"));
    coordinator.setFlag(QStringLiteral("rating-backoff"), QStringLiteral("tt2"), 300);
    QCOMPARE(coordinator.failOpenCount(), quint64(12));

    const auto ping = coordinator.ping();
    QVERIFY(!ping.has_value());
    QCOMPARE(ping.error().kind, ErrorKind::Internal);
    QVERIFY2(ping.error().message.contains(QStringLiteral("Redis at redis://127.0.0.1:%1").arg(redis.port())),
             qPrintable(ping.error().message));
    QCOMPARE(coordinator.failOpenCount(), quint64(12));  // a failed ping is reported, not failed open

    // One warning line for the whole burst, naming what failed.
    const QStringList lines = log.lines().filter(QStringLiteral("failing open"));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QStringLiteral("claim")), qPrintable(lines.first()));

    QVERIFY2(redis.start(), qPrintable(redis.errorString()));  // same port, empty data set
    QTRY_VERIFY_WITH_TIMEOUT(coordinator.ping().has_value(), 10000);
    const quint64 before = coordinator.failOpenCount();
    QVERIFY(coordinator.claim(Ns, QStringLiteral("fresh"), 300));
    QVERIFY(!coordinator.claim(Ns, QStringLiteral("fresh"), 300));
    // The token handed out during the outage was never stored: once Redis is back it is refused.
    QVERIFY(!coordinator.refreshLease(QStringLiteral("cache-prune"), *outageLease, 60000));
    QCOMPARE(coordinator.failOpenCount(), before);
}

void tst_RedisCoordinator::passwordNeverReachesLogsOrErrors()
{
    RedisServer redis;
    if (!RedisServer::available())
        QSKIP("redis-server is not installed (apt-get install redis-server); Redis tests skipped");
    QVERIFY2(redis.start(Password), qPrintable(redis.errorString()));
    QVERIFY(redis.url().contains(Password));
    LogCapture log;
    RedisCoordinator coordinator(endpointOf(redis.url()), QStringLiteral("auth"));
    QVERIFY2(coordinator.ping().has_value(), qPrintable(coordinator.ping().error().message));
    QVERIFY(coordinator.claim(Ns, QStringLiteral("k"), 60));
    QVERIFY(!coordinator.claim(Ns, QStringLiteral("k"), 60));

    redis.kill();
    QVERIFY(coordinator.claim(Ns, QStringLiteral("k"), 60));
    const auto ping = coordinator.ping();
    QVERIFY(!ping.has_value());
    QVERIFY2(ping.error().message.contains(QLatin1String(":***@")), qPrintable(ping.error().message));
    QVERIFY(!ping.error().message.contains(Password));
    QVERIFY(!log.lines().isEmpty());
    for (const QString &line : log.lines())
        QVERIFY2(!line.contains(Password), qPrintable(line));
}

void tst_RedisCoordinator::wrongPasswordFailsPingWithoutEchoingIt()
{
    RedisServer redis;
    if (!RedisServer::available())
        QSKIP("redis-server is not installed (apt-get install redis-server); Redis tests skipped");
    QVERIFY2(redis.start(Password), qPrintable(redis.errorString()));
    const QString wrong = QStringLiteral("wrong-Password-77");
    RedisCoordinator coordinator(endpointOf(QStringLiteral("redis://:%1@127.0.0.1:%2").arg(wrong).arg(redis.port())),
                                 QStringLiteral("auth"), quietOptions());
    const auto ping = coordinator.ping();
    QVERIFY(!ping.has_value());
    QVERIFY2(ping.error().message.contains(QLatin1String("AUTH")), qPrintable(ping.error().message));
    QVERIFY(!ping.error().message.contains(wrong));
    QVERIFY(coordinator.claim(Ns, QStringLiteral("k"), 60));  // fails open: cannot log in
    QCOMPARE(coordinator.failOpenCount(), quint64(1));
}

QTEST_GUILESS_MAIN(tst_RedisCoordinator)
#include "tst_rediscoordinator.moc"
