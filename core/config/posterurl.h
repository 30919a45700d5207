#pragma once

#include <functional>
#include <optional>

#include <QString>
#include <QUrlQuery>

#include "core/config/posterquery.h"
#include "core/config/renderconfig.h"
#include "core/config/titleid.h"
#include "core/util/error.h"

namespace Marquee::Config {

// The three URL shapes a client can be given (reference §1.1–1.3, §7.3; marquee.md §5).
enum class PosterUrlForm {
    Poster,  // {base}/poster?…render params…&imdb_id=…&type=…
    Preset,  // {base}/p/{preset}/{type}/{id}.jpg[?shape=landscape]
    Rpdb,    // {base}/{key}/{imdb|tmdb}/poster-default/{id}.jpg (the key names a preset)
};

// A poster URL taken apart: which form, where it points, what it renders.
struct PosterUrl
{
    PosterUrlForm form = PosterUrlForm::Poster;
    QString base;           // scheme://host[:port][/path prefix], no trailing '/'
    QString preset;         // the /p preset or the RPDB key (empty for /poster)
    TitleId title;          // concrete ids (placeholders leave them empty)
    RenderConfig config;    // the settings the URL renders with
    QString primaryClient;  // /poster only; empty = the default client
    QString accessKey;      // never logged; empty when absent or a placeholder
    QString tmdbKey;
    QString mdblistKey;
};

// Template / concrete URL building options. Keys are written only when set.
struct PosterUrlOptions
{
    QString base;               // "http://127.0.0.1:8000"; a trailing '/' is dropped
    QString primaryClient;      // written only when it is not the default client
    QString accessKey;
    QString tmdbKey;
    QString mdblistKey;
    bool tmdbIdPlaceholder = false;  // {tmdb_id} instead of {imdb_id} (RPDB: /tmdb/ instead of /imdb/)
};

// Parses and builds poster URLs for the configurators. Parsing goes through parsePosterQuery and
// parsePresetPath, building through RenderConfig::toQuery (defaults omitted), so the app, the web page
// and the daemon agree on the grammar by construction.
//
//   auto parsed = PosterUrlCodec::parse(text, [&](const QString &name) { return presetParams(name); });
//   if (parsed) form.setConfig(parsed->config);
//   QString url = PosterUrlCodec::posterTemplate(config, {.base = QStringLiteral("http://host:8000")});
class PosterUrlCodec
{
public:
    // A preset's render query by name (the caller knows the built-in catalogue and the daemon's user
    // presets; core/config sits below core/presets); nullopt when unknown.
    using PresetLookup = std::function<std::optional<QUrlQuery>(const QString &name)>;

    // Accepts absolute URLs and bare paths ("/poster?…"). Errors are InvalidInput with a translated
    // message: not a URL, not a poster URL, the parser's id/type/shape messages, or an unknown preset.
    // /p and RPDB URLs take their settings from `presets`; without a lookup every preset is unknown.
    static Result<PosterUrl> parse(const QString &text, const PresetLookup &presets = {});

    // Templates with client placeholders ({imdb_id} / {tmdb_id}, {type}).
    static QString posterTemplate(const RenderConfig &config, const PosterUrlOptions &options);
    static QString presetTemplate(const QString &preset, bool landscape, const PosterUrlOptions &options);
    static QString rpdbTemplate(const QString &key, const PosterUrlOptions &options);

    // Concrete URLs for one title (the imdb id when known, else the TMDB id).
    static QString posterUrl(const RenderConfig &config, const TitleId &title, const PosterUrlOptions &options);
    static QString presetUrl(const QString &preset, const TitleId &title, bool landscape, const PosterUrlOptions &options);
    static QString rpdbUrl(const QString &key, const TitleId &title, const PosterUrlOptions &options);

    // The render parameters of a config as stored in a user preset: defaults omitted, never a client inset
    // that is still at its default (those belong to the client, not the style).
    static QString presetQueryString(const RenderConfig &config);

    static QString defaultPrimaryClient();
};

} // namespace Marquee::Config
