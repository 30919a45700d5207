#include "daemon/http/logoroute.h"

#include <QHttpServer>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include "core/config/posterquery.h"
#include "core/pipeline/posterpipeline.h"
#include "daemon/http/deferredresponder.h"

namespace Marquee::Http {

namespace {

const QString FallbackLanguage = QStringLiteral("en");

// Only the identity parameters go through /poster's parser, so /logo reports exactly its messages
// ("Invalid type", "Invalid tmdb_id", "Invalid imdb_id") and nothing else can fail the request.
QUrlQuery identityQuery(const QUrlQuery &query)
{
    QUrlQuery identity;
    for (const QString &name : {QStringLiteral("type"), QStringLiteral("tmdb_id"), QStringLiteral("imdb_id"),
                                QStringLiteral("tmdb_key")}) {
        if (query.hasQueryItem(name))
            identity.addQueryItem(name, query.queryItemValue(name, QUrl::FullyDecoded));
    }
    return identity;
}

} // namespace

LogoRoute::LogoRoute(const RouteContext &context)
    : m_context(context)
{
}

void LogoRoute::registerOn(QHttpServer &server) const
{
    QHttpServer *context = &server;
    server.route(QStringLiteral("/logo"),
                 [this, context](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     DeferredResponder::send(context, std::move(responder), logo(request));
                 });
}

QString LogoRoute::language(const QString &requested, const QString &serverDefault)
{
    // The code reaches TMDB's include_image_language and the metadata cache key: letters only.
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,4})?$"));
    const QString trimmed = requested.trimmed();
    if (code.match(trimmed).hasMatch())
        return trimmed;
    return code.match(serverDefault).hasMatch() ? serverDefault : FallbackLanguage;
}

QFuture<QHttpServerResponse> LogoRoute::logo(const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.ready(trace, RouteContext::methodNotAllowed());

    const QUrlQuery query = request.query();
    if (const VoidResult allowed = m_context.gate.check(AccessGate::Route::Poster, RouteContext::accessKey(query));
        !allowed)
        return m_context.failed(trace, allowed.error());
    const Result<Config::PosterQuery> parsed = Config::parsePosterQuery(identityQuery(query));
    if (!parsed)
        return m_context.failed(trace, parsed.error());

    const QString lang = language(query.queryItemValue(QStringLiteral("lang"), QUrl::FullyDecoded),
                                  m_context.settings.defaultLogoLanguage);
    const RouteContext *context = &m_context;
    return QtConcurrent::run(&m_context.renderPool,
                             [context, id = parsed->title, lang, key = parsed->tmdbKey, trace]() {
                                 const Result<QByteArray> png = context->pipeline.logoPng(id, lang, key);
                                 if (!png)
                                     return context->failure(trace, png.error());
                                 QHttpServerResponse response(QByteArrayLiteral("image/png"), *png);
                                 response.setHeader(QByteArrayLiteral("Cache-Control"),
                                                    QByteArrayLiteral("public, max-age=2592000"));
                                 return context->finish(trace, std::move(response));
                             });
}

} // namespace Marquee::Http
