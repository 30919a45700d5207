#pragma once

#include <QByteArray>
#include <QHttpServerResponse>
#include <QList>
#include <QPair>

#include <optional>

#include "core/config/serversettings.h"
#include "core/pipeline/posterpipeline.h"

namespace Marquee::Http {

// Turns a PosterResult into the image response: Content-Type, ETag, Cache-Control, Pragma, Vary, and
// 304 when If-None-Match names the ETag (reference §1.2 "Response headers", §1.3 for /p).
//
//   /poster: provisional or one-off → no-store (+Pragma), no ETag, never 304; DISABLE_COMPOSITE_CACHE →
//            no-store; otherwise CDN_CACHE_TTL: auto → max-age=remaining, N → min(N, remaining),
//            0/unset → no header; a passed deadline → "public, max-age=0, must-revalidate".
//   /p:      one-off → no-store; provisional (not persisted) → public, max-age=60 without ETag (the
//            reference's short CDN life for renders that are not fully determined yet); persisted →
//            min(PRESET_CDN_CACHE_TTL, remaining); DISABLE_COMPOSITE_CACHE → no-store; TTL 0 → none.
//   Vary: Accept whenever IMAGE_FORMAT=auto, because the body then depends on the Accept header.
class CacheHeaders
{
public:
    enum class Route { Poster, Preset };
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    explicit CacheHeaders(const Config::ServerSettings &settings);

    // The Cache-Control value for a result at time `now` (Unix seconds); nullopt = send none.
    std::optional<QByteArray> cacheControl(const Pipeline::PosterResult &result, Route route, qint64 now) const;
    // Every header but Content-Type (ETag, Cache-Control, Pragma, Vary), in a stable order.
    HeaderList headers(const Pipeline::PosterResult &result, Route route, qint64 now) const;
    bool sendsEtag(const Pipeline::PosterResult &result, Route route) const;

    // 200 with the bytes, or 304 carrying the same ETag/Cache-Control/Vary when ifNoneMatch matches;
    // 302 to result.redirectUrl (the CDN copy) when the pipeline answered with one.
    QHttpServerResponse respond(const Pipeline::PosterResult &result, Route route,
                                const QByteArray &ifNoneMatch, qint64 now) const;

    // If-None-Match semantics: "*", a comma list, weak validators compare equal (RFC 9110 §13.1.2).
    static bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag);

    static QByteArray noStoreValue();

    // Cache-Control of a 302 to the CDN copy: max-age = min(REDIRECT_MAX_AGE_SECONDS, remaining life,
    // DELETE_GRACE_SECONDS - 1), because a superseded blob is deleted once its grace has passed.
    QByteArray redirectCacheControl(const Pipeline::PosterResult &result, qint64 now) const;

private:
    enum class TtlMode { None, Auto, Seconds };

    std::optional<QByteArray> posterCacheControl(const Pipeline::PosterResult &result, qint64 now) const;
    std::optional<QByteArray> presetCacheControl(const Pipeline::PosterResult &result, qint64 now) const;

    TtlMode m_cdnMode = TtlMode::None;
    qint64 m_cdnSeconds = 0;
    qint64 m_presetTtl = 0;
    bool m_disableCompositeCache = false;
    bool m_varyAccept = false;
    qint64 m_redirectMaxAge = 0;
};

} // namespace Marquee::Http
