// HttpClient with an UpstreamGuard against the fake upstream: retries of 5xx and network failures with
// backoff (never 4xx, never past the deadline), the per-service breaker seen through the fake's request
// counter (open → fail fast → one probe → re-trip → close), per-host slots, service routing and the
// /metrics and /stats views.
#include <QTest>

#include "core/net/deadline.h"
#include "core/net/httpclient.h"
#include "core/net/upstreamguard.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using Marquee::Net::Deadline;
using Marquee::Net::HttpClient;
using Marquee::Net::UpstreamGuard;
using Marquee::Net::UpstreamPolicy;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;

Q_DECLARE_METATYPE(Marquee::Tests::FakeFault)

namespace {

const QString Path = QStringLiteral("/3/movie/1001");

UpstreamPolicy policy(int retries, int threshold = 0)
{
    UpstreamPolicy p;
    p.retries = retries;
    p.backoffMs = 20;
    p.backoffCapMs = 100;
    p.breakerThreshold = threshold;
    p.breakerCooldownMs = 1000;
    p.maxPerHost = 4;
    return p;
}

} // namespace

class tst_UpstreamGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void retriesServerErrorsThenAnswers_data();
    void retriesServerErrorsThenAnswers();
    void clientErrorsAreNotRetried_data();
    void clientErrorsAreNotRetried();
    void retriesAreBounded();
    void retriesStopAtTheDeadline();
    void expiredDeadlineSendsNothing();
    void deadlineCutsAHang();
    void breakerOpensProbesReTripsAndCloses();
    void breakersArePerService();
    void hostSlotsAreBounded();
    void busyHostFailsAtTheDeadline();
    void breakerCountsCallsNotAttempts();
    void deadlineTimeoutsDoNotCountAgainstTheService();
    void serviceWithoutRetries();
    void serviceForPicksTheLongestPrefix_data();
    void serviceForPicksTheLongestPrefix();
    void backoffIsJitteredAndCapped();
    void snapshotAndExposition();

private:
    QUrl url(const QString &path = Path) const
    {
        return QUrl(m_fake.tmdbApiBase() + path.mid(2) + QStringLiteral("?api_key=test-tmdb-key"));
    }
    std::unique_ptr<UpstreamGuard> guard(const UpstreamPolicy &p)
    {
        auto made = std::make_unique<UpstreamGuard>(p, [this] { return m_now; });
        made->addService(QStringLiteral("tmdb"), m_fake.tmdbApiBase());
        made->addService(QStringLiteral("mdblist"), m_fake.mdbListApiBase());
        return made;
    }

    FakeUpstream m_fake;
    qint64 m_now = 0;
};

void tst_UpstreamGuard::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
}

void tst_UpstreamGuard::init()
{
    m_fake.reset();
    m_now = 1000000;
}

void tst_UpstreamGuard::retriesServerErrorsThenAnswers_data()
{
    QTest::addColumn<FakeFault>("fault");
    QTest::newRow("503 once") << FakeFault{.status = 503, .once = true};
    QTest::newRow("500 once") << FakeFault{.status = 500, .once = true};
    QTest::newRow("truncated body once") << FakeFault{.truncate = true, .once = true};
}

void tst_UpstreamGuard::retriesServerErrorsThenAnswers()
{
    QFETCH(FakeFault, fault);
    m_fake.setFault(Path, fault);
    auto g = guard(policy(2));
    HttpClient http(5000);
    http.setGuard(g.get());
    const auto response = http.get(url());
    QVERIFY2(response, qPrintable(response ? QString() : response.error().message));
    QCOMPARE(response->status, 200);
    QCOMPARE(m_fake.requestCount(Path), 2);
}

void tst_UpstreamGuard::clientErrorsAreNotRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("404") << 404;
    QTest::newRow("401") << 401;
    QTest::newRow("429") << 429;
}

void tst_UpstreamGuard::clientErrorsAreNotRetried()
{
    QFETCH(int, status);
    m_fake.setFault(Path, FakeFault{.status = status});
    auto g = guard(policy(3, 1));
    HttpClient http(5000);
    http.setGuard(g.get());
    const auto response = http.get(url());
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(m_fake.requestCount(Path), 1);
    // The service answered: a 4xx never counts against its breaker.
    QCOMPARE(g->breaker(QStringLiteral("tmdb")).state(), Net::CircuitBreaker::State::Closed);
}

void tst_UpstreamGuard::retriesAreBounded()
{
    m_fake.setFault(Path, FakeFault{.status = 502});
    auto g = guard(policy(2));
    HttpClient http(5000);
    http.setGuard(g.get());
    const auto response = http.get(url());
    QVERIFY(response);  // the last answer is handed over; the source decides what a 502 means
    QCOMPARE(response->status, 502);
    QCOMPARE(m_fake.requestCount(Path), 3);
}

void tst_UpstreamGuard::retriesStopAtTheDeadline()
{
    // Each attempt takes ~200 ms; ten retries would need over 2 s, the budget is 700 ms.
    m_fake.setFault(Path, FakeFault{.status = 503, .latencyMs = 200});
    auto g = guard(policy(10));
    HttpClient http(5000);
    http.setGuard(g.get());
    QElapsedTimer timer;
    timer.start();
    Result<Net::HttpResponse> response = fail(ErrorKind::Internal, QString());
    {
        const Deadline::Scope budget(700);
        response = http.get(url());
    }
    QVERIFY(timer.elapsed() < 5000);  // generous bound: the point is that it did not run 11 attempts
    const int attempts = m_fake.requestCount(Path);
    QVERIFY2(attempts >= 1 && attempts <= 4, qPrintable(QString::number(attempts)));
    if (response)
        QCOMPARE(response->status, 503);
    else
        QCOMPARE(response.error().kind, ErrorKind::UpstreamTimeout);
}

void tst_UpstreamGuard::expiredDeadlineSendsNothing()
{
    auto g = guard(policy(2));
    HttpClient http(5000);
    http.setGuard(g.get());
    const Deadline::Scope budget(1);
    QTRY_VERIFY(Deadline::expired());
    const auto response = http.get(url());
    QVERIFY(!response);
    QCOMPARE(response.error().kind, ErrorKind::UpstreamTimeout);
    QCOMPARE(response.error().message, QStringLiteral("Upstream did not answer within the deadline"));
    QCOMPARE(m_fake.requestCount(Path), 0);

    HttpClient plain(5000);  // without a guard the deadline holds just the same
    QVERIFY(!plain.get(url()));
    QCOMPARE(m_fake.requestCount(Path), 0);
}

void tst_UpstreamGuard::deadlineCutsAHang()
{
    m_fake.setFault(Path, FakeFault{.hang = true});
    auto g = guard(policy(0));
    HttpClient http(20000);
    http.setGuard(g.get());
    QElapsedTimer timer;
    timer.start();
    const Deadline::Scope budget(300);
    const auto response = http.get(url());
    QVERIFY(!response);
    QCOMPARE(response.error().kind, ErrorKind::UpstreamTimeout);
    QVERIFY(timer.elapsed() < 10000);  // generous: far below the 20 s socket timeout
}

void tst_UpstreamGuard::breakerOpensProbesReTripsAndCloses()
{
    m_fake.setFault(Path, FakeFault{.status = 503});
    auto g = guard(policy(0, 3));
    HttpClient http(5000);
    http.setGuard(g.get());
    auto &breaker = g->breaker(QStringLiteral("tmdb"));

    for (int i = 0; i < 3; ++i)
        QCOMPARE(http.get(url())->status, 503);
    QCOMPARE(m_fake.requestCount(Path), 3);
    QCOMPARE(breaker.state(), Net::CircuitBreaker::State::Open);

    // Open: calls stop reaching the upstream and fail fast with a 503 of our own.
    for (int i = 0; i < 5; ++i) {
        const auto rejected = http.get(url());
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().kind, ErrorKind::UpstreamStatus);
        QCOMPARE(rejected.error().upstreamStatus, 503);
        QCOMPARE(rejected.error().message, QStringLiteral("Upstream temporarily unavailable (circuit open)"));
        QVERIFY(rejected.error().retryAfterSeconds >= 1);
    }
    QCOMPARE(m_fake.requestCount(Path), 3);

    // After the cool-down one probe goes out; it fails, so the breaker re-trips.
    m_now += 1000;
    QCOMPARE(http.get(url())->status, 503);
    QCOMPARE(m_fake.requestCount(Path), 4);
    QCOMPARE(breaker.state(), Net::CircuitBreaker::State::Open);
    QVERIFY(!http.get(url()));
    QCOMPARE(m_fake.requestCount(Path), 4);

    // The upstream recovers; the next probe succeeds and closes the breaker.
    m_fake.clearFaults();
    m_now += 1000;
    QCOMPARE(http.get(url())->status, 200);
    QCOMPARE(breaker.state(), Net::CircuitBreaker::State::Closed);
    QCOMPARE(http.get(url())->status, 200);
    QCOMPARE(m_fake.requestCount(Path), 6);
    QCOMPARE(breaker.tripCount(), qint64(2));
}

void tst_UpstreamGuard::breakersArePerService()
{
    m_fake.setFault(Path, FakeFault{.status = 500});
    auto g = guard(policy(0, 2));
    HttpClient http(5000);
    http.setGuard(g.get());
    http.get(url());
    http.get(url());
    QVERIFY(!http.get(url()));  // TMDB is open
    const QUrl mdblist(m_fake.mdbListApiBase() + QStringLiteral("/imdb/movie/tt0000001?apikey=test-mdblist-key"));
    const auto other = http.get(mdblist);
    QVERIFY(other);
    QCOMPARE(other->status, 200);
    QCOMPARE(g->breaker(QStringLiteral("mdblist")).state(), Net::CircuitBreaker::State::Closed);
}

void tst_UpstreamGuard::hostSlotsAreBounded()
{
    UpstreamPolicy p = policy(0);
    p.maxPerHost = 2;
    auto g = guard(p);
    auto first = g->acquireHost(url(), 0);
    auto second = g->acquireHost(url(), 0);
    QVERIFY(first && second);
    QVERIFY(!g->acquireHost(url(), 20));
    QVERIFY(g->acquireHost(QUrl(QStringLiteral("http://127.0.0.2:1/x")), 0));  // another host is not affected
    first.reset();
    QVERIFY(g->acquireHost(url(), 0));
}

void tst_UpstreamGuard::busyHostFailsAtTheDeadline()
{
    UpstreamPolicy p = policy(0);
    p.maxPerHost = 1;
    auto g = guard(p);
    HttpClient http(20000);
    http.setGuard(g.get());
    auto held = g->acquireHost(url(), 0);  // a request of another title hangs on this host
    QVERIFY(held);
    const Deadline::Scope budget(200);
    const auto response = http.get(url());
    QVERIFY(!response);
    QCOMPARE(response.error().kind, ErrorKind::UpstreamTimeout);
    QCOMPARE(response.error().message, QStringLiteral("Too many upstream requests in flight to this host"));
    QCOMPARE(m_fake.requestCount(Path), 0);
}

void tst_UpstreamGuard::breakerCountsCallsNotAttempts()
{
    // One title failing with retries must not trip the whole service: 2 calls × 3 attempts < 3 calls.
    m_fake.setFault(Path, FakeFault{.status = 500});
    auto g = guard(policy(2, 3));
    HttpClient http(5000);
    http.setGuard(g.get());
    http.get(url());
    http.get(url());
    QCOMPARE(m_fake.requestCount(Path), 6);
    QCOMPARE(g->breaker(QStringLiteral("tmdb")).state(), Net::CircuitBreaker::State::Closed);
    http.get(url());
    QCOMPARE(g->breaker(QStringLiteral("tmdb")).state(), Net::CircuitBreaker::State::Open);

    // The half-open probe is a single request: no retries while the service is on trial.
    m_now += 1000;
    QCOMPARE(http.get(url())->status, 500);
    QCOMPARE(m_fake.requestCount(Path), 10);
}

void tst_UpstreamGuard::deadlineTimeoutsDoNotCountAgainstTheService()
{
    m_fake.setFault(Path, FakeFault{.latencyMs = 500});
    auto g = guard(policy(0, 1));
    HttpClient http(5000);
    http.setGuard(g.get());
    {
        const Deadline::Scope budget(50);
        const auto cut = http.get(url());
        QVERIFY(!cut);
        QCOMPARE(cut.error().kind, ErrorKind::UpstreamTimeout);
    }
    QCOMPARE(g->breaker(QStringLiteral("tmdb")).state(), Net::CircuitBreaker::State::Closed);
    // Its own timeout, though, is the service being slow.
    HttpClient impatient(50);
    impatient.setGuard(g.get());
    QVERIFY(!impatient.get(url()));
    QCOMPARE(g->breaker(QStringLiteral("tmdb")).state(), Net::CircuitBreaker::State::Open);
}

void tst_UpstreamGuard::serviceWithoutRetries()
{
    m_fake.setFault(QStringLiteral("/mdblist"), FakeFault{.status = 503});
    auto g = guard(policy(3));
    g->addService(QStringLiteral("quality"), m_fake.mdbListApiBase() + QStringLiteral("/x"), false);
    HttpClient http(5000);
    http.setGuard(g.get());
    QCOMPARE(http.get(QUrl(m_fake.mdbListApiBase() + QStringLiteral("/x")))->status, 503);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/mdblist")), 1);
    QCOMPARE(g->retriesFor(QStringLiteral("quality")), 0);
    QCOMPARE(g->retriesFor(QStringLiteral("tmdb")), 3);
}

void tst_UpstreamGuard::serviceForPicksTheLongestPrefix_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("service");
    QTest::newRow("api") << QStringLiteral("https://api.themoviedb.org/3/movie/1") << QStringLiteral("tmdb");
    QTest::newRow("images") << QStringLiteral("https://image.tmdb.org/t/p/w500/a.jpg") << QStringLiteral("tmdb_images");
    QTest::newRow("nested base wins") << QStringLiteral("http://127.0.0.1:9/mdblist/imdb/movie/tt1")
                                      << QStringLiteral("mdblist");
    QTest::newRow("same host, other path") << QStringLiteral("http://127.0.0.1:9/3/movie/1") << QStringLiteral("local");
    QTest::newRow("unknown") << QStringLiteral("https://example.org/x") << QStringLiteral("other");
}

void tst_UpstreamGuard::serviceForPicksTheLongestPrefix()
{
    QFETCH(QString, url);
    QFETCH(QString, service);
    UpstreamGuard g;
    g.addService(QStringLiteral("tmdb"), QStringLiteral("https://api.themoviedb.org/3"));
    g.addService(QStringLiteral("tmdb_images"), QStringLiteral("https://image.tmdb.org/t/p"));
    g.addService(QStringLiteral("local"), QStringLiteral("http://127.0.0.1:9"));
    g.addService(QStringLiteral("mdblist"), QStringLiteral("http://127.0.0.1:9/mdblist"));
    QCOMPARE(g.serviceFor(QUrl(url)), service);
}

void tst_UpstreamGuard::backoffIsJitteredAndCapped()
{
    UpstreamPolicy p;
    p.backoffMs = 400;
    p.backoffCapMs = 1000;
    UpstreamGuard g(p);
    for (int i = 0; i < 50; ++i) {
        const int first = g.backoffMs(0);
        QVERIFY2(first >= 300 && first <= 500, qPrintable(QString::number(first)));
        const int second = g.backoffMs(1);
        QVERIFY2(second >= 600 && second <= 1000, qPrintable(QString::number(second)));
        const int capped = g.backoffMs(8);
        QVERIFY2(capped >= 750 && capped <= 1250, qPrintable(QString::number(capped)));
    }
}

void tst_UpstreamGuard::snapshotAndExposition()
{
    m_fake.setFault(Path, FakeFault{.status = 503});
    auto g = guard(policy(0, 1));
    HttpClient http(5000);
    http.setGuard(g.get());
    http.get(url());
    http.get(url());  // fails fast

    const QJsonObject tmdb = g->snapshot().value(QStringLiteral("tmdb")).toObject();
    QCOMPARE(tmdb.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(tmdb.value(QStringLiteral("trips")).toInteger(), 1);
    QCOMPARE(tmdb.value(QStringLiteral("calls")).toObject().value(QStringLiteral("5xx")).toInteger(), 1);
    QCOMPARE(tmdb.value(QStringLiteral("calls")).toObject().value(QStringLiteral("circuit_open")).toInteger(), 1);
    QCOMPARE(g->snapshot().value(QStringLiteral("mdblist")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("closed"));

    const QByteArray text = g->exposition();
    QVERIFY(text.contains("# TYPE marquee_upstream_breaker_state gauge\n"));
    QVERIFY(text.contains("marquee_upstream_breaker_state{service=\"tmdb\"} 2\n"));
    QVERIFY(text.contains("marquee_upstream_breaker_state{service=\"mdblist\"} 0\n"));
    QVERIFY(text.contains("marquee_upstream_calls_total{service=\"tmdb\",status=\"5xx\"} 1\n"));
    QVERIFY(text.contains("marquee_upstream_calls_total{service=\"tmdb\",status=\"circuit_open\"} 1\n"));
    QVERIFY(!text.contains("test-tmdb-key"));
}

QTEST_GUILESS_MAIN(tst_UpstreamGuard)
#include "tst_upstreamguard.moc"
