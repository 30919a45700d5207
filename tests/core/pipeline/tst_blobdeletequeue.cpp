// The deferred-delete queue (reference §6.4): grace, order, de-duplication, the bound, and retries.
#include <QTest>

#include "core/pipeline/blobdeletequeue.h"

using Marquee::Pipeline::BlobDeleteQueue;

class tst_BlobDeleteQueue : public QObject
{
    Q_OBJECT

private slots:
    void keysComeDueAfterTheGraceInOrder();
    void zeroGraceIsDueAtOnce();
    void duplicatesKeepTheirSlot();
    void fullQueueDropsAndCounts();
    void takeDueHonoursTheLimit();
    void retriedKeysComeFirstAndAreDueNow();
    void defaultCapacityIsFiftyThousand();
};

void tst_BlobDeleteQueue::keysComeDueAfterTheGraceInOrder()
{
    BlobDeleteQueue queue(100);
    QVERIFY(queue.schedule(QStringLiteral("a~1"), 1000));
    QVERIFY(queue.schedule(QStringLiteral("b~2"), 1010));
    QCOMPARE(queue.size(), qint64(2));
    QVERIFY(queue.takeDue(1099).isEmpty());
    QCOMPARE(queue.takeDue(1100), QStringList{QStringLiteral("a~1")});
    QVERIFY(queue.takeDue(1109).isEmpty());
    QCOMPARE(queue.takeDue(5000), QStringList{QStringLiteral("b~2")});
    QCOMPARE(queue.size(), qint64(0));
}

void tst_BlobDeleteQueue::zeroGraceIsDueAtOnce()
{
    BlobDeleteQueue queue(0);
    QVERIFY(queue.schedule(QStringLiteral("a~1"), 1000));
    QCOMPARE(queue.takeDue(1000), QStringList{QStringLiteral("a~1")});
}

void tst_BlobDeleteQueue::duplicatesKeepTheirSlot()
{
    BlobDeleteQueue queue(10);
    QVERIFY(queue.schedule(QStringLiteral("a~1"), 0));
    QVERIFY(queue.schedule(QStringLiteral("a~1"), 100));   // not pushed back to 110
    QVERIFY(queue.schedule(QString(), 0));
    QCOMPARE(queue.size(), qint64(1));
    QCOMPARE(queue.takeDue(10), QStringList{QStringLiteral("a~1")});
    // Once taken, the same key may be queued again.
    QVERIFY(queue.schedule(QStringLiteral("a~1"), 20));
    QCOMPARE(queue.size(), qint64(1));
}

void tst_BlobDeleteQueue::fullQueueDropsAndCounts()
{
    BlobDeleteQueue queue(10, 2);
    QVERIFY(queue.schedule(QStringLiteral("a~1"), 0));
    QVERIFY(queue.schedule(QStringLiteral("b~1"), 0));
    QVERIFY(!queue.schedule(QStringLiteral("c~1"), 0));
    QVERIFY(!queue.schedule(QStringLiteral("d~1"), 0));
    QVERIFY(queue.schedule(QStringLiteral("a~1"), 0));   // already queued: not a drop
    QCOMPARE(queue.size(), qint64(2));
    QCOMPARE(queue.dropped(), qint64(2));
    QCOMPARE(queue.takeDue(10), (QStringList{QStringLiteral("a~1"), QStringLiteral("b~1")}));
}

void tst_BlobDeleteQueue::takeDueHonoursTheLimit()
{
    BlobDeleteQueue queue(0);
    for (int i = 0; i < 5; ++i)
        queue.schedule(QStringLiteral("k~%1").arg(i), 0);
    QCOMPARE(queue.takeDue(0, 2), (QStringList{QStringLiteral("k~0"), QStringLiteral("k~1")}));
    QCOMPARE(queue.takeDue(0, 0), QStringList());
    QCOMPARE(queue.takeDue(0).size(), 3);
}

void tst_BlobDeleteQueue::retriedKeysComeFirstAndAreDueNow()
{
    BlobDeleteQueue queue(100);
    queue.schedule(QStringLiteral("later~1"), 50);
    queue.retry({QStringLiteral("x~1"), QStringLiteral("y~1")}, 60);
    QCOMPARE(queue.size(), qint64(3));
    QCOMPARE(queue.takeDue(60), (QStringList{QStringLiteral("x~1"), QStringLiteral("y~1")}));
    QCOMPARE(queue.takeDue(150), QStringList{QStringLiteral("later~1")});
}

void tst_BlobDeleteQueue::defaultCapacityIsFiftyThousand()
{
    BlobDeleteQueue queue(1);
    for (int i = 0; i < BlobDeleteQueue::DefaultCapacity; ++i)
        QVERIFY(queue.schedule(QString::number(i) + QStringLiteral("~k"), 0));
    QVERIFY(!queue.schedule(QStringLiteral("one-too-many~k"), 0));
    QCOMPARE(queue.size(), qint64(50000));
    QCOMPARE(queue.dropped(), qint64(1));
}

QTEST_GUILESS_MAIN(tst_BlobDeleteQueue)
#include "tst_blobdeletequeue.moc"
