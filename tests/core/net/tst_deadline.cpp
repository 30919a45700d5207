// Net::Deadline: the per-thread foreground budget that bounds every upstream call made inside a scope.
#include <QTest>
#include <QThread>

#include <thread>

#include "core/net/deadline.h"

using Marquee::Net::Deadline;

class tst_Deadline : public QObject
{
    Q_OBJECT

private slots:
    void noScopeMeansNoDeadline();
    void scopeSetsAndRestores();
    void zeroBudgetInsideAScopeLiftsTheDeadline();
    void expiresAndClampsToZero();
    void clamp_data();
    void clamp();
    void isPerThread();
};

void tst_Deadline::noScopeMeansNoDeadline()
{
    QVERIFY(!Deadline::active());
    QCOMPARE(Deadline::remainingMs(), qint64(-1));
    QVERIFY(!Deadline::expired());
    QCOMPARE(Deadline::clamp(12000), qint64(12000));
}

void tst_Deadline::scopeSetsAndRestores()
{
    {
        const Deadline::Scope outer(60000);
        QVERIFY(Deadline::active());
        QVERIFY(Deadline::remainingMs() > 50000 && Deadline::remainingMs() <= 60000);
        {
            const Deadline::Scope inner(1000);
            QVERIFY(Deadline::remainingMs() <= 1000);
        }
        QVERIFY(Deadline::remainingMs() > 50000);
    }
    QVERIFY(!Deadline::active());
}

void tst_Deadline::zeroBudgetInsideAScopeLiftsTheDeadline()
{
    const Deadline::Scope outer(1000);
    {
        const Deadline::Scope background(0);  // a background refresh: each call keeps its own timeout
        QVERIFY(!Deadline::active());
    }
    QVERIFY(Deadline::active());
}

void tst_Deadline::expiresAndClampsToZero()
{
    const Deadline::Scope scope(5);
    QTRY_VERIFY(Deadline::expired());
    QCOMPARE(Deadline::remainingMs(), qint64(0));
    QCOMPARE(Deadline::clamp(12000), qint64(0));
}

void tst_Deadline::clamp_data()
{
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<qint64>("timeout");
    QTest::addColumn<bool>("cut");
    QTest::newRow("timeout shorter than the budget") << qint64(60000) << qint64(100) << false;
    QTest::newRow("budget shorter than the timeout") << qint64(1000) << qint64(60000) << true;
}

void tst_Deadline::clamp()
{
    QFETCH(qint64, budget);
    QFETCH(qint64, timeout);
    QFETCH(bool, cut);
    const Deadline::Scope scope(budget);
    const qint64 clamped = Deadline::clamp(timeout);
    if (cut)
        QVERIFY(clamped <= budget && clamped > 0);
    else
        QCOMPARE(clamped, timeout);
}

void tst_Deadline::isPerThread()
{
    const Deadline::Scope scope(1000);
    bool otherActive = true;
    std::thread other([&otherActive] { otherActive = Deadline::active(); });
    other.join();
    QVERIFY(!otherActive);
    QVERIFY(Deadline::active());
}

QTEST_GUILESS_MAIN(tst_Deadline)
#include "tst_deadline.moc"
