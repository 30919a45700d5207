#include <QTest>

#include "core/net/httpclient.h"
#include "core/sources/tmdbsource.h"
#include "core/sources/trendingsource.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using namespace Marquee::Sources;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;

Q_DECLARE_METATYPE(Marquee::MediaType)

namespace {
const QString Key = QStringLiteral("test-tmdb-key");
using Ids = QList<qint64>;
}

class tst_TrendingSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void parsesListShapes_data();
    void parsesListShapes();
    void rejectsOtherJson_data();
    void rejectsOtherJson();
    void mdbListPagesBecomeJson_data();
    void mdbListPagesBecomeJson();
    void tmdbTrendingInRankOrder();
    void tmdbWindows();
    void customListsThroughTheFake();
    void failuresPassThrough();

private:
    FakeUpstream m_fake;
    std::unique_ptr<Net::HttpClient> m_http;
    std::unique_ptr<TmdbSource> m_tmdb;
};

void tst_TrendingSource::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
    m_http = std::make_unique<Net::HttpClient>(5000);
    m_tmdb = std::make_unique<TmdbSource>(*m_http, m_fake.tmdbApiBase(), m_fake.tmdbImageBase());
}

void tst_TrendingSource::init()
{
    m_fake.reset();
}

void tst_TrendingSource::parsesListShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<MediaType>("type");
    QTest::addColumn<int>("maxItems");
    QTest::addColumn<Ids>("expected");

    QTest::newRow("tmdb shape keeps array order")
        << QByteArray(R"({"page":1,"results":[{"id":30},{"id":10},{"id":20}]})") << MediaType::Movie << 500 << Ids{30, 10, 20};
    QTest::newRow("tmdb shape filters media_type")
        << QByteArray(R"({"results":[{"id":1,"media_type":"tv"},{"id":2,"media_type":"movie"},{"id":3}]})")
        << MediaType::Tv << 500 << Ids{1, 3};
    QTest::newRow("mdblist sorted by rank")
        << QByteArray(R"([{"id":7,"rank":3,"mediatype":"movie"},{"id":8,"rank":1,"mediatype":"movie"},{"id":9,"rank":2,"mediatype":"movie"}])")
        << MediaType::Movie << 500 << Ids{8, 9, 7};
    QTest::newRow("mdblist movie vs show")
        << QByteArray(R"([{"id":1,"rank":1,"mediatype":"show"},{"id":2,"rank":2,"mediatype":"movie"},{"id":3,"rank":3,"mediatype":"tv"}])")
        << MediaType::Tv << 500 << Ids{1, 3};
    QTest::newRow("mdblist id spellings, digits only")
        << QByteArray(R"([{"tmdb_id":"55","rank":1},{"tmdbid":66,"rank":2},{"id":"tt123","rank":3},{"id":"77","rank":4}])")
        << MediaType::Movie << 500 << Ids{55, 66, 77};
    QTest::newRow("mdblist without ranks keeps order")
        << QByteArray(R"([{"id":5},{"id":4}])") << MediaType::Movie << 500 << Ids{5, 4};
    QTest::newRow("mdblist split form")
        << QByteArray(R"({"movies":[{"id":1,"rank":2},{"id":2,"rank":1}],"shows":[{"id":3,"rank":1}]})")
        << MediaType::Movie << 500 << Ids{2, 1};
    QTest::newRow("duplicates dropped, cap applied")
        << QByteArray(R"({"results":[{"id":1},{"id":1},{"id":2},{"id":3},{"id":4}]})") << MediaType::Movie << 3 << Ids{1, 2, 3};
    QTest::newRow("empty list") << QByteArray("[]") << MediaType::Movie << 500 << Ids{};
}

void tst_TrendingSource::parsesListShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(MediaType, type);
    QFETCH(int, maxItems);
    QFETCH(Ids, expected);
    const auto ids = TrendingSource::parseList(body, type, maxItems);
    QVERIFY2(ids, qPrintable(ids ? QString() : ids.error().message));
    QCOMPARE(*ids, expected);
}

void tst_TrendingSource::rejectsOtherJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<html>list</html>");
    QTest::newRow("object without a list") << QByteArray(R"({"items":[]})");
    QTest::newRow("truncated") << QByteArray(R"({"results":[{"id":1})");
}

void tst_TrendingSource::rejectsOtherJson()
{
    QFETCH(QByteArray, body);
    const auto ids = TrendingSource::parseList(body, MediaType::Movie, 500);
    QVERIFY(!ids);
    QCOMPARE(ids.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(ids.error().message, QStringLiteral("Trending list is neither TMDB nor MDBList JSON"));
}

void tst_TrendingSource::mdbListPagesBecomeJson_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("list page") << "https://mdblist.com/lists/alice/top-films" << "https://mdblist.com/lists/alice/top-films/json";
    QTest::newRow("trailing slash") << "https://www.mdblist.com/lists/alice/top-films/"
                                    << "https://www.mdblist.com/lists/alice/top-films/json";
    QTest::newRow("already json") << "https://mdblist.com/lists/alice/top-films/json"
                                  << "https://mdblist.com/lists/alice/top-films/json";
    QTest::newRow("other host untouched") << "https://example.com/lists/alice/top" << "https://example.com/lists/alice/top";
}

void tst_TrendingSource::mdbListPagesBecomeJson()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(TrendingSource::listUrl(url).toString(), expected);
}

void tst_TrendingSource::tmdbTrendingInRankOrder()
{
    TrendingSource source(*m_http, m_tmdb.get());
    const auto movies = source.fetch(MediaType::Movie, QString(), 100, Key);
    QVERIFY2(movies, qPrintable(movies ? QString() : movies.error().message));
    // The fake ranks Starfall Express #1 and Quiet Tides #57 of the day, with unrelated ids between.
    QCOMPARE(movies->size(), 57);
    QCOMPARE(movies->first(), 1108);
    QCOMPARE(movies->at(56), 1109);
    // 20 a page: pages 1, 2 and 3; page 3 is short, so the fetch stops there.
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/trending/movie/day")), 3);
    QVERIFY(m_fake.requestLog().contains(QStringLiteral("/3/trending/movie/day?api_key=test-tmdb-key&page=3")));

    const auto shows = source.fetch(MediaType::Tv, QString(), 40, Key);
    QVERIFY(shows);
    QCOMPARE(shows->indexOf(2107) + 1, 3);

    const auto capped = source.fetch(MediaType::Movie, QString(), 10, Key);
    QVERIFY(capped);
    QCOMPARE(capped->size(), 10);
}

void tst_TrendingSource::tmdbWindows()
{
    const auto week = m_tmdb->trending(MediaType::Movie, QStringLiteral("week"), 1, Key);
    QVERIFY(week);
    QCOMPARE(week->mid(0, 2), (Ids{1109, 1108}));
    const auto bad = m_tmdb->trending(MediaType::Movie, QStringLiteral("month"), 1, Key);
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, ErrorKind::InvalidInput);
    const auto noKey = m_tmdb->trending(MediaType::Movie, QStringLiteral("day"), 1, QString());
    QVERIFY(!noKey);
    QCOMPARE(noKey.error().kind, ErrorKind::NotConfigured);
}

void tst_TrendingSource::customListsThroughTheFake()
{
    TrendingSource source(*m_http, nullptr);   // custom lists never need TMDB
    const QString mdbList = m_fake.baseUrl() + QStringLiteral("/lists/marquee/picks/json");
    const auto movies = source.fetch(MediaType::Movie, mdbList, 500, QString());
    QVERIFY2(movies, qPrintable(movies ? QString() : movies.error().message));
    QCOMPARE(*movies, (Ids{1109, 1102, 1108}));
    const auto shows = source.fetch(MediaType::Tv, mdbList, 500, QString());
    QVERIFY(shows);
    QCOMPARE(*shows, Ids{2107});

    const QString tmdbShaped = m_fake.baseUrl() + QStringLiteral("/lists/marquee/picks/tmdb");
    const auto fromTmdbShape = source.fetch(MediaType::Movie, tmdbShaped, 2, QString());
    QVERIFY(fromTmdbShape);
    QCOMPARE(*fromTmdbShape, (Ids{1109, 1102}));
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/")), 0);
}

void tst_TrendingSource::failuresPassThrough()
{
    TrendingSource source(*m_http, m_tmdb.get());
    m_fake.setFault(QStringLiteral("/3/trending/movie/day"), FakeFault{.status = 503});
    const auto down = source.fetch(MediaType::Movie, QString(), 100, Key);
    QVERIFY(!down);
    QCOMPARE(down.error().kind, ErrorKind::UpstreamStatus);
    QCOMPARE(down.error().upstreamStatus, 503);

    const auto missing = source.fetch(MediaType::Movie, m_fake.baseUrl() + QStringLiteral("/lists/nobody/none/json"), 500, QString());
    QVERIFY(!missing);
    QCOMPARE(missing.error().upstreamStatus, 404);

    const auto notHttp = source.fetch(MediaType::Movie, QStringLiteral("file:///etc/passwd"), 500, QString());
    QVERIFY(!notHttp);
    QCOMPARE(notHttp.error().message, QStringLiteral("Invalid trending list URL"));

    TrendingSource withoutTmdb(*m_http, nullptr);
    QCOMPARE(withoutTmdb.fetch(MediaType::Tv, QString(), 40, Key).error().kind, ErrorKind::NotConfigured);
    QVERIFY(source.fetch(MediaType::Tv, QString(), 0, Key)->isEmpty());
}

QTEST_GUILESS_MAIN(tst_TrendingSource)
#include "tst_trendingsource.moc"
