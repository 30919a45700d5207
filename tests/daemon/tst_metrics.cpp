// GET /metrics (reference §1.7, §8.1): METRICS_ACCESS_KEY auth (Bearer in any case or ?access_key=,
// Basic and non-ASCII credentials refused with 403, never 500), the exposition's metric families, and
// that a /p render shows up in the histogram and the request counter.
#include <algorithm>

#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include "daemon/http/metricsregistry.h"
#include "daemon/http/metricsroute.h"
#include "tests/daemon/daemonharness.h"

using Marquee::Http::MetricsRegistry;
using Marquee::Http::MetricsRoute;
using Marquee::Tests::DaemonHarness;
using Marquee::Tests::HttpReply;

namespace {

const QString LocalImdb = QStringLiteral("tt99999911");
const QString Key = QStringLiteral("scrape-me");
const QString Unauthorized = QStringLiteral("Unauthorized, your access key is not valid for this instance.");

// The value of the first sample line starting with `series ` (name plus labels), or -1 when absent.
double sample(const QByteArray &exposition, const QByteArray &series)
{
    for (const QByteArray &line : exposition.split('\n')) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

class tst_Metrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void auth_data();
    void auth();
    void exposesEveryFamily();
    void renderIsCounted();
    void otherMethodsAreRejected();
    void routeLabel_data();
    void routeLabel();
    void bearerToken_data();
    void bearerToken();

private:
    void startWith(const QString &metricsKey);

    DaemonHarness m_harness;
    QString m_library;
    QString m_runningKey;
};

void tst_Metrics::initTestCase()
{
    m_library = m_harness.writeLocalTitle(LocalImdb, QStringLiteral("Scraped"), 2003);
}

void tst_Metrics::startWith(const QString &metricsKey)
{
    if (m_harness.daemon() && metricsKey == m_runningKey)
        return;
    auto settings = m_harness.baseSettings();
    settings.libraryDirs = {m_library};
    settings.metricsAccessKey = metricsKey;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
    m_runningKey = metricsKey;
}

void tst_Metrics::auth_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QByteArray>("authorization");  // empty = no header
    QTest::addColumn<QString>("queryKey");          // null = no access_key parameter
    QTest::addColumn<int>("status");

    const QString none;
    const QByteArray nonAscii = QStringLiteral("scrape-m\u00e9").toUtf8();
    QTest::newRow("unset: open") << QString() << QByteArray() << none << 200;
    QTest::newRow("unset: any key still open") << QString() << QByteArray("Bearer whatever") << none << 200;
    QTest::newRow("set: nothing supplied") << Key << QByteArray() << none << 403;
    QTest::newRow("set: bearer") << Key << QByteArray("Bearer scrape-me") << none << 200;
    QTest::newRow("set: bearer lowercase scheme") << Key << QByteArray("bearer scrape-me") << none << 200;
    QTest::newRow("set: bearer uppercase scheme") << Key << QByteArray("BEARER scrape-me") << none << 200;
    QTest::newRow("set: query key") << Key << QByteArray() << Key << 200;
    QTest::newRow("set: wrong bearer") << Key << QByteArray("Bearer scrape-you") << none << 403;
    QTest::newRow("set: bearer prefix of key") << Key << QByteArray("Bearer scrape") << none << 403;
    QTest::newRow("set: wrong query key") << Key << QByteArray() << QStringLiteral("nope") << 403;
    QTest::newRow("set: basic with the key as password")
        << Key << (QByteArray("Basic ") + QByteArray("user:scrape-me").toBase64()) << none << 403;
    QTest::newRow("set: basic with the bare key") << Key << QByteArray("Basic scrape-me") << none << 403;
    QTest::newRow("set: scheme without token") << Key << QByteArray("Bearer") << none << 403;
    QTest::newRow("set: non-ASCII bearer") << Key << (QByteArray("Bearer ") + nonAscii) << none << 403;
    QTest::newRow("set: non-ASCII query key") << Key << QByteArray() << QStringLiteral("scrape-m\u00e9") << 403;
}

void tst_Metrics::auth()
{
    QFETCH(QString, configured);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, queryKey);
    QFETCH(int, status);
    startWith(configured);

    QString path = QStringLiteral("/metrics");
    if (!queryKey.isNull())
        path += QStringLiteral("?access_key=") + QString::fromLatin1(QUrl::toPercentEncoding(queryKey));
    Marquee::Tests::RequestHeaders headers;
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    const HttpReply reply = m_harness.get(path, headers);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    if (status == 200) {
        QCOMPARE(reply.header("content-type"), MetricsRegistry::contentType());
    } else {
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        QCOMPARE(reply.detail(), Unauthorized);
    }
}

void tst_Metrics::exposesEveryFamily()
{
    startWith(QString());
    const HttpReply reply = m_harness.get(QStringLiteral("/metrics"));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    const QByteArray text = reply.body;
    const QList<QByteArray> lines = text.split('\n');
    const QList<QPair<QByteArray, QByteArray>> families{
        {"marquee_render_duration_seconds", "histogram"}, {"marquee_renders_in_flight", "gauge"},
        {"marquee_render_saturated_total", "counter"},     {"marquee_http_requests_total", "counter"},
        {"marquee_cache_lookups_total", "counter"},        {"marquee_backend_info", "gauge"},
    };
    for (const auto &[name, type] : families) {
        const QByteArray help = "# HELP " + name + ' ';
        const QByteArray typeLine = "# TYPE " + name + ' ' + type;
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &l) { return l.startsWith(help); }),
                 name.constData());
        QVERIFY2(lines.contains(typeLine), name.constData());
    }
    for (const char *bound : {"0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"}) {
        const QByteArray series = QByteArrayLiteral("marquee_render_duration_seconds_bucket{le=\"") + bound + "\"}";
        QVERIFY2(sample(text, series) >= 0, series.constData());
    }
    QCOMPARE(sample(text, "marquee_backend_info{storage=\"sqlite\",blobstore=\"local\"}"), 1.0);
    QCOMPARE(sample(text, "marquee_renders_in_flight"), 0.0);
    QCOMPARE(sample(text, "marquee_render_saturated_total"), 0.0);
    QVERIFY(sample(text, "marquee_cache_lookups_total{table=\"composite\",result=\"hit\"}") >= 0);
    QVERIFY(sample(text, "marquee_cache_lookups_total{table=\"composite\",result=\"miss\"}") >= 0);
    // Every non-comment line is `series value`: nothing a scraper would reject.
    static const QRegularExpression line(QStringLiteral(R"(^marquee_[a-z_]+(\{[a-z_]+="[^"]*"(,[a-z_]+="[^"]*")*\})? [0-9.e+-]+$)"));
    for (const QByteArray &row : lines) {
        if (row.isEmpty() || row.startsWith('#'))
            continue;
        QVERIFY2(line.match(QString::fromUtf8(row)).hasMatch(), row.constData());
    }
}

void tst_Metrics::renderIsCounted()
{
    startWith(QString());
    m_harness.stop();  // a fresh daemon: the counters start at zero
    startWith(QString());
    const QByteArray before = m_harness.get(QStringLiteral("/metrics")).body;
    QCOMPARE(sample(before, "marquee_render_duration_seconds_count"), 0.0);
    QCOMPARE(sample(before, "marquee_http_requests_total{route=\"/p\",status=\"200\"}"), -1.0);

    const HttpReply poster = m_harness.get(QStringLiteral("/p/bar_notch/movie/%1.jpg").arg(LocalImdb));
    QVERIFY2(poster.status == 200, qPrintable(poster.describe()));

    const QByteArray after = m_harness.get(QStringLiteral("/metrics")).body;
    QVERIFY2(sample(after, "marquee_render_duration_seconds_count") >= 1, after.constData());
    QVERIFY(sample(after, "marquee_render_duration_seconds_bucket{le=\"+Inf\"}") >= 1);
    QVERIFY(sample(after, "marquee_render_duration_seconds_sum") > 0);
    QCOMPARE(sample(after, "marquee_http_requests_total{route=\"/p\",status=\"200\"}"), 1.0);
    QCOMPARE(sample(after, "marquee_http_requests_total{route=\"/metrics\",status=\"200\"}"), 1.0);
    QVERIFY(sample(after, "marquee_cache_lookups_total{table=\"composite\",result=\"miss\"}") >= 1);
}

void tst_Metrics::otherMethodsAreRejected()
{
    startWith(QString());
    const HttpReply reply = m_harness.send("POST", QStringLiteral("/metrics"));
    QVERIFY2(reply.status == 405, qPrintable(reply.describe()));
    QCOMPARE(reply.detail(), QStringLiteral("Method not allowed"));
}

void tst_Metrics::routeLabel_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("label");
    QTest::newRow("preset") << QStringLiteral("/p/bar_notch/movie/tt0000001.jpg") << QStringLiteral("/p");
    QTest::newRow("poster") << QStringLiteral("/poster") << QStringLiteral("/poster");
    QTest::newRow("metrics") << QStringLiteral("/metrics") << QStringLiteral("/metrics");
    QTest::newRow("stats") << QStringLiteral("/stats") << QStringLiteral("/stats");
    QTest::newRow("unknown") << QStringLiteral("/wp-admin/tt123") << QStringLiteral("other");
    QTest::newRow("p without slash") << QStringLiteral("/pizza") << QStringLiteral("other");
}

void tst_Metrics::routeLabel()
{
    QFETCH(QString, path);
    QFETCH(QString, label);
    QCOMPARE(MetricsRegistry::routeLabel(path), label);
}

void tst_Metrics::bearerToken_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("bearer") << QByteArray("Bearer abc") << QByteArray("abc");
    QTest::newRow("mixed case, extra spaces") << QByteArray("  bEaReR   abc ") << QByteArray("abc");
    QTest::newRow("basic") << QByteArray("Basic abc") << QByteArray();
    QTest::newRow("no scheme") << QByteArray("abc") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_Metrics::bearerToken()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, token);
    QCOMPARE(MetricsRoute::bearerToken(header), token);
}

QTEST_MAIN(tst_Metrics)
#include "tst_metrics.moc"
