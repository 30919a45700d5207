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
    // Never hang (marquee.md §4): the foreground budget of one poster, then retries and breakers.
    int upstreamDeadlineMs = 4000;       // UPSTREAM_DEADLINE_MS; 0 = wait for each call's own timeout
    int upstreamRetries = 2;             // UPSTREAM_RETRIES: extra attempts on 5xx / network errors
    int upstreamRetryBackoffMs = 250;    // UPSTREAM_RETRY_BACKOFF_MS: first retry delay (doubles, ±25%)
    int upstreamMaxPerHost = 16;         // UPSTREAM_MAX_CONNECTIONS_PER_HOST; 0 = unlimited
    int mdblistConcurrency = 3;          // MDBLIST_CONCURRENCY; 0 = no cap
    int breakerThreshold = 5;            // CIRCUIT_BREAKER_THRESHOLD; 0 = no breaker
    int breakerCooldownMs = 30000;       // CIRCUIT_BREAKER_COOLDOWN_MS

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
    int httpThreads = 0;                // HTTP_THREADS; 0 = one per core, at most 4
    int renderQueueTimeoutSec = 30;     // 0 = wait forever
    qint64 compositeCacheTtl = 604800;
    qint64 compositeCacheTtlJitter = 172800;
    int compositeMemEntries = 500;
    bool disableCompositeCache = false;

    // Ratings
    Weights movieWeights{{QStringLiteral("letterboxd"), 0.8}, {QStringLiteral("tomatoes"), 0.2}};
    Weights tvWeights{{QStringLiteral("trakt"), 0.8}, {QStringLiteral("tomatoes"), 0.2}};
    int ratingMinVotes = 10;
    // IMDb dataset (reference §5.6): imdb_rating_source=dataset|fallback reads it
    bool imdbDatasetEnabled = false;
    QString imdbDatasetUrl = QStringLiteral("https://datasets.imdbws.com/title.ratings.tsv.gz");
    QString imdbDatasetPath;            // empty = {cache dir}/imdb_ratings.db
    int imdbDatasetRefreshHours = 24;   // at least 1
    int imdbDatasetMinVotes = 10;
    QString defaultLogoLanguage = QStringLiteral("en");

    // Sash data: release status and trending (reference §5.1, §5.6, §6.5)
    int cinemaMaxAgeYears = 3;                // CINEMA_MAX_AGE_YEARS; 0 = a cinema release never ages
    QString trendingFetchTime;                // TRENDING_FETCH_TIME "HH:MM"; empty = every 24 h
    QString trendingFetchTimezone = QStringLiteral("UTC");
    int trendingFetchCount = 40;              // ranks ≤ this: the "trending" slot
    int trendingBroadFetchCount = 100;        // ranks ≤ this: the "trending_broad" slot
    QString trendingSourceMovie;              // custom list URL (TMDB or MDBList JSON); empty = TMDB
    QString trendingSourceTv;
    int trendingSourceMaxItems = 500;
    qint64 trendingCacheDuration = 86400;     // seconds

    // Quality badge data (reference §5.3, §3.4); no URL for the chosen source = no quality lookups
    QString qualitySource = QStringLiteral("aiostreams");  // aiostreams | scraper | qualicache
    QString aiostreamsUrl;
    QString aiostreamsAuth;                   // base64 "uuid:password"; never logged
    QString scraperUrl;                       // Stremio addon manifest/base (may carry a debrid key)
    QString qualicacheUrl;
    QString qualicacheApiKey;
    QString qualicacheMinTrust = QStringLiteral("high");  // high | medium | low
    int qualityOldCacheDays = 90;             // QUALITY_OLD_CACHE_DURATION: rows of titles not new
    int qualityBgConcurrency = 5;             // background quality fetches at once
    int qualityWaitTimeoutSec = 30;           // wait_for_quality=true waits this long at most

    // Backends (issue 5 adds postgres/redis/s3; an unsupported URL is a clear start-up error)
    QString databaseUrl;
    int dbPoolMinSize = 1;          // PostgreSQL connections kept open
    int dbPoolMaxSize = 10;         // PostgreSQL connections at most (a request waits 10 s for one)
    QString redisUrl;
    QString redisKeyPrefix = QStringLiteral("marquee");
    int cachePruneIntervalSec = 21600;      // cache prune (one replica at a time, lease "cache-prune")
    int cachePruneStartDelaySec = 300;      // first prune this long after start
    QString objectStoreUrl;
    QString objectStorePublicUrl;   // CDN base: composite hits answer 302 to {public}/{object key}
    QString awsAccessKeyId;         // S3 credentials (never logged); both empty = unsigned requests
    QString awsSecretAccessKey;
    int deleteGraceSeconds = 3600;      // superseded/expired composite blobs are deleted this much later
    int redirectMaxAgeSeconds = 600;    // max-age of a 302 to the CDN copy (also kept below the grace)
    QString logFormat = QStringLiteral("text");

    // Loads defaults ← INI file (if iniPath non-empty) ← environment. A malformed value is an
    // InvalidInput error naming the variable (the daemon exits non-zero with that message).
    static Result<ServerSettings> load(const QProcessEnvironment &env, const QString &iniPath = {});

    static const QList<SettingDoc> &documentation();
    // Every variable load() reads, sorted (each must be documented).
    static QStringList variableNames();
    // The documentation as a Markdown table (what `marqueed --list-settings` prints and README shows).
    static QString documentationTable();

    // Render defaults as this server publishes them: the registry's, with DEFAULT_LOGO_LANGUAGE applied.
    RenderConfig renderDefaults() const;

    QString effectiveDataDir() const;   // dataDir or the XDG default, created on demand by the caller
    QString effectiveCacheDir() const;
};

} // namespace Marquee::Config
