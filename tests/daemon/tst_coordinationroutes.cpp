// The daemon's coordination wiring: /ready names the coordinator (a dead Redis is reported, failing
// open, without taking the replica out of rotation), /metrics exports the fail-open counter, and the
// cache prune runs under its "cache-prune" lease, released on shutdown before the coordinator closes.
#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

#include <functional>

#include "core/coordination/coordinator.h"
#include "core/coordination/redisconnectionpool.h"
#include "core/coordination/redisendpoint.h"
#include "core/pipeline/cacheprune.h"
#include "core/pipeline/leasedjobscheduler.h"
#include "tests/daemon/daemonharness.h"
#include "tests/support/redisserver.h"

using namespace Marquee;
using Marquee::Tests::DaemonHarness;
using Marquee::Test::RedisServer;

namespace {

bool eventually(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace

class tst_CoordinationRoutes : public QObject
{
    Q_OBJECT

private slots:
    void inProcessCoordinatorIsReadyAndExported();
    void deadRedisIsNamedButStillReady();
    void cachePruneRunsUnderItsLeaseAndReleasesIt();

private:
    DaemonHarness m_harness;
};

void tst_CoordinationRoutes::inProcessCoordinatorIsReadyAndExported()
{
    QString error;
    QVERIFY2(m_harness.start(m_harness.baseSettings(), &error), qPrintable(error));
    const auto ready = m_harness.get(QStringLiteral("/ready"));
    QVERIFY2(ready.status == 200, qPrintable(ready.describe()));
    const QJsonObject coordinator = ready.json().value(QStringLiteral("coordinator")).toObject();
    QCOMPARE(coordinator.value(QStringLiteral("kind")).toString(), QStringLiteral("in-process"));
    QCOMPARE(coordinator.value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(ready.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    const auto metrics = m_harness.get(QStringLiteral("/metrics"));
    QVERIFY2(metrics.status == 200, qPrintable(metrics.describe()));
    QVERIFY2(metrics.body.contains("# TYPE marquee_coordination_fail_open_total counter\n"), metrics.body.constData());
    QVERIFY2(metrics.body.contains("marquee_coordination_fail_open_total{coordinator=\"in-process\"} 0\n"),
             metrics.body.constData());
    m_harness.stop();
}

void tst_CoordinationRoutes::deadRedisIsNamedButStillReady()
{
    RedisServer redis;
    MARQUEE_START_REDIS(redis);
    Config::ServerSettings settings = m_harness.baseSettings();
    settings.redisUrl = redis.url();
    settings.redisKeyPrefix = QStringLiteral("routes");
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
    auto ready = m_harness.get(QStringLiteral("/ready"));
    QVERIFY2(ready.status == 200, qPrintable(ready.describe()));
    QCOMPARE(ready.json().value(QStringLiteral("coordinator")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("redis"));

    redis.kill();
    ready = m_harness.get(QStringLiteral("/ready"));
    QVERIFY2(ready.status == 200, qPrintable(ready.describe()));  // fail-open: still in rotation
    const QJsonObject body = ready.json();
    QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("degraded"));
    const QJsonObject coordinator = body.value(QStringLiteral("coordinator")).toObject();
    QCOMPARE(coordinator.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(coordinator.value(QStringLiteral("fail_open")), QJsonValue(true));
    QVERIFY2(body.value(QStringLiteral("detail")).toString().contains(QLatin1String("fail-open")), qPrintable(ready.describe()));
    QCOMPARE(body.value(QStringLiteral("storage")).toObject().value(QStringLiteral("ok")), QJsonValue(true));

    QVERIFY(m_harness.daemon()->coordinator().claim(QStringLiteral("ns"), QStringLiteral("k"), 10));
    const auto metrics = m_harness.get(QStringLiteral("/metrics"));
    QVERIFY2(metrics.body.contains("marquee_coordination_fail_open_total{coordinator=\"redis\"} 1\n"),
             metrics.body.constData());
    m_harness.stop();
}

void tst_CoordinationRoutes::cachePruneRunsUnderItsLeaseAndReleasesIt()
{
    RedisServer redis;
    MARQUEE_START_REDIS(redis);
    Config::ServerSettings settings = m_harness.baseSettings();
    settings.redisUrl = redis.url();
    settings.redisKeyPrefix = QStringLiteral("prune");
    settings.cachePruneStartDelaySec = 0;
    settings.cachePruneIntervalSec = 3600;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
    Pipeline::LeasedJobScheduler &jobs = m_harness.daemon()->jobs();
    const QString name = Pipeline::CachePrune::jobName();
    QVERIFY(eventually([&] { return jobs.runCount(name) >= 1; }));
    QVERIFY(jobs.holdsLease(name));

    Coordination::RedisConnectionPool raw(*Coordination::RedisEndpoint::parse(redis.url()), {});
    const auto ttl = raw.command({"PTTL", "prune:lease:cache-prune"});
    QVERIFY(ttl.has_value());
    QVERIFY2(ttl->integer > 7 * 3600 * 1000, qPrintable(QString::number(ttl->integer)));  // 8 h lease

    m_harness.stop();  // Daemon::shutdown releases the lease
    QCOMPARE(raw.command({"EXISTS", "prune:lease:cache-prune"})->integer, 0);
}

QTEST_MAIN(tst_CoordinationRoutes)
#include "tst_coordinationroutes.moc"
