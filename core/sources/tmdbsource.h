#pragma once

#include <QString>

#include "core/net/httpclient.h"
#include "core/sources/metadatasource.h"
#include "core/sources/releasestatusrules.h"

namespace Marquee::Sources {

// TMDB v3 (reference §5.1): /find, /{movie|tv}/{id}?append_to_response=images,credits,external_ids,
// and the image CDN. Both bases are configurable (TMDB_API_BASE, TMDB_IMAGE_BASE) so proxies and the
// test suite's fake upstream work. Status mapping: 404 → NotFound (upstreamStatus 404), 429/5xx/other →
// UpstreamStatus with the status, timeouts → UpstreamTimeout, unparsable JSON → UpstreamStatus 502.
class TmdbSource : public MetadataSource
{
public:
    TmdbSource(const Net::HttpClient &http, QString apiBase, QString imageBase);

    Result<qint64> findTmdbId(const QString &imdbId, MediaType type, const QString &apiKey) override;
    Result<TitleMetadata> details(MediaType type, qint64 tmdbId, const QString &language,
                                  const QString &apiKey) override;
    Result<QByteArray> image(const QString &filePath, const QString &size) override;

    // GET /movie/{id}/release_dates (reference §5.1): every region's dated releases.
    Result<QList<ReleaseDate>> releaseDates(qint64 movieId, const QString &apiKey);
    // GET /trending/{movie|tv}/{day|week}?page=N: the page's TMDB ids in rank order.
    Result<QList<qint64>> trending(MediaType type, const QString &window, int page, const QString &apiKey);

private:
    const Net::HttpClient &m_http;
    QString m_apiBase;
    QString m_imageBase;
};

} // namespace Marquee::Sources
