#pragma once

#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include "daemon/http/routecontext.h"

class QHttpServer;

namespace Marquee::Http {

// Liveness and readiness (reference §1.7, §8.1; Marquee §7 "/live answers while any backend is
// down; /ready says which one is"). /live and /health touch nothing but the event loop; /ready pings
// storage, the blob store and the coordinator concurrently on the probe pool. Storage or blob store
// down → 503; coordinator down → named ("fail_open": true, status "degraded") but still 200, because
// coordination fails open and a shared Redis outage must not take every replica out of rotation.
class ProbeRoutes
{
public:
    explicit ProbeRoutes(const RouteContext &context);

    void registerOn(QHttpServer &server) const;

    QHttpServerResponse live(const QHttpServerRequest &request) const;
    QFuture<QHttpServerResponse> ready(const QHttpServerRequest &request) const;

private:
    const RouteContext &m_context;
};

} // namespace Marquee::Http
