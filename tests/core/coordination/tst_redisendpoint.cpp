// RedisEndpoint: REDIS_URL forms (TCP with user/password/db, unix sockets), the errors for schemes and
// values we cannot use (each naming REDIS_URL, none echoing a password) and the redacted log form.
#include <QTest>

#include "core/coordination/redisendpoint.h"

using Marquee::ErrorKind;
using Marquee::Coordination::RedisEndpoint;

class tst_RedisEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void redactsPasswords_data();
    void redactsPasswords();
};

void tst_RedisEndpoint::parses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("socket");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("db");
    QTest::newRow("host only") << "redis://redis.internal" << "redis.internal" << 6379 << "" << "" << "" << 0;
    QTest::newRow("host, port, db") << "redis://10.0.0.5:6380/2" << "10.0.0.5" << 6380 << "" << "" << "" << 2;
    QTest::newRow("password") << "redis://:s3cret@localhost:6379" << "localhost" << 6379 << "" << "" << "s3cret" << 0;
    QTest::newRow("ACL user and password") << "redis://app:p%40ss@h:1/0" << "h" << 1 << "" << "app" << "p@ss" << 0;
    QTest::newRow("IPv6") << "redis://[::1]:7000" << "::1" << 7000 << "" << "" << "" << 0;
    QTest::newRow("scheme in capitals, spaces") << "  REDIS://h/3 " << "h" << 6379 << "" << "" << "" << 3;
    QTest::newRow("trailing slash") << "redis://h/" << "h" << 6379 << "" << "" << "" << 0;
    QTest::newRow("unix socket") << "unix:///run/redis/redis.sock" << "" << 6379 << "/run/redis/redis.sock" << ""
                                 << "" << 0;
    QTest::newRow("unix socket, db and password") << "unix:///tmp/r.sock?db=4&password=pw" << "" << 6379
                                                  << "/tmp/r.sock" << "" << "pw" << 4;
}

void tst_RedisEndpoint::parses()
{
    QFETCH(QString, url);
    const auto endpoint = RedisEndpoint::parse(url);
    QVERIFY2(endpoint.has_value(), endpoint ? "" : qPrintable(endpoint.error().message));
    QTEST(endpoint->host, "host");
    QTEST(endpoint->port, "port");
    QTEST(endpoint->socketPath, "socket");
    QTEST(endpoint->username, "user");
    QTEST(endpoint->password, "password");
    QTEST(endpoint->database, "db");
    QFETCH(QString, socket);
    QCOMPARE(endpoint->isUnixSocket(), !socket.isEmpty());
}

void tst_RedisEndpoint::rejects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("TLS") << "rediss://:topsecret@h:6380" << "rediss://";
    QTest::newRow("other scheme") << "http://:topsecret@h:6379" << "'http'";
    QTest::newRow("no scheme") << "h:6379" << "REDIS_URL";
    QTest::newRow("no host") << "redis://:topsecret@:6379" << "no host";
    QTest::newRow("db not a number") << "redis://:topsecret@h/abc" << "'abc'";
    QTest::newRow("negative db") << "redis://h/-1" << "'-1'";
    QTest::newRow("relative socket path") << "unix://run/redis.sock" << "absolute socket path";
    QTest::newRow("socket db not a number") << "unix:///tmp/r.sock?db=x&password=topsecret" << "'x'";
}

void tst_RedisEndpoint::rejects()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    const auto endpoint = RedisEndpoint::parse(url);
    QVERIFY(!endpoint.has_value());
    QCOMPARE(endpoint.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(endpoint.error().message.startsWith(QLatin1String("REDIS_URL")), qPrintable(endpoint.error().message));
    QVERIFY2(endpoint.error().message.contains(mentions), qPrintable(endpoint.error().message));
    QVERIFY2(!endpoint.error().message.contains(QLatin1String("topsecret")), qPrintable(endpoint.error().message));
}

void tst_RedisEndpoint::redactsPasswords_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("redacted");
    QTest::newRow("no password") << "redis://h:1/2" << "redis://h:1/2";
    QTest::newRow("password") << "redis://:topsecret@h" << "redis://:***@h:6379/0";
    QTest::newRow("user and password") << "redis://app:topsecret@h/5" << "redis://app:***@h:6379/5";
    QTest::newRow("IPv6") << "redis://[::1]:7000" << "redis://[::1]:7000/0";
    QTest::newRow("unix password") << "unix:///tmp/r.sock?password=topsecret" << "unix://:***@/tmp/r.sock?db=0";
}

void tst_RedisEndpoint::redactsPasswords()
{
    QFETCH(QString, url);
    const auto endpoint = RedisEndpoint::parse(url);
    QVERIFY(endpoint.has_value());
    QTEST(endpoint->redacted(), "redacted");
}

QTEST_APPLESS_MAIN(tst_RedisEndpoint)
#include "tst_redisendpoint.moc"
