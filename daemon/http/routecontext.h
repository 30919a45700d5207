#pragma once

#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include "core/config/serversettings.h"
#include "core/util/error.h"
#include "daemon/http/accessgate.h"
#include "daemon/http/accesslog.h"
#include "daemon/http/cacheheaders.h"
#include "daemon/http/metricsregistry.h"

class QThreadPool;

namespace Marquee::Storage { class Storage; }
namespace Marquee::Blob { class BlobStore; }
namespace Marquee::Pipeline { class PosterPipeline; }
namespace Marquee::Net { class HttpClient; }
namespace Marquee::Coordination { class Coordinator; }

namespace Marquee::Http {

class RateLimiter;
class ServingSwitch;

// What every route needs, handed over by the composition root. Plain references: the Daemon owns
// all of it and outlives the HTTP server.
struct RouteContext
{
    const Config::ServerSettings &settings;
    Pipeline::PosterPipeline &pipeline;
    Storage::Storage &storage;
    Blob::BlobStore &blobs;
    QThreadPool &renderPool;   // produce() runs here; sized from the render cap
    QThreadPool &probePool;    // /ready pings, so a saturated render pool cannot stall readiness
    const AccessGate &gate;
    const CacheHeaders &cacheHeaders;
    const AccessLog &log;
    MetricsRegistry &metrics;  // finish() counts every response; renders report from the pipeline
    const RateLimiter &rateLimiter;      // 429 budgets of /poster, /p and the TMDB proxy
    const Net::HttpClient &httpClient;   // the TMDB proxy's upstream calls
    QThreadPool &proxyPool;              // /search and /resolve-imdb block here, not in the render pool
    const ServingSwitch &serving;        // the tray's pause: render routes answer 503 while paused
    // Assigned by the Daemon after construction (null in route tests that need none): /ready pings it,
    // /metrics exports how often it failed open.
    Coordination::Coordinator *coordinator = nullptr;

    RequestTrace trace(const QHttpServerRequest &request) const;
    // Writes the access-log line for `response`, counts it for /metrics and hands it back.
    QHttpServerResponse finish(const RequestTrace &trace, QHttpServerResponse &&response) const;
    QFuture<QHttpServerResponse> ready(const RequestTrace &trace, QHttpServerResponse &&response) const;
    // The error's HTTP response (ErrorResponse), logged; an Internal error's hidden reason goes to the log.
    QHttpServerResponse failure(const RequestTrace &trace, const Error &error) const;
    // failure() as an already finished future, for routes that answer asynchronously.
    QFuture<QHttpServerResponse> failed(const RequestTrace &trace, const Error &error) const;

    static QByteArray methodName(QHttpServerRequest::Method method);
    static QString accessKey(const QUrlQuery &query);
    static QHttpServerResponse methodNotAllowed();
};

} // namespace Marquee::Http
