// Sash data end to end: the fake upstream's titles crafted for each release status, TV schedule and
// trending rank render with their sash (in the request's logo_language), and their composites carry
// the shorter lifetimes the release data and trending ranks impose.
#include <QTest>

#include <QDateTime>
#include <QDir>
#include <QUrlQuery>

#include "core/config/posterquery.h"
#include "core/pipeline/posterpipeline.h"
#include "core/pipeline/sashvocabulary.h"
#include "core/pipeline/trendingjob.h"
#include "tests/daemon/daemonharness.h"
#include "tests/fakeupstream/fakeupstream.h"

using namespace Marquee;
using Marquee::Pipeline::SashVocabulary;
using Marquee::Pipeline::SashWord;
using Marquee::Tests::DaemonHarness;
using Marquee::Tests::FakeUpstream;
using Marquee::Tests::HttpReply;

namespace {

const QString AccessKey = QStringLiteral("operator-key");
constexpr qint64 Day = 86400;

QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

QString dated(const char *language, int days, SashWord window)
{
    return SashVocabulary::forLanguage(QString::fromLatin1(language)).releaseDate(today().addDays(days), window, today());
}

qint64 maxAge(const HttpReply &reply)
{
    const QByteArray header = reply.header("cache-control");
    const qsizetype at = header.indexOf("max-age=");
    return at < 0 ? -1 : header.mid(at + 8).split(',').first().toLongLong();
}

} // namespace

class tst_SashData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void sashOfEachCraftedTitle_data();
    void sashOfEachCraftedTitle();
    void languageIsPartOfTheCompositeKey();
    void trendingPosterLivesAtMostADay();
    void releaseDataShortensTheComposite();
    void ageRatingFromTmdbCertificate();

private:
    QString query(qint64 id, const QString &type, const QString &extra) const;
    Result<Pipeline::PosterResult> produce(const QString &query);

    DaemonHarness m_harness;
    FakeUpstream m_fake;
};

void tst_SashData::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
    auto settings = m_harness.baseSettings();
    settings.libraryDirs = {};
    settings.tmdbApiBase = m_fake.tmdbApiBase();
    settings.tmdbImageBase = m_fake.tmdbImageBase();
    settings.mdblistApiBase = m_fake.mdbListApiBase();
    settings.tmdbApiKey = QStringLiteral("test-tmdb-key");
    settings.mdblistApiKeys = {QStringLiteral("test-mdblist-key")};
    settings.accessKey = AccessKey;
    settings.cdnCacheTtl = QStringLiteral("auto");
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
}

void tst_SashData::cleanupTestCase()
{
    m_harness.stop();
}

QString tst_SashData::query(qint64 id, const QString &type, const QString &extra) const
{
    return QStringLiteral("tmdb_id=%1&type=%2&%3").arg(id).arg(type, extra);
}

Result<Pipeline::PosterResult> tst_SashData::produce(const QString &queryText)
{
    auto parsed = Config::parsePosterQuery(QUrlQuery(queryText));
    if (!parsed)
        return fail(parsed.error());
    Pipeline::PosterRequest request;
    request.query = *parsed;
    return m_harness.daemon()->pipeline().produce(request);
}

void tst_SashData::sashOfEachCraftedTitle_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("label");

    const QString status = QStringLiteral("sash_priority=release_status");
    QTest::newRow("cinema, digital date ahead") << qint64(1101) << "movie" << status << dated("en", 40, SashWord::Streaming);
    QTest::newRow("cinema, dates off") << qint64(1101) << "movie" << status + QStringLiteral("&release_status_dates=false") << "Cinema";
    QTest::newRow("streaming") << qint64(1102) << "movie" << status << "Streaming";
    QTest::newRow("physical") << qint64(1103) << "movie" << status << "Physical";
    QTest::newRow("production, day form") << qint64(1104) << "movie" << status << dated("en", 60, SashWord::Cinema);
    QTest::newRow("production, month form") << qint64(1105) << "movie" << status << dated("en", 500, SashWord::Cinema);
    QTest::newRow("festival premiere ahead") << qint64(1107) << "movie" << status << "Production";
    QTest::newRow("just added") << qint64(1106) << "movie" << "sash_priority=just_added" << "Just Added";
    QTest::newRow("just added is new (default order)") << qint64(1106) << "movie" << "sash_mode=sash" << "New";
    QTest::newRow("cinema only hides streaming") << qint64(1102) << "movie"
                                                << status + QStringLiteral("&release_status_cinema_only=true") << "";
    QTest::newRow("tv airing") << qint64(2101) << "tv" << status << "Airing";
    QTest::newRow("tv returning") << qint64(2101) << "tv" << "sash_priority=returning" << "Returning";
    QTest::newRow("tv new season") << qint64(2102) << "tv" << "sash_priority=new_season,returning" << "New Season";
    QTest::newRow("tv season finale") << qint64(2103) << "tv" << "sash_priority=season_finale,ended" << "Season Finale";
    QTest::newRow("tv ended") << qint64(2103) << "tv" << status << "Ended";
    QTest::newRow("tv cancelled") << qint64(2104) << "tv" << status << "Cancelled";
    QTest::newRow("tv premiere (default order)") << qint64(2105) << "tv" << "sash_mode=sash" << "Premiere";
    QTest::newRow("tv production") << qint64(2106) << "tv" << status << "Production";
    QTest::newRow("trending #1 (default order)") << qint64(1108) << "movie" << "sash_mode=sash" << "#1 Today";
    QTest::newRow("trending_broad #57") << qint64(1109) << "movie" << "sash_mode=sash" << "#57 Today";
    QTest::newRow("trending tv #3") << qint64(2107) << "tv" << "sash_mode=sash" << "#3 Today";
    QTest::newRow("broad rank is not the trending slot") << qint64(1109) << "movie" << "sash_priority=trending" << "";

    QTest::newRow("es cinema") << qint64(1101) << "movie" << status + QStringLiteral("&logo_language=es") << dated("es", 40, SashWord::Streaming);
    QTest::newRow("es month form") << qint64(1105) << "movie" << status + QStringLiteral("&logo_language=es-MX")
                                   << QStringLiteral("En cines ") + SashVocabulary::forLanguage(QStringLiteral("es")).month(today().addDays(500).month())
                                          + QLatin1Char(' ') + QString::number(today().addDays(500).year());
    QTest::newRow("fr finale") << qint64(2103) << "tv" << "sash_priority=season_finale&logo_language=fr" << "Finale de saison";
    QTest::newRow("fr trending") << qint64(1108) << "movie" << "logo_language=fr-FR" << "#1 du jour";
    QTest::newRow("fr physical") << qint64(1103) << "movie" << status + QStringLiteral("&logo_language=fr") << "Support physique";
    QTest::newRow("it production") << qint64(2106) << "tv" << status + QStringLiteral("&logo_language=it") << "In produzione";
    QTest::newRow("pt cancelled") << qint64(2104) << "tv" << status + QStringLiteral("&logo_language=pt") << "Cancelada";
    QTest::newRow("pt-br physical") << qint64(1103) << "movie" << status + QStringLiteral("&logo_language=pt-br") << "Mídia física";
    QTest::newRow("es oscar (long label)") << qint64(1001) << "movie" << "logo_language=es" << "Ganadora del Óscar";
    QTest::newRow("es oscar in the notch") << qint64(1001) << "movie" << "sash_mode=notch&logo_language=es"
                                           << "Ganadora del Óscar";
    QTest::newRow("fr dated in the notch") << qint64(1104) << "movie"
                                           << status + QStringLiteral("&sash_mode=notch&logo_language=fr")
                                           << dated("fr", 60, SashWord::Cinema);
    QTest::newRow("pt-br new season") << qint64(2102) << "tv" << "sash_priority=new_season&logo_language=pt-BR" << "Nova temporada";
}

void tst_SashData::sashOfEachCraftedTitle()
{
    QFETCH(qint64, id);
    QFETCH(QString, type);
    QFETCH(QString, params);
    QFETCH(QString, label);

    const QString q = query(id, type, params);
    const auto rendered = produce(q);
    QVERIFY2(rendered, qPrintable(rendered ? QString() : rendered.error().message));
    QCOMPARE(rendered->sashLabel, label);
    QVERIFY(rendered->persisted);

    // The route serves that very composite.
    const HttpReply reply = m_harness.get(QStringLiteral("/poster?") + q + QStringLiteral("&access_key=") + AccessKey);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.body, rendered->bytes);
    QVERIFY(maxAge(reply) > 0);
    QVERIFY(maxAge(reply) <= rendered->expiresAt - QDateTime::currentSecsSinceEpoch() + 1);

    // MARQUEE_SASH_PNG_DIR=/some/dir keeps the posters for a look.
    const QString keep = qEnvironmentVariable("MARQUEE_SASH_PNG_DIR");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        QVERIFY(reply.image().save(keep + QLatin1Char('/') + QString::fromLatin1(QTest::currentDataTag())
                                       .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9#-]+")), QStringLiteral("_"))
                                   + QStringLiteral(".png")));
    }
}

void tst_SashData::languageIsPartOfTheCompositeKey()
{
    Pipeline::PosterRequest english;
    english.query = *Config::parsePosterQuery(QUrlQuery(query(1101, QStringLiteral("movie"), QStringLiteral("logo_language=en"))));
    Pipeline::PosterRequest spanish = english;
    spanish.query.config.setValue(Config::Param::LogoLanguage, QStringLiteral("es"));
    Pipeline::PosterPipeline &pipeline = m_harness.daemon()->pipeline();
    QVERIFY(!pipeline.compositeKey(english).isEmpty());
    QVERIFY(pipeline.compositeKey(english) != pipeline.compositeKey(spanish));

    const QString status = QStringLiteral("sash_priority=release_status&logo_language=");
    const HttpReply en = m_harness.get(QStringLiteral("/poster?") + query(1103, QStringLiteral("movie"), status + QStringLiteral("en"))
                                       + QStringLiteral("&access_key=") + AccessKey);
    const HttpReply fr = m_harness.get(QStringLiteral("/poster?") + query(1103, QStringLiteral("movie"), status + QStringLiteral("fr"))
                                       + QStringLiteral("&access_key=") + AccessKey);
    QCOMPARE(en.status, 200);
    QCOMPARE(fr.status, 200);
    QVERIFY(en.body != fr.body);   // the sash reads "Physical" vs "Support physique"
}

void tst_SashData::trendingPosterLivesAtMostADay()
{
    // The daemon fetched the ranks before its first render (a /3/trending call per media type).
    QVERIFY(m_fake.requestCount(QStringLiteral("/3/trending/movie/day")) >= 1);
    QVERIFY(m_fake.requestCount(QStringLiteral("/3/trending/tv/day")) >= 1);
    const auto trending = produce(query(2107, QStringLiteral("tv"), QStringLiteral("sash_mode=sash&bar_append=year")));
    QVERIFY(trending);
    QCOMPARE(trending->sashLabel, QStringLiteral("#3 Today"));
    QVERIFY(trending->expiresAt <= QDateTime::currentSecsSinceEpoch() + Day);
    // A second pass has nothing due: the ranks are fresh.
    QCOMPARE(m_harness.daemon()->trending().runNow().refreshed, 0);
}

void tst_SashData::releaseDataShortensTheComposite()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Premiere: the next episode airs in 3 days, so the status is only trusted until then.
    const auto premiere = produce(query(2105, QStringLiteral("tv"), QStringLiteral("sash_mode=sash&bar_append=rating")));
    QVERIFY(premiere);
    QVERIFY(premiere->expiresAt <= QDateTime(today().addDays(3), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    // Physical (90-day tier): the composite keeps its normal lifetime (7 days ± 1 day of jitter).
    const auto physical = produce(query(1103, QStringLiteral("movie"), QStringLiteral("sash_mode=sash&bar_append=rating")));
    QVERIFY(physical);
    QVERIFY(physical->expiresAt >= now + 6 * Day);
    // Release dates are fetched once per movie and then come from the keyed cache.
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/movie/1103/release_dates")), 1);
}

void tst_SashData::ageRatingFromTmdbCertificate()
{
    // 1102 is not in MDBList; TMDB's US certificate (R) supplies the age rating for badge mode 3.
    const auto certified = produce(query(1102, QStringLiteral("movie"), QStringLiteral("badge_display_mode=3")));
    const auto plain = produce(query(1102, QStringLiteral("movie"), QStringLiteral("badge_display_mode=0")));
    QVERIFY(certified && plain);
    QVERIFY(certified->bytes != plain->bytes);
    const auto withBadge = produce(query(1004, QStringLiteral("movie"), QStringLiteral("badge_display_mode=3")));
    const auto withoutBadge = produce(query(1004, QStringLiteral("movie"), QStringLiteral("badge_display_mode=0")));
    QVERIFY(withBadge && withoutBadge);
    // 1004 is not in MDBList and has no certificate: the age badge has nothing to draw.
    QCOMPARE(withBadge->bytes, withoutBadge->bytes);
}

QTEST_MAIN(tst_SashData)
#include "tst_sashdata.moc"
