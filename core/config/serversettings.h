#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include "core/config/renderconfig.h"
#include "core/util/error.h"

namespace Marquee::Config {

// One documented setting: the README's settings table is generated from / checked against this list.
struct SettingDoc
{
    QString name;          // environment variable (also the INI key)
    QString defaultValue;  // as a user would write it; empty = unset
    QString meaning;       // one line
};

// The daemon's configuration: embedded defaults, then an optional INI file (--config), then the
// environment (which wins). Reference §6.5 names are kept where the feature exists.
struct ServerSettings
{
    // Listening and paths
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8000;
    QString dataDir;      // default: XDG data dir (~/.local/share/marquee)
    QString cacheDir;     // default: XDG cache dir (~/.cache/marquee)
    QStringList libraryDirs{QStringLiteral(":/marquee/samples")};  // MARQUEE_LIBRARY_DIRS; "" = none

    // Upstreams
    QString tmdbApiKey;
    QString tmdbApiBase = QStringLiteral("https://api.themoviedb.org/3");
    QString tmdbImageBase = QStringLiteral("https://image.tmdb.org/t/p");
    QStringList mdblistApiKeys;  // MDBLIST_API_KEY, MDBLIST_API_KEY_2
    QString mdblistApiBase = QStringLiteral("https://api.mdblist.com");
    int upstreamTimeoutMs = 12000;

    // Access
    QString accessKey;
    QString metricsAccessKey;  // METRICS_ACCESS_KEY; empty = /metrics is open
    // PRESET_ENABLED is three-way so a fresh install serves both URL kinds: unset → /p and /poster are
    // both open (a private instance); "true" → the reference's public tier (§1.9: without ACCESS_KEY,
    // /poster is closed and only presets are served); "false" → /p answers 404.
    bool presetEnabled = true;
    bool presetPublicTier = false;
    bool posterResolveImdb = false;
    // Fixed 1-second windows (reference §8.3): per tenant for /poster, the shared "preset" bucket for
    // /p, per key for /search and /resolve-imdb. 0 = off.
    int rateLimitRps = 0;
    int anonymousTmdbRps = 5;  // the shared "anonymous" bucket of /search and /resolve-imdb; 0 = off

    // Output and HTTP caching
    QString imageFormat = QStringLiteral("jpeg");  // jpeg | webp | auto
    int jpegQuality = 85;                            // clamped 70–95
    int webpQuality = 85;
    QString cdnCacheTtl;                             // "", "0", "auto" or seconds
    int presetCdnCacheTtl = 86400;

    // Rendering and the composite cache
    int renderConcurrency = 8;          // POSTER_RENDER_CONCURRENCY (RENDER_CONCURRENCY > 0 overrides)
    int renderQueueTimeoutSec = 30;     // 0 = wait forever
    qint64 compositeCacheTtl = 604800;
    qint64 compositeCacheTtlJitter = 172800;
    int compositeMemEntries = 500;
    bool disableCompositeCache = false;

    // Ratings
    Weights movieWeights{{QStringLiteral("letterboxd"), 0.8}, {QStringLiteral("tomatoes"), 0.2}};
    Weights tvWeights{{QStringLiteral("trakt"), 0.8}, {QStringLiteral("tomatoes"), 0.2}};
    int ratingMinVotes = 10;
    QString defaultLogoLanguage = QStringLiteral("en");

    // Backends (issue 5 adds postgres/redis/s3; an unsupported URL is a clear start-up error)
    QString databaseUrl;
    QString objectStoreUrl;
    QString logFormat = QStringLiteral("text");

    // Loads defaults ← INI file (if iniPath non-empty) ← environment. A malformed value is an
    // InvalidInput error naming the variable (the daemon exits non-zero with that message).
    static Result<ServerSettings> load(const QProcessEnvironment &env, const QString &iniPath = {});

    static const QList<SettingDoc> &documentation();
    // The documentation as a Markdown table (what `marqueed --list-settings` prints and README shows).
    static QString documentationTable();

    // Render defaults as this server publishes them: the registry's, with DEFAULT_LOGO_LANGUAGE applied.
    RenderConfig renderDefaults() const;

    QString effectiveDataDir() const;   // dataDir or the XDG default, created on demand by the caller
    QString effectiveCacheDir() const;
};

} // namespace Marquee::Config
