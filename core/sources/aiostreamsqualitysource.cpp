#include "core/sources/aiostreamsqualitysource.h"

#include <algorithm>

#include <QJsonArray>
#include <QUrlQuery>

#include "core/sources/qualitysource_p.h"
#include "core/sources/upstreamreply_p.h"

namespace Marquee::Sources {

namespace {

QString sourceName()
{
    return QStringLiteral("AIOStreams");
}

QStringList upperStrings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &entry : value.toArray())
        list.append(entry.toString().trimmed().toUpper());
    return list;
}

// AIOStreams reports scraper errors as an object or a list; either way "any" is what matters.
bool hasErrors(const QJsonValue &errors)
{
    if (errors.isArray())
        return !errors.toArray().isEmpty();
    if (errors.isObject())
        return !errors.toObject().isEmpty();
    return !errors.isNull() && !errors.isUndefined() && errors.toVariant().toBool();
}

} // namespace

AioStreamsQualitySource::AioStreamsQualitySource(const Net::HttpClient &http, QString baseUrl, QString auth,
                                                 int timeoutMs)
    : m_http(http)
    , m_base(Upstream::trimmedBase(std::move(baseUrl)))
    , m_authorization(QByteArrayLiteral("Basic ") + auth.toUtf8())
    , m_timeoutMs(timeoutMs)
{
}

QStringList AioStreamsQualitySource::tokensOf(const QJsonObject &parsedFile)
{
    QStringList seen;
    const QString resolution = parsedFile.value(QLatin1String("resolution")).toString().trimmed().toLower();
    if (resolution == QLatin1String("2160p"))
        seen.append(QStringLiteral("4K"));
    else if (resolution == QLatin1String("1080p"))
        seen.append(QStringLiteral("1080P"));

    const QStringList visual = upperStrings(parsedFile.value(QLatin1String("visualTags")));
    if (visual.contains(QLatin1String("DV")) || visual.contains(QLatin1String("DOLBY VISION"))
        || visual.contains(QLatin1String("DOVI")))
        seen.append(QStringLiteral("DV"));
    if (visual.contains(QLatin1String("HDR10+")))
        seen.append(QStringLiteral("HDR10+"));
    if (visual.contains(QLatin1String("HDR10")) || visual.contains(QLatin1String("HDR")))
        seen.append(QStringLiteral("HDR10"));

    const QString quality = parsedFile.value(QLatin1String("quality")).toString().toUpper();
    if (quality.contains(QLatin1String("REMUX")))
        seen.append(QStringLiteral("REMUX"));
    else if (quality.contains(QLatin1String("WEB-DL")) || quality.contains(QLatin1String("WEBDL")))
        seen.append(QStringLiteral("WEBDL"));

    const QStringList audio = upperStrings(parsedFile.value(QLatin1String("audioTags")));
    if (std::any_of(audio.cbegin(), audio.cend(), [](const QString &tag) { return tag.contains(QLatin1String("ATMOS")); }))
        seen.append(QStringLiteral("ATMOS"));
    if (audio.contains(QLatin1String("DTS:X")) || audio.contains(QLatin1String("DTSX")) || audio.contains(QLatin1String("DTS-X")))
        seen.append(QStringLiteral("DTSX"));
    return QualitySource::canonicalTokens(seen);
}

Result<QualityAnswer> AioStreamsQualitySource::fetch(const QualityLookup &lookup)
{
    const bool series = lookup.type == MediaType::Tv;
    QUrl url(m_base + QStringLiteral("/api/v1/search"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), series ? QStringLiteral("series") : QStringLiteral("movie"));
    query.addQueryItem(QStringLiteral("id"), lookup.cacheId());
    url.setQuery(query);

    const Result<Net::HttpResponse> response
        = m_http.get(url, {{QByteArrayLiteral("Authorization"), m_authorization}}, m_timeoutMs);
    if (!response)
        return fail(response.error());
    if (response->status != 200)
        return QualityReply::statusFailure(sourceName(), response->status);
    const std::optional<QJsonObject> json = Upstream::jsonObject(response->body);
    if (!json)
        return QualityReply::malformed(sourceName());
    if (!json->value(QLatin1String("success")).toBool()) {
        // AIOStreams' own message may echo the request; a fixed text keeps the log clean.
        return fail(Error{ErrorKind::UpstreamStatus,
                          QCoreApplication::translate("Marquee::Sources::QualitySource", "%1 reported a failure").arg(sourceName()),
                          502, 0});
    }
    const QJsonObject data = json->value(QLatin1String("data")).toObject();
    const QJsonArray results = data.value(QLatin1String("results")).toArray();
    if (results.isEmpty()) {
        if (hasErrors(data.value(QLatin1String("errors"))))
            return QualityReply::titleFailed();  // its scrapers failed: says nothing about the title
        return QualityAnswer{QualityAnswer::State::Ready, {}};
    }
    QStringList seen;
    for (qsizetype i = 0; i < std::min<qsizetype>(results.size(), ResultsScanned); ++i)
        seen += tokensOf(results.at(i).toObject().value(QLatin1String("parsedFile")).toObject());
    return QualityAnswer{QualityAnswer::State::Ready, QualitySource::canonicalTokens(seen)};
}

} // namespace Marquee::Sources
