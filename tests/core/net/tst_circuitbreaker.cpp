// Net::CircuitBreaker on an injected clock: opens after N consecutive failures, fails fast while open,
// lets exactly one half-open probe through after the cool-down, closes on its success and re-trips on
// its failure (the reference's Phase 7 regression), and never wedges on a probe that does not report.
#include <QTest>

#include "core/net/circuitbreaker.h"

using Marquee::Net::CircuitBreaker;
using State = CircuitBreaker::State;

namespace {

constexpr int Threshold = 3;
constexpr qint64 CooldownMs = 1000;

} // namespace

class tst_CircuitBreaker : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_now = 10000; }
    void startsClosedAndLetsEverythingThrough();
    void opensAfterConsecutiveFailures_data();
    void opensAfterConsecutiveFailures();
    void failsFastWhileOpen();
    void halfOpenLetsOneProbeThrough();
    void successfulProbeCloses();
    void failedProbeReTrips();
    void lostProbeIsReplacedAfterACooldown();
    void lateAnswersWhileOpenChangeNothing();
    void thresholdZeroDisablesTheBreaker();
    void stateNames_data();
    void stateNames();

private:
    CircuitBreaker make(int threshold = Threshold)
    {
        return CircuitBreaker(threshold, CooldownMs, [this] { return m_now; });
    }
    void trip(CircuitBreaker &breaker)
    {
        for (int i = 0; i < Threshold; ++i) {
            QVERIFY(breaker.allow());
            breaker.recordFailure();
        }
        QCOMPARE(breaker.state(), State::Open);
    }

    qint64 m_now = 0;
};

void tst_CircuitBreaker::startsClosedAndLetsEverythingThrough()
{
    CircuitBreaker breaker = make();
    QCOMPARE(breaker.state(), State::Closed);
    for (int i = 0; i < 10; ++i)
        QVERIFY(breaker.allow());
    QCOMPARE(breaker.retryAfterMs(), qint64(0));
}

void tst_CircuitBreaker::opensAfterConsecutiveFailures_data()
{
    QTest::addColumn<QString>("outcomes");  // f = failure, s = success
    QTest::addColumn<bool>("open");
    QTest::newRow("three failures") << QStringLiteral("fff") << true;
    QTest::newRow("two failures") << QStringLiteral("ff") << false;
    QTest::newRow("success in between resets the count") << QStringLiteral("ffsff") << false;
    QTest::newRow("three after a success") << QStringLiteral("sfsfff") << true;
}

void tst_CircuitBreaker::opensAfterConsecutiveFailures()
{
    QFETCH(QString, outcomes);
    QFETCH(bool, open);
    CircuitBreaker breaker = make();
    for (const QChar outcome : outcomes) {
        QVERIFY(breaker.allow());
        outcome == QLatin1Char('f') ? breaker.recordFailure() : breaker.recordSuccess();
    }
    QCOMPARE(breaker.state(), open ? State::Open : State::Closed);
    QCOMPARE(breaker.tripCount(), qint64(open ? 1 : 0));
}

void tst_CircuitBreaker::failsFastWhileOpen()
{
    CircuitBreaker breaker = make();
    trip(breaker);
    m_now += CooldownMs - 1;
    QVERIFY(!breaker.allow());
    QVERIFY(!breaker.allow());
    QCOMPARE(breaker.rejectedCount(), qint64(2));
    QCOMPARE(breaker.retryAfterMs(), qint64(1));
}

void tst_CircuitBreaker::halfOpenLetsOneProbeThrough()
{
    CircuitBreaker breaker = make();
    trip(breaker);
    m_now += CooldownMs;
    QCOMPARE(breaker.state(), State::HalfOpen);
    QVERIFY(breaker.allow());    // the probe
    QVERIFY(!breaker.allow());   // everyone else waits for its verdict
    QVERIFY(!breaker.allow());
    QCOMPARE(breaker.state(), State::HalfOpen);
}

void tst_CircuitBreaker::successfulProbeCloses()
{
    CircuitBreaker breaker = make();
    trip(breaker);
    m_now += CooldownMs;
    QVERIFY(breaker.allow());
    breaker.recordSuccess();
    QCOMPARE(breaker.state(), State::Closed);
    QCOMPARE(breaker.consecutiveFailures(), 0);
    QVERIFY(breaker.allow());
    QVERIFY(breaker.allow());
    // Closed again means a full threshold of failures is needed to re-open.
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Closed);
}

void tst_CircuitBreaker::failedProbeReTrips()
{
    CircuitBreaker breaker = make();
    trip(breaker);
    m_now += CooldownMs;
    QVERIFY(breaker.allow());
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Open);
    QCOMPARE(breaker.tripCount(), qint64(2));
    // A whole new cool-down, counted from the failed probe.
    m_now += CooldownMs - 1;
    QVERIFY(!breaker.allow());
    m_now += 1;
    QVERIFY(breaker.allow());
    breaker.recordSuccess();
    QCOMPARE(breaker.state(), State::Closed);
}

void tst_CircuitBreaker::lostProbeIsReplacedAfterACooldown()
{
    CircuitBreaker breaker = make();
    trip(breaker);
    m_now += CooldownMs;
    QVERIFY(breaker.allow());  // this probe never reports back
    m_now += CooldownMs - 1;
    QVERIFY(!breaker.allow());
    m_now += 1;
    QVERIFY(breaker.allow());  // a new probe
    QVERIFY(!breaker.allow());
}

void tst_CircuitBreaker::lateAnswersWhileOpenChangeNothing()
{
    CircuitBreaker breaker = make();
    trip(breaker);
    breaker.recordSuccess();  // a request sent before the trip answered late
    QCOMPARE(breaker.state(), State::Open);
    m_now += CooldownMs / 2;
    breaker.recordFailure();  // does not extend the cool-down either
    m_now += CooldownMs / 2;
    QCOMPARE(breaker.state(), State::HalfOpen);
    QCOMPARE(breaker.tripCount(), qint64(1));
}

void tst_CircuitBreaker::thresholdZeroDisablesTheBreaker()
{
    CircuitBreaker breaker = make(0);
    for (int i = 0; i < 100; ++i) {
        QVERIFY(breaker.allow());
        breaker.recordFailure();
    }
    QCOMPARE(breaker.state(), State::Closed);
    QCOMPARE(breaker.tripCount(), qint64(0));
}

void tst_CircuitBreaker::stateNames_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("name");
    QTest::newRow("closed") << int(State::Closed) << QStringLiteral("closed");
    QTest::newRow("open") << int(State::Open) << QStringLiteral("open");
    QTest::newRow("half-open") << int(State::HalfOpen) << QStringLiteral("half_open");
}

void tst_CircuitBreaker::stateNames()
{
    QFETCH(int, state);
    QFETCH(QString, name);
    QCOMPARE(CircuitBreaker::stateName(State(state)), name);
}

QTEST_GUILESS_MAIN(tst_CircuitBreaker)
#include "tst_circuitbreaker.moc"
