#pragma once

#include <QFuture>
#include <QHttpServerResponder>
#include <QHttpServerResponse>

class QObject;

namespace Marquee::Http {

// Writes a route's QFuture<QHttpServerResponse> to the client from the server thread, and only while
// the client is still connected.
//
// Why not simply return the QFuture from the route: QtHttpServer 6.4.2 keeps a raw QTcpSocket pointer
// for future responses, and a client that hangs up while its poster renders gets its socket deleted
// first, so the late write touches freed memory (seen under valgrind). A responder route lets us watch
// the socket with a QPointer and drop the answer instead; destroying an unused responder never touches
// the socket in 6.4.2. Finished futures (RAM cache hits) are written immediately, without a queue hop.
//
//   server.route("/poster", [&](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
//       DeferredResponder::send(&server, std::move(responder), routes.poster(request));
//   });
class DeferredResponder
{
public:
    static void send(QObject *context, QHttpServerResponder &&responder, QFuture<QHttpServerResponse> &&future);
};

} // namespace Marquee::Http
