#pragma once

#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include "core/util/error.h"
#include "daemon/http/routecontext.h"

class QHttpServer;

namespace Marquee::Http {

// GET /search?q=&tmdb_key=&access_key= and GET /resolve-imdb?tmdb_id=&type=movie|tv&tmdb_key=&access_key=
// (reference §1.6): thin proxies to TMDB's /search/multi and /{type}/{id}/external_ids for the
// configurator, passing TMDB's status and JSON body through.
//
// Order: method → anonymous proxy gate (open without ACCESS_KEY, with presets on, or with the valid
// key; else 403) → parameters (400) → a TMDB key from the request or the server (400) → rate budget
// (429, see RateLimiter) → the upstream call on the proxy pool, written back by DeferredResponder.
// Upstream timeout → 504, unreachable → 502. Keys are never logged or echoed.
class TmdbProxyRoutes
{
public:
    static constexpr int MaxQueryLength = 200;

    explicit TmdbProxyRoutes(const RouteContext &context);

    void registerOn(QHttpServer &server) const;

    QFuture<QHttpServerResponse> search(const QHttpServerRequest &request) const;
    QFuture<QHttpServerResponse> resolveImdb(const QHttpServerRequest &request) const;

    // The upstream URLs (api_key included; never log them unredacted).
    static QUrl searchUrl(const QString &apiBase, const QString &apiKey, const QString &text);
    static QUrl externalIdsUrl(const QString &apiBase, const QString &apiKey, const QString &type,
                               const QString &tmdbId);

private:
    VoidResult checkGate(const QString &accessKey) const;
    // The TMDB key to call with, after the rate budget of whoever asks has been charged.
    Result<QString> admit(const QUrlQuery &query, const QString &accessKey) const;
    QFuture<QHttpServerResponse> forward(const QUrl &upstream, const RequestTrace &trace) const;

    const RouteContext &m_context;
};

} // namespace Marquee::Http
