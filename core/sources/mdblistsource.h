#pragma once

#include <QString>

#include "core/net/httpclient.h"
#include "core/sources/ratingsource.h"

namespace Marquee::Sources {

// MDBList (reference §5.2): GET {base}/{imdb|tmdb}/{movie|show}/{id}?apikey=K&append_to_response=keyword.
// 200 → parsed record; 404 → empty record; 429 → RateLimited (retryAfterSeconds from Retry-After,
// capped 3600, default 3600); other statuses → UpstreamStatus; timeouts → UpstreamTimeout.
class MdbListSource : public RatingSource
{
public:
    MdbListSource(const Net::HttpClient &http, QString apiBase);

    Result<RatingsRecord> ratings(const TitleId &title, const QString &apiKey) override;

    // Parses an MDBList title JSON body (exposed for tests and the local library's reuse).
    static RatingsRecord parse(const QByteArray &json);

private:
    const Net::HttpClient &m_http;
    QString m_apiBase;
};

} // namespace Marquee::Sources
