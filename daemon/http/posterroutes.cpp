#include "daemon/http/posterroutes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include "core/config/posterquery.h"
#include "core/presets/presetcatalog.h"
#include "daemon/http/deferredresponder.h"
#include "daemon/http/errorresponse.h"
#include "daemon/http/presetposter.h"
#include "daemon/http/ratelimiter.h"
#include "daemon/http/servingswitch.h"

namespace Marquee::Http {

namespace {

bool truthy(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes");
}

constexpr qsizetype ParsedQueryMemo = 256;

} // namespace

PosterRoutes::PosterRoutes(const RouteContext &context)
    : m_context(context)
{
}

void PosterRoutes::registerOn(QHttpServer &server) const
{
    QHttpServer *context = &server;
    server.route(QStringLiteral("/poster"),
                 [this, context](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     DeferredResponder::send(context, std::move(responder), poster(request));
                 });
    server.route(QStringLiteral("/p/<arg>/<arg>/<arg>"),
                 [this, context](QString preset, QString type, QString id, const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder) {
                     DeferredResponder::send(context, std::move(responder), this->preset(preset, type, id, request));
                 });
}

bool PosterRoutes::nocacheAllowed(const QString &suppliedKey) const
{
    return m_context.gate.keyMatches(suppliedKey);
}

QFuture<QHttpServerResponse> PosterRoutes::poster(const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.ready(trace, RouteContext::methodNotAllowed());
    if (const VoidResult open = m_context.serving.check(); !open)
        return m_context.failed(trace, open.error());

    // QHttpServerRequest::url() and query() rebuild the URL on every call: parse it once, from the trace.
    const QUrlQuery query(trace.url);
    const QString key = RouteContext::accessKey(query);
    if (const VoidResult allowed = m_context.gate.check(AccessGate::Route::Poster, key); !allowed)
        return m_context.failed(trace, allowed.error());
    if (const VoidResult within = m_context.rateLimiter.checkPoster(query); !within)
        return m_context.failed(trace, within.error());

    Pipeline::PosterRequest posterRequest;
    const QString rawQuery = trace.url.query(QUrl::FullyEncoded);
    if (const auto known = m_parsedQueries.constFind(rawQuery); known != m_parsedQueries.cend()) {
        posterRequest.query = *known;
    } else {
        Result<Config::PosterQuery> parsed = Config::parsePosterQuery(query);
        if (!parsed)
            return m_context.failed(trace, parsed.error());
        Config::applyDefaultLogoLanguage(parsed->config, m_context.settings.defaultLogoLanguage, query);
        parsed->nocache = parsed->nocache && nocacheAllowed(key);
        if (!parsed->tmdbKey.isEmpty() || !parsed->mdblistKey.isEmpty()) {
            posterRequest.query = std::move(*parsed);   // a user's own keys are not kept around
        } else {
            if (m_parsedQueries.size() >= ParsedQueryMemo)
                m_parsedQueries.clear();
            posterRequest.query = *m_parsedQueries.insert(rawQuery, std::move(*parsed));
        }
    }
    posterRequest.format = Pipeline::negotiateFormat(m_context.settings.imageFormat,
                                                     request.value(QByteArrayLiteral("accept")));
    return serve(std::move(posterRequest), CacheHeaders::Route::Poster, trace, request);
}

QFuture<QHttpServerResponse> PosterRoutes::preset(const QString &preset, const QString &type,
                                                  const QString &id, const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.ready(trace, RouteContext::methodNotAllowed());
    if (const VoidResult open = m_context.serving.check(); !open)
        return m_context.failed(trace, open.error());

    const QUrlQuery query(trace.url);
    const QString key = RouteContext::accessKey(query);
    if (const VoidResult allowed = m_context.gate.check(AccessGate::Route::Preset, key); !allowed)
        return m_context.failed(trace, allowed.error());
    if (const VoidResult within = m_context.rateLimiter.checkPreset(); !within)
        return m_context.failed(trace, within.error());

    const Result<Config::PresetPath> path = Config::parsePresetPath(
        preset, type, id, query.queryItemValue(QStringLiteral("shape"), QUrl::FullyDecoded));
    if (!path)
        return m_context.failed(trace, path.error());

    const Presets::Preset *found = Presets::PresetCatalog::find(path->preset);
    if (!found) {
        // Not built in: a user preset from Storage (or 404 "Unknown preset '…'"), resolved off this thread.
        PresetTarget target;
        target.title = path->title;
        target.landscape = path->landscape;
        target.accessKey = key;
        target.nocache = truthy(query.queryItemValue(QStringLiteral("nocache"))) && nocacheAllowed(key);
        target.format = Pipeline::negotiateFormat(m_context.settings.imageFormat,
                                                  request.value(QByteArrayLiteral("accept")));
        return PresetPoster::serve(m_context, path->preset, target, trace,
                                   request.value(QByteArrayLiteral("if-none-match")));
    }

    Pipeline::PosterRequest posterRequest;
    Config::PosterQuery &posterQuery = posterRequest.query;
    posterQuery.title = path->title;
    const PresetPoster::Look &presetConfig = this->presetConfig(*found, path->landscape);
    posterQuery.config = presetConfig.config;
    posterQuery.primaryClient = presetConfig.primaryClient;
    posterQuery.accessKey = key;
    posterQuery.nocache = truthy(query.queryItemValue(QStringLiteral("nocache"))) && nocacheAllowed(key);
    posterQuery.debug = truthy(query.queryItemValue(QStringLiteral("debug")));
    posterRequest.format = Pipeline::negotiateFormat(m_context.settings.imageFormat,
                                                     request.value(QByteArrayLiteral("accept")));
    posterRequest.presetRoute = true;
    return serve(std::move(posterRequest), CacheHeaders::Route::Preset, trace, request);
}

const PresetPoster::Look &PosterRoutes::presetConfig(const Presets::Preset &preset, bool landscape) const
{
    const QString cacheKey = preset.id + (landscape ? QStringLiteral(":landscape") : QStringLiteral(":poster"));
    if (const auto found = m_presetConfigs.constFind(cacheKey); found != m_presetConfigs.cend())
        return *found;
    return *m_presetConfigs.insert(cacheKey, PresetPoster::look(preset.params, landscape, QString(), m_context.settings));
}

QFuture<QHttpServerResponse> PosterRoutes::serve(Pipeline::PosterRequest posterRequest, CacheHeaders::Route route,
                                                 const RequestTrace &trace,
                                                 const QHttpServerRequest &request) const
{
    const QByteArray ifNoneMatch = request.value(QByteArrayLiteral("if-none-match"));
    if (posterRequest.query.debug) {
        // ?debug=1 (reference §1.2): the render's decisions as JSON instead of the image, never cached.
        const RouteContext *context = &m_context;
        return QtConcurrent::run(&m_context.renderPool, [context, posterRequest = std::move(posterRequest), trace]() {
            const Result<Pipeline::PosterResult> result = context->pipeline.produce(posterRequest);
            if (!result)
                return context->failure(trace, result.error());
            QHttpServerResponse response(result->diagnostics);
            response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
            return context->finish(trace, std::move(response));
        });
    }
    posterRequest.allowRedirect = true;   // store hits may answer 302 to OBJECT_STORE_PUBLIC_URL
    // RAM hits are answered right here: handing them to the pool would cost more than the copy.
    if (const auto hit = m_context.pipeline.memoryHit(posterRequest)) {
        return m_context.ready(trace, m_context.cacheHeaders.respond(*hit, route, ifNoneMatch,
                                                                     QDateTime::currentSecsSinceEpoch()));
    }
    const RouteContext *context = &m_context;
    return QtConcurrent::run(&m_context.renderPool,
                             [context, posterRequest = std::move(posterRequest), route, trace, ifNoneMatch]() {
                                 const Result<Pipeline::PosterResult> result =
                                     context->pipeline.produce(posterRequest);
                                 if (!result)
                                     return context->failure(trace, result.error());
                                 return context->finish(
                                     trace, context->cacheHeaders.respond(*result, route, ifNoneMatch,
                                                                          QDateTime::currentSecsSinceEpoch()));
                             });
}

} // namespace Marquee::Http
