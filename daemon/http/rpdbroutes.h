#pragma once

#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

#include "core/config/titleid.h"
#include "core/util/error.h"
#include "daemon/http/routecontext.h"

class QHttpServer;

namespace Marquee::Http {

// The RatingPosterDB URL shape (marquee.md §2), for addons that only speak RPDB (AIOStreams'
// openposterdb service with a custom base URL, AIOMetadata…):
//
//   GET /{key}/imdb/poster-default/tt0111161.jpg?fallback=true&lang=en
//   GET /{key}/tmdb/poster-default/movie-278.jpg        (also series-N, tv-N; bare N = ?type= or movie)
//   GET /{key}/tvdb/poster-default/81189.jpg            → 404: this build has no TVDB id mapping
//   GET /{key}/isValid                                  → 200 {"valid":true}, 403 or 404 {"detail"}
//
// {key} is either the operator's ACCESS_KEY (the server's default look, with /poster's access) or a
// preset name, built-in or user-defined (like /p, open while presets are enabled). Keys are compared
// in constant time and never echoed: an unknown key reads "Unknown preset or access key".
// `fallback` is accepted and has no effect — a title without art is always drawn on the fallback
// canvas rather than failing. `lang` picks the logo language unless the preset fixes one.
// An IMDb id has no type in this shape, so a film is tried first and then a series.
class RpdbRoutes
{
public:
    explicit RpdbRoutes(const RouteContext &context);

    void registerOn(QHttpServer &server) const;

    QFuture<QHttpServerResponse> poster(const QString &key, const QString &source, const QString &id,
                                        const QHttpServerRequest &request) const;
    QFuture<QHttpServerResponse> isValid(const QString &key, const QHttpServerRequest &request) const;

    // Parses the {source}/{id} pair (".jpg" and friends stripped). `typeHint` is the optional ?type=.
    // InvalidInput for malformed ids or an unknown source; NotFound for tvdb (not resolvable here).
    struct ParsedId
    {
        TitleId title;
        bool typeKnown = false;
    };
    static Result<ParsedId> parseId(const QString &source, const QString &id, const QString &typeHint);
    // "en", "pt-BR" → "en", "pt-br"; anything else → empty (ignored).
    static QString normalisedLanguage(const QString &lang);
    static QString unknownKeyMessage();

private:
    // Which look a key names: empty = operator defaults. Forbidden when it names nothing usable.
    enum class KeyKind { Operator, Preset, Invalid };
    KeyKind classify(const QString &key) const;

    const RouteContext &m_context;
};

} // namespace Marquee::Http
