#include <QTest>

#include "core/config/posterquery.h"

using namespace Marquee;
using namespace Marquee::Config;

// /poster query identity rules (reference §1.2), client insets (§2.16) and /p path parsing (§1.3).
class TestPosterQuery : public QObject
{
    Q_OBJECT

private slots:
    void identity_data();
    void identity();
    void invalidInput_data();
    void invalidInput();
    void stremioId_data();
    void stremioId();
    void controlParams();
    void keyPlaceholdersAreNoKeys();
    void primaryClientAndInsets_data();
    void primaryClientAndInsets();
    void renderParamsParsed();
    void serverLogoLanguage();
    void replayQueryHasNoKeys();
    void presetPath_data();
    void presetPath();
};

namespace {

Result<PosterQuery> parse(const char *query)
{
    return parsePosterQuery(QUrlQuery(QString::fromUtf8(query)));
}

} // namespace

void TestPosterQuery::identity_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("tmdbId");
    QTest::addColumn<QString>("imdbId");
    QTest::addColumn<bool>("tv");
    QTest::newRow("tmdb only") << "tmdb_id=603" << qint64(603) << QString() << false;
    QTest::newRow("both ids") << "tmdb_id=603&imdb_id=tt0133093" << qint64(603) << "tt0133093" << false;
    QTest::newRow("ten digits") << "tmdb_id=1234567890" << qint64(1234567890) << QString() << false;
    QTest::newRow("tmdb placeholder") << "tmdb_id=%7Btmdb_id%7D&imdb_id=tt1" << qint64(0) << "tt1" << false;
    QTest::newRow("optional tmdb placeholder")
        << "tmdb_id={tmdb_id?}&imdb_id=tt1" << qint64(0) << "tt1" << false;
    QTest::newRow("imdb placeholder") << "tmdb_id=5&imdb_id={imdb_id}" << qint64(5) << QString() << false;
    QTest::newRow("optional imdb placeholder")
        << "tmdb_id=5&imdb_id=%7Bimdb_id%3F%7D" << qint64(5) << QString() << false;
    QTest::newRow("empty ids") << "tmdb_id=&imdb_id=" << qint64(0) << QString() << false;
    QTest::newRow("no ids is not an error here") << "type=movie" << qint64(0) << QString() << false;
    QTest::newRow("type tv") << "tmdb_id=1399&type=tv" << qint64(1399) << QString() << true;
    QTest::newRow("type series") << "tmdb_id=1399&type=series" << qint64(1399) << QString() << true;
    QTest::newRow("type empty = movie") << "tmdb_id=1&type=" << qint64(1) << QString() << false;
    QTest::newRow("last duplicate wins") << "tmdb_id=1&tmdb_id=2" << qint64(2) << QString() << false;
}

void TestPosterQuery::identity()
{
    QFETCH(QString, query);
    QFETCH(qint64, tmdbId);
    QFETCH(QString, imdbId);
    QFETCH(bool, tv);
    const Result<PosterQuery> parsed = parsePosterQuery(QUrlQuery(query));
    QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->title.tmdbId, tmdbId);
    QCOMPARE(parsed->title.imdbId, imdbId);
    QCOMPARE(parsed->title.type, tv ? MediaType::Tv : MediaType::Movie);
}

void TestPosterQuery::invalidInput_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("letters in tmdb_id") << "tmdb_id=abc"
                                        << "Invalid tmdb_id";
    QTest::newRow("eleven digits") << "tmdb_id=12345678901"
                                   << "Invalid tmdb_id";
    QTest::newRow("negative tmdb_id") << "tmdb_id=-5"
                                      << "Invalid tmdb_id";
    QTest::newRow("other placeholder in tmdb_id") << "tmdb_id={id}"
                                                  << "Invalid tmdb_id";
    QTest::newRow("imdb without tt") << "tmdb_id=1&imdb_id=0133093"
                                     << "Invalid imdb_id";
    QTest::newRow("imdb name id") << "tmdb_id=1&imdb_id=nm0000206"
                                  << "Invalid imdb_id";
    QTest::newRow("imdb too long") << "imdb_id=tt12345678901"
                                   << "Invalid imdb_id";
    QTest::newRow("imdb bare tt") << "imdb_id=tt"
                                  << "Invalid imdb_id";
    QTest::newRow("type film") << "tmdb_id=1&type=film"
                               << "Invalid type";
    QTest::newRow("type placeholder") << "tmdb_id=1&type={type}"
                                      << "Invalid type";
    QTest::newRow("type checked first") << "tmdb_id=abc&type=show"
                                        << "Invalid type";
}

void TestPosterQuery::invalidInput()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    const Result<PosterQuery> parsed = parsePosterQuery(QUrlQuery(query));
    QVERIFY(!parsed.has_value());
    QCOMPARE(parsed.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(parsed.error().message, message);
}

void TestPosterQuery::stremioId_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("tmdbId");
    QTest::addColumn<QString>("imdbId");
    QTest::newRow("imdb id fills") << "stremio_id=tt0944947" << qint64(0) << "tt0944947";
    QTest::newRow("episode id fills imdb") << "stremio_id=tt0944947:1:2" << qint64(0) << "tt0944947";
    QTest::newRow("explicit imdb wins") << "imdb_id=tt1&stremio_id=tt2" << qint64(0) << "tt1";
    QTest::newRow("tmdb id fills") << "stremio_id=tmdb:550" << qint64(550) << QString();
    QTest::newRow("tmdb episode id fills") << "stremio_id=tmdb:1399:1:1" << qint64(1399) << QString();
    QTest::newRow("explicit tmdb wins") << "tmdb_id=7&stremio_id=tmdb:550" << qint64(7) << QString();
    QTest::newRow("anime ids ignored") << "tmdb_id=7&stremio_id=kitsu:7442" << qint64(7) << QString();
    QTest::newRow("placeholder ignored") << "tmdb_id=7&stremio_id={id}" << qint64(7) << QString();
    QTest::newRow("malformed tmdb ignored") << "stremio_id=tmdb:abc" << qint64(0) << QString();
}

void TestPosterQuery::stremioId()
{
    QFETCH(QString, query);
    QFETCH(qint64, tmdbId);
    QFETCH(QString, imdbId);
    const Result<PosterQuery> parsed = parsePosterQuery(QUrlQuery(query));
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->title.tmdbId, tmdbId);
    QCOMPARE(parsed->title.imdbId, imdbId);
}

void TestPosterQuery::controlParams()
{
    const Result<PosterQuery> parsed
        = parse("tmdb_id=1&tmdb_key=abc&mdblist_key=def&access_key=sesame"
                "&quality=4k,%20remux,,dv&season=3&episode=0&debug=1&nocache=yes");
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->tmdbKey, QStringLiteral("abc"));
    QCOMPARE(parsed->mdblistKey, QStringLiteral("def"));
    QCOMPARE(parsed->accessKey, QStringLiteral("sesame"));
    QCOMPARE(parsed->qualityOverride,
        (QStringList { QStringLiteral("4K"), QStringLiteral("REMUX"), QStringLiteral("DV") }));
    QCOMPARE(parsed->season, 3);
    QCOMPARE(parsed->episode, 1);
    QVERIFY(parsed->debug);
    QVERIFY(parsed->nocache);

    const Result<PosterQuery> plain = parse("tmdb_id=1&season=x&debug=0");
    QVERIFY(plain.has_value());
    QCOMPARE(plain->season, 1);
    QCOMPARE(plain->episode, 1);
    QVERIFY(!plain->debug);
    QVERIFY(!plain->nocache);
    QVERIFY(plain->qualityOverride.isEmpty());
}

void TestPosterQuery::keyPlaceholdersAreNoKeys()
{
    const Result<PosterQuery> parsed = parse("tmdb_id=1&tmdb_key={tmdb_key?}&mdblist_key=%7Bmdblist_key%7D");
    QVERIFY(parsed.has_value());
    QVERIFY(parsed->tmdbKey.isEmpty());
    QVERIFY(parsed->mdblistKey.isEmpty());
}

void TestPosterQuery::primaryClientAndInsets_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("barInset");
    QTest::addColumn<QString>("notchInset");
    QTest::newRow("default client") << "tmdb_id=1"
                                    << "stremio_tv_nuvio"
                                    << "0"
                                    << "0";
    QTest::newRow("unknown client") << "tmdb_id=1&primary_client=kodi"
                                    << "stremio_tv_nuvio"
                                    << "0"
                                    << "0";
    QTest::newRow("desktop web") << "tmdb_id=1&primary_client=stremio_desktop_web"
                                 << "stremio_desktop_web"
                                 << "0.007"
                                 << "0.004";
    QTest::newRow("desktop web, explicit bar inset")
        << "tmdb_id=1&primary_client=stremio_desktop_web&bar_bottom_inset=0"
        << "stremio_desktop_web"
        << "0"
        << "0.004";
    QTest::newRow("desktop web, explicit notch inset")
        << "tmdb_id=1&primary_client=stremio_desktop_web&sash_badge_inset=-0.01"
        << "stremio_desktop_web"
        << "0.007"
        << "-0.01";
    QTest::newRow("plex") << "tmdb_id=1&primary_client=plex"
                          << "plex"
                          << "0"
                          << "0";
    QTest::newRow("jellyfin with inset") << "tmdb_id=1&primary_client=JELLYFIN&bar_bottom_inset=0.05"
                                         << "jellyfin"
                                         << "0.05"
                                         << "0";
}

void TestPosterQuery::primaryClientAndInsets()
{
    QFETCH(QString, query);
    QFETCH(QString, client);
    QFETCH(QString, barInset);
    QFETCH(QString, notchInset);
    const Result<PosterQuery> parsed = parsePosterQuery(QUrlQuery(query));
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->primaryClient, client);
    QCOMPARE(parsed->config.formatted(Param::BarBottomInset), barInset);
    QCOMPARE(parsed->config.formatted(Param::SashBadgeInset), notchInset);
}

void TestPosterQuery::renderParamsParsed()
{
    const Result<PosterQuery> parsed = parse("tmdb_id=1&rating_display_mode=4&sash_badge=true&access_key=k");
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->config.integer(Param::RatingDisplayMode), 4);
    QCOMPARE(parsed->config.text(Param::SashMode), QStringLiteral("notch"));
    // Identity and control params never reach the render hash.
    const Result<PosterQuery> other
        = parse("tmdb_id=2&imdb_id=tt5&type=tv&rating_display_mode=4&sash_badge=true"
                "&tmdb_key=x&quality=4K&debug=1&season=2");
    QCOMPARE(other->config.hash16(QString()), parsed->config.hash16(QString()));
}

void TestPosterQuery::serverLogoLanguage()
{
    const QUrlQuery omitted(QStringLiteral("tmdb_id=1"));
    RenderConfig config = RenderConfig::fromQuery(omitted);
    applyDefaultLogoLanguage(config, QStringLiteral("fr"), omitted);
    QCOMPARE(config.text(Param::LogoLanguage), QStringLiteral("fr"));
    const QUrlQuery explicitEn(QStringLiteral("tmdb_id=1&logo_language=en"));
    RenderConfig english = RenderConfig::fromQuery(explicitEn);
    applyDefaultLogoLanguage(english, QStringLiteral("fr"), explicitEn);
    QCOMPARE(english.text(Param::LogoLanguage), QStringLiteral("en"));
    applyDefaultLogoLanguage(config, QStringLiteral("!!"), omitted); // an invalid default falls back to "en"
    QCOMPARE(config.text(Param::LogoLanguage), QStringLiteral("en"));
}

void TestPosterQuery::replayQueryHasNoKeys()
{
    const Result<PosterQuery> parsed = parse(
        "tmdb_id=603&imdb_id=tt0133093&type=series&tmdb_key=secret1&mdblist_key=secret2&access_key=secret3"
        "&hide_genre=true&primary_client=stremio_desktop_web");
    QVERIFY(parsed.has_value());
    const QUrlQuery replay = parsed->replayQuery();
    QVERIFY(!replay.toString().contains(QStringLiteral("secret")));
    QCOMPARE(replay.queryItemValue(QStringLiteral("tmdb_id")), QStringLiteral("603"));
    QCOMPARE(replay.queryItemValue(QStringLiteral("imdb_id")), QStringLiteral("tt0133093"));
    QCOMPARE(replay.queryItemValue(QStringLiteral("type")), QStringLiteral("tv"));
    QCOMPARE(replay.queryItemValue(QStringLiteral("hide_genre")), QStringLiteral("true"));
    QVERIFY(!replay.hasQueryItem(QStringLiteral("rating_display_mode"))); // default: omitted
    const Result<PosterQuery> replayed = parsePosterQuery(replay);
    QVERIFY(replayed.has_value());
    QCOMPARE(replayed->config, parsed->config);
    QCOMPARE(replayed->title.canonicalId(), parsed->title.canonicalId());
}

void TestPosterQuery::presetPath_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qint64>("tmdbId");
    QTest::addColumn<QString>("imdbId");
    QTest::addColumn<bool>("tv");
    QTest::addColumn<bool>("landscape");
    const QString none;
    QTest::newRow("imdb jpg") << "bar_notch"
                              << "movie"
                              << "tt0133093.jpg"
                              << "" << none << qint64(0) << "tt0133093" << false << false;
    QTest::newRow("tmdb digits") << "bar_notch"
                                 << "tv"
                                 << "1399.jpg"
                                 << "" << none << qint64(1399) << QString() << true << false;
    QTest::newRow("tmdb prefix") << "bar_notch"
                                 << "series"
                                 << "tmdb:1399.webp"
                                 << "" << none << qint64(1399) << QString() << true << false;
    QTest::newRow("no extension") << "p1"
                                  << "movie"
                                  << "603"
                                  << "" << none << qint64(603) << QString() << false << false;
    QTest::newRow("jpeg upper case") << "p1"
                                     << "movie"
                                     << "603.JPEG"
                                     << "" << none << qint64(603) << QString() << false << false;
    QTest::newRow("png") << "p1"
                         << "movie"
                         << "tt1.png"
                         << "" << none << qint64(0) << "tt1" << false << false;
    QTest::newRow("shape poster") << "p1"
                                  << "movie"
                                  << "603.jpg"
                                  << "poster" << none << qint64(603) << QString() << false << false;
    QTest::newRow("shape portrait") << "p1"
                                    << "movie"
                                    << "603.jpg"
                                    << "portrait" << none << qint64(603) << QString() << false << false;
    QTest::newRow("shape square") << "p1"
                                  << "movie"
                                  << "603.jpg"
                                  << "square" << none << qint64(603) << QString() << false << false;
    QTest::newRow("shape landscape") << "p1"
                                     << "movie"
                                     << "603.jpg"
                                     << "landscape" << none << qint64(603) << QString() << false << true;

    const QString badType = QStringLiteral("Invalid type (movie|tv)");
    const QString badId = QStringLiteral("Invalid id (expected tt…, a TMDB id or tmdb:<id>)");
    const QString badShape = QStringLiteral("Invalid shape (poster|landscape)");
    const QString badName = QStringLiteral("Invalid preset name");
    QTest::newRow("type film") << "p1"
                               << "film"
                               << "603.jpg"
                               << "" << badType << qint64(0) << QString() << false << false;
    QTest::newRow("type empty") << "p1"
                                << ""
                                << "603.jpg"
                                << "" << badType << qint64(0) << QString() << false << false;
    QTest::newRow("id letters") << "p1"
                                << "movie"
                                << "abc.jpg"
                                << "" << badId << qint64(0) << QString() << false << false;
    QTest::newRow("id zero") << "p1"
                             << "movie"
                             << "0.jpg"
                             << "" << badId << qint64(0) << QString() << false << false;
    QTest::newRow("id too long") << "p1"
                                 << "movie"
                                 << "12345678901.jpg"
                                 << "" << badId << qint64(0) << QString() << false << false;
    QTest::newRow("id kitsu") << "p1"
                              << "movie"
                              << "kitsu:1.jpg"
                              << "" << badId << qint64(0) << QString() << false << false;
    QTest::newRow("id double extension") << "p1"
                                         << "movie"
                                         << "603.jpg.jpg"
                                         << "" << badId << qint64(0) << QString() << false << false;
    QTest::newRow("id traversal") << "p1"
                                  << "movie"
                                  << "..%2F603.jpg"
                                  << "" << badId << qint64(0) << QString() << false << false;
    QTest::newRow("shape wide") << "p1"
                                << "movie"
                                << "603.jpg"
                                << "wide" << badShape << qint64(0) << QString() << false << false;
    QTest::newRow("name with slash") << "a/b"
                                     << "movie"
                                     << "603.jpg"
                                     << "" << badName << qint64(0) << QString() << false << false;
    QTest::newRow("name empty") << ""
                                << "movie"
                                << "603.jpg"
                                << "" << badName << qint64(0) << QString() << false << false;
    QTest::newRow("name too long") << QString(65, QLatin1Char('a')) << "movie"
                                   << "603.jpg"
                                   << "" << badName << qint64(0) << QString() << false << false;
}

void TestPosterQuery::presetPath()
{
    QFETCH(QString, preset);
    QFETCH(QString, type);
    QFETCH(QString, id);
    QFETCH(QString, shape);
    QFETCH(QString, error);
    QFETCH(qint64, tmdbId);
    QFETCH(QString, imdbId);
    QFETCH(bool, tv);
    QFETCH(bool, landscape);
    const Result<PresetPath> path = parsePresetPath(preset, type, id, shape);
    if (!error.isEmpty()) {
        QVERIFY(!path.has_value());
        QCOMPARE(path.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(path.error().message, error);
        return;
    }
    QVERIFY2(path.has_value(), path ? "" : qPrintable(path.error().message));
    QCOMPARE(path->preset, preset);
    QCOMPARE(path->title.tmdbId, tmdbId);
    QCOMPARE(path->title.imdbId, imdbId);
    QCOMPARE(path->title.type, tv ? MediaType::Tv : MediaType::Movie);
    QCOMPARE(path->landscape, landscape);
}

QTEST_APPLESS_MAIN(TestPosterQuery)
#include "tst_posterquery.moc"
