// GET /logo (reference §1.6): the best logo as PNG, from the local library or TMDB (fake upstream).
#include <QTest>

#include "core/net/httpclient.h"
#include "tests/daemon/daemonharness.h"
#include "tests/fakeupstream/fakeupstream.h"

using Marquee::Tests::DaemonHarness;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;
using Marquee::Tests::HttpReply;

namespace {

const QString AccessKey = QStringLiteral("logo-operator-key");

} // namespace

class tst_Logo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void localClearlogo_data();
    void localClearlogo();
    void localTitleWithoutLogo();
    void upstreamLogo();
    void upstreamTitleWithoutKey();
    void logoFollowsThePosterLanguageOrder();
    void upstreamErrorsAreMapped_data();
    void upstreamErrorsAreMapped();
    void invalidParameters_data();
    void invalidParameters();
    void gateNeedsTheAccessKey();

private:
    void start(bool withTmdbKey);
    QString logo(const QString &query) const;
    static void verifyPngWithAlpha(const HttpReply &reply);

    FakeUpstream m_fake;
    DaemonHarness m_harness;
    int m_daemonCount = 0;
};

void tst_Logo::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
}

void tst_Logo::start(bool withTmdbKey)
{
    m_fake.reset();
    auto settings = m_harness.baseSettings();
    settings.accessKey = AccessKey;
    settings.tmdbApiBase = m_fake.tmdbApiBase();
    settings.tmdbImageBase = m_fake.tmdbImageBase();
    settings.mdblistApiBase = m_fake.mdbListApiBase();
    if (withTmdbKey)
        settings.tmdbApiKey = QStringLiteral("test-tmdb-key");
    // A fresh cache directory per daemon: every test starts cold.
    settings.cacheDir = m_harness.dir() + QStringLiteral("/cache-") + QString::number(++m_daemonCount);
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
}

QString tst_Logo::logo(const QString &query) const
{
    return QStringLiteral("/logo?") + query + QStringLiteral("&access_key=") + AccessKey;
}

void tst_Logo::verifyPngWithAlpha(const HttpReply &reply)
{
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), QByteArray("image/png"));
    QCOMPARE(reply.header("cache-control"), QByteArray("public, max-age=2592000"));
    QVERIFY(reply.body.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
    const QImage image = reply.image();
    QVERIFY(!image.isNull());
    QVERIFY(image.hasAlphaChannel());
}

void tst_Logo::localClearlogo_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("by imdb id") << QStringLiteral("imdb_id=tt90000001&type=movie");
    QTest::newRow("by tmdb id") << QStringLiteral("tmdb_id=90000001&type=movie");
}

void tst_Logo::localClearlogo()
{
    QFETCH(QString, query);
    start(false);  // local titles need no key
    const HttpReply reply = m_harness.get(logo(query));
    verifyPngWithAlpha(reply);
    QCOMPARE(m_fake.requestCount(), 0);
}

void tst_Logo::localTitleWithoutLogo()
{
    start(false);
    const HttpReply reply = m_harness.get(logo(QStringLiteral("imdb_id=tt90000004&type=movie")));
    QVERIFY2(reply.status == 404, qPrintable(reply.describe()));
    QCOMPARE(reply.detail(), QStringLiteral("No logo available"));
}

void tst_Logo::upstreamLogo()
{
    start(true);
    const HttpReply reply = m_harness.get(logo(QStringLiteral("tmdb_id=1001&type=movie&lang=en")));
    verifyPngWithAlpha(reply);
    QVERIFY(m_fake.requestCount(QStringLiteral("/3/movie/1001")) >= 1);
}

void tst_Logo::logoFollowsThePosterLanguageOrder()
{
    // The poster's default logo_priority (native_original): no German logo → the French original's,
    // not the English one a plain "language, then English" order would pick.
    start(true);
    const HttpReply reply = m_harness.get(logo(QStringLiteral("tmdb_id=1005&type=movie&lang=de")));
    verifyPngWithAlpha(reply);
    Marquee::Net::HttpClient http(5000);
    const auto french = http.get(QUrl(m_fake.tmdbImageBase() + QStringLiteral("/w500/logo-1005-fr.png")));
    const auto english = http.get(QUrl(m_fake.tmdbImageBase() + QStringLiteral("/w500/logo-1005-en.png")));
    QVERIFY(french && english);
    const QImage served = reply.image().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(served, QImage::fromData(french->body).convertToFormat(QImage::Format_ARGB32));
    QVERIFY(served != QImage::fromData(english->body).convertToFormat(QImage::Format_ARGB32));
}

void tst_Logo::upstreamTitleWithoutKey()
{
    start(false);
    const HttpReply reply = m_harness.get(logo(QStringLiteral("tmdb_id=1001&type=movie")));
    QVERIFY2(reply.status == 503, qPrintable(reply.describe()));
    QCOMPARE(reply.detail(), QStringLiteral("Server TMDB key not configured"));
    QCOMPARE(m_fake.requestCount(), 0);
}

void tst_Logo::upstreamErrorsAreMapped_data()
{
    QTest::addColumn<int>("upstreamStatus");
    QTest::addColumn<int>("expected");
    QTest::newRow("title gone") << 404 << 404;
    QTest::newRow("upstream failure") << 500 << 502;
}

void tst_Logo::upstreamErrorsAreMapped()
{
    QFETCH(int, upstreamStatus);
    QFETCH(int, expected);
    start(true);
    FakeFault fault;
    fault.status = upstreamStatus;
    m_fake.setFault(QStringLiteral("/3/movie/1001"), fault);
    const HttpReply reply = m_harness.get(logo(QStringLiteral("tmdb_id=1001&type=movie")));
    QVERIFY2(reply.status == expected, qPrintable(reply.describe()));
    QVERIFY(!reply.detail().isEmpty());
}

void tst_Logo::invalidParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("detail");
    QTest::newRow("bad type") << QStringLiteral("tmdb_id=1001&type=book") << QStringLiteral("Invalid type");
    QTest::newRow("bad tmdb id") << QStringLiteral("tmdb_id=abc&type=movie") << QStringLiteral("Invalid tmdb_id");
    QTest::newRow("bad imdb id") << QStringLiteral("imdb_id=nm123&type=movie") << QStringLiteral("Invalid imdb_id");
}

void tst_Logo::invalidParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, detail);
    start(true);
    const HttpReply reply = m_harness.get(logo(query));
    QVERIFY2(reply.status == 400, qPrintable(reply.describe()));
    QCOMPARE(reply.detail(), detail);
}

void tst_Logo::gateNeedsTheAccessKey()
{
    start(true);
    const HttpReply reply = m_harness.get(QStringLiteral("/logo?tmdb_id=1001&type=movie"));
    QVERIFY2(reply.status == 403, qPrintable(reply.describe()));
}

QTEST_MAIN(tst_Logo)
#include "tst_logo.moc"
