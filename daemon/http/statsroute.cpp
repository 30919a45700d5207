#include "daemon/http/statsroute.h"

#include <QHttpServer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include "core/net/httpclient.h"
#include "core/net/upstreamguard.h"
#include "core/pipeline/posterpipeline.h"
#include "core/storage/storage.h"
#include "daemon/http/deferredresponder.h"

namespace Marquee::Http {

namespace {

struct Snapshot
{
    Result<QHash<QString, qint64>> counts;
    QJsonObject pipeline;
};

} // namespace

StatsRoute::StatsRoute(const RouteContext &context)
    : m_context(context)
{
}

void StatsRoute::registerOn(QHttpServer &server) const
{
    QHttpServer *context = &server;
    server.route(QStringLiteral("/stats"),
                 [this, context](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     DeferredResponder::send(context, std::move(responder), stats(request));
                 });
}

QFuture<QHttpServerResponse> StatsRoute::stats(const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.ready(trace, RouteContext::methodNotAllowed());
    const QUrlQuery query(request.url());
    if (const VoidResult allowed = m_context.gate.check(AccessGate::Route::Poster, RouteContext::accessKey(query));
        !allowed)
        return m_context.failed(trace, allowed.error());

    Storage::Storage *storage = &m_context.storage;
    Pipeline::PosterPipeline *pipeline = &m_context.pipeline;
    const RouteContext *context = &m_context;
    return QtConcurrent::run(&m_context.probePool,
                             [storage, pipeline] { return Snapshot{storage->tableCounts(), pipeline->stats()}; })
        .then([context, trace](const Snapshot &snapshot) {
            if (!snapshot.counts)
                return context->failure(trace, snapshot.counts.error());
            QJsonObject stats = body(*snapshot.counts, snapshot.pipeline);
            // Circuit breakers and call counts per upstream service (in memory, cheap).
            if (const Net::UpstreamGuard *guard = context->httpClient.guard())
                stats.insert(QStringLiteral("upstream"), guard->snapshot());
            return context->finish(trace, QHttpServerResponse(stats));
        });
}

QJsonObject StatsRoute::body(const QHash<QString, qint64> &tableCounts, const QJsonObject &pipelineStats)
{
    QJsonObject cache;
    for (auto it = tableCounts.cbegin(); it != tableCounts.cend(); ++it)
        cache.insert(it.key(), it.value());
    for (const QString &key : {QStringLiteral("composite_l1_entries"), QStringLiteral("composite_l1_bytes")})
        cache.insert(key, pipelineStats.value(key));
    return QJsonObject{{QStringLiteral("cache"), cache}, {QStringLiteral("runtime"), pipelineStats}};
}

} // namespace Marquee::Http
