#include "core/config/serversettings.h"

#include <limits>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTime>
#include <QTimeZone>
#include <QUrl>

#include "core/config/paramregistry.h"
#include "core/config/paramvalue_p.h"

namespace Marquee::Config {

namespace {

// Reads one variable from the environment, else from the INI file, and records the first
// malformed value as an error that names the variable.
class SettingsReader
{
public:
    SettingsReader(const QProcessEnvironment &env, const QSettings *ini)
        : m_env(env)
        , m_ini(ini)
    {
    }

    // nullopt when the variable is set nowhere; an empty string when it is set to "".
    std::optional<QString> raw(const QString &name) const
    {
        m_seen.insert(name);
        if (m_env.contains(name))
            return m_env.value(name).trimmed();
        if (m_ini && m_ini->contains(name)) {
            const QVariant value = m_ini->value(name);
            // QSettings splits an unquoted "a,b" into a list; the setting meant the whole text.
            if (value.metaType() == QMetaType::fromType<QStringList>())
                return value.toStringList().join(QLatin1Char(',')).trimmed();
            return value.toString().trimmed();
        }
        return std::nullopt;
    }
    QString text(const QString &name) const { return raw(name).value_or(QString()); }

    // The first of `names` that holds a non-empty value (aliases: PORT then MARQUEE_PORT…).
    std::pair<QString, QString> firstSet(std::initializer_list<QString> names) const
    {
        for (const QString &name : names) {
            const QString value = text(name);
            if (!value.isEmpty())
                return { name, value };
        }
        return { *names.begin(), QString() };
    }

    void fail(const QString &message)
    {
        if (!m_error)
            m_error = message;
    }
    const std::optional<QString> &error() const { return m_error; }
    // Every variable name asked for so far (what load() reads, for the documentation check).
    QStringList seen() const { return QStringList(m_seen.cbegin(), m_seen.cend()); }

    void readString(const QString &name, QString &target) const
    {
        const QString value = text(name);
        if (!value.isEmpty())
            target = value;
    }

    template <typename T>
    void readInteger(std::initializer_list<QString> names, qint64 min, qint64 max, T &target)
    {
        const auto [name, value] = firstSet(names);
        if (value.isEmpty())
            return;
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (ok && number >= min && number <= max) {
            target = static_cast<T>(number);
            return;
        }
        if (max == std::numeric_limits<qint64>::max()) {
            fail(QCoreApplication::translate(
                "Marquee::Config", "%1 must be a whole number of at least %2 (got \"%3\")")
                     .arg(name)
                     .arg(min)
                     .arg(value));
        } else {
            fail(QCoreApplication::translate(
                "Marquee::Config", "%1 must be a number from %2 to %3 (got \"%4\")")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(value));
        }
    }

    // Any whole number is accepted and clamped (image qualities).
    void readClamped(const QString &name, int min, int max, int &target)
    {
        const QString value = text(name);
        if (value.isEmpty())
            return;
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok)
            fail(QCoreApplication::translate("Marquee::Config", "%1 must be a number (got \"%2\")")
                     .arg(name, value));
        else
            target = static_cast<int>(std::clamp<qint64>(number, min, max));
    }

    void readBool(const QString &name, bool &target)
    {
        const QString value = text(name);
        if (value.isEmpty())
            return;
        if (const std::optional<bool> flag = ParamValue::parseBool(value))
            target = *flag;
        else
            fail(QCoreApplication::translate("Marquee::Config", "%1 must be true or false (got \"%2\")")
                     .arg(name, value));
    }

    void readChoice(const QString &name, const QStringList &choices, QString &target)
    {
        const QString value = text(name).toLower();
        if (value.isEmpty())
            return;
        if (choices.contains(value))
            target = value;
        else
            fail(QCoreApplication::translate("Marquee::Config", "%1 must be one of %2 (got \"%3\")")
                     .arg(name, choices.join(QLatin1Char('|')), value));
    }

    void readBaseUrl(const QString &name, QString &target)
    {
        QString value = text(name);
        if (value.isEmpty())
            return; // empty base URL = the built-in default
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            fail(QCoreApplication::translate("Marquee::Config", "%1 must be an http(s) URL (got \"%2\")")
                     .arg(name, value));
            return;
        }
        while (value.endsWith(QLatin1Char('/')))
            value.chop(1);
        target = value;
    }

    void readWeights(const QString &name, Param param, Weights &target)
    {
        const QString value = text(name);
        if (value.isEmpty())
            return;
        const QStringList &sources = ParamRegistry::weightSources(param);
        Weights weights;
        for (const QString &entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList parts = entry.split(QLatin1Char(':'));
            bool ok = false;
            const double w = parts.size() == 2 ? parts.at(1).trimmed().toDouble(&ok) : 0.0;
            const QString source = parts.first().trimmed().toLower();
            if (!ok || !std::isfinite(w) || !sources.contains(source)) {
                fail(QCoreApplication::translate("Marquee::Config",
                    "%1 must look like letterboxd:0.8,tomatoes:0.2 with sources from %2 (got \"%3\")")
                         .arg(name, sources.join(QLatin1Char(',')), value));
                return;
            }
            weights.insert(source, w);
        }
        target = ParamValue::parseWeights(ParamValue::formatWeights(weights, sources));
    }

    void readLanguage(std::initializer_list<QString> names, QString &target)
    {
        const auto [name, value] = firstSet(names);
        if (value.isEmpty())
            return;
        const QVariant language
            = ParamValue::fromString(ParamRegistry::spec(Param::LogoLanguageSecondary), value);
        if (language.toString().isEmpty())
            fail(QCoreApplication::translate(
                "Marquee::Config", "%1 must be a language code such as en or pt-br (got \"%2\")")
                     .arg(name, value));
        else
            target = language.toString();
    }

    void readCdnTtl(const QString &name, QString &target)
    {
        const QString value = text(name).toLower();
        if (value.isEmpty())
            return;
        bool ok = false;
        const qint64 seconds = value.toLongLong(&ok);
        if (value == QLatin1String("auto"))
            target = value;
        else if (ok && seconds >= 0)
            target = QString::number(seconds);
        else
            fail(QCoreApplication::translate(
                "Marquee::Config", "%1 must be 0, auto or a number of seconds (got \"%2\")")
                     .arg(name, value));
    }

private:
    const QProcessEnvironment &m_env;
    const QSettings *m_ini;
    std::optional<QString> m_error;
    mutable QSet<QString> m_seen;
};

// Library folders are ':'-separated like PATH; "::/x" keeps a Qt resource path (":/x") intact.
QStringList splitLibraryDirs(const QString &value)
{
    QStringList dirs;
    const QStringList parts = value.split(QLatin1Char(':'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i).isEmpty() && i + 1 < parts.size() && parts.at(i + 1).startsWith(QLatin1Char('/'))) {
            dirs.append(QLatin1Char(':') + parts.at(++i));
        } else if (!parts.at(i).trimmed().isEmpty()) {
            dirs.append(parts.at(i).trimmed());
        }
    }
    return dirs;
}

void readListenAndPaths(SettingsReader &r, ServerSettings &s)
{
    r.readString(QStringLiteral("MARQUEE_HOST"), s.host);
    r.readInteger({ QStringLiteral("PORT"), QStringLiteral("MARQUEE_PORT") }, 0, 65535, s.port);
    r.readString(QStringLiteral("MARQUEE_DATA_DIR"), s.dataDir);
    r.readString(QStringLiteral("MARQUEE_CACHE_DIR"), s.cacheDir);
    if (const std::optional<QString> dirs = r.raw(QStringLiteral("MARQUEE_LIBRARY_DIRS")))
        s.libraryDirs = splitLibraryDirs(*dirs); // set but empty → no library at all
}

void readUpstreamsAndAccess(SettingsReader &r, ServerSettings &s)
{
    r.readString(QStringLiteral("TMDB_API_KEY"), s.tmdbApiKey);
    r.readBaseUrl(QStringLiteral("TMDB_API_BASE"), s.tmdbApiBase);
    r.readBaseUrl(QStringLiteral("TMDB_IMAGE_BASE"), s.tmdbImageBase);
    for (const QString &name : { QStringLiteral("MDBLIST_API_KEY"), QStringLiteral("MDBLIST_API_KEY_2") }) {
        const QString key = r.text(name);
        if (!key.isEmpty())
            s.mdblistApiKeys.append(key);
    }
    r.readBaseUrl(QStringLiteral("MDBLIST_API_BASE"), s.mdblistApiBase);
    r.readInteger({ QStringLiteral("UPSTREAM_TIMEOUT_MS") }, 1, 600000, s.upstreamTimeoutMs);
    r.readInteger({ QStringLiteral("UPSTREAM_DEADLINE_MS") }, 0, 600000, s.upstreamDeadlineMs);
    r.readInteger({ QStringLiteral("UPSTREAM_RETRIES") }, 0, 10, s.upstreamRetries);
    r.readInteger({ QStringLiteral("UPSTREAM_RETRY_BACKOFF_MS") }, 0, 60000, s.upstreamRetryBackoffMs);
    r.readInteger({ QStringLiteral("UPSTREAM_MAX_CONNECTIONS_PER_HOST") }, 0, 1024, s.upstreamMaxPerHost);
    r.readInteger({ QStringLiteral("MDBLIST_CONCURRENCY") }, 0, 64, s.mdblistConcurrency);
    r.readInteger({ QStringLiteral("CIRCUIT_BREAKER_THRESHOLD") }, 0, 1000, s.breakerThreshold);
    r.readInteger({ QStringLiteral("CIRCUIT_BREAKER_COOLDOWN_MS") }, 1, 3600000, s.breakerCooldownMs);
    r.readString(QStringLiteral("ACCESS_KEY"), s.accessKey);
    r.readString(QStringLiteral("METRICS_ACCESS_KEY"), s.metricsAccessKey);
    if (!r.text(QStringLiteral("PRESET_ENABLED")).isEmpty()) {
        r.readBool(QStringLiteral("PRESET_ENABLED"), s.presetEnabled);
        s.presetPublicTier = s.presetEnabled;
    }
    r.readBool(QStringLiteral("POSTER_RESOLVE_IMDB"), s.posterResolveImdb);
    r.readInteger({ QStringLiteral("RATE_LIMIT_RPS") }, 0, 1000000, s.rateLimitRps);
    r.readInteger({ QStringLiteral("ANONYMOUS_TMDB_RPS") }, 0, 1000000, s.anonymousTmdbRps);
}

void readOutputAndCache(SettingsReader &r, ServerSettings &s)
{
    const QString format = r.text(QStringLiteral("IMAGE_FORMAT")).toLower();
    if (format == QLatin1String("jpg"))
        s.imageFormat = QStringLiteral("jpeg");
    else
        r.readChoice(QStringLiteral("IMAGE_FORMAT"),
            { QStringLiteral("jpeg"), QStringLiteral("webp"), QStringLiteral("auto") }, s.imageFormat);
    r.readClamped(QStringLiteral("JPEG_QUALITY"), 70, 95, s.jpegQuality);
    r.readClamped(QStringLiteral("WEBP_QUALITY"), 70, 95, s.webpQuality);
    r.readCdnTtl(QStringLiteral("CDN_CACHE_TTL"), s.cdnCacheTtl);
    constexpr qint64 unbounded = std::numeric_limits<qint64>::max();
    r.readInteger(
        { QStringLiteral("PRESET_CDN_CACHE_TTL") }, 0, std::numeric_limits<int>::max(), s.presetCdnCacheTtl);

    r.readInteger({ QStringLiteral("POSTER_RENDER_CONCURRENCY") }, 1, 256, s.renderConcurrency);
    int renderConcurrencyOverride = 0;
    r.readInteger({ QStringLiteral("RENDER_CONCURRENCY") }, 0, 256, renderConcurrencyOverride);
    if (renderConcurrencyOverride > 0)
        s.renderConcurrency = renderConcurrencyOverride;
    r.readInteger({ QStringLiteral("RENDER_QUEUE_TIMEOUT") }, 0, 86400, s.renderQueueTimeoutSec);
    r.readInteger({ QStringLiteral("HTTP_THREADS") }, 0, 16, s.httpThreads);
    r.readInteger({ QStringLiteral("COMPOSITE_CACHE_TTL") }, 0, unbounded, s.compositeCacheTtl);
    r.readInteger({ QStringLiteral("COMPOSITE_CACHE_TTL_JITTER") }, 0, unbounded, s.compositeCacheTtlJitter);
    r.readInteger({ QStringLiteral("COMPOSITE_MEM_ENTRIES") }, 0, std::numeric_limits<int>::max(),
        s.compositeMemEntries);
    r.readBool(QStringLiteral("DISABLE_COMPOSITE_CACHE"), s.disableCompositeCache);
}

void readRatingsAndBackends(SettingsReader &r, ServerSettings &s)
{
    r.readWeights(QStringLiteral("MOVIE_WEIGHTS"), Param::MovieWeights, s.movieWeights);
    r.readWeights(QStringLiteral("TV_WEIGHTS"), Param::TvWeights, s.tvWeights);
    r.readInteger(
        { QStringLiteral("RATING_MIN_VOTES") }, 0, std::numeric_limits<int>::max(), s.ratingMinVotes);
    r.readBool(QStringLiteral("IMDB_DATASET_ENABLED"), s.imdbDatasetEnabled);
    r.readString(QStringLiteral("IMDB_DATASET_URL"), s.imdbDatasetUrl);
    r.readString(QStringLiteral("IMDB_DATASET_PATH"), s.imdbDatasetPath);
    r.readClamped(QStringLiteral("IMDB_DATASET_REFRESH_HOURS"), 1, 24 * 365, s.imdbDatasetRefreshHours);
    r.readInteger(
        { QStringLiteral("IMDB_DATASET_MIN_VOTES") }, 0, std::numeric_limits<int>::max(), s.imdbDatasetMinVotes);
    r.readLanguage(
        { QStringLiteral("DEFAULT_LOGO_LANGUAGE"), QStringLiteral("TMDB_LANGUAGE") }, s.defaultLogoLanguage);
    r.readString(QStringLiteral("DATABASE_URL"), s.databaseUrl);
    r.readInteger({ QStringLiteral("DB_POOL_MIN_SIZE") }, 0, 1000, s.dbPoolMinSize);
    r.readInteger({ QStringLiteral("DB_POOL_MAX_SIZE") }, 1, 1000, s.dbPoolMaxSize);
    r.readString(QStringLiteral("REDIS_URL"), s.redisUrl);
    r.readString(QStringLiteral("REDIS_KEY_PREFIX"), s.redisKeyPrefix);
    r.readInteger({ QStringLiteral("CACHE_PRUNE_INTERVAL_SEC") }, 1, 30 * 86400, s.cachePruneIntervalSec);
    r.readInteger({ QStringLiteral("CACHE_PRUNE_START_DELAY_SEC") }, 0, 86400, s.cachePruneStartDelaySec);
    r.readString(QStringLiteral("OBJECT_STORE_URL"), s.objectStoreUrl);
    r.readBaseUrl(QStringLiteral("OBJECT_STORE_PUBLIC_URL"), s.objectStorePublicUrl);
    r.readString(QStringLiteral("AWS_ACCESS_KEY_ID"), s.awsAccessKeyId);
    r.readString(QStringLiteral("AWS_SECRET_ACCESS_KEY"), s.awsSecretAccessKey);
    r.readInteger({ QStringLiteral("DELETE_GRACE_SECONDS") }, 0, 30 * 86400, s.deleteGraceSeconds);
    r.readInteger({ QStringLiteral("REDIRECT_MAX_AGE_SECONDS") }, 0, 30 * 86400, s.redirectMaxAgeSeconds);
    r.readChoice(
        QStringLiteral("LOG_FORMAT"), { QStringLiteral("text"), QStringLiteral("json") }, s.logFormat);
}

void readSashData(SettingsReader &r, ServerSettings &s)
{
    r.readInteger({ QStringLiteral("CINEMA_MAX_AGE_YEARS") }, 0, 100, s.cinemaMaxAgeYears);
    r.readString(QStringLiteral("TRENDING_FETCH_TIME"), s.trendingFetchTime);
    if (!s.trendingFetchTime.isEmpty() && !QTime::fromString(s.trendingFetchTime, QStringLiteral("H:mm")).isValid())
        r.fail(QCoreApplication::translate("Marquee::Config", "TRENDING_FETCH_TIME must be HH:MM (got \"%1\")")
                   .arg(s.trendingFetchTime));
    r.readString(QStringLiteral("TRENDING_FETCH_TIMEZONE"), s.trendingFetchTimezone);
    if (!QTimeZone(s.trendingFetchTimezone.toUtf8()).isValid())
        r.fail(QCoreApplication::translate("Marquee::Config", "TRENDING_FETCH_TIMEZONE: unknown time zone \"%1\"")
                   .arg(s.trendingFetchTimezone));
    r.readInteger({ QStringLiteral("TRENDING_FETCH_COUNT") }, 0, 1000, s.trendingFetchCount);
    r.readInteger({ QStringLiteral("TRENDING_BROAD_FETCH_COUNT") }, 0, 1000, s.trendingBroadFetchCount);
    r.readString(QStringLiteral("TRENDING_SOURCE_MOVIE"), s.trendingSourceMovie);
    r.readString(QStringLiteral("TRENDING_SOURCE_TV"), s.trendingSourceTv);
    r.readInteger({ QStringLiteral("TRENDING_SOURCE_MAX_ITEMS") }, 1, 10000, s.trendingSourceMaxItems);
    r.readInteger({ QStringLiteral("TRENDING_CACHE_DURATION") }, 60, std::numeric_limits<int>::max(),
        s.trendingCacheDuration);
}

void readQuality(SettingsReader &r, ServerSettings &s)
{
    r.readChoice(QStringLiteral("QUALITY_SOURCE"),
        { QStringLiteral("aiostreams"), QStringLiteral("scraper"), QStringLiteral("qualicache") }, s.qualitySource);
    r.readBaseUrl(QStringLiteral("AIOSTREAMS_URL"), s.aiostreamsUrl);
    r.readString(QStringLiteral("AIOSTREAMS_AUTH"), s.aiostreamsAuth);
    r.readString(QStringLiteral("SCRAPER_URL"), s.scraperUrl);  // stremio:// links are normalised by the source
    r.readString(QStringLiteral("QUALICACHE_URL"), s.qualicacheUrl);
    r.readString(QStringLiteral("QUALICACHE_API_KEY"), s.qualicacheApiKey);
    r.readChoice(QStringLiteral("QUALICACHE_MIN_TRUST"),
        { QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low") }, s.qualicacheMinTrust);
    r.readInteger({ QStringLiteral("QUALITY_OLD_CACHE_DURATION") }, 1, 3650, s.qualityOldCacheDays);
    r.readInteger({ QStringLiteral("QUALITY_BG_CONCURRENCY") }, 1, 64, s.qualityBgConcurrency);
    r.readInteger({ QStringLiteral("QUALITY_WAIT_TIMEOUT") }, 1, 600, s.qualityWaitTimeoutSec);
}

void readAll(SettingsReader &r, ServerSettings &s)
{
    readQuality(r, s);
    readSashData(r, s);
    readListenAndPaths(r, s);
    readUpstreamsAndAccess(r, s);
    readOutputAndCache(r, s);
    readRatingsAndBackends(r, s);
}

} // namespace

QStringList ServerSettings::variableNames()
{
    SettingsReader reader(QProcessEnvironment(), nullptr);
    ServerSettings settings;
    readAll(reader, settings);
    QStringList names = reader.seen();
    names.sort();
    return names;
}

Result<ServerSettings> ServerSettings::load(const QProcessEnvironment &env, const QString &iniPath)
{
    std::optional<QSettings> ini;
    if (!iniPath.isEmpty()) {
        const QFileInfo file(iniPath);
        if (!file.isFile() || !file.isReadable())
            return fail(ErrorKind::InvalidInput,
                QCoreApplication::translate("Marquee::Config", "Cannot read the configuration file %1")
                    .arg(iniPath));
        ini.emplace(iniPath, QSettings::IniFormat);
        if (ini->status() != QSettings::NoError)
            return fail(ErrorKind::InvalidInput,
                QCoreApplication::translate("Marquee::Config", "%1 is not a valid INI file").arg(iniPath));
    }
    SettingsReader reader(env, ini ? &*ini : nullptr);
    ServerSettings settings;
    readAll(reader, settings);
    if (reader.error())
        return fail(ErrorKind::InvalidInput, *reader.error());
    return settings;
}

RenderConfig ServerSettings::renderDefaults() const
{
    RenderConfig defaults;
    defaults.setValue(Param::LogoLanguage, defaultLogoLanguage);
    return defaults;
}

QString ServerSettings::effectiveDataDir() const
{
    if (!dataDir.isEmpty())
        return dataDir;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/marquee");
}

QString ServerSettings::effectiveCacheDir() const
{
    if (!cacheDir.isEmpty())
        return cacheDir;
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/marquee");
}

} // namespace Marquee::Config
