#include "core/sources/qualicachequalitysource.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

#include "core/sources/qualitysource_p.h"
#include "core/sources/upstreamreply_p.h"

namespace Marquee::Sources {

namespace {

QString sourceName()
{
    return QStringLiteral("QualiCache");
}

bool isIsoDate(const QString &date)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(date).hasMatch();
}

} // namespace

QualiCacheQualitySource::QualiCacheQualitySource(const Net::HttpClient &http, const QString &url, QString apiKey,
                                                 QString minTrust, int timeoutMs)
    : m_http(http)
    , m_base(normalizedBase(url))
    , m_apiKey(apiKey.toUtf8())
    , m_minTrust(std::move(minTrust))
    , m_timeoutMs(timeoutMs)
{
}

QString QualiCacheQualitySource::cacheContext() const
{
    // "fold1": rows written before BLURAY/WEBRIP were folded into WEBDL must not be reused.
    return QStringLiteral("qualicache:") + m_minTrust + QStringLiteral(":fold1");
}

QString QualiCacheQualitySource::normalizedBase(const QString &url)
{
    // QUALICACHE_URL is an origin, not a request URL: a pasted "?min_trust=low" would otherwise swallow
    // the endpoint path into its query value.
    QString base = url.trimmed();
    base = base.left(base.indexOf(QLatin1Char('#')));
    base = base.left(base.indexOf(QLatin1Char('?')));
    base = Upstream::trimmedBase(base);
    for (const QLatin1String suffix : {QLatin1String("/v1/quality"), QLatin1String("/v1")}) {
        if (base.endsWith(suffix)) {
            base.chop(suffix.size());
            break;
        }
    }
    return Upstream::trimmedBase(base);
}

QStringList QualiCacheQualitySource::foldTokens(const QStringList &raw)
{
    // A BluRay encode and a WEBRip both meet the "1080p web or better" bar of the silver Web badge;
    // only a true remux keeps the gold one. Everything without a badge (8K, 720P, SD, HDTV…) drops out.
    QStringList seen;
    for (const QString &token : raw) {
        const QString upper = token.trimmed().toUpper();
        if (upper == QLatin1String("BLURAY") || upper == QLatin1String("WEBRIP"))
            seen.append(QStringLiteral("WEBDL"));
        else
            seen.append(upper);
    }
    return QualitySource::canonicalTokens(seen);
}

Result<QualityAnswer> QualiCacheQualitySource::fetch(const QualityLookup &lookup)
{
    const bool series = lookup.type == MediaType::Tv;
    QUrl url(m_base + QStringLiteral("/v1/quality/") + (series ? QStringLiteral("series") : QStringLiteral("movie"))
             + QLatin1Char('/') + lookup.id);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("min_trust"), m_minTrust);
    if (series) {
        query.addQueryItem(QStringLiteral("season"), QString::number(lookup.season));
        query.addQueryItem(QStringLiteral("episode"), QString::number(lookup.episode));
    }
    // QualiCache rejects anything but a full ISO date (422); a bare year is better left out.
    if (isIsoDate(lookup.releaseDate))
        query.addQueryItem(QStringLiteral("release_date"), lookup.releaseDate);
    url.setQuery(query);
    Net::HeaderList headers;
    if (!m_apiKey.isEmpty())
        headers.append({QByteArrayLiteral("X-API-Key"), m_apiKey});

    const Result<Net::HttpResponse> response = m_http.get(url, headers, m_timeoutMs);
    if (!response)
        return fail(response.error());
    if (response->status == 401) {
        return fail(Error{ErrorKind::UpstreamStatus,
                          QCoreApplication::translate("Marquee::Sources::QualitySource",
                                                      "QualiCache rejected the API key (401): check QUALICACHE_API_KEY"),
                          401, 0});
    }
    if (response->status != 200)
        return QualityReply::statusFailure(sourceName(), response->status);
    const std::optional<QJsonObject> json = Upstream::jsonObject(response->body);
    if (!json)
        return QualityReply::malformed(sourceName());
    const QString status = json->value(QLatin1String("status")).toString();
    if (status == QLatin1String("pending") || status == QLatin1String("error"))
        return QualityReply::pending();
    if (status == QLatin1String("empty"))
        return QualityAnswer{QualityAnswer::State::Ready, {}};
    if (status != QLatin1String("ready")) {
        return fail(Error{ErrorKind::UpstreamStatus,
                          QCoreApplication::translate("Marquee::Sources::QualitySource", "QualiCache answered an unknown status"),
                          502, 0});
    }
    QStringList raw;
    for (const QJsonValue &token : json->value(QLatin1String("tokens")).toArray())
        raw.append(token.toString());
    return QualityAnswer{QualityAnswer::State::Ready, foldTokens(raw)};
}

} // namespace Marquee::Sources
