#include "core/sources/trendingsource.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "core/sources/tmdbsource.h"
#include "core/sources/upstreamreply_p.h"

namespace Marquee::Sources {

namespace {

// MDBList spells the id three ways and sometimes as a string; only plain digits are a TMDB id.
qint64 listItemId(const QJsonObject &item)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
    for (const char *key : {"id", "tmdb_id", "tmdbid"}) {
        const QJsonValue value = item.value(QLatin1String(key));
        if (value.isDouble() && value.toInteger() > 0)
            return value.toInteger();
        if (value.isString() && digits.match(value.toString()).hasMatch())
            return value.toString().toLongLong();
    }
    return 0;
}

// Absent media type → keep (a single-type list); otherwise movie vs show/tv.
bool matchesType(const QJsonObject &item, MediaType type)
{
    QString kind = item.value(QLatin1String("mediatype")).toString();
    if (kind.isEmpty())
        kind = item.value(QLatin1String("media_type")).toString();
    if (kind.isEmpty())
        return true;
    const bool movie = kind.compare(QLatin1String("movie"), Qt::CaseInsensitive) == 0;
    const bool show = kind.compare(QLatin1String("show"), Qt::CaseInsensitive) == 0
                      || kind.compare(QLatin1String("tv"), Qt::CaseInsensitive) == 0;
    return type == MediaType::Movie ? movie : show;
}

QList<qint64> uniqueCapped(const QList<qint64> &ids, int maxItems)
{
    QList<qint64> out;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (out.size() >= maxItems)
            break;
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    }
    return out;
}

QList<qint64> mdbListIds(const QJsonArray &items, MediaType type)
{
    struct Ranked { int rank; int order; qint64 id; };
    QList<Ranked> ranked;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        if (!matchesType(item, type))
            continue;
        const qint64 id = listItemId(item);
        const QJsonValue rank = item.value(QLatin1String("rank"));
        if (id > 0)
            ranked.append(Ranked{rank.isDouble() ? rank.toInt() : i + 1, i, id});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) { return a.rank < b.rank; });
    QList<qint64> ids;
    for (const Ranked &entry : ranked)
        ids.append(entry.id);
    return ids;
}

} // namespace

TrendingSource::TrendingSource(const Net::HttpClient &http, TmdbSource *tmdb)
    : m_http(http)
    , m_tmdb(tmdb)
{
}

QUrl TrendingSource::listUrl(const QString &customUrl)
{
    QUrl url(customUrl.trimmed());
    static const QRegularExpression listPath(QStringLiteral("^/lists/[^/]+/[^/]+/?$"));
    const QString host = url.host().toLower();
    if ((host == QLatin1String("mdblist.com") || host == QLatin1String("www.mdblist.com"))
        && listPath.match(url.path()).hasMatch()) {
        QString path = url.path();
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path + QLatin1String("/json"));
    }
    return url;
}

Result<QList<qint64>> TrendingSource::parseList(const QByteArray &body, MediaType type, int maxItems)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const auto invalid = [] {
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Sources::TrendingSource",
                                                                         "Trending list is neither TMDB nor MDBList JSON"));
    };
    if (error.error != QJsonParseError::NoError)
        return invalid();
    if (document.isArray())
        return uniqueCapped(mdbListIds(document.array(), type), maxItems);
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("results")).isArray()) {
        QList<qint64> ids;
        for (const QJsonValue &entry : object.value(QLatin1String("results")).toArray()) {
            if (matchesType(entry.toObject(), type))
                ids.append(listItemId(entry.toObject()));
        }
        return uniqueCapped(ids, maxItems);
    }
    // MDBList's split form: {"movies":[…],"shows":[…]}.
    const QJsonValue split = object.value(type == MediaType::Movie ? QLatin1String("movies") : QLatin1String("shows"));
    if (split.isArray())
        return uniqueCapped(mdbListIds(split.toArray(), type), maxItems);
    return invalid();
}

Result<QList<qint64>> TrendingSource::fetch(MediaType type, const QString &customUrl, int count,
                                            const QString &apiKey) const
{
    if (count <= 0)
        return QList<qint64>();
    return customUrl.trimmed().isEmpty() ? fetchTmdb(type, count, apiKey) : fetchList(type, customUrl, count);
}

Result<QList<qint64>> TrendingSource::fetchTmdb(MediaType type, int count, const QString &apiKey) const
{
    if (!m_tmdb)
        return fail(ErrorKind::NotConfigured, QCoreApplication::translate("Marquee::Sources::TrendingSource", "No TMDB source for trending"));
    QList<qint64> ids;
    const int pages = (count + TmdbPageSize - 1) / TmdbPageSize;
    for (int page = 1; page <= pages; ++page) {
        auto pageIds = m_tmdb->trending(type, QStringLiteral("day"), page, apiKey);
        if (!pageIds)
            return fail(pageIds.error());
        ids.append(*pageIds);
        if (pageIds->size() < TmdbPageSize)
            break;  // the last page
    }
    return uniqueCapped(ids, count);
}

Result<QList<qint64>> TrendingSource::fetchList(MediaType type, const QString &customUrl, int count) const
{
    const QUrl url = listUrl(customUrl);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Sources::TrendingSource", "Invalid trending list URL"));
    const Result<Net::HttpResponse> response = m_http.get(url);
    if (!response)
        return fail(response.error());
    if (!Upstream::isSuccess(response->status))
        return fail(Upstream::statusError(*response));
    return parseList(response->body, type, count);
}

} // namespace Marquee::Sources
