// Backend and upstream faults under load (issue 5 "Done when"), on PostgreSQL + Redis + S3 with the
// fake upstream; clients keep requesting posters and /live throughout each fault:
//   PostgreSQL stopped → /ready 503 naming storage, /live 200, posters in RAM still served;
//   Redis stopped      → posters still served, also fresh renders (coordination fails open);
//   S3 stopped         → fresh renders answered inline, posters in RAM still served;
//   TMDB answering 503 → the breaker opens and the expired posters are served stale.
// After each (server back, DELETE_GRACE_SECONDS=1 passed, daemon shut down so due deletes are drained)
// every composite row names an existing blob and every blob in the bucket prefix belongs to a row.
#include <QDateTime>
#include <QTest>

#include "core/storage/storage.h"
#include "core/storage/storagefactory.h"
#include "tests/daemon/backendservers.h"
#include "tests/daemon/daemonharness.h"
#include "tests/daemon/loadgenerator.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using Marquee::Tests::BackendChoice;
using Marquee::Tests::BackendServers;
using Marquee::Tests::DaemonHarness;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;
using Marquee::Tests::HttpReply;
using Marquee::Tests::LoadGenerator;

namespace {

const QString AccessKey = QStringLiteral("fault-access-key");
constexpr int Clients = 4;
constexpr int LoadMs = 1500;

QString poster(int tmdbId, const QString &imdbId)
{
    return QStringLiteral("/poster?tmdb_id=%1&imdb_id=%2&type=movie&access_key=%3").arg(tmdbId).arg(imdbId, AccessKey);
}

const QString PosterA = poster(1001, QStringLiteral("tt0000001"));
const QString PosterB = poster(1002, QStringLiteral("tt0000002"));
const QString PosterC = poster(1003, QStringLiteral("tt0000004"));

} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void postgresStopped();
    void redisStopped();
    void s3Stopped();
    void upstreamFailing();

private:
    void start(const QString &name, Config::ServerSettings *settings = nullptr);
    void warm(const QStringList &paths);
    void expectOnly200(const LoadGenerator &load);
    // The row/blob check once the daemon is gone (its due deletes drained).
    void verifyConsistent();

    DaemonHarness m_harness;
    FakeUpstream m_fake;
    BackendServers m_servers;
    Config::ServerSettings m_settings;
};

void tst_Faults::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
    bool missing = false;
    if (const QString why = m_servers.ensure(BackendChoice{true, true, true}, &missing); !why.isEmpty()) {
        if (missing)
            QSKIP(qPrintable(why));
        QFAIL(qPrintable(why));
    }
}

void tst_Faults::cleanup()
{
    m_harness.stop();
    m_fake.reset();
    // A failed test must not leave a server down for the next one.
    if (!m_servers.postgres().isRunning())
        QVERIFY2(m_servers.postgres().start(), qPrintable(m_servers.postgres().errorString()));
    if (!m_servers.redis().isRunning())
        QVERIFY2(m_servers.redis().start(), qPrintable(m_servers.redis().errorString()));
    if (!m_servers.s3().isRunning())
        QVERIFY2(m_servers.s3().start(), qPrintable(m_servers.s3().errorString()));
}

void tst_Faults::start(const QString &name, Config::ServerSettings *tweaked)
{
    Config::ServerSettings settings = tweaked ? *tweaked : m_harness.baseSettings();
    settings.cacheDir = m_harness.dir() + QStringLiteral("/cache-") + name;
    settings.libraryDirs = {};
    settings.tmdbApiBase = m_fake.tmdbApiBase();
    settings.tmdbImageBase = m_fake.tmdbImageBase();
    settings.mdblistApiBase = m_fake.mdbListApiBase();
    settings.tmdbApiKey = QStringLiteral("test-tmdb-key");
    settings.mdblistApiKeys = {QStringLiteral("test-mdblist-key")};
    settings.accessKey = AccessKey;
    settings.deleteGraceSeconds = 1;
    settings.upstreamTimeoutMs = 5000;
    settings.upstreamDeadlineMs = 5000;
    QString error;
    QVERIFY2(m_servers.apply(BackendChoice{true, true, true}, name, settings, &error), qPrintable(error));
    m_settings = settings;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
}

void tst_Faults::warm(const QStringList &paths)
{
    for (const QString &path : paths) {
        const HttpReply reply = m_harness.get(path);
        QVERIFY2(reply.status == 200 && reply.hasHeader("etag"), qPrintable(reply.describe()));
    }
}

void tst_Faults::expectOnly200(const LoadGenerator &load)
{
    QVERIFY2(load.answered() > Clients, qPrintable(QString::number(load.answered())));
    const QStringList unexpected = load.unexpected({200});
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
}

void tst_Faults::verifyConsistent()
{
    QTest::qWait(1100);   // DELETE_GRACE_SECONDS=1: superseded blobs are due now
    m_harness.stop();     // the composite cache drains due deletes as it goes
    auto storage = Storage::openStorage(m_settings.databaseUrl, QString());
    if (!storage)
        QFAIL(qPrintable(storage.error().message));
    const QStringList problems = m_servers.inconsistencies(**storage, m_settings);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Faults::postgresStopped()
{
    start(QStringLiteral("faults_postgres"));
    warm({PosterA, PosterB});
    LoadGenerator load({m_harness.url(PosterA), m_harness.url(PosterB), m_harness.url(QStringLiteral("/live"))}, Clients);
    load.start();

    m_servers.postgres().stop();
    const HttpReply ready = m_harness.get(QStringLiteral("/ready"));
    QVERIFY2(ready.status == 503, qPrintable(ready.describe()));
    QVERIFY2(ready.detail().contains(QLatin1String("storage")), qPrintable(ready.describe()));
    QCOMPARE(ready.json().value(QStringLiteral("storage")).toObject().value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(m_harness.get(QStringLiteral("/live")).status, 200);
    const HttpReply cached = m_harness.get(PosterA);
    QVERIFY2(cached.status == 200, qPrintable(cached.describe()));
    QCOMPARE(cached.header("content-type"), QByteArray("image/jpeg"));
    QTest::qWait(LoadMs);
    load.stop();
    expectOnly200(load);

    QVERIFY2(m_servers.postgres().start(), qPrintable(m_servers.postgres().errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_harness.get(QStringLiteral("/ready")).status, 200, 30000);
    warm({PosterC});   // writes rows again once PostgreSQL is back
    verifyConsistent();
}

void tst_Faults::redisStopped()
{
    Config::ServerSettings settings = m_harness.baseSettings();
    settings.rateLimitRps = 100000;   // every poster request asks Redis for its rate window
    start(QStringLiteral("faults_redis"), &settings);
    warm({PosterA});
    LoadGenerator load({m_harness.url(PosterA), m_harness.url(QStringLiteral("/live"))}, Clients);
    load.start();

    m_servers.redis().kill();
    const HttpReply fresh = m_harness.get(PosterB);   // a render, claimed through the dead Redis
    QVERIFY2(fresh.status == 200 && fresh.hasHeader("etag"), qPrintable(fresh.describe()));
    const HttpReply ready = m_harness.get(QStringLiteral("/ready"));
    QVERIFY2(ready.status == 200, qPrintable(ready.describe()));   // fail-open: still in rotation
    QCOMPARE(ready.json().value(QStringLiteral("coordinator")).toObject().value(QStringLiteral("fail_open")),
             QJsonValue(true));
    QTest::qWait(LoadMs);
    load.stop();
    expectOnly200(load);

    QVERIFY2(m_servers.redis().start(), qPrintable(m_servers.redis().errorString()));
    verifyConsistent();
}

void tst_Faults::s3Stopped()
{
    start(QStringLiteral("faults_s3"));
    warm({PosterA});
    LoadGenerator load({m_harness.url(PosterA), m_harness.url(QStringLiteral("/live"))}, Clients);
    load.start();

    m_servers.s3().stop();
    // A render whose blob cannot be written is still answered, inline; no row is left for it.
    const HttpReply fresh = m_harness.get(PosterB);
    QVERIFY2(fresh.status == 200, qPrintable(fresh.describe()));
    QCOMPARE(fresh.header("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(fresh.image().size(), QSize(500, 750));
    QTest::qWait(LoadMs);
    load.stop();
    expectOnly200(load);

    QVERIFY2(m_servers.s3().start(), qPrintable(m_servers.s3().errorString()));
    const auto rows = m_harness.daemon()->storage().compositesWithPrefix(QStringLiteral("tt0000002:"));
    QVERIFY(rows);
    QVERIFY2(rows->isEmpty(), "a composite row was written for a blob S3 never stored");
    verifyConsistent();
}

void tst_Faults::upstreamFailing()
{
    Config::ServerSettings settings = m_harness.baseSettings();
    settings.breakerThreshold = 2;
    settings.breakerCooldownMs = 60000;
    settings.upstreamRetries = 0;
    settings.compositeMemEntries = 0;   // every request reaches the stored (soon expired) composite
    start(QStringLiteral("faults_upstream"), &settings);
    warm({PosterA, PosterB});
    const HttpReply original = m_harness.get(PosterA);

    // The posters expire and the title details are gone, so a fresh render needs TMDB, which fails.
    Storage::Storage &storage = m_harness.daemon()->storage();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto rows = storage.compositesWithPrefix(QString());
    QVERIFY(rows && rows->size() == 2);
    for (Storage::CompositeRow row : *rows) {
        row.expiresAt = now - 60;
        QVERIFY(storage.putComposite(row));
    }
    QVERIFY(storage.pruneRows(0, now + 1, now));
    m_fake.setFault(QStringLiteral("/3/"), FakeFault{.status = 503});

    LoadGenerator load({m_harness.url(PosterA), m_harness.url(PosterB)}, Clients);
    load.start();
    QTest::qWait(LoadMs);
    load.stop();
    expectOnly200(load);   // stale posters, never a 502

    const HttpReply stale = m_harness.get(PosterA);
    QVERIFY2(stale.status == 200, qPrintable(stale.describe()));
    QCOMPARE(stale.body, original.body);
    QVERIFY2(stale.header("cache-control").contains("no-store"), qPrintable(stale.describe()));
    const QByteArray metrics = m_harness.get(QStringLiteral("/metrics")).body;
    QVERIFY2(metrics.contains("marquee_upstream_breaker_state{service=\"tmdb\"} 2\n"), metrics.constData());
    const int tmdbCalls = m_fake.requestCount(QStringLiteral("/3/"));
    QCOMPARE(m_harness.get(PosterB).status, 200);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/")), tmdbCalls);   // open: TMDB is left alone
    const QJsonObject runtime = m_harness.get(QStringLiteral("/stats?access_key=") + AccessKey).json()
                                    .value(QStringLiteral("runtime")).toObject();
    QVERIFY(runtime.value(QStringLiteral("stale_served_total")).toInteger() >= 2);

    m_fake.clearFaults();
    QVERIFY(m_harness.daemon()->pipeline().waitForBackgroundWork(30000));
    verifyConsistent();
}

QTEST_MAIN(tst_Faults)
#include "tst_faults.moc"
