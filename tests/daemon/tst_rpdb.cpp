// The RPDB-shaped route: /{key}/{imdb|tmdb|tvdb}/poster-default/{id}.jpg and /{key}/isValid, with {key}
// the operator's ACCESS_KEY, a built-in preset or a user preset (marquee.md §2).
#include <QTest>

#include "core/storage/storage.h"
#include "daemon/http/rpdbroutes.h"
#include "tests/daemon/daemonharness.h"

using Marquee::ErrorKind;
using Marquee::MediaType;
using Marquee::Http::RpdbRoutes;
using Marquee::Tests::DaemonHarness;
using Marquee::Tests::HttpReply;

namespace {

const QString AccessKey = QStringLiteral("operator-secret");
const QSize Portrait(500, 750);

} // namespace

class tst_Rpdb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseId_data();
    void parseId();
    void normalisedLanguage_data();
    void normalisedLanguage();
    void posterByKey_data();
    void posterByKey();
    void seriesImdbIdWithoutType();
    void presetMatchesP();
    void errors_data();
    void errors();
    void keyNeverEchoed();
    void isValid_data();
    void isValid();
    void presetsDisabled();
    void pausedAnswers503();

private:
    void start(bool presetEnabled = true);
    DaemonHarness m_harness;
};

void tst_Rpdb::start(bool presetEnabled)
{
    auto settings = m_harness.baseSettings();
    settings.accessKey = AccessKey;
    settings.presetEnabled = presetEnabled;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
    QVERIFY(m_harness.daemon()->storage().putUserPreset(
        {QStringLiteral("my_look"), QStringLiteral("rating_display_mode=4&sash_mode=notch"), 1}));
}

void tst_Rpdb::initTestCase()
{
    start();
}

void tst_Rpdb::parseId_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("typeHint");
    QTest::addColumn<QString>("imdb");
    QTest::addColumn<qint64>("tmdb");
    QTest::addColumn<bool>("tv");
    QTest::addColumn<bool>("typeKnown");
    QTest::newRow("imdb") << "imdb" << "tt0111161.jpg" << "" << "tt0111161" << qint64(0) << false << false;
    QTest::newRow("imdb with type") << "imdb" << "tt0111161.jpg" << "series" << "tt0111161" << qint64(0) << true << true;
    QTest::newRow("tmdb movie") << "tmdb" << "movie-278.jpg" << "" << "" << qint64(278) << false << true;
    QTest::newRow("tmdb series") << "tmdb" << "series-1399.jpg" << "" << "" << qint64(1399) << true << true;
    QTest::newRow("tmdb tv") << "tmdb" << "tv-1399" << "" << "" << qint64(1399) << true << true;
    QTest::newRow("tmdb bare") << "tmdb" << "278.jpg" << "" << "" << qint64(278) << false << true;
    QTest::newRow("tmdb bare with type") << "tmdb" << "1399.jpg" << "tv" << "" << qint64(1399) << true << true;
    QTest::newRow("upper-case source") << "IMDB" << "tt1.JPG" << "" << "tt1" << qint64(0) << false << false;
}

void tst_Rpdb::parseId()
{
    QFETCH(QString, source);
    QFETCH(QString, id);
    QFETCH(QString, typeHint);
    QFETCH(QString, imdb);
    QFETCH(qint64, tmdb);
    QFETCH(bool, tv);
    QFETCH(bool, typeKnown);
    const auto parsed = RpdbRoutes::parseId(source, id, typeHint);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->title.imdbId, imdb);
    QCOMPARE(parsed->title.tmdbId, tmdb);
    QCOMPARE(parsed->title.type == MediaType::Tv, tv);
    QCOMPARE(parsed->typeKnown, typeKnown);
}

void tst_Rpdb::normalisedLanguage_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << "en" << "en";
    QTest::newRow("region") << "pt-BR" << "pt-br";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("garbage") << "en_US;drop" << "";
}

void tst_Rpdb::normalisedLanguage()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(RpdbRoutes::normalisedLanguage(in), out);
}

void tst_Rpdb::posterByKey_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("operator key, imdb") << QStringLiteral("/%1/imdb/poster-default/tt90000001.jpg").arg(AccessKey);
    QTest::newRow("operator key, fallback and lang")
        << QStringLiteral("/%1/imdb/poster-default/tt90000002.jpg?fallback=true&lang=en").arg(AccessKey);
    QTest::newRow("built-in preset, imdb") << QStringLiteral("/bar_notch/imdb/poster-default/tt90000003.jpg");
    QTest::newRow("built-in preset, tmdb") << QStringLiteral("/clean_sash/tmdb/poster-default/movie-90000004.jpg");
    QTest::newRow("user preset, imdb") << QStringLiteral("/my_look/imdb/poster-default/tt90000005.jpg");
    QTest::newRow("user preset, tmdb series") << QStringLiteral("/my_look/tmdb/poster-default/series-90000007.jpg");
}

void tst_Rpdb::posterByKey()
{
    QFETCH(QString, path);
    const HttpReply reply = m_harness.get(path);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.header("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(reply.image().size(), Portrait);
}

void tst_Rpdb::seriesImdbIdWithoutType()
{
    // tt90000007 is a series in the sample library: the film lookup fails, the series one renders.
    const HttpReply reply = m_harness.get(QStringLiteral("/my_look/imdb/poster-default/tt90000007.jpg"));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.image().size(), Portrait);
}

void tst_Rpdb::presetMatchesP()
{
    // The same preset and title through /p and the RPDB shape is the same composite.
    const HttpReply viaP = m_harness.get(QStringLiteral("/p/my_look/movie/tt90000001.jpg"));
    const HttpReply viaRpdb = m_harness.get(QStringLiteral("/my_look/imdb/poster-default/tt90000001.jpg"));
    QVERIFY2(viaP.status == 200, qPrintable(viaP.describe()));
    QVERIFY2(viaRpdb.status == 200, qPrintable(viaRpdb.describe()));
    QCOMPARE(viaRpdb.header("etag"), viaP.header("etag"));
    QCOMPARE(viaRpdb.body, viaP.body);
}

void tst_Rpdb::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("tvdb") << QStringLiteral("/bar_notch/tvdb/poster-default/81189.jpg") << 404
                          << QStringLiteral("TVDB ids cannot be resolved by this server; use the imdb or tmdb form");
    QTest::newRow("unknown source") << QStringLiteral("/bar_notch/trakt/poster-default/1.jpg") << 400
                                    << QStringLiteral("Invalid id source (imdb|tmdb|tvdb)");
    QTest::newRow("bad imdb id") << QStringLiteral("/bar_notch/imdb/poster-default/nm123.jpg") << 400
                                 << QStringLiteral("Invalid id (imdb: tt…; tmdb: movie-<id>, series-<id> or <id>)");
    QTest::newRow("bad tmdb prefix") << QStringLiteral("/bar_notch/tmdb/poster-default/person-5.jpg") << 400
                                     << QStringLiteral("Invalid id (imdb: tt…; tmdb: movie-<id>, series-<id> or <id>)");
    QTest::newRow("unknown preset") << QStringLiteral("/no_such_look/imdb/poster-default/tt90000001.jpg") << 404
                                    << QStringLiteral("Unknown preset or access key");
    QTest::newRow("not preset-shaped") << QStringLiteral("/bad%20key!/imdb/poster-default/tt90000001.jpg") << 403
                                       << QStringLiteral("Unauthorized, your access key is not valid for this instance.");
}

void tst_Rpdb::errors()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, detail);
    const HttpReply reply = m_harness.get(path);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.detail(), detail);
}

void tst_Rpdb::keyNeverEchoed()
{
    // A mistyped access key must not come back in the error either.
    const HttpReply reply = m_harness.get(QStringLiteral("/operator-secreT/imdb/poster-default/tt90000001.jpg"));
    QCOMPARE(reply.status, 404);
    QVERIFY(!reply.body.contains("secreT"));
}

void tst_Rpdb::isValid_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("status");
    QTest::newRow("operator key") << AccessKey << 200;
    QTest::newRow("built-in preset") << QStringLiteral("bar_notch") << 200;
    QTest::newRow("retired preset") << QStringLiteral("frosted_notch") << 200;
    QTest::newRow("user preset") << QStringLiteral("my_look") << 200;
    QTest::newRow("unknown") << QStringLiteral("nothing_here") << 404;
    QTest::newRow("not preset-shaped") << QStringLiteral("a.b") << 403;
}

void tst_Rpdb::isValid()
{
    QFETCH(QString, key);
    QFETCH(int, status);
    const HttpReply reply = m_harness.get(QStringLiteral("/%1/isValid").arg(key));
    QCOMPARE(reply.status, status);
    if (status == 200)
        QCOMPARE(reply.json().value(QStringLiteral("valid")), QJsonValue(true));
    else
        QVERIFY(!reply.detail().isEmpty());
}

void tst_Rpdb::presetsDisabled()
{
    start(false);
    const HttpReply preset = m_harness.get(QStringLiteral("/bar_notch/isValid"));
    QCOMPARE(preset.status, 403);
    QCOMPARE(m_harness.get(QStringLiteral("/my_look/imdb/poster-default/tt90000001.jpg")).status, 403);
    // The operator key keeps working: it is /poster's access, not /p's.
    QCOMPARE(m_harness.get(QStringLiteral("/%1/isValid").arg(AccessKey)).status, 200);
    const HttpReply poster = m_harness.get(QStringLiteral("/%1/imdb/poster-default/tt90000001.jpg").arg(AccessKey));
    QVERIFY2(poster.status == 200, qPrintable(poster.describe()));
    start(true);
}

void tst_Rpdb::pausedAnswers503()
{
    m_harness.daemon()->setPaused(true);
    const HttpReply paused = m_harness.get(QStringLiteral("/bar_notch/imdb/poster-default/tt90000001.jpg"));
    QCOMPARE(paused.status, 503);
    QCOMPARE(paused.detail(), QStringLiteral("Poster serving is paused by the operator; try again later"));
    QVERIFY(paused.hasHeader("retry-after"));
    QCOMPARE(m_harness.get(QStringLiteral("/p/bar_notch/movie/tt90000001.jpg")).status, 503);
    QCOMPARE(m_harness.get(QStringLiteral("/poster?tmdb_id=90000001&access_key=") + AccessKey).status, 503);
    QCOMPARE(m_harness.get(QStringLiteral("/server-caps")).status, 200);  // the rest keeps answering
    QCOMPARE(m_harness.get(QStringLiteral("/bar_notch/isValid")).status, 200);
    m_harness.daemon()->setPaused(false);
    QCOMPARE(m_harness.get(QStringLiteral("/bar_notch/imdb/poster-default/tt90000001.jpg")).status, 200);
}

QTEST_MAIN(tst_Rpdb)
#include "tst_rpdb.moc"
