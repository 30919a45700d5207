// GET /stats (reference §1.7): gated exactly like /poster (§1.9, AccessGate Route::Poster), the cache
// row counts and L1 figures next to the pipeline's runtime counters, and a broken store answering 500.
#include <QDir>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

#include "tests/daemon/daemonharness.h"

using Marquee::Tests::DaemonHarness;
using Marquee::Tests::HttpReply;

namespace {

const QString LocalImdb = QStringLiteral("tt99999912");
const QString Key = QStringLiteral("stats-key");
const QString Unauthorized = QStringLiteral("Unauthorized, your access key is not valid for this instance.");
const QString PublicTier = QStringLiteral(
    "Custom posters are not available on this instance; use a /p/{preset}/{type}/{imdb_id}.jpg preset URL.");

QString statsPath(const QString &key)
{
    if (key.isNull())
        return QStringLiteral("/stats");
    return QStringLiteral("/stats?access_key=") + QString::fromLatin1(QUrl::toPercentEncoding(key));
}

} // namespace

class tst_Stats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gate_data();
    void gate();
    void fieldsArePresent();
    void countsFollowARender();
    void brokenStorageAnswers500();
    void otherMethodsAreRejected();

private:
    void startWith(bool presetEnabled, bool publicTier, const QString &accessKey);

    DaemonHarness m_harness;
    QString m_library;
};

void tst_Stats::initTestCase()
{
    m_library = m_harness.writeLocalTitle(LocalImdb, QStringLiteral("Counted"), 2004);
}

void tst_Stats::startWith(bool presetEnabled, bool publicTier, const QString &accessKey)
{
    auto settings = m_harness.baseSettings();
    settings.libraryDirs = {m_library};
    settings.presetEnabled = presetEnabled;
    settings.presetPublicTier = publicTier;
    settings.accessKey = accessKey;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
}

void tst_Stats::gate_data()
{
    QTest::addColumn<bool>("presetEnabled");
    QTest::addColumn<bool>("publicTier");
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QString>("supplied");  // null = no access_key parameter
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");

    const QString none;
    const QString nonAscii = QStringLiteral("stats-k\u00e9y");
    QTest::newRow("presets unset, no key: open") << true << false << none << none << 200 << none;
    QTest::newRow("presets unset, key set, none supplied") << true << false << Key << none << 403 << Unauthorized;
    QTest::newRow("presets unset, key set, right key") << true << false << Key << Key << 200 << none;
    QTest::newRow("presets unset, key set, wrong key")
        << true << false << Key << QStringLiteral("wrong") << 403 << Unauthorized;
    QTest::newRow("presets unset, key set, non-ASCII key") << true << false << Key << nonAscii << 403 << Unauthorized;
    QTest::newRow("presets off, no key: open") << false << false << none << none << 200 << none;
    QTest::newRow("presets off, key set, none supplied") << false << false << Key << none << 403 << Unauthorized;
    QTest::newRow("public tier, no key: closed") << true << true << none << none << 403 << PublicTier;
    QTest::newRow("public tier, no key configured, key supplied")
        << true << true << none << Key << 403 << PublicTier;
    QTest::newRow("public tier, key set, right key") << true << true << Key << Key << 200 << none;
    // Same message /poster gives here (AccessGate: the public tier names the preset URLs).
    QTest::newRow("public tier, key set, wrong key")
        << true << true << Key << QStringLiteral("wrong") << 403 << PublicTier;
}

void tst_Stats::gate()
{
    QFETCH(bool, presetEnabled);
    QFETCH(bool, publicTier);
    QFETCH(QString, accessKey);
    QFETCH(QString, supplied);
    QFETCH(int, status);
    QFETCH(QString, detail);
    startWith(presetEnabled, publicTier, accessKey);

    const HttpReply reply = m_harness.get(statsPath(supplied));
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    if (!detail.isNull())
        QCOMPARE(reply.detail(), detail);
}

void tst_Stats::fieldsArePresent()
{
    startWith(true, false, QString());
    const HttpReply reply = m_harness.get(statsPath(QString()));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const QJsonObject cache = reply.json().value(QStringLiteral("cache")).toObject();
    for (const char *field : {"rating_cache", "tmdb_metadata_cache", "imdb_to_tmdb_cache", "final_poster_cache",
                              "db_file_bytes", "composite_l1_entries", "composite_l1_bytes"})
        QVERIFY2(cache.value(QLatin1String(field)).isDouble(), field);
    const QJsonObject runtime = reply.json().value(QStringLiteral("runtime")).toObject();
    for (const char *field : {"renders_in_flight", "renders_active", "renders_queued", "render_slots",
                              "render_saturated_total", "renders_total", "composite_cache_disabled"})
        QVERIFY2(runtime.contains(QLatin1String(field)), field);
    QCOMPARE(runtime.value(QStringLiteral("render_slots")).toInt(), m_harness.daemon()->settings().renderConcurrency);
    QCOMPARE(runtime.value(QStringLiteral("renders_in_flight")).toInt(), 0);
}

void tst_Stats::countsFollowARender()
{
    startWith(true, false, QString());
    const QJsonObject before = m_harness.get(statsPath(QString())).json();
    const HttpReply poster = m_harness.get(QStringLiteral("/p/bar_notch/movie/%1.jpg").arg(LocalImdb));
    QVERIFY2(poster.status == 200, qPrintable(poster.describe()));
    const HttpReply reply = m_harness.get(statsPath(QString()));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const QJsonObject after = reply.json();

    const auto runtime = [](const QJsonObject &body, const char *field) {
        return body.value(QStringLiteral("runtime")).toObject().value(QLatin1String(field)).toInteger();
    };
    const auto cache = [](const QJsonObject &body, const char *field) {
        return body.value(QStringLiteral("cache")).toObject().value(QLatin1String(field)).toInteger();
    };
    QCOMPARE(runtime(after, "renders_total"), runtime(before, "renders_total") + 1);
    QCOMPARE(cache(after, "final_poster_cache"), cache(before, "final_poster_cache") + 1);
    QCOMPARE(cache(after, "composite_l1_entries"), cache(before, "composite_l1_entries") + 1);
    QVERIFY(cache(after, "composite_l1_bytes") > cache(before, "composite_l1_bytes"));
}

void tst_Stats::brokenStorageAnswers500()
{
    // A directory where the database file should be: SQLite cannot open it, so counting rows fails.
    auto settings = m_harness.baseSettings();
    settings.cacheDir = m_harness.dir() + QStringLiteral("/broken-cache");
    QVERIFY(QDir().mkpath(settings.cacheDir + QStringLiteral("/cache.db")));
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));

    const HttpReply reply = m_harness.get(statsPath(QString()));
    QVERIFY2(reply.status == 500, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    QVERIFY2(!reply.detail().contains(QLatin1String("cache.db")), qPrintable(reply.describe()));
    QCOMPARE(m_harness.get(QStringLiteral("/live")).status, 200);  // the daemon is still serving
}

void tst_Stats::otherMethodsAreRejected()
{
    startWith(true, false, QString());
    const HttpReply reply = m_harness.send("POST", QStringLiteral("/stats"));
    QVERIFY2(reply.status == 405, qPrintable(reply.describe()));
    QCOMPARE(reply.detail(), QStringLiteral("Method not allowed"));
}

QTEST_MAIN(tst_Stats)
#include "tst_stats.moc"
