#pragma once

#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include "daemon/http/routecontext.h"

class QHttpServer;

namespace Marquee::Http {

// Liveness and readiness (reference §1.7, §8.1; Marquee §7 "/live answers while any backend is
// down; /ready says which one is"). /live and /health touch nothing but the event loop; /ready pings
// storage and the blob store concurrently on the probe pool.
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
