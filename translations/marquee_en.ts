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
        <source>Frosted Bar</source>
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
</context>
<context>
    <name>Marquee::Daemon</name>
    <message>
        <source>DATABASE_URL: only the embedded SQLite store is available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: only the local composite directory is available in this build</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>Marquee::Http::PosterRoutes</name>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ProbeRoutes</name>
    <message>
        <source>Not ready: %1</source>
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
    <name>Marquee::Pipeline::InFlightRenders</name>
    <message>
        <source>Failed to build poster</source>
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
    <name>Marquee::Pipeline::RenderSlots</name>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::SashPicker</name>
    <message>
        <source>Cannes Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venice Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlin Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locarno Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sundance Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oscar Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oscar Nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must-See</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cult Classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binge Ready</source>
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
        <source>Write a PNG grid of every preset and every rating mode × palette instead.</source>
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
</context>
</TS>
