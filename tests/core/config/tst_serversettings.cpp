#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/serversettings.h"

using namespace Marquee;
using namespace Marquee::Config;

// Daemon settings: defaults ← INI ← environment, and malformed values reported by variable name.
class TestServerSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void environmentValues();
    void aliasesAndOverrides();
    void libraryDirs_data();
    void libraryDirs();
    void presetModes_data();
    void presetModes();
    void imageFormatAndQuality();
    void cdnCacheTtl_data();
    void cdnCacheTtl();
    void weights();
    void malformedValues_data();
    void malformedValues();
    void iniThenEnvironment();
    void unreadableIni();
    void effectiveDirs();
    void documentationCoversEveryVariable();
    void readmeListsEverySetting();
};

namespace {

QProcessEnvironment env(std::initializer_list<std::pair<const char *, const char *>> vars)
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : vars)
        environment.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return environment;
}

ServerSettings loadOk(const QProcessEnvironment &environment, const QString &ini = {})
{
    const Result<ServerSettings> settings = ServerSettings::load(environment, ini);
    if (!settings)
        qFatal("unexpected settings error: %s", qPrintable(settings.error().message));
    return *settings;
}

} // namespace

void TestServerSettings::defaults()
{
    const ServerSettings s = loadOk(QProcessEnvironment());
    QCOMPARE(s.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(s.port, quint16(8000));
    QCOMPARE(s.libraryDirs, QStringList { QStringLiteral(":/marquee/samples") });
    QCOMPARE(s.tmdbApiBase, QStringLiteral("https://api.themoviedb.org/3"));
    QCOMPARE(s.imageFormat, QStringLiteral("jpeg"));
    QCOMPARE(s.jpegQuality, 85);
    QCOMPARE(s.renderConcurrency, 8);
    QCOMPARE(s.renderQueueTimeoutSec, 30);
    QCOMPARE(s.compositeCacheTtl, qint64(604800));
    QCOMPARE(s.presetCdnCacheTtl, 86400);
    QCOMPARE(s.movieWeights.value(QStringLiteral("letterboxd")), 0.8);
    QCOMPARE(s.tvWeights.value(QStringLiteral("trakt")), 0.8);
    QCOMPARE(s.defaultLogoLanguage, QStringLiteral("en"));
    QCOMPARE(s.logFormat, QStringLiteral("text"));
    QVERIFY(s.mdblistApiKeys.isEmpty());
    QVERIFY(s.presetEnabled);      // unset: a private instance serves /p and /poster
    QVERIFY(!s.presetPublicTier);
    QCOMPARE(s.rateLimitRps, 0);  // off unless asked for
    QCOMPARE(s.anonymousTmdbRps, 5);
}

void TestServerSettings::environmentValues()
{
    const ServerSettings s = loadOk(env({ { "MARQUEE_HOST", "0.0.0.0" }, { "PORT", "9090" },
        { "MARQUEE_DATA_DIR", "/srv/data" }, { "TMDB_API_KEY", " tmdbkey " },
        { "TMDB_API_BASE", "http://127.0.0.1:4000/3/" }, { "TMDB_IMAGE_BASE", "" },
        { "MDBLIST_API_KEY", "k1" }, { "MDBLIST_API_KEY_2", "k2" }, { "UPSTREAM_TIMEOUT_MS", "250" },
        { "ACCESS_KEY", "sesame" }, { "METRICS_ACCESS_KEY", "scrape" }, { "PRESET_ENABLED", "yes" },
        { "POSTER_RESOLVE_IMDB", "1" }, { "RATE_LIMIT_RPS", "7" }, { "ANONYMOUS_TMDB_RPS", "0" },
        { "PRESET_CDN_CACHE_TTL", "600" }, { "RENDER_QUEUE_TIMEOUT", "0" }, { "COMPOSITE_CACHE_TTL", "100" },
        { "COMPOSITE_CACHE_TTL_JITTER", "0" }, { "COMPOSITE_MEM_ENTRIES", "0" },
        { "DISABLE_COMPOSITE_CACHE", "true" }, { "RATING_MIN_VOTES", "25" },
        { "DEFAULT_LOGO_LANGUAGE", "pt_BR" }, { "DATABASE_URL", "postgres://db/marquee" },
        { "OBJECT_STORE_URL", "s3://composites" }, { "LOG_FORMAT", "JSON" } }));
    QCOMPARE(s.host, QStringLiteral("0.0.0.0"));
    QCOMPARE(s.port, quint16(9090));
    QCOMPARE(s.dataDir, QStringLiteral("/srv/data"));
    QCOMPARE(s.tmdbApiKey, QStringLiteral("tmdbkey"));
    QCOMPARE(s.tmdbApiBase, QStringLiteral("http://127.0.0.1:4000/3"));
    QCOMPARE(s.tmdbImageBase, QStringLiteral("https://image.tmdb.org/t/p")); // empty = default
    QCOMPARE(s.mdblistApiKeys, (QStringList { QStringLiteral("k1"), QStringLiteral("k2") }));
    QCOMPARE(s.upstreamTimeoutMs, 250);
    QCOMPARE(s.accessKey, QStringLiteral("sesame"));
    QCOMPARE(s.metricsAccessKey, QStringLiteral("scrape"));
    QVERIFY(s.presetEnabled);
    QVERIFY(s.presetPublicTier);  // given explicitly: the reference's public tier
    QVERIFY(s.posterResolveImdb);
    QCOMPARE(s.rateLimitRps, 7);
    QCOMPARE(s.anonymousTmdbRps, 0);
    QCOMPARE(s.presetCdnCacheTtl, 600);
    QCOMPARE(s.renderQueueTimeoutSec, 0);
    QCOMPARE(s.compositeCacheTtl, qint64(100));
    QCOMPARE(s.compositeCacheTtlJitter, qint64(0));
    QCOMPARE(s.compositeMemEntries, 0);
    QVERIFY(s.disableCompositeCache);
    QCOMPARE(s.ratingMinVotes, 25);
    QCOMPARE(s.defaultLogoLanguage, QStringLiteral("pt-br"));
    QCOMPARE(s.databaseUrl, QStringLiteral("postgres://db/marquee"));
    QCOMPARE(s.objectStoreUrl, QStringLiteral("s3://composites"));
    QCOMPARE(s.logFormat, QStringLiteral("json"));
}

void TestServerSettings::aliasesAndOverrides()
{
    QCOMPARE(loadOk(env({ { "MARQUEE_PORT", "7000" } })).port, quint16(7000));
    QCOMPARE(loadOk(env({ { "PORT", "7001" }, { "MARQUEE_PORT", "7000" } })).port, quint16(7001));
    QCOMPARE(loadOk(env({ { "TMDB_LANGUAGE", "fr" } })).defaultLogoLanguage, QStringLiteral("fr"));
    QCOMPARE(
        loadOk(env({ { "TMDB_LANGUAGE", "fr" }, { "DEFAULT_LOGO_LANGUAGE", "de" } })).defaultLogoLanguage,
        QStringLiteral("de"));
    QCOMPARE(loadOk(env({ { "POSTER_RENDER_CONCURRENCY", "3" } })).renderConcurrency, 3);
    QCOMPARE(loadOk(env({ { "POSTER_RENDER_CONCURRENCY", "3" }, { "RENDER_CONCURRENCY", "0" } }))
                 .renderConcurrency,
        3);
    QCOMPARE(loadOk(env({ { "POSTER_RENDER_CONCURRENCY", "3" }, { "RENDER_CONCURRENCY", "5" } }))
                 .renderConcurrency,
        5);
}

void TestServerSettings::libraryDirs_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty disables") << "" << QStringList();
    QTest::newRow("one") << "/media/movies" << QStringList { QStringLiteral("/media/movies") };
    QTest::newRow("two") << "/media/movies:/media/tv"
                         << QStringList { QStringLiteral("/media/movies"), QStringLiteral("/media/tv") };
    QTest::newRow("resource and dir")
        << ":/marquee/samples:/media/tv"
        << QStringList { QStringLiteral(":/marquee/samples"), QStringLiteral("/media/tv") };
    QTest::newRow("stray separators") << "::/a:" << QStringList { QStringLiteral(":/a") };
}

void TestServerSettings::libraryDirs()
{
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("MARQUEE_LIBRARY_DIRS"), value);
    QCOMPARE(loadOk(environment).libraryDirs, expected);
}

void TestServerSettings::presetModes_data()
{
    QTest::addColumn<QString>("value");  // null = variable not set
    QTest::addColumn<bool>("presetEnabled");
    QTest::addColumn<bool>("publicTier");
    QTest::newRow("unset: private instance, both URL kinds") << QString() << true << false;
    QTest::newRow("empty counts as unset") << QStringLiteral("") << true << false;
    QTest::newRow("true: reference public tier") << QStringLiteral("true") << true << true;
    QTest::newRow("false: /p disabled") << QStringLiteral("false") << false << false;
}

void TestServerSettings::presetModes()
{
    QFETCH(QString, value);
    QFETCH(bool, presetEnabled);
    QFETCH(bool, publicTier);
    QProcessEnvironment environment;
    if (!value.isNull())
        environment.insert(QStringLiteral("PRESET_ENABLED"), value);
    const ServerSettings s = loadOk(environment);
    QCOMPARE(s.presetEnabled, presetEnabled);
    QCOMPARE(s.presetPublicTier, publicTier);
}

void TestServerSettings::imageFormatAndQuality()
{
    QCOMPARE(loadOk(env({ { "IMAGE_FORMAT", "jpg" } })).imageFormat, QStringLiteral("jpeg"));
    QCOMPARE(loadOk(env({ { "IMAGE_FORMAT", "WEBP" } })).imageFormat, QStringLiteral("webp"));
    QCOMPARE(loadOk(env({ { "IMAGE_FORMAT", "auto" } })).imageFormat, QStringLiteral("auto"));
    QCOMPARE(loadOk(env({ { "JPEG_QUALITY", "100" } })).jpegQuality, 95);
    QCOMPARE(loadOk(env({ { "JPEG_QUALITY", "10" } })).jpegQuality, 70);
    QCOMPARE(loadOk(env({ { "WEBP_QUALITY", "80" } })).webpQuality, 80);
}

void TestServerSettings::cdnCacheTtl_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unset") << ""
                           << "";
    QTest::newRow("zero") << "0"
                          << "0";
    QTest::newRow("auto") << "AUTO"
                          << "auto";
    QTest::newRow("seconds") << "3600"
                             << "3600";
}

void TestServerSettings::cdnCacheTtl()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("CDN_CACHE_TTL"), value);
    QCOMPARE(loadOk(environment).cdnCacheTtl, expected);
}

void TestServerSettings::weights()
{
    const ServerSettings s = loadOk(
        env({ { "MOVIE_WEIGHTS", "imdb:0.5, letterboxd:0.5,trakt:0" }, { "TV_WEIGHTS", "imdb:0" } }));
    QCOMPARE(
        s.movieWeights, (Weights { { QStringLiteral("imdb"), 0.5 }, { QStringLiteral("letterboxd"), 0.5 } }));
    // An all-zero set is valid: "no weighted score".
    QCOMPARE(s.tvWeights, (Weights { { QStringLiteral("imdb"), 0.0 } }));
}

void TestServerSettings::malformedValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("PORT letters") << "PORT"
                                  << "abc"
                                  << "PORT must be a number from 0 to 65535 (got \"abc\")";
    QTest::newRow("PORT too big") << "PORT"
                                  << "70000"
                                  << "PORT must be a number from 0 to 65535 (got \"70000\")";
    QTest::newRow("RATE_LIMIT_RPS negative") << "RATE_LIMIT_RPS"
                                             << "-1"
                                             << "RATE_LIMIT_RPS must be a number from 0 to 1000000 (got \"-1\")";
    QTest::newRow("MARQUEE_PORT") << "MARQUEE_PORT"
                                  << "x"
                                  << "MARQUEE_PORT must be a number from 0 to 65535 (got \"x\")";
    QTest::newRow("IMAGE_FORMAT") << "IMAGE_FORMAT"
                                  << "gif"
                                  << "IMAGE_FORMAT must be one of jpeg|webp|auto (got \"gif\")";
    QTest::newRow("RENDER_QUEUE_TIMEOUT")
        << "RENDER_QUEUE_TIMEOUT"
        << "-3"
        << "RENDER_QUEUE_TIMEOUT must be a number from 0 to 86400 (got \"-3\")";
    QTest::newRow("LOG_FORMAT") << "LOG_FORMAT"
                                << "xml"
                                << "LOG_FORMAT must be one of text|json (got \"xml\")";
    QTest::newRow("JPEG_QUALITY") << "JPEG_QUALITY"
                                  << "high"
                                  << "JPEG_QUALITY must be a number (got \"high\")";
    QTest::newRow("COMPOSITE_CACHE_TTL")
        << "COMPOSITE_CACHE_TTL"
        << "1w"
        << "COMPOSITE_CACHE_TTL must be a whole number of at least 0 (got \"1w\")";
    QTest::newRow("POSTER_RENDER_CONCURRENCY")
        << "POSTER_RENDER_CONCURRENCY"
        << "0"
        << "POSTER_RENDER_CONCURRENCY must be a number from 1 to 256 (got \"0\")";
    QTest::newRow("UPSTREAM_TIMEOUT_MS")
        << "UPSTREAM_TIMEOUT_MS"
        << "1.5"
        << "UPSTREAM_TIMEOUT_MS must be a number from 1 to 600000 (got \"1.5\")";
    QTest::newRow("PRESET_ENABLED") << "PRESET_ENABLED"
                                    << "maybe"
                                    << "PRESET_ENABLED must be true or false (got \"maybe\")";
    QTest::newRow("DISABLE_COMPOSITE_CACHE") << "DISABLE_COMPOSITE_CACHE"
                                             << "2"
                                             << "DISABLE_COMPOSITE_CACHE must be true or false (got \"2\")";
    QTest::newRow("CDN_CACHE_TTL") << "CDN_CACHE_TTL"
                                   << "soon"
                                   << "CDN_CACHE_TTL must be 0, auto or a number of seconds (got \"soon\")";
    QTest::newRow("TMDB_API_BASE") << "TMDB_API_BASE"
                                   << "ftp://x"
                                   << "TMDB_API_BASE must be an http(s) URL (got \"ftp://x\")";
    QTest::newRow("MDBLIST_API_BASE") << "MDBLIST_API_BASE"
                                      << "not a url"
                                      << "MDBLIST_API_BASE must be an http(s) URL (got \"not a url\")";
    QTest::newRow("MOVIE_WEIGHTS")
        << "MOVIE_WEIGHTS"
        << "letterboxd=0.8"
        << "MOVIE_WEIGHTS must look like letterboxd:0.8,tomatoes:0.2 with sources from "
           "imdb,letterboxd,trakt,tomatoes,popcorn,metacritic,metacriticuser,tmdb,rogerebert,"
           "myanimelist,anilist,kitsu (got \"letterboxd=0.8\")";
    QTest::newRow("TV_WEIGHTS letterboxd")
        << "TV_WEIGHTS"
        << "letterboxd:1"
        << "TV_WEIGHTS must look like letterboxd:0.8,tomatoes:0.2 with sources from "
           "trakt,tomatoes,popcorn,imdb,metacritic,metacriticuser,tmdb,myanimelist,"
           "anilist,kitsu (got \"letterboxd:1\")";
    QTest::newRow("DEFAULT_LOGO_LANGUAGE")
        << "DEFAULT_LOGO_LANGUAGE"
        << "english!"
        << "DEFAULT_LOGO_LANGUAGE must be a language code such as en or pt-br (got \"english!\")";
    QTest::newRow("RATING_MIN_VOTES")
        << "RATING_MIN_VOTES"
        << "-1"
        << "RATING_MIN_VOTES must be a number from 0 to 2147483647 (got \"-1\")";
}

void TestServerSettings::malformedValues()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, message);
    QProcessEnvironment environment;
    environment.insert(name, value);
    const Result<ServerSettings> settings = ServerSettings::load(environment);
    QVERIFY(!settings.has_value());
    QCOMPARE(settings.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(settings.error().message, message);
}

void TestServerSettings::iniThenEnvironment()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("marqueed.ini"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PORT=8100\nTMDB_API_KEY=fromini\nMOVIE_WEIGHTS=letterboxd:0.5,trakt:0.5\nACCESS_KEY=ini\n"
               "MARQUEE_LIBRARY_DIRS=\n");
    file.close();

    const ServerSettings fromIni = loadOk(QProcessEnvironment(), path);
    QCOMPARE(fromIni.port, quint16(8100));
    QCOMPARE(fromIni.tmdbApiKey, QStringLiteral("fromini"));
    QCOMPARE(fromIni.movieWeights,
        (Weights { { QStringLiteral("letterboxd"), 0.5 }, { QStringLiteral("trakt"), 0.5 } }));
    QVERIFY(fromIni.libraryDirs.isEmpty());

    const ServerSettings both = loadOk(env({ { "PORT", "8200" }, { "ACCESS_KEY", "env" } }), path);
    QCOMPARE(both.port, quint16(8200));
    QCOMPARE(both.accessKey, QStringLiteral("env"));
    QCOMPARE(both.tmdbApiKey, QStringLiteral("fromini"));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("PORT=eighty\n");
    file.close();
    const Result<ServerSettings> bad = ServerSettings::load(QProcessEnvironment(), path);
    QVERIFY(!bad.has_value());
    QVERIFY(bad.error().message.startsWith(QStringLiteral("PORT must be")));
}

void TestServerSettings::unreadableIni()
{
    const Result<ServerSettings> missing
        = ServerSettings::load(QProcessEnvironment(), QStringLiteral("/nonexistent/m.ini"));
    QVERIFY(!missing.has_value());
    QCOMPARE(missing.error().kind, ErrorKind::InvalidInput);
    QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent/m.ini")));
}

void TestServerSettings::effectiveDirs()
{
    const ServerSettings defaults = loadOk(QProcessEnvironment());
    QVERIFY(defaults.effectiveDataDir().endsWith(QStringLiteral("/marquee")));
    QVERIFY(defaults.effectiveCacheDir().endsWith(QStringLiteral("/marquee")));
    QVERIFY(defaults.effectiveDataDir() != defaults.effectiveCacheDir());
    const ServerSettings set = loadOk(env({ { "MARQUEE_DATA_DIR", "/d" }, { "MARQUEE_CACHE_DIR", "/c" } }));
    QCOMPARE(set.effectiveDataDir(), QStringLiteral("/d"));
    QCOMPARE(set.effectiveCacheDir(), QStringLiteral("/c"));
}

void TestServerSettings::documentationCoversEveryVariable()
{
    // What load() actually reads, so a new setting cannot ship undocumented (nor a doc row outlive it).
    const QStringList expected = ServerSettings::variableNames();
    QVERIFY(expected.contains(QStringLiteral("DATABASE_URL")));
    QVERIFY(expected.contains(QStringLiteral("PORT")));
    QSet<QString> documented;
    for (const SettingDoc &doc : ServerSettings::documentation()) {
        QVERIFY2(!documented.contains(doc.name), qPrintable(doc.name));
        documented.insert(doc.name);
        QVERIFY2(!doc.meaning.isEmpty(), qPrintable(doc.name));
        QVERIFY2(expected.contains(doc.name), qPrintable(doc.name));
    }
    for (const QString &name : expected)
        QVERIFY2(documented.contains(name), qPrintable(name));
    // Every documented default is a value load() accepts.
    for (const SettingDoc &doc : ServerSettings::documentation()) {
        if (doc.defaultValue.isEmpty() || doc.defaultValue.startsWith(QLatin1Char('~')))
            continue;
        QProcessEnvironment environment;
        environment.insert(doc.name, doc.defaultValue);
        const Result<ServerSettings> s = ServerSettings::load(environment);
        QVERIFY2(s.has_value(), qPrintable(doc.name));
    }
}

// The README's settings table is the generated one, so the documentation cannot drift from the code.
void TestServerSettings::readmeListsEverySetting()
{
    QFile readme(QStringLiteral(MARQUEE_SOURCE_DIR "/README.md"));
    QVERIFY2(readme.open(QIODevice::ReadOnly), "README.md not found");
    const QString text = QString::fromUtf8(readme.readAll());
    QVERIFY2(text.contains(ServerSettings::documentationTable()),
             "README.md's settings table differs from `marqueed --list-settings`; paste the new table");
}

QTEST_APPLESS_MAIN(TestServerSettings)
#include "tst_serversettings.moc"

