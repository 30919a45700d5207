// PosterUrlCodec: parsing the three URL forms into settings (through parsePosterQuery / parsePresetPath),
// building templates and concrete URLs with defaults omitted, and the round trip between the two.
#include <QTest>

#include "core/config/posterurl.h"
#include "core/presets/presetcatalog.h"

using namespace Marquee;
using namespace Marquee::Config;

Q_DECLARE_METATYPE(Marquee::Config::PosterUrlForm)

namespace {

const QLatin1String UserPresetName("my_style");
const QLatin1String UserPresetQuery("rating_display_mode=4&bar_style=gold&sash_mode=notch");

// Built-in catalogue first, then one user preset, as the app looks them up.
std::optional<QUrlQuery> lookup(const QString &name)
{
    if (const Presets::Preset *preset = Presets::PresetCatalog::find(name))
        return preset->params;
    if (name == UserPresetName)
        return QUrlQuery(QString(UserPresetQuery));
    return std::nullopt;
}

QString substituted(QString url, const QString &imdb, const QString &type)
{
    return url.replace(QLatin1String("{imdb_id}"), imdb).replace(QLatin1String("{type}"), type);
}

} // namespace

class tst_PosterUrl : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void presetUrlsTakeThePresetsSettings_data();
    void presetUrlsTakeThePresetsSettings();
    void posterTemplate_data();
    void posterTemplate();
    void templatesOmitDefaults();
    void clientInsetsAtTheClientsDefaultAreOmitted();
    void presetAndRpdbTemplates_data();
    void presetAndRpdbTemplates();
    void concreteUrls();
    void roundTripThroughEveryPreset_data();
    void roundTripThroughEveryPreset();
    void presetQueryStringRoundTrips();
};

void tst_PosterUrl::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<PosterUrlForm>("form");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("imdb");
    QTest::addColumn<qint64>("tmdb");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("settings");  // "name=formatted&…" that must hold

    QTest::newRow("poster absolute")
        << "http://127.0.0.1:8000/poster?imdb_id=tt90000001&type=movie&rating_display_mode=4&bar_style=gold"
        << PosterUrlForm::Poster << "http://127.0.0.1:8000" << "" << "tt90000001" << qint64(0) << "movie"
        << "rating_display_mode=4&bar_style=gold&shape=portrait";
    QTest::newRow("poster behind a path prefix")
        << "https://posters.example.org/marquee/poster?tmdb_id=550&type=tv&shape=landscape"
        << PosterUrlForm::Poster << "https://posters.example.org/marquee" << "" << "" << qint64(550) << "tv"
        << "shape=landscape";
    QTest::newRow("poster bare path") << "/poster?type=movie&tmdb_id=42&hide_genre=true" << PosterUrlForm::Poster << ""
                                      << "" << "" << qint64(42) << "movie" << "hide_genre=true";
    QTest::newRow("poster template placeholders")
        << "http://h:8000/poster?sash_mode=hidden&imdb_id={imdb_id}&type={type}" << PosterUrlForm::Poster
        << "http://h:8000" << "" << "" << qint64(0) << "movie" << "sash_mode=hidden";
    QTest::newRow("poster encoded placeholders")
        << "http://h:8000/poster?badge_display_mode=2&tmdb_id=%7Btmdb_id%7D&type=movie" << PosterUrlForm::Poster
        << "http://h:8000" << "" << "" << qint64(0) << "movie" << "badge_display_mode=2";
    QTest::newRow("poster legacy alias")
        << "http://h/poster?imdb_id=tt1&combined_badge_min_score=4&top_gradient=false" << PosterUrlForm::Poster
        << "http://h" << "" << "tt1" << qint64(0) << "movie" << "badge_min_score=4&top_gradient=off";
    QTest::newRow("preset imdb") << "http://h:8000/p/bar_notch/movie/tt90000002.jpg" << PosterUrlForm::Preset
                                 << "http://h:8000" << "bar_notch" << "tt90000002" << qint64(0) << "movie"
                                 << "sash_mode=notch&rating_display_mode=4";
    QTest::newRow("preset landscape tmdb tv") << "http://h/p/bar_notch/series/1399.jpg?shape=landscape"
                                              << PosterUrlForm::Preset << "http://h" << "bar_notch" << ""
                                              << qint64(1399) << "tv" << "shape=landscape";
    QTest::newRow("preset tmdb: prefix") << "/p/my_style/movie/tmdb:550.jpg" << PosterUrlForm::Preset << ""
                                         << "my_style" << "" << qint64(550) << "movie"
                                         << "rating_display_mode=4&bar_style=gold&sash_mode=notch";
    QTest::newRow("rpdb imdb") << "http://h:8000/my_style/imdb/poster-default/tt90000001.jpg" << PosterUrlForm::Rpdb
                               << "http://h:8000" << "my_style" << "tt90000001" << qint64(0) << "movie"
                               << "bar_style=gold";
    QTest::newRow("rpdb tmdb movie-") << "http://h/x/my_style/tmdb/poster-default/movie-550.jpg" << PosterUrlForm::Rpdb
                                      << "http://h/x" << "my_style" << "" << qint64(550) << "movie"
                                      << "sash_mode=notch";
    QTest::newRow("rpdb tmdb series-") << "http://h/bar_notch/tmdb/poster-default/series-1399.jpg"
                                       << PosterUrlForm::Rpdb << "http://h" << "bar_notch" << "" << qint64(1399)
                                       << "tv" << "sash_mode=notch";
}

void tst_PosterUrl::parse()
{
    QFETCH(QString, url);
    QFETCH(PosterUrlForm, form);
    QFETCH(QString, base);
    QFETCH(QString, preset);
    QFETCH(QString, imdb);
    QFETCH(qint64, tmdb);
    QFETCH(QString, type);
    QFETCH(QString, settings);

    const Result<PosterUrl> parsed = PosterUrlCodec::parse(url, lookup);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->form, form);
    QCOMPARE(parsed->base, base);
    QCOMPARE(parsed->preset, preset);
    QCOMPARE(parsed->title.imdbId, imdb);
    QCOMPARE(parsed->title.tmdbId, tmdb);
    QCOMPARE(mediaTypeName(parsed->title.type), type);
    for (const QString &setting : settings.split(QLatin1Char('&'))) {
        const QString name = setting.section(QLatin1Char('='), 0, 0);
        const ParamSpec *spec = ParamRegistry::find(name);
        QVERIFY2(spec, qPrintable(name));
        QCOMPARE(parsed->config.formatted(spec->id), setting.section(QLatin1Char('='), 1));
    }
}

void tst_PosterUrl::parseErrors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << "" << "Not a valid URL";
    QTest::newRow("words") << "hello world" << "Not a valid URL";
    QTest::newRow("ftp scheme") << "ftp://h/poster?imdb_id=tt1" << "Not a valid URL";
    QTest::newRow("other route") << "http://h:8000/server-caps" << "Not a poster URL";
    QTest::newRow("short /p path") << "http://h/p/bar_notch/tt1.jpg" << "Not a poster URL";
    QTest::newRow("bad poster type") << "http://h/poster?imdb_id=tt1&type=book" << "Invalid type";
    QTest::newRow("bad poster imdb id") << "http://h/poster?imdb_id=nm123" << "Invalid imdb_id";
    QTest::newRow("bad preset type") << "http://h/p/bar_notch/book/tt1.jpg" << "Invalid type (movie|tv)";
    QTest::newRow("bad preset id") << "http://h/p/bar_notch/movie/abc.jpg" << "Invalid id";
    QTest::newRow("bad preset shape") << "http://h/p/bar_notch/movie/tt1.jpg?shape=round"
                                      << "Invalid shape (poster|landscape)";
    QTest::newRow("unknown preset") << "http://h/p/nope/movie/tt1.jpg" << "Unknown preset 'nope'";
    QTest::newRow("rpdb unknown key") << "http://h/nope/imdb/poster-default/tt1.jpg" << "Unknown preset 'nope'";
    QTest::newRow("rpdb imdb without tt") << "http://h/my_style/imdb/poster-default/550.jpg" << "Invalid id";
}

void tst_PosterUrl::parseErrors()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const Result<PosterUrl> parsed = PosterUrlCodec::parse(url, lookup);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(parsed.error().message.startsWith(message), qPrintable(parsed.error().message));
}

void tst_PosterUrl::presetUrlsTakeThePresetsSettings_data()
{
    QTest::addColumn<QString>("preset");
    for (const Presets::Preset &preset : Presets::PresetCatalog::current())
        QTest::newRow(qPrintable(preset.id)) << preset.id;
}

void tst_PosterUrl::presetUrlsTakeThePresetsSettings()
{
    QFETCH(QString, preset);
    const RenderConfig expected = Presets::PresetCatalog::find(preset)->config();
    const auto viaP = PosterUrlCodec::parse(QStringLiteral("http://h/p/%1/movie/tt90000001.jpg").arg(preset), lookup);
    const auto viaRpdb = PosterUrlCodec::parse(QStringLiteral("http://h/%1/imdb/poster-default/tt90000001.jpg").arg(preset), lookup);
    QVERIFY(viaP && viaRpdb);
    QCOMPARE(viaP->config.canonicalString(), expected.canonicalString());
    QCOMPARE(viaRpdb->config.canonicalString(), expected.canonicalString());
}

void tst_PosterUrl::posterTemplate_data()
{
    QTest::addColumn<QString>("query");        // settings applied to a default config
    QTest::addColumn<QString>("client");
    QTest::addColumn<bool>("tmdbPlaceholder");
    QTest::addColumn<QString>("expected");

    QTest::newRow("all defaults") << "" << "" << false << "http://h:8000/poster?imdb_id={imdb_id}&type={type}";
    QTest::newRow("tmdb placeholder") << "" << "" << true << "http://h:8000/poster?tmdb_id={tmdb_id}&type={type}";
    QTest::newRow("changed values in registry order")
        << "sash_mode=notch&rating_display_mode=4" << "" << false
        << "http://h:8000/poster?rating_display_mode=4&sash_mode=notch&imdb_id={imdb_id}&type={type}";
    QTest::newRow("weights keep their separators")
        << "movie_weights=imdb:0.5,trakt:0.5" << "" << false
        << "http://h:8000/poster?movie_weights=imdb:0.50,trakt:0.50&imdb_id={imdb_id}&type={type}";
    QTest::newRow("sending a default equals omitting it") << "shape=portrait&badge_height=20" << "" << false
                                                          << "http://h:8000/poster?imdb_id={imdb_id}&type={type}";
    // The config's zero insets differ from what this client would get by default, so they are written.
    QTest::newRow("non-default client")
        << "" << "stremio_desktop_web" << false
        << "http://h:8000/poster?bar_bottom_inset=0&sash_badge_inset=0&primary_client=stremio_desktop_web"
           "&imdb_id={imdb_id}&type={type}";
}

void tst_PosterUrl::posterTemplate()
{
    QFETCH(QString, query);
    QFETCH(QString, client);
    QFETCH(bool, tmdbPlaceholder);
    QFETCH(QString, expected);
    const RenderConfig config = RenderConfig::fromQuery(QUrlQuery(query));
    PosterUrlOptions options;
    options.base = QStringLiteral("http://h:8000/");
    options.primaryClient = client;
    options.tmdbIdPlaceholder = tmdbPlaceholder;
    QCOMPARE(PosterUrlCodec::posterTemplate(config, options), expected);
}

void tst_PosterUrl::templatesOmitDefaults()
{
    RenderConfig config;
    config.setValue(Param::BarStyle, QStringLiteral("gold"));
    const QString url = PosterUrlCodec::posterTemplate(config, {});
    QCOMPARE(url, QStringLiteral("/poster?bar_style=gold&imdb_id={imdb_id}&type={type}"));
    // Every parameter it names differs from its default.
    const QUrlQuery query(QUrl(url).query());
    for (const auto &[name, value] : query.queryItems()) {
        if (const ParamSpec *spec = ParamRegistry::find(name))
            QVERIFY2(!config.isDefault(spec->id), qPrintable(name));
    }
}

void tst_PosterUrl::clientInsetsAtTheClientsDefaultAreOmitted()
{
    // parsePosterQuery applies the client's insets; writing them back would pin them.
    const auto parsed = PosterUrlCodec::parse(QStringLiteral("/poster?primary_client=stremio_desktop_web&imdb_id=tt1"));
    QVERIFY(parsed);
    QCOMPARE(parsed->config.formatted(Param::BarBottomInset), QStringLiteral("0.007"));
    PosterUrlOptions options;
    options.primaryClient = parsed->primaryClient;
    QCOMPARE(PosterUrlCodec::posterTemplate(parsed->config, options),
             QStringLiteral("/poster?primary_client=stremio_desktop_web&imdb_id={imdb_id}&type={type}"));
    // An inset the user chose is the style's own and stays.
    RenderConfig chosen = parsed->config;
    chosen.setValue(Param::BarBottomInset, 0.02);
    QVERIFY(PosterUrlCodec::posterTemplate(chosen, options).contains(QLatin1String("bar_bottom_inset=0.02")));
}

void tst_PosterUrl::presetAndRpdbTemplates_data()
{
    QTest::addColumn<bool>("tmdbPlaceholder");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("rpdb");

    QTest::newRow("imdb") << false << false << "" << "http://h:8000/p/my_style/{type}/{imdb_id}.jpg"
                          << "http://h:8000/my_style/imdb/poster-default/{imdb_id}.jpg";
    QTest::newRow("tmdb landscape") << true << true << "" << "http://h:8000/p/my_style/{type}/{tmdb_id}.jpg?shape=landscape"
                                    << "http://h:8000/my_style/tmdb/poster-default/{tmdb_id}.jpg";
    QTest::newRow("access key") << false << false << "s3cret&x" << "http://h:8000/p/my_style/{type}/{imdb_id}.jpg?access_key=s3cret%26x"
                                << "http://h:8000/my_style/imdb/poster-default/{imdb_id}.jpg";
}

void tst_PosterUrl::presetAndRpdbTemplates()
{
    QFETCH(bool, tmdbPlaceholder);
    QFETCH(bool, landscape);
    QFETCH(QString, accessKey);
    QFETCH(QString, preset);
    QFETCH(QString, rpdb);
    PosterUrlOptions options;
    options.base = QStringLiteral("http://h:8000");
    options.tmdbIdPlaceholder = tmdbPlaceholder;
    options.accessKey = accessKey;
    QCOMPARE(PosterUrlCodec::presetTemplate(QStringLiteral("my_style"), landscape, options), preset);
    QCOMPARE(PosterUrlCodec::rpdbTemplate(QStringLiteral("my_style"), options), rpdb);
}

void tst_PosterUrl::concreteUrls()
{
    PosterUrlOptions options;
    options.base = QStringLiteral("http://h:8000");
    TitleId imdb{MediaType::Movie, QStringLiteral("tt90000001"), 0};
    TitleId tmdbTv{MediaType::Tv, QString(), 1399};
    RenderConfig config;
    config.setValue(Param::RatingDisplayMode, 3);
    QCOMPARE(PosterUrlCodec::posterUrl(config, imdb, options),
             QStringLiteral("http://h:8000/poster?rating_display_mode=3&imdb_id=tt90000001&type=movie"));
    QCOMPARE(PosterUrlCodec::presetUrl(QStringLiteral("bar_notch"), tmdbTv, false, options),
             QStringLiteral("http://h:8000/p/bar_notch/tv/1399.jpg"));
    QCOMPARE(PosterUrlCodec::rpdbUrl(QStringLiteral("bar_notch"), imdb, options),
             QStringLiteral("http://h:8000/bar_notch/imdb/poster-default/tt90000001.jpg"));
    QCOMPARE(PosterUrlCodec::rpdbUrl(QStringLiteral("bar_notch"), tmdbTv, options),
             QStringLiteral("http://h:8000/bar_notch/tmdb/poster-default/series-1399.jpg"));
    // And they parse back to the same title.
    const auto back = PosterUrlCodec::parse(PosterUrlCodec::rpdbUrl(QStringLiteral("bar_notch"), tmdbTv, options), lookup);
    QVERIFY(back);
    QCOMPARE(back->title.tmdbId, qint64(1399));
    QCOMPARE(back->title.type, MediaType::Tv);
}

void tst_PosterUrl::roundTripThroughEveryPreset_data()
{
    QTest::addColumn<QString>("preset");
    for (const Presets::Preset &preset : Presets::PresetCatalog::builtIn())
        QTest::newRow(qPrintable(preset.id)) << preset.id;
}

void tst_PosterUrl::roundTripThroughEveryPreset()
{
    QFETCH(QString, preset);
    const RenderConfig config = Presets::PresetCatalog::find(preset)->config();
    PosterUrlOptions options;
    options.base = QStringLiteral("http://127.0.0.1:8000");
    const QString url = substituted(PosterUrlCodec::posterTemplate(config, options), QStringLiteral("tt90000001"),
                                    QStringLiteral("movie"));
    const auto parsed = PosterUrlCodec::parse(url);
    QVERIFY2(parsed, qPrintable(url));
    QCOMPARE(parsed->config.canonicalString(), config.canonicalString());
    QCOMPARE(parsed->title.imdbId, QStringLiteral("tt90000001"));
}

void tst_PosterUrl::presetQueryStringRoundTrips()
{
    RenderConfig config;
    config.setValue(Param::RatingDisplayMode, 4);
    config.setValue(Param::ScoreCustomPalette, QStringLiteral("0:FF5050,50:FFD25A"));
    config.setValue(Param::SashPriority, QStringLiteral("wins,cult"));
    const QString query = PosterUrlCodec::presetQueryString(config);
    QVERIFY(!query.contains(QLatin1String("bar_bottom_inset")));
    QCOMPARE(RenderConfig::fromQuery(QUrlQuery(query)).canonicalString(), config.canonicalString());
    QCOMPARE(PosterUrlCodec::presetQueryString(RenderConfig()), QString());
}

QTEST_GUILESS_MAIN(tst_PosterUrl)
#include "tst_posterurl.moc"
