#include "app/search/searchresults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/sources/locallibrary.h"

namespace Marquee::App {

QString SearchHit::label() const
{
    QString text = title;
    if (year > 0)
        text += QStringLiteral(" (%1)").arg(year);
    text += QStringLiteral(" · ") + mediaTypeName(id.type);
    if (!id.imdbId.isEmpty())
        text += QStringLiteral(" · ") + id.imdbId;
    else if (id.tmdbId > 0)
        text += QStringLiteral(" · TMDB %1").arg(id.tmdbId);
    return text;
}

QList<SearchHit> SearchResults::fromTmdb(const QByteArray &json)
{
    QList<SearchHit> hits;
    const QJsonArray results = QJsonDocument::fromJson(json).object().value(QStringLiteral("results")).toArray();
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const QString type = result.value(QStringLiteral("media_type")).toString(QStringLiteral("movie"));
        if (type != QLatin1String("movie") && type != QLatin1String("tv"))
            continue;
        SearchHit hit;
        hit.id.type = type == QLatin1String("tv") ? MediaType::Tv : MediaType::Movie;
        hit.id.tmdbId = static_cast<qint64>(result.value(QStringLiteral("id")).toDouble());
        hit.title = result.value(type == QLatin1String("tv") ? QStringLiteral("name") : QStringLiteral("title")).toString();
        const QString date = result.value(type == QLatin1String("tv") ? QStringLiteral("first_air_date")
                                                                      : QStringLiteral("release_date")).toString();
        hit.year = date.left(4).toInt();
        if (hit.id.tmdbId > 0)
            hits.append(hit);
        if (hits.size() == Limit)
            break;
    }
    return hits;
}

QList<SearchHit> SearchResults::fromLibrary(const Sources::LocalLibrary &library, const QString &text)
{
    const QString needle = text.trimmed();
    QList<SearchHit> hits;
    for (const Sources::LocalTitle &title : library.titles()) {
        const Sources::TitleMetadata &meta = title.metadata;
        const bool matches = needle.isEmpty() || meta.title.contains(needle, Qt::CaseInsensitive)
                             || meta.originalTitle.contains(needle, Qt::CaseInsensitive)
                             || meta.id.imdbId.compare(needle, Qt::CaseInsensitive) == 0
                             || QString::number(meta.id.tmdbId) == needle;
        if (matches)
            hits.append({meta.id, meta.title, meta.year, true});
    }
    return hits;
}

} // namespace Marquee::App
