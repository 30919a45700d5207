#include "daemon/http/presetapiroutes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include "core/presets/presetresolver.h"
#include "daemon/http/deferredresponder.h"
#include "daemon/http/errorresponse.h"

namespace Marquee::Http {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse methodNotAllowed(const QByteArray &allow)
{
    QHttpServerResponse response = ErrorResponse::json(
        Status::MethodNotAllowed, QCoreApplication::translate("Marquee::Http::RouteContext", "Method not allowed"));
    response.setHeader(QByteArrayLiteral("Allow"), allow);
    return response;
}

QHttpServerResponse noStore(QHttpServerResponse &&response)
{
    // Preset lists change under the client's feet; a cached copy would hide a save.
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return std::move(response);
}

} // namespace

PresetApiRoutes::PresetApiRoutes(const RouteContext &context)
    : m_context(context)
{
}

void PresetApiRoutes::registerOn(QHttpServer &server) const
{
    QHttpServer *owner = &server;
    server.route(QStringLiteral("/api/presets"),
                 [this, owner](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     DeferredResponder::send(owner, std::move(responder), collection(request));
                 });
    server.route(QStringLiteral("/api/presets/<arg>"),
                 [this, owner](QString name, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     DeferredResponder::send(owner, std::move(responder), item(name, request));
                 });
}

QJsonObject PresetApiRoutes::toJson(const Storage::UserPresetRow &row)
{
    return QJsonObject{{QStringLiteral("name"), row.name},
                       {QStringLiteral("query"), row.query},
                       {QStringLiteral("updated_at"), row.updatedAt}};
}

QJsonArray PresetApiRoutes::userPresetList(Storage::Storage &storage)
{
    QJsonArray list;
    const auto rows = storage.userPresets();
    if (!rows) {
        qWarning().noquote() << "User presets could not be read:" << rows.error().message;
        return list;
    }
    for (const Storage::UserPresetRow &row : *rows)
        list.append(toJson(row));
    return list;
}

Result<QString> PresetApiRoutes::queryFromBody(const QByteArray &body)
{
    if (body.size() > MaxBodyBytes)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Http::PresetApiRoutes", "The request body is larger than 16 KiB"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Http::PresetApiRoutes", "The body must be a JSON object like {\"query\": \"rating_display_mode=4\"}"));
    const QJsonValue query = document.object().value(QStringLiteral("query"));
    if (!query.isString())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Http::PresetApiRoutes", "The body needs a string field \"query\""));
    return query.toString();
}

VoidResult PresetApiRoutes::authorize(const QHttpServerRequest &request) const
{
    QString key = QString::fromUtf8(request.value(QByteArrayLiteral("x-access-key")));
    if (key.isEmpty())
        key = RouteContext::accessKey(request.query());
    if (m_context.gate.keyConfigured()) {
        if (m_context.gate.keyMatches(key))
            return {};
        return fail(ErrorKind::Forbidden, AccessGate::unauthorizedMessage());
    }
    if (request.remoteAddress().isLoopback())
        return {};
    return fail(ErrorKind::Forbidden,
                QCoreApplication::translate("Marquee::Http::PresetApiRoutes", "Without ACCESS_KEY the preset API only answers clients on this machine; set ACCESS_KEY to manage presets remotely."));
}

QFuture<QHttpServerResponse> PresetApiRoutes::collection(const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != Method::Get)
        return m_context.ready(trace, methodNotAllowed(QByteArrayLiteral("GET")));
    if (const VoidResult allowed = authorize(request); !allowed)
        return m_context.failed(trace, allowed.error());
    const RouteContext *context = &m_context;
    return QtConcurrent::run(&m_context.proxyPool, [context, trace] {
        const auto rows = Presets::PresetResolver(context->storage).userPresets();
        if (!rows)
            return context->failure(trace, rows.error());
        QJsonArray list;
        for (const Storage::UserPresetRow &row : *rows)
            list.append(toJson(row));
        return context->finish(trace, noStore(QHttpServerResponse(QJsonObject{{QStringLiteral("presets"), list}})));
    });
}

QFuture<QHttpServerResponse> PresetApiRoutes::item(const QString &name, const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    const Method method = request.method();
    if (method != Method::Get && method != Method::Put && method != Method::Delete)
        return m_context.ready(trace, methodNotAllowed(QByteArrayLiteral("GET, PUT, DELETE")));
    if (const VoidResult allowed = authorize(request); !allowed)
        return m_context.failed(trace, allowed.error());
    if (!Presets::PresetResolver::isValidUserName(name))
        return m_context.failed(trace, Error{ErrorKind::InvalidInput, Presets::PresetResolver::nameRule()});
    if (method == Method::Get)
        return get(name, trace);
    if (method == Method::Delete)
        return remove(name, trace);
    return put(name, request.body(), trace);
}

QFuture<QHttpServerResponse> PresetApiRoutes::get(const QString &name, const RequestTrace &trace) const
{
    const RouteContext *context = &m_context;
    return QtConcurrent::run(&m_context.proxyPool, [context, trace, name] {
        const auto row = context->storage.userPreset(name);
        if (!row)
            return context->failure(trace, row.error());
        if (!row->has_value())
            return context->failure(trace, Error{ErrorKind::NotFound, QCoreApplication::translate("Marquee::Http::PresetApiRoutes", "No user preset named '%1'").arg(name)});
        return context->finish(trace, noStore(QHttpServerResponse(toJson(**row))));
    });
}

QFuture<QHttpServerResponse> PresetApiRoutes::put(const QString &name, const QByteArray &body,
                                                  const RequestTrace &trace) const
{
    if (Presets::PresetResolver::isReservedName(name)) {
        return m_context.ready(
            trace, ErrorResponse::json(Status::Conflict,
                                       QCoreApplication::translate("Marquee::Http::PresetApiRoutes", "'%1' is a built-in preset id; choose another name").arg(name)));
    }
    const Result<QString> query = queryFromBody(body);
    if (!query)
        return m_context.failed(trace, query.error());
    const RouteContext *context = &m_context;
    return QtConcurrent::run(&m_context.proxyPool, [context, trace, name, raw = *query] {
        const auto saved = Presets::PresetResolver(context->storage)
                               .save(name, raw, QDateTime::currentSecsSinceEpoch());
        if (!saved)
            return context->failure(trace, saved.error());
        return context->finish(trace, noStore(QHttpServerResponse(toJson(*saved))));
    });
}

QFuture<QHttpServerResponse> PresetApiRoutes::remove(const QString &name, const RequestTrace &trace) const
{
    const RouteContext *context = &m_context;
    return QtConcurrent::run(&m_context.proxyPool, [context, trace, name] {
        const auto removed = Presets::PresetResolver(context->storage).remove(name);
        if (!removed)
            return context->failure(trace, removed.error());
        if (!*removed)
            return context->failure(trace, Error{ErrorKind::NotFound, QCoreApplication::translate("Marquee::Http::PresetApiRoutes", "No user preset named '%1'").arg(name)});
        return context->finish(trace, QHttpServerResponse(Status::NoContent));
    });
}

} // namespace Marquee::Http
