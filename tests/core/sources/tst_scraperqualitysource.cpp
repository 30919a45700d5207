#include <QTest>

#include "core/net/httpclient.h"
#include "core/sources/scraperqualitysource.h"
#include "tests/core/sources/qualityanswertext.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using namespace Marquee::Sources;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;

namespace {
const QString Config = QStringLiteral("realdebrid=SECRET-DEBRID-KEY|sort=quality");

QStringList tokens(const char *csv)
{
    return QString::fromLatin1(csv).split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

class TestScraperQualitySource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void normalizedBase_data();
    void normalizedBase();
    void answers_data();
    void answers();
    void seriesFallsBackToTheShow();
    void seriesEpisodeIndexed();
    void errorsNeverCarryTheUrl();
    void streamTextTokens_data();
    void streamTextTokens();

private:
    QString manifest() const { return m_fake.baseUrl() + QStringLiteral("/scraper/") + Config + QStringLiteral("/manifest.json"); }

    FakeUpstream m_fake;
    Net::HttpClient m_http{3000};
    std::unique_ptr<ScraperQualitySource> m_source;
};

void TestScraperQualitySource::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
    m_source = std::make_unique<ScraperQualitySource>(m_http, manifest());
}

void TestScraperQualitySource::init()
{
    m_fake.reset();
}

void TestScraperQualitySource::normalizedBase_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("base");
    QTest::newRow("stremio:// install link") << "stremio://torrentio.strem.fun/opts/manifest.json"
                                             << "https://torrentio.strem.fun/opts";
    QTest::newRow("https manifest") << "https://comet.example/abc/manifest.json" << "https://comet.example/abc";
    QTest::newRow("bare base with slash") << " https://addon.example/cfg/ " << "https://addon.example/cfg";
    QTest::newRow("empty") << "" << "";
}

void TestScraperQualitySource::normalizedBase()
{
    QFETCH(QString, url);
    QFETCH(QString, base);
    QCOMPARE(ScraperQualitySource::normalizedBase(url), base);
}

void TestScraperQualitySource::answers_data()
{
    QTest::addColumn<QString>("imdb");
    QTest::addColumn<QString>("expected");
    QTest::newRow("4K REMUX DV ATMOS") << "tt0000001" << "ready:4K,REMUX,DV,ATMOS";
    QTest::newRow("1080P REMUX HDR10") << "tt0000002" << "ready:1080P,REMUX,HDR10";
    QTest::newRow("1080P WEBDL") << "tt0000004" << "ready:1080P,WEBDL";
    QTest::newRow("no streams: authoritative empty") << "tt0000005" << "empty";
    QTest::newRow("404: title failed") << "tt0000006" << "title-failed";
    QTest::newRow("malformed JSON: failure") << "tt9000001" << "failure:Scraper sent malformed JSON";
    QTest::newRow("top five streams only") << "tt9000002" << "ready:WEBDL";
    QTest::newRow("503: failure") << "tt9000003" << "failure:Scraper error 503";
}

void TestScraperQualitySource::answers()
{
    QFETCH(QString, imdb);
    QFETCH(QString, expected);
    QCOMPARE(Tests::answerText(m_source->fetch(QualityLookup{imdb, MediaType::Movie, 1, 1, {}})), expected);
    QCOMPARE(m_fake.requests().value(0).path, QStringLiteral("/scraper/") + Config + QStringLiteral("/stream/movie/") + imdb
                                               + QStringLiteral(".json"));
}

void TestScraperQualitySource::seriesFallsBackToTheShow()
{
    const Result<QualityAnswer> answer = m_source->fetch(QualityLookup{QStringLiteral("tt0000003"), MediaType::Tv, 3, 7, {}});
    QCOMPARE(Tests::answerText(answer), QStringLiteral("ready:4K,WEBDL,HDR10+,DTSX"));
    const QString prefix = QStringLiteral("/scraper/") + Config;
    const auto requests = m_fake.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].path, prefix + QStringLiteral("/stream/series/tt0000003:3:7.json"));
    QCOMPARE(requests[1].path, prefix + QStringLiteral("/stream/series/tt0000003.json"));
}

void TestScraperQualitySource::seriesEpisodeIndexed()
{
    const Result<QualityAnswer> answer = m_source->fetch(QualityLookup{QStringLiteral("tt0000003"), MediaType::Tv, 1, 1, {}});
    QCOMPARE(Tests::answerText(answer), QStringLiteral("ready:4K,WEBDL,HDR10+,DTSX"));
    QCOMPARE(m_fake.requestCount(), 1);
}

void TestScraperQualitySource::errorsNeverCarryTheUrl()
{
    ScraperQualitySource quick(m_http, manifest(), 400);
    m_fake.setFault(QStringLiteral("/scraper/"), FakeFault{.hang = true});
    const Result<QualityAnswer> answer = quick.fetch(QualityLookup{QStringLiteral("tt0000001"), MediaType::Movie, 1, 1, {}});
    QVERIFY(!answer);
    QCOMPARE(answer.error().kind, ErrorKind::UpstreamTimeout);
    QVERIFY(!answer.error().message.contains(QStringLiteral("SECRET")));
    QVERIFY(!answer.error().message.contains(QStringLiteral("scraper")));
}

void TestScraperQualitySource::streamTextTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("4k in the name") << "Torrentio\n4k DV | HDR" << tokens("4K,DV");
    QTest::newRow("HDR alone") << "Torrentio\n4k HDR" << tokens("4K,HDR10");
    QTest::newRow("UHD") << "Movie.UHD.BluRay.x265" << tokens("4K");
    QTest::newRow("1080p web-dl") << "Movie.2023.1080p.WEB-DL.DDP5.1" << tokens("1080P,WEBDL");
    QTest::newRow("WEBDL spelled together") << "Movie 1080p WEBDL" << tokens("1080P,WEBDL");
    QTest::newRow("720p: no resolution badge") << "Movie.720p.WEB.DL" << tokens("WEBDL");
    QTest::newRow("HDR10+ beats HDR") << "Movie.2160p.HDR10+.HDR" << tokens("4K,HDR10+");
    QTest::newRow("DoVi and Dolby Vision") << "Movie.DoVi.Dolby Vision" << tokens("DV");
    QTest::newRow("DV only as a word") << "Movie.DVDRip.DVD" << tokens("");
    QTest::newRow("REMUX beats WEB-DL") << "Movie.2160p.REMUX.WEB-DL" << tokens("4K,REMUX");
    QTest::newRow("Atmos and DTS-X: Atmos first") << "Movie.DTS-X.Atmos" << tokens("ATMOS");
    QTest::newRow("DTS:X alone") << "Movie 1080p DTS:X" << tokens("1080P,DTSX");
    QTest::newRow("DTS-HD is not DTS:X") << "Movie DTS-HD.MA" << tokens("");
}

void TestScraperQualitySource::streamTextTokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(ScraperQualitySource::tokensOfText(text), tokens);
}

QTEST_GUILESS_MAIN(TestScraperQualitySource)
#include "tst_scraperqualitysource.moc"
