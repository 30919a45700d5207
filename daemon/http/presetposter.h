#pragma once

#include <QByteArray>
#include <QFuture>
#include <QHttpServerResponse>
#include <QString>
#include <QUrlQuery>

#include "core/config/titleid.h"
#include "core/pipeline/posterpipeline.h"
#include "daemon/http/routecontext.h"

namespace Marquee::Http {

// What a preset-shaped URL (/p/{name}/…, /{key}/{source}/poster-default/{id}.jpg) asks for, apart
// from the preset itself.
struct PresetTarget
{
    TitleId title;
    bool landscape = false;
    bool guessType = false;       // an IMDb id without a type (RPDB): movie first, then tv
    QString language;             // RPDB `lang`: the logo language, when the preset does not set one
    QString accessKey;
    bool nocache = false;
    Pipeline::ImageFormat format = Pipeline::ImageFormat::Jpeg;
};

// Renders posters for presets that need I/O to resolve (user presets live in Storage) or for the
// operator's default look, on the render pool. Shared by /p (names that are not built in) and the
// RPDB-shaped route, so both build the request exactly like the built-in /p path does.
//
// Cache headers: built-in presets keep /p's long public TTL; a user preset or the default look can
// change under the same URL, so they get /poster's headers (CDN_CACHE_TTL, ETag revalidation). The
// composite key hashes the resolved config, so an edited preset never reuses an old composite.
class PresetPoster
{
public:
    // What a preset's parameters render with, for one shape: the same parse as the equivalent /poster
    // URL, so both share composite keys (reference §1.3). `language` fills logo_language when the
    // preset sets none (RPDB's `lang`).
    struct Look
    {
        Config::RenderConfig config;
        QString primaryClient;
    };
    static Look look(QUrlQuery params, bool landscape, const QString &language,
                     const Config::ServerSettings &settings);

    // The PosterRequest for `params` (a preset's query, or empty for the server defaults) and `target`.
    static Pipeline::PosterRequest request(const QUrlQuery &params, const PresetTarget &target,
                                           const Config::ServerSettings &settings);

    // Resolves `presetName` (built-in first, then Storage; empty = server defaults) on the render pool
    // and renders. NotFound "Unknown preset '…'" when it names nothing, or `unknownMessage` when given
    // (the RPDB route must not echo what may be a mistyped access key).
    static QFuture<QHttpServerResponse> serve(const RouteContext &context, const QString &presetName,
                                              const PresetTarget &target, const RequestTrace &trace,
                                              const QByteArray &ifNoneMatch,
                                              const QString &unknownMessage = QString());
};

} // namespace Marquee::Http
