#include "daemon/http/routecontext.h"

#include <QCoreApplication>
#include <QDebug>
#include <QUrlQuery>

#include "daemon/http/errorresponse.h"

namespace Marquee::Http {

RequestTrace RouteContext::trace(const QHttpServerRequest &request) const
{
    RequestTrace trace{methodName(request.method()), request.url(), {}};
    trace.timer.start();
    return trace;
}

QHttpServerResponse RouteContext::finish(const RequestTrace &trace, QHttpServerResponse &&response) const
{
    const int status = static_cast<int>(response.statusCode());
    log.write(trace.method, trace.url, status, trace.timer.elapsed());
    metrics.countRequest(trace.url.path(), status);
    return std::move(response);
}

QFuture<QHttpServerResponse> RouteContext::ready(const RequestTrace &trace,
                                                 QHttpServerResponse &&response) const
{
    return QtFuture::makeReadyFuture(finish(trace, std::move(response)));
}

QFuture<QHttpServerResponse> RouteContext::failed(const RequestTrace &trace, const Error &error) const
{
    return QtFuture::makeReadyFuture(failure(trace, error));
}

QHttpServerResponse RouteContext::failure(const RequestTrace &trace, const Error &error) const
{
    if (error.kind == ErrorKind::Internal && !error.message.isEmpty())
        qWarning().noquote() << "Internal error on" << AccessLog::loggablePath(trace.url) << ':' << error.message;
    return finish(trace, ErrorResponse::from(error));
}

QByteArray RouteContext::methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        break;
    }
    return QByteArrayLiteral("UNKNOWN");
}

QString RouteContext::accessKey(const QUrlQuery &query)
{
    return query.queryItemValue(QStringLiteral("access_key"), QUrl::FullyDecoded);
}

QHttpServerResponse RouteContext::methodNotAllowed()
{
    QHttpServerResponse response = ErrorResponse::json(
        QHttpServerResponse::StatusCode::MethodNotAllowed,
        QCoreApplication::translate("Marquee::Http::RouteContext", "Method not allowed"));
    response.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
    return response;
}

} // namespace Marquee::Http
