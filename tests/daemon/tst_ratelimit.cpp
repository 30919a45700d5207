// RATE_LIMIT_RPS through the running daemon (reference §1.2 step 2, §1.3, §1.6): per-tenant /poster
// buckets, the shared "preset" bucket of /p, per-key buckets of the TMDB proxy, and "off" at 0.
// The budget is charged right after the access gate, so cheap 400 requests exercise it without
// rendering. Few quick requests span at most two 1-second windows: with a limit of 1, four of them
// always contain a 429, and a bucket's first request is always allowed — no timing assumptions.
#include <QTest>

#include "daemon/http/ratelimiter.h"
#include "tests/daemon/daemonharness.h"
#include "tests/fakeupstream/fakeupstream.h"

using Marquee::Http::RateLimiter;
using Marquee::Tests::DaemonHarness;
using Marquee::Tests::FakeUpstream;
using Marquee::Tests::HttpReply;

namespace {

const QString TenantA = QStringLiteral("tenant-a-key");
const QString TenantB = QStringLiteral("tenant-b-key");
const QString Limited = QStringLiteral("Rate limit exceeded (1 req/s)");
constexpr int Burst = 4;

// Invalid type: answered 400 right after the budget is charged.
QString cheapPoster(const QString &keyParam = QString())
{
    QString path = QStringLiteral("/poster?tmdb_id=1001&type=bogus");
    if (!keyParam.isEmpty())
        path += QLatin1Char('&') + keyParam;
    return path;
}

const QString CheapPreset = QStringLiteral("/p/bar_notch/movie/tt0000001.jpg?shape=bogus");

} // namespace

class tst_RateLimit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tenantOfAQuery_data();
    void tenantOfAQuery();
    void keyBucketIsSha256Prefix();
    void posterTenantsAreIndependent_data();
    void posterTenantsAreIndependent();
    void presetBucketIsShared();
    void proxyKeyBucket();
    void offByDefault();

private:
    void start(int rateLimitRps);
    // Sends `count` requests back to back and returns how many were 429 (with Retry-After: 1 and the
    // reference's message); -1 when any answer is neither that nor `otherwiseStatus`.
    int burst(const QString &path, int count, int otherwiseStatus);

    DaemonHarness m_harness;
    FakeUpstream m_fake;
};

void tst_RateLimit::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
}

void tst_RateLimit::start(int rateLimitRps)
{
    auto settings = m_harness.baseSettings();
    settings.libraryDirs = {};
    settings.tmdbApiBase = m_fake.tmdbApiBase();
    settings.tmdbApiKey = QStringLiteral("test-tmdb-key");
    settings.presetEnabled = true;
    settings.rateLimitRps = rateLimitRps;
    settings.anonymousTmdbRps = 0;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
}

int tst_RateLimit::burst(const QString &path, int count, int otherwiseStatus)
{
    QList<HttpReply> replies;
    for (int i = 0; i < count; ++i)
        replies.append(m_harness.get(path));
    int limited = 0;
    for (const HttpReply &reply : replies) {
        if (reply.status == 429 && reply.header("retry-after") == "1" && reply.detail() == Limited) {
            ++limited;
        } else if (reply.status != otherwiseStatus) {
            qWarning("unexpected answer: %s", qPrintable(reply.describe()));
            return -1;
        }
    }
    return limited;
}

void tst_RateLimit::tenantOfAQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("tenant");
    const QString hashA = RateLimiter::keyBucket(TenantA);
    QTest::newRow("tmdb key") << QStringLiteral("tmdb_key=") + TenantA << hashA;
    QTest::newRow("tmdb key wins over mdblist key")
        << QStringLiteral("mdblist_key=other&tmdb_key=") + TenantA << hashA;
    QTest::newRow("mdblist key") << QStringLiteral("mdblist_key=") + TenantA << hashA;
    QTest::newRow("no key") << QStringLiteral("tmdb_id=1") << QStringLiteral("operator");
    QTest::newRow("empty key") << QStringLiteral("tmdb_key=") << QStringLiteral("operator");
}

void tst_RateLimit::tenantOfAQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, tenant);
    QCOMPARE(RateLimiter::posterTenant(QUrlQuery(query)), tenant);
}

void tst_RateLimit::keyBucketIsSha256Prefix()
{
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223…
    QCOMPARE(RateLimiter::keyBucket(QStringLiteral("abc")), QStringLiteral("ba7816bf8f01cfea"));
    QVERIFY(RateLimiter::keyBucket(TenantA) != RateLimiter::keyBucket(TenantB));
}

void tst_RateLimit::posterTenantsAreIndependent_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("two tmdb keys") << QStringLiteral("tmdb_key=") + TenantA << QStringLiteral("tmdb_key=") + TenantB;
    QTest::newRow("tmdb key, then mdblist key") << QStringLiteral("tmdb_key=") + TenantA
                                                << QStringLiteral("mdblist_key=") + TenantB;
    QTest::newRow("operator, then a tmdb key") << QString() << QStringLiteral("tmdb_key=") + TenantB;
}

void tst_RateLimit::posterTenantsAreIndependent()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    start(1);
    const int limited = burst(cheapPoster(first), Burst, 400);
    QVERIFY2(limited >= 1, "four back-to-back requests at 1 req/s must contain a 429");
    // The other tenant's bucket is untouched: its first request passes the budget.
    const HttpReply other = m_harness.get(cheapPoster(second));
    QVERIFY2(other.status == 400, qPrintable(other.describe()));
    // /p has a bucket of its own.
    const HttpReply preset = m_harness.get(CheapPreset);
    QVERIFY2(preset.status == 400, qPrintable(preset.describe()));
}

void tst_RateLimit::presetBucketIsShared()
{
    start(1);
    // Different titles and shapes, one bucket.
    QList<HttpReply> replies;
    for (int i = 0; i < Burst; ++i)
        replies.append(m_harness.get(QStringLiteral("/p/bar_notch/movie/tt000000%1.jpg?shape=bogus").arg(i + 1)));
    int limited = 0;
    for (const HttpReply &reply : replies) {
        if (reply.status == 429) {
            ++limited;
            QCOMPARE(reply.header("retry-after"), QByteArray("1"));
            QCOMPARE(reply.detail(), Limited);
        } else {
            QVERIFY2(reply.status == 400, qPrintable(reply.describe()));
        }
    }
    QVERIFY(limited >= 1);
    // /poster's operator tenant is a different bucket.
    const HttpReply poster = m_harness.get(cheapPoster());
    QVERIFY2(poster.status == 400, qPrintable(poster.describe()));
}

void tst_RateLimit::proxyKeyBucket()
{
    start(1);
    const int limited = burst(QStringLiteral("/search?q=Neon&tmdb_key=test-tmdb-key"), Burst, 200);
    QVERIFY2(limited >= 1, "four back-to-back searches with one key at 1 req/s must contain a 429");
    // Anonymous callers have their own (here unlimited) bucket.
    const HttpReply anonymous = m_harness.get(QStringLiteral("/search?q=Neon"));
    QVERIFY2(anonymous.status == 200, qPrintable(anonymous.describe()));
}

void tst_RateLimit::offByDefault()
{
    start(0);
    QCOMPARE(burst(cheapPoster(QStringLiteral("tmdb_key=") + TenantA), 8, 400), 0);
    QCOMPARE(burst(CheapPreset, 8, 400), 0);
    QCOMPARE(burst(QStringLiteral("/search?q=Neon&tmdb_key=test-tmdb-key"), 8, 200), 0);
}

QTEST_MAIN(tst_RateLimit)
#include "tst_ratelimit.moc"
