// LeasedJobScheduler: a job runs periodically while its scheduler holds the lease; of two schedulers
// sharing a coordinator (in process, or two Redis clients like two replicas) only one ever runs it; stop()
// interrupts a running job and releases the lease so the other takes over at once (the TTL is far
// longer than the test); a lost lease tells the running job to stop.
#include <QTest>

#include <QDateTime>
#include <QDeadlineTimer>
#include <QThread>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

#include "core/coordination/inprocesscoordinator.h"
#include "core/coordination/rediscoordinator.h"
#include "core/coordination/redisendpoint.h"
#include "core/pipeline/leasedjobscheduler.h"
#include "tests/support/redisserver.h"

using namespace std::chrono_literals;
using namespace Marquee;
using Coordination::Coordinator;
using Coordination::InProcessCoordinator;
using Pipeline::JobControl;
using Pipeline::LeasedJob;
using Pipeline::LeasedJobScheduler;

namespace {

const QString JobName = QStringLiteral("cache-prune");
constexpr int WaitMs = 20000;

bool eventually(const std::function<bool()> &condition, int timeoutMs = WaitMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(10);
    }
    return true;
}

// Delegates to an in-process coordinator, except that refreshes can be made to fail: another replica
// "took" the lease.
class LeaseThief : public Coordinator
{
public:
    bool claim(const QString &ns, const QString &key, int ttl) override { return m_inner.claim(ns, key, ttl); }
    void release(const QString &ns, const QString &key) override { m_inner.release(ns, key); }
    void setFlag(const QString &ns, const QString &key, int ttl) override { m_inner.setFlag(ns, key, ttl); }
    bool hasFlag(const QString &ns, const QString &key) override { return m_inner.hasFlag(ns, key); }
    Coordination::RateDecision allowRate(const QString &bucket, int limit) override { return m_inner.allowRate(bucket, limit); }
    std::optional<QString> acquireLease(const QString &name, qint64 ttl) override
    {
        return m_stolen ? std::nullopt : m_inner.acquireLease(name, ttl);
    }
    bool refreshLease(const QString &name, const QString &token, qint64 ttl) override
    {
        return !m_stolen && m_inner.refreshLease(name, token, ttl);
    }
    void releaseLease(const QString &name, const QString &token) override { m_inner.releaseLease(name, token); }
    QString kind() const override { return m_inner.kind(); }
    VoidResult ping() override { return m_inner.ping(); }

    std::atomic<bool> m_stolen{false};

private:
    InProcessCoordinator m_inner;
};

// A job that counts its runs and notices if two copies ever overlap.
struct CountingJob
{
    std::atomic<int> runs{0};
    std::atomic<int> running{0};
    std::atomic<int> overlaps{0};

    LeasedJob spec(std::chrono::milliseconds interval, std::chrono::milliseconds ttl = 60s,
                   std::chrono::milliseconds startDelay = 0ms)
    {
        return LeasedJob{JobName, ttl, interval, startDelay, [this](const JobControl &) {
                             if (running.fetch_add(1) > 0)
                                 overlaps.fetch_add(1);
                             QThread::msleep(5);
                             running.fetch_sub(1);
                             runs.fetch_add(1);
                         }};
    }
};

} // namespace

class tst_LeasedJobScheduler : public QObject
{
    Q_OBJECT

private slots:
    void runsPeriodicallyWhileHoldingTheLease();
    void onlyOneOfTwoSchedulersRuns_data();
    void onlyOneOfTwoSchedulersRuns();
    void stopInterruptsARunningJobAndReleasesTheLease();
    void aLostLeaseStopsTheRunningJob();
    void startDelayIsInterruptible();
    void duplicateNamesAreIgnored();

private:
    // Two coordinators that share state, as two replicas would: one in-process object twice, or two
    // clients of one Redis. Null when the row needs a missing redis-server.
    bool makePair(const QString &backend, std::shared_ptr<Coordinator> &a, std::shared_ptr<Coordinator> &b);

    Test::RedisServer m_redis;
};

bool tst_LeasedJobScheduler::makePair(const QString &backend, std::shared_ptr<Coordinator> &a,
                                      std::shared_ptr<Coordinator> &b)
{
    if (backend == QLatin1String("in-process")) {
        a = std::make_shared<InProcessCoordinator>();
        b = a;
        return true;
    }
    if (!Test::RedisServer::available())
        return false;
    if (!m_redis.isRunning() && !m_redis.start())
        qFatal("%s", qPrintable(m_redis.errorString()));
    const auto endpoint = Coordination::RedisEndpoint::parse(m_redis.url());
    const QString prefix = QStringLiteral("jobs%1").arg(QDateTime::currentMSecsSinceEpoch());
    a = std::make_shared<Coordination::RedisCoordinator>(*endpoint, prefix);
    b = std::make_shared<Coordination::RedisCoordinator>(*endpoint, prefix);
    return true;
}

void tst_LeasedJobScheduler::runsPeriodicallyWhileHoldingTheLease()
{
    InProcessCoordinator coordinator;
    CountingJob job;
    LeasedJobScheduler scheduler(coordinator);
    scheduler.add(job.spec(20ms));
    QCOMPARE(scheduler.runCount(JobName), 0);
    scheduler.start();
    QVERIFY(eventually([&] { return scheduler.runCount(JobName) >= 3; }));
    QVERIFY(scheduler.holdsLease(JobName));
    QVERIFY(!coordinator.acquireLease(JobName, 1000).has_value());  // held between runs too
    scheduler.stop();
    QVERIFY(!scheduler.holdsLease(JobName));
    QCOMPARE(job.runs.load(), scheduler.runCount(JobName));
    QVERIFY(coordinator.acquireLease(JobName, 1000).has_value());  // released on stop
}

void tst_LeasedJobScheduler::onlyOneOfTwoSchedulersRuns_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("in-process") << QStringLiteral("in-process");
    QTest::newRow("redis, two clients") << QStringLiteral("redis");
}

void tst_LeasedJobScheduler::onlyOneOfTwoSchedulersRuns()
{
    QFETCH(QString, backend);
    std::shared_ptr<Coordinator> coordinatorA;
    std::shared_ptr<Coordinator> coordinatorB;
    if (!makePair(backend, coordinatorA, coordinatorB))
        QSKIP("redis-server is not installed (apt-get install redis-server); Redis row skipped");

    CountingJob jobA;
    CountingJob jobB;
    auto first = std::make_unique<LeasedJobScheduler>(*coordinatorA);
    LeasedJobScheduler second(*coordinatorB);
    first->add(jobA.spec(15ms));
    second.add(jobB.spec(15ms));
    first->start();
    QVERIFY(eventually([&] { return first->runCount(JobName) >= 1; }));
    second.start();
    QVERIFY(eventually([&] { return first->runCount(JobName) >= 6; }));
    QCOMPARE(second.runCount(JobName), 0);  // its attempts met a held lease every time
    QVERIFY(!second.holdsLease(JobName));

    // The leader shuts down: its lease is released, not left to run out its 60 s TTL.
    first->stop();
    QVERIFY(eventually([&] { return second.runCount(JobName) >= 2; }));
    QVERIFY(second.holdsLease(JobName));
    QCOMPARE(jobA.overlaps.load() + jobB.overlaps.load(), 0);
    const int firstRuns = jobA.runs.load();
    QThread::msleep(50);
    QCOMPARE(jobA.runs.load(), firstRuns);  // a stopped scheduler never runs again
    second.stop();
}

void tst_LeasedJobScheduler::stopInterruptsARunningJobAndReleasesTheLease()
{
    InProcessCoordinator coordinator;
    std::atomic<bool> started{false};
    std::atomic<bool> sawStop{false};
    LeasedJobScheduler scheduler(coordinator);
    scheduler.add({JobName, 60s, 1h, 0ms, [&](const JobControl &control) {
                       started = true;
                       while (!control.shouldStop())
                           QThread::msleep(5);
                       sawStop = true;
                   }});
    scheduler.start();
    QVERIFY(eventually([&] { return started.load(); }));
    scheduler.stop();  // returns only after the job did
    QVERIFY(sawStop.load());
    QCOMPARE(scheduler.runCount(JobName), 1);
    QVERIFY(coordinator.acquireLease(JobName, 1000).has_value());
    scheduler.stop();  // idempotent
}

void tst_LeasedJobScheduler::aLostLeaseStopsTheRunningJob()
{
    LeaseThief coordinator;
    std::atomic<bool> started{false};
    std::atomic<bool> sawStop{false};
    LeasedJobScheduler scheduler(coordinator);
    // TTL 600 ms: the scheduler refreshes every 200 ms while the job runs.
    scheduler.add({JobName, 600ms, 1h, 0ms, [&](const JobControl &control) {
                       started = true;
                       while (!control.shouldStop())
                           QThread::msleep(5);
                       sawStop = true;
                   }});
    scheduler.start();
    QVERIFY(eventually([&] { return started.load(); }));
    QThread::msleep(700);  // past the first TTL: refreshes kept the lease, the job keeps running
    QVERIFY(!sawStop.load());
    QVERIFY(scheduler.holdsLease(JobName));
    coordinator.m_stolen = true;
    QVERIFY(eventually([&] { return sawStop.load(); }));
    QVERIFY(eventually([&] { return scheduler.runCount(JobName) == 1; }));
    QVERIFY(!scheduler.holdsLease(JobName));
    scheduler.stop();
}

void tst_LeasedJobScheduler::startDelayIsInterruptible()
{
    InProcessCoordinator coordinator;
    CountingJob job;
    LeasedJobScheduler scheduler(coordinator);
    scheduler.add(job.spec(10ms, 60s, 1h));
    scheduler.start();
    QThread::msleep(50);
    scheduler.stop();  // does not wait out the hour
    QCOMPARE(job.runs.load(), 0);
    QVERIFY(coordinator.acquireLease(JobName, 1000).has_value());  // never taken
}

void tst_LeasedJobScheduler::duplicateNamesAreIgnored()
{
    InProcessCoordinator coordinator;
    CountingJob first;
    CountingJob second;
    LeasedJobScheduler scheduler(coordinator);
    scheduler.add(first.spec(10ms));
    QTest::ignoreMessage(QtWarningMsg, "job cache-prune is already scheduled; the second one is ignored");
    scheduler.add(second.spec(10ms));
    scheduler.start();
    QVERIFY(eventually([&] { return first.runs.load() >= 2; }));
    scheduler.stop();
    QCOMPARE(second.runs.load(), 0);
}

QTEST_GUILESS_MAIN(tst_LeasedJobScheduler)
#include "tst_leasedjobscheduler.moc"
