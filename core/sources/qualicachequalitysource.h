#pragma once

#include <QString>

#include "core/net/httpclient.h"
#include "core/sources/qualitysource.h"

namespace Marquee::Sources {

// QualiCache (reference §5.3): GET {base}/v1/quality/{movie|series}/{id}?min_trust=…[&season&episode]
// [&release_date=YYYY-MM-DD] with `X-API-Key` when a key is set. The base is QUALICACHE_URL without
// query/fragment and without a trailing /v1/quality or /v1 (users paste endpoint URLs).
// status ready → tokens (BLURAY/WEBRIP fold into WEBDL; 8K/1440P/720P/SD/HDTV dropped);
// empty → authoritative empty; pending and error → Pending (QualiCache owns the retry, so neither
// counts against the source); 401, other non-200, unknown status → failure (a 4xx about the id →
// TitleFailed).
class QualiCacheQualitySource : public QualitySource
{
public:
    QualiCacheQualitySource(const Net::HttpClient &http, const QString &url, QString apiKey, QString minTrust,
                            int timeoutMs = 20000);

    Result<QualityAnswer> fetch(const QualityLookup &lookup) override;
    QString cacheContext() const override;   // "qualicache:{min_trust}:fold1"

    static QString normalizedBase(const QString &url);
    static QStringList foldTokens(const QStringList &raw);

private:
    const Net::HttpClient &m_http;
    QString m_base;
    QByteArray m_apiKey;
    QString m_minTrust;
    int m_timeoutMs;
};

} // namespace Marquee::Sources
