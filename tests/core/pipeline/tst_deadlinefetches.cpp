// DeadlineFetches: a caller waits for an upstream fetch only until its deadline, the fetch itself runs
// on (and completes in) the background, identical keys share one fetch, and the pool caps concurrency.
#include <QSemaphore>
#include <QTest>

#include <atomic>

#include "core/pipeline/deadlinefetches.h"

using namespace Marquee;
using Marquee::Pipeline::DeadlineFetches;

class tst_DeadlineFetches : public QObject
{
    Q_OBJECT

private slots:
    void answerWithinTheWait();
    void lateAnswerCompletesInTheBackground();
    void sameKeySharesOneFetch();
    void errorsAreAnswersToo();
    void poolCapsConcurrency();
    void queueIsBounded();
};

void tst_DeadlineFetches::answerWithinTheWait()
{
    DeadlineFetches<int> fetches(2, 8);
    const auto answer = fetches.run(QStringLiteral("a"), [] { return Result<int>(7); }, -1);
    QVERIFY(answer && *answer);
    QCOMPARE(**answer, 7);
    QCOMPARE(fetches.pending(), 0);
}

void tst_DeadlineFetches::lateAnswerCompletesInTheBackground()
{
    DeadlineFetches<int> fetches(2, 8);
    QSemaphore gate;
    std::atomic<bool> stored{false};
    const auto late = fetches.run(QStringLiteral("a"), [&] {
        gate.acquire();
        stored = true;  // what a real task does: write the cache row
        return Result<int>(1);
    }, 50);
    QVERIFY(!late);  // the caller went on without it
    QVERIFY(fetches.isRunning(QStringLiteral("a")));
    gate.release();
    QVERIFY(fetches.waitForDone(10000));
    QVERIFY(stored);
    QCOMPARE(fetches.pending(), 0);
}

void tst_DeadlineFetches::sameKeySharesOneFetch()
{
    DeadlineFetches<int> fetches(4, 8);
    QSemaphore gate;
    std::atomic<int> calls{0};
    auto task = [&] {
        ++calls;
        gate.acquire();
        return Result<int>(3);
    };
    QVERIFY(!fetches.run(QStringLiteral("k"), task, 0));
    QVERIFY(!fetches.run(QStringLiteral("k"), task, 0));  // joins the one under way
    QVERIFY(!fetches.run(QStringLiteral("k"), task, 20));
    QCOMPARE(fetches.pending(), 1);
    QTRY_COMPARE(calls.load(), 1);
    gate.release();
    QVERIFY(fetches.waitForDone(10000));
    QCOMPARE(calls.load(), 1);
}

void tst_DeadlineFetches::errorsAreAnswersToo()
{
    DeadlineFetches<int> fetches(1, 8);
    const auto answer = fetches.run(QStringLiteral("e"), [] {
        return Result<int>(fail(ErrorKind::UpstreamStatus, QStringLiteral("Upstream error 503"), 503));
    }, -1);
    QVERIFY(answer);
    QVERIFY(!*answer);
    QCOMPARE(answer->error().upstreamStatus, 503);
}

void tst_DeadlineFetches::poolCapsConcurrency()
{
    DeadlineFetches<int> fetches(3, 64);
    QSemaphore gate;
    std::atomic<int> running{0};
    std::atomic<int> peak{0};
    for (int i = 0; i < 10; ++i) {
        fetches.run(QString::number(i), [&] {
            const int now = ++running;
            int seen = peak.load();
            while (now > seen && !peak.compare_exchange_weak(seen, now)) {}
            gate.acquire();
            --running;
            return Result<int>(i);
        }, 0);
    }
    QTRY_COMPARE(running.load(), 3);
    gate.release(10);
    QVERIFY(fetches.waitForDone(10000));
    QCOMPARE(peak.load(), 3);
}

void tst_DeadlineFetches::queueIsBounded()
{
    DeadlineFetches<int> fetches(1, 2);
    QSemaphore gate;
    auto held = [&] {
        gate.acquire();
        return Result<int>(0);
    };
    fetches.run(QStringLiteral("1"), held, 0);
    fetches.run(QStringLiteral("2"), held, 0);
    std::atomic<bool> ran{false};
    QVERIFY(!fetches.run(QStringLiteral("3"), [&] {
        ran = true;
        return Result<int>(0);
    }, 0));
    QCOMPARE(fetches.pending(), 2);
    gate.release(2);
    QVERIFY(fetches.waitForDone(10000));
    QVERIFY(!ran);
}

QTEST_GUILESS_MAIN(tst_DeadlineFetches)
#include "tst_deadlinefetches.moc"
