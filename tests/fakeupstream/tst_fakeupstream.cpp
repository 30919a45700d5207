#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

#include "core/net/httpclient.h"
#include "tests/fakeupstream/fakeupstream.h"
#include "tests/fakeupstream/fakeupstreamdata.h"

using namespace Marquee;
using Marquee::Net::HttpClient;
using Marquee::Tests::FakeFault;
using Marquee::Tests::FakeUpstream;

// The fake is test infrastructure every other suite leans on, so its own promises are tested too.
class TestFakeUpstream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void tableIsConsistent();
    void everyTableImageIsServed();
    void imagesAreDeterministic();
    void tmdbDetailsShape();
    void imageLanguageFilter();
    void findSearchAndTrending();
    void sashDataShapes();
    void mdbListShape();
    void authIsChecked();
    void controlRouteSetsFaults();
    void onceFaultsFireOnce();
    void longestPrefixWins();
    void statsCountRequestsButNotControl();
    void truncationHappensOnTheWire();
    void standaloneBinaryPrintsItsPort();

private:
    QJsonObject getJson(const QString &pathAndQuery, int expectedStatus = 200);

    FakeUpstream m_fake;
    HttpClient m_http{5000};
};

void TestFakeUpstream::initTestCase()
{
    QVERIFY(m_fake.startInThread() != 0);
}

void TestFakeUpstream::init()
{
    m_fake.reset();
}

QJsonObject TestFakeUpstream::getJson(const QString &pathAndQuery, int expectedStatus)
{
    const auto response = m_http.get(QUrl(m_fake.baseUrl() + pathAndQuery));
    if (!response.has_value()) {
        QTest::qFail(qPrintable(response.error().message), __FILE__, __LINE__);
        return {};
    }
    if (response->status != expectedStatus)
        QTest::qFail(qPrintable(QStringLiteral("status %1 for %2").arg(response->status).arg(pathAndQuery)), __FILE__, __LINE__);
    return QJsonDocument::fromJson(response->body).object();
}

void TestFakeUpstream::tableIsConsistent()
{
    const auto &titles = Tests::fakeTitles();
    QVERIFY(titles.size() >= 6);
    QSet<QString> imdbIds;
    QSet<QString> files;
    bool textlessPoster = false, onlyTextPosters = false, noImages = false, notInMdbList = false, foreign = false, tv = false;
    for (const auto &title : titles) {
        if (!title.imdbId.isEmpty()) {
            QVERIFY2(!imdbIds.contains(title.imdbId), qPrintable(title.imdbId));
            imdbIds.insert(title.imdbId);
        }
        QVERIFY(title.type == MediaType::Movie ? (title.tmdbId > 1000 && title.tmdbId < 2000) : title.tmdbId > 2000);
        for (const auto *list : {&title.posters, &title.logos, &title.backdrops}) {
            for (const auto &image : *list) {
                QVERIFY2(!files.contains(image.file), qPrintable(image.file));
                files.insert(image.file);
            }
        }
        const bool anyTextless = std::any_of(title.posters.cbegin(), title.posters.cend(),
                                             [](const auto &p) { return p.language.isEmpty(); });
        textlessPoster |= anyTextless && !title.logos.isEmpty();
        onlyTextPosters |= !title.posters.isEmpty() && !anyTextless && !title.backdrops.isEmpty();
        noImages |= title.posters.isEmpty() && title.logos.isEmpty() && title.backdrops.isEmpty();
        notInMdbList |= !title.inMdbList;
        foreign |= title.originalLanguage != QLatin1String("en");
        tv |= title.type == MediaType::Tv;
        QVERIFY(!title.exercises.isEmpty());
    }
    QVERIFY(textlessPoster && onlyTextPosters && noImages && notInMdbList && foreign && tv);
}

void TestFakeUpstream::everyTableImageIsServed()
{
    for (const auto &title : Tests::fakeTitles()) {
        for (const auto *list : {&title.posters, &title.logos, &title.backdrops}) {
            for (const auto &image : *list) {
                const auto response = m_http.get(QUrl(m_fake.tmdbImageBase() + QStringLiteral("/w300") + image.file));
                QVERIFY(response.has_value());
                QCOMPARE(response->status, 200);
                const QImage decoded = QImage::fromData(response->body);
                QCOMPARE(decoded.width(), 300);
                QCOMPARE(decoded.height(), qRound(300.0 * image.height / image.width));
            }
        }
    }
    const auto unknown = m_http.get(QUrl(m_fake.tmdbImageBase() + QStringLiteral("/w500/unknown.jpg")));
    QCOMPARE(unknown->status, 404);
    const auto badSize = m_http.get(QUrl(m_fake.tmdbImageBase() + QStringLiteral("/huge/poster-1001-null.jpg")));
    QCOMPARE(badSize->status, 404);
}

void TestFakeUpstream::imagesAreDeterministic()
{
    const QUrl a(m_fake.tmdbImageBase() + QStringLiteral("/w500/poster-1002-en.jpg"));
    const QUrl b(m_fake.tmdbImageBase() + QStringLiteral("/w500/poster-1002-fr.jpg"));
    QCOMPARE(m_http.get(a)->body, m_http.get(a)->body);
    QVERIFY(m_http.get(a)->body != m_http.get(b)->body);
    const QImage logo = QImage::fromData(m_http.get(QUrl(m_fake.tmdbImageBase() + QStringLiteral("/w500/logo-1001-en.png")))->body);
    QVERIFY(logo.hasAlphaChannel());
    QCOMPARE(qAlpha(logo.pixel(0, 0)), 0);  // transparent around the lettering
}

void TestFakeUpstream::tmdbDetailsShape()
{
    const QJsonObject movie = getJson(QStringLiteral("/3/movie/1001?api_key=test-tmdb-key&append_to_response=images,credits,external_ids"));
    QCOMPARE(movie.value(QLatin1String("title")).toString(), QStringLiteral("The Lighthouse Keeper"));
    QCOMPARE(movie.value(QLatin1String("external_ids")).toObject().value(QLatin1String("imdb_id")).toString(), QStringLiteral("tt0000001"));
    QCOMPARE(movie.value(QLatin1String("credits")).toObject().value(QLatin1String("cast")).toArray().size(), 2);
    QVERIFY(movie.value(QLatin1String("images")).toObject().value(QLatin1String("posters")).toArray().at(0)
                .toObject().value(QLatin1String("iso_639_1")).isNull());

    const QJsonObject bare = getJson(QStringLiteral("/3/movie/1001?api_key=test-tmdb-key"));
    QVERIFY(!bare.contains(QLatin1String("images")));  // only what append_to_response asks for

    const QJsonObject tv = getJson(QStringLiteral("/3/tv/2002?api_key=test-tmdb-key"));
    QCOMPARE(tv.value(QLatin1String("name")).toString(), QStringLiteral("Tiny Detectives"));
    QCOMPARE(tv.value(QLatin1String("number_of_seasons")).toInt(), 1);
    QCOMPARE(tv.value(QLatin1String("seasons")).toArray().size(), 1);

    const QJsonObject missing = getJson(QStringLiteral("/3/movie/2001?api_key=test-tmdb-key"), 404);
    QCOMPARE(missing.value(QLatin1String("status_code")).toInt(), 34);

    const QJsonObject ids = getJson(QStringLiteral("/3/tv/2003/external_ids?api_key=test-tmdb-key"));
    QVERIFY(ids.value(QLatin1String("imdb_id")).isNull());
    const QJsonObject dates = getJson(QStringLiteral("/3/movie/1005/release_dates?api_key=test-tmdb-key"));
    QCOMPARE(dates.value(QLatin1String("results")).toArray().size(), 2);  // FR and US
}

void TestFakeUpstream::imageLanguageFilter()
{
    const QJsonObject images = getJson(QStringLiteral("/3/movie/1005/images?api_key=test-tmdb-key&include_image_language=fr"));
    QCOMPARE(images.value(QLatin1String("posters")).toArray().size(), 1);
    QCOMPARE(images.value(QLatin1String("logos")).toArray().size(), 1);
    QCOMPARE(images.value(QLatin1String("backdrops")).toArray().size(), 0);
    const QJsonObject withNull = getJson(QStringLiteral("/3/movie/1005/images?api_key=test-tmdb-key&include_image_language=en,null"));
    QCOMPARE(withNull.value(QLatin1String("posters")).toArray().size(), 1);
    QCOMPARE(withNull.value(QLatin1String("backdrops")).toArray().size(), 1);
}

void TestFakeUpstream::findSearchAndTrending()
{
    const QJsonObject find = getJson(QStringLiteral("/3/find/tt0000003?api_key=test-tmdb-key&external_source=imdb_id"));
    QVERIFY(find.value(QLatin1String("movie_results")).toArray().isEmpty());
    QCOMPARE(find.value(QLatin1String("tv_results")).toArray().at(0).toObject().value(QLatin1String("id")).toInt(), 2001);

    const QJsonObject search = getJson(QStringLiteral("/3/search/multi?api_key=test-tmdb-key&query=HARBOR&page=1"));
    QCOMPARE(search.value(QLatin1String("results")).toArray().size(), 2);  // Neon Harbor, Harbor Lights Kitchen
    const QJsonObject original = getJson(QStringLiteral("/3/search/multi?api_key=test-tmdb-key&query=jardin"));
    QCOMPARE(original.value(QLatin1String("results")).toArray().at(0).toObject().value(QLatin1String("id")).toInt(), 1005);

    // Crafted ranks: Rookie Season is #3 of the day (two unrelated ids before it).
    const QJsonArray trending = getJson(QStringLiteral("/3/trending/tv/day?api_key=test-tmdb-key&page=1"))
                                    .value(QLatin1String("results")).toArray();
    QCOMPARE(trending.size(), 3);
    QCOMPARE(trending.at(2).toObject().value(QLatin1String("id")).toInt(), 2107);
    const QJsonArray week = getJson(QStringLiteral("/3/trending/movie/week?api_key=test-tmdb-key"))
                                .value(QLatin1String("results")).toArray();
    QCOMPARE(week.at(0).toObject().value(QLatin1String("id")).toInt(), 1109);
    QCOMPARE(week.at(1).toObject().value(QLatin1String("id")).toInt(), 1108);
    QVERIFY(getJson(QStringLiteral("/3/trending/movie/day?api_key=test-tmdb-key&page=4"))
                .value(QLatin1String("results")).toArray().isEmpty());
}

void TestFakeUpstream::sashDataShapes()
{
    // Release dates move with the calendar: Midnight Matinee opened 20 days ago.
    const QJsonArray regions = getJson(QStringLiteral("/3/movie/1101/release_dates?api_key=test-tmdb-key"))
                                   .value(QLatin1String("results")).toArray();
    QVERIFY(!regions.isEmpty());
    const QString theatrical = QDateTime::currentDateTimeUtc().date().addDays(-20).toString(Qt::ISODate);
    bool found = false;
    for (const QJsonValue &region : regions) {
        for (const QJsonValue &date : region.toObject().value(QLatin1String("release_dates")).toArray())
            found |= date.toObject().value(QLatin1String("release_date")).toString().startsWith(theatrical);
    }
    QVERIFY(found);

    // TV schedule fields: a crafted next episode, and null when there is none.
    const QJsonObject signal = getJson(QStringLiteral("/3/tv/2101?api_key=test-tmdb-key"));
    QCOMPARE(signal.value(QLatin1String("status")).toString(), QStringLiteral("Returning Series"));
    QCOMPARE(signal.value(QLatin1String("next_episode_to_air")).toObject().value(QLatin1String("episode_number")).toInt(), 5);
    QCOMPARE(signal.value(QLatin1String("last_episode_to_air")).toObject().value(QLatin1String("season_number")).toInt(), 3);
    const QJsonObject finale = getJson(QStringLiteral("/3/tv/2103?api_key=test-tmdb-key"));
    QVERIFY(finale.value(QLatin1String("next_episode_to_air")).isNull());
    const QJsonObject planned = getJson(QStringLiteral("/3/tv/2106?api_key=test-tmdb-key"));
    QVERIFY(planned.value(QLatin1String("last_episode_to_air")).isNull());
    QVERIFY(planned.value(QLatin1String("first_air_date")).isNull());

    // The custom trending list: MDBList JSON (no key) and a TMDB-shaped page.
    const auto list = m_http.get(QUrl(m_fake.baseUrl() + QStringLiteral("/lists/marquee/picks/json")));
    QVERIFY(list && list->status == 200);
    const QJsonArray items = QJsonDocument::fromJson(list->body).array();
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.last().toObject().value(QLatin1String("rank")).toInt(), 1);
    QCOMPARE(items.last().toObject().value(QLatin1String("mediatype")).toString(), QStringLiteral("movie"));
    const auto shaped = m_http.get(QUrl(m_fake.baseUrl() + QStringLiteral("/lists/marquee/picks/tmdb")));
    QVERIFY(shaped && shaped->status == 200);
    QCOMPARE(QJsonDocument::fromJson(shaped->body).object().value(QLatin1String("results")).toArray().size(), 4);
    const auto missing = m_http.get(QUrl(m_fake.baseUrl() + QStringLiteral("/lists/other/list/json")));
    QVERIFY(missing && missing->status == 404);
}

void TestFakeUpstream::mdbListShape()
{
    const QJsonObject title = getJson(QStringLiteral("/mdblist/imdb/movie/tt0000002?apikey=test-mdblist-key&append_to_response=keyword"));
    QCOMPARE(title.value(QLatin1String("type")).toString(), QStringLiteral("movie"));
    QCOMPARE(title.value(QLatin1String("age_rating")).toInt(), 17);
    QCOMPARE(title.value(QLatin1String("keywords")).toArray().at(0).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("based-on-true-story"));
    getJson(QStringLiteral("/mdblist/imdb/movie/tt0000005?apikey=test-mdblist-key"), 404);  // not in MDBList
    getJson(QStringLiteral("/mdblist/imdb/show/tt0000001?apikey=test-mdblist-key"), 404);   // wrong type
    getJson(QStringLiteral("/mdblist/tmdb/show/2003?apikey=test-mdblist-key"), 200);
}

void TestFakeUpstream::authIsChecked()
{
    const QJsonObject tmdb = getJson(QStringLiteral("/3/movie/1001?api_key=wrong"), 401);
    QCOMPARE(tmdb.value(QLatin1String("status_code")).toInt(), 7);
    getJson(QStringLiteral("/3/movie/1001"), 401);
    getJson(QStringLiteral("/mdblist/imdb/movie/tt0000001?apikey=wrong"), 403);

    FakeUpstream custom;
    custom.setTmdbKey(QStringLiteral("other"));
    QVERIFY(custom.startInThread() != 0);
    QCOMPARE(m_http.get(QUrl(custom.tmdbApiBase() + QStringLiteral("/movie/1001?api_key=other")))->status, 200);
    QCOMPARE(m_http.get(QUrl(custom.tmdbApiBase() + QStringLiteral("/movie/1001?api_key=test-tmdb-key")))->status, 401);
}

void TestFakeUpstream::controlRouteSetsFaults()
{
    getJson(QStringLiteral("/__control?prefix=/3/movie/1001&status=429&retry_after=9"));
    const auto limited = m_http.get(QUrl(m_fake.tmdbApiBase() + QStringLiteral("/movie/1001?api_key=test-tmdb-key")));
    QCOMPARE(limited->status, 429);
    QCOMPARE(limited->header("retry-after"), QByteArray("9"));
    QCOMPARE(m_http.get(QUrl(m_fake.tmdbApiBase() + QStringLiteral("/movie/1002?api_key=test-tmdb-key")))->status, 200);

    getJson(QStringLiteral("/__control?prefix=/mdblist/&hang=1"));
    const HttpClient impatient(200);
    const auto hung = impatient.get(QUrl(m_fake.mdbListApiBase() + QStringLiteral("/imdb/movie/tt0000001?apikey=test-mdblist-key")));
    QCOMPARE(hung.error().kind, ErrorKind::UpstreamTimeout);

    getJson(QStringLiteral("/__control?reset=1"));
    QCOMPARE(m_http.get(QUrl(m_fake.tmdbApiBase() + QStringLiteral("/movie/1001?api_key=test-tmdb-key")))->status, 200);
    QCOMPARE(m_fake.requestCount(), 1);  // reset cleared the counters too
    getJson(QStringLiteral("/__control?bogus=1"), 400);
}

void TestFakeUpstream::onceFaultsFireOnce()
{
    m_fake.setFault(QStringLiteral("/3/"), FakeFault{.status = 503, .once = true});
    const QUrl url(m_fake.tmdbApiBase() + QStringLiteral("/movie/1001?api_key=test-tmdb-key"));
    QCOMPARE(m_http.get(url)->status, 503);
    QCOMPARE(m_http.get(url)->status, 200);
}

void TestFakeUpstream::longestPrefixWins()
{
    m_fake.setFault(QStringLiteral("/3/"), FakeFault{.status = 500});
    m_fake.setFault(QStringLiteral("/3/movie/1001"), FakeFault{.status = 404});
    QCOMPARE(m_http.get(QUrl(m_fake.tmdbApiBase() + QStringLiteral("/movie/1001?api_key=test-tmdb-key")))->status, 404);
    QCOMPARE(m_http.get(QUrl(m_fake.tmdbApiBase() + QStringLiteral("/movie/1002?api_key=test-tmdb-key")))->status, 500);
}

void TestFakeUpstream::statsCountRequestsButNotControl()
{
    getJson(QStringLiteral("/3/movie/1001?api_key=test-tmdb-key"));
    getJson(QStringLiteral("/3/movie/1001?api_key=test-tmdb-key"));
    getJson(QStringLiteral("/__control?latency_ms=0"));
    const QJsonObject stats = getJson(QStringLiteral("/__stats"));
    QCOMPARE(stats.value(QLatin1String("total")).toInt(), 2);
    QCOMPARE(stats.value(QLatin1String("paths")).toObject().value(QLatin1String("/3/movie/1001")).toInt(), 2);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/3/movie")), 2);
    QCOMPARE(m_fake.requestCount(QStringLiteral("/mdblist")), 0);
    QCOMPARE(m_fake.requestLog().value(0), QStringLiteral("/3/movie/1001?api_key=test-tmdb-key"));
}

void TestFakeUpstream::truncationHappensOnTheWire()
{
    m_fake.setFault(QStringLiteral("/3/movie/1001"), FakeFault{.truncate = true});
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_fake.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /3/movie/1001?api_key=test-tmdb-key HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        received += socket.readAll();
    received += socket.readAll();
    const qsizetype split = received.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    const QByteArray head = received.left(split);
    const qsizetype at = head.indexOf("Content-Length: ");
    QVERIFY(at > 0);
    const qsizetype promised = head.mid(at + 16, head.indexOf('\r', at) - at - 16).toLongLong();
    QVERIFY(received.size() - split - 4 < promised);
}

void TestFakeUpstream::standaloneBinaryPrintsItsPort()
{
    QProcess process;
    process.start(QStringLiteral(FAKEUPSTREAM_BINARY), {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("fake upstream listening on http://127.0.0.1:")), qPrintable(line));
    const QString base = line.section(QLatin1Char(' '), -1);
    const auto response = m_http.get(QUrl(base + QStringLiteral("/3/find/tt0000001?api_key=test-tmdb-key&external_source=imdb_id")));
    QVERIFY(response.has_value());
    QCOMPARE(response->status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

QTEST_MAIN(TestFakeUpstream)
#include "tst_fakeupstream.moc"
