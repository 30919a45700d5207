#pragma once

#include <QFuture>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

#include "core/pipeline/posterpipeline.h"
#include "daemon/http/cacheheaders.h"
#include "daemon/http/presetposter.h"
#include "daemon/http/routecontext.h"

class QHttpServer;

namespace Marquee::Presets { struct Preset; }

namespace Marquee::Http {

// GET /poster?… and GET /p/{preset}/{type}/{id}.jpg?shape=… (reference §1.2, §1.3).
// Each request is gated, parsed into a PosterRequest, and answered from the pipeline's RAM cache on
// the server thread when possible; everything else goes to the render pool as a QFuture, which
// DeferredResponder writes back once it is done (and only if the client is still there).
class PosterRoutes
{
public:
    explicit PosterRoutes(const RouteContext &context);

    void registerOn(QHttpServer &server) const;

    QFuture<QHttpServerResponse> poster(const QHttpServerRequest &request) const;
    QFuture<QHttpServerResponse> preset(const QString &preset, const QString &type, const QString &id,
                                        const QHttpServerRequest &request) const;

private:
    QFuture<QHttpServerResponse> serve(Pipeline::PosterRequest posterRequest, CacheHeaders::Route route,
                                       const RequestTrace &trace, const QHttpServerRequest &request) const;
    // `nocache` is an operator switch: honoured only when ACCESS_KEY is configured and supplied.
    bool nocacheAllowed(const QString &suppliedKey) const;

    // A built-in preset's look (PresetPoster::look) for a shape, parsed once: parsing its parameters
    // on every /p hit cost a fifth of the hit (bench/serve).
    const PresetPoster::Look &presetConfig(const Presets::Preset &preset, bool landscape) const;

    const RouteContext &m_context;
    // Built-in presets × shapes (bounded by the catalog); touched only on this copy's HTTP thread.
    mutable QHash<QString, PresetPoster::Look> m_presetConfigs;
    // Recent /poster queries (raw query text → parsed), so a repeated URL is not parsed again; the
    // copies share their config and its composite hash. Bounded, in RAM only, server thread only.
    mutable QHash<QString, Config::PosterQuery> m_parsedQueries;
};

} // namespace Marquee::Http
