#include "daemon/http/deferredresponder.h"

#include <memory>

#include <QFutureWatcher>
#include <QPointer>
#include <QTcpSocket>

#include "daemon/http/coalescingtcpsocket.h"

namespace Marquee::Http {

namespace {

// Writes `response` through `responder`; on the daemon's own sockets as one buffer (see
// CoalescingTcpSocket), which for posters over 32 KB saves a write and a TCP segment.
void writeWhole(QHttpServerResponse &&response, QHttpServerResponder &&responder)
{
    auto *socket = qobject_cast<CoalescingTcpSocket *>(responder.socket());
    if (socket)
        socket->beginResponse(response.data());
    response.write(std::move(responder));
    if (socket)
        socket->endResponse();
}

} // namespace

void DeferredResponder::send(QObject *context, QHttpServerResponder &&responder,
                             QFuture<QHttpServerResponse> &&future)
{
    if (future.isFinished()) {
        writeWhole(future.takeResult(), std::move(responder));
        return;
    }
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = pending->socket();
    // A watcher owned by `context` rather than future.then(context, …): in Qt 6.4 a context
    // continuation whose returned future is dropped can crash in reportStarted() when it runs.
    auto *watcher = new QFutureWatcher<QHttpServerResponse>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, pending, socket] {
        QFuture<QHttpServerResponse> done = watcher->future();
        watcher->deleteLater();
        if (!socket)
            return;  // the client hung up; `pending` is released without touching the socket
        if (done.isCanceled() || done.resultCount() == 0) {
            QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError).write(std::move(*pending));
            return;
        }
        writeWhole(done.takeResult(), std::move(*pending));
    });
    watcher->setFuture(future);
}

} // namespace Marquee::Http
