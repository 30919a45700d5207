#include "daemon/http/webroute.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QUrlQuery>

#include "daemon/http/cacheheaders.h"
#include "daemon/http/errorresponse.h"

namespace Marquee::Http {

namespace {

const QString ResourceDir = QStringLiteral(":/marquee/web");
const QString PageName = QStringLiteral("index.html");

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16);
}

QByteArray htmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QHttpServerResponse forbiddenPage()
{
    // A browser shows this, so it is a page, not JSON; the text is the gate's own message.
    const QByteArray body = QByteArrayLiteral("<!doctype html><meta charset=\"utf-8\"><title>Marquee</title>"
                                              "<body style=\"font:16px system-ui;margin:3em\"><h1>403</h1><p>")
        + htmlEscape(AccessGate::unauthorizedMessage()) + QByteArrayLiteral("</p><p>")
        + htmlEscape(QCoreApplication::translate("Marquee::Http::WebRoute",
                                                 "Open this page with ?access_key=… appended to the address."))
        + QByteArrayLiteral("</p></body>");
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), body,
                               QHttpServerResponse::StatusCode::Forbidden);
}

} // namespace

WebRoute::WebRoute(const RouteContext &context)
    : m_context(context)
{
    load();
}

QByteArray WebRoute::contentType(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html"))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (suffix == QLatin1String("js") || suffix == QLatin1String("mjs"))
        return QByteArrayLiteral("text/javascript; charset=utf-8");
    if (suffix == QLatin1String("css"))
        return QByteArrayLiteral("text/css; charset=utf-8");
    if (suffix == QLatin1String("svg"))
        return QByteArrayLiteral("image/svg+xml");
    if (suffix == QLatin1String("png"))
        return QByteArrayLiteral("image/png");
    return QByteArrayLiteral("application/octet-stream");
}

QByteArray WebRoute::securityPolicy()
{
    return QByteArrayLiteral("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                             "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
                             "frame-ancestors 'none'");
}

void WebRoute::load()
{
    QDirIterator files(ResourceDir, QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString name = QFileInfo(file.fileName()).fileName();
        const QByteArray body = file.readAll();
        m_assets.insert(name, Asset{body, contentType(name), '"' + hashOf(body) + '"', hashOf(body)});
    }
    // The page names its assets with ?v={content hash} ({{V:name}} placeholders in index.html).
    auto page = m_assets.find(PageName);
    if (page == m_assets.end())
        return;
    for (auto it = m_assets.cbegin(); it != m_assets.cend(); ++it) {
        if (it.key() != PageName)
            page->body.replace(QByteArray("{{V:" + it.key().toUtf8() + "}}"), it->version);
    }
    page->body.replace("{{VERSION}}", QByteArrayLiteral(MARQUEE_VERSION));
    page->version = hashOf(page->body);
    page->etag = '"' + page->version + '"';
}

void WebRoute::registerOn(QHttpServer &server) const
{
    server.route(QStringLiteral("/"), [this](const QHttpServerRequest &request) { return page(request); });
    server.route(QStringLiteral("/web/<arg>"), [this](QString name, const QHttpServerRequest &request) {
        return asset(name, request);
    });
}

QHttpServerResponse WebRoute::respond(const Asset &asset, const QByteArray &cacheControl,
                                      const QHttpServerRequest &request) const
{
    const bool notModified = CacheHeaders::etagMatches(request.value(QByteArrayLiteral("if-none-match")), asset.etag);
    QHttpServerResponse response = notModified
        ? QHttpServerResponse(QHttpServerResponse::StatusCode::NotModified)
        : QHttpServerResponse(asset.contentType, asset.body);
    response.setHeader(QByteArrayLiteral("ETag"), asset.etag);
    response.setHeader(QByteArrayLiteral("Cache-Control"), cacheControl);
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"), securityPolicy());
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return response;
}

QHttpServerResponse WebRoute::page(const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.finish(trace, RouteContext::methodNotAllowed());
    const QString key = RouteContext::accessKey(request.query());
    if (!m_context.gate.check(AccessGate::Route::ServerCaps, key))
        return m_context.finish(trace, forbiddenPage());
    const auto found = m_assets.constFind(PageName);
    if (found == m_assets.cend()) {
        return m_context.finish(trace, ErrorResponse::json(QHttpServerResponse::StatusCode::NotFound,
                                                           QCoreApplication::translate("Marquee::Http::WebRoute",
                                                                                       "Configurator not found")));
    }
    return m_context.finish(trace, respond(*found, QByteArrayLiteral("no-cache, must-revalidate"), request));
}

QHttpServerResponse WebRoute::asset(const QString &name, const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.finish(trace, RouteContext::methodNotAllowed());
    const auto found = m_assets.constFind(name);  // exact names only: nothing else is reachable
    if (found == m_assets.cend() || name == PageName) {
        return m_context.finish(trace, ErrorResponse::json(QHttpServerResponse::StatusCode::NotFound,
                                                           QCoreApplication::translate("Marquee::Http::HttpService",
                                                                                       "Not found")));
    }
    const bool current = QUrlQuery(request.url()).queryItemValue(QStringLiteral("v")).toUtf8() == found->version;
    const QByteArray cacheControl = current ? QByteArrayLiteral("public, max-age=31536000, immutable")
                                            : QByteArrayLiteral("no-cache");
    return m_context.finish(trace, respond(*found, cacheControl, request));
}

} // namespace Marquee::Http
