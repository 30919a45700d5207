#pragma once

#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include "core/config/renderconfig.h"
#include "core/config/titleid.h"
#include "core/util/error.h"

namespace Marquee::Config {

// Everything a /poster or /p request says, validated: the title, the render configuration and the
// control parameters that never enter the render hash (reference §1.2 "identity / control").
struct PosterQuery
{
    TitleId title;
    RenderConfig config;
    QString tmdbKey;        // per-request keys override the server's; never stored
    QString mdblistKey;
    QString accessKey;
    QString primaryClient;  // "stremio_tv_nuvio" (default), "stremio_desktop_web", "plex", "jellyfin"
    QStringList qualityOverride;  // explicit `quality=` tokens; non-empty → one-off render, no cache
    int season = 1;
    int episode = 1;
    bool debug = false;
    bool nocache = false;

    // The query to store with a composite for replay: render params + ids, without any key.
    QUrlQuery replayQuery() const;
};

// Parses a /poster query. Errors are InvalidInput with the reference's messages
// ("Invalid type", "Invalid tmdb_id", "Invalid imdb_id"). A missing tmdb_id is not an error here:
// the pipeline decides (local library, POSTER_RESOLVE_IMDB) and reports it. The client insets of
// primary_client are already applied to the returned config.
Result<PosterQuery> parsePosterQuery(const QUrlQuery &query);

// The parts of /p/{preset}/{type}/{id}.jpg?shape=… after validation (reference §1.3).
struct PresetPath
{
    QString preset;
    TitleId title;          // imdbId for tt…, tmdbId for digits or tmdb:<digits>
    bool landscape = false;
};

// Errors: InvalidInput "Invalid type (movie|tv)", "Invalid id …", "Invalid shape (poster|landscape)".
Result<PresetPath> parsePresetPath(const QString &preset, const QString &type, const QString &idWithExtension,
                                   const QString &shape);

// Client edge insets (reference §2.16): the defaults of bar_bottom_inset and sash_badge_inset
// depend on primary_client when the query does not set them.
void applyClientInsets(RenderConfig &config, const QString &primaryClient, const QUrlQuery &query);

// logo_language defaults to the server's DEFAULT_LOGO_LANGUAGE (reference §1.2), which RenderConfig
// cannot know: the host applies it when the query does not set logo_language.
void applyDefaultLogoLanguage(RenderConfig &config, const QString &serverDefault, const QUrlQuery &query);

} // namespace Marquee::Config
