// ServerSettings::documentation(): the one list of every variable ServerSettings::load() reads, with its
// default and meaning. The README's settings table and `marqueed --help` are generated from it, and a
// test keeps it in step with load().
#include "core/config/serversettings.h"

#include <QCoreApplication>

namespace Marquee::Config {

namespace {

struct DocRow
{
    const char *name;
    const char *defaultValue;
    const char *meaning; // translated when the list is first built
};

constexpr DocRow docRows[] = {
    { "MARQUEE_HOST", "127.0.0.1",
        QT_TRANSLATE_NOOP(
            "Marquee::Config", "Address to listen on; 0.0.0.0 exposes the daemon on the network") },
    { "PORT", "8000", QT_TRANSLATE_NOOP("Marquee::Config", "TCP port to listen on (0 picks a free port)") },
    { "MARQUEE_PORT", "",
        QT_TRANSLATE_NOOP("Marquee::Config", "Alternative name for PORT, used only when PORT is unset") },
    { "MARQUEE_DATA_DIR", "~/.local/share/marquee",
        QT_TRANSLATE_NOOP("Marquee::Config", "Where the database and user presets live") },
    { "MARQUEE_CACHE_DIR", "~/.cache/marquee",
        QT_TRANSLATE_NOOP("Marquee::Config", "Where downloaded art and rendered posters are cached") },
    { "MARQUEE_LIBRARY_DIRS", ":/marquee/samples",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "':'-separated local media library folders (.nfo + artwork); empty disables the built-in "
            "samples") },
    { "TMDB_API_KEY", "",
        QT_TRANSLATE_NOOP(
            "Marquee::Config", "Server TMDB key; without it every request must bring tmdb_key=") },
    { "TMDB_API_BASE", "https://api.themoviedb.org/3",
        QT_TRANSLATE_NOOP("Marquee::Config", "TMDB API base URL (empty = default)") },
    { "TMDB_IMAGE_BASE", "https://image.tmdb.org/t/p",
        QT_TRANSLATE_NOOP("Marquee::Config", "TMDB image CDN base URL (empty = default)") },
    { "MDBLIST_API_KEY", "", QT_TRANSLATE_NOOP("Marquee::Config", "Server MDBList key for ratings") },
    { "MDBLIST_API_KEY_2", "",
        QT_TRANSLATE_NOOP(
            "Marquee::Config", "Second MDBList key, used while the first one is rate-limited") },
    { "MDBLIST_API_BASE", "https://api.mdblist.com",
        QT_TRANSLATE_NOOP("Marquee::Config", "MDBList API base URL (empty = default)") },
    { "UPSTREAM_TIMEOUT_MS", "12000",
        QT_TRANSLATE_NOOP("Marquee::Config", "Deadline in milliseconds for one upstream API call") },
    { "UPSTREAM_DEADLINE_MS", "4000",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Foreground budget in milliseconds of one poster's upstream work; past it the poster is served "
            "provisional with the data at hand and the fetch completes in the background (0 = no budget)") },
    { "UPSTREAM_RETRIES", "2",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Extra attempts of an upstream GET after a 5xx or network error (jittered exponential backoff, "
            "never past the deadline)") },
    { "UPSTREAM_RETRY_BACKOFF_MS", "250",
        QT_TRANSLATE_NOOP("Marquee::Config", "Delay before the first retry; doubles per attempt with 25% jitter, at most 4 s") },
    { "UPSTREAM_MAX_CONNECTIONS_PER_HOST", "16",
        QT_TRANSLATE_NOOP("Marquee::Config", "Upstream requests in flight per host at once (0 = unlimited)") },
    { "MDBLIST_CONCURRENCY", "3",
        QT_TRANSLATE_NOOP("Marquee::Config", "MDBList rating fetches in flight at once (0 = no cap)") },
    { "CIRCUIT_BREAKER_THRESHOLD", "5",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Consecutive failed requests that open a service's circuit breaker (fail fast; 0 = no breaker)") },
    { "CIRCUIT_BREAKER_COOLDOWN_MS", "30000",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "How long an open breaker fails fast before one probe request may test the service") },
    { "ACCESS_KEY", "",
        QT_TRANSLATE_NOOP(
            "Marquee::Config", "Operator key; when set, /poster and the other operator routes require it") },
    { "METRICS_ACCESS_KEY", "",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Key for /metrics (Authorization: Bearer or ?access_key=); unset leaves /metrics open") },
    { "PRESET_ENABLED", "",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Unset: /p preset URLs and /poster are both served (private instance); true: public tier, "
            "/poster needs ACCESS_KEY (closed without one); false: /p answers 404") },
    { "POSTER_RESOLVE_IMDB", "false",
        QT_TRANSLATE_NOOP(
            "Marquee::Config", "Accept /poster requests with only an IMDb id and look up the TMDB id") },
    { "RATE_LIMIT_RPS", "0",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Requests per second per tenant on /poster (tenant = its TMDB or MDBList key), for all of /p "
            "together, and per key on /search and /resolve-imdb; 0 = no limit") },
    { "ANONYMOUS_TMDB_RPS", "5",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Requests per second shared by all /search and /resolve-imdb calls without a key; 0 = no limit") },
    { "IMAGE_FORMAT", "jpeg",
        QT_TRANSLATE_NOOP(
            "Marquee::Config", "Output format: jpeg, webp, or auto (WebP when the client accepts it)") },
    { "JPEG_QUALITY", "85", QT_TRANSLATE_NOOP("Marquee::Config", "JPEG quality, clamped to 70-95") },
    { "WEBP_QUALITY", "85", QT_TRANSLATE_NOOP("Marquee::Config", "WebP quality, clamped to 70-95") },
    { "CDN_CACHE_TTL", "",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Cache-Control max-age for /poster: empty or 0 = none, auto = until the poster expires, or "
            "seconds") },
    { "PRESET_CDN_CACHE_TTL", "86400",
        QT_TRANSLATE_NOOP(
            "Marquee::Config", "Cache-Control max-age in seconds for fully cached /p responses") },
    { "POSTER_RENDER_CONCURRENCY", "8",
        QT_TRANSLATE_NOOP("Marquee::Config", "Renders allowed to run at the same time") },
    { "RENDER_CONCURRENCY", "0",
        QT_TRANSLATE_NOOP("Marquee::Config", "When above 0, overrides POSTER_RENDER_CONCURRENCY") },
    { "HTTP_THREADS", "0",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Threads accepting and answering HTTP requests (cache hits are answered on them); 0 = one per "
            "core, at most 4") },
    { "RENDER_QUEUE_TIMEOUT", "30",
        QT_TRANSLATE_NOOP(
            "Marquee::Config", "Seconds a request waits for a render slot before a 503 (0 = wait forever)") },
    { "COMPOSITE_CACHE_TTL", "604800",
        QT_TRANSLATE_NOOP("Marquee::Config", "Seconds a rendered poster stays cached") },
    { "COMPOSITE_CACHE_TTL_JITTER", "172800",
        QT_TRANSLATE_NOOP(
            "Marquee::Config", "Random extra seconds added per poster so entries do not expire together") },
    { "COMPOSITE_MEM_ENTRIES", "500",
        QT_TRANSLATE_NOOP("Marquee::Config", "Rendered posters kept in memory in front of the disk cache") },
    { "DISABLE_COMPOSITE_CACHE", "false",
        QT_TRANSLATE_NOOP("Marquee::Config", "Render every request afresh and send no-store headers") },
    { "MOVIE_WEIGHTS", "letterboxd:0.8,tomatoes:0.2",
        QT_TRANSLATE_NOOP("Marquee::Config", "Default rating-source weights for movies") },
    { "TV_WEIGHTS", "trakt:0.8,tomatoes:0.2",
        QT_TRANSLATE_NOOP("Marquee::Config", "Default rating-source weights for series") },
    { "RATING_MIN_VOTES", "10",
        QT_TRANSLATE_NOOP("Marquee::Config", "Ratings with fewer votes than this are ignored") },
    { "IMDB_DATASET_ENABLED", "false",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Download the IMDb ratings dataset for imdb_rating_source=dataset or fallback") },
    { "IMDB_DATASET_URL", "https://datasets.imdbws.com/title.ratings.tsv.gz",
        QT_TRANSLATE_NOOP("Marquee::Config", "Where the gzip ratings TSV of the IMDb dataset is downloaded from") },
    { "IMDB_DATASET_PATH", "~/.cache/marquee/imdb_ratings.db",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "SQLite file of the IMDb dataset; processes sharing it download it once") },
    { "IMDB_DATASET_REFRESH_HOURS", "24",
        QT_TRANSLATE_NOOP("Marquee::Config", "Hours between IMDb dataset downloads (at least 1)") },
    { "IMDB_DATASET_MIN_VOTES", "10",
        QT_TRANSLATE_NOOP("Marquee::Config", "IMDb dataset rows with fewer votes than this are ignored") },
    { "DEFAULT_LOGO_LANGUAGE", "en",
        QT_TRANSLATE_NOOP("Marquee::Config", "Logo language when the request has no logo_language") },
    { "TMDB_LANGUAGE", "",
        QT_TRANSLATE_NOOP(
            "Marquee::Config", "Alternative name for DEFAULT_LOGO_LANGUAGE, used only when that is unset") },
    { "CINEMA_MAX_AGE_YEARS", "3",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "A theatrical release older than this many years counts as Streaming (0 = never)") },
    { "TRENDING_FETCH_TIME", "",
        QT_TRANSLATE_NOOP("Marquee::Config", "Daily HH:MM at which trending ranks are refreshed; empty = every 24 h") },
    { "TRENDING_FETCH_TIMEZONE", "UTC",
        QT_TRANSLATE_NOOP("Marquee::Config", "Time zone of TRENDING_FETCH_TIME") },
    { "TRENDING_FETCH_COUNT", "40",
        QT_TRANSLATE_NOOP("Marquee::Config", "Trending ranks up to this number get the trending sash") },
    { "TRENDING_BROAD_FETCH_COUNT", "100",
        QT_TRANSLATE_NOOP("Marquee::Config", "Trending ranks up to this number get the trending_broad sash") },
    { "TRENDING_SOURCE_MOVIE", "",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Custom movie trending list URL (TMDB-shaped or MDBList list JSON); empty = TMDB trending") },
    { "TRENDING_SOURCE_TV", "",
        QT_TRANSLATE_NOOP("Marquee::Config", "Custom series trending list URL; empty = TMDB trending") },
    { "TRENDING_SOURCE_MAX_ITEMS", "500",
        QT_TRANSLATE_NOOP("Marquee::Config", "Entries read from a custom trending list at most") },
    { "TRENDING_CACHE_DURATION", "86400",
        QT_TRANSLATE_NOOP("Marquee::Config", "Seconds fetched trending ranks stay valid") },
    { "QUALITY_SOURCE", "aiostreams",
        QT_TRANSLATE_NOOP("Marquee::Config", "Where quality badge data comes from: aiostreams, scraper or qualicache") },
    { "AIOSTREAMS_URL", "",
        QT_TRANSLATE_NOOP("Marquee::Config", "AIOStreams base URL (QUALITY_SOURCE=aiostreams); empty = no quality badges") },
    { "AIOSTREAMS_AUTH", "",
        QT_TRANSLATE_NOOP("Marquee::Config", "AIOStreams Basic credentials, base64 of uuid:password") },
    { "SCRAPER_URL", "",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Stremio addon manifest or stremio:// link (QUALITY_SOURCE=scraper); empty = no quality badges") },
    { "QUALICACHE_URL", "",
        QT_TRANSLATE_NOOP("Marquee::Config", "QualiCache base URL (QUALITY_SOURCE=qualicache); empty = no quality badges") },
    { "QUALICACHE_API_KEY", "", QT_TRANSLATE_NOOP("Marquee::Config", "QualiCache key, sent as X-API-Key") },
    { "QUALICACHE_MIN_TRUST", "high",
        QT_TRANSLATE_NOOP("Marquee::Config", "Lowest QualiCache trust level accepted: high, medium or low") },
    { "QUALITY_OLD_CACHE_DURATION", "90",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Days quality data of titles older than 14 days is kept (newer titles: 1 day)") },
    { "QUALITY_BG_CONCURRENCY", "5",
        QT_TRANSLATE_NOOP("Marquee::Config", "Background quality fetches running at once") },
    { "QUALITY_WAIT_TIMEOUT", "30",
        QT_TRANSLATE_NOOP("Marquee::Config", "Seconds a wait_for_quality=true request waits for quality data") },
    { "DATABASE_URL", "",
        QT_TRANSLATE_NOOP(
            "Marquee::Config", "Metadata and cache database; empty = SQLite (cache.db) in the cache folder") },
    { "DB_POOL_MIN_SIZE", "1",
        QT_TRANSLATE_NOOP("Marquee::Config", "PostgreSQL connections kept open (DATABASE_URL postgres://)") },
    { "DB_POOL_MAX_SIZE", "10",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "PostgreSQL connections at most; a query waits up to 10 s for a free one") },
    { "REDIS_URL", "",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Coordination between replicas (claims, leases, rate limits); empty = in-process") },
    { "REDIS_KEY_PREFIX", "marquee", QT_TRANSLATE_NOOP("Marquee::Config", "Prefix of every Redis key") },
    { "CACHE_PRUNE_INTERVAL_SEC", "21600",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Seconds between cache prunes (expired posters, old ratings and metadata); one replica prunes at a time") },
    { "CACHE_PRUNE_START_DELAY_SEC", "300",
        QT_TRANSLATE_NOOP("Marquee::Config", "Seconds after start before the first cache prune") },
    { "OBJECT_STORE_URL", "",
        QT_TRANSLATE_NOOP("Marquee::Config", "Where rendered posters are stored; empty = the cache folder") },
    { "OBJECT_STORE_PUBLIC_URL", "",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Public (CDN) base of the object store: cached posters answer with a redirect there") },
    { "AWS_ACCESS_KEY_ID", "",
        QT_TRANSLATE_NOOP("Marquee::Config", "Access key id for an s3:// OBJECT_STORE_URL (empty = unsigned requests)") },
    { "AWS_SECRET_ACCESS_KEY", "",
        QT_TRANSLATE_NOOP("Marquee::Config", "Secret access key for an s3:// OBJECT_STORE_URL; never logged") },
    { "DELETE_GRACE_SECONDS", "3600",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Replaced or expired poster blobs are deleted this many seconds later (CDN links stay valid)") },
    { "REDIRECT_MAX_AGE_SECONDS", "600",
        QT_TRANSLATE_NOOP("Marquee::Config",
            "Longest max-age of a redirect to the CDN copy; also capped by the poster's expiry and kept below the grace") },
    { "LOG_FORMAT", "text", QT_TRANSLATE_NOOP("Marquee::Config", "Log line format on stderr: text or json") },
};

} // namespace

const QList<SettingDoc> &ServerSettings::documentation()
{
    static const QList<SettingDoc> docs = [] {
        QList<SettingDoc> list;
        for (const DocRow &row : docRows) {
            list.append(SettingDoc { QString::fromLatin1(row.name), QString::fromLatin1(row.defaultValue),
                QCoreApplication::translate("Marquee::Config", row.meaning) });
        }
        return list;
    }();
    return docs;
}

QString ServerSettings::documentationTable()
{
    QString table = QStringLiteral("| Variable | Default | Meaning |\n|---|---|---|\n");
    for (const SettingDoc &doc : documentation()) {
        const QString shownDefault = doc.defaultValue.isEmpty()
            ? QStringLiteral("(unset)")
            : QLatin1Char('`') + doc.defaultValue + QLatin1Char('`');
        QString meaning = doc.meaning;
        meaning.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        table += QStringLiteral("| `%1` | %2 | %3 |\n").arg(doc.name, shownDefault, meaning);
    }
    return table;
}

} // namespace Marquee::Config
