// OBJECT_STORE_URL on s3rver with OBJECT_STORE_PUBLIC_URL: a stored composite answers 302 to its
// versioned CDN copy with a max-age capped by its expiry and kept below the delete grace; renders,
// RAM hits and everything during an S3 outage are answered inline.
#include <QTest>

#include "core/net/httpclient.h"
#include "tests/daemon/daemonharness.h"
#include "tests/support/s3server.h"

using Marquee::Tests::DaemonHarness;
using Marquee::Tests::HttpReply;
using Marquee::Test::S3Server;

namespace {

const QString LocalImdb = QStringLiteral("tt99999931");

QString presetPath(const QString &preset)
{
    return QStringLiteral("/p/%1/movie/%2.jpg").arg(preset, LocalImdb);
}

qint64 maxAgeOf(const QByteArray &cacheControl)
{
    const qsizetype at = cacheControl.indexOf("max-age=");
    return at < 0 ? -1 : cacheControl.mid(at + 8).split(',').first().toLongLong();
}

} // namespace

class tst_CompositeRedirect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeHitRedirectsToTheCdnCopy_data();
    void storeHitRedirectsToTheCdnCopy();
    void memoryHitsAndNoPublicUrlStayInline();
    void s3OutageStillAnswersInline();
    void unreachableStoreStopsTheStart();

private:
    Marquee::Config::ServerSettings s3Settings() const;

    DaemonHarness m_harness;
    S3Server m_s3;
    QString m_library;
    int m_daemonCount = 0;
};

void tst_CompositeRedirect::initTestCase()
{
    MARQUEE_START_S3(m_s3);
    m_library = m_harness.writeLocalTitle(LocalImdb, QStringLiteral("Harbour Lights"), 2015);
}

Marquee::Config::ServerSettings tst_CompositeRedirect::s3Settings() const
{
    auto settings = m_harness.baseSettings();
    settings.libraryDirs = {m_library};
    settings.presetEnabled = true;
    settings.cacheDir = m_harness.dir() + QStringLiteral("/cache-") + QString::number(m_daemonCount);
    // Each daemon its own prefix: every test starts with a cold bucket.
    settings.objectStoreUrl = m_s3.objectStoreUrl(QStringLiteral("run") + QString::number(m_daemonCount));
    settings.objectStorePublicUrl = m_s3.publicBaseUrl();
    settings.awsAccessKeyId = S3Server::accessKeyId();
    settings.awsSecretAccessKey = S3Server::secretAccessKey();
    settings.compositeMemEntries = 0;   // every repeat misses L1 and reaches the store
    return settings;
}

void tst_CompositeRedirect::storeHitRedirectsToTheCdnCopy_data()
{
    QTest::addColumn<qint64>("compositeTtl");
    QTest::addColumn<int>("redirectMaxAge");
    QTest::addColumn<int>("deleteGrace");
    QTest::addColumn<qint64>("lowestMaxAge");
    QTest::addColumn<qint64>("highestMaxAge");
    QTest::newRow("capped by REDIRECT_MAX_AGE_SECONDS") << qint64(604800) << 300 << 3600 << qint64(300) << qint64(300);
    QTest::newRow("capped by the composite's expiry") << qint64(90) << 600 << 3600 << qint64(1) << qint64(90);
    QTest::newRow("kept below DELETE_GRACE_SECONDS") << qint64(604800) << 600 << 60 << qint64(59) << qint64(59);
}

void tst_CompositeRedirect::storeHitRedirectsToTheCdnCopy()
{
    QFETCH(qint64, compositeTtl);
    QFETCH(int, redirectMaxAge);
    QFETCH(int, deleteGrace);
    QFETCH(qint64, lowestMaxAge);
    QFETCH(qint64, highestMaxAge);

    ++m_daemonCount;
    auto settings = s3Settings();
    settings.compositeCacheTtl = compositeTtl;
    settings.compositeCacheTtlJitter = 0;
    settings.redirectMaxAgeSeconds = redirectMaxAge;
    settings.deleteGraceSeconds = deleteGrace;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));

    const HttpReply first = m_harness.get(presetPath(QStringLiteral("bar_notch")));
    QVERIFY2(first.status == 200, qPrintable(first.describe()));   // the render itself is served inline
    QCOMPARE(first.header("content-type"), QByteArray("image/jpeg"));

    const HttpReply second = m_harness.get(presetPath(QStringLiteral("bar_notch")));
    QVERIFY2(second.status == 302, qPrintable(second.describe()));
    const QByteArray location = second.header("location");
    const QByteArray expectedStart = (m_s3.publicBaseUrl() + QStringLiteral("/run%1/").arg(m_daemonCount)).toUtf8();
    QVERIFY2(location.startsWith(expectedStart), location.constData());
    QVERIFY2(location.contains("~"), "the object key is versioned");
    QVERIFY(second.body.isEmpty());
    const qint64 maxAge = maxAgeOf(second.header("cache-control"));
    QVERIFY2(second.header("cache-control").startsWith("public, max-age="), second.header("cache-control").constData());
    QVERIFY2(maxAge >= lowestMaxAge && maxAge <= highestMaxAge, second.header("cache-control").constData());

    // The CDN path is the bucket's object: same bytes, served as an image.
    const Marquee::Net::HttpClient http;
    const auto cdn = http.get(QUrl(QString::fromUtf8(location)));
    QVERIFY(cdn);
    QCOMPARE(cdn->status, 200);
    QCOMPARE(cdn->header("content-type"), QByteArray("image/jpeg"));
    QVERIFY(cdn->body == first.body);

    // And again: the same versioned URL until the composite is rewritten.
    const HttpReply third = m_harness.get(presetPath(QStringLiteral("bar_notch")));
    QCOMPARE(third.status, 302);
    QCOMPARE(third.header("location"), location);
}

void tst_CompositeRedirect::memoryHitsAndNoPublicUrlStayInline()
{
    ++m_daemonCount;
    auto settings = s3Settings();
    settings.compositeMemEntries = 100;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
    const HttpReply first = m_harness.get(presetPath(QStringLiteral("clean_notch")));
    QCOMPARE(first.status, 200);
    const HttpReply fromMemory = m_harness.get(presetPath(QStringLiteral("clean_notch")));
    QVERIFY2(fromMemory.status == 200, qPrintable(fromMemory.describe()));
    QVERIFY(fromMemory.body == first.body);

    // Without a public URL a store hit is read from S3 and served inline.
    ++m_daemonCount;
    auto noCdn = s3Settings();
    noCdn.objectStoreUrl = settings.objectStoreUrl;   // the bucket prefix that already holds the composite
    noCdn.objectStorePublicUrl.clear();
    QVERIFY2(m_harness.start(noCdn, &error), qPrintable(error));
    // The cache database is new, so this renders once more; the repeat is the store hit.
    QCOMPARE(m_harness.get(presetPath(QStringLiteral("clean_notch"))).status, 200);
    const HttpReply fromStore = m_harness.get(presetPath(QStringLiteral("clean_notch")));
    QVERIFY2(fromStore.status == 200, qPrintable(fromStore.describe()));
    QVERIFY(fromStore.body == first.body);
    QVERIFY(fromStore.hasHeader("etag"));
}

void tst_CompositeRedirect::s3OutageStillAnswersInline()
{
    ++m_daemonCount;
    QString error;
    QVERIFY2(m_harness.start(s3Settings(), &error), qPrintable(error));
    QCOMPARE(m_harness.get(presetPath(QStringLiteral("bar_notch"))).status, 200);
    QCOMPARE(m_harness.get(presetPath(QStringLiteral("bar_notch"))).status, 302);

    m_s3.stop();
    // A stored composite whose store is down, and a new render that cannot be stored: both inline.
    const HttpReply stored = m_harness.get(presetPath(QStringLiteral("bar_notch")));
    QVERIFY2(stored.status == 200, qPrintable(stored.describe()));
    QCOMPARE(stored.header("content-type"), QByteArray("image/jpeg"));
    const HttpReply fresh = m_harness.get(presetPath(QStringLiteral("mini_sash_oa")));
    QVERIFY2(fresh.status == 200, qPrintable(fresh.describe()));
    QCOMPARE(fresh.header("content-type"), QByteArray("image/jpeg"));

    QVERIFY2(m_s3.start(), qPrintable(m_s3.errorString()));
    // The render that could not be stored left no row: once S3 is back it is rendered and stored anew.
    QCOMPARE(m_harness.get(presetPath(QStringLiteral("mini_sash_oa"))).status, 200);
    QCOMPARE(m_harness.get(presetPath(QStringLiteral("mini_sash_oa"))).status, 302);
}

void tst_CompositeRedirect::unreachableStoreStopsTheStart()
{
    ++m_daemonCount;
    auto settings = s3Settings();
    settings.objectStoreUrl = QStringLiteral("s3+http://127.0.0.1:9/composites");
    settings.awsSecretAccessKey = QStringLiteral("do-not-print-this-secret");
    QString error;
    QVERIFY(!m_harness.start(settings, &error));
    QVERIFY2(error.contains(QLatin1String("OBJECT_STORE_URL")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("http://127.0.0.1:9")), qPrintable(error));
    QVERIFY2(!error.contains(settings.awsSecretAccessKey), qPrintable(error));
}

QTEST_MAIN(tst_CompositeRedirect)
#include "tst_compositeredirect.moc"
