// GET /search and GET /resolve-imdb (reference §1.6) against the fake TMDB: pass-through of status and
// body, parameter errors, the key fallback, the anonymous proxy gate, upstream failures and the shared
// "anonymous" rate bucket.
#include <QTest>

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

#include "tests/daemon/daemonharness.h"
#include "tests/fakeupstream/fakeupstream.h"

using Marquee::Tests::DaemonHarness;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;
using Marquee::Tests::HttpReply;

namespace {

const QString ServerKey = QStringLiteral("test-tmdb-key");
const QString AccessKey = QStringLiteral("operator-key");
const QString NoKeyMessage = QStringLiteral(
    "No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.");
const QString Unauthorized = QStringLiteral("Unauthorized, your access key is not valid for this instance.");

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

class tst_TmdbProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void searchPassesTmdbThrough();
    void searchEncodesTheQuery();
    void upstreamStatusPassesThrough_data();
    void upstreamStatusPassesThrough();
    void searchRejectsBadQueries_data();
    void searchRejectsBadQueries();
    void resolveImdb_data();
    void resolveImdb();
    void resolveImdbRejectsBadParams_data();
    void resolveImdbRejectsBadParams();
    void requestKeyOrServerKey_data();
    void requestKeyOrServerKey();
    void gate_data();
    void gate();
    void upstreamTimeoutIs504();
    void unreachableUpstreamIs502();
    void keysAreNeverEchoed();
    void anonymousBucketIsShared();
    void otherMethodsAre405();

private:
    Marquee::Config::ServerSettings proxySettings() const;
    void start(const Marquee::Config::ServerSettings &settings);

    DaemonHarness m_harness;
    FakeUpstream m_fake;
};

void tst_TmdbProxy::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
}

void tst_TmdbProxy::cleanup()
{
    m_fake.reset();
}

Marquee::Config::ServerSettings tst_TmdbProxy::proxySettings() const
{
    auto settings = m_harness.baseSettings();
    settings.libraryDirs = {};
    settings.tmdbApiBase = m_fake.tmdbApiBase();
    settings.tmdbApiKey = ServerKey;
    settings.anonymousTmdbRps = 0;  // functional tests must not trip the anonymous budget
    return settings;
}

void tst_TmdbProxy::start(const Marquee::Config::ServerSettings &settings)
{
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
}

void tst_TmdbProxy::searchPassesTmdbThrough()
{
    start(proxySettings());
    const HttpReply reply = m_harness.get(QStringLiteral("/search?q=Lighthouse"));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    const QJsonArray results = reply.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("id")).toInt(), 1001);
    QCOMPARE(m_fake.requestLog(),
             QStringList{QStringLiteral("/3/search/multi?api_key=test-tmdb-key&query=Lighthouse&include_adult=false&page=1")});
}

void tst_TmdbProxy::searchEncodesTheQuery()
{
    start(proxySettings());
    const QString text = QStringLiteral("a+b & c=100% #1 caf\u00e9");
    const HttpReply reply = m_harness.get(QStringLiteral("/search?q=") + encoded(text));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(m_fake.requests().size(), 1);
    const QUrlQuery sent(QUrl(m_fake.requests().at(0).target).query());
    QCOMPARE(sent.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded), text);
    QCOMPARE(sent.queryItemValue(QStringLiteral("include_adult")), QStringLiteral("false"));
}

void tst_TmdbProxy::upstreamStatusPassesThrough_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("faultPrefix");
    QTest::addColumn<int>("status");
    QTest::newRow("search 503") << QStringLiteral("/search?q=Neon") << QStringLiteral("/3/search/multi") << 503;
    QTest::newRow("search 429") << QStringLiteral("/search?q=Neon") << QStringLiteral("/3/search/multi") << 429;
    QTest::newRow("resolve 503") << QStringLiteral("/resolve-imdb?tmdb_id=1001&type=movie")
                                 << QStringLiteral("/3/movie/1001") << 503;
    QTest::newRow("resolve unknown id 404") << QStringLiteral("/resolve-imdb?tmdb_id=987654&type=movie")
                                            << QString() << 404;
}

void tst_TmdbProxy::upstreamStatusPassesThrough()
{
    QFETCH(QString, path);
    QFETCH(QString, faultPrefix);
    QFETCH(int, status);
    start(proxySettings());
    if (!faultPrefix.isEmpty())
        m_fake.setFault(faultPrefix, FakeFault{.status = status});
    const HttpReply reply = m_harness.get(path);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    QVERIFY(!reply.hasHeader("retry-after"));  // TMDB's 429 is TMDB's, not our budget
}

void tst_TmdbProxy::searchRejectsBadQueries_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing q") << QStringLiteral("/search") << 400 << QStringLiteral("Missing required parameter: q");
    QTest::newRow("blank q") << QStringLiteral("/search?q=%20%20") << 400
                             << QStringLiteral("Missing required parameter: q");
    QTest::newRow("201 characters") << QStringLiteral("/search?q=") + QString(201, QLatin1Char('x')) << 400
                                    << QStringLiteral("Query too long");
    QTest::newRow("200 characters") << QStringLiteral("/search?q=") + QString(200, QLatin1Char('x')) << 200
                                    << QString();
}

void tst_TmdbProxy::searchRejectsBadQueries()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, detail);
    start(proxySettings());
    const HttpReply reply = m_harness.get(path);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    if (status != 200) {
        QCOMPARE(reply.detail(), detail);
        QCOMPARE(m_fake.requestCount(), 0);
    }
}

void tst_TmdbProxy::resolveImdb_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("upstreamPath");
    QTest::addColumn<QString>("imdbId");
    QTest::newRow("movie") << QStringLiteral("tmdb_id=1001&type=movie") << QStringLiteral("/3/movie/1001/external_ids")
                           << QStringLiteral("tt0000001");
    QTest::newRow("type defaults to movie") << QStringLiteral("tmdb_id=1001") << QStringLiteral("/3/movie/1001/external_ids")
                                            << QStringLiteral("tt0000001");
    QTest::newRow("tv") << QStringLiteral("tmdb_id=2001&type=tv") << QStringLiteral("/3/tv/2001/external_ids")
                        << QStringLiteral("tt0000003");
    QTest::newRow("series is tv") << QStringLiteral("tmdb_id=2001&type=series")
                                  << QStringLiteral("/3/tv/2001/external_ids") << QStringLiteral("tt0000003");
}

void tst_TmdbProxy::resolveImdb()
{
    QFETCH(QString, query);
    QFETCH(QString, upstreamPath);
    QFETCH(QString, imdbId);
    start(proxySettings());
    const HttpReply reply = m_harness.get(QStringLiteral("/resolve-imdb?") + query);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    QCOMPARE(reply.json().value(QStringLiteral("imdb_id")).toString(), imdbId);
    QCOMPARE(m_fake.requestLog(), QStringList{upstreamPath + QStringLiteral("?api_key=test-tmdb-key")});
}

void tst_TmdbProxy::resolveImdbRejectsBadParams_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("detail");
    QTest::newRow("no tmdb_id") << QStringLiteral("type=movie") << QStringLiteral("Missing required parameter: tmdb_id");
    QTest::newRow("letters") << QStringLiteral("tmdb_id=abc") << QStringLiteral("Invalid tmdb_id");
    QTest::newRow("negative") << QStringLiteral("tmdb_id=-5") << QStringLiteral("Invalid tmdb_id");
    QTest::newRow("eleven digits") << QStringLiteral("tmdb_id=12345678901") << QStringLiteral("Invalid tmdb_id");
    QTest::newRow("path injection") << QStringLiteral("tmdb_id=1001%2F..%2F..") << QStringLiteral("Invalid tmdb_id");
    QTest::newRow("bad type") << QStringLiteral("tmdb_id=1001&type=anime") << QStringLiteral("Invalid type (movie|tv)");
}

void tst_TmdbProxy::resolveImdbRejectsBadParams()
{
    QFETCH(QString, query);
    QFETCH(QString, detail);
    start(proxySettings());
    const HttpReply reply = m_harness.get(QStringLiteral("/resolve-imdb?") + query);
    QVERIFY2(reply.status == 400, qPrintable(reply.describe()));
    QCOMPARE(reply.detail(), detail);
    QCOMPARE(m_fake.requestCount(), 0);
}

void tst_TmdbProxy::requestKeyOrServerKey_data()
{
    QTest::addColumn<QString>("serverKey");
    QTest::addColumn<QString>("requestKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("no key anywhere") << QString() << QString() << 400 << NoKeyMessage;
    QTest::newRow("request key only") << QString() << ServerKey << 200 << QString();
    QTest::newRow("server key only") << ServerKey << QString() << 200 << QString();
    // The request's key wins: the fake only accepts test-tmdb-key, so a wrong one shows as TMDB's 401.
    QTest::newRow("request key wins") << ServerKey << QStringLiteral("someone-elses-key") << 401 << QString();
}

void tst_TmdbProxy::requestKeyOrServerKey()
{
    QFETCH(QString, serverKey);
    QFETCH(QString, requestKey);
    QFETCH(int, status);
    QFETCH(QString, detail);
    auto settings = proxySettings();
    settings.tmdbApiKey = serverKey;
    start(settings);
    QString suffix;
    if (!requestKey.isEmpty())
        suffix = QStringLiteral("&tmdb_key=") + requestKey;
    for (const QString &path : {QStringLiteral("/search?q=Neon"), QStringLiteral("/resolve-imdb?tmdb_id=1001")}) {
        const HttpReply reply = m_harness.get(path + suffix);
        QVERIFY2(reply.status == status, qPrintable(path + QStringLiteral(": ") + reply.describe()));
        if (!detail.isEmpty())
            QCOMPARE(reply.detail(), detail);
    }
}

void tst_TmdbProxy::gate_data()
{
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<bool>("presetEnabled");
    QTest::addColumn<QString>("supplied");
    QTest::addColumn<int>("status");
    QTest::newRow("no ACCESS_KEY, presets on") << QString() << true << QString() << 200;
    QTest::newRow("no ACCESS_KEY, presets off") << QString() << false << QString() << 200;
    QTest::newRow("no ACCESS_KEY, presets off, stray key") << QString() << false << QStringLiteral("x") << 200;
    QTest::newRow("ACCESS_KEY, presets on, no key") << AccessKey << true << QString() << 200;
    QTest::newRow("ACCESS_KEY, presets on, wrong key") << AccessKey << true << QStringLiteral("nope") << 200;
    QTest::newRow("ACCESS_KEY, presets off, no key") << AccessKey << false << QString() << 403;
    QTest::newRow("ACCESS_KEY, presets off, wrong key") << AccessKey << false << QStringLiteral("nope") << 403;
    QTest::newRow("ACCESS_KEY, presets off, valid key") << AccessKey << false << AccessKey << 200;
}

void tst_TmdbProxy::gate()
{
    QFETCH(QString, accessKey);
    QFETCH(bool, presetEnabled);
    QFETCH(QString, supplied);
    QFETCH(int, status);
    auto settings = proxySettings();
    settings.accessKey = accessKey;
    settings.presetEnabled = presetEnabled;
    start(settings);
    QString suffix;
    if (!supplied.isEmpty())
        suffix = QStringLiteral("&access_key=") + supplied;
    for (const QString &path : {QStringLiteral("/search?q=Neon"), QStringLiteral("/resolve-imdb?tmdb_id=1001")}) {
        const HttpReply reply = m_harness.get(path + suffix);
        QVERIFY2(reply.status == status, qPrintable(path + QStringLiteral(": ") + reply.describe()));
        if (status == 403)
            QCOMPARE(reply.detail(), Unauthorized);
    }
    if (status == 403)
        QCOMPARE(m_fake.requestCount(), 0);
}

void tst_TmdbProxy::upstreamTimeoutIs504()
{
    auto settings = proxySettings();
    settings.upstreamTimeoutMs = 300;
    start(settings);
    m_fake.setFault(QStringLiteral("/3/search/multi"), FakeFault{.hang = true});
    const HttpReply reply = m_harness.get(QStringLiteral("/search?q=Neon"));
    QVERIFY2(reply.status == 504, qPrintable(reply.describe()));
    QCOMPARE(reply.detail(), QStringLiteral("Upstream request timed out"));
}

void tst_TmdbProxy::unreachableUpstreamIs502()
{
    auto settings = proxySettings();
    settings.tmdbApiBase = m_harness.baseSettings().tmdbApiBase;  // a closed loopback port
    start(settings);
    for (const QString &path : {QStringLiteral("/search?q=Neon"), QStringLiteral("/resolve-imdb?tmdb_id=1001")}) {
        const HttpReply reply = m_harness.get(path);
        QVERIFY2(reply.status == 502, qPrintable(path + QStringLiteral(": ") + reply.describe()));
        QCOMPARE(reply.detail(), QStringLiteral("TMDB could not be reached"));
    }
}

void tst_TmdbProxy::keysAreNeverEchoed()
{
    auto settings = proxySettings();
    settings.tmdbApiKey = QStringLiteral("server-secret-123");
    settings.tmdbApiBase = m_harness.baseSettings().tmdbApiBase;
    start(settings);
    const QString userKey = QStringLiteral("user-secret-456");
    const QStringList paths{
        QStringLiteral("/search?q=Neon"),
        QStringLiteral("/search?q=Neon&tmdb_key=") + userKey,
        QStringLiteral("/search?q=") + QString(201, QLatin1Char('x')) + QStringLiteral("&tmdb_key=") + userKey,
        QStringLiteral("/resolve-imdb?tmdb_id=zz&tmdb_key=") + userKey,
    };
    for (const QString &path : paths) {
        const HttpReply reply = m_harness.get(path);
        QVERIFY2(reply.status >= 400, qPrintable(reply.describe()));
        QVERIFY(!reply.body.contains("secret"));
        for (auto it = reply.headers.cbegin(); it != reply.headers.cend(); ++it)
            QVERIFY(!it.value().contains("secret"));
    }
}

void tst_TmdbProxy::anonymousBucketIsShared()
{
    auto settings = proxySettings();
    settings.anonymousTmdbRps = 1;
    settings.accessKey = AccessKey;  // presets stay on, so the gate is open to everyone
    start(settings);
    // Four quick requests span at most two 1-second windows, so at least one is over budget.
    QList<HttpReply> replies;
    for (int i = 0; i < 4; ++i)
        replies.append(m_harness.get(i % 2 ? QStringLiteral("/resolve-imdb?tmdb_id=1001") : QStringLiteral("/search?q=Neon")));
    int limited = 0;
    for (const HttpReply &reply : replies) {
        if (reply.status == 429) {
            ++limited;
            QCOMPARE(reply.header("retry-after"), QByteArray("1"));
            QCOMPARE(reply.detail(), QStringLiteral("Rate limit exceeded (1 req/s)"));
        } else {
            QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        }
    }
    QVERIFY(limited >= 1);
    // Callers with their own TMDB key or the operator key are not anonymous (RATE_LIMIT_RPS is 0 = off).
    for (int i = 0; i < 3; ++i) {
        const HttpReply own = m_harness.get(QStringLiteral("/search?q=Neon&tmdb_key=") + ServerKey);
        QVERIFY2(own.status == 200, qPrintable(own.describe()));
        const HttpReply operatorCall = m_harness.get(QStringLiteral("/search?q=Neon&access_key=") + AccessKey);
        QVERIFY2(operatorCall.status == 200, qPrintable(operatorCall.describe()));
    }
}

void tst_TmdbProxy::otherMethodsAre405()
{
    start(proxySettings());
    for (const QString &path : {QStringLiteral("/search?q=Neon"), QStringLiteral("/resolve-imdb?tmdb_id=1001")}) {
        const HttpReply reply = m_harness.send("POST", path);
        QVERIFY2(reply.status == 405, qPrintable(reply.describe()));
    }
    QCOMPARE(m_fake.requestCount(), 0);
}

QTEST_MAIN(tst_TmdbProxy)
#include "tst_tmdbproxy.moc"
