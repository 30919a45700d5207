#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Marquee::Storage {

// Denormalised columns that the cache tables carry next to their JSON (reference §6.2), derived
// from the JSON so every backend fills them the same way. The JSON stays the source of truth.
struct RatingColumns
{
    QString awardWins;        // "|"-joined award labels from keywords ("Oscar")
    QString awardNoms;
    bool isCult = false;      // cult-classic | cult-film
    bool isTrueStory = false; // based-on-true-story
    bool isMetacritic = false; // metacritic-must-see
    QString festivalKeyword;  // first festival-<name>-winner keyword
};

struct MetadataColumns
{
    QString title;
    std::optional<int> releaseYear;
    QString genreIds;         // "|"-joined TMDB genre ids
    QString posterPath;
    QString backdropPath;
    QString logosJson;        // the logos array as compact JSON
    QString originalLanguage;
    QString originalTitle;
    QString tmdbStatus;
    std::optional<int> voteCount;
    std::optional<double> voteAverage;
    QString imdbId;
    std::optional<int> runtime;
    std::optional<int> numberOfSeasons;
    std::optional<int> numberOfEpisodes;
};

// Keyword names of a RatingsRecord JSON ("keywords": ["cult-classic", …] or [{"name": …}, …]).
QStringList ratingKeywords(const QJsonObject &ratingsJson);
RatingColumns ratingColumns(const QJsonObject &ratingsJson);
MetadataColumns metadataColumns(const QJsonObject &metadataJson);

// Bound values shared by every backend: an absent optional or an empty text is SQL NULL, and JSON
// documents are stored compact.
template<typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}
QVariant nullableText(const QString &text);
QString compactJson(const QJsonObject &object);

} // namespace Marquee::Storage
