#include "core/sources/titlemetadata.h"

#include <QJsonArray>

namespace Marquee::Sources {

namespace {

QJsonArray imagesToJson(const QList<ImageInfo> &images)
{
    QJsonArray array;
    for (const ImageInfo &image : images) {
        array.append(QJsonObject{
            {QStringLiteral("filePath"), image.filePath},
            {QStringLiteral("language"), image.language},
            {QStringLiteral("voteAverage"), image.voteAverage},
            {QStringLiteral("voteCount"), image.voteCount},
            {QStringLiteral("width"), image.width},
            {QStringLiteral("height"), image.height},
        });
    }
    return array;
}

QList<ImageInfo> imagesFromJson(const QJsonValue &value)
{
    QList<ImageInfo> images;
    const QJsonArray array = value.toArray();
    images.reserve(array.size());
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        ImageInfo image;
        image.filePath = object.value(QLatin1String("filePath")).toString();
        image.language = object.value(QLatin1String("language")).toString();
        image.voteAverage = object.value(QLatin1String("voteAverage")).toDouble();
        image.voteCount = object.value(QLatin1String("voteCount")).toInt();
        image.width = object.value(QLatin1String("width")).toInt();
        image.height = object.value(QLatin1String("height")).toInt();
        images.append(image);
    }
    return images;
}

QJsonObject episodeToJson(const EpisodeInfo &episode)
{
    return QJsonObject{{QStringLiteral("airDate"), episode.airDate}, {QStringLiteral("season"), episode.season},
                       {QStringLiteral("episode"), episode.episode}};
}

EpisodeInfo episodeFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return EpisodeInfo{object.value(QLatin1String("airDate")).toString(), object.value(QLatin1String("season")).toInt(),
                       object.value(QLatin1String("episode")).toInt()};
}

QJsonArray seasonsToJson(const QList<SeasonInfo> &seasons)
{
    QJsonArray array;
    for (const SeasonInfo &season : seasons) {
        array.append(QJsonObject{{QStringLiteral("season"), season.season},
                                 {QStringLiteral("episodeCount"), season.episodeCount},
                                 {QStringLiteral("airDate"), season.airDate}});
    }
    return array;
}

QList<SeasonInfo> seasonsFromJson(const QJsonValue &value)
{
    QList<SeasonInfo> seasons;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        seasons.append(SeasonInfo{object.value(QLatin1String("season")).toInt(),
                                  object.value(QLatin1String("episodeCount")).toInt(),
                                  object.value(QLatin1String("airDate")).toString()});
    }
    return seasons;
}

} // namespace

QJsonObject TitleMetadata::toJson() const
{
    QJsonArray genres;
    for (int genre : genreIds)
        genres.append(genre);
    return QJsonObject{
        {QStringLiteral("type"), mediaTypeName(id.type)},
        {QStringLiteral("tmdbId"), id.tmdbId},
        {QStringLiteral("imdbId"), id.imdbId},
        {QStringLiteral("title"), title},
        {QStringLiteral("originalTitle"), originalTitle},
        {QStringLiteral("originalLanguage"), originalLanguage},
        {QStringLiteral("releaseDate"), releaseDate},
        {QStringLiteral("year"), year},
        {QStringLiteral("genreIds"), genres},
        {QStringLiteral("status"), status},
        {QStringLiteral("runtime"), runtime},
        {QStringLiteral("numberOfSeasons"), numberOfSeasons},
        {QStringLiteral("numberOfEpisodes"), numberOfEpisodes},
        {QStringLiteral("voteAverage"), voteAverage},
        {QStringLiteral("voteCount"), voteCount},
        {QStringLiteral("posterPath"), posterPath},
        {QStringLiteral("backdropPath"), backdropPath},
        {QStringLiteral("posters"), imagesToJson(posters)},
        {QStringLiteral("logos"), imagesToJson(logos)},
        {QStringLiteral("backdrops"), imagesToJson(backdrops)},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("lastAirDate"), lastAirDate},
        {QStringLiteral("nextEpisode"), episodeToJson(nextEpisode)},
        {QStringLiteral("lastEpisode"), episodeToJson(lastEpisode)},
        {QStringLiteral("seasons"), seasonsToJson(seasons)},
    };
}

TitleMetadata TitleMetadata::fromJson(const QJsonObject &json)
{
    TitleMetadata meta;
    meta.id.type = json.value(QLatin1String("type")).toString() == QLatin1String("tv") ? MediaType::Tv
                                                                                      : MediaType::Movie;
    meta.id.tmdbId = json.value(QLatin1String("tmdbId")).toInteger();
    meta.id.imdbId = json.value(QLatin1String("imdbId")).toString();
    meta.title = json.value(QLatin1String("title")).toString();
    meta.originalTitle = json.value(QLatin1String("originalTitle")).toString();
    meta.originalLanguage = json.value(QLatin1String("originalLanguage")).toString();
    meta.releaseDate = json.value(QLatin1String("releaseDate")).toString();
    meta.year = json.value(QLatin1String("year")).toInt();
    for (const QJsonValue &genre : json.value(QLatin1String("genreIds")).toArray())
        meta.genreIds.append(genre.toInt());
    meta.status = json.value(QLatin1String("status")).toString();
    meta.runtime = json.value(QLatin1String("runtime")).toInt();
    meta.numberOfSeasons = json.value(QLatin1String("numberOfSeasons")).toInt();
    meta.numberOfEpisodes = json.value(QLatin1String("numberOfEpisodes")).toInt();
    meta.voteAverage = json.value(QLatin1String("voteAverage")).toDouble();
    meta.voteCount = json.value(QLatin1String("voteCount")).toInt();
    meta.posterPath = json.value(QLatin1String("posterPath")).toString();
    meta.backdropPath = json.value(QLatin1String("backdropPath")).toString();
    meta.posters = imagesFromJson(json.value(QLatin1String("posters")));
    meta.logos = imagesFromJson(json.value(QLatin1String("logos")));
    meta.backdrops = imagesFromJson(json.value(QLatin1String("backdrops")));
    meta.origin = json.value(QLatin1String("origin")).toString();
    meta.lastAirDate = json.value(QLatin1String("lastAirDate")).toString();
    meta.nextEpisode = episodeFromJson(json.value(QLatin1String("nextEpisode")));
    meta.lastEpisode = episodeFromJson(json.value(QLatin1String("lastEpisode")));
    meta.seasons = seasonsFromJson(json.value(QLatin1String("seasons")));
    return meta;
}

bool TitleMetadata::operator==(const TitleMetadata &other) const
{
    return id.type == other.id.type && id.tmdbId == other.id.tmdbId && id.imdbId == other.id.imdbId
        && title == other.title && originalTitle == other.originalTitle
        && originalLanguage == other.originalLanguage && releaseDate == other.releaseDate
        && year == other.year && genreIds == other.genreIds && status == other.status
        && runtime == other.runtime && numberOfSeasons == other.numberOfSeasons
        && numberOfEpisodes == other.numberOfEpisodes && voteAverage == other.voteAverage
        && voteCount == other.voteCount && posterPath == other.posterPath
        && backdropPath == other.backdropPath && posters == other.posters && logos == other.logos
        && backdrops == other.backdrops && origin == other.origin && lastAirDate == other.lastAirDate
        && nextEpisode == other.nextEpisode && lastEpisode == other.lastEpisode && seasons == other.seasons;
}

} // namespace Marquee::Sources
