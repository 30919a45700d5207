#pragma once

#include <QString>

#include "core/net/httpclient.h"
#include "core/sources/qualitysource.h"

namespace Marquee::Sources {

// A Stremio stream addon (Torrentio, Comet…) as quality source (reference §5.3). The base comes from
// SCRAPER_URL as users paste it: `stremio://` install links become https://, a trailing
// /manifest.json is dropped. GET {base}/stream/{movie|series}/{imdb | imdb:S:E}.json (redirects
// followed); a series whose episode answers non-200 falls back to /stream/series/{imdb}.json.
// The top five streams' name, title|description, behaviorHints.bingeGroup and filename are matched
// against the token patterns. No streams → authoritative empty.
//
// The addon's configuration — a debrid key included — lives in the URL path, so nothing here ever
// logs or reports the URL.
class ScraperQualitySource : public QualitySource
{
public:
    ScraperQualitySource(const Net::HttpClient &http, const QString &scraperUrl, int timeoutMs = 20000);

    Result<QualityAnswer> fetch(const QualityLookup &lookup) override;
    QString cacheContext() const override { return QStringLiteral("scraper"); }

    static QString normalizedBase(const QString &scraperUrl);
    // The tokens one stream's text shows (exposed for tests).
    static QStringList tokensOfText(const QString &text);

    static constexpr int StreamsScanned = 5;

private:
    Result<Net::HttpResponse> get(const QString &path) const;

    const Net::HttpClient &m_http;
    QString m_base;
    int m_timeoutMs;
};

} // namespace Marquee::Sources
