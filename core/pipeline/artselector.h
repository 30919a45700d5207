#pragma once

#include <optional>

#include <QImage>
#include <QList>
#include <QString>

#include "core/sources/titlemetadata.h"

namespace Marquee::Pipeline {

// Which TMDB image to fetch for the art, and how to treat it.
struct ArtChoice
{
    enum class Kind { None, TextlessPoster, BackdropCrop, PrimaryPoster, Backdrop };

    Kind kind = Kind::None;
    QString filePath;
    QString size;                // TMDB size: "w500" for posters, "w1280" for backdrops
    bool bakedTitle = false;     // the art carries its own title: no logo or title overlay
    bool cropToPortrait = false; // a backdrop standing in for a poster
};

// Art and logo choice (reference §2.2, §2.11) as pure functions over the metadata's image lists.
// Face/saliency-centred crops and OCR checks are out of scope: backdrops are cropped around the centre.
class ArtSelector
{
public:
    // Textless poster by votes → best textless backdrop cropped to portrait → primary poster
    // (baked title) → none. useOriginalArt serves the primary poster with its title.
    static ArtChoice portrait(const Sources::TitleMetadata &metadata, bool useOriginalArt = false);
    // Textless backdrop, else any backdrop (language-tagged first when preferOriginal).
    static ArtChoice landscape(const Sources::TitleMetadata &metadata, bool preferOriginal = false);
    // Logo in logo_language, then its base language, then "en", then language-neutral;
    // highest vote_average within the first non-empty bucket.
    static std::optional<Sources::ImageInfo> logo(const Sources::TitleMetadata &metadata,
                                                  const QString &logoLanguage);

    // TMDB's textless choice: candidates within MaxScoreDrop of the best vote_average, those with at
    // least MinVotes votes preferred, then the highest (vote_average, vote_count).
    static std::optional<Sources::ImageInfo> bestByVotes(const QList<Sources::ImageInfo> &candidates);
    static bool isLanguageNeutral(const Sources::ImageInfo &image);

    // Centre crop of a landscape image to 2:3 (width = height × 2/3, full height).
    static QImage cropToPortrait(const QImage &backdrop);

    static constexpr double MaxScoreDrop = 1.0;  // TMDB_POSTER_MAX_SCORE_DROP
    static constexpr int MinVotes = 3;           // TMDB_POSTER_MIN_VOTES
};

} // namespace Marquee::Pipeline
