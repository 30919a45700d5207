// InProcessCoordinator: claims, flags, rate windows and leases against a fake clock, bounded memory
// under a flood of distinct keys (sweeps by count and by time, the entry cap, the lease cap), and one
// winner when threads race for the same claim. tst_coordinatorcontract runs the shared contract
// against this class and Redis alike.
#include <QTest>

#include <QAtomicInt>
#include <QList>
#include <QThread>

#include <atomic>
#include <memory>

#include "core/coordination/inprocesscoordinator.h"

using Marquee::Coordination::InProcessCoordinator;
using Marquee::Coordination::RateDecision;

namespace {

const QString Ns = QStringLiteral("quality-bg-inflight");

// A clock the test moves by hand (milliseconds).
struct FakeClock
{
    std::shared_ptr<std::atomic<qint64>> now = std::make_shared<std::atomic<qint64>>(1000000);

    InProcessCoordinator::Clock clock() const
    {
        auto shared = now;
        return [shared] { return shared->load(); };
    }
    void advance(qint64 ms) { now->fetch_add(ms); }
};

} // namespace

class tst_InProcessCoordinator : public QObject
{
    Q_OBJECT

private slots:
    void claimIsExclusiveUntilReleased();
    void claimExpires();
    void claimTtlHasAFloorOfOneSecond();
    void namespacesAreSeparate();
    void flagsCarryTheirTtl();
    void flagRefreshRestartsTtl();
    void rateLimit_data();
    void rateLimit();
    void rateWindowRollsOver();
    void rateBucketsAreIndependent();
    void leaseIsHeldByItsToken();
    void leaseExpires();
    void leaseRefreshExtends();
    void expiredEntriesAreSwept();
    void expiredEntriesAreSweptByTime();
    void leasesAreBounded();
    void leasesSurviveEntryEviction();
    void boundedUnderManyDistinctKeys();
    void capEvictsExpiredBeforeLive();
    void oneThreadWinsAClaim();
    void kindAndPing();
};

void tst_InProcessCoordinator::claimIsExclusiveUntilReleased()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    QVERIFY(coordinator.claim(Ns, QStringLiteral("tt1"), 300));
    QVERIFY(!coordinator.claim(Ns, QStringLiteral("tt1"), 300));
    QVERIFY(coordinator.claim(Ns, QStringLiteral("tt2"), 300));
    coordinator.release(Ns, QStringLiteral("tt1"));
    QVERIFY(coordinator.claim(Ns, QStringLiteral("tt1"), 300));
    coordinator.release(Ns, QStringLiteral("never-claimed"));  // harmless
    QCOMPARE(coordinator.entryCount(), 2);
}

void tst_InProcessCoordinator::claimExpires()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    QVERIFY(coordinator.claim(Ns, QStringLiteral("tt1"), 5));
    fake.advance(4999);
    QVERIFY(!coordinator.claim(Ns, QStringLiteral("tt1"), 5));
    fake.advance(1);
    QVERIFY(coordinator.claim(Ns, QStringLiteral("tt1"), 5));
}

void tst_InProcessCoordinator::claimTtlHasAFloorOfOneSecond()
{
    // "Any flag or lease carries a TTL": 0 or negative cannot mean "forever".
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    QVERIFY(coordinator.claim(Ns, QStringLiteral("a"), 0));
    QVERIFY(!coordinator.claim(Ns, QStringLiteral("a"), 0));
    fake.advance(1000);
    QVERIFY(coordinator.claim(Ns, QStringLiteral("a"), -5));
    fake.advance(1000);
    QVERIFY(!coordinator.hasFlag(Ns, QStringLiteral("a")));
}

void tst_InProcessCoordinator::namespacesAreSeparate()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    QVERIFY(coordinator.claim(QStringLiteral("a"), QStringLiteral("b:c"), 60));
    QVERIFY(coordinator.claim(QStringLiteral("a:b"), QStringLiteral("c"), 60));
    coordinator.setFlag(QStringLiteral("rating-backoff"), QStringLiteral("x"), 60);
    QVERIFY(!coordinator.hasFlag(QStringLiteral("mdblist-global"), QStringLiteral("x")));
}

void tst_InProcessCoordinator::flagsCarryTheirTtl()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    QVERIFY(!coordinator.hasFlag(QStringLiteral("rating-backoff"), QStringLiteral("tt1")));
    coordinator.setFlag(QStringLiteral("rating-backoff"), QStringLiteral("tt1"), 600);
    QVERIFY(coordinator.hasFlag(QStringLiteral("rating-backoff"), QStringLiteral("tt1")));
    fake.advance(599999);
    QVERIFY(coordinator.hasFlag(QStringLiteral("rating-backoff"), QStringLiteral("tt1")));
    fake.advance(1);
    QVERIFY(!coordinator.hasFlag(QStringLiteral("rating-backoff"), QStringLiteral("tt1")));
    QCOMPARE(coordinator.entryCount(), 0);  // removed when it was found expired
}

void tst_InProcessCoordinator::flagRefreshRestartsTtl()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    coordinator.setFlag(Ns, QStringLiteral("k"), 10);
    fake.advance(9000);
    coordinator.setFlag(Ns, QStringLiteral("k"), 10);
    fake.advance(9000);
    QVERIFY(coordinator.hasFlag(Ns, QStringLiteral("k")));
    coordinator.release(Ns, QStringLiteral("k"));
    QVERIFY(!coordinator.hasFlag(Ns, QStringLiteral("k")));
}

void tst_InProcessCoordinator::rateLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("calls");
    QTest::addColumn<int>("allowed");
    QTest::newRow("limit 1, 4 calls") << 1 << 4 << 1;
    QTest::newRow("limit 5, 5 calls") << 5 << 5 << 5;
    QTest::newRow("limit 5, 9 calls") << 5 << 9 << 5;
    QTest::newRow("limit 0 is unlimited") << 0 << 50 << 50;
    QTest::newRow("negative limit is unlimited") << -3 << 10 << 10;
}

void tst_InProcessCoordinator::rateLimit()
{
    QFETCH(int, limit);
    QFETCH(int, calls);
    QFETCH(int, allowed);
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    int granted = 0;
    for (int i = 0; i < calls; ++i) {
        const RateDecision decision = coordinator.allowRate(QStringLiteral("tenant"), limit);
        if (decision.allowed) {
            ++granted;
            QCOMPARE(decision.retryAfterSeconds, 0);
        } else {
            QCOMPARE(decision.retryAfterSeconds, 1);
        }
    }
    QCOMPARE(granted, allowed);
}

void tst_InProcessCoordinator::rateWindowRollsOver()
{
    FakeClock fake;
    fake.now->store(5000);  // start of a second
    InProcessCoordinator coordinator(fake.clock());
    QVERIFY(coordinator.allowRate(QStringLiteral("b"), 2).allowed);
    fake.advance(999);
    QVERIFY(coordinator.allowRate(QStringLiteral("b"), 2).allowed);
    QVERIFY(!coordinator.allowRate(QStringLiteral("b"), 2).allowed);
    fake.advance(1);  // next second: a fresh window
    QVERIFY(coordinator.allowRate(QStringLiteral("b"), 2).allowed);
    QVERIFY(coordinator.allowRate(QStringLiteral("b"), 2).allowed);
    QVERIFY(!coordinator.allowRate(QStringLiteral("b"), 2).allowed);
    fake.advance(60000);
    QVERIFY(coordinator.allowRate(QStringLiteral("b"), 2).allowed);
    QCOMPARE(coordinator.entryCount(), 1);  // one window per bucket, old seconds replaced
}

void tst_InProcessCoordinator::rateBucketsAreIndependent()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    QVERIFY(coordinator.allowRate(QStringLiteral("preset"), 1).allowed);
    QVERIFY(!coordinator.allowRate(QStringLiteral("preset"), 1).allowed);
    QVERIFY(coordinator.allowRate(QStringLiteral("anonymous"), 1).allowed);
    // A rate bucket never collides with a claim of the same name.
    QVERIFY(coordinator.claim(QStringLiteral("rate"), QStringLiteral("preset"), 60));
}

void tst_InProcessCoordinator::leaseIsHeldByItsToken()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    const auto token = coordinator.acquireLease(QStringLiteral("cache-prune"), 60000);
    QVERIFY(token.has_value());
    QCOMPARE(token->size(), 32);
    QVERIFY(!coordinator.acquireLease(QStringLiteral("cache-prune"), 60000).has_value());
    QVERIFY(coordinator.acquireLease(QStringLiteral("trending-fetch"), 60000).has_value());
    QVERIFY(!coordinator.refreshLease(QStringLiteral("cache-prune"), QStringLiteral("not-the-token"), 60000));
    QVERIFY(coordinator.refreshLease(QStringLiteral("cache-prune"), *token, 60000));
    coordinator.releaseLease(QStringLiteral("cache-prune"), QStringLiteral("not-the-token"));
    QVERIFY(!coordinator.acquireLease(QStringLiteral("cache-prune"), 60000).has_value());
    coordinator.releaseLease(QStringLiteral("cache-prune"), *token);
    const auto next = coordinator.acquireLease(QStringLiteral("cache-prune"), 60000);
    QVERIFY(next.has_value());
    QVERIFY(*next != *token);
    QVERIFY(!coordinator.refreshLease(QStringLiteral("cache-prune"), *token, 60000));  // a stale token stays stale
    // Leases and claims are separate tables: a claim named like a lease does not collide.
    QVERIFY(coordinator.claim(QStringLiteral("lease"), QStringLiteral("cache-prune"), 60));
}

void tst_InProcessCoordinator::leaseExpires()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    const auto token = coordinator.acquireLease(QStringLiteral("job"), 500);
    QVERIFY(token.has_value());
    fake.advance(499);
    QVERIFY(!coordinator.acquireLease(QStringLiteral("job"), 500).has_value());
    fake.advance(1);
    QVERIFY(!coordinator.refreshLease(QStringLiteral("job"), *token, 500));  // too late to extend
    QVERIFY(coordinator.acquireLease(QStringLiteral("job"), 500).has_value());
}

void tst_InProcessCoordinator::leaseRefreshExtends()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    const auto token = coordinator.acquireLease(QStringLiteral("job"), 1000);
    QVERIFY(token.has_value());
    fake.advance(900);
    QVERIFY(coordinator.refreshLease(QStringLiteral("job"), *token, 1000));
    fake.advance(900);
    QVERIFY(!coordinator.acquireLease(QStringLiteral("job"), 1000).has_value());
    QVERIFY(coordinator.refreshLease(QStringLiteral("job"), *token, 1000));
    QCOMPARE(coordinator.leaseCount(), 1);
}

void tst_InProcessCoordinator::expiredEntriesAreSwept()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    for (int i = 0; i < 1000; ++i)
        coordinator.setFlag(Ns, QString::number(i), 1);
    QCOMPARE(coordinator.entryCount(), 1000);
    fake.advance(2000);
    // Untouched expired flags go with the periodic sweep.
    for (int i = 0; i < InProcessCoordinator::SweepInterval; ++i)
        coordinator.hasFlag(QStringLiteral("other"), QStringLiteral("k"));
    QCOMPARE(coordinator.entryCount(), 0);
}

void tst_InProcessCoordinator::expiredEntriesAreSweptByTime()
{
    // A quiet daemon makes few calls: the clock alone triggers the sweep.
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    for (int i = 0; i < 100; ++i)
        coordinator.setFlag(Ns, QString::number(i), 1);
    QVERIFY(coordinator.acquireLease(QStringLiteral("short"), 1000).has_value());
    fake.advance(InProcessCoordinator::SweepPeriodMs - 1);
    coordinator.hasFlag(QStringLiteral("other"), QStringLiteral("k"));
    QCOMPARE(coordinator.entryCount(), 100);  // expired, but not swept yet
    QCOMPARE(coordinator.leaseCount(), 1);
    fake.advance(1);
    coordinator.hasFlag(QStringLiteral("other"), QStringLiteral("k"));
    QCOMPARE(coordinator.entryCount(), 0);
    QCOMPARE(coordinator.leaseCount(), 0);
}

void tst_InProcessCoordinator::leasesAreBounded()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    for (int i = 0; i < InProcessCoordinator::LeaseCapacity; ++i)
        QVERIFY(coordinator.acquireLease(QStringLiteral("job-%1").arg(i), 10000).has_value());
    // Full of live leases: a new name is refused rather than evicting somebody's lease.
    QVERIFY(!coordinator.acquireLease(QStringLiteral("one-too-many"), 10000).has_value());
    QCOMPARE(coordinator.leaseCount(), InProcessCoordinator::LeaseCapacity);
    fake.advance(10000);
    // Expired ones make room.
    QVERIFY(coordinator.acquireLease(QStringLiteral("one-too-many"), 10000).has_value());
    QCOMPARE(coordinator.leaseCount(), 1);
}

void tst_InProcessCoordinator::leasesSurviveEntryEviction()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock(), 10);
    const auto token = coordinator.acquireLease(QStringLiteral("cache-prune"), 60000);
    QVERIFY(token.has_value());
    for (int i = 0; i < 1000; ++i)
        coordinator.claim(Ns, QString::number(i), 3600);
    QVERIFY(coordinator.entryCount() <= 10);
    QVERIFY(coordinator.refreshLease(QStringLiteral("cache-prune"), *token, 60000));
}

void tst_InProcessCoordinator::boundedUnderManyDistinctKeys()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock());
    const int cap = coordinator.capacity();
    QCOMPARE(cap, InProcessCoordinator::DefaultCapacity);
    int maxSeen = 0;
    for (int i = 0; i < 1000000; ++i) {
        QVERIFY(coordinator.claim(Ns, QString::number(i), 3600));
        if (i % 1000 == 0)
            maxSeen = std::max(maxSeen, coordinator.entryCount());
    }
    maxSeen = std::max(maxSeen, coordinator.entryCount());
    QVERIFY2(maxSeen <= cap, qPrintable(QString::number(maxSeen)));
    // The newest claims survive; the oldest were evicted and can be claimed again.
    QVERIFY(!coordinator.claim(Ns, QString::number(999999), 3600));
    QVERIFY(coordinator.claim(Ns, QString::number(0), 3600));
}

void tst_InProcessCoordinator::capEvictsExpiredBeforeLive()
{
    FakeClock fake;
    InProcessCoordinator coordinator(fake.clock(), 100);
    coordinator.setFlag(Ns, QStringLiteral("long-lived"), 3600);  // the oldest write
    for (int i = 0; i < 99; ++i)
        coordinator.setFlag(Ns, QString::number(i), 1);
    fake.advance(1000);
    coordinator.setFlag(Ns, QStringLiteral("new"), 60);  // cap reached: expired ones make room
    QVERIFY(coordinator.hasFlag(Ns, QStringLiteral("long-lived")));
    QVERIFY(coordinator.hasFlag(Ns, QStringLiteral("new")));
    QCOMPARE(coordinator.entryCount(), 2);
}

void tst_InProcessCoordinator::oneThreadWinsAClaim()
{
    InProcessCoordinator coordinator;  // the real clock
    constexpr int Threads = 8;
    constexpr int Rounds = 200;
    QAtomicInt wins;
    QAtomicInt ready;
    QList<QThread *> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.append(QThread::create([&] {
            ready.fetchAndAddOrdered(1);
            while (ready.loadAcquire() < Threads) {}
            for (int round = 0; round < Rounds; ++round) {
                if (coordinator.claim(Ns, QStringLiteral("shared-%1").arg(round), 300))
                    wins.fetchAndAddOrdered(1);
                coordinator.allowRate(QStringLiteral("bucket"), 5);
            }
        }));
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(wins.loadAcquire(), Rounds);  // exactly one winner per key
}

void tst_InProcessCoordinator::kindAndPing()
{
    InProcessCoordinator coordinator;
    QCOMPARE(coordinator.kind(), QStringLiteral("in-process"));
    QVERIFY(coordinator.ping().has_value());
    QCOMPARE(coordinator.failOpenCount(), quint64(0));
}

QTEST_APPLESS_MAIN(tst_InProcessCoordinator)
#include "tst_inprocesscoordinator.moc"
