#pragma once

#include <optional>

#include <QImage>
#include <QList>
#include <QString>

#include "core/config/renderconfig.h"
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

// Language preference of logos and original art (reference §2.11 `logo_priority`).
struct LanguagePreference
{
    QString native;     // logo_language, lower-case ("pt-br")
    QString original;   // the title's original language
    QString secondary;  // logo_language_secondary (the two "custom" priorities only)
    QString priority = QStringLiteral("native_original");

    static LanguagePreference from(const Config::RenderConfig &config, const Sources::TitleMetadata &metadata);
    // The language(s) the TMDB details are fetched (and cached) for: logo_language, plus
    // logo_language_secondary when the priority is one of the two "custom" ones ("pt-br,fr").
    static QString metadataLanguage(const Config::RenderConfig &config);
    // The ordered language buckets; `textForward` priorities (…_text) try English before neutral art.
    QStringList order() const;
    bool textForward() const;
};

// Art and logo choice (reference §2.2, §2.11) as pure functions over the metadata's image lists.
// Face detection and OCR checks are out of scope: backdrop crops centre on a saliency map
// (SaliencyCrop).
class ArtSelector
{
public:
    // Textless poster by votes → best textless backdrop cropped to portrait → primary poster
    // (baked title) → none. useOriginalArt serves the primary poster with its title.
    static ArtChoice portrait(const Sources::TitleMetadata &metadata, bool useOriginalArt = false);
    // The same with original-art mode per request: use_original_art picks a language-tagged poster
    // by the language preference (original_art_source: `primary` = TMDB's primary poster when the first
    // preferred language is English, `top_rated` = the best-voted poster in the preferred language).
    static ArtChoice portrait(const Sources::TitleMetadata &metadata, const Config::RenderConfig &config);
    // Original-art poster for a preference; nullopt when the title lists no poster at all.
    static std::optional<QString> originalArt(const Sources::TitleMetadata &metadata,
                                              const LanguagePreference &preference, bool topRated);
    // Textless backdrop, else any backdrop (language-tagged first when preferOriginal).
    static ArtChoice landscape(const Sources::TitleMetadata &metadata, bool preferOriginal = false);
    // Logo in logo_language, then its base language, then "en", then language-neutral;
    // highest vote_average within the first non-empty bucket.
    static std::optional<Sources::ImageInfo> logo(const Sources::TitleMetadata &metadata,
                                                  const QString &logoLanguage);
    // Logo by logo_priority (all six modes): the preference's language buckets in order, each
    // matching a region locale exactly or by its base language; then English and neutral (neutral
    // first for non-text-forward priorities). Highest vote_average within a bucket.
    static std::optional<Sources::ImageInfo> logo(const Sources::TitleMetadata &metadata,
                                                  const LanguagePreference &preference);

    // TMDB's textless choice: candidates within MaxScoreDrop of the best vote_average, those with at
    // least MinVotes votes preferred, then the highest (vote_average, vote_count).
    static std::optional<Sources::ImageInfo> bestByVotes(const QList<Sources::ImageInfo> &candidates);
    static bool isLanguageNeutral(const Sources::ImageInfo &image);

    // Crop of a landscape image to 2:3 (width = height × 2/3, full height), placed by SaliencyCrop.
    static QImage cropToPortrait(const QImage &backdrop);

    static constexpr double MaxScoreDrop = 1.0;  // TMDB_POSTER_MAX_SCORE_DROP
    static constexpr int MinVotes = 3;           // TMDB_POSTER_MIN_VOTES
};

} // namespace Marquee::Pipeline
