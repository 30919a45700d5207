#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QHostAddress>

#include "core/util/error.h"

class QThread;
class QObject;

namespace Marquee::Render {
class PosterRenderer;
}

namespace Marquee::Http {

class HttpService;
struct RouteContext;

// The daemon's HTTP front: `threads` copies of HttpService (every route), each on its own thread with
// its own event loop, all accepting from one listening socket. A cache hit is answered on the thread
// that read the request (reference §9's "L1 hits on the server thread"), so one thread caps the hit
// rate at what one core can parse and write; a second thread lets a second core serve too. Routes
// share the RouteContext, whose services are thread-safe (render workers use them concurrently
// anyway); each copy keeps its own per-route memos.
//
// The first service lives on the thread that creates the front (the main thread); the others on
// threads the front owns and stops on close().
class HttpFront
{
public:
    HttpFront(const RouteContext &context, int threads);
    ~HttpFront();

    // Binds address:port (0 = ephemeral) and starts every thread accepting. Returns the bound port or
    // the error naming the address and the operating system's reason.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    void close();

    // Adds GET /debug/canvas to every copy (see HttpService::registerDebugCanvas).
    void registerDebugCanvas(const Render::PosterRenderer &renderer);

    int threadCount() const { return int(m_lanes.size()); }

    // HTTP_THREADS: 0 picks one per core, at most four; otherwise 1–16.
    static int threadsFor(int setting);

private:
    struct Lane;
    // Runs `work` on the lane's thread and waits for it.
    static void runOn(Lane &lane, const std::function<void()> &work);

    std::vector<std::unique_ptr<Lane>> m_lanes;
};

} // namespace Marquee::Http
