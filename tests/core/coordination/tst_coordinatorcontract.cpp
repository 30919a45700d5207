// The Coordinator contract, run row by row against InProcessCoordinator and RedisCoordinator (a real
// redis-server on loopback): claims, flags, TTL expiry, fixed rate windows, leases with compare-and-set
// refresh/release, and exactly one winner when threads race. Both run on the wall clock here, so the
// rate rows can start at the top of a second; tst_inprocesscoordinator covers the fake-clock details.
#include <QTest>

#include <QAtomicInt>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <functional>
#include <memory>

#include "core/coordination/inprocesscoordinator.h"
#include "core/coordination/rediscoordinator.h"
#include "core/coordination/redisendpoint.h"
#include "tests/support/redisserver.h"

using namespace Marquee::Coordination;
using Marquee::Test::RedisServer;

namespace {

const QString Ns = QStringLiteral("quality-bg-inflight");
const QString InProcess = QStringLiteral("in-process");
const QString Redis = QStringLiteral("redis");
constexpr int ExpiryWaitMs = 5000;

// Sleeps into the first few milliseconds of the next wall-clock second, so a handful of rate calls
// fall in one window.
void waitForFreshSecond()
{
    const qint64 intoSecond = QDateTime::currentMSecsSinceEpoch() % 1000;
    QThread::msleep(static_cast<unsigned long>(1000 - intoSecond + 10));
}

// Polls `condition` until it holds or timeoutMs pass. Unlike QTRY_VERIFY it evaluates the condition
// exactly until it first holds, which matters when the condition is itself a claim.
bool eventually(const std::function<bool()> &condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

// Runs `body` on `count` threads released together; returns when all are done.
bool runTogether(int count, const std::function<void()> &body)
{
    QAtomicInt ready;
    QList<QThread *> threads;
    for (int t = 0; t < count; ++t) {
        threads.append(QThread::create([&] {
            ready.fetchAndAddOrdered(1);
            while (ready.loadAcquire() < count) {}
            body();
        }));
    }
    for (QThread *thread : threads)
        thread->start();
    bool finished = true;
    for (QThread *thread : threads) {
        finished = thread->wait(60000) && finished;
        delete thread;
    }
    return finished;
}

} // namespace

class tst_CoordinatorContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void claimIsExclusiveUntilReleased_data() { backends(); }
    void claimIsExclusiveUntilReleased();
    void claimExpires_data() { backends(); }
    void claimExpires();
    void namespacesAreSeparate_data() { backends(); }
    void namespacesAreSeparate();
    void flagsCarryTheirTtl_data() { backends(); }
    void flagsCarryTheirTtl();
    void rateWindow_data() { backends(); }
    void rateWindow();
    void unlimitedRate_data() { backends(); }
    void unlimitedRate();
    void leaseCompareAndSet_data() { backends(); }
    void leaseCompareAndSet();
    void leaseExpiresAndStaleTokenIsRefused_data() { backends(); }
    void leaseExpiresAndStaleTokenIsRefused();
    void leaseRefreshExtends_data() { backends(); }
    void leaseRefreshExtends();
    void oneThreadWinsEachClaim_data() { backends(); }
    void oneThreadWinsEachClaim();
    void oneThreadWinsALease_data() { backends(); }
    void oneThreadWinsALease();
    void rateLimitHoldsAcrossThreads_data() { backends(); }
    void rateLimitHoldsAcrossThreads();
    void pingAndFailOpenCount_data() { backends(); }
    void pingAndFailOpenCount();

private:
    static void backends();
    std::unique_ptr<Coordinator> make(const QString &backend);

    RedisServer m_redis;
    int m_instances = 0;
};

// Inside a data-driven test: `coordinator` for this row, or QSKIP when the row needs a missing redis-server.
#define COORDINATOR_FOR_ROW()                                                                 \
    QFETCH(QString, backend);                                                                 \
    const std::unique_ptr<Coordinator> coordinator = make(backend);                           \
    if (!coordinator)                                                                         \
        QSKIP("redis-server is not installed (apt-get install redis-server); Redis row skipped")

void tst_CoordinatorContract::initTestCase()
{
    if (RedisServer::available())
        QVERIFY2(m_redis.start(), qPrintable(m_redis.errorString()));
}

void tst_CoordinatorContract::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("in-process") << InProcess;
    QTest::newRow("redis") << Redis;
}

std::unique_ptr<Coordinator> tst_CoordinatorContract::make(const QString &backend)
{
    if (backend == InProcess)
        return std::make_unique<InProcessCoordinator>([] { return QDateTime::currentMSecsSinceEpoch(); });
    if (!m_redis.isRunning())
        return nullptr;
    const auto endpoint = RedisEndpoint::parse(m_redis.url());
    if (!endpoint)
        qFatal("%s", qPrintable(endpoint.error().message));
    // A prefix per instance: rows never see each other's keys in the shared server.
    return std::make_unique<RedisCoordinator>(*endpoint, QStringLiteral("contract%1").arg(++m_instances));
}

void tst_CoordinatorContract::claimIsExclusiveUntilReleased()
{
    COORDINATOR_FOR_ROW();
    QVERIFY(coordinator->claim(Ns, QStringLiteral("tt1"), 300));
    QVERIFY(!coordinator->claim(Ns, QStringLiteral("tt1"), 300));
    QVERIFY(coordinator->claim(Ns, QStringLiteral("tt2"), 300));
    coordinator->release(Ns, QStringLiteral("tt1"));
    QVERIFY(coordinator->claim(Ns, QStringLiteral("tt1"), 300));
    coordinator->release(Ns, QStringLiteral("never-claimed"));  // harmless
    QVERIFY(!coordinator->claim(Ns, QStringLiteral("tt2"), 300));
}

void tst_CoordinatorContract::claimExpires()
{
    COORDINATOR_FOR_ROW();
    QVERIFY(coordinator->claim(Ns, QStringLiteral("short"), 1));
    QVERIFY(coordinator->claim(Ns, QStringLiteral("long"), 300));
    QVERIFY(!coordinator->claim(Ns, QStringLiteral("short"), 1));
    QVERIFY(eventually([&] { return coordinator->claim(Ns, QStringLiteral("short"), 1); }, ExpiryWaitMs));
    QVERIFY(!coordinator->claim(Ns, QStringLiteral("long"), 300));
    // A TTL of 0 still expires (floor of one second), never "forever".
    QVERIFY(coordinator->claim(Ns, QStringLiteral("zero"), 0));
    QVERIFY(eventually([&] { return coordinator->claim(Ns, QStringLiteral("zero"), 0); }, ExpiryWaitMs));
}

void tst_CoordinatorContract::namespacesAreSeparate()
{
    COORDINATOR_FOR_ROW();
    QVERIFY(coordinator->claim(QStringLiteral("a"), QStringLiteral("x"), 60));
    QVERIFY(coordinator->claim(QStringLiteral("b"), QStringLiteral("x"), 60));
    coordinator->setFlag(QStringLiteral("rating-backoff"), QStringLiteral("x"), 60);
    QVERIFY(!coordinator->hasFlag(QStringLiteral("mdblist-global"), QStringLiteral("x")));
    QVERIFY(coordinator->hasFlag(QStringLiteral("rating-backoff"), QStringLiteral("x")));
}

void tst_CoordinatorContract::flagsCarryTheirTtl()
{
    COORDINATOR_FOR_ROW();
    const QString backoff = QStringLiteral("rating-backoff");
    QVERIFY(!coordinator->hasFlag(backoff, QStringLiteral("tt1")));
    coordinator->setFlag(backoff, QStringLiteral("tt1"), 1);
    coordinator->setFlag(backoff, QStringLiteral("tt2"), 600);
    QVERIFY(coordinator->hasFlag(backoff, QStringLiteral("tt1")));
    QVERIFY(eventually([&] { return !coordinator->hasFlag(backoff, QStringLiteral("tt1")); }, ExpiryWaitMs));
    QVERIFY(coordinator->hasFlag(backoff, QStringLiteral("tt2")));
    coordinator->release(backoff, QStringLiteral("tt2"));
    QVERIFY(!coordinator->hasFlag(backoff, QStringLiteral("tt2")));
    // A flag is a claim's twin: a set flag cannot be claimed.
    coordinator->setFlag(backoff, QStringLiteral("tt3"), 60);
    QVERIFY(!coordinator->claim(backoff, QStringLiteral("tt3"), 60));
}

void tst_CoordinatorContract::rateWindow()
{
    COORDINATOR_FOR_ROW();
    waitForFreshSecond();
    int granted = 0;
    for (int i = 0; i < 5; ++i) {
        const RateDecision decision = coordinator->allowRate(QStringLiteral("tenant"), 3);
        if (decision.allowed) {
            ++granted;
            QCOMPARE(decision.retryAfterSeconds, 0);
        } else {
            QCOMPARE(decision.retryAfterSeconds, 1);
        }
    }
    QCOMPARE(granted, 3);
    QVERIFY(coordinator->allowRate(QStringLiteral("other-tenant"), 3).allowed);  // buckets are independent
    waitForFreshSecond();
    QVERIFY(coordinator->allowRate(QStringLiteral("tenant"), 3).allowed);  // a new window
}

void tst_CoordinatorContract::unlimitedRate()
{
    COORDINATOR_FOR_ROW();
    for (int i = 0; i < 20; ++i) {
        QVERIFY(coordinator->allowRate(QStringLiteral("free"), 0).allowed);
        QVERIFY(coordinator->allowRate(QStringLiteral("free"), -1).allowed);
    }
}

void tst_CoordinatorContract::leaseCompareAndSet()
{
    COORDINATOR_FOR_ROW();
    const QString name = QStringLiteral("cache-prune");
    const auto token = coordinator->acquireLease(name, 60000);
    QVERIFY(token.has_value());
    QVERIFY(!token->isEmpty());
    QVERIFY(!coordinator->acquireLease(name, 60000).has_value());
    QVERIFY(coordinator->acquireLease(QStringLiteral("trending-fetch"), 60000).has_value());

    QVERIFY(!coordinator->refreshLease(name, QStringLiteral("wrong-token"), 60000));
    QVERIFY(coordinator->refreshLease(name, *token, 60000));
    coordinator->releaseLease(name, QStringLiteral("wrong-token"));  // compare-and-delete: a no-op
    QVERIFY(!coordinator->acquireLease(name, 60000).has_value());

    coordinator->releaseLease(name, *token);
    QVERIFY(!coordinator->refreshLease(name, *token, 60000));
    const auto next = coordinator->acquireLease(name, 60000);
    QVERIFY(next.has_value());
    QVERIFY(*next != *token);
    coordinator->releaseLease(name, *token);  // the old holder cannot free the new holder's lease
    QVERIFY(coordinator->refreshLease(name, *next, 60000));
}

void tst_CoordinatorContract::leaseExpiresAndStaleTokenIsRefused()
{
    COORDINATOR_FOR_ROW();
    const QString name = QStringLiteral("short-job");
    const auto token = coordinator->acquireLease(name, 300);
    QVERIFY(token.has_value());
    std::optional<QString> next;
    QVERIFY(eventually([&] { return (next = coordinator->acquireLease(name, 60000)).has_value(); }, ExpiryWaitMs));
    QVERIFY(!coordinator->refreshLease(name, *token, 60000));
    QVERIFY(coordinator->refreshLease(name, *next, 60000));
}

void tst_CoordinatorContract::leaseRefreshExtends()
{
    COORDINATOR_FOR_ROW();
    const QString name = QStringLiteral("long-job");
    const auto token = coordinator->acquireLease(name, 400);
    QVERIFY(token.has_value());
    QVERIFY(coordinator->refreshLease(name, *token, 60000));
    QThread::msleep(800);  // well past the first TTL
    QVERIFY(!coordinator->acquireLease(name, 60000).has_value());
    QVERIFY(coordinator->refreshLease(name, *token, 60000));
}

void tst_CoordinatorContract::oneThreadWinsEachClaim()
{
    COORDINATOR_FOR_ROW();
    constexpr int Threads = 8;
    constexpr int Rounds = 100;
    QAtomicInt wins;
    Coordinator *shared = coordinator.get();
    QVERIFY(runTogether(Threads, [&] {
        for (int round = 0; round < Rounds; ++round) {
            if (shared->claim(Ns, QStringLiteral("shared-%1").arg(round), 300))
                wins.fetchAndAddOrdered(1);
        }
    }));
    QCOMPARE(wins.loadAcquire(), Rounds);  // exactly one winner per key
}

void tst_CoordinatorContract::oneThreadWinsALease()
{
    COORDINATOR_FOR_ROW();
    constexpr int Threads = 8;
    QMutex mutex;
    QSet<QString> tokens;
    Coordinator *shared = coordinator.get();
    QVERIFY(runTogether(Threads, [&] {
        if (const auto token = shared->acquireLease(QStringLiteral("raced"), 60000)) {
            QMutexLocker lock(&mutex);
            tokens.insert(*token);
        }
    }));
    QCOMPARE(tokens.size(), 1);
    QVERIFY(coordinator->refreshLease(QStringLiteral("raced"), *tokens.cbegin(), 60000));
}

void tst_CoordinatorContract::rateLimitHoldsAcrossThreads()
{
    COORDINATOR_FOR_ROW();
    constexpr int Threads = 4;
    constexpr int CallsEach = 5;
    constexpr int Limit = 7;
    QAtomicInt allowed;
    Coordinator *shared = coordinator.get();
    waitForFreshSecond();
    QVERIFY(runTogether(Threads, [&] {
        for (int i = 0; i < CallsEach; ++i) {
            if (shared->allowRate(QStringLiteral("threads"), Limit).allowed)
                allowed.fetchAndAddOrdered(1);
        }
    }));
    // 20 calls started at the top of a second take milliseconds: one window, however they interleave.
    QCOMPARE(allowed.loadAcquire(), Limit);
}

void tst_CoordinatorContract::pingAndFailOpenCount()
{
    COORDINATOR_FOR_ROW();
    QVERIFY2(coordinator->ping().has_value(), qPrintable(coordinator->ping().error().message));
    QCOMPARE(coordinator->kind(), backend);
    coordinator->claim(Ns, QStringLiteral("k"), 10);
    QCOMPARE(coordinator->failOpenCount(), quint64(0));  // a healthy backend never fails open
}

QTEST_GUILESS_MAIN(tst_CoordinatorContract)
#include "tst_coordinatorcontract.moc"
