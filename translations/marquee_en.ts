<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Marquee::Blob</name>
    <message>
        <source>Invalid blob key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob store %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: unsupported scheme &apos;%1&apos; (use s3://, s3+http:// or s3+https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: the object store at %1 is unreachable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an s3://, s3+http:// or s3+https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials belong in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, not in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint= is only for s3:// URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint must be an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid bucket name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressing must be path or virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, bucket %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object store %1 failed at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object store bucket not found at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Config</name>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid tmdb_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid imdb_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid preset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid type (movie|tv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid id (expected tt…, a TMDB id or tmdb:&lt;id&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid shape (poster|landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2 (got &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3 (got &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an http(s) URL (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must look like letterboxd:0.8,tomatoes:0.2 with sources from %2 (got &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a language code such as en or pt-br (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 0, auto or a number of seconds (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on; 0.0.0.0 exposes the daemon on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port to listen on (0 picks a free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative name for PORT, used only when PORT is unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the database and user presets live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where downloaded art and rendered posters are cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos;-separated local media library folders (.nfo + artwork); empty disables the built-in samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server TMDB key; without it every request must bring tmdb_key=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMDB API base URL (empty = default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMDB image CDN base URL (empty = default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server MDBList key for ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second MDBList key, used while the first one is rate-limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDBList API base URL (empty = default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline in milliseconds for one upstream API call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator key; when set, /poster and the other operator routes require it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset: /p preset URLs and /poster are both served (private instance); true: public tier, /poster needs ACCESS_KEY (closed without one); false: /p answers 404</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept /poster requests with only an IMDb id and look up the TMDB id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: jpeg, webp, or auto (WebP when the client accepts it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG quality, clamped to 70-95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP quality, clamped to 70-95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache-Control max-age for /poster: empty or 0 = none, auto = until the poster expires, or seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache-Control max-age in seconds for fully cached /p responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders allowed to run at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When above 0, overrides POSTER_RENDER_CONCURRENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a request waits for a render slot before a 503 (0 = wait forever)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a rendered poster stays cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random extra seconds added per poster so entries do not expire together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered posters kept in memory in front of the disk cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every request afresh and send no-store headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default rating-source weights for movies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default rating-source weights for series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings with fewer votes than this are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo language when the request has no logo_language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative name for DEFAULT_LOGO_LANGUAGE, used only when that is unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata and cache database; empty = SQLite (cache.db) in the cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where rendered posters are stored; empty = the cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log line format on stderr: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for /metrics (Authorization: Bearer or ?access_key=); unset leaves /metrics open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second per tenant on /poster (tenant = its TMDB or MDBList key), for all of /p together, and per key on /search and /resolve-imdb; 0 = no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second shared by all /search and /resolve-imdb calls without a key; 0 = no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid id (expected tt… under /imdb/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRENDING_FETCH_TIME must be HH:MM (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRENDING_FETCH_TIMEZONE: unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreground budget in milliseconds of one poster&apos;s upstream work; past it the poster is served provisional with the data at hand and the fetch completes in the background (0 = no budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra attempts of an upstream GET after a 5xx or network error (jittered exponential backoff, never past the deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay before the first retry; doubles per attempt with 25% jitter, at most 4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream requests in flight per host at once (0 = unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDBList rating fetches in flight at once (0 = no cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive failed requests that open a service&apos;s circuit breaker (fail fast; 0 = no breaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an open breaker fails fast before one probe request may test the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the IMDb ratings dataset for imdb_rating_source=dataset or fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the gzip ratings TSV of the IMDb dataset is downloaded from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file of the IMDb dataset; processes sharing it download it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours between IMDb dataset downloads (at least 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMDb dataset rows with fewer votes than this are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theatrical release older than this many years counts as Streaming (0 = never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily HH:MM at which trending ranks are refreshed; empty = every 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of TRENDING_FETCH_TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trending ranks up to this number get the trending sash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trending ranks up to this number get the trending_broad sash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom movie trending list URL (TMDB-shaped or MDBList list JSON); empty = TMDB trending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom series trending list URL; empty = TMDB trending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries read from a custom trending list at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds fetched trending ranks stay valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where quality badge data comes from: aiostreams, scraper or qualicache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIOStreams base URL (QUALITY_SOURCE=aiostreams); empty = no quality badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIOStreams Basic credentials, base64 of uuid:password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stremio addon manifest or stremio:// link (QUALITY_SOURCE=scraper); empty = no quality badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QualiCache base URL (QUALITY_SOURCE=qualicache); empty = no quality badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QualiCache key, sent as X-API-Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest QualiCache trust level accepted: high, medium or low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days quality data of titles older than 14 days is kept (newer titles: 1 day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background quality fetches running at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a wait_for_quality=true request waits for quality data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL connections kept open (DATABASE_URL postgres://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL connections at most; a query waits up to 10 s for a free one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination between replicas (claims, leases, rate limits); empty = in-process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix of every Redis key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between cache prunes (expired posters, old ratings and metadata); one replica prunes at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds after start before the first cache prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (CDN) base of the object store: cached posters answer with a redirect there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key id for an s3:// OBJECT_STORE_URL (empty = unsigned requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key for an s3:// OBJECT_STORE_URL; never logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced or expired poster blobs are deleted this many seconds later (CDN links stay valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest max-age of a redirect to the CDN copy; also capped by the poster&apos;s expiry and kept below the grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads accepting and answering HTTP requests (cache hits are answered on them); 0 = one per core, at most 4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Config::PosterUrlCodec</name>
    <message>
        <source>Not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a poster URL (expected /poster?…, /p/{preset}/{type}/{id}.jpg or /{key}/imdb/poster-default/{id}.jpg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ContactSheet</name>
    <message>
        <source>Score Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six-band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets × sample titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating_display_mode × score_color_mode (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rendered poster could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marqueed %1 · bundled sample library · posters %2×%3 shown at half size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden (palettes do not apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frosted Bar with its rating stripe (bar_style=rating_frosted, bar_accent=palette_N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback canvas (no art) × genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback_bg_style: titles without any art</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Coordination</name>
    <message>
        <source>REDIS_URL: &apos;%1&apos; is not a database number (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDIS_URL: a unix:// URL needs an absolute socket path, as in unix:///run/redis/redis.sock (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDIS_URL: no host in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDIS_URL: invalid port in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1 answered PING with &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Coordination::RedisEndpoint</name>
    <message>
        <source>REDIS_URL: not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDIS_URL: rediss:// (TLS) is not supported by this build (hiredis without TLS); use redis:// through a local TLS tunnel such as stunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDIS_URL: unsupported scheme &apos;%1&apos; (use redis:// or unix://, or leave it empty for in-process coordination)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Daemon</name>
    <message>
        <source>MARQUEE_HOST: &apos;%1&apos; is not an IP address (use 127.0.0.1, 0.0.0.0, ::1 or localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled fonts could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARQUEE_HOST: &apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Http::AccessGate</name>
    <message>
        <source>Custom posters are not available on this instance; use a /p/{preset}/{type}/{imdb_id}.jpg preset URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized, your access key is not valid for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Http::DebugCanvasRoute</name>
    <message>
        <source>Title too long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ErrorResponse</name>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized, your access key is not valid for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not configured for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to build poster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Http::HttpService</name>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot share the listening socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Http::PresetApiRoutes</name>
    <message>
        <source>The request body is larger than 16 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object like {&quot;query&quot;: &quot;rating_display_mode=4&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body needs a string field &quot;query&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without ACCESS_KEY the preset API only answers clients on this machine; set ACCESS_KEY to manage presets remotely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user preset named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in preset id; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ProbeRoutes</name>
    <message>
        <source>Not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator unreachable; serving without it (fail-open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RateLimiter</name>
    <message>
        <source>Rate limit exceeded (%1 req/s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RouteContext</name>
    <message>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RpdbRoutes</name>
    <message>
        <source>Invalid id (imdb: tt…; tmdb: movie-&lt;id&gt;, series-&lt;id&gt; or &lt;id&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preset or access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVDB ids cannot be resolved by this server; use the imdb or tmdb form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid id source (imdb|tmdb|tvdb)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ServingSwitch</name>
    <message>
        <source>Poster serving is paused by the operator; try again later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Http::TmdbProxyRoutes</name>
    <message>
        <source>Invalid type (movie|tv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required parameter: tmdb_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid tmdb_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required parameter: q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMDB could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Http::WebRoute</name>
    <message>
        <source>Open this page with ?access_key=… appended to the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configurator not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::MigrateStorageCommand</name>
    <message>
        <source>The SQLite cache database to read (e.g. &lt;cache dir&gt;/cache.db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database to fill (postgres:// or postgresql:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both --from &lt;cache.db&gt; and --to &lt;postgres url&gt;; see marqueed migrate-storage --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: no SQLite database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: not a postgres:// or postgresql:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate-storage: %1 %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies an SQLite cache database into PostgreSQL: ratings, metadata, the IMDb→TMDB map, composite rows, user presets and the keyed cache. Existing rows are overwritten (upserts), so running it again is harmless. Poster images (blobs) are not copied: they stay in the object store or cache folder the composite rows point at, so the new replicas must use the same OBJECT_STORE_URL (or a copy of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied %1 rows to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Net::HttpClient</name>
    <message>
        <source>Invalid upstream URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream response too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream did not answer within the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many upstream requests in flight to this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream temporarily unavailable (circuit open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::GenreLabel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adventure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fantasy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sci-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thriller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>War</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::ImageCache</name>
    <message>
        <source>Unreadable image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than 20 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 exceeds 6000×6000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::ImdbDatasetJob</name>
    <message>
        <source>Cannot write the IMDb dataset download to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMDb dataset download was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMDb dataset download is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMDb dataset download timed out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMDb dataset download failed with status %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMDb dataset download failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMDB_DATASET_URL is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::InFlightRenders</name>
    <message>
        <source>Failed to build poster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::MdbListKeyRotation</name>
    <message>
        <source>All MDBList keys are cooling down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDBList rate limit reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::MetadataCache</name>
    <message>
        <source>Upstream request timed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PosterEncoder</name>
    <message>
        <source>Cannot encode poster: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PosterPipeline</name>
    <message>
        <source>Title not found on TMDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster image not found on TMDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PreviewRenderer</name>
    <message>
        <source>Title not in the local library (a TMDB key renders any title)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::RenderSlots</name>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::TitleResolver</name>
    <message>
        <source>Missing required parameter: tmdb_id. Add tmdb_id={tmdb_id} to the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server TMDB key not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TMDB %1 found for imdb_id %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::TrendingJob</name>
    <message>
        <source>No TMDB API key configured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Presets</name>
    <message>
        <source>Tinted Minimalist Notch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tinted vignette with minimal rating mode displaying the rating color (gold, silver, bronze) genre and year. A matching notch at the top displays interesting information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tinted Minimalist Sash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tinted vignette with the minimal rating line (score-coloured mark, genre and year) and a diagonal corner sash for awards and other highlights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar with matching notch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notch and bar sampled from the posters colour, clean and easy to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar with matching sash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom bar and diagonal corner sash both tinted from the poster&apos;s own colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating Bar with Notch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bar at the bottom is colored based on the rating for &apos;at a glance&apos; ratings, along with a notch sampled from the posters colour at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating Bar with Sash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score-coloured rating bar for quick reading, with a diagonal corner sash for highlights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Notch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One clean line with genre and score under the logo, and a notch at the top tinted from the poster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Sash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One clean line with genre and score under the logo, and a diagonal corner sash for highlights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original Art - Mini &amp; Sash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official poster with its own title treatment, a minimal rating line and a diagonal corner sash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original Art - Bar &amp; Notch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official poster with its own title treatment, a bar and a matching notch sampled from its colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired style, kept so existing URLs keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prestige Rating Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light Rating Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frosted Notch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black Rating Bar, Light Notch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black Rating Bar (Original Art)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frosted Rating Bar (Original Art)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimalist (Original Art)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Presets::PresetResolver</name>
    <message>
        <source>A preset name is 1–40 characters of a–z, 0–9, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset query is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos; in the preset query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in preset id and cannot be redefined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::RenderCommand</name>
    <message>
        <source>File to write (default &lt;ID&gt;.jpg, or contact-sheet.png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render with this preset&apos;s parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movie (default) or tv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/poster parameters applied on top of the preset, e.g. &quot;shape=landscape&amp;rating_display_mode=3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k=v&amp;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INI file with settings; environment variables override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory (MARQUEE_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache directory (MARQUEE_CACHE_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2×%3, %4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the contact sheet as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders one poster to a file through the daemon&apos;s pipeline and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tt…, a TMDB id or tmdb:&lt;id&gt; (not with --contact-sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contact-sheet takes no ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one ID (tt…, a TMDB id or tmdb:&lt;id&gt;); see marqueed render --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PNG grid of every preset, every rating mode × palette and the fallback canvases instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Sources</name>
    <message>
        <source>IMDb dataset database error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the IMDb dataset at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::ImdbDataset</name>
    <message>
        <source>Cannot read the IMDb dataset download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::Importer</name>
    <message>
        <source>The IMDb dataset is not a ratings TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMDb dataset download is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMDb dataset holds no usable rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::LocalLibrary</name>
    <message>
        <source>%1: library folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file or it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duplicate of a title already in the library, skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::MdbListSource</name>
    <message>
        <source>Invalid IMDb id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title has neither an IMDb nor a TMDB id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MDBList API key configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDBList rate limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDBList daily request quota used up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::NfoReader</name>
    <message>
        <source>XML error at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an XML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root element is not &lt;movie&gt; or &lt;tvshow&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;title&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::QualitySource</name>
    <message>
        <source>%1 error %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QualiCache rejected the API key (401): check QUALICACHE_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QualiCache answered an unknown status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::TmdbSource</name>
    <message>
        <source>No TMDB API key configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid IMDb id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TMDB %1 found for imdb_id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid TMDB id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title not found on TMDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid image path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster image not found on TMDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream sent an empty image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid trending window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trending list on TMDB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::TrendingSource</name>
    <message>
        <source>Trending list is neither TMDB nor MDBList JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TMDB source for trending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid trending list URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::Upstream</name>
    <message>
        <source>Upstream error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream sent malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Storage</name>
    <message>
        <source>Cannot open the cache database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database connection became free within %1 ms (DB_POOL_MAX_SIZE %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SQLite database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE_URL: unsupported scheme &quot;%1&quot; (use postgres:// or postgresql://, or leave it empty for SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE_URL: cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Tray::TrayController</name>
    <message>
        <source>--tray: no system tray is available on this display; running headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open configurator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy poster URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume serving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Tray::TrayStatus</name>
    <message>
        <source>Paused (posters answer 503) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders: %1 (%2 in flight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in memory (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: storage unavailable · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1 posters, %2 on disk · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1 posters · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marqueed</name>
    <message>
        <source>Address to listen on (default 127.0.0.1; MARQUEE_HOST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on, 0 for any free port (default 8000; PORT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory (MARQUEE_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache directory (MARQUEE_CACHE_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INI file with settings; environment variables override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every setting with its default and meaning, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number (0–65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee poster daemon: renders rated posters and serves them over HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marqueed %1 listening on http://%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a system-tray icon (status, open configurator, copy URL, pause, quit); runs headless with a message when there is no tray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
