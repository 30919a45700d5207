#include <thread>

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

#include "core/net/httpclient.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using Marquee::Net::HttpClient;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void okAnswerCarriesBodyAndLowerCasedHeaders();
    void sendsIdentityEncodingAndProductUserAgent();
    void extraHeadersAreSent();
    void followsSafeRedirects();
    void httpErrorStatusesAreAnswers_data();
    void httpErrorStatusesAreAnswers();
    void slowAnswerTimesOut();
    void hangTimesOut();
    void truncatedBodyIsAConnectionFailure();
    void refusedConnectionIsAConnectionFailure();
    void bodyOverTheCapIsRejected();
    void perCallCapOverridesTheDefault();
    void invalidUrlIsInvalidInput();
    void worksFromManyThreadsAtOnce();
    void worksFromANonQtThread();
    void errorMessagesNeverContainTheKey();
    void redactedUrl_data();
    void redactedUrl();
    void retryAfterSeconds_data();
    void retryAfterSeconds();

private:
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_fake.baseUrl() + pathAndQuery); }

    FakeUpstream m_fake;
};

void TestHttpClient::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
}

void TestHttpClient::init()
{
    m_fake.reset();
}

void TestHttpClient::okAnswerCarriesBodyAndLowerCasedHeaders()
{
    const HttpClient http;
    const auto response = http.get(url(QStringLiteral("/3/movie/1001?api_key=test-tmdb-key")));
    QVERIFY(response.has_value());
    QCOMPARE(response->status, 200);
    QVERIFY(response->body.contains("\"title\":\"The Lighthouse Keeper\""));
    QVERIFY(response->header("content-type").startsWith("application/json"));
    QCOMPARE(response->header("content-length").toLongLong(), response->body.size());
}

void TestHttpClient::sendsIdentityEncodingAndProductUserAgent()
{
    const HttpClient http;
    QVERIFY(http.get(url(QStringLiteral("/3/movie/1001?api_key=test-tmdb-key"))).has_value());
    const auto requests = m_fake.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().headers.value("accept-encoding"), QByteArray("identity"));
    QVERIFY2(requests.first().headers.value("user-agent").startsWith("Marquee/"),
             requests.first().headers.value("user-agent").constData());
}

void TestHttpClient::extraHeadersAreSent()
{
    const HttpClient http;
    QVERIFY(http.get(url(QStringLiteral("/3/movie/1001?api_key=test-tmdb-key")),
                     {{QByteArrayLiteral("X-Api-Key"), QByteArrayLiteral("abc")}})
                .has_value());
    QCOMPARE(m_fake.requests().first().headers.value("x-api-key"), QByteArray("abc"));
}

void TestHttpClient::followsSafeRedirects()
{
    const HttpClient http;
    const QString target = QStringLiteral("/3/find/tt0000001?api_key=test-tmdb-key&external_source=imdb_id");
    const auto response = http.get(url(QStringLiteral("/__redirect?to=")
                                       + QString::fromLatin1(QUrl::toPercentEncoding(target))));
    QVERIFY2(response.has_value(), response ? "" : qPrintable(response.error().message));
    QCOMPARE(response->status, 200);
    QVERIFY(response->body.contains("\"movie_results\""));
    QCOMPARE(m_fake.requestLog(), QStringList{target});
}

void TestHttpClient::httpErrorStatusesAreAnswers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("forcedStatus");
    QTest::addColumn<int>("expectedStatus");

    QTest::newRow("unknown TMDB id → 404") << QStringLiteral("/3/movie/999999?api_key=test-tmdb-key") << 0 << 404;
    QTest::newRow("wrong key → 401") << QStringLiteral("/3/movie/1001?api_key=nope") << 0 << 401;
    QTest::newRow("forced 429") << QStringLiteral("/mdblist/imdb/movie/tt0000001") << 429 << 429;
    QTest::newRow("forced 500") << QStringLiteral("/3/movie/1001") << 500 << 500;
    QTest::newRow("forced 503") << QStringLiteral("/3/movie/1001") << 503 << 503;
}

void TestHttpClient::httpErrorStatusesAreAnswers()
{
    QFETCH(QString, path);
    QFETCH(int, forcedStatus);
    QFETCH(int, expectedStatus);
    if (forcedStatus)
        m_fake.setFault(path, FakeFault{.status = forcedStatus, .retryAfterSeconds = 7});

    const HttpClient http;
    const auto response = http.get(url(path));
    QVERIFY(response.has_value());
    QCOMPARE(response->status, expectedStatus);
    QVERIFY(!response->body.isEmpty());
    if (forcedStatus)
        QCOMPARE(response->header("retry-after"), QByteArray("7"));
}

void TestHttpClient::slowAnswerTimesOut()
{
    m_fake.setFault(QStringLiteral("/3/movie/1001"), FakeFault{.latencyMs = 5000});
    const HttpClient http(12000);
    QElapsedTimer clock;
    clock.start();
    const auto response = http.get(url(QStringLiteral("/3/movie/1001?api_key=test-tmdb-key")), {}, 250);
    QVERIFY(!response.has_value());
    QCOMPARE(response.error().kind, ErrorKind::UpstreamTimeout);
    QCOMPARE(response.error().message, QStringLiteral("Upstream request timed out"));
    // It gave up at its own deadline, not when the server finally answered.
    QVERIFY2(clock.elapsed() < 4500, qPrintable(QString::number(clock.elapsed())));
}

void TestHttpClient::hangTimesOut()
{
    m_fake.setFault(QStringLiteral("/t/p"), FakeFault{.hang = true});
    const HttpClient http(300);  // the default timeout applies when none is given
    const auto response = http.get(url(QStringLiteral("/t/p/w500/poster-1001-null.jpg")));
    QVERIFY(!response.has_value());
    QCOMPARE(response.error().kind, ErrorKind::UpstreamTimeout);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/t/p")), 1);
}

void TestHttpClient::truncatedBodyIsAConnectionFailure()
{
    m_fake.setFault(QStringLiteral("/3/movie/1001"), FakeFault{.truncate = true});
    const HttpClient http;
    const auto response = http.get(url(QStringLiteral("/3/movie/1001?api_key=test-tmdb-key")));
    QVERIFY(!response.has_value());
    QCOMPARE(response.error().kind, ErrorKind::UpstreamStatus);
    QCOMPARE(response.error().upstreamStatus, 0);
    QCOMPARE(response.error().message, QStringLiteral("Upstream connection failed"));
}

void TestHttpClient::refusedConnectionIsAConnectionFailure()
{
    // A port that was just free: nothing listens on it now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    const HttpClient http;
    const auto response = http.get(QUrl(QStringLiteral("http://127.0.0.1:%1/3/movie/1").arg(port)));
    QVERIFY(!response.has_value());
    QCOMPARE(response.error().kind, ErrorKind::UpstreamStatus);
    QCOMPARE(response.error().upstreamStatus, 0);
    QCOMPARE(response.error().message, QStringLiteral("Upstream connection failed"));
}

void TestHttpClient::bodyOverTheCapIsRejected()
{
    const HttpClient http(12000, 4096);  // a poster is far larger
    const auto response = http.get(url(QStringLiteral("/t/p/w500/poster-1001-null.jpg")));
    QVERIFY(!response.has_value());
    QCOMPARE(response.error().kind, ErrorKind::UpstreamStatus);
    QCOMPARE(response.error().message, QStringLiteral("Upstream response too large"));

    // The same client still takes small answers.
    const auto small = http.get(url(QStringLiteral("/3/find/tt0000001?api_key=test-tmdb-key")));
    QVERIFY(small.has_value());
    QCOMPARE(small->status, 200);
}

void TestHttpClient::perCallCapOverridesTheDefault()
{
    const HttpClient http;
    const QUrl poster = url(QStringLiteral("/t/p/w500/poster-1001-null.jpg"));
    QVERIFY(http.get(poster).has_value());
    const auto capped = http.get(poster, {}, -1, 1000);
    QVERIFY(!capped.has_value());
    QCOMPARE(capped.error().message, QStringLiteral("Upstream response too large"));
}

void TestHttpClient::invalidUrlIsInvalidInput()
{
    const HttpClient http;
    const auto response = http.get(QUrl(QStringLiteral("file:///etc/passwd")));
    QVERIFY(!response.has_value());
    QCOMPARE(response.error().kind, ErrorKind::InvalidInput);
}

void TestHttpClient::worksFromManyThreadsAtOnce()
{
    // The render pool calls get() from its workers: each thread brings its own network manager.
    const HttpClient http;
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    QList<int> ids;
    for (int i = 0; i < 24; ++i)
        ids.append(1001 + i % 5);
    const QList<int> statuses = QtConcurrent::blockingMapped(&pool, ids, [&](int id) {
        const auto response = http.get(url(QStringLiteral("/3/movie/%1?api_key=test-tmdb-key").arg(id)));
        return response ? response->status : -1;
    });
    QCOMPARE(statuses, QList<int>(24, 200));
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/movie/")), 24);
}

void TestHttpClient::worksFromANonQtThread()
{
    const HttpClient http;
    int status = 0;
    std::thread worker([&] {
        const auto response = http.get(url(QStringLiteral("/3/find/tt0000001?api_key=test-tmdb-key")));
        status = response ? response->status : -1;
    });
    worker.join();
    QCOMPARE(status, 200);
}

void TestHttpClient::errorMessagesNeverContainTheKey()
{
    m_fake.setFault(QStringLiteral("/3/movie/1001"), FakeFault{.truncate = true});
    const HttpClient http(300);
    const QString query = QStringLiteral("?api_key=secret-value-123");
    const auto truncated = http.get(url(QStringLiteral("/3/movie/1001") + query));
    m_fake.setFault(QStringLiteral("/3/movie/1002"), FakeFault{.hang = true});
    const auto timedOut = http.get(url(QStringLiteral("/3/movie/1002") + query));
    QVERIFY(!truncated.has_value() && !timedOut.has_value());
    QVERIFY(!truncated.error().message.contains(QLatin1String("secret")));
    QVERIFY(!timedOut.error().message.contains(QLatin1String("secret")));
    QVERIFY(!timedOut.error().message.contains(QLatin1String("127.0.0.1")));
}

void TestHttpClient::redactedUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("tmdb api_key") << QStringLiteral("https://api.themoviedb.org/3/movie/1?api_key=abc&language=en")
                                  << QStringLiteral("https://api.themoviedb.org/3/movie/1?api_key=***&language=en");
    QTest::newRow("mdblist apikey") << QStringLiteral("https://api.mdblist.com/imdb/movie/tt1?apikey=k1&append_to_response=keyword")
                                    << QStringLiteral("https://api.mdblist.com/imdb/movie/tt1?apikey=***&append_to_response=keyword");
    QTest::newRow("poster params") << QStringLiteral("http://h/poster?tmdb_key=a&mdblist_key=b&access_key=c&imdb_id=tt1")
                                   << QStringLiteral("http://h/poster?tmdb_key=***&mdblist_key=***&access_key=***&imdb_id=tt1");
    QTest::newRow("key and token") << QStringLiteral("http://h/x?key=1&token=2&keyword=3")
                                   << QStringLiteral("http://h/x?key=***&token=***&keyword=3");
    QTest::newRow("case-insensitive names") << QStringLiteral("http://h/x?API_KEY=1&ApiKey=2")
                                            << QStringLiteral("http://h/x?API_KEY=***&ApiKey=***");
    QTest::newRow("encoded value") << QStringLiteral("http://h/x?api_key=a%26b%3Dc&q=1")
                                   << QStringLiteral("http://h/x?api_key=***&q=1");
    QTest::newRow("empty value") << QStringLiteral("http://h/x?api_key=&q=1")
                                 << QStringLiteral("http://h/x?api_key=***&q=1");
    QTest::newRow("no query") << QStringLiteral("http://h/3/movie/1") << QStringLiteral("http://h/3/movie/1");
    QTest::newRow("password dropped") << QStringLiteral("http://user:pw@h/x?a=1") << QStringLiteral("http://user@h/x?a=1");
}

void TestHttpClient::redactedUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(Net::redactedUrl(QUrl(url)), expected);
}

void TestHttpClient::retryAfterSeconds_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected");

    QTest::newRow("seconds") << QByteArray("5") << 5;
    QTest::newRow("padded") << QByteArray(" 42 ") << 42;
    QTest::newRow("capped") << QByteArray("99999") << 3600;
    QTest::newRow("zero → 1") << QByteArray("0") << 1;
    QTest::newRow("missing → default") << QByteArray() << 600;
    QTest::newRow("garbage → default") << QByteArray("soon") << 600;
    QTest::newRow("far-future date → capped") << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << 3600;
    QTest::newRow("date in the past → 1") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 1;
}

void TestHttpClient::retryAfterSeconds()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    QCOMPARE(Net::retryAfterSeconds(header, 600, 3600), expected);
}

QTEST_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
