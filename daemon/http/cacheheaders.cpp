#include "daemon/http/cacheheaders.h"

#include <algorithm>

namespace Marquee::Http {

namespace {

constexpr qint64 UnpersistedPresetMaxAge = 60;  // reference §1.3

QByteArray publicMaxAge(qint64 seconds)
{
    if (seconds <= 0)
        return QByteArrayLiteral("public, max-age=0, must-revalidate");
    return QByteArrayLiteral("public, max-age=") + QByteArray::number(seconds);
}

QByteArray stripWeak(QByteArray tag)
{
    tag = tag.trimmed();
    if (tag.startsWith("W/"))
        tag.remove(0, 2);
    return tag;
}

} // namespace

CacheHeaders::CacheHeaders(const Config::ServerSettings &settings)
    : m_presetTtl(std::max(0, settings.presetCdnCacheTtl))
    , m_disableCompositeCache(settings.disableCompositeCache)
    , m_varyAccept(settings.imageFormat.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
    , m_redirectMaxAge(std::max(0, std::min(settings.redirectMaxAgeSeconds, settings.deleteGraceSeconds - 1)))
{
    const QString ttl = settings.cdnCacheTtl.trimmed();
    if (ttl.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
        m_cdnMode = TtlMode::Auto;
    } else {
        bool ok = false;
        const qint64 seconds = ttl.toLongLong(&ok);
        // Invalid or non-positive values mean "no header", like the reference's warning path.
        if (ok && seconds > 0) {
            m_cdnMode = TtlMode::Seconds;
            m_cdnSeconds = seconds;
        }
    }
}

QByteArray CacheHeaders::noStoreValue()
{
    return QByteArrayLiteral("no-store, no-cache, must-revalidate");
}

bool CacheHeaders::sendsEtag(const Pipeline::PosterResult &result, Route route) const
{
    Q_UNUSED(route);
    return !result.provisional && !result.oneOff && !result.etag.isEmpty();
}

std::optional<QByteArray> CacheHeaders::posterCacheControl(const Pipeline::PosterResult &result,
                                                           qint64 now) const
{
    if (m_cdnMode == TtlMode::None)
        return std::nullopt;
    const bool hasDeadline = result.expiresAt > 0;
    const qint64 remaining = result.expiresAt - now;
    if (m_cdnMode == TtlMode::Auto) {
        // Without a deadline "auto" has nothing to derive a lifetime from.
        if (!hasDeadline)
            return std::nullopt;
        return publicMaxAge(remaining);
    }
    return publicMaxAge(hasDeadline ? std::min(m_cdnSeconds, remaining) : m_cdnSeconds);
}

std::optional<QByteArray> CacheHeaders::presetCacheControl(const Pipeline::PosterResult &result,
                                                           qint64 now) const
{
    if (m_presetTtl == 0)
        return std::nullopt;
    if (result.provisional || !result.persisted)
        return publicMaxAge(std::min(UnpersistedPresetMaxAge, m_presetTtl));
    const qint64 remaining = result.expiresAt - now;
    return publicMaxAge(result.expiresAt > 0 ? std::min(m_presetTtl, remaining) : m_presetTtl);
}

std::optional<QByteArray> CacheHeaders::cacheControl(const Pipeline::PosterResult &result, Route route,
                                                     qint64 now) const
{
    if (result.oneOff || m_disableCompositeCache)
        return noStoreValue();
    if (route == Route::Preset)
        return presetCacheControl(result, now);
    if (result.provisional)
        return noStoreValue();
    return posterCacheControl(result, now);
}

CacheHeaders::HeaderList CacheHeaders::headers(const Pipeline::PosterResult &result, Route route,
                                               qint64 now) const
{
    HeaderList list;
    if (sendsEtag(result, route))
        list.append({QByteArrayLiteral("ETag"), result.etag});
    if (const auto control = cacheControl(result, route, now)) {
        list.append({QByteArrayLiteral("Cache-Control"), *control});
        if (*control == noStoreValue())
            list.append({QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache")});
    }
    if (m_varyAccept)
        list.append({QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept")});
    return list;
}

QByteArray CacheHeaders::redirectCacheControl(const Pipeline::PosterResult &result, qint64 now) const
{
    const qint64 remaining = result.expiresAt > 0 ? result.expiresAt - now : m_redirectMaxAge;
    return publicMaxAge(std::min(m_redirectMaxAge, remaining));
}

QHttpServerResponse CacheHeaders::respond(const Pipeline::PosterResult &result, Route route,
                                          const QByteArray &ifNoneMatch, qint64 now) const
{
    if (!result.redirectUrl.isEmpty()) {
        QHttpServerResponse redirect(QHttpServerResponse::StatusCode::Found);
        redirect.setHeader(QByteArrayLiteral("Location"), result.redirectUrl.toUtf8());
        redirect.setHeader(QByteArrayLiteral("Cache-Control"), redirectCacheControl(result, now));
        if (m_varyAccept)
            redirect.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept"));
        return redirect;
    }
    const HeaderList extra = headers(result, route, now);
    const bool notModified = sendsEtag(result, route) && etagMatches(ifNoneMatch, result.etag);
    QHttpServerResponse response = notModified
        ? QHttpServerResponse(QHttpServerResponse::StatusCode::NotModified)
        : QHttpServerResponse(result.mimeType, result.bytes);
    for (const auto &header : extra)
        response.setHeader(header.first, header.second);
    return response;
}

bool CacheHeaders::etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (ifNoneMatch.isEmpty() || etag.isEmpty())
        return false;
    if (ifNoneMatch.trimmed() == "*")
        return true;
    const QByteArray wanted = stripWeak(etag);
    const QList<QByteArray> candidates = ifNoneMatch.split(',');
    return std::any_of(candidates.cbegin(), candidates.cend(),
                       [&wanted](const QByteArray &candidate) { return stripWeak(candidate) == wanted; });
}

} // namespace Marquee::Http
