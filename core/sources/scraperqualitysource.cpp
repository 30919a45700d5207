#include "core/sources/scraperqualitysource.h"

#include <algorithm>

#include <QJsonArray>
#include <QRegularExpression>

#include "core/sources/qualitysource_p.h"
#include "core/sources/upstreamreply_p.h"

namespace Marquee::Sources {

namespace {

QString sourceName()
{
    return QStringLiteral("Scraper");
}

bool matches(const QString &text, const char *pattern)
{
    return QRegularExpression(QLatin1String(pattern)).match(text).hasMatch();
}

QString streamText(const QJsonObject &stream)
{
    QString title = stream.value(QLatin1String("title")).toString();
    if (title.isEmpty())
        title = stream.value(QLatin1String("description")).toString();
    const QJsonObject hints = stream.value(QLatin1String("behaviorHints")).toObject();
    return stream.value(QLatin1String("name")).toString() + QLatin1Char('\n') + title + QLatin1Char('\n')
           + hints.value(QLatin1String("bingeGroup")).toString() + QLatin1Char('\n')
           + hints.value(QLatin1String("filename")).toString();
}

} // namespace

ScraperQualitySource::ScraperQualitySource(const Net::HttpClient &http, const QString &scraperUrl, int timeoutMs)
    : m_http(http)
    , m_base(normalizedBase(scraperUrl))
    , m_timeoutMs(timeoutMs)
{
}

QString ScraperQualitySource::normalizedBase(const QString &scraperUrl)
{
    QString url = scraperUrl.trimmed();
    if (url.startsWith(QLatin1String("stremio://")))
        url = QStringLiteral("https://") + url.mid(10);
    if (url.endsWith(QLatin1String("/manifest.json")))
        url.chop(int(qstrlen("/manifest.json")));
    return Upstream::trimmedBase(url);
}

QStringList ScraperQualitySource::tokensOfText(const QString &streamText)
{
    const QString text = streamText.toUpper();
    QStringList seen;
    if (matches(text, "\\b(2160P|4K|UHD)\\b"))
        seen.append(QStringLiteral("4K"));
    else if (text.contains(QLatin1String("1080P")))
        seen.append(QStringLiteral("1080P"));

    if (matches(text, "\\bDV\\b|DOLBY.?VISION|\\bDOVI\\b"))
        seen.append(QStringLiteral("DV"));
    if (text.contains(QLatin1String("HDR10+")))
        seen.append(QStringLiteral("HDR10+"));
    else if (matches(text, "\\bHDR10\\b|\\bHDR\\b"))
        seen.append(QStringLiteral("HDR10"));

    if (text.contains(QLatin1String("REMUX")))
        seen.append(QStringLiteral("REMUX"));
    else if (matches(text, "WEB.?DL"))
        seen.append(QStringLiteral("WEBDL"));

    if (text.contains(QLatin1String("ATMOS")))
        seen.append(QStringLiteral("ATMOS"));
    if (matches(text, "DTS.?X\\b"))
        seen.append(QStringLiteral("DTSX"));
    return QualitySource::canonicalTokens(seen);
}

Result<Net::HttpResponse> ScraperQualitySource::get(const QString &path) const
{
    return m_http.get(QUrl(m_base + path), {}, m_timeoutMs);
}

Result<QualityAnswer> ScraperQualitySource::fetch(const QualityLookup &lookup)
{
    const bool series = lookup.type == MediaType::Tv;
    const QString type = series ? QStringLiteral("series") : QStringLiteral("movie");
    Result<Net::HttpResponse> response = get(QStringLiteral("/stream/") + type + QLatin1Char('/') + lookup.cacheId()
                                             + QStringLiteral(".json"));
    if (!response)
        return fail(response.error());
    // Some addons index a show but not the episode yet: the show-level answer is the next best.
    if (response->status != 200 && series) {
        response = get(QStringLiteral("/stream/series/") + lookup.id + QStringLiteral(".json"));
        if (!response)
            return fail(response.error());
    }
    if (response->status != 200)
        return QualityReply::statusFailure(sourceName(), response->status);
    const std::optional<QJsonObject> json = Upstream::jsonObject(response->body);
    if (!json)
        return QualityReply::malformed(sourceName());
    const QJsonArray streams = json->value(QLatin1String("streams")).toArray();
    QStringList seen;
    for (qsizetype i = 0; i < std::min<qsizetype>(streams.size(), StreamsScanned); ++i)
        seen += tokensOfText(streamText(streams.at(i).toObject()));
    return QualityAnswer{QualityAnswer::State::Ready, QualitySource::canonicalTokens(seen)};
}

} // namespace Marquee::Sources
