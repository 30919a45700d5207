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
    { "DEFAULT_LOGO_LANGUAGE", "en",
        QT_TRANSLATE_NOOP("Marquee::Config", "Logo language when the request has no logo_language") },
    { "TMDB_LANGUAGE", "",
        QT_TRANSLATE_NOOP(
            "Marquee::Config", "Alternative name for DEFAULT_LOGO_LANGUAGE, used only when that is unset") },
    { "DATABASE_URL", "",
        QT_TRANSLATE_NOOP(
            "Marquee::Config", "Metadata and cache database; empty = SQLite (cache.db) in the cache folder") },
    { "OBJECT_STORE_URL", "",
        QT_TRANSLATE_NOOP("Marquee::Config", "Where rendered posters are stored; empty = the cache folder") },
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
