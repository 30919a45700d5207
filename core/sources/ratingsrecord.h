#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Marquee::Sources {

struct RatingValue
{
    double value = 0;             // raw, on the site's own scale (IMDb 0–10, Letterboxd 0–5…)
    std::optional<int> votes;     // nullopt when the source did not report a count

    bool operator==(const RatingValue &other) const = default;
};

// Per-site ratings and the sash-relevant facts of one title (MDBList response or local .nfo).
struct RatingsRecord
{
    QMap<QString, RatingValue> ratings;  // keyed by source: imdb, letterboxd, trakt, tomatoes, popcorn,
                                         // metacritic, metacriticuser, tmdb, rogerebert, myanimelist…
    QStringList keywords;                // MDBList keyword names ("cult-classic", "best-picture-winner"…)
    QString released;                    // release date "YYYY-MM-DD" or empty
    std::optional<int> ageRating;

    QJsonObject toJson() const;          // for the rating cache; fromJson(toJson(x)) == x
    static RatingsRecord fromJson(const QJsonObject &json);

    bool isEmpty() const
    {
        return ratings.isEmpty() && keywords.isEmpty() && released.isEmpty() && !ageRating;
    }
    bool operator==(const RatingsRecord &other) const = default;
};

} // namespace Marquee::Sources
