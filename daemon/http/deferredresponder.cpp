#include "daemon/http/deferredresponder.h"

#include <memory>

#include <QPointer>
#include <QTcpSocket>

namespace Marquee::Http {

void DeferredResponder::send(QObject *context, QHttpServerResponder &&responder,
                             QFuture<QHttpServerResponse> &&future)
{
    if (future.isFinished()) {
        future.takeResult().write(std::move(responder));
        return;
    }
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = pending->socket();
    future.then(context, [pending, socket](QHttpServerResponse &&response) {
        if (!socket)
            return;  // the client hung up; `pending` is released without touching the socket
        response.write(std::move(*pending));
    });
}

} // namespace Marquee::Http
