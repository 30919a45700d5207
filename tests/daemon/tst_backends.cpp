// The daemon on every backend combination (issue 5 "Done when"): SQLite + in-process + local directory,
// PostgreSQL + Redis + S3 (real servers on loopback) and two mixed ones. Each row serves /poster and /p
// (render, RAM hit, 304, and after a restart the stored copy without any upstream call), answers
// /ready with the per-backend breakdown, /stats, /metrics and the user-preset API, and leaves no
// composite row without its blob nor a blob without its row. A row is skipped only when one of its
// server binaries is not installed.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/storage/storage.h"
#include "core/storage/storagefactory.h"
#include "tests/daemon/backendservers.h"
#include "tests/daemon/daemonharness.h"
#include "tests/daemon/httptestclient.h"
#include "tests/fakeupstream/fakeupstream.h"

using Marquee::Tests::BackendChoice;
using Marquee::Tests::BackendServers;
using Marquee::Tests::DaemonHarness;
using Marquee::Tests::FakeUpstream;
using Marquee::Tests::HttpReply;
using Marquee::Tests::HttpTestClient;
using Marquee::Tests::RequestHeaders;

namespace {

const QString AccessKey = QStringLiteral("backend-access-key");
const QString PosterPath = QStringLiteral("/poster?tmdb_id=1001&imdb_id=tt0000001&type=movie&access_key=") + AccessKey;
const QString PresetPath = QStringLiteral("/p/bar_notch/movie/tt0000002.jpg");

QJsonObject member(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toObject();
}

} // namespace

class tst_Backends : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void postersAreServedAndStored_data() { addRows(); }
    void postersAreServedAndStored();
    void probesStatsAndPresets_data() { addRows(); }
    void probesStatsAndPresets();

private:
    void addRows();
    // Starts the row's servers (QSKIP when a binary is missing) and fills the daemon's settings;
    // m_ready tells the caller whether to go on.
    void prepare(const QString &test, Marquee::Config::ServerSettings &settings);
    void start(const Marquee::Config::ServerSettings &settings);

    DaemonHarness m_harness;
    FakeUpstream m_fake;
    BackendServers m_servers;
    HttpTestClient m_http;
    BackendChoice m_choice;
    bool m_ready = false;
};

void tst_Backends::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
}

void tst_Backends::cleanup()
{
    m_harness.stop();
    m_fake.reset();
}

void tst_Backends::addRows()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<bool>("redis");
    QTest::addColumn<bool>("s3");
    for (const BackendChoice choice : {BackendChoice{false, false, false}, BackendChoice{true, true, true},
                                       BackendChoice{true, false, false}, BackendChoice{false, true, true}})
        QTest::newRow(qPrintable(choice.describe())) << choice.postgres << choice.redis << choice.s3;
}

void tst_Backends::prepare(const QString &test, Marquee::Config::ServerSettings &settings)
{
    QFETCH(bool, postgres);
    QFETCH(bool, redis);
    QFETCH(bool, s3);
    m_choice = BackendChoice{postgres, redis, s3};
    m_ready = false;
    bool missing = false;
    if (const QString why = m_servers.ensure(m_choice, &missing); !why.isEmpty()) {
        if (missing)
            QSKIP(qPrintable(why));
        QFAIL(qPrintable(m_choice.describe() + QStringLiteral(": ") + why));
    }
    // A database, key prefix and bucket prefix of its own per test and row.
    const QString name = test + QLatin1Char('_') + m_choice.describe().replace(QLatin1Char('+'), QLatin1Char('_'))
                                                       .replace(QLatin1Char('-'), QLatin1Char('_'));
    settings = m_harness.baseSettings();
    settings.cacheDir = m_harness.dir() + QStringLiteral("/cache-") + name;
    settings.libraryDirs = {};
    settings.tmdbApiBase = m_fake.tmdbApiBase();
    settings.tmdbImageBase = m_fake.tmdbImageBase();
    settings.mdblistApiBase = m_fake.mdbListApiBase();
    settings.tmdbApiKey = QStringLiteral("test-tmdb-key");
    settings.mdblistApiKeys = {QStringLiteral("test-mdblist-key")};
    settings.accessKey = AccessKey;
    QString error;
    QVERIFY2(m_servers.apply(m_choice, name, settings, &error), qPrintable(error));
    m_ready = true;
}

void tst_Backends::start(const Marquee::Config::ServerSettings &settings)
{
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
}

void tst_Backends::postersAreServedAndStored()
{
    Marquee::Config::ServerSettings settings;
    prepare(QStringLiteral("posters"), settings);
    if (!m_ready)
        return;  // skipped or failed in prepare()
    start(settings);

    const HttpReply poster = m_harness.get(PosterPath);
    QVERIFY2(poster.status == 200, qPrintable(poster.describe()));
    QCOMPARE(poster.header("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(poster.image().size(), QSize(500, 750));
    const QByteArray etag = poster.header("etag");
    QVERIFY(!etag.isEmpty());
    const HttpReply notModified = m_harness.get(PosterPath, {{QByteArrayLiteral("If-None-Match"), etag}});
    QVERIFY2(notModified.status == 304, qPrintable(notModified.describe()));
    QVERIFY(notModified.body.isEmpty());

    // /p answers a title without cached ratings at once (provisional, no-store) and warms them.
    const HttpReply provisional = m_harness.get(PresetPath);
    QVERIFY2(provisional.status == 200, qPrintable(provisional.describe()));
    QVERIFY(m_harness.daemon()->pipeline().waitForBackgroundWork(30000));
    const HttpReply preset = m_harness.get(PresetPath);
    QVERIFY2(preset.status == 200 && preset.hasHeader("etag"), qPrintable(preset.describe()));
    QCOMPARE(preset.header("content-type"), QByteArray("image/jpeg"));
    const HttpReply presetAgain = m_harness.get(PresetPath);  // RAM hit
    QCOMPARE(presetAgain.status, 200);
    QCOMPARE(presetAgain.body, preset.body);
    QVERIFY(m_harness.daemon()->pipeline().waitForBackgroundWork(30000));

    // A new process of the same deployment (empty RAM tier): both posters come from storage + blob
    // store, byte for byte, without a single upstream request.
    start(settings);
    const int upstreamBefore = m_fake.requestCount();
    const HttpReply storedPreset = m_harness.get(PresetPath);
    QVERIFY2(storedPreset.status == 200, qPrintable(storedPreset.describe()));
    QCOMPARE(storedPreset.body, preset.body);
    QCOMPARE(storedPreset.header("etag"), preset.header("etag"));
    const HttpReply storedPoster = m_harness.get(PosterPath, {{QByteArrayLiteral("If-None-Match"), etag}});
    QVERIFY2(storedPoster.status == 304, qPrintable(storedPoster.describe()));
    QCOMPARE(m_fake.requestCount(), upstreamBefore);
    const QJsonObject runtime = member(m_harness.get(QStringLiteral("/stats?access_key=") + AccessKey).json(), "runtime");
    QCOMPARE(runtime.value(QStringLiteral("composite_hits_store")).toInteger(), 2);

    m_harness.stop();
    auto storage = Marquee::Storage::openStorage(settings.databaseUrl, settings.cacheDir + QStringLiteral("/cache.db"));
    if (!storage)
        QFAIL(qPrintable(storage.error().message));
    const auto rows = (*storage)->compositesWithPrefix(QString());
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    const QStringList problems = m_servers.inconsistencies(**storage, settings);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Backends::probesStatsAndPresets()
{
    Marquee::Config::ServerSettings settings;
    prepare(QStringLiteral("api"), settings);
    if (!m_ready)
        return;  // skipped or failed in prepare()
    start(settings);

    const HttpReply ready = m_harness.get(QStringLiteral("/ready"));
    QVERIFY2(ready.status == 200, qPrintable(ready.describe()));
    const QJsonObject body = ready.json();
    QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    const QString storageKind = m_choice.postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
    const QString blobKind = m_choice.s3 ? QStringLiteral("s3") : QStringLiteral("local");
    QCOMPARE(member(body, "storage").value(QStringLiteral("kind")).toString(), storageKind);
    QCOMPARE(member(body, "storage").value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(member(body, "blobstore").value(QStringLiteral("kind")).toString(), blobKind);
    QCOMPARE(member(body, "blobstore").value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(member(body, "coordinator").value(QStringLiteral("kind")).toString(),
             m_choice.redis ? QStringLiteral("redis") : QStringLiteral("in-process"));
    QCOMPARE(member(body, "coordinator").value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(m_harness.get(QStringLiteral("/live")).status, 200);
    const HttpReply metrics = m_harness.get(QStringLiteral("/metrics"));
    const QByteArray backendInfo = QStringLiteral("marquee_backend_info{storage=\"%1\",blobstore=\"%2\"} 1\n")
                                       .arg(storageKind, blobKind).toUtf8();
    QVERIFY2(metrics.body.contains(backendInfo), metrics.body.constData());

    // The user-preset API round trip, stored in this row's database.
    const RequestHeaders key{{QByteArrayLiteral("X-Access-Key"), AccessKey.toUtf8()}};
    const QByteArray look = QJsonDocument(QJsonObject{{QStringLiteral("query"), QStringLiteral("rating_display_mode=4")}})
                                .toJson(QJsonDocument::Compact);
    const HttpReply saved = m_http.send("PUT", m_harness.url(QStringLiteral("/api/presets/ops_look")), look, key);
    QVERIFY2(saved.status == 200, qPrintable(saved.describe()));
    const HttpReply list = m_http.get(m_harness.url(QStringLiteral("/api/presets")), key);
    QVERIFY2(list.status == 200, qPrintable(list.describe()));
    const QJsonArray presets = list.json().value(QStringLiteral("presets")).toArray();
    QCOMPARE(presets.size(), 1);
    QCOMPARE(presets.first().toObject(), saved.json());
    const QString userPoster = QStringLiteral("/p/ops_look/movie/tt0000001.jpg");
    QVERIFY2(m_harness.get(userPoster).status == 200, "provisional");  // ratings warm in the background
    QVERIFY(m_harness.daemon()->pipeline().waitForBackgroundWork(30000));
    const HttpReply rendered = m_harness.get(userPoster);
    QVERIFY2(rendered.status == 200 && rendered.hasHeader("etag"), qPrintable(rendered.describe()));
    QCOMPARE(rendered.header("content-type"), QByteArray("image/jpeg"));

    const HttpReply stats = m_harness.get(QStringLiteral("/stats?access_key=") + AccessKey);
    QVERIFY2(stats.status == 200, qPrintable(stats.describe()));
    QCOMPARE(member(stats.json(), "cache").value(QStringLiteral("final_poster_cache")).toInteger(), 1);
    QCOMPARE(member(stats.json(), "cache").value(QStringLiteral("user_presets")).toInteger(), 1);
    QCOMPARE(member(stats.json(), "runtime").value(QStringLiteral("renders_total")).toInteger(), 2);

    const HttpReply removed = m_http.send("DELETE", m_harness.url(QStringLiteral("/api/presets/ops_look")), {}, key);
    QVERIFY2(removed.status == 204, qPrintable(removed.describe()));
    const HttpReply gone = m_harness.get(userPoster);
    QVERIFY2(gone.status == 404, qPrintable(gone.describe()));
    QCOMPARE(member(m_harness.get(QStringLiteral("/stats?access_key=") + AccessKey).json(), "cache")
                 .value(QStringLiteral("user_presets")).toInteger(),
             0);
}

QTEST_MAIN(tst_Backends)
#include "tst_backends.moc"
