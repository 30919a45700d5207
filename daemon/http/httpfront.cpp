#include "daemon/http/httpfront.h"

#include <algorithm>
#include <functional>

#include <QMetaObject>
#include <QObject>
#include <QThread>

#include "daemon/http/httpservice.h"

namespace Marquee::Http {

struct HttpFront::Lane
{
    std::unique_ptr<QThread> thread; // null for the lane on the creating thread
    QObject *anchor = nullptr; // lives on `thread`: queued calls run there
    std::unique_ptr<HttpService> service;
};

HttpFront::HttpFront(const RouteContext &context, int threads)
{
    for (int i = 0; i < std::max(1, threads); ++i) {
        auto lane = std::make_unique<Lane>();
        if (i > 0) {
            lane->thread = std::make_unique<QThread>();
            lane->thread->setObjectName(QStringLiteral("marqueed-http-%1").arg(i));
            lane->anchor = new QObject;
            lane->anchor->moveToThread(lane->thread.get());
            QObject::connect(lane->thread.get(), &QThread::finished, lane->anchor, &QObject::deleteLater);
            lane->thread->start();
        }
        // QHttpServer and its sockets belong to the thread that creates them: build each copy there.
        Lane *raw = lane.get();
        runOn(*lane, [raw, &context] { raw->service = std::make_unique<HttpService>(context); });
        m_lanes.push_back(std::move(lane));
    }
}

HttpFront::~HttpFront()
{
    close();
    for (auto &lane : m_lanes) {
        Lane *raw = lane.get();
        runOn(*lane, [raw] { raw->service.reset(); });
        if (lane->thread) {
            lane->thread->quit();
            lane->thread->wait();
        }
    }
}

void HttpFront::runOn(Lane &lane, const std::function<void()> &work)
{
    if (!lane.thread)
        work();
    else
        QMetaObject::invokeMethod(lane.anchor, work, Qt::BlockingQueuedConnection);
}

Result<quint16> HttpFront::listen(const QHostAddress &address, quint16 port)
{
    Result<quint16> bound = m_lanes.front()->service->listen(address, port);
    if (!bound)
        return bound;
    const qintptr socket = m_lanes.front()->service->socketDescriptor();
    for (size_t i = 1; i < m_lanes.size(); ++i) {
        Lane *lane = m_lanes[i].get();
        VoidResult shared;
        runOn(*lane, [lane, socket, &shared] { shared = lane->service->listenAlongside(socket); });
        if (!shared) {
            close();
            return fail(shared.error());
        }
    }
    return bound;
}

void HttpFront::close()
{
    for (auto &lane : m_lanes) {
        Lane *raw = lane.get();
        if (raw->service)
            runOn(*lane, [raw] { raw->service->close(); });
    }
}

void HttpFront::registerDebugCanvas(const Render::PosterRenderer &renderer)
{
    for (auto &lane : m_lanes) {
        Lane *raw = lane.get();
        runOn(*lane, [raw, &renderer] { raw->service->registerDebugCanvas(renderer); });
    }
}

int HttpFront::threadsFor(int setting)
{
    if (setting > 0)
        return std::min(setting, 16);
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

} // namespace Marquee::Http
