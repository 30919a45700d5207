#include "daemon/http/metricsroute.h"

#include <algorithm>

#include <QHttpServer>
#include <QUrlQuery>

#include "core/blob/blobstore.h"
#include "core/coordination/coordinator.h"
#include "core/net/httpclient.h"
#include "core/net/upstreamguard.h"
#include "core/pipeline/posterpipeline.h"
#include "core/storage/storage.h"
#include "daemon/http/accessgate.h"
#include "daemon/http/metricsregistry.h"

namespace Marquee::Http {

namespace {

bool isAscii(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

MetricsRoute::MetricsRoute(const RouteContext &context)
    : m_context(context)
{
}

void MetricsRoute::registerOn(QHttpServer &server) const
{
    server.route(QStringLiteral("/metrics"), [this](const QHttpServerRequest &request) { return metrics(request); });
}

QHttpServerResponse MetricsRoute::metrics(const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.finish(trace, RouteContext::methodNotAllowed());
    if (!authorized(request))
        return m_context.failure(trace, Error{ErrorKind::Forbidden, AccessGate::unauthorizedMessage()});

    // Everything read here is in memory (counters, the pipeline's atomics, backend names): no I/O on
    // the event loop.
    QByteArray body = m_context.metrics.exposition(m_context.pipeline.stats(), m_context.storage.kind(),
                                                   m_context.blobs.kind());
    if (const Coordination::Coordinator *coordinator = m_context.coordinator)
        body += MetricsRegistry::coordinationExposition(coordinator->kind(), coordinator->failOpenCount());
    if (const Net::UpstreamGuard *guard = m_context.httpClient.guard())
        body += guard->exposition();
    return m_context.finish(trace, QHttpServerResponse(MetricsRegistry::contentType(), body));
}

bool MetricsRoute::authorized(const QHttpServerRequest &request) const
{
    const QByteArray configured = m_context.settings.metricsAccessKey.toUtf8();
    if (configured.isEmpty())
        return true;
    const QByteArray bearer = bearerToken(request.value(QByteArrayLiteral("authorization")));
    if (!bearer.isEmpty())
        return keyValid(configured, bearer);
    const QUrlQuery query(request.url());
    return keyValid(configured, RouteContext::accessKey(query).toUtf8());
}

QByteArray MetricsRoute::bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0)
        return {};
    if (value.left(space).compare(QByteArrayLiteral("bearer"), Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(space + 1).trimmed();
}

bool MetricsRoute::keyValid(const QByteArray &configured, const QByteArray &supplied)
{
    if (supplied.isEmpty() || !isAscii(supplied))
        return false;
    return AccessGate::constantTimeEquals(configured, supplied);
}

} // namespace Marquee::Http
