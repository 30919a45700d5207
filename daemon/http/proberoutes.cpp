#include "daemon/http/proberoutes.h"

#include <optional>

#include <QCoreApplication>
#include <QDebug>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QtConcurrent/QtConcurrentRun>

#include "core/blob/blobstore.h"
#include "core/coordination/coordinator.h"
#include "core/storage/storage.h"
#include "daemon/http/deferredresponder.h"

namespace Marquee::Http {

namespace {

QJsonObject backendState(const QString &kind, const VoidResult &ping)
{
    return QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("ok"), ping.has_value()}};
}

} // namespace

ProbeRoutes::ProbeRoutes(const RouteContext &context)
    : m_context(context)
{
}

void ProbeRoutes::registerOn(QHttpServer &server) const
{
    server.route(QStringLiteral("/live"), [this](const QHttpServerRequest &request) { return live(request); });
    server.route(QStringLiteral("/health"), [this](const QHttpServerRequest &request) { return live(request); });
    QHttpServer *context = &server;
    server.route(QStringLiteral("/ready"),
                 [this, context](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     DeferredResponder::send(context, std::move(responder), ready(request));
                 });
}

QHttpServerResponse ProbeRoutes::live(const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.finish(trace, RouteContext::methodNotAllowed());
    return m_context.finish(trace, QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}));
}

QFuture<QHttpServerResponse> ProbeRoutes::ready(const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.ready(trace, RouteContext::methodNotAllowed());

    Storage::Storage *storage = &m_context.storage;
    Blob::BlobStore *blobs = &m_context.blobs;
    QList<QFuture<VoidResult>> pings{
        QtConcurrent::run(&m_context.probePool, [storage] { return storage->ping(); }),
        QtConcurrent::run(&m_context.probePool, [blobs] { return blobs->ping(); }),
    };
    Coordination::Coordinator *coordinator = m_context.coordinator;
    if (coordinator)
        pings.append(QtConcurrent::run(&m_context.probePool, [coordinator] { return coordinator->ping(); }));
    const QString coordinatorKind = coordinator ? coordinator->kind() : QString();
    const RouteContext *context = &m_context;
    const QString storageKind = storage->kind();
    const QString blobKind = blobs->kind();
    return QtFuture::whenAll(pings.begin(), pings.end())
        .then([context, trace, storageKind, blobKind, coordinatorKind](const QList<QFuture<VoidResult>> &done) {
            const VoidResult storageOk = done.at(0).result();
            const VoidResult blobsOk = done.at(1).result();
            // The coordinator is named but does not fail readiness: it fails open, so a replica serves
            // posters without it, and a shared Redis outage must not take every replica out of rotation.
            const std::optional<VoidResult> coordinatorOk =
                done.size() > 2 ? std::optional<VoidResult>(done.at(2).result()) : std::nullopt;
            if (coordinatorOk && !*coordinatorOk)
                qWarning().noquote() << "Readiness: coordinator ping failed (failing open):"
                                     << coordinatorOk->error().message;
            QStringList failing;
            if (!storageOk) {
                failing.append(QStringLiteral("storage"));
                qWarning().noquote() << "Readiness: storage ping failed:" << storageOk.error().message;
            }
            if (!blobsOk) {
                failing.append(QStringLiteral("blobstore"));
                qWarning().noquote() << "Readiness: blob store ping failed:" << blobsOk.error().message;
            }
            QJsonObject body{
                {QStringLiteral("status"), failing.isEmpty() ? QStringLiteral("ok") : QStringLiteral("degraded")},
                {QStringLiteral("storage"), backendState(storageKind, storageOk)},
                {QStringLiteral("blobstore"), backendState(blobKind, blobsOk)},
            };
            if (!failing.isEmpty()) {
                body.insert(QStringLiteral("detail"),
                            QCoreApplication::translate("Marquee::Http::ProbeRoutes", "Not ready: %1")
                                .arg(failing.join(QStringLiteral(", "))));
            }
            if (coordinatorOk) {
                QJsonObject state = backendState(coordinatorKind, *coordinatorOk);
                if (!*coordinatorOk) {
                    state.insert(QStringLiteral("fail_open"), true);
                    body.insert(QStringLiteral("status"), QStringLiteral("degraded"));
                    if (failing.isEmpty())
                        body.insert(QStringLiteral("detail"),
                                    QCoreApplication::translate("Marquee::Http::ProbeRoutes",
                                                                "Coordinator unreachable; serving without it (fail-open)"));
                }
                body.insert(QStringLiteral("coordinator"), state);
            }
            const auto status = failing.isEmpty() ? QHttpServerResponse::StatusCode::Ok
                                                  : QHttpServerResponse::StatusCode::ServiceUnavailable;
            return context->finish(trace, QHttpServerResponse(body, status));
        });
}

} // namespace Marquee::Http
