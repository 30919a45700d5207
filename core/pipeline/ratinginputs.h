#pragma once

#include <QJsonObject>
#include <QString>

#include "core/config/renderconfig.h"
#include "core/pipeline/ratingscache.h"
#include "core/sources/titlemetadata.h"

namespace Marquee::Sources { class ImdbDataset; }

namespace Marquee::Pipeline {

// MDBList-free rating inputs (reference §3.2): `imdb_rating_source` and `tmdb_rating_source` fill or
// replace the imdb / tmdb values of what MDBList gave before the score is taken.
//   imdb_rating_source=dataset  — the IMDb dataset's value replaces MDBList's (MDBList's stays when the
//                                 dataset lacks the title); fallback — the dataset fills a missing value:
//                                 MDBList failed (hard gap), or it has no imdb value or one below the
//                                 vote floor (soft gap).
//   tmdb_rating_source=direct   — TMDB's vote_average×10 (vote_count as votes; 0 = unrated) replaces
//                                 MDBList's tmdb value; fallback — only when MDBList gave none.
// They compose, and neither changes whether the ratings are final (`determined`).
class RatingInputs
{
public:
    struct Notes
    {
        QString imdb;   // what happened to the imdb value, for ?debug=1 ("dataset", "mdblist", …)
        QString tmdb;
        QJsonObject toJson() const;
    };

    static RatingsOutcome apply(RatingsOutcome ratings, const Sources::TitleMetadata &metadata,
                                const QString &imdbId, const Config::RenderConfig &config, Sources::ImdbDataset *dataset, int minVotes,
                                Notes *notes = nullptr);
};

} // namespace Marquee::Pipeline
