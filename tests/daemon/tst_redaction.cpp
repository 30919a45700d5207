// Key redaction (issue 5 "Done when": a log scan after a run with keys set finds none of them). A real
// marqueed runs with distinctive values for every secret it knows — TMDB_API_KEY, MDBLIST_API_KEY,
// ACCESS_KEY, METRICS_ACCESS_KEY, AWS_SECRET_ACCESS_KEY, the password in DATABASE_URL and in REDIS_URL
// — on PostgreSQL + Redis (with requirepass) + S3, is driven through successes and failures (upstream
// 401 and 500, bad parameters, wrong keys, user keys in the query and keys in RPDB paths), and then
// everything it wrote (stderr and stdout, text and LOG_FORMAT=json) and every body it answered
// (including /metrics, /stats and /ready) is searched for each value. None may appear.
#include <QTemporaryDir>
#include <QTest>

#include "tests/daemon/backendservers.h"
#include "tests/daemon/httptestclient.h"
#include "tests/daemon/marqueedprocess.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using Marquee::Tests::BackendChoice;
using Marquee::Tests::BackendServers;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;
using Marquee::Tests::HttpReply;
using Marquee::Tests::HttpTestClient;
using Marquee::Tests::MarqueedProcess;
using Marquee::Tests::RequestHeaders;

namespace {

const QString TmdbKey = QStringLiteral("tmdbKeyZq81Secret");
const QString MdbListKey = QStringLiteral("mdblistKeyXw72Secret");
const QString AccessKey = QStringLiteral("accessKeyVb63Secret");
const QString MetricsKey = QStringLiteral("metricsKeyNc54Secret");
const QString AwsSecret = QStringLiteral("awsSecretMd45Secret");
const QString PostgresPassword = QStringLiteral("pgPasswordLf36Secret");
const QString RedisPassword = QStringLiteral("redisPasswordKg27Secret");
// Supplied by clients rather than configured, and just as private.
const QString UserTmdbKey = QStringLiteral("userTmdbKeyJh18Secret");
const QString UserMdbListKey = QStringLiteral("userMdbListKeyHj09Secret");
const QString WrongKey = QStringLiteral("wrongKeyGt90Secret");

} // namespace

class tst_Redaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noSecretIsWrittenOrAnswered_data();
    void noSecretIsWrittenOrAnswered();

private:
    // The requests of one run; every reply body goes into `answered`.
    void drive(MarqueedProcess &daemon, QByteArray &answered);

    QTemporaryDir m_dir;
    FakeUpstream m_fake;
    BackendServers m_servers;
    Test::RedisServer m_redis;
    HttpTestClient m_http;
};

void tst_Redaction::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fake.setTmdbKey(TmdbKey);
    m_fake.setMdbListKey(MdbListKey);
    QVERIFY(m_fake.startInThread() != 0);
    bool missing = false;
    if (const QString why = m_servers.ensure(BackendChoice{true, false, true}, &missing); !why.isEmpty()) {
        if (missing)
            QSKIP(qPrintable(why));
        QFAIL(qPrintable(why));
    }
    if (!Test::RedisServer::available())
        QSKIP("redis-server is not installed");
    QVERIFY2(m_redis.start(RedisPassword), qPrintable(m_redis.errorString()));
}

void tst_Redaction::noSecretIsWrittenOrAnswered_data()
{
    QTest::addColumn<QString>("logFormat");
    QTest::newRow("text") << QStringLiteral("text");
    QTest::newRow("json") << QStringLiteral("json");
}

void tst_Redaction::noSecretIsWrittenOrAnswered()
{
    QFETCH(QString, logFormat);
    const QString name = QStringLiteral("redaction_") + logFormat;
    Config::ServerSettings backends;
    QString error;
    QVERIFY2(m_servers.apply(BackendChoice{true, false, true}, name, backends, &error), qPrintable(error));
    QVERIFY(m_redis.url().contains(RedisPassword));
    QUrl database(backends.databaseUrl);
    database.setPassword(PostgresPassword);

    QProcessEnvironment env = MarqueedProcess::cleanEnvironment(m_dir.filePath(name));
    BackendServers::exportTo(backends, env);
    env.insert(QStringLiteral("DATABASE_URL"), database.toString());
    env.insert(QStringLiteral("REDIS_URL"), m_redis.url());
    env.insert(QStringLiteral("REDIS_KEY_PREFIX"), name);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), AwsSecret);
    env.insert(QStringLiteral("TMDB_API_KEY"), TmdbKey);
    env.insert(QStringLiteral("MDBLIST_API_KEY"), MdbListKey);
    env.insert(QStringLiteral("ACCESS_KEY"), AccessKey);
    env.insert(QStringLiteral("METRICS_ACCESS_KEY"), MetricsKey);
    env.insert(QStringLiteral("TMDB_API_BASE"), m_fake.tmdbApiBase());
    env.insert(QStringLiteral("TMDB_IMAGE_BASE"), m_fake.tmdbImageBase());
    env.insert(QStringLiteral("MDBLIST_API_BASE"), m_fake.mdbListApiBase());
    env.insert(QStringLiteral("LOG_FORMAT"), logFormat);
    env.insert(QStringLiteral("UPSTREAM_RETRIES"), QStringLiteral("0"));

    MarqueedProcess daemon(QStringLiteral(MARQUEED_PATH));
    QVERIFY2(daemon.start(env), qPrintable(daemon.errorString()));
    QByteArray answered;
    drive(daemon, answered);
    QVERIFY(daemon.terminate());

    const QByteArray written = daemon.standardError() + daemon.standardOutput();
    // There is a log to scan, in the chosen format.
    const QByteArray posterLine = logFormat == QLatin1String("json") ? QByteArray("\"path\":\"/poster?") : QByteArray("GET /poster?");
    QVERIFY2(written.contains(posterLine), written.right(2000).constData());
    QVERIFY2(written.contains("access_key=***"), written.right(2000).constData());   // keys were there, redacted
    for (const QString &secret : {TmdbKey, MdbListKey, AccessKey, MetricsKey, AwsSecret, PostgresPassword,
                                  RedisPassword, UserTmdbKey, UserMdbListKey, WrongKey}) {
        const QByteArray value = secret.toUtf8();
        const qsizetype inLog = written.indexOf(value);
        QVERIFY2(inLog < 0, qPrintable(QStringLiteral("%1 in the log: …%2…").arg(
                                secret, QString::fromUtf8(written.mid(std::max<qsizetype>(0, inLog - 200), 300)))));
        const qsizetype inBody = answered.indexOf(value);
        QVERIFY2(inBody < 0, qPrintable(QStringLiteral("%1 in an answer: …%2…").arg(
                                 secret, QString::fromUtf8(answered.mid(std::max<qsizetype>(0, inBody - 200), 300)))));
    }
}

void tst_Redaction::drive(MarqueedProcess &daemon, QByteArray &answered)
{
    const QString key = QStringLiteral("&access_key=") + AccessKey;
    m_fake.setFault(QStringLiteral("/3/movie/1003"), FakeFault{.status = 401});
    m_fake.setFault(QStringLiteral("/3/movie/1004"), FakeFault{.status = 500});
    m_fake.setFault(QStringLiteral("/mdblist/imdb/movie/tt0000006"), FakeFault{.status = 500});
    struct Probe
    {
        QString path;
        RequestHeaders headers;
        int status;   // expected; 0 = any
    };
    const QList<Probe> probes{
        {QStringLiteral("/poster?tmdb_id=1001&imdb_id=tt0000001&type=movie") + key, {}, 200},
        {QStringLiteral("/p/bar_notch/movie/tt0000002.jpg"), {}, 200},
        {QStringLiteral("/poster?tmdb_id=1003&type=movie") + key, {}, 0},                      // TMDB 401
        {QStringLiteral("/poster?tmdb_id=1004&type=movie") + key, {}, 0},                      // TMDB 500
        {QStringLiteral("/poster?tmdb_id=1005&imdb_id=tt0000006&type=movie") + key, {}, 0},   // MDBList 500
        {QStringLiteral("/poster?tmdb_id=1002&type=movie&tmdb_key=") + UserTmdbKey + QStringLiteral("&mdblist_key=")
             + UserMdbListKey + key, {}, 0},                                                   // user keys, refused
        {QStringLiteral("/poster?tmdb_id=abc&type=movie") + key, {}, 400},
        {QStringLiteral("/poster?tmdb_id=1001&type=movie&access_key=") + WrongKey, {}, 403},
        {QStringLiteral("/stats?access_key=") + WrongKey, {}, 403},
        {QStringLiteral("/metrics?access_key=") + WrongKey, {}, 0},
        {QStringLiteral("/metrics"), {{QByteArrayLiteral("Authorization"), "Bearer " + WrongKey.toUtf8()}}, 0},
        {QStringLiteral("/search?query=lighthouse&type=movie&tmdb_key=") + UserTmdbKey, {}, 0},
        {QStringLiteral("/%1/isValid").arg(WrongKey), {}, 0},
        {QStringLiteral("/%1/isValid").arg(AccessKey), {}, 0},
        {QStringLiteral("/%1/imdb/poster-default/tt0000001.jpg").arg(AccessKey), {}, 0},
        {QStringLiteral("/api/presets/x"), {{QByteArrayLiteral("X-Access-Key"), WrongKey.toUtf8()}}, 0},
        {QStringLiteral("/ready"), {}, 0},
        {QStringLiteral("/stats?access_key=") + AccessKey, {}, 200},
        {QStringLiteral("/metrics"), {{QByteArrayLiteral("Authorization"), "Bearer " + MetricsKey.toUtf8()}}, 200},
        {QStringLiteral("/metrics?access_key=") + MetricsKey, {}, 200},
        {QStringLiteral("/server-caps"), {}, 0},
    };
    for (const Probe &probe : probes) {
        const HttpReply reply = m_http.get(daemon.url(probe.path), probe.headers);
        QVERIFY2(reply.status != 0, qPrintable(probe.path + QStringLiteral(": ") + reply.describe()));
        if (probe.status != 0)
            QVERIFY2(reply.status == probe.status, qPrintable(probe.path + QStringLiteral(": ") + reply.describe()));
        answered += reply.body;
        for (auto header = reply.headers.cbegin(); header != reply.headers.cend(); ++header)
            answered += header.key() + ": " + header.value() + '\n';
    }
    m_fake.clearFaults();
}

QTEST_MAIN(tst_Redaction)
#include "tst_redaction.moc"
