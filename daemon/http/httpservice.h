#pragma once

#include <QHostAddress>
#include <QHttpServer>

#include <memory>

#include "core/util/error.h"
#include "daemon/http/capsroute.h"
#include "daemon/http/debugcanvasroute.h"
#include "daemon/http/logoroute.h"
#include "daemon/http/metricsroute.h"
#include "daemon/http/posterroutes.h"
#include "daemon/http/presetapiroutes.h"
#include "daemon/http/proberoutes.h"
#include "daemon/http/routecontext.h"
#include "daemon/http/rpdbroutes.h"
#include "daemon/http/statsroute.h"
#include "daemon/http/tmdbproxyroutes.h"
#include "daemon/http/webroute.h"

namespace Marquee::Http {

// The HTTP front: one QHttpServer with every route registered, JSON 404s for unknown paths, and a
// listen() that reports why it could not bind.
class HttpService
{
public:
    explicit HttpService(const RouteContext &context);
    ~HttpService();

    // Binds address:port (0 = ephemeral). Returns the bound port, or an Internal error naming the
    // address and the operating system's reason (e.g. "address already in use").
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    // Accepts connections from the listening socket `socketDescriptor` of another service (a
    // duplicate of it): several services, each on its own thread, then serve one port.
    VoidResult listenAlongside(qintptr socketDescriptor);
    // The listening socket of the first server, for listenAlongside(); -1 when not listening.
    qintptr socketDescriptor() const;
    void close();

    QHttpServer &server() { return *m_server; }

    // Adds GET /debug/canvas, which draws with `renderer` (RouteContext carries no renderer). The
    // renderer must outlive this service.
    void registerDebugCanvas(const Render::PosterRenderer &renderer);

private:
    void registerMissingHandler();

    const RouteContext &m_context;
    std::unique_ptr<QHttpServer> m_server;
    PosterRoutes m_posterRoutes;
    CapsRoute m_capsRoute;
    ProbeRoutes m_probeRoutes;
    MetricsRoute m_metricsRoute;
    StatsRoute m_statsRoute;
    TmdbProxyRoutes m_tmdbProxyRoutes;
    LogoRoute m_logoRoute;
    PresetApiRoutes m_presetApiRoutes;
    WebRoute m_webRoute;
    RpdbRoutes m_rpdbRoutes;  // registered last: its /<key>/… patterns must not shadow fixed paths
    std::unique_ptr<DebugCanvasRoute> m_debugCanvasRoute;
};

} // namespace Marquee::Http
