#include <QTest>

#include <QUrlQuery>

#include "core/net/httpclient.h"
#include "core/sources/qualicachequalitysource.h"
#include "tests/core/sources/qualityanswertext.h"
#include "tests/fakeupstream/fakequalityroutes.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using namespace Marquee::Sources;
using Marquee::Tests::FakeUpstream;

namespace {
QStringList tokens(const char *csv)
{
    return QString::fromLatin1(csv).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QUrlQuery queryOf(const QString &target)
{
    return QUrlQuery(target.mid(target.indexOf(QLatin1Char('?')) + 1));
}
} // namespace

class TestQualiCacheQualitySource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void normalizedBase_data();
    void normalizedBase();
    void answers_data();
    void answers();
    void requestShape();
    void seriesSendsSeasonAndEpisode();
    void releaseDateOnlyWhenFullIso_data();
    void releaseDateOnlyWhenFullIso();
    void wrongKeyIsAFailure();
    void cacheContextCarriesTheTrustLevel();
    void foldTokens_data();
    void foldTokens();

private:
    std::unique_ptr<QualiCacheQualitySource> source(const QString &key, const QString &trust = QStringLiteral("high"))
    {
        // Users paste endpoint URLs: the normalisation must recover the origin.
        return std::make_unique<QualiCacheQualitySource>(
            m_http, m_fake.baseUrl() + QStringLiteral("/qualicache/v1/quality?min_trust=low#x"), key, trust);
    }

    FakeUpstream m_fake;
    Net::HttpClient m_http{3000};
};

void TestQualiCacheQualitySource::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
}

void TestQualiCacheQualitySource::init()
{
    m_fake.reset();
}

void TestQualiCacheQualitySource::normalizedBase_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("base");
    QTest::newRow("origin") << "https://qc.example" << "https://qc.example";
    QTest::newRow("trailing slash") << "https://qc.example/" << "https://qc.example";
    QTest::newRow("/v1") << "https://qc.example/v1" << "https://qc.example";
    QTest::newRow("/v1/quality/ with query") << "https://qc.example/v1/quality/?min_trust=low" << "https://qc.example";
    QTest::newRow("path prefix kept") << "https://host.example/qc/v1#frag" << "https://host.example/qc";
}

void TestQualiCacheQualitySource::normalizedBase()
{
    QFETCH(QString, url);
    QFETCH(QString, base);
    QCOMPARE(QualiCacheQualitySource::normalizedBase(url), base);
}

void TestQualiCacheQualitySource::answers_data()
{
    QTest::addColumn<QString>("imdb");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ready 4K REMUX DV ATMOS") << "tt0000001" << "ready:4K,REMUX,DV,ATMOS";
    QTest::newRow("ready 1080P REMUX HDR10") << "tt0000002" << "ready:1080P,REMUX,HDR10";
    QTest::newRow("WEBRIP folds into WEBDL") << "tt0000004" << "ready:1080P,WEBDL";
    QTest::newRow("empty: authoritative") << "tt0000005" << "empty";
    QTest::newRow("pending") << "tt0000006" << "pending";
    QTest::newRow("error status is pending too") << "tt9000001" << "pending";
    QTest::newRow("unsupported tokens dropped, BLURAY folded") << "tt9000002" << "ready:WEBDL,HDR10";
    QTest::newRow("503: failure") << "tt9000003" << "failure:QualiCache error 503";
    QTest::newRow("unknown status: failure") << "tt9000004" << "failure:QualiCache answered an unknown status";
    QTest::newRow("404: title failed") << "tt9000005" << "title-failed";
}

void TestQualiCacheQualitySource::answers()
{
    QFETCH(QString, imdb);
    QFETCH(QString, expected);
    QCOMPARE(Tests::answerText(source(Tests::fakeQualiCacheKey())->fetch(QualityLookup{imdb, MediaType::Movie, 1, 1, {}})),
             expected);
}

void TestQualiCacheQualitySource::requestShape()
{
    QVERIFY(source(Tests::fakeQualiCacheKey())->fetch(QualityLookup{QStringLiteral("tt0000001"), MediaType::Movie, 1, 1,
                                                                    QStringLiteral("2024-03-01")}));
    const auto requests = m_fake.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path, QStringLiteral("/qualicache/v1/quality/movie/tt0000001"));
    QCOMPARE(requests.first().headers.value("x-api-key"), Tests::fakeQualiCacheKey().toUtf8());
    const QUrlQuery query = queryOf(requests.first().target);
    QCOMPARE(query.queryItemValue(QStringLiteral("min_trust")), QStringLiteral("high"));
    QCOMPARE(query.queryItemValue(QStringLiteral("release_date")), QStringLiteral("2024-03-01"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("season")));
}

void TestQualiCacheQualitySource::seriesSendsSeasonAndEpisode()
{
    const auto answer = source(Tests::fakeQualiCacheKey(), QStringLiteral("medium"))
                            ->fetch(QualityLookup{QStringLiteral("tt0000003"), MediaType::Tv, 2, 4, {}});
    QCOMPARE(Tests::answerText(answer), QStringLiteral("ready:4K,WEBDL,HDR10+,DTSX"));
    const QString target = m_fake.requestLog().value(0);
    QVERIFY2(target.startsWith(QStringLiteral("/qualicache/v1/quality/series/tt0000003?")), qPrintable(target));
    const QUrlQuery query = queryOf(target);
    QCOMPARE(query.queryItemValue(QStringLiteral("season")), QStringLiteral("2"));
    QCOMPARE(query.queryItemValue(QStringLiteral("episode")), QStringLiteral("4"));
    QCOMPARE(query.queryItemValue(QStringLiteral("min_trust")), QStringLiteral("medium"));
}

void TestQualiCacheQualitySource::releaseDateOnlyWhenFullIso_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("sent");
    QTest::newRow("full date") << "2023-11-02" << true;
    QTest::newRow("bare year") << "2023" << false;
    QTest::newRow("unknown") << "" << false;
}

void TestQualiCacheQualitySource::releaseDateOnlyWhenFullIso()
{
    QFETCH(QString, date);
    QFETCH(bool, sent);
    QVERIFY(source(Tests::fakeQualiCacheKey())->fetch(QualityLookup{QStringLiteral("tt0000002"), MediaType::Movie, 1, 1, date}));
    QCOMPARE(queryOf(m_fake.requestLog().value(0)).hasQueryItem(QStringLiteral("release_date")), sent);
}

void TestQualiCacheQualitySource::wrongKeyIsAFailure()
{
    for (const QString &key : {QStringLiteral("wrong-secret-key"), QString()}) {
        const auto answer = source(key)->fetch(QualityLookup{QStringLiteral("tt0000001"), MediaType::Movie, 1, 1, {}});
        QVERIFY(!answer);
        QCOMPARE(answer.error().upstreamStatus, 401);
        QCOMPARE(answer.error().message, QStringLiteral("QualiCache rejected the API key (401): check QUALICACHE_API_KEY"));
    }
    // No key configured → no X-API-Key header at all.
    QVERIFY(!m_fake.requests().last().headers.contains("x-api-key"));
    QCOMPARE(m_fake.requests().first().headers.value("x-api-key"), QByteArrayLiteral("wrong-secret-key"));
}

void TestQualiCacheQualitySource::cacheContextCarriesTheTrustLevel()
{
    QCOMPARE(source({}, QStringLiteral("low"))->cacheContext(), QStringLiteral("qualicache:low:fold1"));
    QCOMPARE(source({})->cacheContext(), QStringLiteral("qualicache:high:fold1"));
}

void TestQualiCacheQualitySource::foldTokens_data()
{
    QTest::addColumn<QStringList>("raw");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("BLURAY → WEBDL") << tokens("1080P,BLURAY") << tokens("1080P,WEBDL");
    QTest::newRow("WEBRIP → WEBDL, lower case") << tokens("webrip,dv") << tokens("WEBDL,DV");
    QTest::newRow("REMUX stays") << tokens("BLURAY,REMUX") << tokens("REMUX");
    QTest::newRow("no badge for 8K 1440P 720P SD HDTV") << tokens("8K,1440P,720P,SD,HDTV") << tokens("");
}

void TestQualiCacheQualitySource::foldTokens()
{
    QFETCH(QStringList, raw);
    QFETCH(QStringList, tokens);
    QCOMPARE(QualiCacheQualitySource::foldTokens(raw), tokens);
}

QTEST_GUILESS_MAIN(TestQualiCacheQualitySource)
#include "tst_qualicachequalitysource.moc"
