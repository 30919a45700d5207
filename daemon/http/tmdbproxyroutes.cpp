#include "daemon/http/tmdbproxyroutes.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include "core/net/httpclient.h"
#include "daemon/http/accessgate.h"
#include "daemon/http/deferredresponder.h"
#include "daemon/http/ratelimiter.h"

namespace Marquee::Http {

namespace {

QString queryValue(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// The base URL with a path appended and a query built from already percent-encoded values, so a '+',
// '&' or '%' typed into the search box reaches TMDB as itself.
QUrl upstreamUrl(const QString &apiBase, const QString &path, const QList<QPair<QString, QString>> &items)
{
    QStringList pairs;
    for (const auto &[name, value] : items)
        pairs.append(name + QLatin1Char('=') + encoded(value));
    QUrl url(apiBase + path);
    url.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

Result<QString> mediaType(const QString &raw)
{
    const QString type = raw.trimmed().toLower();
    if (type.isEmpty() || type == QLatin1String("movie"))
        return QStringLiteral("movie");
    if (type == QLatin1String("tv") || type == QLatin1String("series"))
        return QStringLiteral("tv");
    return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Http::TmdbProxyRoutes", "Invalid type (movie|tv)"));
}

Result<QString> tmdbId(const QString &raw)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,10}$"));
    const QString id = raw.trimmed();
    if (id.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Http::TmdbProxyRoutes", "Missing required parameter: tmdb_id"));
    if (!digits.match(id).hasMatch())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Http::TmdbProxyRoutes", "Invalid tmdb_id"));
    return id;
}

} // namespace

TmdbProxyRoutes::TmdbProxyRoutes(const RouteContext &context)
    : m_context(context)
{
}

void TmdbProxyRoutes::registerOn(QHttpServer &server) const
{
    QHttpServer *context = &server;
    server.route(QStringLiteral("/search"),
                 [this, context](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     DeferredResponder::send(context, std::move(responder), search(request));
                 });
    server.route(QStringLiteral("/resolve-imdb"),
                 [this, context](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     DeferredResponder::send(context, std::move(responder), resolveImdb(request));
                 });
}

QFuture<QHttpServerResponse> TmdbProxyRoutes::search(const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.ready(trace, RouteContext::methodNotAllowed());

    const QUrlQuery query = request.query();
    const QString accessKey = RouteContext::accessKey(query);
    if (const VoidResult open = checkGate(accessKey); !open)
        return m_context.failed(trace, open.error());

    const QString text = queryValue(query, QStringLiteral("q")).trimmed();
    if (text.isEmpty()) {
        return m_context.failed(trace, Error{ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Http::TmdbProxyRoutes", "Missing required parameter: q"), 0, 0});
    }
    if (text.size() > MaxQueryLength) {
        return m_context.failed(trace, Error{ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Http::TmdbProxyRoutes", "Query too long"), 0, 0});
    }
    const Result<QString> apiKey = admit(query, accessKey);
    if (!apiKey)
        return m_context.failed(trace, apiKey.error());
    return forward(searchUrl(m_context.settings.tmdbApiBase, *apiKey, text), trace);
}

QFuture<QHttpServerResponse> TmdbProxyRoutes::resolveImdb(const QHttpServerRequest &request) const
{
    const RequestTrace trace = m_context.trace(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return m_context.ready(trace, RouteContext::methodNotAllowed());

    const QUrlQuery query = request.query();
    const QString accessKey = RouteContext::accessKey(query);
    if (const VoidResult open = checkGate(accessKey); !open)
        return m_context.failed(trace, open.error());

    const Result<QString> id = tmdbId(queryValue(query, QStringLiteral("tmdb_id")));
    if (!id)
        return m_context.failed(trace, id.error());
    const Result<QString> type = mediaType(queryValue(query, QStringLiteral("type")));
    if (!type)
        return m_context.failed(trace, type.error());
    const Result<QString> apiKey = admit(query, accessKey);
    if (!apiKey)
        return m_context.failed(trace, apiKey.error());
    return forward(externalIdsUrl(m_context.settings.tmdbApiBase, *apiKey, *type, *id), trace);
}

QUrl TmdbProxyRoutes::searchUrl(const QString &apiBase, const QString &apiKey, const QString &text)
{
    return upstreamUrl(apiBase, QStringLiteral("/search/multi"),
                       {{QStringLiteral("api_key"), apiKey},
                        {QStringLiteral("query"), text},
                        {QStringLiteral("include_adult"), QStringLiteral("false")},
                        {QStringLiteral("page"), QStringLiteral("1")}});
}

QUrl TmdbProxyRoutes::externalIdsUrl(const QString &apiBase, const QString &apiKey, const QString &type,
                                     const QString &tmdbId)
{
    return upstreamUrl(apiBase, QLatin1Char('/') + type + QLatin1Char('/') + tmdbId + QStringLiteral("/external_ids"),
                       {{QStringLiteral("api_key"), apiKey}});
}

VoidResult TmdbProxyRoutes::checkGate(const QString &accessKey) const
{
    const AccessGate &gate = m_context.gate;
    if (!gate.keyConfigured() || gate.presetEnabled() || gate.keyMatches(accessKey))
        return {};
    return fail(ErrorKind::Forbidden, AccessGate::unauthorizedMessage());
}

Result<QString> TmdbProxyRoutes::admit(const QUrlQuery &query, const QString &accessKey) const
{
    const QString userKey = queryValue(query, QStringLiteral("tmdb_key")).trimmed();
    const QString apiKey = userKey.isEmpty() ? m_context.settings.tmdbApiKey.trimmed() : userKey;
    if (apiKey.isEmpty()) {
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("Marquee::Http::TmdbProxyRoutes", "No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server."));
    }
    if (const VoidResult within = m_context.rateLimiter.checkTmdbProxy(userKey, m_context.gate.keyMatches(accessKey));
        !within)
        return fail(within.error());
    return apiKey;
}

QFuture<QHttpServerResponse> TmdbProxyRoutes::forward(const QUrl &upstream, const RequestTrace &trace) const
{
    const RouteContext *context = &m_context;
    return QtConcurrent::run(&m_context.proxyPool, [context, upstream, trace]() {
        const Result<Net::HttpResponse> answer = context->httpClient.get(upstream);
        if (!answer) {
            if (answer.error().kind == ErrorKind::UpstreamTimeout)
                return context->failure(trace, Error{ErrorKind::UpstreamTimeout, QString(), 0, 0});
            return context->failure(trace, Error{ErrorKind::UpstreamStatus, QCoreApplication::translate("Marquee::Http::TmdbProxyRoutes", "TMDB could not be reached"), 0, 0});
        }
        const auto status = static_cast<QHttpServerResponse::StatusCode>(answer->status);
        return context->finish(trace, QHttpServerResponse(QByteArrayLiteral("application/json"), answer->body, status));
    });
}

} // namespace Marquee::Http
