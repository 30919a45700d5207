#pragma once

#include <QString>

#include <functional>

#include "core/net/httpclient.h"
#include "core/sources/ratingsource.h"

namespace Marquee::Sources {

// MDBList (reference §5.2): GET {base}/{imdb|tmdb}/{movie|show}/{id}?apikey=K&append_to_response=keyword.
// 200 → parsed record; 404 → empty record; 429 → RateLimited with retryAfterSeconds from
// rateLimitDelaySeconds(); other statuses → UpstreamStatus; timeouts → UpstreamTimeout. The key is
// never part of an error message.
class MdbListSource : public RatingSource
{
public:
    using Clock = std::function<qint64()>;  // Unix seconds

    MdbListSource(const Net::HttpClient &http, QString apiBase, Clock clock = {});

    Result<RatingsRecord> ratings(const TitleId &title, const QString &apiKey) override;

    // Parses an MDBList title JSON body (exposed for tests and the local library's reuse).
    static RatingsRecord parse(const QByteArray &json);

    // How long a 429 parks its key (reference §3.3): Retry-After (1…3600 s) when present; else, when the
    // answer says the daily quota is spent (x-ratelimit-remaining 0), until x-ratelimit-reset (epoch
    // seconds; 60…86400 s from now); else one hour.
    static int rateLimitDelaySeconds(const Net::HttpResponse &response, qint64 now);
    // Whether a 429 is the daily quota rather than a burst limit.
    static bool quotaExhausted(const Net::HttpResponse &response);

    static constexpr int RetryAfterCapSeconds = 3600;
    static constexpr int DefaultDelaySeconds = 3600;
    static constexpr int QuotaMinDelaySeconds = 60;
    static constexpr int QuotaMaxDelaySeconds = 86400;

private:
    const Net::HttpClient &m_http;
    QString m_apiBase;
    Clock m_clock;
};

} // namespace Marquee::Sources
