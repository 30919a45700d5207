#pragma once

#include <QJsonObject>
#include <QString>

#include "core/net/httpclient.h"
#include "core/sources/qualitysource.h"

namespace Marquee::Sources {

// AIOStreams (reference §5.3): GET {base}/api/v1/search?type={movie|series}&id={imdb | imdb:S:E} with
// `Authorization: Basic {auth}`. The top five results' parsedFile fields give the tokens.
// success=false → failure; no results and no errors → authoritative empty; no results but scraper
// errors, or a 4xx about the id → TitleFailed; 401/403/429/5xx and malformed JSON → failure.
class AioStreamsQualitySource : public QualitySource
{
public:
    AioStreamsQualitySource(const Net::HttpClient &http, QString baseUrl, QString auth, int timeoutMs = 20000);

    Result<QualityAnswer> fetch(const QualityLookup &lookup) override;
    QString cacheContext() const override { return QStringLiteral("aiostreams"); }

    // The tokens of one result's parsedFile (exposed for tests).
    static QStringList tokensOf(const QJsonObject &parsedFile);

    static constexpr int ResultsScanned = 5;

private:
    const Net::HttpClient &m_http;
    QString m_base;
    QByteArray m_authorization;
    int m_timeoutMs;
};

} // namespace Marquee::Sources
