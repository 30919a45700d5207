#include <QTest>

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include "core/net/httpclient.h"
#include "core/sources/aiostreamsqualitysource.h"
#include "tests/core/sources/qualityanswertext.h"
#include "tests/fakeupstream/fakequalityroutes.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using namespace Marquee::Sources;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;

Q_DECLARE_METATYPE(Marquee::ErrorKind)
Q_DECLARE_METATYPE(Marquee::Tests::FakeFault)

namespace {
// "4K,REMUX" → {"4K", "REMUX"}
QStringList tokens(const char *csv)
{
    return QString::fromLatin1(csv).split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

class TestAioStreamsQualitySource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void answers_data();
    void answers();
    void seriesAsksForTheEpisode();
    void sendsBasicAuthorization();
    void wrongCredentialsAreAFailure();
    void transportFailures_data();
    void transportFailures();
    void parsedFileTokens_data();
    void parsedFileTokens();
    void canonicalTokens_data();
    void canonicalTokens();

private:
    QualityLookup movie(const char *imdb) const { return QualityLookup{QString::fromLatin1(imdb), MediaType::Movie, 1, 1, {}}; }

    FakeUpstream m_fake;
    Net::HttpClient m_http{3000};
    std::unique_ptr<AioStreamsQualitySource> m_source;
};

void TestAioStreamsQualitySource::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
    // A trailing slash in AIOSTREAMS_URL must not double the path separator.
    m_source = std::make_unique<AioStreamsQualitySource>(m_http, m_fake.baseUrl() + QStringLiteral("/aiostreams/"),
                                                         Tests::fakeAioStreamsAuth());
}

void TestAioStreamsQualitySource::init()
{
    m_fake.reset();
}

void TestAioStreamsQualitySource::answers_data()
{
    QTest::addColumn<QString>("imdb");
    QTest::addColumn<QString>("expected");

    QTest::newRow("4K REMUX DV ATMOS (best of two results)") << "tt0000001" << "ready:4K,REMUX,DV,ATMOS";
    QTest::newRow("1080P REMUX HDR10") << "tt0000002" << "ready:1080P,REMUX,HDR10";
    QTest::newRow("1080P WEBDL") << "tt0000004" << "ready:1080P,WEBDL";
    QTest::newRow("no results, no errors: authoritative empty") << "tt0000005" << "empty";
    QTest::newRow("no results but scraper errors: title failed") << "tt0000006" << "title-failed";
    QTest::newRow("success=false: failure") << "tt9000001" << "failure:AIOStreams reported a failure";
    QTest::newRow("only the top five results count") << "tt9000002" << "ready:WEBDL";
    QTest::newRow("503: failure") << "tt9000003" << "failure:AIOStreams error 503";
    QTest::newRow("404 about the id: title failed") << "tt9000005" << "title-failed";
    QTest::newRow("unknown title: empty") << "tt7777777" << "empty";
}

void TestAioStreamsQualitySource::answers()
{
    QFETCH(QString, imdb);
    QFETCH(QString, expected);
    QCOMPARE(Tests::answerText(m_source->fetch(movie(qPrintable(imdb)))), expected);
}

void TestAioStreamsQualitySource::seriesAsksForTheEpisode()
{
    const Result<QualityAnswer> answer = m_source->fetch(QualityLookup{QStringLiteral("tt0000003"), MediaType::Tv, 2, 5, {}});
    QCOMPARE(Tests::answerText(answer), QStringLiteral("ready:4K,WEBDL,HDR10+,DTSX"));
    const QString target = m_fake.requestLog().value(0);
    QVERIFY2(target.startsWith(QStringLiteral("/aiostreams/api/v1/search?")), qPrintable(target));
    const QUrlQuery query(target.mid(target.indexOf(QLatin1Char('?')) + 1));
    QCOMPARE(query.queryItemValue(QStringLiteral("type")), QStringLiteral("series"));
    QCOMPARE(query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded), QStringLiteral("tt0000003:2:5"));
}

void TestAioStreamsQualitySource::sendsBasicAuthorization()
{
    QVERIFY(m_source->fetch(movie("tt0000002")));
    const auto requests = m_fake.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().headers.value("authorization"), "Basic " + Tests::fakeAioStreamsAuth().toUtf8());
    const QUrlQuery query(requests.first().target.mid(requests.first().target.indexOf(QLatin1Char('?')) + 1));
    QCOMPARE(query.queryItemValue(QStringLiteral("type")), QStringLiteral("movie"));
    QCOMPARE(query.queryItemValue(QStringLiteral("id")), QStringLiteral("tt0000002"));
    QCOMPARE(m_source->cacheContext(), QStringLiteral("aiostreams"));
}

void TestAioStreamsQualitySource::wrongCredentialsAreAFailure()
{
    const QString secret = QString::fromLatin1(QByteArrayLiteral("someone:else").toBase64());
    AioStreamsQualitySource wrong(m_http, m_fake.baseUrl() + QStringLiteral("/aiostreams"), secret);
    const Result<QualityAnswer> answer = wrong.fetch(movie("tt0000001"));
    QVERIFY(!answer);
    QCOMPARE(answer.error().kind, ErrorKind::UpstreamStatus);
    QCOMPARE(answer.error().upstreamStatus, 401);
    QCOMPARE(answer.error().message, QStringLiteral("AIOStreams error 401"));
    QVERIFY(!answer.error().message.contains(secret));
}

void TestAioStreamsQualitySource::transportFailures_data()
{
    QTest::addColumn<FakeFault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("hang → timeout") << FakeFault{.hang = true} << ErrorKind::UpstreamTimeout;
    QTest::newRow("malformed JSON") << FakeFault{.malformedJson = true} << ErrorKind::UpstreamStatus;
    QTest::newRow("429 is not about the title") << FakeFault{.status = 429} << ErrorKind::UpstreamStatus;
}

void TestAioStreamsQualitySource::transportFailures()
{
    QFETCH(FakeFault, fault);
    QFETCH(ErrorKind, kind);
    AioStreamsQualitySource quick(m_http, m_fake.baseUrl() + QStringLiteral("/aiostreams"), Tests::fakeAioStreamsAuth(), 500);
    m_fake.setFault(QStringLiteral("/aiostreams/"), fault);
    const Result<QualityAnswer> answer = quick.fetch(movie("tt0000001"));
    QVERIFY(!answer);
    QCOMPARE(answer.error().kind, kind);
}

void TestAioStreamsQualitySource::parsedFileTokens_data()
{
    QTest::addColumn<QByteArray>("parsedFile");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("2160p") << QByteArray(R"({"resolution":"2160p"})") << tokens("4K");
    QTest::newRow("1080p") << QByteArray(R"({"resolution":"1080p"})") << tokens("1080P");
    QTest::newRow("720p has no badge") << QByteArray(R"({"resolution":"720p"})") << tokens("");
    QTest::newRow("DOLBY VISION") << QByteArray(R"({"visualTags":["Dolby Vision"]})") << tokens("DV");
    QTest::newRow("DOVI") << QByteArray(R"({"visualTags":["dovi"]})") << tokens("DV");
    QTest::newRow("HDR10+ beats HDR") << QByteArray(R"({"visualTags":["HDR10+","HDR"]})") << tokens("HDR10+");
    QTest::newRow("HDR → HDR10") << QByteArray(R"({"visualTags":["HDR"]})") << tokens("HDR10");
    QTest::newRow("BluRay REMUX") << QByteArray(R"({"quality":"BluRay REMUX"})") << tokens("REMUX");
    QTest::newRow("WEB-DL") << QByteArray(R"({"quality":"WEB-DL"})") << tokens("WEBDL");
    QTest::newRow("WEBRip is not WEB-DL") << QByteArray(R"({"quality":"WEBRip"})") << tokens("");
    QTest::newRow("Atmos inside a tag") << QByteArray(R"({"audioTags":["TrueHD Atmos"]})") << tokens("ATMOS");
    QTest::newRow("DTS:X") << QByteArray(R"({"audioTags":["DTS:X"]})") << tokens("DTSX");
    QTest::newRow("DTS-X") << QByteArray(R"({"audioTags":["DTS-X"]})") << tokens("DTSX");
    QTest::newRow("DTS-HD is not DTS:X") << QByteArray(R"({"audioTags":["DTS-HD MA"]})") << tokens("");
    QTest::newRow("everything, badge order") << QByteArray(R"({"audioTags":["Atmos"],"quality":"BluRay REMUX","visualTags":["HDR10","DV"],"resolution":"2160p"})")
                                            << tokens("4K,REMUX,DV,ATMOS");
}

void TestAioStreamsQualitySource::parsedFileTokens()
{
    QFETCH(QByteArray, parsedFile);
    QFETCH(QStringList, tokens);
    QCOMPARE(AioStreamsQualitySource::tokensOf(QJsonDocument::fromJson(parsedFile).object()), tokens);
}

void TestAioStreamsQualitySource::canonicalTokens_data()
{
    QTest::addColumn<QStringList>("seen");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("one per group, best first") << tokens("1080P,WEBDL,HDR10,4K,REMUX,DTSX,ATMOS,HDR10+")
                                               << tokens("4K,REMUX,HDR10+,ATMOS");
    QTest::newRow("unknown tokens dropped") << tokens("720P,SD,8K,WEBDL") << tokens("WEBDL");
    QTest::newRow("nothing") << tokens("") << tokens("");
}

void TestAioStreamsQualitySource::canonicalTokens()
{
    QFETCH(QStringList, seen);
    QFETCH(QStringList, tokens);
    QCOMPARE(QualitySource::canonicalTokens(seen), tokens);
}

QTEST_GUILESS_MAIN(TestAioStreamsQualitySource)
#include "tst_aiostreamsqualitysource.moc"
