#include "core/storage/cachecolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Marquee::Storage {

namespace {

std::optional<int> positiveInt(const QJsonObject &json, QLatin1String key)
{
    const QJsonValue value = json.value(key);
    if (!value.isDouble() || value.toInt() <= 0)
        return std::nullopt;
    return value.toInt();
}

} // namespace

QStringList ratingKeywords(const QJsonObject &ratingsJson)
{
    QStringList names;
    for (const QJsonValue &entry : ratingsJson.value(QLatin1String("keywords")).toArray()) {
        const QString name = entry.isObject() ? entry.toObject().value(QLatin1String("name")).toString()
                                              : entry.toString();
        if (!name.isEmpty())
            names.append(name.toLower());
    }
    return names;
}

RatingColumns ratingColumns(const QJsonObject &ratingsJson)
{
    static const QRegularExpression festival(
        QStringLiteral("^festival-(cannes|venice|berlin|locarno|sundance)-winner$"));
    RatingColumns columns;
    const QStringList keywords = ratingKeywords(ratingsJson);
    columns.isCult = keywords.contains(QLatin1String("cult-classic"))
                     || keywords.contains(QLatin1String("cult-film"));
    columns.isTrueStory = keywords.contains(QLatin1String("based-on-true-story"));
    columns.isMetacritic = keywords.contains(QLatin1String("metacritic-must-see"));
    if (keywords.contains(QLatin1String("best-picture-winner")))
        columns.awardWins = QStringLiteral("Oscar");
    if (keywords.contains(QLatin1String("best-picture-nominated")))
        columns.awardNoms = QStringLiteral("Oscar");
    for (const QString &keyword : keywords) {
        if (festival.match(keyword).hasMatch()) {
            columns.festivalKeyword = keyword;
            break;
        }
    }
    return columns;
}

MetadataColumns metadataColumns(const QJsonObject &json)
{
    MetadataColumns columns;
    columns.title = json.value(QLatin1String("title")).toString();
    columns.releaseYear = positiveInt(json, QLatin1String("year"));
    QStringList genres;
    for (const QJsonValue &genre : json.value(QLatin1String("genreIds")).toArray())
        genres.append(QString::number(genre.toInt()));
    columns.genreIds = genres.join(QLatin1Char('|'));
    columns.posterPath = json.value(QLatin1String("posterPath")).toString();
    columns.backdropPath = json.value(QLatin1String("backdropPath")).toString();
    columns.logosJson = QString::fromUtf8(
        QJsonDocument(json.value(QLatin1String("logos")).toArray()).toJson(QJsonDocument::Compact));
    columns.originalLanguage = json.value(QLatin1String("originalLanguage")).toString();
    columns.originalTitle = json.value(QLatin1String("originalTitle")).toString();
    columns.tmdbStatus = json.value(QLatin1String("status")).toString();
    if (const QJsonValue votes = json.value(QLatin1String("voteCount")); votes.isDouble())
        columns.voteCount = votes.toInt();
    if (const QJsonValue average = json.value(QLatin1String("voteAverage")); average.isDouble())
        columns.voteAverage = average.toDouble();
    columns.imdbId = json.value(QLatin1String("imdbId")).toString();
    columns.runtime = positiveInt(json, QLatin1String("runtime"));
    columns.numberOfSeasons = positiveInt(json, QLatin1String("numberOfSeasons"));
    columns.numberOfEpisodes = positiveInt(json, QLatin1String("numberOfEpisodes"));
    return columns;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace Marquee::Storage
