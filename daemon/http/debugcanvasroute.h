#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QMutex>
#include <QString>

#include <optional>

#include "core/pipeline/posterencoder.h"
#include "core/util/error.h"
#include "daemon/http/routecontext.h"

class QHttpServer;
class QUrlQuery;

namespace Marquee::Render { class PosterRenderer; }

namespace Marquee::Http {

// GET /debug/canvas?genre=&title=&style=&year=&score= (reference §1.8): the no-art fallback card an
// operator wants to preview, drawn with the server's default render configuration. Operator-gated like
// /poster. Encoded cards are kept in a small bounded in-memory cache (the gallery asks for the same
// tiles again and again); misses render on the render pool, never on the server thread.
class DebugCanvasRoute
{
public:
    DebugCanvasRoute(const RouteContext &context, const Render::PosterRenderer &renderer);

    void registerOn(QHttpServer &server);

    QFuture<QHttpServerResponse> canvas(const QHttpServerRequest &request);

    // The request's parameters after normalisation; equal params draw equal cards.
    struct Params
    {
        QString genre;              // canonical spelling, "Unknown" when not a known genre
        QString title;
        QString style;              // "minimal" | "photoreal"
        int year = 0;               // 0 = none
        std::optional<int> score;   // shown only for 0–100 digits
    };
    static Result<Params> parse(const QUrlQuery &query);
    static QString cacheKey(const Params &params, Pipeline::ImageFormat format);

    static constexpr int MaxTitleLength = 200;
    static constexpr qint64 CacheTtlMs = 300 * 1000;
    static constexpr int CacheCapacity = 128;

private:
    struct CacheEntry
    {
        QByteArray bytes;
        qint64 expiresAtMs = 0;
    };

    std::optional<QByteArray> cached(const QString &key);
    void store(const QString &key, const QByteArray &bytes);
    Result<QByteArray> render(const Params &params, Pipeline::ImageFormat format) const;
    static QHttpServerResponse respond(Pipeline::ImageFormat format, const QByteArray &bytes);

    const RouteContext &m_context;
    const Render::PosterRenderer &m_renderer;
    const Pipeline::PosterEncoder m_encoder;
    QElapsedTimer m_clock;  // monotonic: wall-clock jumps must not resurrect or expire entries

    QMutex m_cacheLock;
    QHash<QString, CacheEntry> m_cache;
};

} // namespace Marquee::Http
