#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include "daemon/http/routecontext.h"

class QHttpServer;

namespace Marquee::Http {

// GET /metrics: Prometheus text exposition (reference §1.7, §8.1). With METRICS_ACCESS_KEY unset it is
// open; set, the scraper sends `Authorization: Bearer <key>` (scheme in any case) or `?access_key=`.
// Keys are compared as bytes in constant time; a non-ASCII or Basic credential is simply not valid (403).
class MetricsRoute
{
public:
    explicit MetricsRoute(const RouteContext &context);

    void registerOn(QHttpServer &server) const;
    QHttpServerResponse metrics(const QHttpServerRequest &request) const;

    // The token of an "Authorization: Bearer <token>" header; empty for any other scheme or no header.
    static QByteArray bearerToken(const QByteArray &authorization);
    // True when `supplied` (raw bytes) equals the configured key; never true for an empty or
    // non-ASCII value.
    static bool keyValid(const QByteArray &configured, const QByteArray &supplied);

private:
    bool authorized(const QHttpServerRequest &request) const;

    const RouteContext &m_context;
};

} // namespace Marquee::Http
