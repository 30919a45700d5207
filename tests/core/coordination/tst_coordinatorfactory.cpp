// openCoordinator: an empty REDIS_URL is in-process, redis:// and unix:// are Redis with the key prefix,
// anything else is an InvalidInput naming REDIS_URL (without the password), and an unreachable Redis
// still yields a coordinator that fails open.
#include <QTest>

#include "core/coordination/coordinatorfactory.h"
#include "core/coordination/rediscoordinator.h"
#include "tests/support/redisserver.h"

using namespace Marquee::Coordination;
using Marquee::ErrorKind;
using Marquee::Test::RedisServer;

class tst_CoordinatorFactory : public QObject
{
    Q_OBJECT

private slots:
    void emptyUrlIsInProcess_data();
    void emptyUrlIsInProcess();
    void redisUrlsOpenRedis();
    void unreachableRedisFailsOpen();
    void refusesOtherSchemes_data();
    void refusesOtherSchemes();
};

void tst_CoordinatorFactory::emptyUrlIsInProcess_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
}

void tst_CoordinatorFactory::emptyUrlIsInProcess()
{
    QFETCH(QString, url);
    const auto coordinator = openCoordinator(url, QStringLiteral("marquee"));
    QVERIFY(coordinator.has_value());
    QCOMPARE((*coordinator)->kind(), QStringLiteral("in-process"));
}

void tst_CoordinatorFactory::redisUrlsOpenRedis()
{
    RedisServer redis;
    MARQUEE_START_REDIS(redis);
    for (const QString &url : QStringList{redis.url(), QStringLiteral("unix://") + redis.socketPath()}) {
        const auto opened = openCoordinator(url, QStringLiteral("fleet"));
        QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message));
        Coordinator &coordinator = **opened;
        QCOMPARE(coordinator.kind(), QStringLiteral("redis"));
        QVERIFY(coordinator.ping().has_value());
        auto *redisCoordinator = dynamic_cast<RedisCoordinator *>(&coordinator);
        QVERIFY(redisCoordinator);
        QCOMPARE(redisCoordinator->keyPrefix(), QStringLiteral("fleet"));
    }
    // An empty prefix falls back to the default rather than writing keys that start with ':'.
    const auto unprefixed = openCoordinator(redis.url(), QString());
    QVERIFY(unprefixed.has_value());
    QCOMPARE(dynamic_cast<RedisCoordinator &>(**unprefixed).keyPrefix(), QStringLiteral("marquee"));
}

void tst_CoordinatorFactory::unreachableRedisFailsOpen()
{
    // Port 1 on loopback refuses at once: the daemon must still start and serve.
    const auto opened = openCoordinator(QStringLiteral("redis://:hunter2@127.0.0.1:1"), QStringLiteral("marquee"));
    QVERIFY(opened.has_value());
    Coordinator &coordinator = **opened;
    QCOMPARE(coordinator.kind(), QStringLiteral("redis"));
    const auto ping = coordinator.ping();
    QVERIFY(!ping.has_value());
    QVERIFY(!ping.error().message.contains(QLatin1String("hunter2")));
    QVERIFY(coordinator.claim(QStringLiteral("ns"), QStringLiteral("k"), 10));
    QCOMPARE(coordinator.failOpenCount(), quint64(1));
}

void tst_CoordinatorFactory::refusesOtherSchemes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("http") << "http://:hunter2@redis:6379" << "unsupported scheme";
    QTest::newRow("memcached") << "memcached://cache:11211" << "unsupported scheme";
    QTest::newRow("TLS without TLS support") << "rediss://:hunter2@redis:6380" << "TLS";
    QTest::newRow("bad database") << "redis://:hunter2@redis/x" << "database";
}

void tst_CoordinatorFactory::refusesOtherSchemes()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    const auto opened = openCoordinator(url, QStringLiteral("marquee"));
    QVERIFY(!opened.has_value());
    QCOMPARE(opened.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(opened.error().message.contains(QLatin1String("REDIS_URL")), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(mentions), qPrintable(opened.error().message));
    QVERIFY(!opened.error().message.contains(QLatin1String("hunter2")));
}

QTEST_GUILESS_MAIN(tst_CoordinatorFactory)
#include "tst_coordinatorfactory.moc"
