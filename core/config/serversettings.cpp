#include "core/config/serversettings.h"

#include <limits>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
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
    r.readLanguage(
        { QStringLiteral("DEFAULT_LOGO_LANGUAGE"), QStringLiteral("TMDB_LANGUAGE") }, s.defaultLogoLanguage);
    r.readString(QStringLiteral("DATABASE_URL"), s.databaseUrl);
    r.readString(QStringLiteral("OBJECT_STORE_URL"), s.objectStoreUrl);
    r.readChoice(
        QStringLiteral("LOG_FORMAT"), { QStringLiteral("text"), QStringLiteral("json") }, s.logFormat);
}

} // namespace

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
    readListenAndPaths(reader, settings);
    readUpstreamsAndAccess(reader, settings);
    readOutputAndCache(reader, settings);
    readRatingsAndBackends(reader, settings);
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
