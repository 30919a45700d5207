#pragma once

#include <QFuture>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

#include "daemon/http/routecontext.h"

class QHttpServer;

namespace Marquee::Http {

// GET /stats (reference §1.7): {cache: {<rows per table>, composite_l1_entries, composite_l1_bytes},
// runtime: {<PosterPipeline::stats()>}}. Gated like /poster (§1.9). The row counts query storage, so
// they run on the probe pool, never on the event loop; a storage failure answers 500 via ErrorResponse.
class StatsRoute
{
public:
    explicit StatsRoute(const RouteContext &context);

    void registerOn(QHttpServer &server) const;
    QFuture<QHttpServerResponse> stats(const QHttpServerRequest &request) const;

    static QJsonObject body(const QHash<QString, qint64> &tableCounts, const QJsonObject &pipelineStats);

private:
    const RouteContext &m_context;
};

} // namespace Marquee::Http
