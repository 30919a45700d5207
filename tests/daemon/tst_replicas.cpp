// Two marqueed PROCESSES sharing PostgreSQL, Redis and S3 (and the fake upstream), as replicas behind a
// load balancer (issue 5 "Done when"): a poster rendered through one is served by the other from the
// shared cache without an upstream call and with the same ETag; a tenant's RATE_LIMIT_RPS budget is
// shared (a burst spread over both gets 429 beyond it); the cache prune runs on exactly one replica
// (under its Redis lease), and the other takes over once the leader shuts down and releases it.
#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include "core/coordination/redisconnectionpool.h"
#include "core/coordination/redisendpoint.h"
#include "core/storage/storagefactory.h"
#include "tests/daemon/backendservers.h"
#include "tests/daemon/httptestclient.h"
#include "tests/daemon/marqueedprocess.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using Marquee::Tests::BackendChoice;
using Marquee::Tests::BackendServers;
using Marquee::Tests::FakeUpstream;
using Marquee::Tests::HttpReply;
using Marquee::Tests::HttpTestClient;
using Marquee::Tests::MarqueedProcess;

namespace {

const QString AccessKey = QStringLiteral("replica-access-key");
constexpr int RateLimit = 5;
const QString Prefix = QStringLiteral("replicas");
const QByteArray PruneLine("cache prune removed");

QString posterPath(int tmdbId, const QString &imdbId)
{
    return QStringLiteral("/poster?tmdb_id=%1&imdb_id=%2&type=movie&access_key=%3").arg(tmdbId).arg(imdbId, AccessKey);
}

} // namespace

class tst_Replicas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void posterRenderedByOneIsServedByTheOther();
    void presetRenderedByOneIsServedByTheOther();
    void rateLimitIsShared();
    void onlyOneReplicaPrunes();

private:
    QProcessEnvironment environment(const QString &name) const;

    QTemporaryDir m_dir;
    FakeUpstream m_fake;
    BackendServers m_servers;
    Config::ServerSettings m_shared;
    HttpTestClient m_http;
    MarqueedProcess m_a{QStringLiteral(MARQUEED_PATH)};
    MarqueedProcess m_b{QStringLiteral(MARQUEED_PATH)};
};

QProcessEnvironment tst_Replicas::environment(const QString &name) const
{
    QProcessEnvironment env = MarqueedProcess::cleanEnvironment(m_dir.filePath(name));
    BackendServers::exportTo(m_shared, env);
    env.insert(QStringLiteral("TMDB_API_KEY"), QStringLiteral("test-tmdb-key"));
    env.insert(QStringLiteral("MDBLIST_API_KEY"), QStringLiteral("test-mdblist-key"));
    env.insert(QStringLiteral("TMDB_API_BASE"), m_fake.tmdbApiBase());
    env.insert(QStringLiteral("TMDB_IMAGE_BASE"), m_fake.tmdbImageBase());
    env.insert(QStringLiteral("MDBLIST_API_BASE"), m_fake.mdbListApiBase());
    env.insert(QStringLiteral("ACCESS_KEY"), AccessKey);
    env.insert(QStringLiteral("RATE_LIMIT_RPS"), QString::number(RateLimit));
    env.insert(QStringLiteral("CACHE_PRUNE_INTERVAL_SEC"), QStringLiteral("1"));
    env.insert(QStringLiteral("CACHE_PRUNE_START_DELAY_SEC"), QStringLiteral("0"));
    return env;
}

void tst_Replicas::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fake.startInThread() != 0);
    const BackendChoice all{true, true, true};
    bool missing = false;
    if (const QString why = m_servers.ensure(all, &missing); !why.isEmpty()) {
        if (missing)
            QSKIP(qPrintable(why));
        QFAIL(qPrintable(why));
    }
    QString error;
    QVERIFY2(m_servers.apply(all, Prefix, m_shared, &error), qPrintable(error));
    QVERIFY2(m_a.start(environment(QStringLiteral("a"))), qPrintable(m_a.errorString()));
    QVERIFY2(m_b.start(environment(QStringLiteral("b"))), qPrintable(m_b.errorString()));
    QVERIFY(m_a.port() != m_b.port());
}

void tst_Replicas::posterRenderedByOneIsServedByTheOther()
{
    const QString path = posterPath(1003, QStringLiteral("tt0000004"));
    const HttpReply rendered = m_http.get(m_a.url(path));
    QVERIFY2(rendered.status == 200 && rendered.hasHeader("etag"), qPrintable(rendered.describe()));
    const int upstreamCalls = m_fake.requestCount();
    QVERIFY(upstreamCalls > 0);

    const HttpReply shared = m_http.get(m_b.url(path));
    QVERIFY2(shared.status == 200, qPrintable(shared.describe()));
    QCOMPARE(shared.header("etag"), rendered.header("etag"));
    QCOMPARE(shared.body, rendered.body);
    const HttpReply revalidated = m_http.get(m_b.url(path), {{QByteArrayLiteral("If-None-Match"), rendered.header("etag")}});
    QVERIFY2(revalidated.status == 304, qPrintable(revalidated.describe()));
    QCOMPARE(m_fake.requestCount(), upstreamCalls);
}

void tst_Replicas::presetRenderedByOneIsServedByTheOther()
{
    const QString path = QStringLiteral("/p/clean_notch/movie/tt0000005.jpg");
    // /p answers at once and keeps the poster out of the shared cache until A's background rating
    // fetch has landed; ask A until its composite row is in PostgreSQL.
    auto storage = Storage::openStorage(m_shared.databaseUrl, QString());
    if (!storage)
        QFAIL(qPrintable(storage.error().message));
    const auto stored = [&storage] {
        const auto rows = (*storage)->compositesWithPrefix(QStringLiteral("tt0000005:"));
        return rows && !rows->isEmpty();
    };
    QVERIFY(QTest::qWaitFor(
        [&] {
            const HttpReply reply = m_http.get(m_a.url(path));
            if (reply.status != 200)
                qWarning().noquote() << reply.describe();
            if (stored())
                return true;
            QTest::qWait(400);  // stay well inside the preset bucket's RATE_LIMIT_RPS
            return false;
        },
        30000));
    const HttpReply rendered = m_http.get(m_a.url(path));
    QVERIFY2(rendered.status == 200 && rendered.hasHeader("etag"), qPrintable(rendered.describe()));

    const int upstreamCalls = m_fake.requestCount();
    const HttpReply shared = m_http.get(m_b.url(path));
    QVERIFY2(shared.status == 200, qPrintable(shared.describe()));
    QCOMPARE(shared.header("etag"), rendered.header("etag"));
    QCOMPARE(shared.body, rendered.body);
    QCOMPARE(m_fake.requestCount(), upstreamCalls);
}

void tst_Replicas::rateLimitIsShared()
{
    const QString path = posterPath(1003, QStringLiteral("tt0000004"));   // cached on both by now
    QList<QUrl> burst;
    for (int i = 0; i < 6; ++i)
        burst << m_a.url(path) << m_b.url(path);
    // Fixed one-second windows: fire the burst early in a second, and try again when it straddled two
    // windows (a loaded machine), where up to twice the budget may pass legitimately.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QTest::qWait(int(1000 - QDateTime::currentMSecsSinceEpoch() % 1000) + 20);
        const qint64 second = QDateTime::currentMSecsSinceEpoch() / 1000;
        const QList<HttpReply> replies = m_http.getAll(burst);
        if (QDateTime::currentMSecsSinceEpoch() / 1000 != second)
            continue;
        int passed = 0;
        int limitedOnA = 0;
        int limitedOnB = 0;
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const HttpReply &reply = replies.at(i);
            QVERIFY2(reply.status == 200 || reply.status == 429, qPrintable(reply.describe()));
            if (reply.status == 200)
                ++passed;
            else {
                QVERIFY(reply.hasHeader("retry-after"));
                ++(i % 2 == 0 ? limitedOnA : limitedOnB);
            }
        }
        // Separate budgets would let 2 × RATE_LIMIT_RPS through; the shared one lets exactly one budget.
        QCOMPARE(passed, RateLimit);
        QVERIFY(limitedOnA > 0 && limitedOnB > 0);
        return;
    }
    QFAIL("every burst straddled a one-second window; the machine is too loaded to tell");
}

void tst_Replicas::onlyOneReplicaPrunes()
{
    // CACHE_PRUNE_INTERVAL_SEC=1: the leader prunes every second, the other replica never does.
    QTest::qWait(3500);
    const int runsA = int(m_a.standardError().count(PruneLine));
    const int runsB = int(m_b.standardError().count(PruneLine));
    QVERIFY2((runsA >= 2 && runsB == 0) || (runsB >= 2 && runsA == 0),
             qPrintable(QStringLiteral("prune runs: A %1, B %2").arg(runsA).arg(runsB)));
    Coordination::RedisConnectionPool raw(*Coordination::RedisEndpoint::parse(m_servers.redis().url()), {});
    const QByteArray lease = (Prefix + QStringLiteral(":lease:cache-prune")).toUtf8();
    const auto exists = raw.command({QByteArrayLiteral("EXISTS"), lease});
    QVERIFY(exists.has_value());
    QCOMPARE(exists->integer, 1);

    // The leader shuts down (releasing its lease): the follower takes the job over.
    MarqueedProcess &leader = runsA > 0 ? m_a : m_b;
    MarqueedProcess &follower = runsA > 0 ? m_b : m_a;
    QVERIFY(leader.terminate());
    QVERIFY2(leader.standardError().contains("released its lease"), leader.standardError().right(2000).constData());
    QTRY_VERIFY_WITH_TIMEOUT(follower.standardError().count(PruneLine) >= 2, 15000);
    QVERIFY(follower.terminate());
}

QTEST_MAIN(tst_Replicas)
#include "tst_replicas.moc"
