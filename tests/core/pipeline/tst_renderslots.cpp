#include <atomic>
#include <thread>
#include <vector>

#include <QSemaphore>
#include <QTest>

#include "core/pipeline/renderslots.h"

using namespace Marquee;
using namespace Marquee::Pipeline;
using namespace std::chrono_literals;

class tst_RenderSlots : public QObject
{
    Q_OBJECT

private slots:
    void burstQueuesBeyondCapacityAndAllComplete();
    void timeoutIsSaturated();
    void slotIsReleasedWhenTheWorkFails();
    void guardMoveAndExplicitRelease();
    void capacityIsAtLeastOne();
};

void tst_RenderSlots::burstQueuesBeyondCapacityAndAllComplete()
{
    RenderSlots pool(3, 0ms);  // 0 = wait forever
    QSemaphore gate;
    std::atomic<int> completed{0};
    std::atomic<int> failed{0};
    std::vector<std::thread> workers;
    for (int i = 0; i < 7; ++i) {
        workers.emplace_back([&] {
            auto slot = pool.acquire();
            if (!slot) {
                ++failed;
                return;
            }
            gate.acquire();  // hold the slot until the test lets go
            ++completed;
        });
    }
    QTRY_COMPARE(pool.active(), 3);
    QTRY_COMPARE(pool.queued(), 4);
    QCOMPARE(pool.capacity(), 3);

    gate.release(7);
    for (std::thread &worker : workers)
        worker.join();
    QCOMPARE(completed.load(), 7);
    QCOMPARE(failed.load(), 0);
    QCOMPARE(pool.active(), 0);
    QCOMPARE(pool.queued(), 0);
    QCOMPARE(pool.saturatedCount(), qint64(0));
}

void tst_RenderSlots::timeoutIsSaturated()
{
    RenderSlots pool(1, 20ms);
    auto held = pool.acquire();
    QVERIFY(held);
    auto refused = pool.acquire();
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Saturated);
    QCOMPARE(refused.error().message, QStringLiteral("Server saturated — try again shortly"));
    QCOMPARE(refused.error().retryAfterSeconds, 5);
    QCOMPARE(pool.saturatedCount(), qint64(1));
    QCOMPARE(pool.queued(), 0);
    QCOMPARE(pool.active(), 1);
}

void tst_RenderSlots::slotIsReleasedWhenTheWorkFails()
{
    RenderSlots pool(1, 20ms);
    auto failingRender = [&]() -> VoidResult {
        auto slot = pool.acquire();
        if (!slot)
            return fail(slot.error());
        return fail(ErrorKind::UpstreamTimeout, QStringLiteral("Upstream request timed out"));
    };
    QCOMPARE(failingRender().error().kind, ErrorKind::UpstreamTimeout);
    QCOMPARE(pool.active(), 0);
    QCOMPARE(failingRender().error().kind, ErrorKind::UpstreamTimeout);  // not Saturated: the slot came back
    QCOMPARE(pool.saturatedCount(), qint64(0));
}

void tst_RenderSlots::guardMoveAndExplicitRelease()
{
    RenderSlots pool(2, 20ms);
    auto first = pool.acquire();
    QVERIFY(first);
    RenderSlots::Guard moved = std::move(*first);
    QVERIFY(moved.holds());
    QVERIFY(!first->holds());
    QCOMPARE(pool.active(), 1);
    moved.release();
    QVERIFY(!moved.holds());
    QCOMPARE(pool.active(), 0);
    moved.release();  // releasing twice does not give back a slot twice
    QCOMPARE(pool.active(), 0);

    auto a = pool.acquire();
    auto b = pool.acquire();
    QVERIFY(a && b);
    QVERIFY(!pool.acquire());
    *a = std::move(*b);  // a's own slot goes back, b's slot now lives in a
    QCOMPARE(pool.active(), 1);
}

void tst_RenderSlots::capacityIsAtLeastOne()
{
    RenderSlots pool(0, 20ms);
    QCOMPARE(pool.capacity(), 1);
    QVERIFY(pool.acquire());
}

QTEST_GUILESS_MAIN(tst_RenderSlots)
#include "tst_renderslots.moc"
