#include "daemon/http/httpservice.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QHttpServerResponder>
#include <QTcpServer>

#include "daemon/http/errorresponse.h"
#include "daemon/http/lowdelaytcpserver.h"

namespace Marquee::Http {

HttpService::HttpService(const RouteContext &context)
    : m_context(context)
    , m_server(std::make_unique<QHttpServer>())
    , m_posterRoutes(context)
    , m_capsRoute(context)
    , m_probeRoutes(context)
    , m_metricsRoute(context)
    , m_statsRoute(context)
    , m_tmdbProxyRoutes(context)
    , m_logoRoute(context)
    , m_presetApiRoutes(context)
    , m_webRoute(context)
    , m_rpdbRoutes(context)
{
    m_posterRoutes.registerOn(*m_server);
    m_capsRoute.registerOn(*m_server);
    m_probeRoutes.registerOn(*m_server);
    m_metricsRoute.registerOn(*m_server);
    m_statsRoute.registerOn(*m_server);
    m_tmdbProxyRoutes.registerOn(*m_server);
    m_logoRoute.registerOn(*m_server);
    m_presetApiRoutes.registerOn(*m_server);
    m_webRoute.registerOn(*m_server);
    m_rpdbRoutes.registerOn(*m_server);
    registerMissingHandler();
}

HttpService::~HttpService()
{
    close();
}

void HttpService::registerDebugCanvas(const Render::PosterRenderer &renderer)
{
    if (m_debugCanvasRoute)
        return;  // QHttpServer keeps the first rule for a path; a second route object would never serve
    m_debugCanvasRoute = std::make_unique<DebugCanvasRoute>(m_context, renderer);
    m_debugCanvasRoute->registerOn(*m_server);
}

void HttpService::registerMissingHandler()
{
    const RouteContext *context = &m_context;
    m_server->setMissingHandler([context](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const RequestTrace trace = context->trace(request);
        QHttpServerResponse response = ErrorResponse::json(
            QHttpServerResponse::StatusCode::NotFound,
            QCoreApplication::translate("Marquee::Http::HttpService", "Not found"));
        context->finish(trace, std::move(response)).write(std::move(responder));
    });
}

Result<quint16> HttpService::listen(const QHostAddress &address, quint16 port)
{
    // Our own QTcpServer (rather than QAbstractHttpServer::listen) keeps the OS error text.
    auto *tcp = new LowDelayTcpServer(m_server.get());
    if (!tcp->listen(address, port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return fail(ErrorKind::Internal,
                    QCoreApplication::translate("Marquee::Http::HttpService", "Cannot listen on %1:%2: %3")
                        .arg(address.toString())
                        .arg(port)
                        .arg(reason));
    }
    m_server->bind(tcp);
    return tcp->serverPort();
}

VoidResult HttpService::listenAlongside(qintptr socketDescriptor)
{
    auto *tcp = new LowDelayTcpServer(m_server.get());
    const int duplicate = ::fcntl(int(socketDescriptor), F_DUPFD_CLOEXEC, 0);
    if (duplicate < 0 || !tcp->setSocketDescriptor(duplicate)) {
        const QString reason = duplicate < 0 ? QString::fromLocal8Bit(std::strerror(errno)) : tcp->errorString();
        if (duplicate >= 0)
            ::close(duplicate);
        delete tcp;
        return fail(ErrorKind::Internal,
                    QCoreApplication::translate("Marquee::Http::HttpService", "Cannot share the listening socket: %1")
                        .arg(reason));
    }
    m_server->bind(tcp);
    return {};
}

qintptr HttpService::socketDescriptor() const
{
    const QList<QTcpServer *> servers = m_server->servers();
    return servers.isEmpty() ? -1 : servers.first()->socketDescriptor();
}

void HttpService::close()
{
    for (QTcpServer *tcp : m_server->servers())
        tcp->close();
}

} // namespace Marquee::Http
