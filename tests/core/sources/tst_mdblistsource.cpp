#include <QTest>
#include <QUrlQuery>

#include "core/net/httpclient.h"
#include "core/sources/mdblistsource.h"
#include "tests/fakeupstream/fakemdblistkeys.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using namespace Marquee::Sources;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;

Q_DECLARE_METATYPE(Marquee::ErrorKind)

namespace {
const QString Key = QStringLiteral("test-mdblist-key");

TitleId imdbTitle(const char *imdb, MediaType type = MediaType::Movie)
{
    return TitleId{type, QString::fromLatin1(imdb), 0};
}
} // namespace

class TestMdbListSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void movieByImdb();
    void showByImdb();
    void tmdbRouteWhenNoImdbId();
    void unknownTitleIsAnEmptyRecord();
    void rateLimited_data();
    void rateLimited();
    void rateLimitDelay_data();
    void rateLimitDelay();
    void dailyQuotaParksUntilTheReset();
    void rateLimitErrorsNeverNameTheKey();
    void upstreamFailuresMap_data();
    void upstreamFailuresMap();
    void wrongKeyIsUpstream403();
    void badInputNeverReachesTheNetwork();
    void parse_data();
    void parse();
    void parseVoteCountSpellings_data();
    void parseVoteCountSpellings();

private:
    FakeUpstream m_fake;
    Net::HttpClient m_http{2000};
    std::unique_ptr<MdbListSource> m_mdblist;
};

void TestMdbListSource::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
    m_mdblist = std::make_unique<MdbListSource>(m_http, m_fake.mdbListApiBase());
}

void TestMdbListSource::init()
{
    m_fake.reset();
}

void TestMdbListSource::movieByImdb()
{
    const Result<RatingsRecord> record = m_mdblist->ratings(imdbTitle("tt0000001"), Key);
    QVERIFY2(record.has_value(), record ? "" : qPrintable(record.error().message));
    QCOMPARE(record->ratings.value(QStringLiteral("imdb")), (RatingValue{7.9, 250000}));
    QCOMPARE(record->ratings.value(QStringLiteral("letterboxd")), (RatingValue{4.1, 120000}));
    QCOMPARE(record->ratings.value(QStringLiteral("tomatoes")), (RatingValue{92, 310}));
    QCOMPARE(record->ratings.value(QStringLiteral("rogerebert")), (RatingValue{3.5, std::nullopt}));
    QVERIFY(!record->ratings.contains(QStringLiteral("metacriticuser")));  // value null → absent
    QCOMPARE(record->ratings.size(), 8);
    QCOMPARE(record->keywords, QStringList{QStringLiteral("best-picture-winner")});
    QCOMPARE(record->released, QStringLiteral("2019-10-18"));
    QCOMPARE(record->ageRating, std::optional<int>(13));

    const QString target = m_fake.requestLog().value(0);
    QVERIFY2(target.startsWith(QStringLiteral("/mdblist/imdb/movie/tt0000001?")), qPrintable(target));
    const QUrlQuery query(target.mid(target.indexOf(QLatin1Char('?')) + 1));
    QCOMPARE(query.queryItemValue(QStringLiteral("apikey")), Key);
    QCOMPARE(query.queryItemValue(QStringLiteral("append_to_response")), QStringLiteral("keyword"));
}

void TestMdbListSource::showByImdb()
{
    const Result<RatingsRecord> record = m_mdblist->ratings(imdbTitle("tt0000003", MediaType::Tv), Key);
    QVERIFY(record.has_value());
    QCOMPARE(record->ratings.value(QStringLiteral("trakt")), (RatingValue{84, 5400}));
    QCOMPARE(record->keywords, QStringList{QStringLiteral("cult-classic")});
    QVERIFY(m_fake.requestLog().value(0).startsWith(QStringLiteral("/mdblist/imdb/show/tt0000003?")));
}

void TestMdbListSource::tmdbRouteWhenNoImdbId()
{
    const Result<RatingsRecord> record = m_mdblist->ratings(TitleId{MediaType::Tv, QString(), 2003}, Key);
    QVERIFY(record.has_value());
    QCOMPARE(record->ratings.value(QStringLiteral("trakt")), (RatingValue{77, 640}));
    QVERIFY(record->keywords.isEmpty());
    QVERIFY(!record->ageRating.has_value());  // age_rating null
    QVERIFY(m_fake.requestLog().value(0).startsWith(QStringLiteral("/mdblist/tmdb/show/2003?")));
}

void TestMdbListSource::unknownTitleIsAnEmptyRecord()
{
    for (const TitleId &title : {imdbTitle("tt0000005"), imdbTitle("tt9999999"), TitleId{MediaType::Movie, QString(), 77}}) {
        const Result<RatingsRecord> record = m_mdblist->ratings(title, Key);
        QVERIFY(record.has_value());
        QVERIFY(record->isEmpty());
    }
    QCOMPARE(m_fake.requestCount(QStringLiteral("/mdblist/")), 3);
}

void TestMdbListSource::rateLimited_data()
{
    QTest::addColumn<int>("retryAfterHeader");
    QTest::addColumn<int>("expected");
    QTest::newRow("Retry-After 5") << 5 << 5;
    QTest::newRow("no Retry-After → 3600") << -1 << 3600;
    QTest::newRow("huge Retry-After capped") << 99999 << 3600;
}

void TestMdbListSource::rateLimited()
{
    QFETCH(int, retryAfterHeader);
    QFETCH(int, expected);
    m_fake.setFault(QStringLiteral("/mdblist/"), FakeFault{.status = 429, .retryAfterSeconds = retryAfterHeader});
    const Result<RatingsRecord> record = m_mdblist->ratings(imdbTitle("tt0000001"), Key);
    QVERIFY(!record.has_value());
    QCOMPARE(record.error().kind, ErrorKind::RateLimited);
    QCOMPARE(record.error().retryAfterSeconds, expected);
    QCOMPARE(record.error().message, QStringLiteral("MDBList rate limit reached"));
}

void TestMdbListSource::rateLimitDelay_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("remaining");
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<int>("expected");
    const qint64 now = 1'700'000'000;
    QTest::newRow("Retry-After wins") << QByteArray("42") << QByteArray("0") << QByteArray::number(now + 5000) << 42;
    QTest::newRow("Retry-After capped at an hour") << QByteArray("7200") << QByteArray() << QByteArray() << 3600;
    QTest::newRow("quota spent: until the reset") << QByteArray() << QByteArray("0") << QByteArray::number(now + 5000) << 5000;
    QTest::newRow("quota spent: at least a minute") << QByteArray() << QByteArray("0") << QByteArray::number(now + 5) << 60;
    QTest::newRow("quota spent: at most a day") << QByteArray() << QByteArray("0") << QByteArray::number(now + 200000) << 86400;
    // 1'700'000'000 is 22:13:20 UTC: midnight UTC is 6400 s away.
    QTest::newRow("quota spent, no reset: midnight UTC") << QByteArray() << QByteArray("0") << QByteArray() << 6400;
    QTest::newRow("quota left: an hour") << QByteArray() << QByteArray("12") << QByteArray::number(now + 50) << 3600;
    QTest::newRow("nothing said: an hour") << QByteArray() << QByteArray() << QByteArray() << 3600;
}

void TestMdbListSource::rateLimitDelay()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, remaining);
    QFETCH(QByteArray, reset);
    QFETCH(int, expected);
    Net::HttpResponse response;
    response.status = 429;
    if (!retryAfter.isEmpty())
        response.headers.insert("retry-after", retryAfter);
    if (!remaining.isEmpty())
        response.headers.insert("x-ratelimit-remaining", remaining);
    if (!reset.isEmpty())
        response.headers.insert("x-ratelimit-reset", reset);
    QCOMPARE(MdbListSource::rateLimitDelaySeconds(response, 1'700'000'000), expected);
}

void TestMdbListSource::dailyQuotaParksUntilTheReset()
{
    const qint64 now = 1'700'000'000;
    MdbListSource source(m_http, m_fake.mdbListApiBase(), [now] { return now; });
    Tests::FakeMdbListKeys::reset();
    Tests::FakeMdbListKeys::exhaustQuota(Key, now + 7200);
    const Result<RatingsRecord> record = source.ratings(imdbTitle("tt0000001"), Key);
    Tests::FakeMdbListKeys::reset();
    QVERIFY(!record.has_value());
    QCOMPARE(record.error().kind, ErrorKind::RateLimited);
    QCOMPARE(record.error().retryAfterSeconds, 7200);
    QCOMPARE(record.error().message, QStringLiteral("MDBList daily request quota used up"));
}

void TestMdbListSource::rateLimitErrorsNeverNameTheKey()
{
    m_fake.setFault(QStringLiteral("/mdblist/"), FakeFault{.status = 429, .retryAfterSeconds = 5});
    const Result<RatingsRecord> limited = m_mdblist->ratings(imdbTitle("tt0000001"), Key);
    QVERIFY(!limited.has_value());
    QVERIFY(!limited.error().message.contains(Key));
    m_fake.setFault(QStringLiteral("/mdblist/"), FakeFault{.status = 500});
    const Result<RatingsRecord> failed = m_mdblist->ratings(imdbTitle("tt0000001"), Key);
    QVERIFY(!failed.has_value());
    QVERIFY(!failed.error().message.contains(Key));
}

void TestMdbListSource::upstreamFailuresMap_data()
{
    QTest::addColumn<FakeFault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("upstreamStatus");
    QTest::addColumn<QString>("message");
    QTest::newRow("500") << FakeFault{.status = 500} << ErrorKind::UpstreamStatus << 500 << QStringLiteral("Upstream error 500");
    QTest::newRow("503") << FakeFault{.status = 503} << ErrorKind::UpstreamStatus << 503 << QStringLiteral("Upstream error 503");
    QTest::newRow("malformed JSON") << FakeFault{.malformedJson = true} << ErrorKind::UpstreamStatus << 502
                                    << QStringLiteral("Upstream sent malformed JSON");
    QTest::newRow("truncated") << FakeFault{.truncate = true} << ErrorKind::UpstreamStatus << 0
                               << QStringLiteral("Upstream connection failed");
    QTest::newRow("hang → timeout") << FakeFault{.hang = true} << ErrorKind::UpstreamTimeout << 0
                                    << QStringLiteral("Upstream request timed out");
}

void TestMdbListSource::upstreamFailuresMap()
{
    QFETCH(FakeFault, fault);
    QFETCH(ErrorKind, kind);
    QFETCH(int, upstreamStatus);
    QFETCH(QString, message);
    m_fake.setFault(QStringLiteral("/mdblist/imdb/movie/tt0000002"), fault);
    const Result<RatingsRecord> record = m_mdblist->ratings(imdbTitle("tt0000002"), Key);
    QVERIFY(!record.has_value());
    QCOMPARE(record.error().kind, kind);
    QCOMPARE(record.error().upstreamStatus, upstreamStatus);
    QCOMPARE(record.error().message, message);
}

void TestMdbListSource::wrongKeyIsUpstream403()
{
    const Result<RatingsRecord> record = m_mdblist->ratings(imdbTitle("tt0000001"), QStringLiteral("nope"));
    QVERIFY(!record.has_value());
    QCOMPARE(record.error().kind, ErrorKind::UpstreamStatus);
    QCOMPARE(record.error().upstreamStatus, 403);
    QVERIFY(!record.error().message.contains(QLatin1String("nope")));
}

void TestMdbListSource::badInputNeverReachesTheNetwork()
{
    const QList<QPair<TitleId, ErrorKind>> cases = {
        {imdbTitle("0000001"), ErrorKind::InvalidInput},
        {imdbTitle("tt1/../../x"), ErrorKind::InvalidInput},
        {TitleId{}, ErrorKind::InvalidInput},
    };
    for (const auto &c : cases) {
        const Result<RatingsRecord> record = m_mdblist->ratings(c.first, Key);
        QVERIFY(!record.has_value());
        QCOMPARE(record.error().kind, c.second);
    }
    const Result<RatingsRecord> noKey = m_mdblist->ratings(imdbTitle("tt0000001"), QString());
    QVERIFY(!noKey.has_value());
    QCOMPARE(noKey.error().kind, ErrorKind::NotConfigured);
    QCOMPARE(m_fake.requestCount(), 0);
}

void TestMdbListSource::parse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<int>("ageRating");  // -1 = none

    QTest::newRow("null values skipped")
        << QByteArray(R"({"ratings":[{"source":"imdb","value":null},{"source":"trakt","value":71}]})")
        << QStringList{QStringLiteral("trakt")} << QStringList() << -1;
    QTest::newRow("source names lower-cased, first wins")
        << QByteArray(R"({"ratings":[{"source":"IMDb","value":7},{"source":"imdb","value":1}]})")
        << QStringList{QStringLiteral("imdb")} << QStringList() << -1;
    QTest::newRow("numeric strings")
        << QByteArray(R"({"ratings":[{"source":"tomatoes","value":"88"}],"age_rating":"16"})")
        << QStringList{QStringLiteral("tomatoes")} << QStringList() << 16;
    QTest::newRow("keywords as objects or strings")
        << QByteArray(R"({"keywords":[{"id":1,"name":"cult-classic"},"based-on-true-story",{"id":2}]})")
        << QStringList() << QStringList{QStringLiteral("cult-classic"), QStringLiteral("based-on-true-story")} << -1;
    QTest::newRow("age 0 is kept") << QByteArray(R"({"age_rating":0})") << QStringList() << QStringList() << 0;
    QTest::newRow("malformed → empty") << QByteArray("{\"ratings\": [") << QStringList() << QStringList() << -1;
    QTest::newRow("array, not object → empty") << QByteArray("[1,2]") << QStringList() << QStringList() << -1;
}

void TestMdbListSource::parse()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, sources);
    QFETCH(QStringList, keywords);
    QFETCH(int, ageRating);
    const RatingsRecord record = MdbListSource::parse(json);
    QCOMPARE(record.ratings.keys(), sources);
    QCOMPARE(record.keywords, keywords);
    QCOMPARE(record.ageRating, ageRating < 0 ? std::nullopt : std::optional<int>(ageRating));
}

void TestMdbListSource::parseVoteCountSpellings_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("expected");  // -1 = not reported
    QTest::newRow("votes") << QByteArray(R"("votes":120)") << 120;
    QTest::newRow("vote_count") << QByteArray(R"("vote_count":121)") << 121;
    QTest::newRow("count") << QByteArray(R"("count":122)") << 122;
    QTest::newRow("rating_count") << QByteArray(R"("rating_count":123)") << 123;
    QTest::newRow("ratings_count") << QByteArray(R"("ratings_count":124)") << 124;
    QTest::newRow("string with commas") << QByteArray(R"("votes":"1,234")") << 1234;
    QTest::newRow("null votes") << QByteArray(R"("votes":null)") << -1;
    QTest::newRow("unparsable") << QByteArray(R"("votes":"many")") << -1;
    QTest::newRow("absent") << QByteArray(R"("x":1)") << -1;
}

void TestMdbListSource::parseVoteCountSpellings()
{
    QFETCH(QByteArray, field);
    QFETCH(int, expected);
    const QByteArray json = R"({"ratings":[{"source":"letterboxd","value":3.5,)" + field + "}]}";
    const RatingsRecord record = MdbListSource::parse(json);
    QVERIFY(record.ratings.contains(QStringLiteral("letterboxd")));
    QCOMPARE(record.ratings.value(QStringLiteral("letterboxd")).votes,
             expected < 0 ? std::nullopt : std::optional<int>(expected));
}

QTEST_MAIN(TestMdbListSource)
#include "tst_mdblistsource.moc"
